"""PostgreSQL worker throughput for ``bench_webhooks.py``: 4 worker processes drain
``EVENTS`` pending events from one inbox table (``Inbox.drain``: ``FOR UPDATE SKIP
LOCKED`` batch claims, then one token-guarded ``done`` mark per event, no-op handler),
against the floor of the same marks: 4 processes each running one bare ``UPDATE ... SET
status = 'done'`` per event of their own quarter of the ids (no claims, no leases), with
``synchronous_commit=off`` like the workers' marks (``PostgresStore`` default).

Each process imports and connects first, then waits for "go" on stdin; the time runs
from "go" to the last process's finish, so interpreter start-up is not counted. Rounds
alternate (ours, floor, floor, ours, ...); the ratio is the median of per-round ratios.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path
from typing import Any

WORKERS = 4
EVENTS = 4000
ROUNDS = 2
DSN = os.environ.get(
    "IK_BENCH_PG", "host=127.0.0.1 port=5432 dbname=test user=postgres connect_timeout=3"
)
PACKAGE_DIR = Path(__file__).resolve().parents[1] / "template" / "src" / "{{ import_name }}"

_PRELUDE = """
import importlib.util, pathlib, sys, time
pkg = pathlib.Path(sys.argv[1])
spec = importlib.util.spec_from_file_location(
    "ik_webhooks", pkg / "__init__.py", submodule_search_locations=[str(pkg)])
wh = importlib.util.module_from_spec(spec)
sys.modules["ik_webhooks"] = wh
spec.loader.exec_module(wh)
dsn, table, index = sys.argv[2], sys.argv[3], int(sys.argv[4])
"""

OURS = _PRELUDE + textwrap.dedent(
    """
    inbox = wh.Inbox(wh.PostgresStore(dsn, table=table, pool_size=2), lease_seconds=30)
    inbox.counts()
    print("ready", flush=True)
    sys.stdin.readline()
    while inbox.drain(lambda event: None).processed:
        pass
    print(time.time(), flush=True)
    """
)

FLOOR = _PRELUDE + textwrap.dedent(
    """
    import psycopg
    conn = psycopg.connect(dsn, autocommit=True, options="-c synchronous_commit=off")
    total, workers = int(sys.argv[5]), int(sys.argv[6])
    sql = (f"UPDATE {table} SET status = 'done', lease_token = NULL, lease_until = NULL, "
           "updated_at = %s WHERE provider = 'stripe' AND event_id = %s")
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(index + 1, total + 1, workers):
        conn.execute(sql, (time.time(), f"evt_{n}"))
    print(time.time(), flush=True)
    """
)


def reachable() -> str | None:
    """None when the server answers, else why not."""
    try:
        import psycopg

        with psycopg.connect(DSN) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:
        return f"PostgreSQL unreachable ({type(exc).__name__})"
    return None


def _seed(wh: Any, table: str) -> None:
    import psycopg

    wh.PostgresStore(DSN, table=table).close()
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f"TRUNCATE {table}")
        conn.execute(
            f"INSERT INTO {table} (provider, event_id, event_type, status, body, headers, "  # noqa: S608
            "received_at, updated_at, attempts) SELECT 'stripe', 'evt_' || n, 'invoice.paid', "
            "'pending', convert_to(repeat('x', 2000), 'UTF8'), '{}', n, n, 0 "
            "FROM generate_series(1, %s) AS n",
            (EVENTS,),
        )
        conn.execute(f"VACUUM ANALYZE {table}")


def _run(script: Path, table: str) -> float:
    """Events/s of ``WORKERS`` processes running ``script`` from "go" to the last finish."""
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(PACKAGE_DIR / "_webhooks"),
                DSN,
                table,
                str(i),
                str(EVENTS),
                str(WORKERS),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(WORKERS)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        start = time.time()
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        finished = []
        for proc in procs:
            out, _ = proc.communicate(timeout=300)
            assert proc.returncode == 0, f"worker failed ({proc.returncode})"
            finished.append(float(out.split()[-1]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return EVENTS / (max(finished) - start)


def _all_done(table: str) -> bool:
    import psycopg

    with psycopg.connect(DSN, autocommit=True) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table} WHERE status = 'done'").fetchone()  # noqa: S608
    return bool(row and row[0] == EVENTS)


def worker_throughput(wh: Any, tmp: Path) -> tuple[float, float, float]:
    """(our median events/s, the floor's median events/s, median per-round ratio)."""
    import psycopg

    table = f"bench_inbox_{uuid.uuid4().hex[:8]}"
    ours_script, floor_script = tmp / "ours.py", tmp / "floor.py"
    ours_script.write_text(OURS)
    floor_script.write_text(FLOOR)
    ours: list[float] = []
    floor: list[float] = []
    try:
        for round_no in range(ROUNDS * 2):
            mine = (round_no % 4) in (0, 3)
            _seed(wh, table)
            rate = _run(ours_script if mine else floor_script, table)
            assert _all_done(table), "every event must be done"
            (ours if mine else floor).append(rate)
    finally:
        with psycopg.connect(DSN, autocommit=True) as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
    ratios = [o / f for o, f in zip(ours, floor, strict=True)]
    return statistics.median(ours), statistics.median(floor), statistics.median(ratios)
