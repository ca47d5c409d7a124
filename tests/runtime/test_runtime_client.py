# mypy: disable-error-code="import-not-found,name-defined,misc"
"""The sync client against a real misbehaving server on 127.0.0.1."""

from __future__ import annotations

import logging
import socket
import time
import uuid
from collections.abc import Callable
from email.utils import formatdate
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import msgspec
import pytest
from ik_rt_server import (
    Delay,
    Dribble,
    Huge,
    Reset,
    Respond,
    ScriptedServer,
    Stall,
    always,
    first_n,
)

Serve = Callable[..., ScriptedServer]


def make(
    rt: ModuleType,
    server: ScriptedServer,
    events: list[Any] | None = None,
    auth: Any = None,
    **overrides: Any,
) -> Any:
    options: dict[str, Any] = {
        "timeout": 2.0,
        "deadline": 5.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "breaker": None,
        "request_id_headers": ("request-id",),
    }
    if events is not None:
        options["event_hook"] = events.append
    options.update(overrides)
    return rt.SyncAPIClient(rt.ClientConfig(server.url, **options), auth)


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    sock.close()
    return port


# -- success path ----------------------------------------------------------------------


def test_get_success_sets_last_response_and_encodes_query(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200, {"ok": True})))
    with make(rt, server, user_agent="ik-test/1") as client:
        response = client._request(
            "GET", "/v1/things", params={"ids": ["a", "b"], "x": None, "live": True}
        )
        assert response.json() == {"ok": True}
        assert client.last_response is response
    (request,) = server.requests
    assert request.method == "GET" and request.path == "/v1/things"
    assert parse_qsl(request.query) == [("ids", "a"), ("ids", "b"), ("live", "true")]
    assert request.headers["user-agent"] == "ik-test/1"
    assert "idempotency-key" not in request.headers


def test_bracket_query_style_and_form_body(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200, {})))
    client = make(rt, server, query_array_style="brackets")
    client._request(
        "POST",
        "/v1/charges",
        params={"expand": ["customer"]},
        form={"metadata": {"k": "v"}, "items": [{"price": "p"}], "capture": True},
    )
    (request,) = server.requests
    assert parse_qsl(request.query) == [("expand[]", "customer")]
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.body.decode()) == [
        ("metadata[k]", "v"),
        ("items[0][price]", "p"),
        ("capture", "true"),
    ]
    client.close()


def test_json_body_from_struct_and_escaped_path(rt: ModuleType, serve: Serve) -> None:
    class Body(rt.WireModel):
        name: str
        note: str | None = None

    server = serve(always(Respond(201, {"id": "a/b"})))
    client = make(rt, server)
    path = client._path("/v1/items/{id}", {"id": "a/b c"})
    client._request("PUT", path, json=Body(name="n"))
    (request,) = server.requests
    assert request.target == "/v1/items/a%2Fb%20c"
    assert msgspec.json.decode(request.body) == {"name": "n"}
    assert request.headers["content-type"] == "application/json"


# -- retries ---------------------------------------------------------------------------


def test_first_n_fail_then_success(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(2, Respond(503, {"error": {"message": "busy"}}, {"request-id": "r1"})))
    events: list[Any] = []
    client = make(rt, server, events)
    assert client._request("GET", "/x").status_code == 200
    assert server.count == 3
    retries = [e for e in events if e.name == "retry"]
    assert [e.fields["attempt"] for e in retries] == [1, 2]
    assert all(e.fields["reason"] == "HTTP 503" and e.fields["request_id"] == "r1" for e in retries)
    for gap, retry in zip(server.gaps(), retries, strict=True):
        assert gap >= retry.fields["wait"] - 0.002


def test_backoff_gaps_grow_and_stay_capped(rt: ModuleType, serve: Serve) -> None:
    """The waits the client chose (its retry events), not wall-clock gaps between requests:
    the bounds hold however busy the machine is."""
    server = serve(lambda index, _r: Respond(503) if index % 3 != 2 else Respond(200))
    events: list[Any] = []
    client = make(
        rt, server, events, backoff_base=0.002, backoff_cap=0.003, retry_budget_tokens=None
    )
    for _ in range(100):
        client._request("GET", "/x")
    waits = [e.fields["wait"] for e in events if e.name == "retry"]
    first, second = waits[0::2], waits[1::2]
    assert len(first) == len(second) == 100
    assert max(first) <= 0.002 and max(second) <= 0.003  # capped at backoff_cap
    # E[U(0, 0.003)] = 1.5 x E[U(0, 0.002)]: over 100 draws the sums differ by > 7 sigma
    assert sum(second) > sum(first)


def test_always_500_gives_up_after_max_attempts(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(500, {"error": {"message": "kaput"}}, {"request-id": "req_5"})))
    events: list[Any] = []
    client = make(rt, server, events, max_attempts=4)
    with pytest.raises(rt.ServerError) as info:
        client._request("GET", "/v1/x")
    assert server.count == 4
    error = info.value
    assert error.status_code == 500 and error.request_id == "req_5"
    assert "kaput" in str(error) and "req_5" in str(error) and "GET /v1/x" in str(error)
    assert client.last_response is error.response
    assert [e.fields["why"] for e in events if e.name == "give_up"] == ["attempts exhausted"]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (418, "APIStatusError"),
    ],
)
def test_other_4xx_never_retried(rt: ModuleType, serve: Serve, status: int, error: str) -> None:
    server = serve(always(Respond(status, {"message": "nope"})))
    with pytest.raises(getattr(rt, error)) as info:
        make(rt, server)._request("GET", "/x")
    assert type(info.value) is getattr(rt, error)
    assert server.count == 1 and info.value.status_code == status


@pytest.mark.parametrize("status", [408, 425, 429, 500, 502, 503, 504])
def test_retryable_statuses(rt: ModuleType, serve: Serve, status: int) -> None:
    server = serve(first_n(1, Respond(status)))
    assert make(rt, server)._request("GET", "/x").status_code == 200
    assert server.count == 2


def test_post_without_key_is_not_retried_on_500(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(500)))
    with pytest.raises(rt.ServerError):
        make(rt, server)._request("POST", "/v1/charges", json={"amount": 1})
    assert server.count == 1


def test_post_with_key_reuses_it_on_every_attempt(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(3, Respond(500)))
    client = make(rt, server, idempotency_header="Idempotency-Key", max_attempts=4)
    client._request("POST", "/v1/charges", form={"amount": 1})
    keys = [r.headers["idempotency-key"] for r in server.requests]
    assert len(keys) == 4 and len(set(keys)) == 1
    uuid.UUID(keys[0])
    client._request("POST", "/v1/charges", form={"amount": 2})
    assert server.requests[-1].headers["idempotency-key"] != keys[0]  # new key per call
    bodies = {r.body for r in server.requests[:4]}
    assert bodies == {b"amount=1"}


def test_caller_key_is_kept(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(1, Respond(503)))
    client = make(rt, server, idempotency_header="Idempotency-Key")
    client._request("POST", "/x", json={}, headers={"Idempotency-Key": "mine-1"})
    assert [r.headers["idempotency-key"] for r in server.requests] == ["mine-1", "mine-1"]


def test_connect_errors_are_retried_even_for_post(rt: ModuleType) -> None:
    events: list[Any] = []
    config = rt.ClientConfig(
        f"http://127.0.0.1:{closed_port()}",
        backoff_base=0.01,
        breaker=None,
        event_hook=events.append,
    )
    client = rt.SyncAPIClient(config)
    with pytest.raises(rt.TransportError) as info:
        client._request("POST", "/x", json={})
    assert not isinstance(info.value, rt.APITimeoutError)
    assert [e.fields["reason"] for e in events if e.name == "retry"] == ["ConnectError"] * 2
    assert isinstance(info.value.__cause__, Exception)


def test_reset_retried_for_get_not_for_post_without_key(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(1, Reset()))
    client = make(rt, server)
    assert client._request("GET", "/x").status_code == 200
    assert server.count == 2
    server2 = serve(always(Reset()))
    with pytest.raises(rt.TransportError):
        make(rt, server2)._request("POST", "/x", json={})
    assert server2.count == 1
    server3 = serve(always(Reset()))
    with pytest.raises(rt.TransportError):
        make(rt, server3)._request("DELETE", "/x")
    assert server3.count == 3


def test_retry_hint_header_overrides(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(503, {}, {"Stripe-Should-Retry": "false"})))
    with pytest.raises(rt.ServerError):
        make(rt, server, retry_hint_header="Stripe-Should-Retry")._request("GET", "/x")
    assert server.count == 1
    server2 = serve(first_n(1, Respond(409, {}, {"Stripe-Should-Retry": "true"})))
    client = make(rt, server2, retry_hint_header="Stripe-Should-Retry")
    assert client._request("POST", "/x", form={"a": 1}).status_code == 200
    assert server2.count == 2


# -- server hints and the deadline ---------------------------------------------------------


def test_retry_after_seconds_is_honoured(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(1, Respond(429, {}, {"Retry-After": "1"})))
    make(rt, server)._request("GET", "/x")
    assert server.count == 2
    assert 0.98 <= server.gaps()[0] < 1.6


def test_retry_after_http_date_is_honoured(rt: ModuleType, serve: Serve) -> None:
    def behaviour(index: int, _r: object) -> Respond:
        if index == 0:
            return Respond(503, {}, {"Retry-After": formatdate(time.time() + 2, usegmt=True)})
        return Respond(200)

    server = serve(behaviour)
    make(rt, server)._request("GET", "/x")
    assert server.count == 2
    assert 0.9 <= server.gaps()[0] <= 2.3  # the date has one-second resolution


def test_retry_after_ms_is_honoured(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(1, Respond(429, {}, {"retry-after-ms": "200"})))
    make(rt, server)._request("GET", "/x")
    assert 0.19 <= server.gaps()[0] < 0.6


def test_retry_after_above_cap_fails_fast(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(429, {}, {"Retry-After": "30"})))
    started = time.monotonic()
    with pytest.raises(rt.RateLimitError) as info:
        make(rt, server, max_retry_wait=10)._request("GET", "/x")
    assert time.monotonic() - started < 1.0
    assert info.value.retry_after == 30.0 and server.count == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"RateLimit-Remaining": "0", "RateLimit-Reset": "1"},  # IETF draft: delta seconds
        {"RateLimit": '"default";r=0;t=1'},  # IETF structured field
    ],
    ids=["ratelimit-reset", "structured"],
)
def test_429_without_retry_after_waits_for_the_rate_limit_reset(
    rt: ModuleType, serve: Serve, headers: dict[str, str]
) -> None:
    server = serve(first_n(1, Respond(429, {}, headers)))
    make(rt, server, rate_limit=False)._request("GET", "/x")
    assert server.count == 2
    assert 0.98 <= server.gaps()[0] < 1.6  # not the 10-50 ms backoff


def test_429_with_a_distant_rate_limit_reset_fails_fast(rt: ModuleType, serve: Serve) -> None:
    reset = str(int(time.time()) + 3600)  # GitHub: epoch seconds
    server = serve(
        always(Respond(429, {}, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}))
    )
    started = time.monotonic()
    with pytest.raises(rt.RateLimitError) as info:
        make(rt, server, max_retry_wait=10)._request("GET", "/x")
    assert time.monotonic() - started < 1.0 and server.count == 1
    assert info.value.retry_after is not None and info.value.retry_after > 3500


def test_github_403_with_used_up_quota_is_a_rate_limit_and_waits_for_the_reset(
    rt: ModuleType, serve: Serve
) -> None:
    reset = time.time() + 1.0
    used_up = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
    server = serve(first_n(1, Respond(403, {"message": "API rate limit exceeded"}, used_up)))
    seen: list[tuple[float, Any]] = []
    client = make(rt, server, rate_limit=False)
    object.__setattr__(client._config, "event_hook", lambda e: seen.append((time.time(), e)))
    client._request("GET", "/x")
    assert server.count == 2
    decided_at, retry = next((t, e) for t, e in seen if e.name == "retry")
    wait = retry.fields["wait"]
    # Bounds relative to when the client decided, so a busy machine cannot break them:
    if decided_at < reset - 0.05:  # (a stall past the reset leaves nothing to wait for)
        assert reset - decided_at - 0.1 <= wait <= reset - decided_at + 0.1
    assert server.gaps()[0] >= wait - 0.01  # and it really waited that long
    refused = serve(always(Respond(403, {"message": "Must have admin rights"})))
    with pytest.raises(rt.PermissionDeniedError):
        make(rt, refused)._request("GET", "/x")
    assert refused.count == 1  # a plain 403 is never retried


def test_wait_past_deadline_gives_up_early_with_last_error(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(503, {}, {"Retry-After": "3"})))
    events: list[Any] = []
    started = time.monotonic()
    with pytest.raises(rt.ServerError):
        make(rt, server, events, deadline=1.0)._request("GET", "/x")
    # The decision, not the wall clock (a busy machine can stretch any elapsed time):
    assert server.count == 1 and time.monotonic() - started < 3.0  # never slept Retry-After
    assert [e.fields["why"] for e in events if e.name == "give_up"] == ["deadline would pass"]


def test_stalled_server_times_out_within_deadline(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Stall(5)))
    started = time.monotonic()
    with pytest.raises(rt.APITimeoutError):
        make(rt, server, timeout=5.0, deadline=0.4)._request("GET", "/x")
    # lower bound: the deadline; upper: well under the 5 s attempt timeout (CPU-busy safe)
    assert 0.35 <= time.monotonic() - started < 4.0


def test_stall_per_attempt_timeout_then_retry(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Stall(5)))
    started = time.monotonic()
    with pytest.raises(rt.APITimeoutError):
        make(rt, server, timeout=0.2, deadline=5.0, max_attempts=2)._request("GET", "/x")
    assert server.count == 2 and 0.38 <= time.monotonic() - started < 1.2


def test_dribbling_body_hits_the_deadline(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Dribble(interval=0.02)))  # ~8 s for the whole body
    started = time.monotonic()
    with pytest.raises(rt.APITimeoutError, match="deadline"):
        make(rt, server, timeout=1.0, deadline=0.5)._request("GET", "/x")
    assert 0.45 <= time.monotonic() - started < 4.0  # the whole body takes ~8 s
    assert server.count == 1


@pytest.mark.parametrize(
    "dribble",
    [
        # 0.4 s of body, then silence: a read that started 0.4 s into a 0.6 s deadline
        # must not be allowed the whole per-attempt read timeout.
        Dribble(interval=0.02, chunk=4, stall_after=80),
        # the status line and headers a byte at a time: no read ever times out by itself
        Dribble(interval=0.02, chunk=1, dribble_head=True),
    ],
    ids=["stall-mid-body", "dribbled-headers"],
)
def test_socket_reads_are_bounded_by_the_deadline(
    rt: ModuleType, serve: Serve, dribble: Dribble
) -> None:
    server = serve(always(dribble))
    started = time.monotonic()
    with pytest.raises(rt.APITimeoutError, match="deadline"):
        make(rt, server, timeout=2.0, deadline=0.6)._request("GET", "/x")
    assert 0.55 <= time.monotonic() - started < 1.9  # the 2 s read timeout did not decide
    assert server.count == 1


def test_per_call_timeout_override(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Delay(0.3, Respond(200, {"late": True}))))
    client = make(rt, server, timeout=0.1, max_attempts=1)
    with pytest.raises(rt.APITimeoutError):
        client._request("GET", "/x")
    assert client._request("GET", "/x", timeout=2.0).json() == {"late": True}
    for bad in (0, -1, float("inf"), float("nan")):
        with pytest.raises(rt.ConfigurationError):
            client._request("GET", "/x", timeout=bad)


# -- bodies --------------------------------------------------------------------------


def test_garbage_json_raises_decoding_error(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200, b"{not json at all", {"request-id": "req_g"})))
    client = make(rt, server)
    response = client._request("GET", "/x")
    with pytest.raises(rt.DecodingError) as info:
        client._decode(response, dict)
    assert info.value.status_code == 200 and info.value.request_id == "req_g"
    assert "{not json" in info.value.body and "req_g" in str(info.value)


class Customer(msgspec.Struct):
    email: str


class Charge(msgspec.Struct):
    customer: Customer


class Page(msgspec.Struct):
    data: list[Charge]


def test_type_mismatch_reports_path(rt: ModuleType, serve: Serve) -> None:
    ok = {"customer": {"email": "a@b"}}
    server = serve(always(Respond(200, {"data": [ok, ok, ok, {"customer": {"email": None}}]})))
    client = make(rt, server)
    with pytest.raises(rt.DecodingError) as info:
        client._decode(client._request("GET", "/x"), Page)
    assert info.value.path == "$.data[3].customer.email"


@pytest.mark.parametrize("chunked", [False, True])
def test_huge_body_is_refused(rt: ModuleType, serve: Serve, chunked: bool) -> None:
    server = serve(always(Huge(size=200_000, chunked=chunked)))
    client = make(rt, server, max_response_bytes=10_000)
    with pytest.raises(rt.ResponseTooLargeError) as info:
        client._request("GET", "/x")
    assert info.value.limit == 10_000 and server.count == 1
    assert make(rt, server)._request("GET", "/x").status_code == 200


# -- budget, rate limits, logging ------------------------------------------------------------


def test_retry_budget_bounds_amplification(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(503)))
    events: list[Any] = []
    client = make(rt, server, events, retry_budget_ratio=0.0, retry_budget_tokens=2.0)
    for _ in range(3):
        with pytest.raises(rt.ServerError):
            client._request("GET", "/x")
    assert server.count == 3 + 2  # two retries in total, then none
    assert [e.fields["why"] for e in events if e.name == "give_up"][-1] == (
        "retry budget exhausted"
    )


def test_rate_limit_headers_delay_the_next_call(rt: ModuleType, serve: Serve) -> None:
    server = serve(
        first_n(1, Respond(200, {}, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0.3"}))
    )
    events: list[Any] = []
    client = make(rt, server, events)
    client._request("GET", "/x")
    client._request("GET", "/x")
    assert server.gaps()[0] >= 0.28
    assert [e.name for e in events] == ["rate_limit_wait"]
    no_limit = serve(
        first_n(1, Respond(200, {}, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0.3"}))
    )
    client = make(rt, no_limit, rate_limit=False)
    client._request("GET", "/x")
    client._request("GET", "/x")
    assert no_limit.gaps()[0] < 0.2


def test_retry_events_are_logged(
    rt: ModuleType, serve: Serve, caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(first_n(1, Respond(502, {}, {"request-id": "req_log"})))
    with caplog.at_level(logging.INFO, logger="integration_runtime"):
        make(rt, server)._request("GET", "/v1/log")
    (record,) = [r for r in caplog.records if r.name == "integration_runtime"]
    message = record.getMessage()
    assert message.startswith("retry ") and "attempt=1" in message
    assert "request_id=req_log" in message and "wait=" in message and "'HTTP 502'" in message
    assert record.integration_event.fields["path"] == "/v1/log"  # type: ignore[attr-defined]


def test_broken_hook_does_not_break_the_call(rt: ModuleType, serve: Serve) -> None:
    def hook(_event: object) -> None:
        raise RuntimeError("boom")

    server = serve(first_n(1, Respond(503)))
    client = make(rt, server, event_hook=hook)
    assert client._request("GET", "/x").status_code == 200


def test_other_origin_refused(rt: ModuleType, serve: Serve) -> None:
    server = serve()
    client = make(rt, server, auth=rt.BearerAuth("sk_x_1234"))
    with pytest.raises(rt.ConfigurationError):
        client._request("GET", "https://evil.example.com/steal")
    assert client._request("GET", f"{server.url}/ok?page=2").status_code == 200
    assert server.requests[0].target == "/ok?page=2"


def test_subdomains_only_when_allowed(rt: ModuleType) -> None:
    """``allow_subdomains`` (S3's virtual-hosted buckets) admits ``x.<host>`` with the
    same scheme and port, and nothing else; off, a subdomain is another origin."""
    answer = httpx.MockTransport(lambda request: httpx.Response(200))
    base = "https://s3.example.com"
    strict = rt.SyncAPIClient(rt.ClientConfig(base), None, transport=answer)
    with pytest.raises(rt.ConfigurationError, match="another origin"):
        strict._request("GET", "https://bucket.s3.example.com/k")
    loose = rt.SyncAPIClient(rt.ClientConfig(base, allow_subdomains=True), None, transport=answer)
    assert loose._request("GET", "https://bucket.s3.example.com/k").status_code == 200
    for other in (
        "https://s3.example.com.evil.test/k",
        "https://evils3.example.com/k",
        "http://bucket.s3.example.com/k",
        "https://bucket.s3.example.com:8443/k",
    ):
        with pytest.raises(rt.ConfigurationError, match="another origin"):
            loose._request("GET", other)


def test_idempotent_post_is_retried_plain_post_is_not(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(1, Respond(500)))
    client = make(rt, server, backoff_base=0.001)
    assert client._request("POST", "/complete", idempotent=True).status_code == 200
    assert server.count == 2
    with pytest.raises(rt.ServerError):
        make(rt, serve(first_n(1, Respond(500))))._request("POST", "/create")


def test_multipart_upload_retried_with_same_body(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(1, Respond(503)))
    client = make(rt, server, idempotency_header="Idempotency-Key")
    client._request(
        "POST", "/files", form={"purpose": "x"}, files={"file": ("a.txt", b"hello", "text/plain")}
    )
    assert server.count == 2
    for request in server.requests:
        assert b"hello" in request.body and b'name="purpose"' in request.body
