"""Run a handler's awaitable to completion wherever the router was called from.

* ASGI path: the adapter runs ``router.handle`` in a worker thread and records the
  server's event loop here first; the coroutine is then awaited **on that loop**
  (``run_coroutine_threadsafe``) while the worker thread waits for its result.
* Sync path (WSGI, CLI ``drain``/``work``): with no loop running in this thread,
  ``asyncio.run``; with one running (``drain()`` called from async code), ``asyncio.run``
  in a short-lived helper thread, so the caller's loop is never re-entered.

Either way the awaitable has finished (or raised) before the inbox marks the event done.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

__all__ = ["call_with_loop", "resolve"]

T = TypeVar("T")

_local = threading.local()


def call_with_loop(  # noqa: UP047, RUF100
    loop: asyncio.AbstractEventLoop, fn: Callable[..., T], *args: Any
) -> T:
    """Call ``fn(*args)`` (in a worker thread) so awaitables it meets run on ``loop``."""
    previous = getattr(_local, "loop", None)
    _local.loop = loop
    try:
        return fn(*args)
    finally:
        _local.loop = previous


async def _await(awaitable: Awaitable[T]) -> T:  # noqa: UP047, RUF100
    return await awaitable


def _in_thread(awaitable: Awaitable[Any]) -> Any:
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(_await(awaitable))
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="webhook-async-handler")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box.get("value")


def resolve(result: object) -> object:
    """``result`` itself, or what it evaluates to when it is awaitable."""
    if not inspect.isawaitable(result):
        return result
    loop: asyncio.AbstractEventLoop | None = getattr(_local, "loop", None)
    if loop is not None and loop.is_running():
        return asyncio.run_coroutine_threadsafe(_await(result), loop).result()
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_await(result))
    return _in_thread(result)
