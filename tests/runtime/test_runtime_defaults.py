# mypy: disable-error-code="import-not-found"
"""The documented defaults themselves (docs/resilience.md names each test): the breaker's
thresholds and times with a fake clock, the redirect limit and the rate limiter against a
real server on 127.0.0.1. Every other test sets its own values; these set none."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Respond, ScriptedServer, always

Serve = Callable[..., ScriptedServer]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def default_breaker(rt: ModuleType, clock: Clock) -> Any:
    """``BreakerConfig()`` as shipped, on a backend reading the fake clock."""
    defaults = rt.BreakerConfig()
    backend = rt.InMemoryBreakerBackend(clock=clock)
    return rt.CircuitBreaker(rt.BreakerConfig(**{**vars(defaults), "backend": backend}))


def test_default_breaker_opens_after_5_failures_in_a_row_for_30_s_one_probe(
    rt: ModuleType,
) -> None:
    clock = Clock()
    cb = default_breaker(rt, clock)
    for _ in range(4):
        cb.settle("k", cb.acquire("k"), "failure")
    assert cb.acquire("k").state is rt.BreakerState.CLOSED  # 4 in a row: still closed
    cb.settle("k", cb.acquire("k"), "failure")
    with pytest.raises(rt.CircuitOpenError) as info:
        cb.acquire("k")
    assert 29.0 < info.value.retry_after <= 30.0
    clock.now += 29.9
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("k")
    clock.now += 0.1
    probe = cb.acquire("k")
    assert probe.state is rt.BreakerState.HALF_OPEN
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("k")  # one probe at a time
    cb.settle("k", probe, "success")  # one success closes it
    assert cb.acquire("k").state is rt.BreakerState.CLOSED


def test_default_breaker_opens_at_50_percent_once_10_calls_were_seen(rt: ModuleType) -> None:
    clock = Clock()
    cb = default_breaker(rt, clock)
    for i in range(9):  # alternating: never two failures in a row
        cb.settle("k", cb.acquire("k"), "failure" if i % 2 else "success")
    assert cb.acquire("k").permitted  # 4 of 9 failed: below the 10-call minimum
    cb.settle("k", cb.acquire("k"), "failure")  # 5 of 10: 50 %
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("k")


def test_default_breaker_frees_a_lost_probe_after_60_s(rt: ModuleType) -> None:
    clock = Clock()
    cb = default_breaker(rt, clock)
    for _ in range(5):
        cb.settle("k", cb.acquire("k"), "failure")
    clock.now += 30.0
    cb.acquire("k")  # a probe that never reports back
    clock.now += 59.0
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("k")
    clock.now += 1.0
    assert cb.acquire("k").state is rt.BreakerState.HALF_OPEN


def test_default_redirect_limit_follows_5_then_raises(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(307, {}, {"Location": "/loop"})))
    client = rt.SyncAPIClient(rt.ClientConfig(server.url, breaker=None))
    with client, pytest.raises(rt.RedirectError, match="more than 5 redirects"):
        client._request("GET", "/loop")
    assert server.count == 1 + 5


def test_default_rate_limiter_waits_for_the_reset_the_server_announced(
    rt: ModuleType, serve: Serve
) -> None:
    server = serve(
        always(Respond(200, {}, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0.2"}))
    )
    events: list[Any] = []
    client = rt.SyncAPIClient(rt.ClientConfig(server.url, event_hook=events.append))
    with client:
        client._request("GET", "/one")  # nothing known yet: sent at once
        client._request("GET", "/two")  # the quota is used up: waits for the reset
    waits = [e.fields["wait"] for e in events if e.name == "rate_limit_wait"]
    assert len(waits) == 1 and 0 < waits[0] <= 0.2
    assert server.count == 2
