"""Circuit-breaker state in Redis, shared by every process that uses the same keys.

A breaker opened by one worker makes the others fail fast too. Each decision is one
Lua script, so it is atomic across processes. ``redis`` is imported lazily: the
runtime works without it unless this backend is used. Times are wall-clock
(``time.time()``) because monotonic clocks are not comparable between processes;
pass ``clock=`` to use another source (every process sharing the keys must agree on it,
so in practice only tests inject one).

If Redis cannot be reached the backend *fails open* (the call is admitted, an
``backend_error`` event is logged) so that a Redis outage never takes the API client
down with it; pass ``fail_open=False`` to raise instead.
"""

from __future__ import annotations

import asyncio
import importlib
import threading
import time
import uuid
import weakref
from collections.abc import Callable
from typing import Any

from .breaker import Admission, BreakerState, Outcome, Transition
from .config import BreakerConfig
from .events import emit

__all__ = ["RedisBreakerBackend"]

_ACQUIRE = """
local h, p = KEYS[1], KEYS[3]
local now = tonumber(ARGV[1])
local max_probes = tonumber(ARGV[2])
local probe_timeout = tonumber(ARGV[3])
local token = ARGV[4]
local ttl = tonumber(ARGV[5])
local state = redis.call('HGET', h, 'state') or 'closed'
local gen = tonumber(redis.call('HGET', h, 'gen') or '0')
local transition = ''
if state == 'open' then
  local open_until = tonumber(redis.call('HGET', h, 'open_until') or '0')
  if now < open_until then
    return {0, state, tostring(open_until - now), '', tostring(gen), ''}
  end
  state = 'half_open'
  gen = gen + 1
  redis.call('HSET', h, 'state', state, 'gen', gen, 'succ', 0)
  redis.call('DEL', p)
  transition = 'open'
end
if state == 'half_open' then
  local entries = redis.call('HGETALL', p)
  local count = 0
  local oldest = nil
  for i = 1, #entries, 2 do
    local started = tonumber(entries[i + 1])
    if started + probe_timeout <= now then
      redis.call('HDEL', p, entries[i])
    else
      count = count + 1
      if oldest == nil or started < oldest then oldest = started end
    end
  end
  if count >= max_probes then
    return {0, state, tostring(oldest + probe_timeout - now), '', tostring(gen), transition}
  end
  redis.call('HSET', p, token, tostring(now))
  redis.call('PEXPIRE', p, ttl)
  redis.call('PEXPIRE', h, ttl)
  return {1, state, '0', token, tostring(gen), transition}
end
return {1, 'closed', '0', '', tostring(gen), ''}
"""

_SETTLE = """
local h, w, p = KEYS[1], KEYS[2], KEYS[3]
local now = tonumber(ARGV[1])
local outcome = ARGV[2]
local token = ARGV[3]
local gen = tonumber(ARGV[4])
local window_size = tonumber(ARGV[5])
local min_calls = tonumber(ARGV[6])
local threshold = tonumber(ARGV[7])
local consecutive_limit = tonumber(ARGV[8])
local wait = tonumber(ARGV[9])
local half_open_max = tonumber(ARGV[10])
local ttl = tonumber(ARGV[11])
local state = redis.call('HGET', h, 'state') or 'closed'
local cur_gen = tonumber(redis.call('HGET', h, 'gen') or '0')
if cur_gen ~= gen then return '' end
local function open()
  redis.call('HSET', h, 'state', 'open', 'open_until', tostring(now + wait),
             'gen', cur_gen + 1, 'consecutive', 0, 'succ', 0)
  redis.call('DEL', w, p)
  redis.call('PEXPIRE', h, ttl)
end
if token ~= '' then
  if state ~= 'half_open' or redis.call('HDEL', p, token) == 0 then return '' end
  if outcome == 'ignore' then return '' end
  if outcome == 'failure' then
    open()
    return 'half_open>open'
  end
  local succ = redis.call('HINCRBY', h, 'succ', 1)
  if succ >= half_open_max then
    redis.call('HSET', h, 'state', 'closed', 'gen', cur_gen + 1, 'consecutive', 0, 'succ', 0)
    redis.call('DEL', w, p)
    return 'half_open>closed'
  end
  return ''
end
if state ~= 'closed' or outcome == 'ignore' then return '' end
local failed = 0
if outcome == 'failure' then failed = 1 end
redis.call('LPUSH', w, failed)
redis.call('LTRIM', w, 0, window_size - 1)
redis.call('PEXPIRE', w, ttl)
local consecutive = 0
if failed == 1 then
  consecutive = redis.call('HINCRBY', h, 'consecutive', 1)
else
  redis.call('HSET', h, 'consecutive', 0)
end
redis.call('PEXPIRE', h, ttl)
if failed == 1 then
  local should_open = consecutive >= consecutive_limit
  if not should_open then
    local n = redis.call('LLEN', w)
    if n >= min_calls then
      local failures = 0
      for _, v in ipairs(redis.call('LRANGE', w, 0, -1)) do
        if v == '1' then failures = failures + 1 end
      end
      if failures / n >= threshold then should_open = true end
    end
  end
  if should_open then
    open()
    return 'closed>open'
  end
end
return ''
"""


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode()
    return str(value)


def _transition(value: object) -> Transition | None:
    text = _text(value)
    if not text:
        return None
    before, _, after = text.partition(">")
    return (BreakerState(before), BreakerState(after))


class RedisBreakerBackend:
    """Breaker state in Redis under ``{prefix}{{key}}``.

    ``url`` is used to build sync and asyncio clients lazily; alternatively pass ready
    ``client`` (``redis.Redis``) and/or ``async_client`` (``redis.asyncio.Redis``).
    ``clock`` returns seconds on a clock shared by every process using these keys
    (``time.time`` by default).
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        *,
        prefix: str = "integration_runtime:breaker:",
        client: Any = None,
        async_client: Any = None,
        socket_timeout: float = 0.5,
        key_ttl: float = 86_400.0,
        fail_open: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._url = url
        self._clock = clock
        self.prefix = prefix
        self._client: Any = client
        self._async_client: Any = async_client
        self._socket_timeout = socket_timeout
        self._ttl_ms = int(key_ttl * 1000)
        self.fail_open = fail_open
        self._lock = threading.Lock()
        self._scripts: dict[str, Any] = {}
        self._async_by_loop: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, tuple[Any, Any]
        ] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        return f"RedisBreakerBackend(prefix={self.prefix!r})"

    def clock(self) -> float:
        return self._clock()

    def _keys(self, key: str) -> list[str]:
        base = f"{self.prefix}{{{key}}}"
        return [base, base + ":window", base + ":probes"]

    def _sync(self) -> tuple[Any, Any]:
        with self._lock:
            if self._client is None:
                redis_mod: Any = importlib.import_module("redis")
                self._client = redis_mod.Redis.from_url(
                    self._url,
                    socket_timeout=self._socket_timeout,
                    socket_connect_timeout=self._socket_timeout,
                )
            if not self._scripts:
                self._scripts = {
                    "acquire": self._client.register_script(_ACQUIRE),
                    "settle": self._client.register_script(_SETTLE),
                }
            return self._scripts["acquire"], self._scripts["settle"]

    def _async(self) -> tuple[Any, Any]:
        # redis.asyncio connections belong to one event loop: keep a client per loop
        # unless the caller supplied one.
        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._async_by_loop.get(loop)
            if entry is None:
                client = self._async_client
                if client is None:
                    redis_async: Any = importlib.import_module("redis.asyncio")
                    client = redis_async.Redis.from_url(
                        self._url,
                        socket_timeout=self._socket_timeout,
                        socket_connect_timeout=self._socket_timeout,
                    )
                entry = (client.register_script(_ACQUIRE), client.register_script(_SETTLE))
                self._async_by_loop[loop] = entry
            return entry

    def _acquire_args(self, config: BreakerConfig, now: float, token: str) -> list[object]:
        return [
            repr(now),
            config.half_open_max_calls,
            repr(config.probe_timeout),
            token,
            self._ttl_ms,
        ]

    def _settle_args(
        self, config: BreakerConfig, admission: Admission, outcome: Outcome, now: float
    ) -> list[object]:
        return [
            repr(now),
            outcome,
            admission.probe_token or "",
            admission.generation,
            config.window_size,
            config.minimum_calls,
            repr(float(config.failure_rate_threshold)),
            config.consecutive_failures,
            repr(config.wait_duration),
            config.half_open_max_calls,
            self._ttl_ms,
        ]

    @staticmethod
    def _admission(raw: list[object]) -> Admission:
        permitted, state, retry_after, token, generation, transition = raw
        probe = _text(token)
        came_from = _text(transition)
        current = BreakerState(_text(state))
        return Admission(
            permitted=int(_text(permitted)) == 1,
            state=current,
            retry_after=max(0.0, float(_text(retry_after))),
            probe_token=probe or None,
            generation=int(float(_text(generation))),
            transition=(BreakerState(came_from), current) if came_from else None,
        )

    def _failed(self, key: str, exc: Exception) -> Admission:
        emit("backend_error", None, backend="redis", key=key, error=type(exc).__name__)
        if not self.fail_open:
            raise exc
        return Admission(True, BreakerState.CLOSED, generation=-1)

    def acquire(self, key: str, config: BreakerConfig, now: float) -> Admission:
        try:
            script, _ = self._sync()
            args = self._acquire_args(config, now, uuid.uuid4().hex)
            raw = script(keys=self._keys(key), args=args)
            return self._admission(list(raw))
        except Exception as exc:
            if isinstance(exc, ModuleNotFoundError):
                raise
            return self._failed(key, exc)

    def settle(
        self,
        key: str,
        config: BreakerConfig,
        admission: Admission,
        outcome: Outcome,
        now: float,
    ) -> Transition | None:
        if admission.generation < 0:
            return None
        try:
            _, script = self._sync()
            args = self._settle_args(config, admission, outcome, now)
            raw = script(keys=self._keys(key), args=args)
        except Exception as exc:
            emit("backend_error", None, backend="redis", key=key, error=type(exc).__name__)
            return None
        return _transition(raw)

    async def aacquire(self, key: str, config: BreakerConfig, now: float) -> Admission:
        try:
            script, _ = self._async()
            raw = await script(
                keys=self._keys(key), args=self._acquire_args(config, now, uuid.uuid4().hex)
            )
            return self._admission(list(raw))
        except Exception as exc:
            if isinstance(exc, ModuleNotFoundError):
                raise
            return self._failed(key, exc)

    async def asettle(
        self,
        key: str,
        config: BreakerConfig,
        admission: Admission,
        outcome: Outcome,
        now: float,
    ) -> Transition | None:
        if admission.generation < 0:
            return None
        try:
            _, script = self._async()
            raw = await script(
                keys=self._keys(key), args=self._settle_args(config, admission, outcome, now)
            )
        except Exception as exc:
            emit("backend_error", None, backend="redis", key=key, error=type(exc).__name__)
            return None
        return _transition(raw)

    def state(self, key: str) -> BreakerState:
        """The stored state (for inspection and tests)."""
        self._sync()
        value = self._client.hget(self._keys(key)[0], "state")
        return BreakerState(_text(value)) if value else BreakerState.CLOSED

    def reset(self, key: str) -> None:
        """Forget the breaker's state (for operators and tests)."""
        self._sync()
        self._client.delete(*self._keys(key))

    def close(self) -> None:
        """Close the sync client this backend created (async clients close with their loop)."""
        if self._client is not None:
            self._client.close()
