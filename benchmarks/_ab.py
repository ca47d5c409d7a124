"""Interleaved A/B timing: the median of per-round ratios, robust on a busy machine.

Each round times ``calls`` calls of every contender in turn (A, B, A, B, ..., A: the
baseline runs once more at the end), so a neighbour's burst of load slows the rounds it
overlaps, and both sides of a ratio see about the same machine. Each measured round is
compared with the mean of the two baseline rounds around it (a steady drift in load
cancels out), and the reported ratio is the median of those per-round ratios, never a
ratio of absolute best or mean times, which one quiet or one noisy round would decide.

Every round is timed on two clocks:

* **CPU time of this process** (``time.process_time``: user + kernel, so the socket
  system calls count). Time spent descheduled by a neighbour does not count, which
  makes it steady on a saturated machine. Both sides wait for the same server, so the
  extra work of the measured side is all CPU: its CPU ratio is an upper bound of its
  end-to-end ratio. This is the ratio goals are judged on.
* **Wall-clock time** (``time.perf_counter``), the end-to-end ratio, shown beside it:
  a wait that burns no CPU (a stalled write, a lost wake-up) would show there only.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

__all__ = [
    "CALLS",
    "ROUNDS",
    "Pair",
    "Rounds",
    "ainterleaved",
    "apaired",
    "interleaved",
    "paired",
    "summarize",
]

ROUNDS = 51  # odd, so the median is one round's ratio
CALLS = 16  # per contender per round: ~10 ms of loopback calls, short enough to pair well
WARMUP = 60


@dataclass
class Rounds:
    """One contender's seconds per call, per round, on both clocks."""

    cpu: list[float]
    wall: list[float]


@dataclass(frozen=True)
class Pair:
    """One measured contender against its baseline (CPU seconds per call, medians)."""

    baseline: float
    value: float
    ratio: float  # median of the per-round CPU-time ratios value / baseline
    q1: float  # first and third quartiles of those ratios: how much rounds disagreed
    q3: float
    wall_ratio: float  # median of the per-round wall-clock ratios

    def note(self) -> str:
        return f"wall {self.wall_ratio:.2f}; q1-q3 {self.q1:.2f}-{self.q3:.2f}"


def _ratios(baseline: Sequence[float], measured: Sequence[float]) -> list[float]:
    # Measured round i ran between baseline rounds i and i + 1.
    return [m / ((baseline[i] + baseline[i + 1]) / 2) for i, m in enumerate(measured)]


def summarize(baseline: Rounds, measured: Rounds) -> Pair:
    """Medians and the median per-round ratio; the baseline has one round more."""
    if len(baseline.cpu) != len(measured.cpu) + 1:
        raise ValueError("the baseline needs one round more than the measured contender")
    ratios = _ratios(baseline.cpu, measured.cpu)
    quartiles = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
    return Pair(
        baseline=statistics.median(baseline.cpu),
        value=statistics.median(measured.cpu),
        ratio=statistics.median(ratios),
        q1=quartiles[0],
        q3=quartiles[2],
        wall_ratio=statistics.median(_ratios(baseline.wall, measured.wall)),
    )


def _plan(count: int, rounds: int) -> list[list[int]]:
    # Every contender once per round, then the baseline (index 0) closes the sequence.
    return [list(range(count)) for _ in range(rounds)] + [[0]]


def interleaved(
    fns: Sequence[Callable[[], object]], *, rounds: int = ROUNDS, calls: int = CALLS
) -> list[Rounds]:
    """Per-round seconds per call of each function, taken in turns (``fns[0]`` is the
    baseline and has one round more)."""
    for fn in fns:
        for _ in range(WARMUP):
            fn()
    times = [Rounds([], []) for _ in fns]
    for turn in _plan(len(fns), rounds):
        for index in turn:
            fn = fns[index]
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(calls):
                fn()
            times[index].wall.append((time.perf_counter() - wall) / calls)
            times[index].cpu.append((time.process_time() - cpu) / calls)
    return times


async def ainterleaved(
    fns: Sequence[Callable[[], Awaitable[object]]], *, rounds: int = ROUNDS, calls: int = CALLS
) -> list[Rounds]:
    """The asyncio twin of :func:`interleaved` (one call awaited at a time)."""
    for fn in fns:
        for _ in range(WARMUP):
            await fn()
    times = [Rounds([], []) for _ in fns]
    for turn in _plan(len(fns), rounds):
        for index in turn:
            fn = fns[index]
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(calls):
                await fn()
            times[index].wall.append((time.perf_counter() - wall) / calls)
            times[index].cpu.append((time.process_time() - cpu) / calls)
    return times


def paired(baseline: Callable[[], object], measured: Callable[[], object]) -> Pair:
    base, ours = interleaved([baseline, measured])
    return summarize(base, ours)


async def apaired(
    baseline: Callable[[], Awaitable[object]], measured: Callable[[], Awaitable[object]]
) -> Pair:
    base, ours = await ainterleaved([baseline, measured])
    return summarize(base, ours)
