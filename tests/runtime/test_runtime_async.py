# mypy: disable-error-code="import-not-found"
"""The asyncio client against the same real server (each test runs its own loop)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Dribble, Huge, Reset, Respond, ScriptedServer, Stall, always, first_n

Serve = Callable[..., ScriptedServer]


def make(rt: ModuleType, server: ScriptedServer, **overrides: Any) -> Any:
    options: dict[str, Any] = {
        "timeout": 2.0,
        "deadline": 5.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "breaker": None,
        "request_id_headers": ("request-id",),
    }
    options.update(overrides)
    return rt.AsyncAPIClient(rt.ClientConfig(server.url, **options))


def test_async_retries_then_succeeds_with_same_key(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(2, Respond(500)))

    async def main() -> int:
        async with make(rt, server, idempotency_header="Idempotency-Key") as client:
            response = await client._request("POST", "/v1/x", form={"a": 1})
            assert client.last_response is response
            return int(response.status_code)

    assert asyncio.run(main()) == 200
    keys = {r.headers["idempotency-key"] for r in server.requests}
    assert server.count == 3 and len(keys) == 1


def test_async_4xx_and_5xx_errors(rt: ModuleType, serve: Serve) -> None:
    server = serve(
        always(Respond(404, {"error": {"message": "no such thing"}}, {"request-id": "req_a"}))
    )

    async def main() -> None:
        async with make(rt, server) as client:
            with pytest.raises(rt.NotFoundError) as info:
                await client._request("GET", "/x")
            assert info.value.request_id == "req_a" and "no such thing" in str(info.value)

    asyncio.run(main())
    assert server.count == 1


def test_async_post_without_key_not_retried_on_reset(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Reset()))

    async def main() -> None:
        async with make(rt, server) as client:
            with pytest.raises(rt.TransportError):
                await client._request("POST", "/x", json={"a": 1})
            with pytest.raises(rt.TransportError):
                await client._request("GET", "/x")

    asyncio.run(main())
    assert server.count == 1 + 3


def test_async_stall_and_dribble_hit_the_deadline(rt: ModuleType, serve: Serve) -> None:
    stall = serve(always(Stall(5)))
    dribble = serve(always(Dribble(interval=0.02)))

    async def main() -> list[float]:
        durations = []
        for server in (stall, dribble):
            async with make(rt, server, timeout=1.0, deadline=0.4) as client:
                started = time.monotonic()
                with pytest.raises(rt.APITimeoutError):
                    await client._request("GET", "/x")
                durations.append(time.monotonic() - started)
        return durations

    for duration in asyncio.run(main()):
        assert 0.35 <= duration < 0.9


def test_async_socket_reads_are_bounded_by_the_deadline(rt: ModuleType, serve: Serve) -> None:
    stalls_mid_body = serve(always(Dribble(interval=0.02, chunk=4, stall_after=80)))
    dribbled_headers = serve(always(Dribble(interval=0.02, chunk=1, dribble_head=True)))

    async def main() -> list[float]:
        durations = []
        for server in (stalls_mid_body, dribbled_headers):
            async with make(rt, server, timeout=2.0, deadline=0.6) as client:
                started = time.monotonic()
                with pytest.raises(rt.APITimeoutError, match="deadline"):
                    await client._request("GET", "/x")
                durations.append(time.monotonic() - started)
        return durations

    for duration in asyncio.run(main()):
        assert 0.55 <= duration < 0.8


def test_async_retry_after_and_huge_body(rt: ModuleType, serve: Serve) -> None:
    hinted = serve(first_n(1, Respond(503, {}, {"retry-after-ms": "150"})))
    huge = serve(always(Huge(size=100_000, chunked=True)))

    async def main() -> None:
        async with make(rt, hinted) as client:
            await client._request("GET", "/x")
        async with make(rt, huge, max_response_bytes=5_000) as client:
            with pytest.raises(rt.ResponseTooLargeError):
                await client._request("GET", "/x")

    asyncio.run(main())
    assert hinted.gaps()[0] >= 0.14


def test_async_concurrent_calls(rt: ModuleType, serve: Serve) -> None:
    server = serve(first_n(10, Respond(503)))

    async def main() -> list[int]:
        # 11 attempts: under load one call may draw several of the ten 503s in a row
        async with make(rt, server, retry_budget_tokens=None, max_attempts=11) as client:
            results = await asyncio.gather(*(client._request("GET", "/x") for _ in range(20)))
            return [r.status_code for r in results]

    assert asyncio.run(main()) == [200] * 20
    assert server.count == 30


def test_async_decode(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(200, b"[1, 2, oops")))

    async def main() -> None:
        async with make(rt, server) as client:
            response = await client._request("GET", "/x")
            with pytest.raises(rt.DecodingError):
                client._decode(response, list[int])

    asyncio.run(main())
