"""Client-side rate limiting fed by the server's headers.

Understood headers (all advisory; ``Retry-After`` on 429/503 is authoritative):

- ``X-RateLimit-Remaining`` / ``X-RateLimit-Reset`` (GitHub: reset is epoch seconds;
  others send a delta; values above 10**9 are taken as epoch seconds),
- IETF draft -06 ``RateLimit-Remaining`` / ``RateLimit-Reset`` (delta seconds),
- IETF structured ``RateLimit: "default";r=0;t=30``,
- ``Retry-After`` / ``retry-after-ms`` on 429 and 503.

The limiter is a token bucket whose level is the server's last ``remaining`` value;
each call takes a token locally, so concurrent calls do not overshoot between answers.
When it is empty, calls wait for the announced reset.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import Protocol

import httpx

from .retry import parse_retry_after

__all__ = ["Limiter", "RateLimiter", "parse_rate_limit", "quota_exhausted"]

_EPOCH_THRESHOLD = 1_000_000_000.0
_STRUCTURED_R = re.compile(r"(?:^|;)\s*r\s*=\s*(\d+)")
_STRUCTURED_T = re.compile(r"(?:^|;)\s*t\s*=\s*(\d+)")


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


_NAMES = frozenset(
    {
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "ratelimit-remaining",
        "ratelimit-reset",
        "ratelimit",
    }
)
_RAW_NAMES = frozenset(name.encode() for name in _NAMES)


def _rate_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The rate-limit headers only, by lower-case name: one pass over the raw list."""
    found: dict[str, str] = {}
    if isinstance(headers, httpx.Headers):
        for raw_name, raw_value in headers.raw:
            name = raw_name.lower()
            if name in _RAW_NAMES:
                found[name.decode("ascii")] = raw_value.decode("latin-1")
        return found
    for key, value in headers.items():
        lowered = key.lower()
        if lowered in _NAMES:
            found[lowered] = value
    return found


def parse_rate_limit(
    headers: Mapping[str, str], now_wall: float | None = None
) -> tuple[int | None, float | None]:
    """``(remaining, seconds_until_reset)`` from the headers, ``None`` where unknown."""
    headers = _rate_headers(headers)
    if not headers:
        return None, None
    wall = time.time() if now_wall is None else now_wall
    remaining = _number(headers.get("x-ratelimit-remaining"))
    reset = _number(headers.get("x-ratelimit-reset"))
    if remaining is None:
        remaining = _number(headers.get("ratelimit-remaining"))
        reset = _number(headers.get("ratelimit-reset"))
    if remaining is None and headers.get("ratelimit"):
        structured = headers["ratelimit"].split(",")[0]
        r_match = _STRUCTURED_R.search(structured)
        t_match = _STRUCTURED_T.search(structured)
        remaining = float(r_match.group(1)) if r_match else None
        reset = float(t_match.group(1)) if t_match else None
    delay: float | None = None
    if reset is not None and reset >= 0:
        delay = max(0.0, reset - wall) if reset > _EPOCH_THRESHOLD else reset
    return (int(remaining) if remaining is not None and remaining >= 0 else None), delay


def quota_exhausted(headers: Mapping[str, str]) -> bool:
    """Whether the headers say the quota is used up (remaining is 0)."""
    remaining, _reset = parse_rate_limit(headers)
    return remaining == 0


class Limiter(Protocol):
    """What the client needs of a limiter (``RateLimiter``, ``SharedRateLimiter``)."""

    def acquire(self) -> float: ...

    def update(self, status_code: int, headers: Mapping[str, str]) -> None: ...


class RateLimiter:
    """Thread-safe; the lock is never held while waiting."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._remaining: int | None = None
        self._reset_at = 0.0
        self._blocked_until = 0.0

    def update(self, status_code: int, headers: Mapping[str, str]) -> None:
        """Feed one response's headers."""
        remaining, delay = parse_rate_limit(headers)
        retry_after = parse_retry_after(headers) if status_code in (429, 503) else None
        now = self._clock()
        with self._lock:
            if remaining is not None:
                self._remaining = remaining
                self._reset_at = now + delay if delay is not None else now + 1.0
            if retry_after is not None:
                self._blocked_until = max(self._blocked_until, now + retry_after)

    def acquire(self) -> float:
        """Take a token; returns how long to wait first (0.0 when a call may go now)."""
        now = self._clock()
        with self._lock:
            wait = max(0.0, self._blocked_until - now)
            if self._remaining is not None:
                if now >= self._reset_at:
                    self._remaining = None  # the window reset; unknown until next answer
                elif self._remaining > 0:
                    self._remaining -= 1
                else:
                    wait = max(wait, self._reset_at - now)
            return wait
