# mypy: disable-error-code="import-not-found,name-defined,misc"
"""Server-sent event streams, sync and async, against a real misbehaving server."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import msgspec
import pytest
from ik_rt_server import Respond, sequence
from ik_stream_server import SSE, Drop, Pause, Stall, StreamingServer, event

Serve = Callable[..., StreamingServer]
MODES = ["sync", "async"]


class Chunk(msgspec.Struct):
    n: int
    text: str = ""


class Ping(msgspec.Struct):
    at: int


def chunks(count: int, start: int = 0) -> list[bytes]:
    return [event(f'{{"n": {i}, "text": "t{i}"}}') for i in range(start, start + count)]


DONE = event("[DONE]")


def make(rt: ModuleType, server: StreamingServer, mode: str, **overrides: Any) -> Any:
    options: dict[str, Any] = {
        "timeout": 5.0,
        "deadline": 20.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "breaker": None,
        "request_id_headers": ("request-id",),
    }
    options.update(overrides)
    config = rt.ClientConfig(server.url, **options)
    return rt.SyncAPIClient(config) if mode == "sync" else rt.AsyncAPIClient(config)


def consume(
    rt: ModuleType,
    server: StreamingServer,
    mode: str,
    *,
    method: str = "POST",
    chunk_type: Any = Chunk,
    client_options: dict[str, Any] | None = None,
    **call: Any,
) -> tuple[list[Any], BaseException | None, Any]:
    """Open a stream and read it to its end: (chunks, the error raised, the stream)."""
    client = make(rt, server, mode, **(client_options or {}))
    got: list[Any] = []
    stream: Any = None
    if mode == "sync":
        try:
            stream = client._stream(chunk_type, method, "/s", **call)
            for item in stream:
                got.append(item)
        except Exception as exc:
            return got, exc, stream
        finally:
            client.close()
        return got, None, stream

    async def run() -> tuple[list[Any], BaseException | None, Any]:
        nonlocal stream
        try:
            stream = await client._stream(chunk_type, method, "/s", **call)
            async for item in stream:
                got.append(item)
        except Exception as exc:
            return got, exc, stream
        finally:
            await client.aclose()
        return got, None, stream

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_chunks_split_anywhere_comments_multiline_names_retry_and_done(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    raw = b"".join(
        [
            b": a comment\n\n",
            b"retry: 1500\n\n",
            event('{"n": 0,\n"text": "multi"}', id="e0"),
            event('{"at": 7}', name="ping"),
            b'data: {"n": 1}\r\n\r\n',
            event('{"n": 2}', id="e2"),
            DONE,
            event('{"n": 99}'),  # after [DONE]: never read
        ]
    )
    pieces = [raw[i : i + 7] for i in range(0, len(raw), 7)]  # boundaries inside lines
    server = stream_serve(lambda _i, _r: SSE(list(pieces)))
    got, error, stream = consume(rt, server, mode, json={"q": 1}, event_types={"ping": Ping})
    assert error is None
    assert got == [Chunk(0, "multi"), Ping(7), Chunk(1), Chunk(2)]
    assert stream.retry == 1500 and stream.last_event_id == "e2"
    assert stream.events == 4 and stream.closed
    request = server.requests[0]
    assert request.headers["accept"] == "text/event-stream"
    assert msgspec.json.decode(request.body) == {"q": 1}


@pytest.mark.parametrize("mode", MODES)
def test_keep_alives_longer_than_the_idle_timeout_are_not_a_stall(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    steps: list[Any] = [chunks(1)[0]]
    for _ in range(30):  # 1.5 s of keep-alives, one every 0.05 s, idle timeout 1 s
        steps += [Pause(0.05), b": keep-alive\n\n"]
    steps += [*chunks(1, 1), DONE]
    server = stream_serve(lambda _i, _r: SSE(steps))
    got, error, _ = consume(rt, server, mode, client_options={"stream_idle_timeout": 1.0})
    assert error is None, error
    assert [c.n for c in got] == [0, 1]


@pytest.mark.parametrize("mode", MODES)
def test_a_stall_mid_stream_raises_a_typed_timeout_within_the_idle_timeout(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    server = stream_serve(lambda _i, _r: SSE([*chunks(2), Stall()]))
    started = time.monotonic()
    got, error, stream = consume(
        rt, server, mode, method="GET", client_options={"stream_idle_timeout": 0.5}
    )
    elapsed = time.monotonic() - started
    assert isinstance(error, rt.StreamTimeoutError), error
    assert error.phase == "idle" and error.events == 2
    assert [c.n for c in got] == [0, 1]
    assert 0.45 <= elapsed < 5.0  # the idle timeout, not the 30 s stall
    assert server.count == 1  # never replayed, even for GET
    assert stream.closed


@pytest.mark.parametrize("mode", MODES)
def test_a_drop_mid_stream_raises_interrupted_and_is_never_retried(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    server = stream_serve(lambda _i, _r: SSE([*chunks(3), Drop()]))
    got, error, stream = consume(rt, server, mode, method="GET")
    assert isinstance(error, rt.StreamInterruptedError), error
    assert isinstance(error, rt.TransportError) and error.events == 3
    assert len(got) == 3 and server.count == 1 and stream.closed


@pytest.mark.parametrize("mode", MODES)
def test_malformed_data_raises_a_decoding_error_naming_the_event(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    server = stream_serve(lambda _i, _r: SSE([*chunks(1), b"data: {not json\n\n", *chunks(1)]))
    got, error, stream = consume(rt, server, mode)
    assert isinstance(error, rt.DecodingError), error
    assert "event 2" in str(error) and "{not json" in error.body
    assert len(got) == 1 and stream.closed
    server2 = stream_serve(lambda _i, _r: SSE([event('{"n": "not an int"}')]))
    _, error2, _ = consume(rt, server2, mode)
    assert isinstance(error2, rt.DecodingError) and error2.path == "$.n"


@pytest.mark.parametrize("mode", MODES)
def test_error_events_and_error_payloads_raise_stream_event_errors(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    named = event('{"message": "overloaded", "code": "busy"}', name="error")
    payload = event('{"error": {"message": "bad key sk-secret123", "type": "auth", "code": 401}}')
    server = stream_serve(sequence([SSE([*chunks(1), named]), SSE([payload])]))
    got, error, _ = consume(rt, server, mode)
    assert isinstance(error, rt.StreamEventError), error
    assert error.event == "error" and error.code == "busy" and "overloaded" in str(error)
    assert len(got) == 1
    _, error2, _ = consume(rt, server, mode)
    assert isinstance(error2, rt.StreamEventError), error2
    assert error2.type == "auth" and error2.code == "401" and error2.event == "message"


@pytest.mark.parametrize("mode", MODES)
def test_429_and_503_before_the_first_event_are_retried(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    server = stream_serve(
        sequence(
            [
                Respond(429, {"error": "slow down"}, {"Retry-After": "0"}),
                Respond(503, {"error": "busy"}, {"Retry-After": "0"}),
                SSE([*chunks(2), DONE]),
            ]
        )
    )
    got, error, _ = consume(rt, server, mode)  # POST: 429 and 503 + Retry-After are safe
    assert error is None, error
    assert [c.n for c in got] == [0, 1] and server.count == 3


@pytest.mark.parametrize("mode", MODES)
def test_a_500_on_post_is_not_retried_and_raises_the_status_error(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    server = stream_serve(lambda _i, _r: Respond(500, {"error": {"message": "boom"}}))
    _, error, _ = consume(rt, server, mode)
    assert isinstance(error, rt.ServerError) and "boom" in str(error)
    assert server.count == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_drop_before_the_first_event_is_retried_for_a_safe_request(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    server = stream_serve(sequence([SSE([b": hello\n\n", Drop()]), SSE([*chunks(2), DONE])]))
    got, error, _ = consume(rt, server, mode, method="GET")
    assert error is None, error
    assert len(got) == 2 and server.count == 2


@pytest.mark.parametrize("mode", MODES)
def test_no_first_event_in_time_is_a_first_event_timeout_despite_keep_alives(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    steps: list[Any] = []
    for _ in range(200):  # keep-alives for 10 s, never an event
        steps += [b": keep-alive\n\n", Pause(0.05)]
    server = stream_serve(lambda _i, _r: SSE(steps))
    started = time.monotonic()
    _, error, _ = consume(
        rt,
        server,
        mode,
        method="GET",
        max_retries=1,
        client_options={"stream_first_event_timeout": 0.5, "stream_idle_timeout": 5.0},
    )
    elapsed = time.monotonic() - started
    assert isinstance(error, rt.StreamTimeoutError), error
    assert error.phase == "first_event"
    assert server.count == 2  # GET: retried once, before any event
    assert 0.9 <= elapsed < 8.0


@pytest.mark.parametrize("mode", MODES)
def test_the_maximum_duration_ends_a_stream_that_keeps_flowing(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    steps: list[Any] = []
    for i in range(200):  # an event every 0.05 s for 10 s
        steps += [*chunks(1, i), Pause(0.05)]
    server = stream_serve(lambda _i, _r: SSE(steps))
    started = time.monotonic()
    got, error, _ = consume(rt, server, mode, client_options={"stream_max_duration": 0.6})
    elapsed = time.monotonic() - started
    assert isinstance(error, rt.StreamTimeoutError), error
    assert error.phase == "duration" and 1 <= len(got) < 200
    assert 0.55 <= elapsed < 6.0


@pytest.mark.parametrize("mode", MODES)
def test_a_non_event_stream_answer_is_a_clear_decoding_error(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    server = stream_serve(lambda _i, _r: Respond(200, {"id": "not a stream"}))
    _, error, _ = consume(rt, server, mode)
    assert isinstance(error, rt.DecodingError) and "text/event-stream" in str(error)
    assert "not a stream" in error.body


class _CountingBackend:
    def __init__(self, rt: ModuleType) -> None:
        self._inner = rt.InMemoryBreakerBackend()
        self.acquired = 0
        self.settled: list[str] = []

    def clock(self) -> float:
        return float(self._inner.clock())

    def acquire(self, key: str, config: Any, now: float) -> Any:
        self.acquired += 1
        return self._inner.acquire(key, config, now)

    def settle(self, key: str, config: Any, admission: Any, outcome: str, now: float) -> Any:
        self.settled.append(outcome)
        return self._inner.settle(key, config, admission, outcome, now)

    async def aacquire(self, key: str, config: Any, now: float) -> Any:
        return self.acquire(key, config, now)

    async def asettle(self, key: str, config: Any, admission: Any, outcome: str, now: float) -> Any:
        return self.settle(key, config, admission, outcome, now)


@pytest.mark.parametrize("mode", MODES)
def test_the_breaker_admits_a_stream_once_not_per_event(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    backend = _CountingBackend(rt)
    server = stream_serve(lambda _i, _r: SSE([*chunks(50), DONE]))
    got, error, _ = consume(
        rt, server, mode, client_options={"breaker": rt.BreakerConfig(backend=backend)}
    )
    assert error is None and len(got) == 50
    assert backend.acquired == 1 and backend.settled == ["success"]


def _active(client: Any) -> int:
    pool = client._http._transport._pool
    return sum(1 for c in pool.connections if not c.is_idle() and not c.is_closed())


def test_sync_connections_are_released_on_close_break_with_error_and_gc(
    rt: ModuleType, stream_serve: Serve
) -> None:
    server = stream_serve(lambda _i, _r: SSE([*chunks(20), Stall()]))
    client = make(rt, server, "sync", stream_idle_timeout=0.3)
    try:
        stream = client._stream(Chunk, "GET", "/s")
        next(stream)
        assert _active(client) == 1
        stream.close()
        assert _active(client) == 0
        with client._stream(Chunk, "GET", "/s") as stream:
            next(stream)
        assert _active(client) == 0
        for _ in client._stream(Chunk, "GET", "/s"):
            break  # the stream is garbage once the loop is left
        assert _active(client) == 0  # freed at once: no cycle waits for the collector
        stream = client._stream(Chunk, "GET", "/s")
        del stream  # never iterated
        assert _active(client) == 0
        gc.collect()
        with pytest.raises(rt.StreamTimeoutError):
            for _ in client._stream(Chunk, "GET", "/s"):
                pass
        assert _active(client) == 0
    finally:
        client.close()


def test_async_connections_are_released_on_aclose_break_with_error_and_gc(
    rt: ModuleType, stream_serve: Serve
) -> None:
    server = stream_serve(lambda _i, _r: SSE([*chunks(20), Stall()]))

    async def run() -> None:
        client = make(rt, server, "async", stream_idle_timeout=0.3)
        streaming = __import__(rt.__name__ + ".streaming", fromlist=["_pending_closes"])
        try:
            stream = await client._stream(Chunk, "GET", "/s")
            await stream.__anext__()
            assert _active(client) == 1
            await stream.aclose()
            assert _active(client) == 0
            async with await client._stream(Chunk, "GET", "/s") as stream:
                await stream.__anext__()
            assert _active(client) == 0
            async for _ in await client._stream(Chunk, "GET", "/s"):
                break  # the loop's finalizer hook closes the left iterator
            del stream
            gc.collect()
            await asyncio.sleep(0)  # the hook schedules aclose() with call_soon
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            await asyncio.gather(*others, *streaming._pending_closes)
            assert _active(client) == 0
            stream = await client._stream(Chunk, "GET", "/s")
            del stream  # never iterated: its state closes the response when freed
            await asyncio.gather(*streaming._pending_closes)
            assert _active(client) == 0
            with pytest.raises(rt.StreamTimeoutError):
                async for _ in await client._stream(Chunk, "GET", "/s"):
                    pass
            assert _active(client) == 0
        finally:
            await client.aclose()

    asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_with_raw_response_gives_the_headers_and_the_stream(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    server = stream_serve(lambda _i, _r: SSE([*chunks(2), DONE], headers={"request-id": "req_s1"}))
    client = make(rt, server, mode)
    options = __import__(rt.__name__ + ".options", fromlist=["_RAW"])
    token = options._RAW.set(True)
    try:
        if mode == "sync":
            raw = client._stream(Chunk, "POST", "/s")
            assert raw.request_id == "req_s1" and raw.status_code == 200
            assert [c.n for c in raw.parse()] == [0, 1]
            client.close()
        else:

            async def run() -> None:
                raw = await client._stream(Chunk, "POST", "/s")
                assert raw.request_id == "req_s1"
                assert [c.n async for c in raw.parse()] == [0, 1]
                await client.aclose()

            asyncio.run(run())
    finally:
        options._RAW.reset(token)
