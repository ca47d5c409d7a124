# mypy: disable-error-code="import-not-found"
"""Circuit breaker: state machine with a fake clock, and end to end over sockets."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Delay, Respond, ScriptedServer, Stall, always

Serve = Callable[..., ScriptedServer]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def breaker(rt: ModuleType, clock: Clock, **kwargs: Any) -> Any:
    backend = rt.InMemoryBreakerBackend(clock=clock)
    transitions: list[tuple[str, str]] = []
    cb = rt.CircuitBreaker(
        rt.BreakerConfig(backend=backend, **kwargs),
        on_transition=lambda _k, t: transitions.append((t[0].value, t[1].value)),
    )
    cb.transitions = transitions
    return cb


def test_consecutive_failures_open_then_half_open_then_close(rt: ModuleType) -> None:
    clock = Clock()
    cb = breaker(rt, clock, consecutive_failures=3, wait_duration=10.0)
    for _ in range(3):
        cb.settle("h", cb.acquire("h"), "failure")
    with pytest.raises(rt.CircuitOpenError) as info:
        cb.acquire("h")
    assert 9.0 < info.value.retry_after <= 10.0
    clock.now += 10.0
    probe = cb.acquire("h")
    assert probe.state is rt.BreakerState.HALF_OPEN
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("h")  # only one probe at a time
    cb.settle("h", probe, "success")
    assert cb.acquire("h").state is rt.BreakerState.CLOSED
    assert cb.transitions == [("closed", "open"), ("open", "half_open"), ("half_open", "closed")]


def test_failed_probe_reopens(rt: ModuleType) -> None:
    clock = Clock()
    cb = breaker(rt, clock, consecutive_failures=1, wait_duration=5.0)
    cb.settle("h", cb.acquire("h"), "failure")
    clock.now += 5.0
    cb.settle("h", cb.acquire("h"), "failure")
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("h")
    assert cb.transitions[-1] == ("half_open", "open")


def test_failure_rate_needs_minimum_calls(rt: ModuleType) -> None:
    clock = Clock()
    cb = breaker(
        rt,
        clock,
        window_size=10,
        minimum_calls=10,
        failure_rate_threshold=0.5,
        consecutive_failures=100,
    )
    for i in range(9):
        cb.settle("h", cb.acquire("h"), "failure" if i % 2 else "success")
    cb.acquire("h")  # 4 failures of 9: below the minimum number of calls
    cb.settle("h", cb.acquire("h"), "failure")  # 5 of 10 = 50 %
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("h")


def test_sliding_window_forgets_old_failures(rt: ModuleType) -> None:
    clock = Clock()
    cb = breaker(
        rt,
        clock,
        window_size=4,
        minimum_calls=4,
        failure_rate_threshold=0.75,
        consecutive_failures=100,
    )
    for outcome in ["failure", "failure", "success", "success", "success", "failure", "success"]:
        cb.settle("h", cb.acquire("h"), outcome)
    assert cb.acquire("h").permitted


def test_lost_probe_frees_its_slot_after_probe_timeout(rt: ModuleType) -> None:
    clock = Clock()
    cb = breaker(rt, clock, consecutive_failures=1, wait_duration=1.0, probe_timeout=3.0)
    cb.settle("h", cb.acquire("h"), "failure")
    clock.now += 1.0
    cb.acquire("h")  # a probe that never reports back
    with pytest.raises(rt.CircuitOpenError):
        cb.acquire("h")
    clock.now += 3.0
    assert cb.acquire("h").state is rt.BreakerState.HALF_OPEN


def test_stale_results_are_ignored(rt: ModuleType) -> None:
    clock = Clock()
    cb = breaker(rt, clock, consecutive_failures=2, wait_duration=1.0)
    slow = cb.acquire("h")  # admitted while closed, finishes after the breaker opened
    cb.settle("h", cb.acquire("h"), "failure")
    cb.settle("h", cb.acquire("h"), "failure")
    clock.now += 1.0
    probe = cb.acquire("h")
    cb.settle("h", slow, "failure")  # must not reopen the half-open breaker
    cb.settle("h", probe, "success")
    assert cb.acquire("h").state is rt.BreakerState.CLOSED


def test_thread_safety_under_contention(rt: ModuleType) -> None:
    cb = rt.CircuitBreaker(
        rt.BreakerConfig(consecutive_failures=10_000, minimum_calls=10_000, window_size=10_000)
    )
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for i in range(500):
                cb.settle("h", cb.acquire("h"), "failure" if i % 2 else "success")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    state = cb.backend._states["h"]
    assert len(state.window) == 4000 and sum(state.window) == 2000


# -- end to end ------------------------------------------------------------------------


def make(rt: ModuleType, server: ScriptedServer, events: list[Any], **breaker_kwargs: Any) -> Any:
    config = rt.ClientConfig(
        server.url,
        backoff_base=0.01,
        max_attempts=1,
        timeout=1.0,
        deadline=3.0,
        breaker=rt.BreakerConfig(**breaker_kwargs),
        event_hook=events.append,
    )
    return rt.SyncAPIClient(config)


def test_open_breaker_sends_nothing(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(500)))
    events: list[Any] = []
    client = make(rt, server, events, consecutive_failures=3, wait_duration=0.3)
    for _ in range(3):
        with pytest.raises(rt.ServerError):
            client._request("GET", "/x")
    for _ in range(5):
        with pytest.raises(rt.CircuitOpenError) as info:
            client._request("GET", "/x")
    assert server.count == 3  # nothing was sent while open
    assert info.value.retry_at > time.time() and info.value.retry_after <= 0.3
    transitions = [e for e in events if e.name == "breaker_transition"]
    assert [(e.fields["from_state"], e.fields["to_state"]) for e in transitions] == [
        ("closed", "open")
    ]
    assert transitions[0].fields["key"] == "127.0.0.1/x"  # host + route template
    assert sum(e.name == "breaker_rejected" for e in events) == 5
    server.behaviour = always(Respond(200))
    time.sleep(0.32)
    assert client._request("GET", "/x").status_code == 200
    assert client._request("GET", "/x").status_code == 200
    names = [
        (e.fields["from_state"], e.fields["to_state"])
        for e in events
        if e.name == "breaker_transition"
    ]
    assert names == [("closed", "open"), ("open", "half_open"), ("half_open", "closed")]


def test_4xx_do_not_trip_the_breaker(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(404)))
    client = make(rt, server, [], consecutive_failures=2, minimum_calls=2)
    for _ in range(10):
        with pytest.raises(rt.NotFoundError):
            client._request("GET", "/x")
    assert server.count == 10


def test_timeouts_trip_the_breaker(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Stall(5)))
    config = rt.ClientConfig(
        server.url, timeout=0.1, max_attempts=1, breaker=rt.BreakerConfig(consecutive_failures=2)
    )
    client = rt.SyncAPIClient(config)
    for _ in range(2):
        with pytest.raises(rt.APITimeoutError):
            client._request("GET", "/x")
    with pytest.raises(rt.CircuitOpenError):
        client._request("GET", "/x")
    assert server.count == 2


def test_half_open_admits_limited_probes(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(500)))
    events: list[Any] = []
    client = make(
        rt, server, events, consecutive_failures=1, wait_duration=0.1, half_open_max_calls=2
    )
    with pytest.raises(rt.ServerError):
        client._request("GET", "/x")
    server.behaviour = always(Delay(0.3, Respond(200)))
    time.sleep(0.12)
    outcomes: list[str] = []
    lock = threading.Lock()

    def call() -> None:
        try:
            client._request("GET", "/x")
            result = "ok"
        except rt.CircuitOpenError:
            result = "open"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert sorted(outcomes) == ["ok", "ok"] + ["open"] * 6
    assert server.count == 1 + 2
    assert client._request("GET", "/x").status_code == 200  # closed again


def test_async_breaker_opens_and_fails_fast(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(503)))
    config = rt.ClientConfig(
        server.url,
        max_attempts=1,
        breaker=rt.BreakerConfig(consecutive_failures=3, wait_duration=5),
    )

    async def main() -> int:
        async with rt.AsyncAPIClient(config) as client:
            results = await asyncio.gather(
                *(client._request("GET", "/x") for _ in range(3)), return_exceptions=True
            )
            assert all(isinstance(r, rt.ServerError) for r in results)
            opened = await asyncio.gather(
                *(client._request("GET", "/x") for _ in range(10)), return_exceptions=True
            )
            return sum(isinstance(r, rt.CircuitOpenError) for r in opened)

    assert asyncio.run(main()) == 10
    assert server.count == 3


def test_breaker_is_per_host(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(500)))
    config = rt.ClientConfig(
        server.url, max_attempts=1, breaker=rt.BreakerConfig(consecutive_failures=1)
    )
    client = rt.SyncAPIClient(config)
    with pytest.raises(rt.ServerError):
        client._request("GET", "/x")
    with pytest.raises(rt.CircuitOpenError):
        client._request("GET", "/x")
    other = rt.SyncAPIClient(config)  # in-memory state is per client
    with pytest.raises(rt.ServerError):
        other._request("GET", "/x")


def test_breaker_opening_mid_call_stops_retries_with_last_error(
    rt: ModuleType, serve: Serve
) -> None:
    """Another call's final failure opens the breaker while this one waits to retry."""
    server = serve(always(Respond(503, {}, {"request-id": "req_mid"})))
    events: list[Any] = []
    nested: list[Any] = []
    clients: list[Any] = []

    def hook(event: Any) -> None:
        events.append(event)
        if event.name == "retry" and not nested:
            nested.append(event)
            with pytest.raises(rt.ServerError):
                clients[0]._request("GET", "/x", headers={"x-inner": "1"})

    config = rt.ClientConfig(
        server.url,
        backoff_base=0.01,
        max_attempts=3,
        request_id_headers=("request-id",),
        event_hook=hook,
        breaker=rt.BreakerConfig(consecutive_failures=1, wait_duration=5),
    )
    with rt.SyncAPIClient(config) as client, pytest.raises(rt.ServerError) as info:
        clients.append(client)
        client._request("GET", "/x")
    assert server.count == 1 + 3  # the outer call's first attempt, the inner call's three
    assert isinstance(info.value.__cause__, rt.CircuitOpenError)
    assert info.value.request_id == "req_mid"
    whys = [e.fields["why"] for e in events if e.name == "give_up"]
    assert whys == ["attempts exhausted", "circuit breaker opened"]


def test_breaker_counts_a_call_once_with_its_final_outcome(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(503)))
    config = rt.ClientConfig(
        server.url,
        backoff_base=0.01,
        backoff_cap=0.02,
        max_attempts=3,
        retry_budget_tokens=None,  # every call gets its three attempts
        breaker=rt.BreakerConfig(consecutive_failures=3, wait_duration=5),
    )
    client = rt.SyncAPIClient(config)
    for _ in range(2):  # 2 calls x 3 attempts: 2 failures, not 6
        with pytest.raises(rt.ServerError):
            client._request("GET", "/x")
    assert server.count == 6
    with pytest.raises(rt.ServerError):  # the third failed call opens it
        client._request("GET", "/x")
    with pytest.raises(rt.CircuitOpenError):
        client._request("GET", "/x")
    assert server.count == 9


def test_retried_then_successful_call_counts_as_one_success(rt: ModuleType, serve: Serve) -> None:
    from ik_rt_server import first_n

    server = serve(first_n(2, Respond(503)))
    config = rt.ClientConfig(
        server.url,
        backoff_base=0.01,
        max_attempts=3,
        breaker=rt.BreakerConfig(consecutive_failures=2, wait_duration=5),
    )
    client = rt.SyncAPIClient(config)
    assert client._request("GET", "/x").status_code == 200  # 2 failed attempts, 1 success
    assert server.count == 3
    assert client._request("GET", "/x").status_code == 200  # still closed


def test_breaker_is_per_route_template_by_default(rt: ModuleType, serve: Serve) -> None:
    server = serve(lambda _i, r: Respond(500) if r.path.startswith("/v1/broken/") else Respond())
    config = rt.ClientConfig(
        server.url, max_attempts=1, breaker=rt.BreakerConfig(consecutive_failures=2)
    )
    client = rt.SyncAPIClient(config)
    for ident in ("a", "b"):  # two ids, one route template: one breaker
        with pytest.raises(rt.ServerError):
            client._request("GET", client._path("/v1/broken/{id}", {"id": ident}))
    with pytest.raises(rt.CircuitOpenError) as info:
        client._request("GET", client._path("/v1/broken/{id}", {"id": "c"}))
    assert info.value.key == "127.0.0.1/v1/broken/{id}"
    assert client._request("GET", client._path("/v1/healthy/{id}", {"id": "a"})).status_code == 200
    assert server.count == 3


def test_breaker_host_scope_option_blocks_the_whole_host(rt: ModuleType, serve: Serve) -> None:
    server = serve(lambda _i, r: Respond(500) if r.path.startswith("/v1/broken/") else Respond())
    config = rt.ClientConfig(
        server.url,
        max_attempts=1,
        breaker=rt.BreakerConfig(consecutive_failures=2, scope="host"),
    )
    client = rt.SyncAPIClient(config)
    for ident in ("a", "b"):
        with pytest.raises(rt.ServerError):
            client._request("GET", client._path("/v1/broken/{id}", {"id": ident}))
    with pytest.raises(rt.CircuitOpenError) as info:
        client._request("GET", "/v1/healthy/a")
    assert info.value.key == "127.0.0.1"
    assert server.count == 2


def test_breaker_scope_is_validated(rt: ModuleType) -> None:
    with pytest.raises(rt.ConfigurationError):
        rt.BreakerConfig(scope="path")
