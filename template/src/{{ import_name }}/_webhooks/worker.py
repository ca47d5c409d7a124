"""The inbox worker: run due events continuously, next to the web process.

    python -m <package>._webhooks.cli work --db webhooks.sqlite3 --router app.hooks:router

or ``run_worker(router)`` from your own entry point. Each pass drains what is due
(pending, failed past their ``next_attempt_at``, lease-expired); when a pass finds
nothing it sleeps ``poll_interval``. SIGTERM/SIGINT ask it to stop: the event in hand
finishes (and is marked done/failed), no new one is claimed, and it returns. An event it
could not finish (the process is killed) keeps its lease and is retried once that expires.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from .router import WebhookRouter

__all__ = ["WorkerStats", "run_worker"]

logger = logging.getLogger(__name__.rsplit(".", 1)[0])


@dataclass(slots=True)
class WorkerStats:
    passes: int = 0
    done: int = 0
    failed: int = 0
    dead: int = 0


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be installed from the main thread
        return

    def ask_to_stop(signum: int, frame: FrameType | None) -> None:
        logger.info("webhook worker stopping signal=%s", signal.Signals(signum).name)
        stop.set()

    previous = {sig: signal.signal(sig, ask_to_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_worker(
    router: WebhookRouter,
    *,
    poll_interval: float = 1.0,
    batch: int = 100,
    stop: threading.Event | None = None,
    handle_signals: bool = True,
    max_passes: int | None = None,
) -> WorkerStats:
    """Run ``router``'s due events until ``stop`` is set (or SIGTERM/SIGINT arrives).

    ``max_passes`` bounds the number of drain passes (for tests and cron-style runs).
    """
    if poll_interval < 0 or batch < 1:
        raise ValueError("poll_interval must be >= 0 and batch >= 1")
    inbox = router.inbox
    if inbox is None:
        raise RuntimeError("the worker needs a router with an inbox")
    stopping = stop or threading.Event()
    stats = WorkerStats()
    logger.info("webhook worker started provider=%s", router.provider)
    with _stop_on_signals(stopping) if handle_signals else _no_signals():
        while not stopping.is_set():
            if max_passes is not None and stats.passes >= max_passes:
                break
            result = router.drain(limit=batch, should_stop=stopping.is_set)
            stats.passes += 1
            stats.done += result.done
            stats.failed += result.failed
            stats.dead += result.dead
            if result.processed == 0:
                stopping.wait(poll_interval)
    logger.info(
        "webhook worker stopped provider=%s done=%d failed=%d",
        router.provider,
        stats.done,
        stats.failed,
    )
    return stats


@contextmanager
def _no_signals() -> Iterator[None]:
    yield
