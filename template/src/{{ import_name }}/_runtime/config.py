"""Client and circuit-breaker configuration (frozen dataclasses, validated on creation)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import KW_ONLY, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .errors import ConfigurationError
from .events import RuntimeEvent

if TYPE_CHECKING:
    from .breaker import BreakerBackend
    from .ratelimit import Limiter

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_RETRY_STATUSES",
    "BreakerConfig",
    "ClientConfig",
    "check_timeout",
]

DEFAULT_DEADLINE = 60.0
"""Seconds for a whole call, unless a per-attempt timeout is longer (then that)."""

DEFAULT_RETRY_STATUSES: frozenset[int] = frozenset({408, 425, 429, 500, 502, 503, 504})


def check_timeout(name: str, value: object) -> float:
    """A positive, finite number of seconds; anything else is a ConfigurationError."""
    if value is None:
        raise ConfigurationError(f"{name} must be a positive number of seconds, not None")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name} must be a number of seconds, got {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ConfigurationError(f"{name} must be positive and finite, got {value!r}")
    return seconds


def _check_int(name: str, value: object, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{name} must be an integer >= {minimum}, got {value!r}")


def _check_nonneg(name: str, value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise ConfigurationError(f"{name} must be a finite number >= 0, got {value!r}")


@dataclass(frozen=True)
class BreakerConfig:
    """Circuit breaker settings (one breaker per client and route template, or per host
    with ``scope="host"``).

    A call counts once, with its final outcome (three failed attempts are one failure).

    The breaker opens when, in the sliding window of the last ``window_size`` calls,
    at least ``minimum_calls`` were recorded and the failure rate reaches
    ``failure_rate_threshold``, or when ``consecutive_failures`` calls fail in a row.
    Failures are 5xx answers, timeouts and transport errors; 4xx answers count as
    successes (the service is up). After ``wait_duration`` seconds the next call is let
    through as a probe (half-open); at most ``half_open_max_calls`` probes run at once
    and that many successes close the breaker, any failure reopens it. A probe that
    never reports back frees its slot after ``probe_timeout`` seconds, so the breaker
    cannot stick in half-open.

    ``backend`` is shared state: ``None`` means a fresh in-memory backend per client;
    pass a ``RedisBreakerBackend`` to share the breaker between processes.
    """

    failure_rate_threshold: float = 0.5
    window_size: int = 20
    minimum_calls: int = 10
    consecutive_failures: int = 5
    wait_duration: float = 30.0
    half_open_max_calls: int = 1
    probe_timeout: float = 60.0
    name: str = ""
    scope: Literal["route", "host"] = "route"
    backend: BreakerBackend | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        rate = self.failure_rate_threshold
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate <= 1:
            raise ConfigurationError("failure_rate_threshold must be in (0, 1]")
        _check_int("window_size", self.window_size, 1)
        _check_int("minimum_calls", self.minimum_calls, 1)
        _check_int("consecutive_failures", self.consecutive_failures, 1)
        _check_int("half_open_max_calls", self.half_open_max_calls, 1)
        check_timeout("wait_duration", self.wait_duration)
        check_timeout("probe_timeout", self.probe_timeout)
        if self.scope not in ("route", "host"):
            raise ConfigurationError("scope must be 'route' or 'host'")


@dataclass(frozen=True)
class ClientConfig:
    """Everything the runtime needs to call one API.

    Timeouts (seconds): ``timeout`` bounds every read and write of one attempt,
    ``connect_timeout`` the connection set-up (``write_timeout`` and ``pool_timeout``
    default to those). ``deadline`` bounds the whole call across all attempts and
    waits, including a body that trickles in; by default it is 60 s, or the longest
    per-attempt timeout when that is longer (``effective_deadline``). ``None``, zero,
    negative and infinite values are refused.

    Retries: at most ``max_attempts`` attempts in total (1 + retries), full-jitter
    exponential backoff ``U(0, min(backoff_cap, backoff_base * 2**n))``, server hints
    (``Retry-After``, ``retry-after-ms``, ``retry_hint_header``) honoured up to
    ``max_retry_wait``. A retry budget (token bucket: ``retry_budget_ratio`` tokens
    per call, ``retry_budget_tokens`` at most) bounds retry amplification per client;
    ``retry_budget_tokens=None`` disables it.

    Streams (server-sent events) and downloads: ``stream_first_event_timeout`` bounds
    each attempt from sending to the first event (default: ``timeout``), and retries
    happen only before it; ``stream_idle_timeout`` bounds the silence between two
    reads once the stream runs (keep-alive comments count as traffic; default:
    ``timeout``). A stream has no whole-call deadline unless ``stream_max_duration``
    is set. A download reads at most ``max_download_bytes`` (per call: ``max_bytes=``).

    ``allow_subdomains``: a full URL on a subdomain of the base URL's host (same scheme
    and port) may be requested, for APIs that address a resource by host name (S3's
    virtual-hosted buckets, ``bucket.s3.us-east-1.amazonaws.com``); off by default.

    Tracing: with ``opentelemetry`` installed, each call is a CLIENT span of
    ``tracer_provider`` (default: the global provider, when one is set).
    """

    base_url: str
    _: KW_ONLY
    timeout: float = 5.0
    connect_timeout: float = 5.0
    write_timeout: float | None = None
    pool_timeout: float | None = None
    deadline: float = DEFAULT_DEADLINE
    max_attempts: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    max_retry_wait: float = 60.0
    retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES
    idempotency_header: str | None = None
    retry_hint_header: str | None = None
    request_id_headers: tuple[str, ...] = ("request-id", "x-request-id")
    query_array_style: Literal["repeat", "brackets"] = "repeat"
    max_response_bytes: int = 10 * 1024 * 1024
    max_download_bytes: int = 1024 * 1024 * 1024
    stream_first_event_timeout: float | None = None
    stream_idle_timeout: float | None = None
    stream_max_duration: float | None = None
    max_redirects: int = 5
    allow_subdomains: bool = False
    user_agent: str = "integration-kit-runtime/0.1"
    default_headers: Mapping[str, str] = field(default_factory=dict, hash=False)
    breaker: BreakerConfig | None = field(default_factory=BreakerConfig)
    rate_limit: bool = True
    rate_limiter: Limiter | None = field(default=None, compare=False, hash=False, repr=False)
    """A shared limiter (``SharedRateLimiter``) used instead of the per-client one."""
    retry_budget_ratio: float = 0.2
    retry_budget_tokens: float | None = 3.0
    event_hook: Callable[[RuntimeEvent], None] | None = field(
        default=None, compare=False, hash=False
    )
    tracer_provider: Any = field(default=None, compare=False, hash=False, repr=False)
    effective_deadline: float = field(init=False, default=DEFAULT_DEADLINE)
    """``deadline``; at the default (60 s), the longer of that and the longest
    per-attempt timeout: ``timeout=120`` is never cut short by the default deadline.
    A deadline set to anything else is kept as given."""

    def __post_init__(self) -> None:
        try:
            url = httpx.URL(self.base_url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise ConfigurationError("base_url is not a valid URL") from exc
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError("base_url must be an absolute http(s) URL")
        check_timeout("timeout", self.timeout)
        check_timeout("connect_timeout", self.connect_timeout)
        if self.write_timeout is not None:
            check_timeout("write_timeout", self.write_timeout)
        if self.pool_timeout is not None:
            check_timeout("pool_timeout", self.pool_timeout)
        deadline = check_timeout("deadline", self.deadline)
        if deadline == DEFAULT_DEADLINE:  # the default never cuts a per-attempt timeout short
            timeouts = self.httpx_timeout()
            parts = (timeouts.connect, timeouts.read, timeouts.write)
            deadline = max(deadline, *(float(v) for v in parts if v is not None))
        object.__setattr__(self, "effective_deadline", deadline)
        _check_int("max_attempts", self.max_attempts, 1)
        check_timeout("backoff_base", self.backoff_base)
        check_timeout("backoff_cap", self.backoff_cap)
        _check_nonneg("max_retry_wait", self.max_retry_wait)
        _check_int("max_response_bytes", self.max_response_bytes, 1)
        _check_int("max_download_bytes", self.max_download_bytes, 1)
        for name in ("stream_first_event_timeout", "stream_idle_timeout", "stream_max_duration"):
            if getattr(self, name) is not None:
                check_timeout(name, getattr(self, name))
        _check_int("max_redirects", self.max_redirects, 0)
        _check_nonneg("retry_budget_ratio", self.retry_budget_ratio)
        if self.retry_budget_tokens is not None:
            _check_nonneg("retry_budget_tokens", self.retry_budget_tokens)
        if self.query_array_style not in ("repeat", "brackets"):
            raise ConfigurationError("query_array_style must be 'repeat' or 'brackets'")
        if isinstance(self.request_id_headers, str):
            raise ConfigurationError("request_id_headers must be a tuple of header names")
        if self.breaker is not None and not isinstance(self.breaker, BreakerConfig):
            raise ConfigurationError("breaker must be a BreakerConfig or None")
        if self.tracer_provider is not None and not callable(
            getattr(self.tracer_provider, "get_tracer", None)
        ):
            raise ConfigurationError("tracer_provider must be an OpenTelemetry TracerProvider")

    def httpx_timeout(self) -> httpx.Timeout:
        """The per-attempt ``httpx.Timeout`` (before clamping to the deadline)."""
        return httpx.Timeout(
            connect=self.connect_timeout,
            read=self.timeout,
            write=self.write_timeout if self.write_timeout is not None else self.timeout,
            pool=self.pool_timeout if self.pool_timeout is not None else self.connect_timeout,
        )
