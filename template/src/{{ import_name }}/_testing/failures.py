"""Canned replies and the failures a MockClient can inject."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._runtime.errors import CircuitOpenError

__all__ = ["FAILURES", "Reply", "StreamReply", "failure"]


@dataclass
class Reply:
    """An HTTP answer: status, body (encoded as JSON unless bytes/str) and headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def response(self, request: httpx.Request, encode: Callable[[Any], bytes]) -> httpx.Response:
        headers = dict(self.headers)
        if self.body is None or self.status == 204:
            return httpx.Response(self.status, headers=headers, request=request)
        headers.setdefault("content-type", "application/json")
        return httpx.Response(
            self.status, headers=headers, content=encode(self.body), request=request
        )


@dataclass
class StreamReply:
    """A ``text/event-stream`` answer: one ``data:`` event per chunk (encoded as JSON
    unless str), then ``data: [DONE]``; ``fail_after=k`` drops the connection after the
    k-th chunk instead (the client raises ``StreamInterruptedError``)."""

    chunks: list[Any]
    fail_after: int | None = None
    done: bool = True
    headers: dict[str, str] = field(default_factory=dict)

    def response(self, request: httpx.Request, encode: Callable[[Any], bytes]) -> httpx.Response:
        headers = {"content-type": "text/event-stream", **self.headers}
        events = [b"data: " + encode(chunk) + b"\n\n" for chunk in self.chunks]
        if self.done:
            events.append(b"data: [DONE]\n\n")
        body = _EventBody(events, self.fail_after)
        return httpx.Response(200, headers=headers, stream=body, request=request)


class _EventBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, events: list[bytes], fail_after: int | None) -> None:
        self._events = events
        self._fail_after = fail_after

    def _pieces(self) -> list[bytes | None]:
        if self._fail_after is None:
            return list(self._events)
        return [*self._events[: self._fail_after], None]

    def __iter__(self) -> Iterator[bytes]:
        for piece in self._pieces():
            if piece is None:
                raise httpx.ReadError("mock: the connection dropped mid-stream")
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces():
            if piece is None:
                raise httpx.ReadError("mock: the connection dropped mid-stream")
            yield piece


def _timeout() -> BaseException:
    return httpx.ReadTimeout("mock: the server did not answer in time")


def _circuit_open() -> BaseException:
    return CircuitOpenError("mock: circuit open", retry_at=time.time() + 30.0, key="mock")


FAILURES: dict[str, Callable[[], Any]] = {
    "rate_limit": lambda: Reply(
        429, {"error": {"message": "mock: rate limited"}}, {"Retry-After": "0"}
    ),
    "server_error": lambda: Reply(500, {"error": {"message": "mock: server error"}}),
    "unavailable": lambda: Reply(503, {"error": {"message": "mock: unavailable"}}),
    "timeout": _timeout,
    "circuit_open": _circuit_open,
}


def failure(kind: str) -> Any:
    """A fresh outcome for the failure ``kind`` (see ``FAILURES``)."""
    try:
        return FAILURES[kind]()
    except KeyError:
        raise ValueError(f"unknown failure {kind!r}; use one of {sorted(FAILURES)}") from None
