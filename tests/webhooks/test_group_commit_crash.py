"""A receiver (uvicorn + the ASGI app + the SQLite inbox with group commit) SIGKILLed in
the middle of concurrent deliveries: every delivery it acknowledged is in the store;
after a restart the provider's redeliveries fill in the rest, and each event is stored,
and handled, exactly once."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")

SECRET = "whsec_gc_crash"
PACKAGE_DIR = Path(__file__).resolve().parents[2] / "template" / "src" / "{{ import_name }}"
PACKAGE_DIR = PACKAGE_DIR / "_webhooks"
EVENTS = 600
CONCURRENT = 32
KILL_AFTER = 150  # acknowledged deliveries before the SIGKILL
TIMEOUT = 60.0

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

SERVER = textwrap.dedent(
    """
    import asyncio, importlib.util, pathlib, socket, sys, time
    import uvicorn
    pkg = pathlib.Path(sys.argv[1])
    spec = importlib.util.spec_from_file_location(
        "ik_webhooks", pkg / "__init__.py", submodule_search_locations=[str(pkg)])
    wh = importlib.util.module_from_spec(spec)
    sys.modules["ik_webhooks"] = wh
    spec.loader.exec_module(wh)
    db, secret = sys.argv[2], sys.argv[3]

    class SlowDisk:  # a 20 ms fsync: a kill then nearly always lands mid-commit
        def __init__(self, conn):
            self._conn = conn
        def execute(self, sql, params=()):
            if sql == "COMMIT":
                time.sleep(0.02)
            return self._conn.execute(sql, params)
        def __getattr__(self, name):
            return getattr(self._conn, name)

    store = wh.SQLiteStore(db, synchronous="FULL")
    store._db = SlowDisk(store._db)
    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [secret]), preset="stripe",
        inbox=wh.Inbox(store), process="deferred")
    router.on("invoice.paid")(lambda event: None)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(256)
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(wh.WebhookASGIApp(router), log_level="warning",
                            access_log=False, lifespan="off")
    asyncio.run(uvicorn.Server(config).serve(sockets=[sock]))
    """
)


def _delivery(n: int) -> tuple[str, bytes, dict[str, str]]:
    event_id = f"evt_{n:04d}"
    body = json.dumps({"id": event_id, "type": "invoice.paid", "data": {"n": n}}).encode()
    headers = wh.sign_for_test("stripe-v1", body, SECRET)
    headers["Content-Type"] = "application/json"
    return event_id, body, headers


class Server:
    def __init__(self, script: Path, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(script), str(PACKAGE_DIR), str(db), SECRET],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert self.proc.stdout is not None
        line = self._readline()
        assert line.strip().isdigit(), f"server did not start: {line!r}"
        self.url = f"http://127.0.0.1:{int(line)}/hooks"

    def _readline(self) -> str:
        result: list[bytes] = []
        reader = threading.Thread(
            target=lambda: result.append(self.proc.stdout.readline()),  # type: ignore[union-attr]
            daemon=True,
        )
        reader.start()
        reader.join(TIMEOUT)
        if not result:
            self.proc.kill()
            raise AssertionError("server printed no port in time")
        return result[0].decode()

    def stop(self, sig: int = signal.SIGKILL) -> int:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, sig)
        return self.proc.wait(timeout=TIMEOUT)


async def _deliver_all(
    url: str, deliveries: list[tuple[str, bytes, dict[str, str]]], on_ack: Any = None
) -> dict[str, dict[str, Any]]:
    """POST each delivery, ``CONCURRENT`` at a time; the 200 answers by event id."""
    import httpx

    acked: dict[str, dict[str, Any]] = {}
    queue = list(reversed(deliveries))
    limits = httpx.Limits(max_connections=CONCURRENT)
    async with httpx.AsyncClient(limits=limits, timeout=TIMEOUT) as client:

        async def lane() -> None:
            while queue:
                event_id, body, headers = queue.pop()
                try:
                    response = await client.post(url, content=body, headers=headers)
                except httpx.HTTPError:
                    continue  # not acknowledged: the provider will redeliver it
                if response.status_code == 200:
                    acked[event_id] = response.json()
                    if on_ack is not None:
                        on_ack(len(acked))

        await asyncio.wait_for(asyncio.gather(*(lane() for _ in range(CONCURRENT))), TIMEOUT)
    return acked


def test_sigkill_during_concurrent_deliveries_loses_no_acknowledged_event(
    tmp_path: Path,
) -> None:
    db = tmp_path / "inbox.sqlite3"
    script = tmp_path / "server.py"
    script.write_text(SERVER)
    deliveries = [_delivery(n) for n in range(EVENTS)]

    first = Server(script, db)
    try:

        def kill_at_threshold(count: int) -> None:
            if count == KILL_AFTER:
                os.kill(first.proc.pid, signal.SIGKILL)  # mid-stream: deliveries in flight

        acked = asyncio.run(_deliver_all(first.url, deliveries, kill_at_threshold))
    finally:
        assert first.stop() == -signal.SIGKILL
    assert KILL_AFTER <= len(acked) < EVENTS, "the kill did not land mid-stream"

    store = wh.SQLiteStore(db)
    try:
        stored = {e.event_id: e for e in store.list_events(limit=EVENTS * 2)}
    finally:
        store.close()
    missing = sorted(set(acked) - set(stored))
    assert not missing, f"acknowledged but not stored: {missing[:10]}"
    print(f"\nkilled with {len(acked)} acknowledged, {len(stored)} stored of {EVENTS}")
    for event_id in acked:
        assert json.loads(stored[event_id].body)["id"] == event_id

    # restarted: the provider redelivers everything (acknowledged ones too, as they may)
    second = Server(script, db)
    try:
        again = asyncio.run(_deliver_all(second.url, deliveries))
    finally:
        second.stop(signal.SIGTERM)
    assert len(again) == EVENTS
    for event_id, answer in again.items():
        expected = "duplicate" if event_id in stored else "accepted"
        assert answer["status"] == expected, (event_id, answer)

    runs: dict[str, int] = {}
    store = wh.SQLiteStore(db)
    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]), preset="stripe", inbox=wh.Inbox(store)
    )

    def handle(event: Any) -> None:
        runs[event.id] = runs.get(event.id, 0) + 1

    router.on("invoice.paid")(handle)

    try:
        assert router.drain().done == EVENTS
        assert store.counts() == {
            "dead": 0,
            "done": EVENTS,
            "failed": 0,
            "pending": 0,
            "processing": 0,
        }
    finally:
        store.close()
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT count(*), count(DISTINCT event_id) FROM webhook_inbox")
        assert rows.fetchone() == (EVENTS, EVENTS)
    assert runs == {event_id: 1 for event_id, _, _ in deliveries}
