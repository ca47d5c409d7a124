"""Lease heartbeat: a running handler's lease is extended, so a handler slower than the
lease is not taken over (and run twice); without it, it is, and the result is ``lost``."""

from __future__ import annotations

import importlib
import math
import time
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
support: Any = importlib.import_module("wh_stores")

LEASE = 10.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _stores(kind: str, tmp_path: Path) -> Any:
    if kind == "sqlite":
        return support.sqlite_factory(tmp_path)
    return support.postgres_factory()


def _seed(store: Any) -> None:
    event = wh.StoredEvent(
        "stripe", "evt_slow", "invoice.paid", "pending", b"{}", {}, 1.0, 1.0, 0, None
    )
    assert store.insert(event, token=None, lease_until=None)


@pytest.mark.parametrize("heartbeat", [True, False])
@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_handler_slower_than_its_lease_keeps_it(
    kind: str, heartbeat: bool, tmp_path: Path
) -> None:
    factory = _stores(kind, tmp_path)
    make = next(factory)
    clock = Clock()
    inbox = wh.Inbox(make(), lease_seconds=LEASE, clock=clock, heartbeat=heartbeat)
    thief = wh.Inbox(make(), lease_seconds=LEASE, clock=clock, heartbeat=False)
    _seed(inbox.store)
    stolen: list[bool] = []

    def slow(event: Any) -> None:  # three leases long, in injected time
        for _ in range(3):
            clock.now += 0.9 * LEASE
            if inbox.heartbeat is not None:
                inbox.heartbeat.beat(math.inf)  # what the heartbeat thread does when due
            stolen.append(thief.claim("stripe", "evt_slow") is not None)

    try:
        result = inbox.drain(slow)
        row = inbox.get("stripe", "evt_slow")
        renewals = 0 if inbox.heartbeat is None else inbox.heartbeat.renewals
    finally:
        inbox.close()
        next(factory, None)
    if heartbeat:
        assert stolen == [False, False, False] and renewals == 3
        assert (result.done, result.lost) == (1, 0) and row.status == "done"
    else:
        assert stolen == [False, True, False]  # taken over once the lease ran out
        assert (result.done, result.lost) == (1, 1) and row.status == "processing"


def test_the_heartbeat_thread_renews_in_real_time(tmp_path: Path) -> None:
    store = wh.SQLiteStore(tmp_path / "inbox.sqlite3")
    inbox = wh.Inbox(store, lease_seconds=0.6)  # renewed every 0.2 s
    _seed(store)
    leases: list[float] = []

    def slow(event: Any) -> None:
        time.sleep(1.5)
        leases.append(store.get("stripe", "evt_slow").lease_until)

    try:
        result = inbox.drain(slow)
    finally:
        inbox.close()
    assert result.done == 1 and result.lost == 0
    assert inbox.heartbeat is not None and inbox.heartbeat.renewals >= 1
    assert leases[0] > time.time() - 1.5 + 0.6  # extended past the first lease's end


def test_a_store_without_renew_has_no_heartbeat(tmp_path: Path) -> None:
    class Plain:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> Any:
            if name == "renew":
                raise AttributeError(name)
            return getattr(self.inner, name)

    store = wh.SQLiteStore(tmp_path / "inbox.sqlite3")
    try:
        assert wh.Inbox(Plain(store)).heartbeat is None
        assert wh.Inbox(store, heartbeat=False).heartbeat is None
        assert wh.Inbox(store).heartbeat is not None
    finally:
        store.close()
