"""One rate-limit quota per API key, shared by every process through Redis.

:class:`SharedRateLimiter` has the interface of :class:`~.ratelimit.RateLimiter`
(``update`` with each answer's headers, ``acquire`` before each attempt), but keeps the
state (the server's ``remaining``, its reset time, a ``Retry-After`` block) in one
Redis hash per API key, changed by one Lua script per decision, so it is atomic
across processes. Each acquire takes a token for all processes, so workers sharing a
key no longer each spend the whole remaining quota. Times are wall-clock.

The key is a SHA-256 digest of the API key: the secret is never stored. Without Redis
(not installed, or unreachable) it logs one warning and uses a local
:class:`~.ratelimit.RateLimiter` from then on. The limiter makes blocking Redis calls
(one round trip each, with a short socket timeout), also from the async client.

:func:`shared_rate_limiter` hands out one limiter per Redis URL and API key per
process, so every client of a process shares its connection and its one warning.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import threading
import time
from collections.abc import Mapping
from typing import Any

import httpx

from .errors import ConfigurationError
from .ratelimit import RateLimiter, parse_rate_limit
from .retry import parse_retry_after

__all__ = ["DEFAULT_QUOTA_PREFIX", "SharedRateLimiter", "quota_identity", "shared_rate_limiter"]

DEFAULT_QUOTA_PREFIX = "integration:ratelimit:"
_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")

_log = logging.getLogger("integration_runtime")
_RESET_MARGIN = 0.05  # wait a little past the announced reset: clocks and rounding differ

# KEYS[1] hash; ARGV: now
_ACQUIRE = """
local now = tonumber(ARGV[1])
local h = redis.call('HMGET', KEYS[1], 'remaining', 'reset_at', 'blocked_until')
local wait = 0
local blocked = tonumber(h[3]) or 0
if blocked > now then wait = blocked - now end
local remaining = tonumber(h[1])
local reset_at = tonumber(h[2]) or 0
if remaining and now >= reset_at then
  redis.call('HDEL', KEYS[1], 'remaining')
  remaining = nil
end
if remaining and remaining > 0 then
  redis.call('HSET', KEYS[1], 'remaining', remaining - 1)
else
  if remaining and reset_at - now > wait then wait = reset_at - now end
  -- Sent blind: the count is unknown, or used up and the call goes at the reset. The
  -- first answer of the next window subtracts the others sent with it.
  redis.call('HINCRBY', KEYS[1], 'blind', 1)
end
return tostring(wait)
"""

# KEYS[1] hash; ARGV: now, remaining or '', reset_at or '', blocked_until or '', ttl
_UPDATE = """
local now = tonumber(ARGV[1])
local remaining = tonumber(ARGV[2])
local reset_at = tonumber(ARGV[3])
local blocked = tonumber(ARGV[4])
local h = redis.call('HMGET', KEYS[1], 'remaining', 'reset_at', 'blocked_until')
if remaining and reset_at then
  local old = tonumber(h[1])
  local old_reset = tonumber(h[2]) or 0
  -- Same window: answers in flight carry stale counts; the lowest one is the truth.
  if old and math.abs(old_reset - reset_at) < 0.5 and old < remaining then
    remaining = old
  end
  -- The first answer of a newer window: the others sent blind with it may not be in
  -- the server's count yet, so take them off (at worst a few calls too few, never
  -- too many).
  if reset_at > old_reset + 0.5 then
    local blind = tonumber(redis.call('HGET', KEYS[1], 'blind')) or 0
    if blind > 1 then remaining = math.max(0, remaining - (blind - 1)) end
    redis.call('HSET', KEYS[1], 'blind', 0)
  end
  -- An answer from an earlier window, arriving late, must not overwrite the new one.
  if reset_at > old_reset - 0.5 then
    redis.call('HSET', KEYS[1], 'remaining', remaining, 'reset_at', tostring(reset_at))
  end
end
if blocked and blocked > (tonumber(h[3]) or 0) then
  redis.call('HSET', KEYS[1], 'blocked_until', tostring(blocked))
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[5]))
return 1
"""


def quota_key(api_key: str) -> str:
    """A stable, non-reversible name for one API key's quota."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:32]


class SharedRateLimiter:
    """A rate limiter whose quota is shared through Redis by every process using the key."""

    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        prefix: str = DEFAULT_QUOTA_PREFIX,
        socket_timeout: float = 0.25,
        ttl_seconds: int = 3600,
        client: Any = None,
    ) -> None:
        self._url = url
        self._key = prefix + quota_key(api_key)
        self._socket_timeout = socket_timeout
        self._ttl = ttl_seconds
        self._client = client
        self._scripts: tuple[Any, Any] | None = None
        self._lock = threading.Lock()
        self._local: RateLimiter | None = None

    def __repr__(self) -> str:
        return f"SharedRateLimiter(shared={self.shared})"

    @property
    def key(self) -> str:
        """The Redis key holding this quota: the prefix and a digest, never the API key."""
        return self._key

    @property
    def shared(self) -> bool:
        """``False`` once it fell back to the local limiter."""
        return self._local is None

    def _fallback(self, exc: BaseException) -> RateLimiter:
        with self._lock:
            if self._local is None:
                _log.warning(
                    "rate limiter: Redis unavailable (%s); using a local limiter for this "
                    "process only",
                    type(exc).__name__,
                )
                self._local = RateLimiter()
            return self._local

    def _redis(self) -> tuple[Any, Any]:
        with self._lock:
            if self._scripts is None:
                if self._client is None:
                    redis_mod: Any = importlib.import_module("redis")
                    self._client = redis_mod.Redis.from_url(
                        self._url,
                        socket_timeout=self._socket_timeout,
                        socket_connect_timeout=self._socket_timeout,
                    )
                self._scripts = (
                    self._client.register_script(_ACQUIRE),
                    self._client.register_script(_UPDATE),
                )
            return self._scripts

    def acquire(self) -> float:
        """Take a token of the shared quota; returns how long to wait first."""
        if self._local is not None:
            return self._local.acquire()
        try:
            acquire, _update = self._redis()
            raw = acquire(keys=[self._key], args=[repr(time.time())])
            return max(0.0, float(raw))
        except Exception as exc:  # ImportError, redis errors: degrade, never fail the call
            return self._fallback(exc).acquire()

    def update(self, status_code: int, headers: Mapping[str, str]) -> None:
        """Feed one answer's rate-limit headers into the shared quota."""
        if self._local is not None:
            self._local.update(status_code, headers)
            return
        remaining, delay = parse_rate_limit(headers)
        retry_after = parse_retry_after(headers) if status_code in (429, 503) else None
        if remaining is None and retry_after is None:
            return
        now = time.time()
        args = [
            repr(now),
            str(remaining) if remaining is not None else "",
            repr(now + _RESET_MARGIN + (delay if delay is not None else 1.0))
            if remaining is not None
            else "",
            repr(now + retry_after) if retry_after is not None else "",
            self._ttl,
        ]
        try:
            _acquire, update = self._redis()
            update(keys=[self._key], args=args)
        except Exception as exc:
            self._fallback(exc).update(status_code, headers)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


_limiters: dict[tuple[str, str], SharedRateLimiter] = {}
_limiters_lock = threading.Lock()


def quota_identity(auth: httpx.Auth | None, fallback: str) -> str:
    """What names a quota: the API key an auth object of this runtime holds (the
    token of ``BasicAuth``), else ``fallback`` (the base URL: one quota per provider)."""
    getter = getattr(auth, "_secret_values", None)
    values: tuple[str, ...] = getter() if callable(getter) else ()
    return values[0] if values and values[0] else fallback


def shared_rate_limiter(
    url: str, identity: str, *, prefix: str = DEFAULT_QUOTA_PREFIX
) -> SharedRateLimiter:
    """The process's one :class:`SharedRateLimiter` for this Redis URL and identity.

    Clients built with the same URL and key share it (one connection pool, one
    warning if Redis is unreachable). A URL that is not ``redis://``, ``rediss://``
    or ``unix://`` is a :class:`ConfigurationError` now rather than a silent fallback
    later; the message never shows the URL, which may carry a password.
    """
    if not isinstance(url, str) or not url.startswith(_REDIS_SCHEMES):
        raise ConfigurationError("the Redis URL must start with redis://, rediss:// or unix://")
    cache_key = (url, prefix + quota_key(identity))
    with _limiters_lock:
        limiter = _limiters.get(cache_key)
        if limiter is None:
            limiter = _limiters[cache_key] = SharedRateLimiter(url, identity, prefix=prefix)
        return limiter
