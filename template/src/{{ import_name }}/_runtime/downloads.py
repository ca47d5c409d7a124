"""Binary responses read as they arrive: ``BinaryResponse`` and ``AsyncBinaryResponse``.

Operations answering with ``application/octet-stream``, ``audio/*``, ``image/*``,
``application/pdf``... return one of these, opened (status checked, retries done)
but not read. ``iter_bytes()`` yields the body in chunks, ``write_to_file(path)``
streams it to a file (written next to it under a temporary name and renamed when
complete: a failed download never leaves a truncated file behind), ``read()``
returns it whole. Every way bounds the body by the call's size cap
(``ClientConfig.max_download_bytes``, per call ``max_bytes=``), raising
:class:`ResponseTooLargeError` past it, and a stall by the idle timeout.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx

from .decoding import request_id_of
from .errors import APIError, ResponseTooLargeError, StreamTimeoutError, TransportError

__all__ = ["AsyncBinaryResponse", "BinaryResponse"]

CHUNK = 64 * 1024


class _Base:
    def __init__(
        self,
        response: httpx.Response,
        *,
        method: str,
        path: str,
        limit: int,
        request_id_headers: tuple[str, ...],
        scrub: Callable[[str], str],
    ) -> None:
        self.http_response = response
        self._method = method
        self._path = path
        self.limit = limit
        self._scrub = scrub
        self._request_id = request_id_of(response, request_id_headers)
        self._closed = False
        self._consumed = False
        #: body bytes read so far
        self.received = 0

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content_type(self) -> str | None:
        value: str | None = self.headers.get("content-type")
        return value

    @property
    def content_length(self) -> int | None:
        """The declared size (``Content-Length``), when the server sent it."""
        declared = self.headers.get("content-length", "")
        return int(declared) if declared.isdigit() else None

    @property
    def request_id(self) -> str | None:
        return self._request_id

    @property
    def closed(self) -> bool:
        return self._closed

    def _where(self) -> str:
        text = f"{self._method} {self._path}"
        return f"{text} (request id: {self._request_id})" if self._request_id else text

    def _start(self) -> None:
        if self._consumed:
            raise RuntimeError("the body was already read: a download can be read once")
        self._consumed = True

    def _count(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if self.received > self.limit:
            raise ResponseTooLargeError(
                f"download from {self._where()} exceeds {self.limit} bytes (raise max_bytes=)",
                limit=self.limit,
                status_code=self.status_code,
                request_id=self._request_id,
            )

    def _failure(self, exc: httpx.TransportError) -> APIError:
        detail = self._scrub(f"{type(exc).__name__}: {exc}".rstrip(": "))
        if isinstance(exc, httpx.TimeoutException):
            return StreamTimeoutError(
                f"download from {self._where()} stalled after {self.received} bytes ({detail})",
                phase="idle",
                request_id=self._request_id,
            )
        return TransportError(
            f"download from {self._where()} broke after {self.received} bytes ({detail})",
            request_id=self._request_id,
        )

    @staticmethod
    def _temporary(path: Path) -> tuple[int, str]:
        return tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self._method} {self._path}>"


class BinaryResponse(_Base):
    """An open binary response; read it once, then it is closed."""

    def iter_bytes(self, chunk_size: int = CHUNK) -> Iterator[bytes]:
        """The body in chunks of about ``chunk_size`` bytes, bounded by the size cap."""
        self._start()
        try:
            for chunk in self.http_response.iter_bytes(chunk_size):
                self._count(chunk)
                yield chunk
        except httpx.TransportError as exc:
            raise self._failure(exc) from exc
        finally:
            self.close()

    def read(self) -> bytes:
        """The whole body (bounded by the size cap)."""
        return b"".join(self.iter_bytes())

    def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path`` (replaced only once complete); the bytes written."""
        target = Path(path)
        fd, temporary = self._temporary(target)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.iter_bytes():
                    out.write(chunk)
            Path(temporary).replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
            raise
        return self.received

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            self.close()


class AsyncBinaryResponse(_Base):
    """The asyncio twin of :class:`BinaryResponse`."""

    async def iter_bytes(self, chunk_size: int = CHUNK) -> AsyncIterator[bytes]:
        """The body in chunks of about ``chunk_size`` bytes, bounded by the size cap."""
        self._start()
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                self._count(chunk)
                yield chunk
        except httpx.TransportError as exc:
            raise self._failure(exc) from exc
        finally:
            await self.aclose()

    async def read(self) -> bytes:
        return b"".join([chunk async for chunk in self.iter_bytes()])

    async def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path`` (replaced only once complete); the bytes written."""
        target = Path(path)
        fd, temporary = self._temporary(target)
        try:
            with os.fdopen(fd, "wb") as out:
                async for chunk in self.iter_bytes():
                    out.write(chunk)
            Path(temporary).replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
            raise
        return self.received

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
