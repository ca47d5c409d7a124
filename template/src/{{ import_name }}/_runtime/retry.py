"""Retry policy pieces: full-jitter backoff, server hints and a retry budget."""

from __future__ import annotations

import math
import os
import random
import threading
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime

__all__ = [
    "CONNECT_PHASE_ERRORS",
    "IDEMPOTENT_METHODS",
    "RetryBudget",
    "backoff_delay",
    "idempotency_key",
    "parse_retry_after",
    "retry_hint",
    "status_retryable",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
"""RFC 9110 §9.2.2: safe to repeat without a key."""

CONNECT_PHASE_ERRORS: tuple[str, ...] = ("ConnectError", "ConnectTimeout", "PoolTimeout")
"""httpx errors raised before a byte of the request left: any method may be retried."""

_rng = random.SystemRandom()


def backoff_delay(
    retry_number: int,
    base: float,
    cap: float,
    rng: Callable[[], float] = _rng.random,
) -> float:
    """Full jitter: ``U(0, min(cap, base * 2**(retry_number - 1)))``.

    ``retry_number`` is 1 for the first retry. Full jitter spreads synchronized clients
    best and does the least total work (Brooker, "Exponential Backoff and Jitter").
    """
    exponent = min(max(retry_number - 1, 0), 62)
    return rng() * min(cap, base * float(2**exponent))


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    return value.strip() if value is not None else None


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms``, or ``Retry-After`` as delta-seconds or an
    HTTP-date (RFC 9110 §10.2.3). Invalid, negative or non-finite values give ``None``;
    a date in the past gives ``0.0``."""
    raw_ms = _header(headers, "retry-after-ms")
    if raw_ms:
        try:
            ms = float(raw_ms)
        except ValueError:
            ms = math.nan
        if math.isfinite(ms) and ms >= 0:
            return ms / 1000.0
    raw = _header(headers, "retry-after")
    if not raw:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def retry_hint(headers: Mapping[str, str], header: str | None) -> bool | None:
    """The server's explicit verdict (e.g. ``Stripe-Should-Retry: false``), if any."""
    if not header:
        return None
    value = _header(headers, header)
    if value is None:
        return None
    lowered = value.lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    return None


def status_retryable(
    status: int,
    *,
    retry_statuses: frozenset[int],
    rate_limited: bool,
    retry_after: float | None,
    retry_safe: bool,
) -> bool:
    """Whether an error status may be retried (the rule table of docs/resilience.md).

    A 429 (or a quota-exhausted 403) and a 503 carrying ``Retry-After`` mean the server
    refused the request before doing any work, so they are retried for *any* method.
    Every other status in ``retry_statuses`` is retried only when the request is safe
    to repeat (an idempotent method, or an idempotency key on the request).
    """
    if rate_limited:
        return True
    if status == 503 and retry_after is not None:
        return True
    return status in retry_statuses and retry_safe


def idempotency_key() -> str:
    """A random (version 4) UUID string; as ``str(uuid.uuid4())``, at half the cost."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class RetryBudget:
    """Token bucket bounding retries to a fraction of recent calls (gRPC/Envoy/Finagle).

    Each call deposits ``ratio`` tokens; each retry withdraws one. The bucket starts
    full with ``max_tokens`` (the "small minimum" that lets a quiet client retry) and
    never holds more, so under a sustained outage retries settle at ``ratio`` of calls.
    Thread-safe; never held across I/O.
    """

    def __init__(self, ratio: float = 0.2, max_tokens: float = 10.0) -> None:
        self.ratio = ratio
        self.max_tokens = max_tokens
        self._tokens = max_tokens
        self._lock = threading.Lock()

    @property
    def tokens(self) -> float:
        return self._tokens

    def deposit(self) -> None:
        with self._lock:
            self._tokens = min(self.max_tokens, self._tokens + self.ratio)

    def try_withdraw(self) -> bool:
        with self._lock:
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return True
            return False
