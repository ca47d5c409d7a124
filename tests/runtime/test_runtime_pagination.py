# mypy: disable-error-code="import-not-found,no-any-return"
"""Pagination helpers against real paged endpoints (Stripe, GitHub, Twilio styles)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import httpx
import msgspec
from ik_rt_server import Recorded, Respond, ScriptedServer

Serve = Callable[..., ScriptedServer]
ITEMS = [{"id": f"obj_{i:02d}"} for i in range(23)]


def stripe_like(_index: int, request: Recorded) -> Respond:
    query = parse_qs(request.query)
    limit = int(query.get("limit", ["10"])[0])
    start = 0
    if "starting_after" in query:
        start = [i["id"] for i in ITEMS].index(query["starting_after"][0]) + 1
    page = ITEMS[start : start + limit]
    return Respond(200, {"object": "list", "data": page, "has_more": start + limit < len(ITEMS)})


def github_like(server_url: Callable[[], str]) -> Callable[[int, Recorded], Respond]:
    def behaviour(_index: int, request: Recorded) -> Respond:
        page = int(parse_qs(request.query).get("page", ["1"])[0])
        per_page = 10
        body = ITEMS[(page - 1) * per_page : page * per_page]
        headers = {}
        if page * per_page < len(ITEMS):
            headers["Link"] = (
                f'<{server_url()}/user/repos?page={page + 1}>; rel="next", '
                f'<{server_url()}/user/repos?page=3>; rel="last"'
            )
        return Respond(200, body, headers)

    return behaviour


def twilio_like(_index: int, request: Recorded) -> Respond:
    page = int(parse_qs(request.query).get("Page", ["0"])[0])
    body = ITEMS[page * 10 : page * 10 + 10]
    next_uri = (
        f"/2010-04-01/Accounts/AC1/Messages.json?Page={page + 1}&PageToken=PA{page}"
        if (page + 1) * 10 < len(ITEMS)
        else None
    )
    return Respond(200, {"messages": body, "next_page_uri": next_uri})


class Obj(msgspec.Struct):
    id: str


class StripePage(msgspec.Struct):
    data: list[Obj]
    has_more: bool


def client(rt: ModuleType, server: ScriptedServer) -> Any:
    return rt.SyncAPIClient(rt.ClientConfig(server.url, breaker=None))


def test_iter_cursor_stripe_style(rt: ModuleType, serve: Serve) -> None:
    server = serve(stripe_like)
    api = client(rt, server)

    def fetch(cursor: str | None) -> StripePage:
        params = {"limit": 10, "starting_after": cursor}
        return api._decode(api._request("GET", "/v1/customers", params=params), StripePage)

    ids = [o.id for o in rt.iter_cursor(fetch, lambda page: page.data)]
    assert ids == [i["id"] for i in ITEMS]
    assert server.count == 3
    assert "starting_after" not in server.requests[0].query
    assert parse_qs(server.requests[1].query)["starting_after"] == ["obj_09"]


def test_iter_cursor_openai_last_id_and_max_pages(rt: ModuleType) -> None:
    pages = {
        None: {"data": [1, 2], "has_more": True, "last_id": "b"},
        "b": {"data": [3], "has_more": True, "last_id": "c"},
        "c": {"data": [4], "has_more": False},
    }
    seen: list[str | None] = []

    def fetch(cursor: str | None) -> dict[str, Any]:
        seen.append(cursor)
        return pages[cursor]

    assert list(rt.iter_cursor(fetch, lambda p: p["data"])) == [1, 2, 3, 4]
    assert seen == [None, "b", "c"]
    assert list(rt.iter_cursor(fetch, lambda p: p["data"], max_pages=2)) == [1, 2, 3]


def test_iter_cursor_stops_on_repeated_cursor(rt: ModuleType) -> None:
    calls = []

    def fetch(cursor: str | None) -> dict[str, Any]:
        calls.append(cursor)
        return {"data": [{"id": "same"}], "has_more": True}

    assert len(list(rt.iter_cursor(fetch, lambda p: p["data"]))) == 2
    assert calls == [None, "same"]


def test_iter_link_header_github_style(rt: ModuleType, serve: Serve) -> None:
    holder: list[ScriptedServer] = []
    server = serve(github_like(lambda: holder[0].url))
    holder.append(server)
    api = client(rt, server)

    def fetch(url: str | None) -> httpx.Response:
        if url is None:
            return api._request("GET", "/user/repos", params={"page": 1})
        return api._request("GET", url)

    ids = [o["id"] for o in rt.iter_link_header(fetch, lambda r: r.json())]
    assert ids == [i["id"] for i in ITEMS] and server.count == 3


def test_iter_next_uri_twilio_style(rt: ModuleType, serve: Serve) -> None:
    server = serve(twilio_like)
    api = client(rt, server)

    def fetch(uri: str | None) -> dict[str, Any]:
        path = uri or "/2010-04-01/Accounts/AC1/Messages.json"
        result: dict[str, Any] = api._request("GET", path).json()
        return result

    ids = [m["id"] for m in rt.iter_next_uri(fetch, lambda p: p["messages"])]
    assert ids == [i["id"] for i in ITEMS]
    assert server.requests[2].target.endswith("Page=2&PageToken=PA1")


def test_async_pagination(rt: ModuleType, serve: Serve) -> None:
    stripe = serve(stripe_like)
    twilio = serve(twilio_like)
    holder: list[ScriptedServer] = []
    github = serve(github_like(lambda: holder[0].url))
    holder.append(github)

    async def main() -> tuple[list[str], list[str], list[str]]:
        a = rt.AsyncAPIClient(rt.ClientConfig(stripe.url, breaker=None))
        b = rt.AsyncAPIClient(rt.ClientConfig(twilio.url, breaker=None))
        c = rt.AsyncAPIClient(rt.ClientConfig(github.url, breaker=None))

        async def fetch_a(cursor: str | None) -> Any:
            response = await a._request("GET", "/v1/x", params={"starting_after": cursor})
            return a._decode(response, StripePage)

        async def fetch_b(uri: str | None) -> Any:
            return (await b._request("GET", uri or "/2010-04-01/Accounts/AC1/M.json")).json()

        async def fetch_c(url: str | None) -> httpx.Response:
            return await c._request("GET", url or "/user/repos")

        first = [o.id async for o in rt.aiter_cursor(fetch_a, lambda p: p.data)]
        second = [m["id"] async for m in rt.aiter_next_uri(fetch_b, lambda p: p["messages"])]
        third = [m["id"] async for m in rt.aiter_link_header(fetch_c, lambda r: r.json())]
        for api in (a, b, c):
            await api.aclose()
        return first, second, third

    expected = [i["id"] for i in ITEMS]
    assert asyncio.run(main()) == (expected, expected, expected)
