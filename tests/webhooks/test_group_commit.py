"""SQLite group commit: concurrent deliveries share a commit, yet none is acknowledged
before the COMMIT holding its row has returned; a bad row is refused alone."""

from __future__ import annotations

import asyncio
import importlib
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
gc: Any = importlib.import_module("ik_webhooks._group_commit")
inbox_tests: Any = importlib.import_module("test_inbox")

CONCURRENT = 32
WAIT = 30.0  # generous: the machine may be saturated


class GatedStore(wh.SQLiteStore):  # type: ignore[misc]
    """Holds its first commit until all ``total`` inserts are in it or queued behind it,
    so the second commit batches all the rest (deterministic, however slow the machine)."""

    def __init__(self, path: Path, total: int) -> None:
        super().__init__(path)
        self.total = total
        self.entered = threading.Event()
        self.batches: list[int] = []
        self.committed: set[str] = set()

    def _commit_batch(self, batch: Sequence[tuple[Any, ...]]) -> list[bool | BaseException]:
        if not self.entered.is_set():
            self.entered.set()
            deadline = time.monotonic() + WAIT
            while self.stats()["queued"] + len(batch) < self.total:
                assert time.monotonic() < deadline, "deliveries never queued up"
                time.sleep(0.005)
        results: list[bool | BaseException] = super()._commit_batch(batch)
        self.batches.append(len(batch))
        self.committed.update(str(params[1]) for params in batch)
        return results


def _scope(headers: dict[str, str]) -> dict[str, Any]:
    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    return {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "path": "/hooks",
        "raw_path": b"/hooks",
        "query_string": b"",
        "headers": [*raw, (b"host", b"test")],
    }


def test_no_delivery_is_acknowledged_before_its_row_is_committed(tmp_path: Path) -> None:
    db = tmp_path / "inbox.sqlite3"
    store = GatedStore(db, total=CONCURRENT)
    router = inbox_tests.router_with(store, lambda event: None, process="deferred")
    app = wh.WebhookASGIApp(router)
    observer = sqlite3.connect(db)  # another connection sees committed rows only
    seen_at_ack: dict[str, tuple[int, str | None, bool]] = {}

    async def deliver(event_id: str) -> None:
        body = inbox_tests.event_body(event_id)
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                await asyncio.sleep(3600)  # never: the app reads the body only
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] != "http.response.start":
                return
            row = observer.execute(
                "SELECT status FROM webhook_inbox WHERE provider = 'stripe' AND event_id = ?",
                (event_id,),
            ).fetchone()
            status = None if row is None else str(row[0])
            seen_at_ack[event_id] = (message["status"], status, event_id in store.committed)

        await app(_scope(inbox_tests.headers_for(body)), receive, send)

    async def main() -> None:
        await asyncio.wait_for(
            asyncio.gather(*(deliver(f"evt_gc_{n:02d}") for n in range(CONCURRENT))), WAIT * 2
        )

    try:
        asyncio.run(main())
    finally:
        observer.close()
        store.close()
    assert len(seen_at_ack) == CONCURRENT
    for event_id, (status, row_status, committed) in seen_at_ack.items():
        assert status == 200, event_id
        assert row_status == "pending", f"{event_id} acknowledged before its row was visible"
        assert committed, f"{event_id} acknowledged before its commit returned"
    # the deliveries really shared commits: the first one(s), then all the others
    assert len(store.batches) == 2 and sum(store.batches) == CONCURRENT
    assert store.stats() == {"commits": 2, "inserts": CONCURRENT, "queued": 0}


def _stored(event_id: str, body: object) -> Any:
    return wh.StoredEvent("p", event_id, "t", "pending", body, {}, 1.0, 1.0, 0, None)


def test_a_bad_row_is_refused_alone_and_the_batch_commits(tmp_path: Path) -> None:
    db = tmp_path / "inbox.sqlite3"
    store = GatedStore(db, total=4)
    good = [_stored(f"e{n}", b"{}") for n in range(3)]
    bad = _stored("bad", object())  # not bytes: sqlite3 cannot bind it
    results: dict[str, object] = {}

    def insert(event: Any) -> None:
        try:
            results[event.event_id] = store.insert(event, token=None, lease_until=None)
        except Exception as exc:
            results[event.event_id] = exc

    threads = [threading.Thread(target=insert, args=(e,)) for e in [good[0], bad, *good[1:]]]
    threads[0].start()
    assert store.entered.wait(WAIT)  # e0 is committing alone: the rest queue behind it
    for thread in threads[1:]:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    try:
        assert results["e0"] is True and results["e1"] is True and results["e2"] is True
        assert isinstance(results["bad"], sqlite3.InterfaceError | sqlite3.ProgrammingError)
        assert sorted(e.event_id for e in store.list_events()) == ["e0", "e1", "e2"]
        assert store.batches == [1, 3]  # the second batch was retried row by row
    finally:
        store.close()


def test_a_failed_commit_fails_every_caller_of_its_batch_only() -> None:
    gate = threading.Event()
    calls: list[list[int]] = []

    def commit(batch: Sequence[int]) -> list[bool | BaseException]:
        calls.append(list(batch))
        if len(calls) == 1:
            gate.wait(WAIT)
        if 13 in batch:
            raise OSError("disk full")
        return [True] * len(batch)

    group = gc.GroupCommit(commit, max_batch=3)
    outcomes: dict[int, object] = {}

    def submit(item: int) -> None:
        try:
            outcomes[item] = group.submit(item)
        except OSError as exc:
            outcomes[item] = exc

    first = threading.Thread(target=submit, args=(0,))
    first.start()
    while not calls:
        time.sleep(0.001)
    rest = [threading.Thread(target=submit, args=(n,)) for n in (11, 12, 13, 21, 22)]
    for thread in rest:
        thread.start()
    deadline = time.monotonic() + WAIT
    while group.queued < 5:
        assert time.monotonic() < deadline
        time.sleep(0.001)
    gate.set()
    for thread in [first, *rest]:
        thread.join(WAIT)
    assert calls[0] == [0] and len(calls) == 3
    assert all(len(batch) <= 3 for batch in calls)  # max_batch holds
    failed = next(batch for batch in calls if 13 in batch)
    for item, outcome in outcomes.items():
        if item in failed:
            assert isinstance(outcome, OSError), item
        else:
            assert outcome is True, item
    assert group.commits == 2 and group.queued == 0


def test_max_batch_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_batch"):
        gc.GroupCommit(lambda batch: [True] * len(batch), max_batch=0)
