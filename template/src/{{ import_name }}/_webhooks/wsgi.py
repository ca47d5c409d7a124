"""WSGI adapter (Flask, Django via WSGI, any WSGI server); needs no framework import.

``WebhookWSGIApp(router)`` is a plain WSGI application (mount it with Werkzeug's
``DispatcherMiddleware``); ``flask_view(router)`` gives a Flask view function:
``app.add_url_rule("/hooks/stripe", view_func=flask_view(router), methods=["POST"])``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote

from .router import WebhookResponse, WebhookRouter

__all__ = ["WebhookWSGIApp", "environ_headers", "environ_url", "flask_view", "read_body"]

StartResponse = Callable[..., Any]


class BodyTooLargeError(Exception):
    pass


def environ_headers(environ: Mapping[str, Any]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for key, value in environ.items():
        if key.startswith("HTTP_"):
            headers[key[5:].replace("_", "-").lower()] = str(value)
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.replace("_", "-").lower()] = str(environ[key])
    return headers


def environ_url(
    environ: Mapping[str, Any],
    headers: Mapping[str, str],
    public_base_url: str | None = None,
    trust_forwarded: bool = False,
) -> str:
    """The requested URL, keeping the raw path and query when the server exposes them."""
    scheme = str(environ.get("wsgi.url_scheme", "http"))
    host = headers.get("host") or (
        f"{environ.get('SERVER_NAME', '')}:{environ.get('SERVER_PORT', '')}"
    )
    if trust_forwarded:
        scheme = headers.get("x-forwarded-proto", scheme).split(",")[0].strip()
        host = headers.get("x-forwarded-host", host).split(",")[0].strip()
    raw_uri = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if raw_uri:
        path_query = str(raw_uri)
    else:
        path = str(environ.get("SCRIPT_NAME", "")) + str(environ.get("PATH_INFO", ""))
        # PEP 3333 hands PATH_INFO over as latin-1-decoded bytes.
        path = quote(path.encode("latin-1"), safe="/:@!$&'()*+,;=-._~")
        query = str(environ.get("QUERY_STRING", ""))
        path_query = path + ("?" + query if query else "")
    base = public_base_url.rstrip("/") if public_base_url else f"{scheme}://{host}"
    return base + path_query


def read_body(stream: Any, declared: str, limit: int, terminated: bool = False) -> bytes:
    """Read the body (``Content-Length`` bytes, or to EOF when the server says the input
    is terminated); raise :class:`BodyTooLargeError` beyond ``limit`` without reading it all."""
    if declared.isdigit():
        remaining = int(declared)
        if remaining > limit:
            raise BodyTooLargeError
    elif terminated:
        remaining = limit + 1
    else:
        return b""
    chunks: list[bytes] = []
    size = 0
    while remaining > 0:
        chunk = stream.read(min(65536, remaining))
        if not chunk:
            break
        size += len(chunk)
        remaining -= len(chunk)
        if size > limit:
            raise BodyTooLargeError
        chunks.append(chunk)
    return b"".join(chunks)


def _error(status: int, reason: str) -> WebhookResponse:
    return WebhookResponse(status, {"ok": False, "error": reason})


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    413: "Content Too Large",
    422: "Unprocessable Content",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class WebhookWSGIApp:
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

    def respond(self, environ: Mapping[str, Any], stream: Any = None) -> WebhookResponse:
        if environ.get("REQUEST_METHOD") != "POST":
            return _error(405, "method not allowed")
        headers = environ_headers(environ)
        try:
            body = read_body(
                environ["wsgi.input"] if stream is None else stream,
                headers.get("content-length", ""),
                self.router.max_body_bytes,
                terminated=bool(environ.get("wsgi.input_terminated")),
            )
        except BodyTooLargeError:
            return _error(413, "payload too large")
        url = environ_url(environ, headers, self.public_base_url, self.trust_forwarded)
        return self.router.handle(body, headers, url)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        response = self.respond(environ)
        payload = response.json_bytes()
        status = f"{response.status} {_REASONS.get(response.status, 'Error')}"
        start_response(status, [*response.headers, ("Content-Length", str(len(payload)))])
        return [payload]


def flask_view(
    router: WebhookRouter,
    *,
    public_base_url: str | None = None,
    trust_forwarded: bool = False,
) -> Callable[[], Any]:
    """A Flask view reading the raw body from the WSGI stream (not ``request.form``)."""
    app = WebhookWSGIApp(router, public_base_url=public_base_url, trust_forwarded=trust_forwarded)

    def view() -> Any:
        from flask import Response, request  # type: ignore[import-not-found,unused-ignore]

        response = app.respond(request.environ, request.stream)
        return Response(response.json_bytes(), status=response.status, mimetype="application/json")

    view.__name__ = f"webhook_{router.provider.replace('-', '_')}"
    return view
