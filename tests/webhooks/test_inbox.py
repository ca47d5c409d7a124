"""Inbox semantics on SQLite and PostgreSQL: persist-before-ack, dedupe under
concurrency, failure + drain/replay, lease reclaim, max attempts."""

from __future__ import annotations

import importlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
support: Any = importlib.import_module("wh_stores")
StoreFactory = Callable[[], Any]

SECRET = "whsec_inbox_secret"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    if request.param == "sqlite":
        yield from support.sqlite_factory(tmp_path)
    else:
        yield from support.postgres_factory()


def event_body(event_id: str = "evt_1", event_type: str = "invoice.paid") -> bytes:
    return json.dumps({"id": event_id, "type": event_type, "data": {}}).encode()


def headers_for(body: bytes) -> dict[str, str]:
    headers: dict[str, str] = wh.sign_for_test("stripe-v1", body, SECRET)
    headers["Content-Type"] = "application/json"
    headers["Authorization"] = "Bearer must-not-be-stored"
    return headers


def router_with(store: Any, handler: Any = None, **options: Any) -> Any:
    inbox_options = {
        k: options.pop(k)
        for k in ("lease_seconds", "max_attempts", "clock", "retry")
        if k in options
    }
    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]),
        preset="stripe",
        inbox=wh.Inbox(store, **inbox_options),
        **options,
    )
    if handler is not None:
        router.on("invoice.paid")(handler)
    return router


def test_deferred_mode_persists_before_ack(make_store: StoreFactory) -> None:
    calls: list[str] = []
    router = router_with(make_store(), lambda e: calls.append(e.id), process="deferred")
    body = event_body()
    response = router.handle(body, headers_for(body))
    assert response.status == 200 and calls == []
    # another connection (another process could do the same) sees the committed row
    row = make_store().get("stripe", "evt_1")
    assert row is not None and row.status == "pending" and row.body == body
    assert "authorization" not in row.headers and row.headers["content-type"]
    result = router.drain()
    assert (result.done, result.failed, calls) == (1, 0, ["evt_1"])
    assert make_store().get("stripe", "evt_1").status == "done"
    assert router.drain().processed == 0


def test_inline_mode_commits_before_handler_runs(make_store: StoreFactory) -> None:
    observer = make_store()
    seen: list[Any] = []

    def handler(event: Any) -> None:
        seen.append(observer.get("stripe", event.id))

    router = router_with(make_store(), handler)
    body = event_body()
    assert router.handle(body, headers_for(body)).status == 200
    assert seen[0] is not None and seen[0].status == "processing" and seen[0].attempts == 1
    assert observer.get("stripe", "evt_1").status == "done"


class BrokenStore:
    def insert(self, *args: Any, **kwargs: Any) -> bool:
        raise OSError("disk full")


def test_store_failure_is_503_and_never_acknowledged() -> None:
    calls: list[Any] = []
    router = router_with(BrokenStore(), calls.append)
    body = event_body()
    response = router.handle(body, headers_for(body))
    assert response.status == 503 and calls == []


def test_handler_failure_recorded_then_drained(make_store: StoreFactory) -> None:
    attempts: list[int] = []
    broken = {"on": True}

    def handler(event: Any) -> None:
        attempts.append(event.attempt)
        if broken["on"]:
            raise ValueError("downstream said no")

    router = router_with(make_store(), handler, retry=wh.RetryPolicy(base_delay=0, jitter=0))
    body = event_body()
    response = router.handle(body, headers_for(body))
    assert response.status == 200 and response.body["failed"] == 1
    row = router.inbox.get("stripe", "evt_1")
    assert row.status == "failed" and row.error == "ValueError: downstream said no"
    assert router.inbox.counts()["failed"] == 1
    # still broken: drain records the failure again, each event once per drain
    result = router.drain()
    assert (result.done, result.failed) == (0, 1) and "downstream said no" in result.errors[0]
    broken["on"] = False
    result = router.drain()
    assert (result.done, result.failed) == (1, 0)
    assert attempts == [1, 2, 3]
    row = router.inbox.get("stripe", "evt_1")
    assert row.status == "done" and row.error is None and row.attempts == 3
    # a redelivery of a done event is only acknowledged
    assert router.handle(body, headers_for(body)).body["status"] == "duplicate"
    assert attempts == [1, 2, 3]


def test_replay_reruns_done_events(make_store: StoreFactory) -> None:
    calls: list[str] = []
    router = router_with(make_store(), lambda e: calls.append(e.id))
    for n in range(3):
        body = event_body(f"evt_{n}")
        router.handle(body, headers_for(body))
    assert calls == ["evt_0", "evt_1", "evt_2"]
    result = router.replay("evt_1", "evt_404")
    assert (result.done, result.skipped) == (1, 1)
    assert calls[-1] == "evt_1"


def test_mapper_failure_is_a_recorded_failure(make_store: StoreFactory) -> None:
    def mapper(event: Any) -> Any:
        return event.payload["data"]["missing"]

    router = router_with(make_store(), lambda e: None, mapper=mapper)
    body = event_body()
    assert router.handle(body, headers_for(body)).status == 200
    assert router.inbox.get("stripe", "evt_1").error.startswith("KeyError")


def test_fifty_concurrent_deliveries_run_handler_once(make_store: StoreFactory) -> None:
    calls: list[str] = []
    lock = threading.Lock()

    def handler(event: Any) -> None:
        with lock:
            calls.append(event.id)
        time.sleep(0.05)  # widen the window for a second runner

    # several routers/connections, like several workers sharing one database
    routers = [router_with(make_store(), handler) for _ in range(5)]
    body = event_body("evt_dup")
    headers = headers_for(body)
    barrier = threading.Barrier(50)
    statuses: list[int] = []

    def deliver(n: int) -> None:
        barrier.wait()
        response = routers[n % len(routers)].handle(body, headers)
        with lock:
            statuses.append(response.status)

    threads = [threading.Thread(target=deliver, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 50
    assert calls == ["evt_dup"]
    row = routers[0].inbox.get("stripe", "evt_dup")
    assert row.status == "done" and row.attempts == 1


def test_expired_lease_is_reclaimed_exactly_once(make_store: StoreFactory) -> None:
    now = {"t": 1_000.0}
    calls: list[str] = []
    store = make_store()
    router = router_with(
        store, lambda e: calls.append(e.id), lease_seconds=30, clock=lambda: now["t"]
    )
    event = router.parse(event_body(), {"content-type": "application/json"})[0]
    inserted, token = router.inbox.record(event)  # a worker claims it ... and dies
    assert inserted and token
    assert router.drain().processed == 0  # lease still held
    body = event_body()
    assert router.handle(body, headers_for(body)).body["status"] == "duplicate"
    assert calls == []
    now["t"] += 31
    assert router.drain().done == 1
    assert router.drain().processed == 0
    assert calls == ["evt_1"]
    # the dead worker's late completion is ignored (its token is gone)
    assert router.inbox.complete("stripe", "evt_1", token) is False


def test_redelivery_claims_a_stale_event(make_store: StoreFactory) -> None:
    now = {"t": 1_000.0}
    calls: list[str] = []
    router = router_with(
        make_store(), lambda e: calls.append(e.id), lease_seconds=30, clock=lambda: now["t"]
    )
    event = router.parse(event_body(), {})[0]
    router.inbox.record(event)
    now["t"] += 60
    body = event_body()
    assert router.handle(body, headers_for(body)).body["status"] == "duplicate"
    assert calls == ["evt_1"]
    assert router.drain().processed == 0


def test_max_attempts_stops_retries(make_store: StoreFactory) -> None:
    def handler(event: Any) -> None:
        raise RuntimeError("always")

    router = router_with(
        make_store(), handler, retry=wh.RetryPolicy(base_delay=0, jitter=0), max_attempts=2
    )
    body = event_body()
    router.handle(body, headers_for(body))
    result = router.drain()
    assert (result.failed, result.dead) == (1, 1)
    assert router.drain().processed == 0
    row = router.inbox.get("stripe", "evt_1")
    assert row.attempts == 2 and row.status == "dead"


def test_providers_do_not_collide(make_store: StoreFactory) -> None:
    store = make_store()
    stripe_router = router_with(store, lambda e: None)
    other = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]),
        preset="stripe",
        provider="stripe-connect",
        inbox=wh.Inbox(store),
    )
    other.on("invoice.paid")(lambda e: None)
    body = event_body()
    assert stripe_router.handle(body, headers_for(body)).body["status"] == "accepted"
    assert other.handle(body, headers_for(body)).body["status"] == "accepted"
    assert store.counts()["done"] == 2 and store.counts("stripe")["done"] == 1
    assert [e.provider for e in store.list_events(status="done")] == ["stripe", "stripe-connect"]
