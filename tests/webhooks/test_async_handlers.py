"""``async def`` handlers run to completion before their event is marked done (ASGI
awaits them on the server's loop; WSGI, drain() and drain() inside a loop run them)."""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
adapters: Any = importlib.import_module("test_router_adapters")
BODY: bytes = adapters.BODY
KINDS: list[str] = adapters.KINDS
Client: Any = adapters.Client
signed: Any = adapters.signed


def inbox_router(tmp_path: Path, **options: Any) -> Any:
    inbox = wh.Inbox(wh.SQLiteStore(tmp_path / "inbox.sqlite3"))
    return wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [wh_secret()]), preset="stripe", inbox=inbox, **options
    )


def wh_secret() -> str:
    return str(adapters.SECRET)


class Recorder:
    """Side effects, each with the inbox status the event had when it happened."""

    def __init__(self, router: Any) -> None:
        self.router = router
        self.effects: list[tuple[str, str]] = []
        self.loops: list[int] = []

    def status(self, event_id: str) -> str:
        row = self.router.inbox.get("stripe", event_id)
        return "missing" if row is None else str(row.status)

    def sync_handler(self, event: Any) -> None:
        self.effects.append((event.id, self.status(event.id)))

    async def async_handler(self, event: Any) -> None:
        await asyncio.sleep(0.01)  # really suspends: a never-awaited coroutine records nothing
        self.loops.append(id(asyncio.get_running_loop()))
        self.effects.append((event.id, self.status(event.id)))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_side_effect_happens_before_done(tmp_path: Path, kind: str, flavour: str) -> None:
    router = inbox_router(tmp_path)
    rec = Recorder(router)
    router.on("payment_intent.succeeded")(
        rec.async_handler if flavour == "async" else rec.sync_handler
    )
    status, data = Client(kind, router).post(BODY, signed())
    assert (status, data["status"]) == (200, "accepted")
    assert rec.effects == [("evt_100", "processing")]  # ran while still claimed
    assert rec.status("evt_100") == "done"


def test_asgi_awaits_on_the_servers_loop(tmp_path: Path) -> None:
    router = inbox_router(tmp_path)
    rec = Recorder(router)
    router.on("payment_intent.succeeded")(rec.async_handler)
    client = Client("asgi", router)
    other = BODY.replace(b"evt_100", b"evt_101")
    with client._client:  # one server loop for both requests
        assert client.post(BODY, signed())[0] == 200
        assert client.post(other, signed(other))[0] == 200
    # asyncio.run would make a fresh loop per event; the server's loop is one loop
    assert len(rec.loops) == 2 and rec.loops[0] == rec.loops[1]


def test_async_handler_failure_is_recorded_not_done(tmp_path: Path) -> None:
    router = inbox_router(tmp_path)

    async def broken(event: Any) -> None:
        await asyncio.sleep(0)
        raise ValueError("async downstream said no")

    router.on("payment_intent.succeeded")(broken)
    for n, kind in enumerate(KINDS):
        body = BODY.replace(b"evt_100", f"evt_{n}".encode())
        status, data = Client(kind, router).post(body, signed(body))
        assert status == 200 and data.get("failed") == 1
        row = router.inbox.get("stripe", f"evt_{n}")
        assert row.status == "failed" and "async downstream said no" in row.error


def test_async_handler_without_inbox_failure_is_500() -> None:
    router = wh.WebhookRouter(wh.make_verifier("stripe-v1", [wh_secret()]), preset="stripe")
    seen: list[str] = []

    async def handler(event: Any) -> None:
        await asyncio.sleep(0)
        seen.append(event.id)
        raise RuntimeError("nope")

    router.on("payment_intent.succeeded")(handler)
    for kind in KINDS:
        assert Client(kind, router).post(BODY, signed())[0] == 500
    assert seen == ["evt_100"] * len(KINDS)


@pytest.mark.parametrize("inside_loop", [False, True])
def test_drain_runs_async_handlers_to_completion(tmp_path: Path, inside_loop: bool) -> None:
    router = inbox_router(tmp_path, process="deferred")
    rec = Recorder(router)
    router.on("payment_intent.succeeded")(rec.async_handler)
    assert router.handle(BODY, signed()).body["status"] == "accepted"
    assert rec.effects == []  # deferred: left to the worker
    if inside_loop:

        async def caller() -> Any:
            return router.drain()  # a blocking call from async code: must not deadlock

        result = asyncio.run(caller())
    else:
        result = router.drain()
    assert (result.done, result.failed) == (1, 0)
    assert rec.effects == [("evt_100", "processing")]
    assert rec.status("evt_100") == "done"
