# mypy: disable-error-code="import-not-found,name-defined,misc"
"""The proof of the shared quota: 4 worker processes, one API key, one real server on
127.0.0.1 enforcing 20 requests per 2 s window (429 beyond it). With the Redis-shared
limiter no 429 arrives after the first window; with per-process limiters many do."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from ik_rt_server import Recorded, Respond, ScriptedServer
from test_runtime_redis import REDIS_URL, redis_prefix  # noqa: F401 (a fixture)

Serve = Callable[..., ScriptedServer]
WORKER = Path(__file__).resolve().parent / "ik_quota_worker.py"
LIMIT, WINDOW, WORKERS, SECONDS = 20, 2.0, 4, 6.0

pytestmark = pytest.mark.redis


class Quota:
    """A fixed-window quota, counted from the first request, answering like GitHub."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.start: float | None = None
        self.counts: dict[int, int] = {}
        self.answers: list[tuple[int, int]] = []  # (window, status)

    def __call__(self, _index: int, _request: Recorded) -> Respond:
        with self.lock:
            now = time.monotonic()
            if self.start is None:
                self.start = now
            window = int((now - self.start) // WINDOW)
            until_reset = self.start + (window + 1) * WINDOW - now
            used = self.counts.get(window, 0) + 1
            self.counts[window] = used
            remaining = max(0, LIMIT - used)
            headers = {
                "X-RateLimit-Limit": str(LIMIT),
                "X-RateLimit-Remaining": str(remaining),
                "X-RateLimit-Reset": f"{until_reset:.3f}",
            }
            status = 200 if used <= LIMIT else 429
            if status == 429:
                headers["Retry-After"] = f"{until_reset:.3f}"
            self.answers.append((window, status))
            return Respond(status, {"ok": status == 200}, headers)

    def late_429s(self) -> int:
        return sum(1 for window, status in self.answers if window >= 1 and status == 429)


def hammer(serve: Serve, mode: str, prefix: str) -> Quota:
    quota = Quota()
    server = serve(quota)
    args = [sys.executable, str(WORKER), server.url, mode, str(SECONDS)]
    if mode == "shared":
        args += [REDIS_URL, prefix]
    procs = [
        subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(WORKERS)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        json.loads(out)
    return quota


def test_shared_quota_no_429_after_the_first_window_local_limiters_collect_many(
    rt: ModuleType,
    serve: Serve,
    redis_prefix: str,  # noqa: F811 (the fixture imported above)
) -> None:
    shared = hammer(serve, "shared", redis_prefix)
    local = hammer(serve, "local", redis_prefix)
    print(
        f"\nshared limiter: {shared.late_429s()} 429s after the first window "
        f"({sum(s == 200 for _w, s in shared.answers)} ok); "
        f"local limiters: {local.late_429s()} 429s after the first window "
        f"({sum(s == 200 for _w, s in local.answers)} ok)"
    )
    assert shared.late_429s() == 0
    assert local.late_429s() >= 4 and local.late_429s() > shared.late_429s()
    # It did use the quota: the first window whole, and calls again after its reset. (Not
    # "two windows' worth": on a saturated CPU four processes may send fewer than 20
    # calls in a later 2 s window, which says nothing about the limiter.)
    ok = [w for w, s in shared.answers if s == 200]
    assert ok.count(0) == LIMIT and any(w >= 1 for w in ok)


def test_shared_limiter_without_redis_falls_back_with_one_warning(
    rt: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = rt.SharedRateLimiter("redis://127.0.0.1:1/0", "sk_test_NOREDIS_1234")
    with caplog.at_level(logging.WARNING, logger="integration_runtime"):
        for _ in range(3):
            assert limiter.acquire() == 0.0
        for _ in range(3):
            limiter.update(200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "30"})
    assert limiter.acquire() > 0  # the local limiter took over the headers
    warnings = [r for r in caplog.records if "local limiter" in r.getMessage()]
    assert len(warnings) == 1 and not limiter.shared
    assert "NOREDIS" not in caplog.text


def test_calls_sent_blind_at_a_reset_are_taken_off_the_next_window(
    rt: ModuleType,
    redis_prefix: str,  # noqa: F811 (the fixture imported above)
) -> None:
    """Four processes wait out a used-up quota and all send at the reset; the first
    answer of the new window says 19 left, but the other three are not in that count
    yet: the shared quota holds 16, not 19 (the load-dependent 429s of issue 16)."""
    workers = [
        rt.SharedRateLimiter(REDIS_URL, "sk_test_BLIND_0001", prefix=redis_prefix)
        for _ in range(WORKERS)
    ]
    # Resets far off (30 s, then 60 s) so that a saturated CPU cannot let one pass while
    # the test runs: nothing here sleeps, the second answer simply names a later window.
    workers[0].update(200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "30"})
    assert all(worker.acquire() > 0 for worker in workers)  # each goes at the reset
    workers[0].update(200, {"X-RateLimit-Remaining": str(LIMIT - 1), "X-RateLimit-Reset": "60"})
    granted = 0
    while workers[granted % WORKERS].acquire() == 0.0 and granted < LIMIT:
        granted += 1
    assert granted == LIMIT - WORKERS
    assert all(worker.shared for worker in workers)
