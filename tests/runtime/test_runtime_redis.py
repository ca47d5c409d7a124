# mypy: disable-error-code="import-not-found"
"""Redis breaker backend: state shared between processes (real server at 127.0.0.1:6379).

Skipped when Redis is unreachable, except under CI=true where that is a failure.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Respond, ScriptedServer, always

pytestmark = pytest.mark.redis
Serve = Callable[..., ScriptedServer]
REDIS_URL = "redis://127.0.0.1:6379/0"
WORKER = Path(__file__).resolve().parent / "ik_redis_worker.py"


@pytest.fixture
def redis_prefix() -> Any:
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
    try:
        client.ping()
    except redis.RedisError as exc:
        reason = f"Redis is not reachable at 127.0.0.1:6379 ({type(exc).__name__}: {exc})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true requires it")
        pytest.skip(reason)
    prefix = f"ik-test:{uuid.uuid4().hex}:"
    yield prefix
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    client.close()


def run_worker(prefix: str, server: ScriptedServer, calls: int) -> list[str]:
    result = subprocess.run(
        [sys.executable, str(WORKER), REDIS_URL, prefix, server.url, str(calls)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcomes: list[str] = json.loads(result.stdout)
    return outcomes


def test_breaker_opened_in_one_process_fails_fast_in_another(
    rt: ModuleType, serve: Serve, redis_prefix: str
) -> None:
    server = serve(always(Respond(500)))
    assert run_worker(redis_prefix, server, 3) == ["ServerError"] * 3
    assert server.count == 3
    assert run_worker(redis_prefix, server, 4) == ["CircuitOpenError"] * 4
    assert server.count == 3  # the second process sent nothing
    backend = rt.RedisBreakerBackend(REDIS_URL, prefix=redis_prefix)
    assert backend.state("127.0.0.1/work") is rt.BreakerState.OPEN  # host + route
    backend.close()


class Clock:
    """A wall clock the test moves by hand: no sleeps, so a saturated CPU cannot skew it."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_redis_backend_half_open_and_close_sync_and_async(
    rt: ModuleType, serve: Serve, redis_prefix: str
) -> None:
    server = serve(always(Respond(502)))
    clock = Clock()
    backend = rt.RedisBreakerBackend(REDIS_URL, prefix=redis_prefix, fail_open=False, clock=clock)
    events: list[Any] = []
    config = rt.ClientConfig(
        server.url,
        max_attempts=1,
        event_hook=events.append,
        breaker=rt.BreakerConfig(consecutive_failures=2, wait_duration=0.3, backend=backend),
    )
    sync_client = rt.SyncAPIClient(config)
    for _ in range(2):
        with pytest.raises(rt.ServerError):
            sync_client._request("GET", "/x")

    async def blocked_then_recover() -> int:
        async with rt.AsyncAPIClient(config) as client:
            with pytest.raises(rt.CircuitOpenError) as info:
                await client._request("GET", "/x")
            assert 0 < info.value.retry_after <= 0.3  # counts down on the real wall clock
            clock.now += 0.299
            with pytest.raises(rt.CircuitOpenError):
                await client._request("GET", "/x")  # still open just before the wait ends
            server.behaviour = always(Respond(200))
            clock.now += 0.001
            return int((await client._request("GET", "/x")).status_code)

    assert asyncio.run(blocked_then_recover()) == 200
    assert server.count == 3
    assert backend.state("127.0.0.1/x") is rt.BreakerState.CLOSED
    transitions = [
        (e.fields["from_state"], e.fields["to_state"])
        for e in events
        if e.name == "breaker_transition"
    ]
    assert transitions == [("closed", "open"), ("open", "half_open"), ("half_open", "closed")]
    waits = [e.fields["retry_after"] for e in events if e.name == "breaker_rejected"]
    assert waits == [pytest.approx(0.3), pytest.approx(0.001, abs=1e-6)]  # injected clock
    backend.close()


def test_redis_half_open_probe_times_out_on_the_injected_clock(
    rt: ModuleType, redis_prefix: str
) -> None:
    clock = Clock()
    backend = rt.RedisBreakerBackend(REDIS_URL, prefix=redis_prefix, clock=clock)
    config = rt.BreakerConfig(
        consecutive_failures=1, wait_duration=1.0, probe_timeout=3.0, backend=backend
    )
    cb = rt.CircuitBreaker(config)
    cb.settle("k", cb.acquire("k"), "failure")
    clock.now += 1.0
    probe = cb.acquire("k")
    assert probe.permitted and probe.state is rt.BreakerState.HALF_OPEN
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("k")  # the one probe slot is taken
    clock.now += 3.0  # the probe never settled: its slot expires
    assert cb.acquire("k").permitted
    cb.settle("k", probe, "success")  # a stale probe's settle is ignored
    assert backend.state("k") is rt.BreakerState.HALF_OPEN
    backend.close()


def test_redis_failure_rate_window(rt: ModuleType, redis_prefix: str) -> None:
    backend = rt.RedisBreakerBackend(REDIS_URL, prefix=redis_prefix)
    config = rt.BreakerConfig(
        window_size=4,
        minimum_calls=4,
        failure_rate_threshold=0.5,
        consecutive_failures=100,
        wait_duration=10,
        backend=backend,
    )
    cb = rt.CircuitBreaker(config)
    for outcome in ("success", "failure", "success"):
        cb.settle("k", cb.acquire("k"), outcome)
    assert cb.acquire("k").permitted
    cb.settle("k", cb.acquire("k"), "failure")  # 2 of 4 failed
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("k")
    backend.close()


def test_unreachable_redis_fails_open(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200)))
    backend = rt.RedisBreakerBackend("redis://127.0.0.1:1/0", socket_timeout=0.2)
    config = rt.ClientConfig(server.url, breaker=rt.BreakerConfig(backend=backend))
    started = time.monotonic()
    assert rt.SyncAPIClient(config)._request("GET", "/x").status_code == 200
    assert time.monotonic() - started < 2.0
