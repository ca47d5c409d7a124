"""SyncAPIClient and AsyncAPIClient: the retry loop, deadlines, breaker and decoding.

The two clients share every decision (``_ClientCore``); only the I/O differs. One
call (``_request``) runs at most ``max_attempts`` attempts inside ``deadline``:

1. wait if the rate limiter says the server's quota is used up,
2. ask the circuit breaker (open: raise ``CircuitOpenError``, send nothing),
3. send with per-attempt timeouts clamped to the time left (on the transports the
   client builds, every socket read and write is also clamped: ``deadline.py``),
   stream the body with a size limit and a deadline check per chunk,
4. success (< 400) returns; otherwise decide whether to retry, how long to wait
   (server hint or full-jitter backoff), and give up early, raising the last error,
   when the wait would pass the deadline, exceed ``max_retry_wait`` or the budget.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, cast

import httpx
import msgspec

from .breaker import Outcome, call_outcome
from .client_core import T, _Call, _ClientCore
from .config import ClientConfig
from .deadline import async_transport, reset_deadline, set_deadline, sync_transport
from .downloads import AsyncBinaryResponse, BinaryResponse
from .errors import (
    APIError,
    APITimeoutError,
    CircuitOpenError,
    ConfigurationError,
    ResponseTooLargeError,
)
from .options import RawResponse, raw_requested
from .streaming import AsyncStream, EventDecoder, Stream
from .telemetry import BREAKER_STATE, end_call_span, start_call_span, tracer

__all__ = ["AsyncAPIClient", "SyncAPIClient"]


class SyncAPIClient(_ClientCore):
    """Blocking client; generated sync clients subclass it."""

    def __init__(
        self,
        config: ClientConfig,
        auth: httpx.Auth | None = None,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(config, auth)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        self._owns_http = http_client is None
        if http_client is None:
            self._http = httpx.Client(
                transport=transport if transport is not None else sync_transport(),
                timeout=config.httpx_timeout(),
                follow_redirects=False,
                headers=self._default_headers,
            )
            self._call_headers = {}
        else:
            self._http = http_client

    def _next_page(
        self, uri: str, type_: type[T], timeout: float | httpx.Timeout | None = None
    ) -> T:
        """GET a next-page URI given by the API (same origin only) and decode it."""
        return self._decode(self._request("GET", uri, timeout=timeout), type_)

    def close(self) -> None:
        """Close the HTTP connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        form: Mapping[str, object] | msgspec.Struct | None = None,
        files: Any = None,
        headers: Mapping[str, str | None] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
        content: object = None,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        """Send one logical call with retries; returns the successful response, fully read."""
        call = self._prepare(
            method,
            path,
            params=params,
            json=json,
            form=form,
            files=files,
            headers=headers,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
            content=content,
            idempotent=idempotent,
        )
        return self._execute(call)

    def _execute(self, call: _Call) -> httpx.Response:
        try:
            return self._traced(call)
        finally:
            self._close_files(call)

    def _traced(self, call: _Call) -> httpx.Response:
        if self._budget is not None:
            self._budget.deposit()
        traced = tracer(self._config.tracer_provider)
        if traced is None:
            return self._run(call)
        with start_call_span(traced, call.method, call.url, call.route) as call.span:
            try:
                response = self._run(call)
            except BaseException as exc:
                end_call_span(call.span, call.attempt, None, exc)
                raise
            end_call_span(call.span, call.attempt, response.status_code, None)
            return response

    def _run(self, call: _Call) -> httpx.Response:
        breaker = self._breaker
        last_error: APIError | None = None
        while True:
            call.attempt += 1
            delay = self._rate_limit_delay(call)
            if delay > 0:
                time.sleep(delay)
            self._attempt_timeout(call)  # raises if the deadline has passed
            try:
                admission = breaker.acquire(call.breaker_key) if breaker else None
            except CircuitOpenError as exc:
                if call.span is not None:
                    call.span.set_attribute(BREAKER_STATE, "open")
                if last_error is None:
                    raise
                self._breaker_stopped_retries(call, last_error)
                raise last_error from exc
            if admission is not None and call.span is not None:
                call.span.set_attribute(BREAKER_STATE, admission.state.value)
            outcome: Outcome = "ignore"
            retrying = False
            try:
                try:
                    response = self._send(call)
                except httpx.TransportError as exc:
                    if not isinstance(exc, httpx.UnsupportedProtocol):
                        outcome = "failure"
                    error, wait = self._on_transport_error(call, exc)
                    if wait is None:
                        raise error from exc
                    last_error, retrying = error, True
                except APITimeoutError:
                    outcome = "failure"
                    raise
                except ResponseTooLargeError:
                    outcome = "success"
                    raise
                else:
                    outcome = "failure" if response.status_code >= 500 else "success"
                    result = self._on_response(call, response)
                    if isinstance(result, httpx.Response):
                        return result
                    status_error, wait = result
                    if wait is None:
                        raise status_error
                    last_error, retrying = status_error, True
            finally:
                if breaker is not None and admission is not None:
                    breaker.settle(call.breaker_key, admission, call_outcome(outcome, retrying))
            time.sleep(wait)

    def _send(self, call: _Call) -> httpx.Response:
        request = self._build(self._http, call)
        auth: Any = self._auth if self._auth is not None else httpx.USE_CLIENT_DEFAULT
        token = set_deadline(self._open_deadline(call))
        try:
            if call.mode == "read":
                return self._send_and_read(request, auth, call)
            return self._send_and_open(request, auth, call)
        finally:
            reset_deadline(token)

    def _send_and_read(self, request: httpx.Request, auth: Any, call: _Call) -> httpx.Response:
        response = self._http.send(request, auth=auth, stream=True)
        try:
            self._read_into(response, call)
        finally:
            response.close()
        return response

    def _read_into(self, response: httpx.Response, call: _Call) -> None:
        self._check_size(response, call)
        limit = self._config.max_response_bytes
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise self._too_large(response, call)
            chunks.append(chunk)
            if time.monotonic() > call.deadline:
                raise self._body_deadline(call)
        response._content = b"".join(chunks)

    def _send_and_open(self, request: httpx.Request, auth: Any, call: _Call) -> httpx.Response:
        """Send a stream or download attempt; a 2xx is left open (a stream read up to its
        first event, inside the attempt), anything else read and closed."""
        response = self._http.send(request, auth=auth, stream=True)
        try:
            if not 200 <= response.status_code < 300:
                self._read_into(response, call)
                response.close()
            elif call.mode == "download":
                self._check_size(response, call, call.max_bytes)
                call.opened = response
            elif not self._is_event_stream(response):
                self._read_into(response, call)
                raise self._not_an_event_stream(call, response)
            else:
                ctx = self._stream_context(call, response)
                call.opened = (*Stream.open(response, ctx), ctx)
        except BaseException:
            response.close()
            raise
        return response

    def _stream(
        self,
        chunk_type: type[T],
        method: str,
        path: str,
        *,
        event_types: Mapping[str, object] | None = None,
        done: str | None = "[DONE]",
        **options: Any,
    ) -> Stream[T]:
        """Open a server-sent event stream of ``chunk_type`` chunks (``_request``'s
        options); retried only until its first event. Inside ``with_raw_response``,
        the :class:`RawResponse` whose ``parse()`` is the stream."""
        decoder = EventDecoder(chunk_type, event_types, done=done)
        call = self._prepare(method, path, mode="stream", **options)
        response = self._execute(call)
        events, first, cap, ctx = call.opened
        stream = Stream(response, events, first, decoder, ctx, cap)
        if raw_requested():
            return cast(Stream[T], RawResponse(response, lambda _r: stream, ctx.request_id))
        return stream

    def _download(self, method: str, path: str, **options: Any) -> BinaryResponse:
        """Send a call whose answer is binary; the open :class:`BinaryResponse`."""
        call = self._prepare(method, path, mode="download", **options)
        response = self._execute(call)
        download = BinaryResponse(
            response,
            method=call.method,
            path=call.path,
            limit=call.max_bytes,
            request_id_headers=self._config.request_id_headers,
            scrub=self._scrub,
        )
        if raw_requested():
            return cast(
                BinaryResponse, RawResponse(response, lambda _r: download, download.request_id)
            )
        return download


class AsyncAPIClient(_ClientCore):
    """asyncio client; generated async clients subclass it."""

    def __init__(
        self,
        config: ClientConfig,
        auth: httpx.Auth | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(config, auth)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        self._owns_http = http_client is None
        if http_client is None:
            self._http = httpx.AsyncClient(
                transport=transport if transport is not None else async_transport(),
                timeout=config.httpx_timeout(),
                follow_redirects=False,
                headers=self._default_headers,
            )
            self._call_headers = {}
        else:
            self._http = http_client

    async def _next_page(
        self, uri: str, type_: type[T], timeout: float | httpx.Timeout | None = None
    ) -> T:
        """GET a next-page URI given by the API (same origin only) and decode it."""
        return self._decode(await self._request("GET", uri, timeout=timeout), type_)

    async def aclose(self) -> None:
        """Close the HTTP connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        form: Mapping[str, object] | msgspec.Struct | None = None,
        files: Any = None,
        headers: Mapping[str, str | None] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
        content: object = None,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        """Send one logical call with retries; returns the successful response, fully read."""
        call = self._prepare(
            method,
            path,
            params=params,
            json=json,
            form=form,
            files=files,
            headers=headers,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
            content=content,
            idempotent=idempotent,
        )
        return await self._execute(call)

    async def _execute(self, call: _Call) -> httpx.Response:
        try:
            return await self._traced(call)
        finally:
            self._close_files(call)

    async def _traced(self, call: _Call) -> httpx.Response:
        if self._budget is not None:
            self._budget.deposit()
        traced = tracer(self._config.tracer_provider)
        if traced is None:
            return await self._run(call)
        with start_call_span(traced, call.method, call.url, call.route) as call.span:
            try:
                response = await self._run(call)
            except BaseException as exc:
                end_call_span(call.span, call.attempt, None, exc)
                raise
            end_call_span(call.span, call.attempt, response.status_code, None)
            return response

    async def _run(self, call: _Call) -> httpx.Response:
        breaker = self._breaker
        last_error: APIError | None = None
        while True:
            call.attempt += 1
            delay = self._rate_limit_delay(call)
            if delay > 0:
                await asyncio.sleep(delay)
            self._attempt_timeout(call)  # raises if the deadline has passed
            try:
                admission = await breaker.aacquire(call.breaker_key) if breaker else None
            except CircuitOpenError as exc:
                if call.span is not None:
                    call.span.set_attribute(BREAKER_STATE, "open")
                if last_error is None:
                    raise
                self._breaker_stopped_retries(call, last_error)
                raise last_error from exc
            if admission is not None and call.span is not None:
                call.span.set_attribute(BREAKER_STATE, admission.state.value)
            outcome: Outcome = "ignore"
            retrying = False
            try:
                try:
                    response = await self._send(call)
                except httpx.TransportError as exc:
                    if not isinstance(exc, httpx.UnsupportedProtocol):
                        outcome = "failure"
                    error, wait = self._on_transport_error(call, exc)
                    if wait is None:
                        raise error from exc
                    last_error, retrying = error, True
                except APITimeoutError:
                    outcome = "failure"
                    raise
                except ResponseTooLargeError:
                    outcome = "success"
                    raise
                else:
                    outcome = "failure" if response.status_code >= 500 else "success"
                    result = self._on_response(call, response)
                    if isinstance(result, httpx.Response):
                        return result
                    status_error, wait = result
                    if wait is None:
                        raise status_error
                    last_error, retrying = status_error, True
            finally:
                if breaker is not None and admission is not None:
                    await breaker.asettle(
                        call.breaker_key, admission, call_outcome(outcome, retrying)
                    )
            await asyncio.sleep(wait)

    async def _send(self, call: _Call) -> httpx.Response:
        request = self._build(self._http, call)
        auth: Any = self._auth if self._auth is not None else httpx.USE_CLIENT_DEFAULT
        token = set_deadline(self._open_deadline(call))
        try:
            if call.mode == "read":
                return await self._send_and_read(request, auth, call)
            return await self._send_and_open(request, auth, call)
        finally:
            reset_deadline(token)

    async def _send_and_read(
        self, request: httpx.Request, auth: Any, call: _Call
    ) -> httpx.Response:
        response = await self._http.send(request, auth=auth, stream=True)
        try:
            await self._read_into(response, call)
        finally:
            await response.aclose()
        return response

    async def _read_into(self, response: httpx.Response, call: _Call) -> None:
        self._check_size(response, call)
        limit = self._config.max_response_bytes
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise self._too_large(response, call)
            chunks.append(chunk)
            if time.monotonic() > call.deadline:
                raise self._body_deadline(call)
        response._content = b"".join(chunks)

    async def _send_and_open(
        self, request: httpx.Request, auth: Any, call: _Call
    ) -> httpx.Response:
        response = await self._http.send(request, auth=auth, stream=True)
        try:
            if not 200 <= response.status_code < 300:
                await self._read_into(response, call)
                await response.aclose()
            elif call.mode == "download":
                self._check_size(response, call, call.max_bytes)
                call.opened = response
            elif not self._is_event_stream(response):
                await self._read_into(response, call)
                raise self._not_an_event_stream(call, response)
            else:
                ctx = self._stream_context(call, response)
                call.opened = (*(await AsyncStream.open(response, ctx)), ctx)
        except BaseException:
            await response.aclose()
            raise
        return response

    async def _stream(
        self,
        chunk_type: type[T],
        method: str,
        path: str,
        *,
        event_types: Mapping[str, object] | None = None,
        done: str | None = "[DONE]",
        **options: Any,
    ) -> AsyncStream[T]:
        """The async twin of ``SyncAPIClient._stream``."""
        decoder = EventDecoder(chunk_type, event_types, done=done)
        call = self._prepare(method, path, mode="stream", **options)
        response = await self._execute(call)
        events, first, cap, ctx = call.opened
        stream = AsyncStream(response, events, first, decoder, ctx, cap)
        if raw_requested():
            return cast(AsyncStream[T], RawResponse(response, lambda _r: stream, ctx.request_id))
        return stream

    async def _download(self, method: str, path: str, **options: Any) -> AsyncBinaryResponse:
        """The async twin of ``SyncAPIClient._download``."""
        call = self._prepare(method, path, mode="download", **options)
        response = await self._execute(call)
        download = AsyncBinaryResponse(
            response,
            method=call.method,
            path=call.path,
            limit=call.max_bytes,
            request_id_headers=self._config.request_id_headers,
            scrub=self._scrub,
        )
        if raw_requested():
            return cast(
                AsyncBinaryResponse,
                RawResponse(response, lambda _r: download, download.request_id),
            )
        return download
