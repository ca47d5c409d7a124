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
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from contextvars import Token
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
import msgspec
from httpx_sse import ServerSentEvent
from httpx_sse._decoders import SSEDecoder, SSELineDecoder  # the library's parser

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
        self.done = done
        #: event name -> its decode function (``None``: an error event); others: default
        self.lookup: dict[str, Any] = {name: d.decode for name, d in self._decoders.items()}
        self.lookup.update(dict.fromkeys(self._error_events))
        self.lookup.setdefault("message", self._default.decode)
        self.default = self._default.decode

    def failed(self, sse: ServerSentEvent, ctx: StreamContext, index: int) -> BaseException:
        """The error for an event the fast path could not decode (or an error event)."""
        try:
            self.decode(sse, ctx, index)
        except (StreamEventError, APIError) as exc:
            return exc
        return RuntimeError("event decoded on the second attempt")  # pragma: no cover

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
            return decoder.decode(data)
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


class _State:
    """What a stream and its iterator share: counters, and the open response.

    Neither references the stream object, so no reference cycle keeps a stream alive:
    when both the stream and its iterator are gone (a ``break`` out of ``for chunk in
    client...create(stream=True)``), this object is freed and closes the connection.
    """

    __slots__ = ("closed", "events", "is_async", "last_event_id", "response", "retry")

    def __init__(self, response: httpx.Response, is_async: bool) -> None:
        self.response = response
        self.is_async = is_async
        self.events = 0
        self.last_event_id = ""
        self.retry: int | None = None
        self.closed = False

    def __del__(self) -> None:
        if self.closed:
            return
        self.closed = True
        if not self.is_async:
            self.response.close()
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop left to close on: the pool's own close reclaims it
        task = loop.create_task(self.response.aclose())
        _pending_closes.add(task)
        task.add_done_callback(_pending_closes.discard)


def _remember(state: _State, sse: ServerSentEvent) -> None:
    if sse.id:
        state.last_event_id = sse.id
    if sse.retry is not None:
        state.retry = sse.retry


def _enter_duration(ctx: StreamContext, state: _State) -> Token[float | None] | None:
    deadline = ctx.max_deadline
    if deadline is None:
        return None
    if time.monotonic() >= deadline:
        raise ctx.past_duration(state.events)
    return set_deadline(deadline)


class _Parser:
    """httpx-sse's own line and event decoders (what ``EventSource.iter_sse`` runs),
    driven from the stream's loop so each event costs one generator step, not three."""

    __slots__ = ("events", "lines")

    def __init__(self) -> None:
        self.lines = SSELineDecoder()
        self.events = SSEDecoder()

    def feed(self, text: str) -> list[ServerSentEvent]:
        decode = self.events.decode
        out = []
        for line in self.lines.decode(text):
            sse = decode(line.rstrip("\n"))
            if sse is not None:
                out.append(sse)
        return out

    def flush(self) -> list[ServerSentEvent]:
        decode = self.events.decode
        return [sse for line in self.lines.flush() if (sse := decode(line)) is not None]


def _first(batch: list[ServerSentEvent]) -> int:
    """The index of the first event that carries something (-1: none)."""
    for index, sse in enumerate(batch):
        if sse.data or sse.retry is not None or sse.id:
            return index
    return -1


def _chunks(  # noqa: UP047, RUF100
    source: tuple[Iterator[str], _Parser],
    backlog: list[ServerSentEvent],
    decoder: EventDecoder[T],
    ctx: StreamContext,
    cap: _SyncCap,
    state: _State,
) -> Generator[T, None, None]:  # noqa: UP043, RUF100
    """The typed chunks of an open stream; closes the connection when it ends."""
    texts, parser = source
    lookup, default, done = decoder.lookup, decoder.default, decoder.done
    guarded = ctx.max_deadline is not None
    try:
        batch: list[ServerSentEvent] | None = backlog
        while batch is not None:
            for sse in batch:
                cap.pending = 0
                if sse.id or sse.retry is not None:
                    _remember(state, sse)
                data = sse.data
                if not data:
                    continue  # an event of only id:/retry: fields delivers nothing
                if data == done:
                    return
                decode = lookup.get(sse.event, default)
                try:
                    chunk = decode(data)
                except Exception:  # an error event (no decoder) or a bad payload
                    raise decoder.failed(sse, ctx, state.events + 1) from None
                state.events += 1
                yield chunk
            token = _enter_duration(ctx, state) if guarded else None
            try:
                text = next(texts, None)
            except httpx.TransportError as exc:
                raise ctx.failure(exc, state.events) from exc
            finally:
                if token is not None:
                    reset_deadline(token)
            if text is not None:
                batch = parser.feed(text)
            else:
                batch = parser.flush() or None
                texts = iter(())
    finally:
        state.closed = True
        state.response.close()


async def _achunks(  # noqa: UP047, RUF100
    source: tuple[AsyncIterator[str], _Parser],
    backlog: list[ServerSentEvent],
    decoder: EventDecoder[T],
    ctx: StreamContext,
    cap: _AsyncCap,
    state: _State,
) -> AsyncGenerator[T, None]:  # noqa: UP043, RUF100
    """The async twin of :func:`_chunks`."""
    texts, parser = source
    lookup, default, done = decoder.lookup, decoder.default, decoder.done
    guarded = ctx.max_deadline is not None
    exhausted = False
    try:
        batch: list[ServerSentEvent] | None = backlog
        while batch is not None:
            for sse in batch:
                cap.pending = 0
                if sse.id or sse.retry is not None:
                    _remember(state, sse)
                data = sse.data
                if not data:
                    continue
                if data == done:
                    return
                decode = lookup.get(sse.event, default)
                try:
                    chunk = decode(data)
                except Exception:
                    raise decoder.failed(sse, ctx, state.events + 1) from None
                state.events += 1
                yield chunk
            if exhausted:
                return
            token = _enter_duration(ctx, state) if guarded else None
            try:
                batch = parser.feed(await texts.__anext__())
            except StopAsyncIteration:
                batch, exhausted = parser.flush(), True
            except httpx.TransportError as exc:
                raise ctx.failure(exc, state.events) from exc
            finally:
                if token is not None:
                    reset_deadline(token)
    finally:
        state.closed = True
        aclose = getattr(texts, "aclose", None)
        try:
            if aclose is not None:
                await aclose()
        finally:
            await state.response.aclose()


async def _empty() -> AsyncIterator[str]:
    return
    yield  # an async generator that yields nothing


class _Common:
    response: httpx.Response
    _ctx: StreamContext
    _state: _State

    @property
    def events(self) -> int:
        """Chunks delivered so far."""
        return self._state.events

    @property
    def last_event_id(self) -> str:
        """The last ``id:`` the server sent ("" when none): where to resume from."""
        return self._state.last_event_id

    @property
    def retry(self) -> int | None:
        """The last ``retry:`` hint the server sent, in milliseconds (``None``: none)."""
        return self._state.retry

    @property
    def request_id(self) -> str | None:
        return self._ctx.request_id

    @property
    def closed(self) -> bool:
        return self._state.closed

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        ctx = self._ctx
        return f"<{type(self).__name__} [{state}] {ctx.method} {ctx.path} events={self.events}>"


class Stream(_Common, Generic[T]):  # noqa: UP046, RUF100
    """A server-sent event stream of ``T`` chunks (iterate it; close it or use ``with``)."""

    def __init__(
        self,
        response: httpx.Response,
        source: tuple[Iterator[str], _Parser],
        backlog: list[ServerSentEvent],
        decoder: EventDecoder[T],
        ctx: StreamContext,
        cap: _SyncCap,
    ) -> None:
        self.response = response
        self._ctx = ctx
        self._state = _State(response, is_async=False)
        self._iterator = _chunks(source, backlog, decoder, ctx, cap, self._state)
        if not backlog:
            self.close()  # the body ended before any event

    @classmethod
    def open(cls, response: httpx.Response, ctx: StreamContext) -> tuple[Any, Any, Any]:
        """Wrap ``response``'s body and read up to its first event (inside the attempt).

        Returns the text source with its parser, the events read (from the first one that
        carries something; empty: the body ended first) and the byte cap; transport
        errors propagate (the attempt may be retried).
        """
        cap = _SyncCap(response.stream, ctx)
        response.stream = cap
        parser = _Parser()
        texts = response.iter_text()
        for text in texts:
            batch = parser.feed(text)
            index = _first(batch)
            if index >= 0:
                return (texts, parser), batch[index:], cap
        batch = parser.flush()
        index = _first(batch)
        return (iter(()), parser), batch[index:] if index >= 0 else [], cap

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def until_done(self) -> list[T]:
        """Every remaining chunk, as a list (the stream is closed after)."""
        with self:
            return list(self._iterator)

    def close(self) -> None:
        """Close the connection (idempotent); iteration then ends."""
        self._iterator.close()
        if not self._state.closed:  # never started: the iterator had nothing to close
            self._state.closed = True
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


class AsyncStream(_Common, Generic[T]):  # noqa: UP046, RUF100
    """The asyncio twin of :class:`Stream` (``async for``; ``aclose()`` or ``async with``)."""

    def __init__(
        self,
        response: httpx.Response,
        source: tuple[AsyncIterator[str], _Parser],
        backlog: list[ServerSentEvent],
        decoder: EventDecoder[T],
        ctx: StreamContext,
        cap: _AsyncCap,
    ) -> None:
        self.response = response
        self._ctx = ctx
        self._state = _State(response, is_async=True)
        self._iterator = _achunks(source, backlog, decoder, ctx, cap, self._state)

    @classmethod
    async def open(cls, response: httpx.Response, ctx: StreamContext) -> tuple[Any, Any, Any]:
        cap = _AsyncCap(response.stream, ctx)
        response.stream = cap
        parser = _Parser()
        texts = response.aiter_text()
        async for text in texts:
            batch = parser.feed(text)
            index = _first(batch)
            if index >= 0:
                return (texts, parser), batch[index:], cap
        batch = parser.flush()
        index = _first(batch)
        return (_empty(), parser), batch[index:] if index >= 0 else [], cap

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await anext(self._iterator)

    async def until_done(self) -> list[T]:
        """Every remaining chunk, as a list (the stream is closed after)."""
        async with self:
            return [chunk async for chunk in self._iterator]

    async def aclose(self) -> None:
        """Close the connection (idempotent); iteration then ends."""
        await self._iterator.aclose()
        if not self._state.closed:
            self._state.closed = True
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
