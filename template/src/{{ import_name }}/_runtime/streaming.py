"""Server-sent event streams: ``Stream[T]`` and ``AsyncStream[T]`` of typed chunks.

The wire format is parsed by ``httpx-sse`` (comments and keep-alives skipped,
multi-line ``data:`` joined, ``id:`` and ``retry:`` kept); each event's data is
decoded with msgspec into the chunk type, or into the type its ``event:`` name maps
to. ``data: [DONE]`` ends the stream; an ``error`` event, or an ``{"error": ...}``
payload where a chunk was expected, raises :class:`StreamEventError`.

The client opens a stream (with retries, before its first event only) and hands
the open response over; from then on nothing is retried. A stall longer than the
idle timeout raises :class:`StreamTimeoutError`, a broken connection
:class:`StreamInterruptedError`. The connection is closed when the stream ends,
raises, is closed (``close()``, ``with``), or is garbage-collected after a ``break``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextvars import Token
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
import msgspec
from httpx_sse import EventSource, ServerSentEvent

from .deadline import reset_deadline, set_deadline
from .decoding import decoder_for, decoding_error, excerpt, request_id_of
from .errors import (
    APIError,
    ResponseTooLargeError,
    StreamEventError,
    StreamInterruptedError,
    StreamTimeoutError,
)

__all__ = ["AsyncStream", "EventDecoder", "Stream", "StreamContext"]

T = TypeVar("T")
_SLACK = 0.01
_pending_closes: set[asyncio.Task[None]] = set()  # aclose() of collected async streams


class EventDecoder(Generic[T]):  # noqa: UP046, RUF100
    """Turns SSE events into chunks: ``None`` skips an event, ``DONE`` ends the stream."""

    DONE: Any = object()

    def __init__(
        self,
        chunk_type: type[T],
        event_types: Mapping[str, object] | None = None,
        *,
        done: str | None = "[DONE]",
        error_events: tuple[str, ...] = ("error",),
    ) -> None:
        self.chunk_type = chunk_type
        self._default = decoder_for(chunk_type)
        self._types: dict[str, object] = dict(event_types or {})
        self._decoders = {name: decoder_for(t) for name, t in self._types.items()}
        self._done = done
        self._error_events = frozenset(error_events)

    def decode(self, sse: ServerSentEvent, ctx: StreamContext, index: int) -> Any:
        data = sse.data
        if not data:
            return None  # an event of only id:/retry: fields: nothing to deliver
        if data == self._done:
            return self.DONE
        name = sse.event
        if name in self._error_events:
            raise ctx.event_error(name, data)
        decoder = self._decoders.get(name, self._default)
        raw = data.encode()
        try:
            return decoder.decode(raw)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            try:
                payload = msgspec.json.decode(raw)
            except msgspec.DecodeError:
                payload = None
            if isinstance(payload, dict) and "error" in payload:
                raise ctx.event_error(name, data) from None
            kind = self._types.get(name, self.chunk_type)
            raise ctx.decoding_error(exc, raw, kind, f"event {index} ({name!r})") from None


class StreamContext:
    """What a stream needs from its client: names for messages, the secret scrubber,
    the per-event size limit and the maximum duration."""

    def __init__(
        self,
        *,
        method: str,
        path: str,
        response: httpx.Response,
        scrub: Callable[[str], str],
        request_id_headers: tuple[str, ...],
        max_event_bytes: int,
        max_duration: float | None,
        started: float,
    ) -> None:
        self.method = method
        self.path = path
        self.scrub = scrub
        self.request_id = request_id_of(response, request_id_headers)
        self.status_code = response.status_code
        self.max_event_bytes = max_event_bytes
        self.max_duration = max_duration
        self.max_deadline = started + max_duration if max_duration is not None else None

    def _where(self) -> str:
        text = f"{self.method} {self.path}"
        return f"{text} (request id: {self.request_id})" if self.request_id else text

    def event_error(self, name: str, data: str) -> StreamEventError:
        text = self.scrub(data)
        try:
            body: object = msgspec.json.decode(text)
        except msgspec.DecodeError:
            body = text[:500]
        error = body.get("error", body) if isinstance(body, dict) else body
        fields = error if isinstance(error, dict) else {}
        message = next(
            (v for v in (fields.get("message"), error) if isinstance(v, str) and v), ""
        ) or excerpt(text.encode(), 300)
        code, kind = fields.get("code"), fields.get("type")
        return StreamEventError(
            self.scrub(f"error event in the stream of {self._where()}: {message[:300]}"),
            event=name,
            body=body,
            code=str(code) if code is not None else None,
            error_type=str(kind) if kind is not None else None,
            request_id=self.request_id,
        )

    def decoding_error(self, exc: Any, raw: bytes, type_: object, what: str) -> APIError:
        return decoding_error(exc, raw, type_, self.status_code, self.request_id, self.scrub, what)

    def failure(self, exc: httpx.TransportError, events: int) -> APIError:
        detail = self.scrub(f"{type(exc).__name__}: {exc}".rstrip(": "))
        if isinstance(exc, httpx.TimeoutException):
            deadline = self.max_deadline
            if deadline is not None and time.monotonic() >= deadline - _SLACK:
                phase, why = "duration", f"ran past its maximum of {self.max_duration:g}s"
            else:
                phase, why = "idle", "stalled past its idle timeout"
            return StreamTimeoutError(
                f"the stream of {self._where()} {why} after {events} events ({detail})",
                phase=phase,
                events=events,
                request_id=self.request_id,
            )
        return StreamInterruptedError(
            f"the stream of {self._where()} broke after {events} events ({detail})",
            events=events,
            request_id=self.request_id,
        )

    def too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"an event in the stream of {self._where()} exceeds {self.max_event_bytes} bytes",
            limit=self.max_event_bytes,
            status_code=self.status_code,
            request_id=self.request_id,
        )

    def past_duration(self, events: int) -> StreamTimeoutError:
        return StreamTimeoutError(
            f"the stream of {self._where()} ran past its maximum of {self.max_duration:g}s"
            f" after {events} events",
            phase="duration",
            events=events,
            request_id=self.request_id,
        )


class _SyncCap(httpx.SyncByteStream):
    """The response's byte stream, bounding the bytes read between two events."""

    def __init__(self, inner: Any, ctx: StreamContext) -> None:
        self._inner = inner
        self._ctx = ctx
        self.pending = 0

    def __iter__(self) -> Iterator[bytes]:
        limit = self._ctx.max_event_bytes
        for chunk in self._inner:
            self.pending += len(chunk)
            if self.pending > limit:
                raise self._ctx.too_large()
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncCap(httpx.AsyncByteStream):
    def __init__(self, inner: Any, ctx: StreamContext) -> None:
        self._inner = inner
        self._ctx = ctx
        self.pending = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        limit = self._ctx.max_event_bytes
        async for chunk in self._inner:
            self.pending += len(chunk)
            if self.pending > limit:
                raise self._ctx.too_large()
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Common(Generic[T]):  # noqa: UP046, RUF100
    response: httpx.Response
    _ctx: StreamContext
    _decoder: EventDecoder[T]

    #: events delivered so far
    events: int = 0
    #: the last ``id:`` the server sent ("" when none): the ``Last-Event-ID`` to resume from
    last_event_id: str = ""
    #: the last ``retry:`` hint the server sent, in milliseconds (``None`` when none)
    retry: int | None = None

    @property
    def request_id(self) -> str | None:
        return self._ctx.request_id

    @property
    def closed(self) -> bool:
        return self._closed

    _closed = False

    def _note(self, sse: ServerSentEvent) -> Any:
        if sse.id:
            self.last_event_id = sse.id
        if sse.retry is not None:
            self.retry = sse.retry
        self._cap.pending = 0
        return self._decoder.decode(sse, self._ctx, self.events + 1)

    _cap: Any

    def _enter_duration(self) -> Token[float | None] | None:
        deadline = self._ctx.max_deadline
        if deadline is None:
            return None
        if time.monotonic() >= deadline:
            raise self._ctx.past_duration(self.events)
        return set_deadline(deadline)


class Stream(_Common[T]):
    """A server-sent event stream of ``T`` chunks (iterate it; close it or use ``with``)."""

    def __init__(
        self,
        response: httpx.Response,
        events: Iterator[ServerSentEvent],
        first: ServerSentEvent | None,
        decoder: EventDecoder[T],
        ctx: StreamContext,
        cap: _SyncCap,
    ) -> None:
        self.response = response
        self._events = events
        self._first = first
        self._decoder = decoder
        self._ctx = ctx
        self._cap = cap
        if first is None:
            self.close()

    @classmethod
    def open(cls, response: httpx.Response, ctx: StreamContext) -> tuple[Iterator[Any], Any, Any]:
        """Wrap ``response``'s body and read up to its first event (inside the attempt).

        Returns the event iterator, the first event (``None``: the stream was empty) and
        the byte cap; transport errors propagate (the attempt may be retried).
        """
        cap = _SyncCap(response.stream, ctx)
        response.stream = cap
        events = EventSource(response).iter_sse()
        for sse in events:
            if sse.data or sse.retry is not None or sse.id:
                return events, sse, cap
        return events, None, cap

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        while True:
            if self._first is not None:
                sse, self._first = self._first, None
            else:
                if self._closed:
                    raise StopIteration
                token = self._enter_duration()
                try:
                    sse = next(self._events)
                except StopIteration:
                    self.close()
                    raise
                except httpx.TransportError as exc:
                    self.close()
                    raise self._ctx.failure(exc, self.events) from exc
                except BaseException:
                    self.close()
                    raise
                finally:
                    if token is not None:
                        reset_deadline(token)
            try:
                chunk = self._note(sse)
            except BaseException:
                self.close()
                raise
            if chunk is None:
                continue
            if chunk is EventDecoder.DONE:
                self.close()
                raise StopIteration
            self.events += 1
            return chunk  # type: ignore[no-any-return]

    def until_done(self) -> list[T]:
        """Every remaining chunk, as a list (the stream is closed after)."""
        with self:
            return list(self)

    def close(self) -> None:
        """Close the connection (idempotent); iteration then ends."""
        if not self._closed:
            self._closed = True
            self._first = None
            close = getattr(self._events, "close", None)
            try:
                if close is not None:
                    close()
            finally:
                self.response.close()

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

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<Stream [{state}] {self._ctx.method} {self._ctx.path} events={self.events}>"


class AsyncStream(_Common[T]):
    """The asyncio twin of :class:`Stream` (``async for``; ``aclose()`` or ``async with``)."""

    def __init__(
        self,
        response: httpx.Response,
        events: AsyncIterator[ServerSentEvent],
        first: ServerSentEvent | None,
        decoder: EventDecoder[T],
        ctx: StreamContext,
        cap: _AsyncCap,
    ) -> None:
        self.response = response
        self._events = events
        self._first = first
        self._decoder = decoder
        self._ctx = ctx
        self._cap = cap
        self._empty = first is None

    @classmethod
    async def open(
        cls, response: httpx.Response, ctx: StreamContext
    ) -> tuple[AsyncIterator[Any], Any, Any]:
        cap = _AsyncCap(response.stream, ctx)
        response.stream = cap
        events = EventSource(response).aiter_sse()
        async for sse in events:
            if sse.data or sse.retry is not None or sse.id:
                return events, sse, cap
        return events, None, cap

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        if self._empty:
            await self.aclose()
            self._empty = False
        while True:
            if self._first is not None:
                sse, self._first = self._first, None
            else:
                if self._closed:
                    raise StopAsyncIteration
                token = self._enter_duration()
                try:
                    sse = await self._events.__anext__()
                except StopAsyncIteration:
                    await self.aclose()
                    raise
                except httpx.TransportError as exc:
                    await self.aclose()
                    raise self._ctx.failure(exc, self.events) from exc
                except BaseException:
                    await self.aclose()
                    raise
                finally:
                    if token is not None:
                        reset_deadline(token)
            try:
                chunk = self._note(sse)
            except BaseException:
                await self.aclose()
                raise
            if chunk is None:
                continue
            if chunk is EventDecoder.DONE:
                await self.aclose()
                raise StopAsyncIteration
            self.events += 1
            return chunk  # type: ignore[no-any-return]

    async def until_done(self) -> list[T]:
        """Every remaining chunk, as a list (the stream is closed after)."""
        async with self:
            return [chunk async for chunk in self]

    async def aclose(self) -> None:
        """Close the connection (idempotent); iteration then ends."""
        if not self._closed:
            self._closed = True
            self._first = None
            aclose = getattr(self._events, "aclose", None)
            try:
                if aclose is not None:
                    await aclose()
            finally:
                await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        if getattr(self, "_closed", True):
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop left to close on: the pool's own close reclaims it
        task = loop.create_task(self.aclose())
        _pending_closes.add(task)
        task.add_done_callback(_pending_closes.discard)

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<AsyncStream [{state}] {self._ctx.method} {self._ctx.path} events={self.events}>"
