"""The call deadline, enforced on every socket operation of the transports we build.

httpx applies its read timeout to each socket read separately, so a server that
sends a byte just before every timeout (or sends part of a body and then stalls)
can hold one attempt far past the call's deadline. The clients set the call's
deadline in a context variable around each attempt; the network backends here
shorten every connect, read and write to the time left, and fail at once when no
time is left. Outside such an attempt they behave exactly like httpcore's own.

Used only for the transports a client creates itself: an ``http_client`` or
``transport`` you pass keeps its own behaviour (the per-chunk deadline check in the
client still bounds a dribbling body).
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from contextvars import ContextVar, Token
from typing import Any

import httpcore
import httpx

__all__ = [
    "AsyncDeadlineBackend",
    "SyncDeadlineBackend",
    "async_transport",
    "reset_deadline",
    "set_deadline",
    "sync_transport",
]

_DEADLINE: ContextVar[float | None] = ContextVar("integration_call_deadline", default=None)


def set_deadline(deadline: float | None) -> Token[float | None]:
    """Bound the socket operations from here by ``deadline`` (``time.monotonic``).

    Pass the returned token to ``reset_deadline`` when the attempt is over.
    """
    return _DEADLINE.set(deadline)


def reset_deadline(token: Token[float | None]) -> None:
    _DEADLINE.reset(token)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise error("the call's deadline has passed")
    return remaining if timeout is None or timeout > remaining else timeout


class _SyncStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _SyncStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class SyncDeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync backend with every operation bounded by the call deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _SyncStream(
            self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _SyncStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """httpcore's async backend with every operation bounded by the call deadline."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _wrap_pool(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport, backend: Any) -> None:
    # httpx builds its httpcore pool without a network_backend argument; swapping the
    # pool's backend before the first connection is the one hook it leaves.
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool | httpcore.AsyncConnectionPool) and hasattr(
        pool, "_network_backend"
    ):
        pool._network_backend = backend(pool._network_backend)


def sync_transport() -> httpx.HTTPTransport:
    """An ``httpx.HTTPTransport`` whose sockets honour the call deadline."""
    transport = httpx.HTTPTransport()
    _wrap_pool(transport, SyncDeadlineBackend)
    return transport


def async_transport() -> httpx.AsyncHTTPTransport:
    """An ``httpx.AsyncHTTPTransport`` whose sockets honour the call deadline."""
    transport = httpx.AsyncHTTPTransport()
    _wrap_pool(transport, AsyncDeadlineBackend)
    return transport
