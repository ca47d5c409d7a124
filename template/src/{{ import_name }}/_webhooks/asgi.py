"""ASGI adapter (Starlette, FastAPI, any ASGI server); needs no framework import.

``WebhookASGIApp(router)`` is a plain ASGI application: mount it
(``app.mount("/hooks/stripe", WebhookASGIApp(router))``) or use it as a Starlette
``Route`` endpoint. ``starlette_endpoint(router)`` gives an ``async def (request)``
endpoint for FastAPI/Starlette routes instead. The raw body is read with the router's
size limit enforced while streaming, and the (blocking) verification + inbox commit +
handler run in a worker thread; an ``async def`` handler is awaited on the server's loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ._async import call_with_loop
from .router import WebhookResponse, WebhookRouter

__all__ = ["WebhookASGIApp", "request_url", "starlette_endpoint"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


async def run_sync(fn: Callable[..., WebhookResponse], *args: Any) -> WebhookResponse:
    """Run ``fn`` in a worker thread; async handlers it calls are awaited on this loop."""
    loop = asyncio.get_running_loop()
    try:
        import anyio.to_thread  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - anyio ships with Starlette
        return await asyncio.to_thread(call_with_loop, loop, fn, *args)
    result: WebhookResponse = await anyio.to_thread.run_sync(call_with_loop, loop, fn, *args)
    return result


def request_url(
    scheme: str,
    host: str,
    raw_path: str,
    query: str,
    public_base_url: str | None = None,
) -> str:
    """The URL the provider requested; ``public_base_url`` (e.g.
    ``"https://hooks.example.com"``) replaces scheme and host behind a proxy."""
    base = public_base_url.rstrip("/") if public_base_url else f"{scheme}://{host}"
    return f"{base}{raw_path}{'?' + query if query else ''}"


def _scope_url(
    scope: Scope, headers: dict[str, str], public_base_url: str | None, trust_forwarded: bool
) -> str:
    scheme = str(scope.get("scheme", "http"))
    host = headers.get("host", "")
    if not host and scope.get("server"):
        server_host, port = scope["server"]
        host = f"{server_host}:{port}"
    if trust_forwarded:
        scheme = headers.get("x-forwarded-proto", scheme).split(",")[0].strip()
        host = headers.get("x-forwarded-host", host).split(",")[0].strip()
    raw = scope.get("raw_path")
    if raw:
        path = bytes(raw).decode("latin-1")
    else:
        from urllib.parse import quote

        path = quote(str(scope.get("root_path", "")) + str(scope.get("path", "/")))
    query = bytes(scope.get("query_string", b"")).decode("latin-1")
    return request_url(scheme, host, path, query, public_base_url)


async def _send(send: Send, response: WebhookResponse) -> None:
    payload = response.json_bytes()
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
    headers.append((b"content-length", str(len(payload)).encode("ascii")))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


def _error(status: int, reason: str) -> WebhookResponse:
    return WebhookResponse(status, {"ok": False, "error": reason})


class WebhookASGIApp:
    """ASGI app that feeds POSTed deliveries to ``router``.

    ``public_base_url`` / ``trust_forwarded`` control the URL given to URL-signing
    schemes (Twilio); only trust ``X-Forwarded-*`` behind a proxy that sets them.
    """

    def __init__(
        self,
        router: WebhookRouter,
        *,
        public_base_url: str | None = None,
        trust_forwarded: bool = False,
    ) -> None:
        self.router = router
        self.public_base_url = public_base_url
        self.trust_forwarded = trust_forwarded

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope.get("method") != "POST":
            await _send(send, _error(405, "method not allowed"))
            return
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope.get("headers", []):
            name = bytes(raw_name).decode("latin-1").lower()
            value = bytes(raw_value).decode("latin-1")
            headers[name] = f"{headers[name]},{value}" if name in headers else value
        limit = self.router.max_body_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await _send(send, _error(413, "payload too large"))
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = bytes(message.get("body", b""))
            size += len(chunk)
            if size > limit:
                await _send(send, _error(413, "payload too large"))
                return
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        body = b"".join(chunks)
        url = _scope_url(scope, headers, self.public_base_url, self.trust_forwarded)
        response = await run_sync(self.router.handle, body, headers, url)
        await _send(send, response)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def starlette_endpoint(
    router: WebhookRouter,
    *,
    public_base_url: str | None = None,
    trust_forwarded: bool = False,
) -> Callable[[Any], Awaitable[Any]]:
    """``async def endpoint(request) -> Response`` for Starlette/FastAPI routes, e.g.
    ``app.add_api_route("/hooks/stripe", starlette_endpoint(router), methods=["POST"])``.
    """

    async def endpoint(request: Any) -> Any:
        from starlette.responses import Response  # type: ignore[import-not-found,unused-ignore]

        headers: dict[str, str] = {}
        for name, value in request.headers.items():
            headers[name] = f"{headers[name]},{value}" if name in headers else value
        limit = router.max_body_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            response = _error(413, "payload too large")
        else:
            chunks: list[bytes] = []
            size = 0
            too_large = False
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    too_large = True
                    break
                chunks.append(chunk)
            if too_large:
                response = _error(413, "payload too large")
            else:
                url = _scope_url(request.scope, headers, public_base_url, trust_forwarded)
                response = await run_sync(router.handle, b"".join(chunks), headers, url)
        return Response(
            response.json_bytes(), status_code=response.status, media_type="application/json"
        )

    return endpoint
