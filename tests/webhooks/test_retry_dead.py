"""Failed events retry on an exponential, jittered schedule, then go ``dead`` with their
error and a traceback summary; replay revives them; old inbox tables still open."""

from __future__ import annotations

import importlib
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
support: Any = importlib.import_module("wh_stores")
cli: Any = importlib.import_module("ik_webhooks.cli")
StoreFactory = Callable[[], Any]

SECRET = "whsec_retry_secret"
BODY = json.dumps({"id": "evt_r", "type": "invoice.paid"}).encode()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    if request.param == "sqlite":
        yield from support.sqlite_factory(tmp_path)
    else:
        yield from support.postgres_factory()


class Clock:
    def __init__(self) -> None:
        self.t = 1_700_000_000.0

    def __call__(self) -> float:
        return self.t


def failing_router(store: Any, clock: Clock, rng: Callable[[], float], **retry: Any) -> Any:
    policy = wh.RetryPolicy(rng=rng, **retry)
    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]),
        preset="stripe",
        inbox=wh.Inbox(store, retry=policy, clock=clock),
    )
    return router


def test_backoff_schedule_then_dead_then_replay(make_store: StoreFactory) -> None:
    clock = Clock()
    rolls = iter([1.0, 0.0, 0.5, 0.5, 0.5])  # jitter factor 1.2, 0.8, then 1.0
    router = failing_router(
        make_store(), clock, lambda: next(rolls), base_delay=10, factor=3, max_attempts=4
    )
    broken = {"on": True}
    runs: list[int] = []

    def paid_handler_that_fails(event: Any) -> None:
        runs.append(event.attempt)
        if broken["on"]:
            raise ConnectionError("ledger unreachable")

    router.on("invoice.paid")(paid_handler_that_fails)

    assert router.handle(BODY, wh.sign_for_test("stripe-v1", BODY, SECRET)).status == 200
    row = router.inbox.get("stripe", "evt_r")
    assert row.status == "failed" and row.next_attempt_at == pytest.approx(clock.t + 12.0)
    for delay in (12.0, 24.0):  # 10 * 1.2, then 30 * 0.8
        clock.t += delay - 0.5
        assert router.drain().processed == 0  # not due yet: no hot retry loop
        clock.t += 0.5
        assert router.drain().failed == 1
    row = router.inbox.get("stripe", "evt_r")
    assert row.next_attempt_at == pytest.approx(clock.t + 90.0)  # 10 * 3**2
    clock.t += 90.0
    result = router.drain()
    assert (result.failed, result.dead) == (1, 1)
    row = router.inbox.get("stripe", "evt_r")
    assert (row.status, row.attempts, row.next_attempt_at) == ("dead", 4, None)
    assert row.error == "ConnectionError: ledger unreachable"
    assert "paid_handler_that_fails" in row.traceback and "ConnectionError" in row.traceback
    clock.t += 10**6
    assert router.drain().processed == 0  # dead stays dead
    assert router.inbox.counts()["dead"] == 1
    assert runs == [1, 2, 3, 4]
    broken["on"] = False
    result = router.replay("evt_r")
    assert result.done == 1 and runs[-1] == 1  # attempts were reset
    row = router.inbox.get("stripe", "evt_r")
    assert (row.status, row.attempts, row.error) == ("done", 1, None)


def test_replayed_dead_event_gets_a_full_budget(make_store: StoreFactory) -> None:
    clock = Clock()
    router = failing_router(make_store(), clock, lambda: 0.5, base_delay=0, max_attempts=1)
    router.on("invoice.paid")(lambda e: (_ for _ in ()).throw(ValueError("no")))
    router.handle(BODY, wh.sign_for_test("stripe-v1", BODY, SECRET))
    assert router.inbox.get("stripe", "evt_r").status == "dead"
    result = router.replay("evt_r")
    assert (result.failed, router.inbox.get("stripe", "evt_r").status) == (1, "dead")
    assert router.inbox.get("stripe", "evt_r").attempts == 1


def test_policy_delay_caps_and_jitter_bounds() -> None:
    policy = wh.RetryPolicy(base_delay=1, factor=2, max_delay=100, jitter=0.25, rng=lambda: 0.0)
    assert [policy.delay(n) for n in (1, 2, 3)] == [0.75, 1.5, 3.0]
    assert policy.delay(50) == 75.0  # capped, then jittered
    high = wh.RetryPolicy(base_delay=8, jitter=0.25, rng=lambda: 0.999999)
    assert 9.99 < high.delay(1) < 10.0
    assert wh.RetryPolicy(jitter=0).delay(1) == 10.0
    with pytest.raises(ValueError, match="max_attempts"):
        wh.RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="jitter"):
        wh.RetryPolicy(jitter=2)
    assert wh.Inbox(wh.SQLiteStore(":memory:")).max_attempts == 10  # a default budget
    assert wh.Inbox(wh.SQLiteStore(":memory:"), max_attempts=None).retry.max_attempts is None


OLD_SCHEMA = (
    "CREATE TABLE {t} (provider TEXT NOT NULL, event_id TEXT NOT NULL, "
    "event_type TEXT NOT NULL, status TEXT NOT NULL, body {blob} NOT NULL, "
    "headers TEXT NOT NULL, received_at {real} NOT NULL, updated_at {real} NOT NULL, "
    "attempts INTEGER NOT NULL DEFAULT 0, error TEXT, lease_token TEXT, lease_until {real}, "
    "PRIMARY KEY (provider, event_id))"
)
OLD_ROW = (
    "INSERT INTO {t} VALUES ('stripe', 'evt_old', 'invoice.paid', 'failed', {b}, '{{}}', "
    "1, 1, 3, 'E', NULL, NULL)"
)


def _drain_old(store: Any) -> None:
    inbox = wh.Inbox(store, retry=wh.RetryPolicy(base_delay=0))
    row = inbox.get("stripe", "evt_old")
    assert (row.status, row.attempts, row.next_attempt_at, row.traceback) == (
        "failed",
        3,
        None,
        None,
    )
    seen: list[str] = []
    assert inbox.drain(lambda e: seen.append(e.event_id)).done == 1 and seen == ["evt_old"]


def test_old_sqlite_inbox_opens_and_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(OLD_SCHEMA.format(t="webhook_inbox", blob="BLOB", real="REAL"))
        db.execute(OLD_ROW.format(t="webhook_inbox", b="x'7b7d'"))
    store = wh.SQLiteStore(path)
    try:
        _drain_old(store)
    finally:
        store.close()
    wh.SQLiteStore(path).close()  # opening a migrated table again is a no-op


@pytest.mark.postgres
def test_old_postgres_inbox_opens_and_migrates() -> None:
    import psycopg

    dsn = support.postgres_dsn()
    table = "inbox_old_schema_test"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute(OLD_SCHEMA.format(t=table, blob="BYTEA", real="DOUBLE PRECISION"))
        conn.execute(OLD_ROW.format(t=table, b="'\\x7b7d'::bytea"))
    try:
        store = wh.PostgresStore(dsn, table=table)
        try:
            _drain_old(store)
        finally:
            store.close()
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")


def test_cli_lists_dead_events(tmp_path: Path) -> None:
    db = tmp_path / "inbox.sqlite3"
    clock = Clock()
    router = failing_router(wh.SQLiteStore(db), clock, lambda: 0.5, max_attempts=1)
    router.on("invoice.paid")(lambda e: (_ for _ in ()).throw(ValueError("no")))
    router.handle(BODY, wh.sign_for_test("stripe-v1", BODY, SECRET))
    router.inbox.close()
    out = io.StringIO()
    assert cli.main(["list", "--db", str(db), "--status", "dead"], out=out) == 0
    assert "evt_r invoice.paid dead attempts=1" in out.getvalue()
    out = io.StringIO()
    assert cli.main(["list", "--db", str(db), "--status", "failed"], out=out) == 0
    assert out.getvalue() == ""
    out = io.StringIO()
    assert cli.main(["stats", "--db", str(db)], out=out) == 0
    assert json.loads(out.getvalue())["dead"] == 1
