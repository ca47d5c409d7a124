"""Webhook verification and inbox throughput benchmark.

For every scheme, on the same ~2 KB signed delivery (``webhook_cases.py``):

* the floor: the bare HMAC (SendGrid: ECDSA, Discord: Ed25519 verify) over the exact
  signed bytes, already concatenated, encoded and compared as the scheme requires;
* our full ``verify`` (headers parsed, timestamp checked), as the median of per-round
  ratios to that floor (goal: <= 1.6x);
* each official library's verify (when importable), as the same kind of ratio;
* verified-and-persisted events/s through the ASGI adapter with the SQLite inbox
  (synchronous=FULL): 32 deliveries in flight (group commit; goal: >= 1,000/s) against
  one INSERT + COMMIT per event of the same rows; one delivery at a time for reference;
* events/s of 4 worker processes draining a PostgreSQL inbox (goal: >= 2,000/s) against
  4 processes running one bare UPDATE per event (skipped when PostgreSQL is unreachable).

Rounds are interleaved (floor, ours, references, in alternating order), so a noisy
neighbour slows all of them alike; each ratio is the median over the rounds of
``ours / floor`` measured within the same round. ``run()`` returns rows ``{name, value,
unit, baseline, ratio, goal}``; running the file prints them. Bounded to about 90 s.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MODULE_NAME = "ik_webhooks"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from webhook_cases import PAYLOAD_BYTES, Case, asymmetric_cases, hmac_cases  # noqa: E402
from webhook_inbox import CONCURRENT, concurrent_throughput, inbox_throughput  # noqa: E402
from webhook_pg import WORKERS, reachable, worker_throughput  # noqa: E402

from tests.template_packages import load_package  # noqa: E402

RATIO_GOAL = 1.6
THROUGHPUT_GOAL = 1000.0
WORKERS_GOAL = 2000.0
TIME_PER_SAMPLE = 0.04  # seconds per timing sample
ROUNDS = 9


def load() -> ModuleType:
    return load_package("_webhooks", MODULE_NAME)


def _calibrate(fn: Callable[[], object]) -> int:
    number = 1
    while True:
        elapsed = timeit.timeit(fn, number=number)
        if elapsed >= TIME_PER_SAMPLE / 4 or number >= 1 << 20:
            break
        number *= 4
    return max(1, int(number * (TIME_PER_SAMPLE / max(elapsed, 1e-9))))


def interleaved(
    fns: dict[str, Callable[[], object]], baseline: str = "floor"
) -> tuple[dict[str, float], dict[str, float]]:
    """(median seconds per call, median of per-round ratios to ``baseline``) per name."""
    numbers = {name: _calibrate(fn) for name, fn in fns.items()}
    samples: dict[str, list[float]] = {name: [] for name in fns}
    order = list(fns)
    for round_no in range(ROUNDS):
        for name in order if round_no % 2 == 0 else reversed(order):
            seconds = timeit.timeit(fns[name], number=numbers[name]) / numbers[name]
            samples[name].append(seconds)
    base = samples[baseline]
    times = {name: statistics.median(values) for name, values in samples.items()}
    ratios = {
        name: statistics.median(v / b for v, b in zip(values, base, strict=True))
        for name, values in samples.items()
        if name != baseline
    }
    return times, ratios


def _row(
    name: str,
    value: float,
    unit: str,
    baseline: float | None,
    goal: str,
    ratio: float | None = None,
) -> dict[str, object]:
    if ratio is None and baseline is not None:
        ratio = value / baseline
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 3),
        "ratio": None if ratio is None else round(ratio, 2),
        "goal": goal,
    }


def bench_case(case: Case) -> list[dict[str, object]]:
    fns: dict[str, Callable[[], object]] = {"floor": case.floor, "ours": case.verify}
    fns.update(case.references)
    times, ratios = interleaved(fns)
    floor = times["floor"] * 1e6
    rows = [_row(f"{case.scheme} floor: {case.floor_label}", floor, "us", None, "-")]
    for name, ratio in ratios.items():
        goal = case.goal or f"<= {RATIO_GOAL}x floor" if name == "ours" else "reference"
        rows.append(_row(f"{case.scheme} ({name})", times[name] * 1e6, "us", floor, goal, ratio))
    return rows


def bench_schemes(wh: Any) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for case in [*hmac_cases(wh), *asymmetric_cases(wh)]:
        rows.extend(bench_case(case))
    return rows


def bench_inbox(wh: Any, synchronous: str) -> dict[str, object]:
    """Verified, persisted and handled events/s through the ASGI app with the SQLite inbox,
    against a bare ``INSERT`` + commit of the same body at the same ``synchronous`` level
    (the disk's fsync floor under FULL), in interleaved rounds."""
    ours, floor, ratio = inbox_throughput(wh, synchronous)
    return _row(
        f"inbox sqlite {synchronous} via ASGI, 1 at a time (floor: INSERT)",
        ours,
        "events/s",
        floor,
        "reference: one commit each",
        ratio,
    )


def bench_concurrent(wh: Any) -> dict[str, object]:
    """``CONCURRENT`` deliveries in flight into the SQLite inbox (FULL): group commit."""
    ours, floor, ratio, per_commit = concurrent_throughput(wh)
    return _row(
        f"inbox sqlite FULL, {CONCURRENT} in flight, {per_commit:.0f}/commit (floor: 1/commit)",
        ours,
        "events/s",
        floor,
        f">= {THROUGHPUT_GOAL:,.0f}/s",
        ratio,
    )


def bench_workers(wh: Any) -> dict[str, object]:
    name = f"inbox postgres, {WORKERS} workers draining (floor: bare UPDATEs)"
    why = reachable()
    if why is not None:
        return {"name": name, "value": None, "unit": "events/s", "goal": f"skipped: {why}"}
    with tempfile.TemporaryDirectory() as tmp:
        ours, floor, ratio = worker_throughput(wh, Path(tmp))
    return _row(name, ours, "events/s", floor, f">= {WORKERS_GOAL:,.0f}/s", ratio)


def run() -> list[dict[str, object]]:
    wh = load()
    rows = bench_schemes(wh)
    rows.append(bench_concurrent(wh))
    rows.append(bench_inbox(wh, "FULL"))
    rows.append(bench_inbox(wh, "NORMAL"))
    rows.append(bench_workers(wh))
    return rows


def format_table(rows: list[dict[str, object]]) -> str:
    cols = ("name", "value", "unit", "baseline", "ratio", "goal")
    cells = [[("" if r[c] is None else str(r[c])) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


if __name__ == "__main__":
    started = time.perf_counter()
    print(format_table(run()))
    print(
        f"({time.perf_counter() - started:.1f} s, payload {PAYLOAD_BYTES} B, "
        f"{datetime.now(tz=UTC):%Y-%m-%d %H:%M} UTC)"
    )
