"""Leases in drains, with an injected clock. On the real PostgreSQL, a batch starts an
event only while half its lease is left (the rest is released), and a worker whose pinned
connection the server cuts (``pg_terminate_backend``) mid-batch carries on; on both
stores, a result that arrives after the lease was taken over is counted as ``lost``."""

from __future__ import annotations

import importlib
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
support: Any = importlib.import_module("wh_stores")
workers: Any = importlib.import_module("test_pg_workers")

LEASE = 10.0
POSTGRES = pytest.mark.postgres


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def pg() -> Iterator[tuple[str, str]]:
    import psycopg

    dsn = support.postgres_dsn()
    table = f"inbox_leases_{uuid.uuid4().hex[:10]}"
    yield dsn, table
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute(f"DROP TABLE IF EXISTS {table}_runs")


@POSTGRES
def test_an_event_starts_only_while_half_the_lease_is_left(pg: tuple[str, str]) -> None:
    dsn, table = pg
    workers._seed(dsn, table, 5)
    clock = Clock()
    store = wh.PostgresStore(dsn, table=table)
    inbox = wh.Inbox(store, lease_seconds=LEASE, clock=clock, claim_batch=5)
    started: list[tuple[str, float, float]] = []

    def process(event: Any) -> None:
        row = store.get(event.provider, event.event_id)
        started.append((event.event_id, clock.now, row.lease_until))
        clock.now += 3.0  # each event takes 3 s of the 10 s lease

    try:
        result = inbox.drain(process)
        rows = store.list_events(limit=10)
    finally:
        store.close()
    assert (result.done, result.failed, result.lost) == (5, 0, 0)
    for event_id, at, lease_until in started:
        assert at <= lease_until - LEASE / 2, f"{event_id} started with under half its lease"
    # 2 events fit in a batch's first half: batches of 2, 2, 1; released rows went back to
    # pending without using up an attempt
    assert sorted(lease for _, _, lease in started) == [
        1_000_010.0,
        1_000_010.0,
        1_000_016.0,
        1_000_016.0,
        1_000_022.0,
    ]
    assert all(r.status == "done" and r.attempts == 1 for r in rows)


@POSTGRES
def test_a_result_after_the_lease_was_taken_over_is_lost_and_logged(
    pg: tuple[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    dsn, table = pg
    workers._seed(dsn, table, 3)
    clock = Clock()
    store = wh.PostgresStore(dsn, table=table)
    inbox = wh.Inbox(store, lease_seconds=LEASE, clock=clock, claim_batch=3)
    thief = wh.Inbox(wh.PostgresStore(dsn, table=table), lease_seconds=LEASE, clock=clock)
    ran: list[str] = []
    taken: list[str] = []

    def stall(event: Any) -> None:
        ran.append(event.event_id)
        clock.now += LEASE + 1  # a stalled handler: its lease expires meanwhile ...
        taken.extend(  # ... and another worker claims its batch
            e.event_id
            for e in thief.store.claim_due(
                None,
                token="thief",
                now=clock.now,
                lease_until=clock.now + LEASE,
                statuses=("pending", "failed"),
                max_attempts=None,
                limit=10,
            )
        )

    try:
        with caplog.at_level(logging.WARNING):
            result = inbox.drain(stall)
        first = ran[0]
        row = store.get("stripe", first)
    finally:
        store.close()
        thief.close()
    assert ran == [first] and sorted(taken) == ["evt_1", "evt_2", "evt_3"]
    assert (result.done, result.lost) == (1, 1)
    assert row.status == "processing" and row.lease_token == "thief"  # the thief's now
    lost = [r for r in caplog.records if "lease lost" in r.getMessage()]
    assert len(lost) == 1 and first in lost[0].getMessage()


@POSTGRES
def test_a_batch_survives_pg_terminate_backend_of_its_connection(pg: tuple[str, str]) -> None:
    import psycopg

    dsn, table = pg
    workers._seed(dsn, table, 6)
    app = f"ik-session-{uuid.uuid4().hex[:8]}"
    store = wh.PostgresStore(f"{dsn} application_name={app}", table=table, pool_size=2)
    inbox = wh.Inbox(store, lease_seconds=60, claim_batch=6)
    terminated: list[int] = []

    def process(event: Any) -> None:
        if event.event_id == "evt_2":  # mid-batch: the pinned connection is cut
            with psycopg.connect(dsn, autocommit=True) as admin:
                row = admin.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = %s",
                    (app,),
                ).fetchone()
            terminated.append(int(row[0]) if row else 0)

    try:
        result = inbox.drain(process)
        counts = store.counts()
    finally:
        store.close()
    assert terminated and terminated[0] >= 1
    assert (result.done, result.failed, result.lost) == (6, 0, 0)
    assert counts["done"] == 6 and counts["processing"] == 0 and counts["pending"] == 0


@POSTGRES
@pytest.mark.parametrize("durable_marks", [False, True])
def test_worker_sessions_commit_marks_async_unless_durable(
    pg: tuple[str, str], durable_marks: bool
) -> None:
    dsn, table = pg
    store = wh.PostgresStore(dsn, table=table, durable_marks=durable_marks)

    def setting(**options: Any) -> str:
        _, rows = store._exec("SHOW synchronous_commit", **options)
        return str(rows[0][0])

    try:
        assert setting() == "on"  # outside a session: the durable pool
        with store.session():
            assert setting() == ("on" if durable_marks else "off")  # claims and marks
            assert setting(durable=True) == "on"  # what an insert uses, even here
        assert setting() == "on"
    finally:
        store.close()


def test_sqlite_drain_counts_a_lost_lease_too(tmp_path: Path) -> None:
    clock = Clock()
    store = wh.SQLiteStore(tmp_path / "inbox.sqlite3")
    inbox = wh.Inbox(store, lease_seconds=LEASE, clock=clock)
    thief = wh.Inbox(wh.SQLiteStore(tmp_path / "inbox.sqlite3"), lease_seconds=LEASE, clock=clock)
    event = wh.StoredEvent(
        "stripe", "evt_1", "invoice.paid", "pending", b"{}", {}, 1.0, 1.0, 0, None
    )
    assert store.insert(event, token=None, lease_until=None)

    def stall(stored: Any) -> None:
        clock.now += LEASE + 1
        assert thief.claim("stripe", "evt_1") is not None  # taken over past the lease

    try:
        result = inbox.drain(stall)
        row = store.get("stripe", "evt_1")
    finally:
        store.close()
        thief.close()
    assert (result.done, result.lost) == (1, 1)
    assert row.status == "processing" and row.attempts == 2
