"""Circuit breaker: closed → open → half-open, with pluggable shared state.

The decision logic lives in a backend so that state can be shared: the default
:class:`InMemoryBreakerBackend` is per client; ``RedisBreakerBackend`` (in
``breaker_redis``) shares one breaker between processes. Locks guard only the state
transitions, never the I/O, so concurrent calls are not serialized, and the same
backend serves threads and asyncio tasks (nothing awaits while holding the lock).
"""

from __future__ import annotations

import enum
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from .config import BreakerConfig
from .errors import CircuitOpenError

__all__ = [
    "Admission",
    "BreakerBackend",
    "BreakerState",
    "CircuitBreaker",
    "InMemoryBreakerBackend",
    "Outcome",
    "Transition",
    "call_outcome",
]

Outcome = Literal["success", "failure", "ignore"]
"""``ignore`` frees a probe slot without judging the call (cancelled, local error)."""


def call_outcome(attempt_outcome: Outcome, retrying: bool) -> Outcome:
    """What one attempt reports to the breaker: a call counts once, with its final
    outcome, so an attempt that will be retried reports ``ignore``."""
    return "ignore" if retrying else attempt_outcome


class BreakerState(enum.StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


Transition = tuple[BreakerState, BreakerState]


@dataclass(frozen=True)
class Admission:
    """A backend's answer to "may this call go?"."""

    permitted: bool
    state: BreakerState
    retry_after: float = 0.0
    probe_token: str | None = None
    generation: int = 0
    transition: Transition | None = None


class BreakerBackend(Protocol):
    """Shared breaker state. ``now`` comes from :meth:`clock`."""

    def clock(self) -> float: ...

    def acquire(self, key: str, config: BreakerConfig, now: float) -> Admission: ...

    def settle(
        self,
        key: str,
        config: BreakerConfig,
        admission: Admission,
        outcome: Outcome,
        now: float,
    ) -> Transition | None: ...

    async def aacquire(self, key: str, config: BreakerConfig, now: float) -> Admission: ...

    async def asettle(
        self,
        key: str,
        config: BreakerConfig,
        admission: Admission,
        outcome: Outcome,
        now: float,
    ) -> Transition | None: ...


@dataclass
class _KeyState:
    window: deque[bool]
    state: BreakerState = BreakerState.CLOSED
    consecutive: int = 0
    open_until: float = 0.0
    generation: int = 0
    probes: dict[str, float] = field(default_factory=dict)
    probe_successes: int = 0


class InMemoryBreakerBackend:
    """Process-local breaker state, thread-safe and asyncio-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._states: dict[str, _KeyState] = {}

    def clock(self) -> float:
        return self._clock()

    def state(self, key: str) -> BreakerState:
        with self._lock:
            current = self._states.get(key)
            return current.state if current else BreakerState.CLOSED

    def _get(self, key: str, config: BreakerConfig) -> _KeyState:
        current = self._states.get(key)
        if current is None:
            current = _KeyState(window=deque(maxlen=config.window_size))
            self._states[key] = current
        return current

    @staticmethod
    def _open(state: _KeyState, config: BreakerConfig, now: float) -> None:
        state.state = BreakerState.OPEN
        state.open_until = now + config.wait_duration
        state.generation += 1
        state.window.clear()
        state.consecutive = 0
        state.probes.clear()
        state.probe_successes = 0

    def acquire(self, key: str, config: BreakerConfig, now: float) -> Admission:
        with self._lock:
            state = self._get(key, config)
            transition: Transition | None = None
            if state.state is BreakerState.OPEN:
                if now < state.open_until:
                    return Admission(
                        False, BreakerState.OPEN, state.open_until - now, None, state.generation
                    )
                state.state = BreakerState.HALF_OPEN
                state.generation += 1
                state.probes.clear()
                state.probe_successes = 0
                transition = (BreakerState.OPEN, BreakerState.HALF_OPEN)
            if state.state is BreakerState.HALF_OPEN:
                for token, started in list(state.probes.items()):
                    if started + config.probe_timeout <= now:
                        del state.probes[token]
                if len(state.probes) >= config.half_open_max_calls:
                    oldest = min(state.probes.values())
                    return Admission(
                        False,
                        BreakerState.HALF_OPEN,
                        max(0.0, oldest + config.probe_timeout - now),
                        None,
                        state.generation,
                        transition,
                    )
                token = uuid.uuid4().hex
                state.probes[token] = now
                return Admission(
                    True, BreakerState.HALF_OPEN, 0.0, token, state.generation, transition
                )
            return Admission(True, BreakerState.CLOSED, 0.0, None, state.generation)

    def settle(
        self,
        key: str,
        config: BreakerConfig,
        admission: Admission,
        outcome: Outcome,
        now: float,
    ) -> Transition | None:
        with self._lock:
            state = self._get(key, config)
            if admission.generation != state.generation:
                return None  # a result from an earlier period: ignore it
            if admission.probe_token is not None:
                if state.probes.pop(admission.probe_token, None) is None or outcome == "ignore":
                    return None
                if outcome == "failure":
                    self._open(state, config, now)
                    return (BreakerState.HALF_OPEN, BreakerState.OPEN)
                state.probe_successes += 1
                if state.probe_successes >= config.half_open_max_calls:
                    state.state = BreakerState.CLOSED
                    state.generation += 1
                    state.window.clear()
                    state.consecutive = 0
                    state.probes.clear()
                    state.probe_successes = 0
                    return (BreakerState.HALF_OPEN, BreakerState.CLOSED)
                return None
            if state.state is not BreakerState.CLOSED or outcome == "ignore":
                return None
            failed = outcome == "failure"
            state.window.append(failed)
            state.consecutive = state.consecutive + 1 if failed else 0
            if failed and (
                state.consecutive >= config.consecutive_failures
                or (
                    len(state.window) >= config.minimum_calls
                    and sum(state.window) / len(state.window) >= config.failure_rate_threshold
                )
            ):
                self._open(state, config, now)
                return (BreakerState.CLOSED, BreakerState.OPEN)
            return None

    async def aacquire(self, key: str, config: BreakerConfig, now: float) -> Admission:
        return self.acquire(key, config, now)

    async def asettle(
        self,
        key: str,
        config: BreakerConfig,
        admission: Admission,
        outcome: Outcome,
        now: float,
    ) -> Transition | None:
        return self.settle(key, config, admission, outcome, now)


class CircuitBreaker:
    """Front of a backend: raises :class:`CircuitOpenError` and reports transitions."""

    def __init__(
        self,
        config: BreakerConfig,
        on_transition: Callable[[str, Transition], None] | None = None,
        on_reject: Callable[[str, Admission], None] | None = None,
    ) -> None:
        self.config = config
        self.backend: BreakerBackend = config.backend or InMemoryBreakerBackend()
        self._on_transition = on_transition
        self._on_reject = on_reject

    def key_for(self, host: str, route: str = "") -> str:
        """``host`` + route template (``scope="route"``, the default) or ``host`` alone."""
        key = host + route if self.config.scope == "route" else host
        return f"{self.config.name}|{key}" if self.config.name else key

    def _admit(self, key: str, admission: Admission) -> Admission:
        if admission.transition is not None and self._on_transition is not None:
            self._on_transition(key, admission.transition)
        if not admission.permitted:
            if self._on_reject is not None:
                self._on_reject(key, admission)
            raise CircuitOpenError(
                f"circuit breaker for {key} is {admission.state.value}; "
                f"no request sent, retry in {admission.retry_after:.1f}s",
                retry_at=time.time() + admission.retry_after,
                key=key,
            )
        return admission

    def _settled(self, key: str, transition: Transition | None) -> None:
        if transition is not None and self._on_transition is not None:
            self._on_transition(key, transition)

    def acquire(self, key: str) -> Admission:
        """Admit one call or raise :class:`CircuitOpenError`."""
        backend = self.backend
        return self._admit(key, backend.acquire(key, self.config, backend.clock()))

    def settle(self, key: str, admission: Admission, outcome: Outcome) -> None:
        backend = self.backend
        self._settled(key, backend.settle(key, self.config, admission, outcome, backend.clock()))

    async def aacquire(self, key: str) -> Admission:
        backend = self.backend
        return self._admit(key, await backend.aacquire(key, self.config, backend.clock()))

    async def asettle(self, key: str, admission: Admission, outcome: Outcome) -> None:
        backend = self.backend
        self._settled(
            key, await backend.asettle(key, self.config, admission, outcome, backend.clock())
        )
