# mypy: disable-error-code="import-not-found,name-defined,misc"
"""Redirect policy against a real server on 127.0.0.1: follow GET/HEAD on the same
origin up to ``max_redirects``, refuse everything else with a typed RedirectError."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Recorded, Respond, ScriptedServer, always

Serve = Callable[..., ScriptedServer]
SECRET = "sk_test_REDIRECTSECRET_77"


def make(rt: ModuleType, server: ScriptedServer, **overrides: Any) -> Any:
    options: dict[str, Any] = {"timeout": 2.0, "deadline": 5.0, "breaker": None}
    options.update(overrides)
    return rt.SyncAPIClient(
        rt.ClientConfig(server.url, **options), rt.BearerAuth(rt.Secret(SECRET))
    )


def moved(_index: int, request: Recorded) -> Respond:
    head = request.method == "HEAD"  # no body on HEAD, or the connection desyncs
    if request.path == "/old":
        body = b"" if head else b'{"id": "not-the-result"}'
        return Respond(302, body, {"Location": "/new?page=2"})
    return Respond(200, b"" if head else b'{"id": "the-result"}')


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_redirect_same_origin_get_head_followed_with_credentials(
    rt: ModuleType, serve: Serve, method: str
) -> None:
    server = serve(moved)
    response = make(rt, server)._request(method, "/old")
    assert response.status_code == 200
    assert [r.target for r in server.requests] == ["/old", "/new?page=2"]
    assert server.requests[1].headers["authorization"] == f"Bearer {SECRET}"
    if method == "GET":
        assert response.json() == {"id": "the-result"}


def test_redirect_async_followed(rt: ModuleType, serve: Serve) -> None:
    server = serve(moved)

    async def main() -> int:
        config = rt.ClientConfig(server.url, breaker=None)
        async with rt.AsyncAPIClient(config) as client:
            return int((await client._request("GET", "/old")).status_code)

    assert asyncio.run(main()) == 200
    assert server.count == 2


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_redirect_of_other_methods_is_a_redirect_error(
    rt: ModuleType, serve: Serve, method: str
) -> None:
    server = serve(moved)
    with pytest.raises(rt.RedirectError) as info:
        make(rt, server)._request(method, "/old", json={"a": 1})
    assert info.value.location == "/new?page=2" and info.value.status_code == 302
    assert server.count == 1  # never replayed elsewhere, and the 3xx body is no result


def test_redirect_cross_origin_refused_credentials_never_sent(rt: ModuleType, serve: Serve) -> None:
    other = serve(always(Respond(200)))
    server = serve(always(Respond(301, {}, {"Location": f"http://localhost:{other.port}/x"})))
    with pytest.raises(rt.RedirectError) as info:
        make(rt, server)._request("GET", "/old")
    assert info.value.location == f"http://localhost:{other.port}/x"
    assert "another origin" in str(info.value)
    assert other.count == 0


def test_redirect_loop_stops_at_max_redirects(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(307, {}, {"Location": "/loop"})))
    with pytest.raises(rt.RedirectError) as info:
        make(rt, server, max_redirects=3)._request("GET", "/loop")
    assert server.count == 1 + 3
    assert "more than 3 redirects" in str(info.value)


def test_redirect_max_zero_follows_nothing(rt: ModuleType, serve: Serve) -> None:
    server = serve(moved)
    with pytest.raises(rt.RedirectError):
        make(rt, server, max_redirects=0)._request("GET", "/old")
    assert server.count == 1


def test_redirect_without_location_is_never_decoded(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(302, {"id": "looks-like-a-result"})))
    with pytest.raises(rt.RedirectError) as info:
        make(rt, server)._request("GET", "/old")
    assert info.value.location is None and server.count == 1


def test_redirect_location_is_scrubbed(rt: ModuleType, serve: Serve) -> None:
    server = serve(always(Respond(302, {}, {"Location": f"https://evil.example/?k={SECRET}"})))
    with pytest.raises(rt.RedirectError) as info:
        make(rt, server)._request("GET", "/old")
    assert SECRET not in str(info.value) and SECRET not in str(info.value.location)
