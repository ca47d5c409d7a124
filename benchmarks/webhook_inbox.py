"""Inbox throughput for ``bench_webhooks.py``: signed Stripe deliveries, one at a time,
through the ASGI app -> verify -> SQLite inbox commit -> handler -> done, against the
bare floor of the same persistence: one ``INSERT`` of the same body and commit, at the
same ``synchronous`` level, in WAL mode. Under ``FULL`` both wait for an fsync per
event, so both depend on the disk (and on what else writes to it): hence the rounds
are interleaved and the ratio is the median of per-round ratios.
"""

from __future__ import annotations

import asyncio
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
