# mypy: disable-error-code="import-not-found,name-defined,misc"
"""Per-call options, raw responses and ``with_options`` against a server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import threading
import warnings
from collections.abc import Callable
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import msgspec
import pytest
from ik_rt_server import Respond, ScriptedServer, always, first_n

Serve = Callable[..., ScriptedServer]


def make(rt: ModuleType, server: ScriptedServer, **overrides: Any) -> Any:
    options: dict[str, Any] = {
        "timeout": 2.0,
        "deadline": 5.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.02,
        "breaker": None,
        "request_id_headers": ("request-id",),
        **overrides,
    }
    return rt.SyncAPIClient(rt.ClientConfig(server.url, **options))


def test_not_given_is_a_falsy_singleton(rt: ModuleType) -> None:
    assert rt.NotGiven() is rt.NOT_GIVEN
    assert not rt.NOT_GIVEN
    assert repr(rt.NOT_GIVEN) == "NOT_GIVEN"
    assert rt.given({"a": 1, "b": rt.NOT_GIVEN, "c": None}) == {"a": 1, "c": None}


def test_extra_headers_query_and_body_reach_the_wire(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200, {"ok": True})))
    with make(rt, server) as client:
        client._request(
            "POST",
            "/v1/things",
            params={"a": "1"},
            json={"name": "n", "nested": {"k": 1}},
            extra_headers={"X-Extra": "yes"},
            extra_query={"b": "2"},
            extra_body={"added": True, "name": "override"},
        )
        client._request("POST", "/v1/form", form={"x": "1"}, extra_body={"meta": {"k": "v"}})
    sent, form = server.requests
    assert sent.headers["x-extra"] == "yes"
    assert parse_qsl(sent.query) == [("a", "1"), ("b", "2")]
    assert msgspec.json.decode(sent.body) == {"name": "override", "nested": {"k": 1}, "added": True}
    assert parse_qsl(form.body.decode()) == [("x", "1"), ("meta[k]", "v")]


def test_max_retries_per_call_overrides_the_config(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(503)))
    with make(rt, server, max_attempts=4) as client:
        with pytest.raises(rt.ServerError):
            client._request("GET", "/v1/down", max_retries=0)
        assert len(server.requests) == 1
        with pytest.raises(rt.ServerError):
            client._request("GET", "/v1/down", max_retries=1)
        assert len(server.requests) == 3
        with pytest.raises(rt.ConfigurationError, match="max_retries"):
            client._request("GET", "/v1/down", max_retries=-1)
    assert len(server.requests) == 3


def test_idempotency_key_is_the_callers_on_every_attempt(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(1, Respond(500), then=Respond(200, {})))
    with make(rt, server, idempotency_header="Idempotency-Key") as client:
        client._request("POST", "/v1/pay", json={}, idempotency_key="key-1")
    assert [r.headers["idempotency-key"] for r in server.requests] == ["key-1", "key-1"]
    with make(rt, server) as plain, pytest.raises(rt.ConfigurationError, match="idempotency"):
        plain._request("POST", "/v1/pay", json={}, idempotency_key="key-1")


def test_raw_response_is_per_call_and_parses_once(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200, {"n": 1}, headers={"request-id": "req_9"})))
    parsed: list[int] = []

    def parse(response: Any) -> int:
        parsed.append(1)
        return int(response.json()["n"])

    with make(rt, server) as client:

        def call() -> int:
            result: int = client._result(client._request("GET", "/v1/n"), parse)
            return result

        raw = rt.to_raw_response_wrapper(call)()
        assert isinstance(raw, rt.RawResponse)
        assert (raw.status_code, raw.request_id, raw.method) == (200, "req_9", "GET")
        assert raw.parse() == 1 and raw.parse() == 1 and parsed == [1]
        assert call() == 1  # outside the wrapper: the parsed value, not a RawResponse


def test_raw_responses_of_concurrent_calls_do_not_mix(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200, {})))
    seen: dict[str, str] = {}
    with make(rt, server) as client:

        def call(path: str) -> None:
            raw = rt.to_raw_response_wrapper(
                lambda: client._result(client._request("GET", path), lambda r: None)
            )()
            seen[path] = raw.url.path

        threads = [threading.Thread(target=call, args=(f"/v1/t/{i}",)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert seen == {f"/v1/t/{i}": f"/v1/t/{i}" for i in range(8)}


def test_async_raw_response_wrapper(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(201, {})))

    async def scenario() -> Any:
        config = rt.ClientConfig(server.url, breaker=None)
        async with rt.AsyncAPIClient(config) as client:

            async def call() -> Any:
                response = await client._request("POST", "/v1/a", json={})
                return client._result(response, lambda r: None)

            return await rt.async_to_raw_response_wrapper(call)()

    raw = asyncio.run(scenario())
    assert raw.status_code == 201


def test_with_options_copies_settings_and_shares_the_pool(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(503)))
    with make(rt, server, max_attempts=3) as client:
        copy = client.with_options(max_retries=0, timeout=1.5, default_headers={"X-Team": "a"})
        assert copy._http is client._http
        assert copy.config.max_attempts == 1 and copy.config.timeout == 1.5
        assert client.config.max_attempts == 3 and client.config.timeout == 2.0
        with pytest.raises(rt.ServerError):
            copy._request("GET", "/v1/x")
        assert len(server.requests) == 1
        assert server.requests[0].headers["x-team"] == "a"
        copy.close()  # the copy does not own the pool: the original still works
        with pytest.raises(rt.ServerError):
            client._request("GET", "/v1/x")
    assert len(server.requests) == 4
    assert "x-team" not in server.requests[-1].headers


def test_last_response_is_deprecated(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200, {})))
    with make(rt, server) as client:
        client._request("GET", "/v1/x")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert client.last_response is not None
    assert any("with_raw_response" in str(w.message) for w in caught)
