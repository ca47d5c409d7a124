"""Canned replies and the failures a MockClient can inject."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._runtime.errors import CircuitOpenError

__all__ = ["FAILURES", "Reply", "failure"]


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
