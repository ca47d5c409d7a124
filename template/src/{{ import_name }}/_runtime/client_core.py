"""What the sync and async clients share: preparing a call and every decision in it.

``_ClientCore`` holds the configuration, the breaker, the retry budget and the rate
limiter, and decides, for each attempt, the timeouts, whether an answer is a success,
and whether and how long to wait before the next attempt. It does no I/O; the clients
in ``base_client.py`` send, sleep and read.
"""

from __future__ import annotations

import dataclasses
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import IO, Any, Self, TypeVar, cast, overload

import httpx
import msgspec

from .auth import guard_credentials, secret_values
from .breaker import Admission, CircuitBreaker, Transition
from .config import ClientConfig, check_timeout
from .decoding import Probed, decode_response, excerpt, request_id_of
from .errors import (
    APIError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    DecodingError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    StreamTimeoutError,
    TransportError,
    status_error_class,
)
from .events import emit
from .forms import encode_form, encode_query, form_body
from .options import RawResponse, raw_requested
from .paths import fill_path, route_of
from .ratelimit import Limiter, RateLimiter, parse_rate_limit, quota_exhausted
from .redirects import redirect_target
from .retry import (
    IDEMPOTENT_METHODS,
    RetryBudget,
    backoff_delay,
    parse_retry_after,
    retry_hint,
    status_retryable,
)
from .retry import idempotency_key as new_idempotency_key
from .streaming import StreamContext
from .uploads import UploadBody, open_files, upload_body
from .xmlcodec import xml_error_fields

__all__: list[str] = []  # internal: the clients in base_client.py build on it

T = TypeVar("T")
_CONNECT_PHASE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_DETAIL_CHARS = 300
_DEADLINE_SLACK = 0.01  # a socket timeout this close to the deadline was the deadline


@dataclass
class _Call:
    method: str
    url: httpx.URL
    path: str
    route: str
    breaker_key: str
    params: list[tuple[str, str]] | None
    headers: dict[str, str]
    content: bytes | UploadBody | None
    data: dict[str, list[str]] | None
    files: Any
    timeout: httpx.Timeout
    deadline: float
    budget_seconds: float
    retry_safe: bool
    longest_timeout: float
    max_attempts: int = 0
    attempt: int = 0
    redirects: int = 0
    span: Any = None  # the OpenTelemetry span, when tracing is on
    #: "read" (the body read whole), "stream" (server-sent events), "download"
    mode: str = "read"
    #: stream and download: seconds from sending an attempt to its first event (headers)
    first_event_timeout: float = 0.0
    #: stream and download: the size cap (the whole body; one event of a stream)
    max_bytes: int = 0
    #: what the successful attempt of a stream or download left open
    opened: Any = None
    #: a binary body sent in chunks (its ``replayable`` decides retries)
    upload: UploadBody | None = None
    #: files this call opened from paths (closed when the call is over)
    closers: list[IO[bytes]] = field(default_factory=list)
    #: when the call started (``time.monotonic``)
    started: float = 0.0


def _error_detail(body: object) -> str | None:
    if not isinstance(body, dict):
        return None
    error = body.get("error")
    candidates: list[object] = []
    if isinstance(error, dict):
        candidates += [error.get("message"), error.get("type"), error.get("code")]
    candidates += [error, body.get("message"), body.get("detail"), body.get("error_description")]
    for candidate in candidates:
        if isinstance(candidate, str) and candidate:
            return candidate[:_DETAIL_CHARS]
    return None


def _longest(timeout: httpx.Timeout, *, pool: bool = True) -> float:
    parts = [timeout.connect, timeout.read, timeout.write]
    if pool:
        parts.append(timeout.pool)
    return max((float(v) for v in parts if v is not None), default=float("inf"))


def _per_call_timeout(config: ClientConfig, timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        parts = {
            "connect": timeout.connect,
            "read": timeout.read,
            "write": timeout.write,
            "pool": timeout.pool,
        }
        for name, value in parts.items():
            check_timeout(f"timeout.{name}", value)
        return timeout
    seconds = check_timeout("timeout", timeout)
    base = config.httpx_timeout()
    return httpx.Timeout(connect=base.connect, read=seconds, write=seconds, pool=base.pool)


class _ClientCore:
    """Everything but the I/O."""

    _owns_http: bool  # set by the I/O clients: whether close() closes the pool

    def __init__(self, config: ClientConfig, auth: httpx.Auth | None) -> None:
        if not isinstance(config, ClientConfig):
            raise ConfigurationError("config must be a ClientConfig")
        if auth is not None and not isinstance(auth, httpx.Auth):
            raise ConfigurationError("auth must be an httpx.Auth instance or None")
        self._config = config
        self._auth = auth
        self._base = httpx.URL(config.base_url)
        self._timeout = config.httpx_timeout()
        self._urls: dict[str, httpx.URL] = {}  # parsed once per distinct path
        self._base_str = config.base_url.rstrip("/")
        self._default_headers = httpx.Headers(
            {"User-Agent": config.user_agent, "Accept": "application/json"}
        )
        self._default_headers.update(dict(config.default_headers))
        # Sent with every request; empty when the defaults live on our own httpx client.
        self._call_headers: dict[str, str] = dict(self._default_headers)
        self._idempotency_header = (config.idempotency_header or "").lower()
        self._longest_timeout = _longest(self._timeout)
        self._budget = (
            RetryBudget(config.retry_budget_ratio, config.retry_budget_tokens)
            if config.retry_budget_tokens is not None
            else None
        )
        self._limiter: Limiter | None = (
            (config.rate_limiter or RateLimiter()) if config.rate_limit else None
        )
        self._breaker = (
            CircuitBreaker(
                config.breaker, on_transition=self._on_transition, on_reject=self._on_reject
            )
            if config.breaker is not None
            else None
        )
        self._last_response: httpx.Response | None = None

    @property
    def config(self) -> ClientConfig:
        return self._config

    @property
    def last_response(self) -> httpx.Response | None:
        """Deprecated: shared by concurrent calls. Use ``with_raw_response`` instead."""
        warnings.warn(
            "client.last_response is deprecated (it races under concurrency): call "
            "client.<resource>.with_raw_response.<method>(...) for the call's response",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._last_response

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool.

        The copy never closes the pool (the original owns it); its breaker, retry
        budget and rate limiter are the original's too: they describe the same API.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = timeout
            changes["deadline"] = max(self._config.deadline, timeout)
        if deadline is not None:
            changes["deadline"] = deadline
        if max_retries is not None:
            changes["max_attempts"] = max_retries + 1
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        for klass in type(self).__mro__:  # resources bound to the original client
            for name, attr in vars(klass).items():
                if isinstance(attr, cached_property):
                    clone.__dict__.pop(name, None)
        clone._config = dataclasses.replace(self._config, **changes)
        clone._timeout = clone._config.httpx_timeout()
        clone._longest_timeout = _longest(clone._timeout)
        clone._owns_http = False
        if default_headers:
            clone._call_headers = {**self._call_headers}
            for name, value in default_headers.items():
                clone._call_headers[name.lower()] = value
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.base_url!r})"

    # -- helpers used by generated methods -------------------------------------------

    @staticmethod
    def _path(template: str, values: Mapping[str, object]) -> str:
        """Fill ``{name}`` placeholders with percent-escaped values (``/`` included)."""
        return fill_path(template, values)

    @overload
    def _decode(self, response: httpx.Response, type_: Probed[T]) -> T: ...
    @overload
    def _decode(self, response: httpx.Response, type_: type[T]) -> T: ...
    def _decode(self, response: httpx.Response, type_: type[T] | Probed[T]) -> T:
        """Decode ``response`` as ``type_``; raises ``DecodingError`` with the JSON path."""
        return decode_response(
            response,
            type_,
            request_id_headers=self._config.request_id_headers,
            scrub=self._scrub,
        )

    def _result(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        """``parse(response)``, or a :class:`RawResponse` inside ``with_raw_response``."""
        if raw_requested():
            request_id = request_id_of(response, self._config.request_id_headers)
            return cast(T, RawResponse(response, parse, request_id))
        return parse(response)

    def _auth_username(self) -> str:
        """The basic-auth user name (Twilio's account SID), for path defaults."""
        username = getattr(self._auth, "username", None)
        if not isinstance(username, str) or not username:
            raise ConfigurationError("this call needs the account id: pass it explicitly")
        return username

    # -- internals -------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        for secret in secret_values(self._auth):  # never stored in plain text on the client
            if len(secret) >= 4:
                text = text.replace(secret, "***")
        return text

    def _emit(self, name: str, **fields: object) -> None:
        emit(name, self._config.event_hook, **fields)

    def _on_transition(self, key: str, transition: Transition) -> None:
        self._emit(
            "breaker_transition",
            key=key,
            from_state=transition[0].value,
            to_state=transition[1].value,
        )

    def _on_reject(self, key: str, admission: Admission) -> None:
        self._emit(
            "breaker_rejected",
            key=key,
            state=admission.state.value,
            retry_after=admission.retry_after,
        )

    def _url_for(self, path: str) -> httpx.URL:
        cached = self._urls.get(path)
        if cached is not None:
            return cached
        if path.startswith(("http://", "https://")):
            url = httpx.URL(path)
            base = self._base
            host_ok = url.host == base.host or (
                self._config.allow_subdomains and url.host.endswith("." + base.host)
            )
            if not host_ok or (url.scheme, url.port) != (base.scheme, base.port):
                raise ConfigurationError(
                    "refusing to send a request (and credentials) to another origin"
                )
        else:
            url = httpx.URL(self._base_str + (path if path.startswith("/") else "/" + path))
        if len(self._urls) >= 1024:  # bounded: paths with ids are endless
            self._urls.clear()
        self._urls[path] = url
        return url

    def _prepare(
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
        mode: str = "read",
        max_bytes: int | None = None,
        idempotent: bool | None = None,
    ) -> _Call:
        opened: list[IO[bytes]] = []
        try:
            return self._prepare_call(
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
                mode=mode,
                max_bytes=max_bytes,
                opened=opened,
                idempotent=idempotent,
            )
        except BaseException:
            for handle in opened:
                handle.close()
            raise

    def _prepare_call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None,
        json: object,
        form: Mapping[str, object] | msgspec.Struct | None,
        files: Any,
        headers: Mapping[str, str | None] | None,
        timeout: float | httpx.Timeout | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
        max_retries: int | None,
        idempotency_key: str | None,
        content: object,
        mode: str,
        max_bytes: int | None,
        opened: list[IO[bytes]],
        idempotent: bool | None = None,
    ) -> _Call:
        config = self._config
        method = method.upper()
        if extra_query:
            params = {**(params or {}), **extra_query}
        if extra_body:
            if form is not None or files is not None:
                plain: Mapping[str, object] = (
                    msgspec.to_builtins(form) if isinstance(form, msgspec.Struct) else form or {}
                )
                form = {**plain, **extra_body}
            elif json is None or isinstance(json, Mapping):
                json = {**(json or {}), **extra_body}
            else:
                raise ConfigurationError("extra_body needs an object body")
        if max_retries is not None and (type(max_retries) is not int or max_retries < 0):
            raise ConfigurationError("max_retries must be an int >= 0")
        if json is not None and (form is not None or files is not None):
            raise ConfigurationError("pass either json or form/files, not both")
        if content is not None and (json is not None or form is not None or files is not None):
            raise ConfigurationError("pass either a binary body (content) or json/form/files")
        if max_bytes is not None and (type(max_bytes) is not int or max_bytes < 1):
            raise ConfigurationError("max_bytes must be an int >= 1")
        url = self._url_for(path)
        # Lower-case names: a caller's "content-type" replaces ours instead of doubling it.
        request_headers = self._call_headers.copy()
        if headers:
            for name, value in headers.items():
                if value is not None:
                    request_headers[name.lower()] = value
        if extra_headers:
            for name, value in extra_headers.items():
                request_headers[name.lower()] = value
        body: bytes | UploadBody | None = None
        upload: UploadBody | None = None
        data: dict[str, list[str]] | None = None
        if isinstance(files, Mapping):
            files, handles = open_files(files)
            opened += handles
        if content is not None:
            body = upload_body(content, opened)
            if isinstance(body, UploadBody):
                upload = body
                if body.length is not None:
                    request_headers["content-length"] = str(body.length)
            request_headers.setdefault("content-type", "application/octet-stream")
        elif json is not None:
            body = msgspec.json.encode(json)
            request_headers.setdefault("content-type", "application/json")
        elif form is not None and files is None:
            body = form_body(form)
            request_headers.setdefault("content-type", "application/x-www-form-urlencoded")
        elif form is not None:
            data = {}
            for key, value in encode_form(form):
                data.setdefault(key, []).append(value)
        guard_credentials(request_headers, params)  # a token passed per call stays out of logs
        query = encode_query(params, config.query_array_style) if params else None
        first_event = 0.0
        if mode != "read":
            base = self._timeout
            idle = config.stream_idle_timeout or config.timeout
            first_event = config.stream_first_event_timeout or config.timeout
            if isinstance(timeout, httpx.Timeout):
                base = _per_call_timeout(config, timeout)
                idle = float(base.read) if base.read is not None else idle
            elif timeout is not None:
                idle = first_event = check_timeout("timeout", timeout)
            attempt_timeout = httpx.Timeout(
                connect=base.connect, read=idle, write=base.write, pool=base.pool
            )
            longest = _longest(attempt_timeout)
            budget_seconds = max(config.effective_deadline, first_event)
            if mode == "stream":
                request_headers.setdefault("accept", "text/event-stream")
                request_headers.setdefault("cache-control", "no-store")
        elif timeout is None:
            attempt_timeout = self._timeout
            longest = self._longest_timeout
            budget_seconds = config.effective_deadline
        else:
            attempt_timeout = _per_call_timeout(config, timeout)
            longest = _longest(attempt_timeout)
            budget_seconds = max(config.effective_deadline, _longest(attempt_timeout, pool=False))
        # ``idempotent=True``: a POST the API defines as safe to repeat (S3's
        # CompleteMultipartUpload, DeleteObjects) is retried like a PUT.
        retry_safe = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        if idempotency_key is not None:
            if not self._idempotency_header:
                raise ConfigurationError("this API has no idempotency-key header")
            request_headers[self._idempotency_header] = idempotency_key
        if self._idempotency_header and not retry_safe:
            # One key per call, reused on every attempt; a caller's own key wins.
            if not request_headers.get(self._idempotency_header):
                request_headers[self._idempotency_header] = new_idempotency_key()
            retry_safe = True
        route = route_of(path, url.path)
        breaker_key = self._breaker.key_for(url.host, route) if self._breaker else ""
        return _Call(
            method=method,
            url=url,
            path=url.path,
            route=route,
            breaker_key=breaker_key,
            params=query,
            headers=request_headers,
            content=body,
            data=data,
            files=files,
            timeout=attempt_timeout,
            deadline=time.monotonic() + budget_seconds,
            budget_seconds=budget_seconds,
            retry_safe=retry_safe,
            longest_timeout=longest,
            max_attempts=config.max_attempts if max_retries is None else max_retries + 1,
            mode=mode,
            first_event_timeout=first_event,
            max_bytes=(
                max_bytes
                if max_bytes is not None
                else config.max_download_bytes
                if mode == "download"
                else config.max_response_bytes
            ),
            upload=upload,
            closers=opened,
            started=time.monotonic(),
        )

    def _attempt_timeout(self, call: _Call) -> httpx.Timeout:
        remaining = call.deadline - time.monotonic()
        if remaining <= 0:
            raise APITimeoutError(
                f"deadline of {call.budget_seconds:g}s exceeded for "
                f"{call.method} {call.path} before attempt {call.attempt}"
            )
        t = call.timeout
        if remaining >= call.longest_timeout:
            return t  # nothing to clamp: the usual case, and no new object

        def clamp(value: float | None) -> float:
            return min(float(value), remaining) if value is not None else remaining

        return httpx.Timeout(
            connect=clamp(t.connect),
            read=clamp(t.read),
            write=clamp(t.write),
            pool=clamp(t.pool),
        )

    def _rate_limit_delay(self, call: _Call) -> float:
        if self._limiter is None:
            return 0.0
        wait = self._limiter.acquire()
        if wait <= 0:
            return 0.0
        remaining = call.deadline - time.monotonic()
        if wait > min(self._config.max_retry_wait, remaining):
            return 0.0  # too long to wait locally: let the server decide
        self._emit(
            "rate_limit_wait",
            method=call.method,
            path=call.path,
            attempt=call.attempt,
            wait=wait,
        )
        return wait

    def _check_size(self, response: httpx.Response, call: _Call, limit: int | None = None) -> None:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > (limit or self._config.max_response_bytes):
            raise self._too_large(response, call, limit)

    def _too_large(
        self, response: httpx.Response, call: _Call, limit: int | None = None
    ) -> ResponseTooLargeError:
        limit = limit or self._config.max_response_bytes
        request_id = request_id_of(response, self._config.request_id_headers)
        message = (
            f"response to {call.method} {call.path} exceeds {limit} bytes "
            f"(HTTP {response.status_code})"
        )
        if request_id:
            message += f" (request id: {request_id})"
        return ResponseTooLargeError(
            message, limit=limit, status_code=response.status_code, request_id=request_id
        )

    def _body_deadline(self, call: _Call) -> APITimeoutError:
        return APITimeoutError(
            f"deadline of {call.budget_seconds:g}s exceeded while reading the response "
            f"to {call.method} {call.path}"
        )

    def _build(self, http: httpx.Client | httpx.AsyncClient, call: _Call) -> httpx.Request:
        timeout = self._attempt_timeout(call)  # raises once the deadline has passed
        if call.mode != "read":
            timeout = call.timeout  # bounded by the first-event deadline, then idle reads
        content: Any = call.content
        if isinstance(content, UploadBody):
            async_client = isinstance(http, httpx.AsyncClient)
            content = content.for_async() if async_client else content.for_sync()
        return http.build_request(
            call.method,
            call.url,
            params=tuple(call.params) if call.params is not None else None,
            headers=call.headers,
            content=content,
            data=call.data,
            files=call.files,
            timeout=timeout,
        )

    def _open_deadline(self, call: _Call) -> float:
        """The socket deadline of one attempt: the call's, or (streams, downloads) the
        first event's when that is sooner."""
        if call.mode == "read":
            return call.deadline
        return min(call.deadline, time.monotonic() + call.first_event_timeout)

    def _stream_context(self, call: _Call, response: httpx.Response) -> StreamContext:
        return StreamContext(
            method=call.method,
            path=call.path,
            response=response,
            scrub=self._scrub,
            request_id_headers=self._config.request_id_headers,
            max_event_bytes=call.max_bytes,
            max_duration=self._config.stream_max_duration,
            started=call.started,
        )

    def _not_an_event_stream(self, call: _Call, response: httpx.Response) -> DecodingError:
        """A 2xx answer to a stream request that is not ``text/event-stream`` (read first)."""
        kind = response.headers.get("content-type", "") or "no content type"
        request_id = request_id_of(response, self._config.request_id_headers)
        body = self._scrub(excerpt(response.content))
        message = (
            f"HTTP {response.status_code}: expected a text/event-stream answer to "
            f"{call.method} {call.path}, got {kind}; body: {body!r}"
        )
        if request_id:
            message += f" (request id: {request_id})"
        return DecodingError(
            self._scrub(message),
            status_code=response.status_code,
            body=body,
            request_id=request_id,
        )

    @staticmethod
    def _is_event_stream(response: httpx.Response) -> bool:
        kind = str(response.headers.get("content-type", ""))
        return kind.partition(";")[0].strip().lower() == "text/event-stream"

    @staticmethod
    def _close_files(call: _Call) -> None:
        for handle in call.closers:
            handle.close()
        call.closers.clear()

    def _retry_wait(
        self,
        call: _Call,
        *,
        retryable: bool,
        reason: str,
        retry_after: float | None,
        request_id: str | None,
    ) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to give up."""
        config = self._config
        if not retryable:
            return None
        give_up: str | None = None
        wait = 0.0
        if call.upload is not None and not call.upload.replayable:
            give_up = "the body is a one-shot iterator that was already sent"
        elif call.attempt >= call.max_attempts:
            give_up = "attempts exhausted"
        elif retry_after is not None and retry_after > config.max_retry_wait:
            give_up = "server asked to wait longer than max_retry_wait"
        else:
            wait = (
                retry_after
                if retry_after is not None
                else backoff_delay(call.attempt, config.backoff_base, config.backoff_cap)
            )
            if time.monotonic() + wait >= call.deadline:
                give_up = "deadline would pass"
            elif self._budget is not None and not self._budget.try_withdraw():
                give_up = "retry budget exhausted"
        if give_up is not None:
            self._emit(
                "give_up",
                method=call.method,
                path=call.path,
                attempt=call.attempt,
                reason=reason,
                why=give_up,
                request_id=request_id,
            )
            return None
        self._emit(
            "retry",
            method=call.method,
            path=call.path,
            attempt=call.attempt,
            wait=wait,
            reason=reason,
            request_id=request_id,
        )
        if call.span is not None:
            call.span.add_event("retry", {"attempt": call.attempt, "wait": wait, "reason": reason})
        return wait

    def _breaker_stopped_retries(self, call: _Call, last_error: APIError) -> None:
        self._emit(
            "give_up",
            method=call.method,
            path=call.path,
            attempt=call.attempt - 1,
            reason=type(last_error).__name__,
            why="circuit breaker opened",
            request_id=last_error.request_id,
        )

    def _on_transport_error(
        self, call: _Call, exc: httpx.TransportError
    ) -> tuple[APIError, float | None]:
        name = type(exc).__name__
        if isinstance(exc, httpx.UnsupportedProtocol):
            raise ConfigurationError(self._scrub(str(exc))) from exc
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
        text = f"{name} on {call.method} {call.path} (attempt {call.attempt}): {exc}".rstrip(": ")
        if cls is APITimeoutError and call.deadline - time.monotonic() < _DEADLINE_SLACK:
            text = f"deadline of {call.budget_seconds:g}s exceeded: {text}"
        error = cls(self._scrub(text))
        if cls is APITimeoutError and call.mode == "stream":
            error = StreamTimeoutError(
                self._scrub(f"no first event within {call.first_event_timeout:g}s: {text}"),
                phase="first_event",
            )
        connect_phase = isinstance(exc, _CONNECT_PHASE)
        wait = self._retry_wait(
            call,
            retryable=connect_phase or call.retry_safe,
            reason=name,
            retry_after=None,
            request_id=None,
        )
        return error, wait

    def _status_error(
        self,
        call: _Call,
        response: httpx.Response,
        retry_after: float | None,
        rate_limited: bool = False,
    ) -> APIStatusError:
        status = response.status_code
        request_id = request_id_of(response, self._config.request_id_headers)
        body: object = None
        try:
            body = msgspec.json.decode(self._scrub(response.text))  # an echoed key too
        except msgspec.DecodeError:
            body = None
        xml_error = xml_error_fields(response.content) if body is None else {}
        if xml_error:  # S3 and other AWS XML APIs: <Error><Code>NoSuchKey</Code>...
            body = xml_error
            request_id = request_id or xml_error.get("RequestId") or None
        detail = _error_detail(body) or excerpt(response.content, _DETAIL_CHARS)
        if xml_error.get("Code"):
            detail = f"{xml_error['Code']}: {xml_error.get('Message') or ''}".rstrip(": ")
        message = f"HTTP {status} {response.reason_phrase} for {call.method} {call.path}".rstrip()
        if detail:
            message += f": {detail}"
        if request_id:
            message += f" (request id: {request_id})"
        message = self._scrub(message)
        cls = RateLimitError if rate_limited else status_error_class(status)
        if cls is RateLimitError:
            error: APIStatusError = RateLimitError(
                status, response, request_id, message=message, body=body, retry_after=retry_after
            )
        else:
            error = cls(status, response, request_id, message=message, body=body)
        error.code = xml_error.get("Code") or None
        return error

    def _on_redirect(
        self, call: _Call, response: httpx.Response
    ) -> tuple[APIStatusError, float | None]:
        """Follow (same origin, GET/HEAD, within ``max_redirects``) or raise RedirectError.

        Following reuses the retry loop with no wait and without spending an attempt.
        """
        location = response.headers.get("location")
        target, why = redirect_target(
            call.method, call.url, location, call.redirects, self._config.max_redirects
        )
        request_id = request_id_of(response, self._config.request_id_headers)
        shown = self._scrub(location) if location else None
        message = f"HTTP {response.status_code} for {call.method} {call.path}"
        message += f" to {shown}: {why}" if target is None else f": following to {shown}"
        error = RedirectError(
            response.status_code, response, request_id, message=message, location=shown
        )
        if target is None:
            return error, None
        call.redirects += 1
        call.attempt -= 1  # a redirect is not a failed attempt
        call.url, call.path, call.params = target, target.path, None
        self._emit("redirect", method=call.method, path=call.path, status=response.status_code)
        return error, 0.0

    def _on_response(
        self, call: _Call, response: httpx.Response
    ) -> httpx.Response | tuple[APIStatusError, float | None]:
        self._last_response = response
        if self._limiter is not None:
            self._limiter.update(response.status_code, response.headers)
        status = response.status_code
        if status < 300:
            return response
        if status < 400:
            return self._on_redirect(call, response)
        retry_after = parse_retry_after(response.headers)
        rate_limited = status == 429
        if status == 403 and (retry_after is not None or quota_exhausted(response.headers)):
            rate_limited = True  # GitHub answers a used-up quota with 403, not 429
        if retry_after is None and rate_limited:
            retry_after = parse_rate_limit(response.headers)[1]  # wait for the quota's reset
        error = self._status_error(call, response, retry_after, rate_limited)
        hint = retry_hint(response.headers, self._config.retry_hint_header)
        if hint is not None:
            retryable = hint
        else:
            retryable = status_retryable(
                status,
                retry_statuses=self._config.retry_statuses,
                rate_limited=rate_limited,
                retry_after=retry_after,
                retry_safe=call.retry_safe,
            )
        wait = self._retry_wait(
            call,
            retryable=retryable,
            reason=f"HTTP {status}",
            retry_after=retry_after,
            request_id=error.request_id,
        )
        return error, wait
