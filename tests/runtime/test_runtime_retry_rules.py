# mypy: disable-error-code="import-not-found,name-defined,misc"
"""The retry rule table of docs/resilience.md, one named test per row, on a real server."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Respond, ScriptedServer, always, first_n

Serve = Callable[..., ScriptedServer]


def make(rt: ModuleType, server: ScriptedServer, **overrides: Any) -> Any:
    options: dict[str, Any] = {
        "timeout": 2.0,
        "deadline": 5.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "breaker": None,
    }
    options.update(overrides)
    return rt.SyncAPIClient(rt.ClientConfig(server.url, **options))


def send(client: Any, method: str) -> Any:
    body = {"a": 1} if method in ("POST", "PATCH", "PUT") else None
    return client._request(method, "/v1/x", json=body)


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
def test_rule_429_is_retried_for_any_method(rt: ModuleType, serve: Serve, method: str) -> None:
    server = serve(first_n(1, Respond(429, {}, {"Retry-After": "0"})))
    assert send(make(rt, server), method).status_code == 200
    assert server.count == 2
    assert "idempotency-key" not in server.requests[0].headers


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_rule_429_without_retry_after_is_retried_for_post(
    rt: ModuleType, serve: Serve, method: str
) -> None:
    server = serve(first_n(1, Respond(429)))
    assert send(make(rt, server), method).status_code == 200
    assert server.count == 2


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_rule_503_with_retry_after_is_retried_for_post(
    rt: ModuleType, serve: Serve, method: str
) -> None:
    server = serve(first_n(1, Respond(503, {}, {"Retry-After": "0"})))
    assert send(make(rt, server), method).status_code == 200
    assert server.count == 2


def test_rule_503_without_retry_after_is_not_retried_for_post_without_key(
    rt: ModuleType, serve: Serve
) -> None:
    server = serve(always(Respond(503)))
    with pytest.raises(rt.ServerError):
        send(make(rt, server), "POST")
    assert server.count == 1


def test_rule_503_without_retry_after_is_retried_for_post_with_key(
    rt: ModuleType, serve: Serve
) -> None:
    server = serve(first_n(1, Respond(503)))
    client = make(rt, server, idempotency_header="Idempotency-Key")
    assert send(client, "POST").status_code == 200
    assert server.count == 2


@pytest.mark.parametrize("status", [500, 502, 504, 408])
def test_rule_other_transient_statuses_need_a_key_for_post(
    rt: ModuleType, serve: Serve, status: int
) -> None:
    server = serve(always(Respond(status, {}, {"Retry-After": "0"})))
    with pytest.raises(rt.APIStatusError):
        send(make(rt, server), "POST")
    assert server.count == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504, 408, 425])
def test_rule_transient_statuses_retried_for_idempotent_methods(
    rt: ModuleType, serve: Serve, status: int
) -> None:
    server = serve(first_n(1, Respond(status)))
    assert send(make(rt, server), "PUT").status_code == 200
    assert server.count == 2


def test_rule_429_stops_at_max_attempts_for_post(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(429, {}, {"Retry-After": "0"})))
    with pytest.raises(rt.RateLimitError):
        send(make(rt, server, max_attempts=3), "POST")
    assert server.count == 3


def test_rule_hint_false_overrides_429(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(429, {}, {"Retry-After": "0", "X-Should-Retry": "false"})))
    with pytest.raises(rt.RateLimitError):
        send(make(rt, server, retry_hint_header="X-Should-Retry"), "POST")
    assert server.count == 1


def test_status_retryable_table(rt: ModuleType) -> None:
    from ik_runtime.retry import status_retryable

    statuses = rt.DEFAULT_RETRY_STATUSES

    def rule(status: int, *, limited: bool, after: float | None, safe: bool) -> bool:
        return bool(
            status_retryable(
                status,
                retry_statuses=statuses,
                rate_limited=limited,
                retry_after=after,
                retry_safe=safe,
            )
        )

    assert rule(429, limited=True, after=None, safe=False)
    assert rule(403, limited=True, after=None, safe=False)
    assert rule(503, limited=False, after=1.0, safe=False)
    assert not rule(503, limited=False, after=None, safe=False)
    assert not rule(500, limited=False, after=1.0, safe=False)
    assert rule(500, limited=False, after=None, safe=True)
    assert not rule(404, limited=False, after=None, safe=True)


def test_default_retry_budget_50_concurrent_callers_on_a_dead_endpoint(
    rt: ModuleType, serve: Serve
) -> None:
    import threading

    server = serve(always(Respond(503)))
    client = make(rt, server, max_attempts=3, deadline=20.0)  # the default budget
    barrier = threading.Barrier(50)

    def call() -> None:
        barrier.wait(timeout=30)
        with pytest.raises(rt.ServerError):
            client._request("GET", "/v1/x")

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    print(f"\n50 callers, dead endpoint: {server.count} requests ({server.count / 50:.2f}x)")
    assert server.count <= 1.2 * 50 + 3  # retries settle at 20 % of calls, + 3 tokens
    assert server.count > 50  # the budget still lets some retries through
