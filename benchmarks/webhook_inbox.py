"""Inbox throughput for ``bench_webhooks.py``: signed Stripe deliveries, one at a time,
through the ASGI app -> verify -> SQLite inbox commit -> handler -> done, against the
bare floor of the same persistence: one ``INSERT`` of the same body and commit, at the
same ``synchronous`` level, in WAL mode. Under ``FULL`` both wait for an fsync per
event, so both depend on the disk (and on what else writes to it): hence the rounds
are interleaved and the ratio is the median of per-round ratios.
"""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from webhook_cases import json_payload

ROUNDS = 5
ROUND_SECONDS = 0.4
SECRET = "whsec_throughput"


def _deliveries(wh: Any, count: int) -> list[tuple[bytes, list[tuple[bytes, bytes]]]]:
    out = []
    for n in range(count):
        body = json_payload(f"evt_{n:08d}")
        headers = wh.sign_for_test("stripe-v1", body, SECRET)
        raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        raw += [(b"content-type", b"application/json"), (b"host", b"bench")]
        out.append((body, raw))
    return out


async def _drive(app: Any, deliveries: list[Any], seconds: float) -> tuple[int, float]:
    """Deliver until ``seconds`` have passed; return (count, elapsed)."""
    statuses: list[int] = []

    async def send(message: Any) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    start = time.perf_counter()
    done = 0
    for body, raw in deliveries:
        scope = {
            "type": "http",
            "method": "POST",
            "scheme": "http",
            "path": "/hooks",
            "raw_path": b"/hooks",
            "query_string": b"",
            "headers": raw,
        }
        sent = False

        async def receive(body: bytes = body) -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await app(scope, receive, send)
        done += 1
        if time.perf_counter() - start > seconds:
            break
    assert statuses == [200] * done, "benchmark deliveries must all be accepted"
    return done, time.perf_counter() - start


def _bare(db: sqlite3.Connection, offset: int, seconds: float) -> tuple[int, float]:
    body = json_payload("evt_floor")
    start = time.perf_counter()
    n = 0
    while time.perf_counter() - start <= seconds:
        db.execute("INSERT INTO floor VALUES (?, ?)", (f"evt_{offset + n:08d}", body))
        n += 1
    return n, time.perf_counter() - start


def inbox_throughput(wh: Any, synchronous: str) -> tuple[float, float, float]:
    """(our median events/s, the floor's median events/s, median per-round ratio)."""
    deliveries = _deliveries(wh, 4000 * ROUNDS)
    with tempfile.TemporaryDirectory() as tmp:
        store = wh.SQLiteStore(Path(tmp) / "inbox.sqlite3", synchronous=synchronous)
        router = wh.WebhookRouter(
            wh.make_verifier("stripe-v1", [SECRET]), preset="stripe", inbox=wh.Inbox(store)
        )
        router.on("payment_intent.succeeded")(lambda event: None)
        app = wh.WebhookASGIApp(router)
        db = sqlite3.connect(Path(tmp) / "floor.sqlite3", isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(f"PRAGMA synchronous={synchronous}")
        db.execute("CREATE TABLE floor (event_id TEXT PRIMARY KEY, body BLOB NOT NULL)")
        ours: list[float] = []
        floor: list[float] = []
        used = 0
        for _ in range(ROUNDS):
            count, elapsed = asyncio.run(_drive(app, deliveries[used:], ROUND_SECONDS))
            used += count
            ours.append(count / elapsed)
            bare, bare_elapsed = _bare(db, len(floor) * 1_000_000, ROUND_SECONDS)
            floor.append(bare / bare_elapsed)
        persisted = store.counts()["done"]
        store.close()
        db.close()
    assert persisted == used, "every acknowledged event must be stored and done"
    ratios = [o / f for o, f in zip(ours, floor, strict=True)]
    return statistics.median(ours), statistics.median(floor), statistics.median(ratios)


# ------------------------------------------------------- concurrent deliveries (group commit)

CONCURRENT = 32


def _scope(raw: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "path": "/hooks",
        "raw_path": b"/hooks",
        "query_string": b"",
        "headers": raw,
    }


async def _drive_concurrent(app: Any, deliveries: list[Any], seconds: float) -> tuple[int, float]:
    """``CONCURRENT`` deliveries in flight at all times until ``seconds`` have passed."""
    statuses: list[int] = []
    pending = iter(deliveries)
    start = time.perf_counter()

    async def send(message: Any) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    async def lane() -> None:
        for body, raw in pending:
            sent = False

            async def receive(body: bytes = body) -> dict[str, Any]:
                nonlocal sent
                if sent:
                    return {"type": "http.disconnect"}
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            await app(_scope(raw), receive, send)
            if time.perf_counter() - start > seconds:
                return

    await asyncio.gather(*(lane() for _ in range(CONCURRENT)))
    assert statuses == [200] * len(statuses), "benchmark deliveries must all be accepted"
    return len(statuses), time.perf_counter() - start


def _one_commit_each(
    wh: Any, db: sqlite3.Connection, rows: list[tuple[Any, ...]], seconds: float
) -> tuple[int, float]:
    """The same rows as the inbox stores, one ``INSERT`` + ``COMMIT`` (one fsync) each."""
    sql = f"INSERT INTO webhook_inbox ({wh.rows.COLUMNS}) VALUES ({','.join('?' * 14)})"  # noqa: S608
    start = time.perf_counter()
    n = 0
    for params in rows:
        db.execute(sql, params)
        n += 1
        if time.perf_counter() - start > seconds:
            break
    return n, time.perf_counter() - start


def concurrent_throughput(wh: Any) -> tuple[float, float, float, float]:
    """``CONCURRENT`` deliveries at a time through the ASGI app into the SQLite inbox
    (``synchronous=FULL``, ``process="deferred"``: persisted, then acknowledged) against
    one ``INSERT`` + ``COMMIT`` per event of the very rows the inbox stored, through a
    raw ``sqlite3`` connection at the same level. Returns (our median events/s, the
    floor's, the median per-round ratio, mean rows per commit)."""
    deliveries = _deliveries(wh, 6000 * ROUNDS)
    with tempfile.TemporaryDirectory() as tmp:
        store = wh.SQLiteStore(Path(tmp) / "inbox.sqlite3", synchronous="FULL")
        router = wh.WebhookRouter(
            wh.make_verifier("stripe-v1", [SECRET]),
            preset="stripe",
            inbox=wh.Inbox(store),
            process="deferred",
        )
        router.on("payment_intent.succeeded")(lambda event: None)
        app = wh.WebhookASGIApp(router)
        floor_store = wh.SQLiteStore(Path(tmp) / "floor.sqlite3")
        floor_store.close()  # the same table, created the same way
        db = sqlite3.connect(Path(tmp) / "floor.sqlite3", isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        ours: list[float] = []
        floor: list[float] = []
        used = 0
        for round_no in range(ROUNDS):
            count, elapsed = asyncio.run(_drive_concurrent(app, deliveries[used:], ROUND_SECONDS))
            stored = store.list_events(limit=len(deliveries))[used : used + count]
            used += count
            ours.append(count / elapsed)
            rows = [
                wh.rows.insert_params(
                    dataclasses.replace(e, event_id=f"{e.event_id}_{round_no}_{k}"), None, None
                )
                for k in range(2)
                for e in stored
            ]
            bare, bare_elapsed = _one_commit_each(wh, db, rows, ROUND_SECONDS)
            floor.append(bare / bare_elapsed)
        stats = store.stats()
        persisted = store.counts()["pending"]
        store.close()
        db.close()
    assert persisted == used, "every acknowledged event must be stored"
    ratios = [o / f for o, f in zip(ours, floor, strict=True)]
    per_commit = stats["inserts"] / max(1, stats["commits"])
    return statistics.median(ours), statistics.median(floor), statistics.median(ratios), per_commit
