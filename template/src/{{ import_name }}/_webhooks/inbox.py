"""Durable inbox: persist a verified event BEFORE acknowledging it, then process it.

Each event is one row keyed by ``(provider, event_id)``; a second delivery of the same
id is a duplicate. Status moves ``pending -> processing -> done | failed | dead``: a
failure is retried by ``drain()`` from ``next_attempt_at`` on (exponential backoff with
jitter, :class:`RetryPolicy`) until ``max_attempts``, then the event is ``dead`` (kept,
with its last error and a traceback summary, until ``replay`` revives it). Whoever
processes an event first *claims* it with an atomic conditional UPDATE that sets a
lease (``lease_until``) and a random token; only the token holder can finish it. A
process killed mid-handler leaves a ``processing`` row whose lease expires, after which
``drain()`` (or a redelivery) claims it again, so the event runs exactly once more.

Stores: :class:`SQLiteStore` (stdlib, WAL, group commit, zero setup, the default; in
``sqlitestore.py``) and ``PostgresStore`` (psycopg 3, in ``pgstore.py``) behind the
:class:`InboxStore` protocol; what a row holds is in ``rows.py``.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import random
import secrets as _secrets
import time
import traceback as _traceback
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from .events import WebhookEvent
from .heartbeat import Heartbeat
from .rows import DEAD, DONE, FAILED, PENDING, PROCESSING, STATUSES, StoredEvent
from .sqlitestore import SQLiteStore

__all__ = [
    "DEAD",
    "DONE",
    "FAILED",
    "PENDING",
    "PROCESSING",
    "STATUSES",
    "DrainResult",
    "Inbox",
    "InboxStore",
    "RetryPolicy",
    "SQLiteStore",
    "StoredEvent",
]

MAX_ERROR_CHARS = 2000
# Never persisted: credentials a provider or proxy may send along with the delivery.
DROPPED_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})

logger = logging.getLogger(__name__.rsplit(".", 1)[0])


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When ``drain()`` may retry a failed event, and when it gives up (``dead``).

    The n-th failure waits ``min(max_delay, base_delay * factor ** (n - 1))``, scaled by
    a random factor in ``[1 - jitter, 1 + jitter]`` (``rng`` returns ``[0, 1)``; inject
    one in tests). ``max_attempts=None`` retries forever.
    """

    max_attempts: int | None = 10
    base_delay: float = 10.0
    factor: float = 2.0
    max_delay: float = 3600.0
    jitter: float = 0.2
    rng: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts is not None and self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1 (or None)")
        if self.base_delay < 0 or self.max_delay < 0 or self.factor < 1:
            raise ValueError("delays must be >= 0 and factor >= 1")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be within [0, 1]")

    def delay(self, attempts: int) -> float:
        """Seconds to wait after the ``attempts``-th failed attempt."""
        raw = self.base_delay * self.factor ** max(attempts - 1, 0)
        spread = 1.0 + self.jitter * (2.0 * self.rng() - 1.0)
        return max(0.0, min(self.max_delay, raw) * spread)


@dataclass(slots=True)
class DrainResult:
    done: int = 0
    failed: int = 0
    skipped: int = 0
    dead: int = 0
    # ran, but the lease had expired and another worker holds the event now: its result
    # could not be recorded, so it will run again (keep leases above the slowest handler)
    lost: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.done + self.failed


class InboxStore(Protocol):
    """Persistence behind :class:`Inbox`; every method is one atomic statement."""

    def insert(self, event: StoredEvent, *, token: str | None, lease_until: float | None) -> bool:
        """Insert if ``(provider, event_id)`` is new; with ``token`` it is inserted
        already claimed (``processing``). Returns False for a duplicate."""
        ...

    def claim(
        self,
        provider: str,
        event_id: str,
        *,
        token: str,
        now: float,
        lease_until: float,
        statuses: Sequence[str],
        max_attempts: int | None,
    ) -> StoredEvent | None:
        """Claim when status is in ``statuses`` or the processing lease expired."""
        ...

    def finish(
        self,
        provider: str,
        event_id: str,
        *,
        token: str,
        status: str,
        error: str | None,
        now: float,
        next_attempt_at: float | None = None,
        traceback: str | None = None,
    ) -> bool: ...

    def candidates(
        self, provider: str | None, *, now: float, statuses: Sequence[str], limit: int
    ) -> list[tuple[str, str]]:
        """``(provider, event_id)`` of claimable rows, oldest first."""
        ...

    def requeue(self, provider: str, event_ids: Sequence[str], *, now: float) -> int:
        """Back to ``pending`` with attempts reset (revives ``dead``); not ``processing``."""
        ...

    def get(self, provider: str, event_id: str) -> StoredEvent | None: ...

    def list_events(
        self, provider: str | None = None, status: str | None = None, limit: int = 100
    ) -> list[StoredEvent]: ...

    def counts(self, provider: str | None = None) -> dict[str, int]: ...

    def close(self) -> None: ...


# ----------------------------------------------------------------------------- Inbox


def traceback_summary(exc: BaseException, frames: int = 8) -> str:
    """Where it failed: the last ``frames`` frames (file, line, function, source line)
    and the exception type. The message is kept in ``error``; no locals are recorded."""
    stack = _traceback.format_tb(exc.__traceback__, limit=-frames)
    return ("".join(stack) + type(exc).__qualname__)[-MAX_ERROR_CHARS:]


class Inbox:
    """Persist-before-ack inbox over an :class:`InboxStore`.

    ``lease_seconds`` bounds how long a claimed event may go without news before
    another worker may take it over: with ``heartbeat=True`` (the default, for stores
    with ``renew``) a running handler's lease is extended every third of it, so the lease
    only has to outlive a dead (or wholly stalled) worker's silence, not the slowest
    handler. ``retry`` schedules the
    retries of failed events and when they go ``dead``; ``max_attempts`` is a shortcut
    for ``RetryPolicy(max_attempts=...)`` (``None``: retry forever). ``claim_batch``: how
    many due events a store with batch claims (PostgreSQL) takes per round trip.
    """

    def __init__(
        self,
        store: InboxStore,
        *,
        lease_seconds: float = 300.0,
        retry: RetryPolicy | None = None,
        max_attempts: int | Literal["policy"] | None = "policy",
        clock: Callable[[], float] = time.time,
        claim_batch: int = 50,
        heartbeat: bool = True,
    ) -> None:
        if not lease_seconds > 0:
            raise ValueError("lease_seconds must be positive")
        if claim_batch < 1:
            raise ValueError("claim_batch must be at least 1")
        self.claim_batch = claim_batch
        policy = retry or RetryPolicy()
        if max_attempts != "policy":
            policy = dataclasses.replace(policy, max_attempts=max_attempts)
        self.store = store
        self.lease_seconds = lease_seconds
        self.retry = policy
        self.max_attempts = policy.max_attempts
        self._clock = clock
        renew = getattr(store, "renew", None)
        self.heartbeat: Heartbeat | None = (
            Heartbeat(renew, lease_seconds=lease_seconds, clock=clock)
            if heartbeat and renew is not None
            else None
        )

    @classmethod
    def sqlite(cls, path: str | os.PathLike[str], **options: Any) -> Inbox:
        return cls(SQLiteStore(path), **options)

    def __repr__(self) -> str:
        return f"<Inbox {self.store!r}>"

    @staticmethod
    def _token() -> str:
        return _secrets.token_hex(16)

    def record(
        self, event: WebhookEvent, *, claim: bool = True, include_failed: bool = False
    ) -> tuple[bool, str | None]:
        """Store ``event`` durably. Returns ``(inserted, token)``; ``token`` is set when
        this caller now holds the processing claim (new event, or a redelivery of one
        that is pending or whose lease expired)."""
        now = self._clock()
        headers = {k: v for k, v in event.headers.items() if k not in DROPPED_HEADERS}
        stored = StoredEvent(
            provider=event.provider,
            event_id=event.id,
            event_type=event.type,
            status=PENDING,
            body=event.body,
            headers=headers,
            received_at=event.received_at or now,
            updated_at=now,
            attempts=0,
            error=None,
        )
        token = self._token() if claim else None
        lease_until = now + self.lease_seconds if claim else None
        if self.store.insert(stored, token=token, lease_until=lease_until):
            return True, token
        if not claim:
            return False, None
        again = self.claim(event.provider, event.id, include_failed=include_failed)
        return False, None if again is None else again.lease_token

    def claim(
        self, provider: str, event_id: str, *, include_failed: bool = True
    ) -> StoredEvent | None:
        now = self._clock()
        statuses = (PENDING, FAILED) if include_failed else (PENDING,)
        return self.store.claim(
            provider,
            event_id,
            token=self._token(),
            now=now,
            lease_until=now + self.lease_seconds,
            statuses=statuses,
            max_attempts=self.max_attempts,
        )

    def complete(self, provider: str, event_id: str, token: str) -> bool:
        return self.store.finish(
            provider, event_id, token=token, status=DONE, error=None, now=self._clock()
        )

    def fail(self, provider: str, event_id: str, token: str, error: BaseException | str) -> bool:
        """Record a failed attempt: ``failed`` with its next attempt scheduled, or
        ``dead`` once ``retry.max_attempts`` attempts have failed."""
        text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        summary = None if isinstance(error, str) else traceback_summary(error)
        now = self._clock()
        row = self.store.get(provider, event_id)
        attempts = row.attempts if row is not None else 1
        limit = self.retry.max_attempts
        dead = limit is not None and attempts >= limit
        return self.store.finish(
            provider,
            event_id,
            token=token,
            status=DEAD if dead else FAILED,
            error=text[:MAX_ERROR_CHARS],
            now=now,
            next_attempt_at=None if dead else now + self.retry.delay(attempts),
            traceback=summary,
        )

    def run(self, provider: str, event_id: str, token: str, work: Callable[[], object]) -> bool:
        """Run ``work`` for a claimed event and record done/failed. True when done."""
        return self._run(provider, event_id, token, work)[0]

    def _run(
        self, provider: str, event_id: str, token: str, work: Callable[[], object]
    ) -> tuple[bool, bool]:
        """``(work succeeded, result recorded)``; not recorded means the lease was lost."""
        beat = (
            nullcontext()
            if self.heartbeat is None
            else self.heartbeat.holding(provider, event_id, token)
        )
        try:
            with beat:
                work()
        except Exception as exc:
            logger.warning(
                "webhook handler failed provider=%s event_id=%s error=%s",
                provider,
                event_id,
                type(exc).__name__,
                exc_info=True,
            )
            return False, self._recorded(self.fail(provider, event_id, token, exc), event_id)
        return True, self._recorded(self.complete(provider, event_id, token), event_id)

    @staticmethod
    def _recorded(recorded: bool, event_id: str) -> bool:
        if not recorded:
            logger.warning(
                "webhook lease lost event_id=%s: its lease expired before the result was "
                "recorded, so it will run again (raise lease_seconds above the slowest handler)",
                event_id,
            )
        return recorded

    def drain(
        self,
        process: Callable[[StoredEvent], object],
        *,
        provider: str | None = None,
        include_failed: bool = True,
        limit: int | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> DrainResult:
        """Process pending (and by default failed, once their ``next_attempt_at`` is
        due) events and stale ``processing`` ones whose lease expired. Each event runs at
        most once per call. ``result.dead`` counts the failures that used the last attempt.
        ``should_stop`` is asked before each claim: once it says True, no event is taken."""
        statuses = (PENDING, FAILED) if include_failed else (PENDING,)
        if hasattr(self.store, "claim_due"):
            return self._drain_batches(process, provider, statuses, limit, should_stop)
        result = DrainResult()
        seen: set[tuple[str, str]] = set()
        remaining = limit
        while remaining is None or remaining > 0:
            batch = self.store.candidates(provider, now=self._clock(), statuses=statuses, limit=100)
            batch = [key for key in batch if key not in seen]
            if not batch:
                break
            for key in batch:
                if remaining is not None and remaining <= 0:
                    break
                if should_stop is not None and should_stop():
                    return result
                seen.add(key)
                claimed = self.claim(*key, include_failed=include_failed)
                if claimed is None or claimed.lease_token is None:
                    result.skipped += 1
                    continue
                if remaining is not None:
                    remaining -= 1
                event = claimed

                def work(event: StoredEvent = event) -> object:
                    return process(event)

                ok, recorded = self._run(event.provider, event.event_id, claimed.lease_token, work)
                result.lost += not recorded
                if ok:
                    result.done += 1
                else:
                    result.failed += 1
                    stored = self.store.get(*key)
                    if stored is not None and stored.status == DEAD:
                        result.dead += 1
                    result.errors.append(f"{key[1]}: {stored.error if stored else ''}")
        return result

    def _drain_batches(
        self,
        process: Callable[[StoredEvent], object],
        provider: str | None,
        statuses: Sequence[str],
        limit: int | None,
        should_stop: Callable[[], bool] | None,
    ) -> DrainResult:
        """Drain through a store that claims many due events in one statement
        (PostgreSQL's ``FOR UPDATE SKIP LOCKED``): one round trip claims ``claim_batch``
        events under one lease, then each is run and marked done (or failed) on its own,
        so a worker killed mid-batch re-runs at most the event in its hands; the rest of
        its batch is picked up by the others once the lease expires. An event is only
        started while at least half the lease is left; the rest of the batch is released."""
        store: Any = self.store
        session = getattr(store, "session", None)
        result = DrainResult()
        seen: set[tuple[str, str]] = set()
        remaining = limit
        while remaining is None or remaining > 0:
            with session() if session is not None else nullcontext():
                taken = self._run_batch(
                    process, provider, statuses, remaining, seen, result, should_stop
                )
            if taken <= 0:  # nothing due, or asked to stop
                break
            if remaining is not None:
                remaining -= taken
        return result

    def _run_batch(
        self,
        process: Callable[[StoredEvent], object],
        provider: str | None,
        statuses: Sequence[str],
        remaining: int | None,
        seen: set[tuple[str, str]],
        result: DrainResult,
        should_stop: Callable[[], bool] | None,
    ) -> int:
        """Claim one batch and run it: how many ran (``-1``: ``should_stop`` said so)."""
        store: Any = self.store
        now = self._clock()
        size = self.claim_batch if remaining is None else min(self.claim_batch, remaining)
        token = self._token()
        lease_until = now + self.lease_seconds
        batch: list[StoredEvent] = store.claim_due(
            provider,
            token=token,
            now=now,
            lease_until=lease_until,
            statuses=statuses,
            max_attempts=self.max_attempts,
            limit=size,
        )
        fresh = [e for e in batch if (e.provider, e.event_id) not in seen]
        for again in batch:  # failed in this call and already due: the next call's
            if (again.provider, again.event_id) in seen:
                store.release(again.provider, again.event_id, token=token, now=now)
        ran = 0
        start_by = lease_until - self.lease_seconds / 2
        for index, event in enumerate(fresh):
            stop = should_stop is not None and should_stop()
            if stop or self._clock() > start_by:
                for left in fresh[index:]:
                    store.release(left.provider, left.event_id, token=token, now=self._clock())
                return -1 if stop else ran
            seen.add((event.provider, event.event_id))
            ran += 1

            def work(event: StoredEvent = event) -> object:
                return process(event)

            ok, recorded = self._run(event.provider, event.event_id, token, work)
            result.lost += not recorded
            if ok:
                result.done += 1
                continue
            result.failed += 1
            stored = self.store.get(event.provider, event.event_id)
            if stored is not None and stored.status == DEAD:
                result.dead += 1
            result.errors.append(f"{event.event_id}: {stored.error if stored else ''}")
        return ran

    def replay(
        self,
        process: Callable[[StoredEvent], object],
        provider: str,
        event_ids: Sequence[str],
    ) -> DrainResult:
        """Re-run the given events whatever their status (except one being processed):
        attempts are reset, so a ``dead`` event gets a full retry budget again."""
        self.store.requeue(provider, event_ids, now=self._clock())
        result = DrainResult()
        for event_id in event_ids:
            claimed = self.claim(provider, event_id)
            if claimed is None or claimed.lease_token is None:
                result.skipped += 1
                continue

            def work(event: StoredEvent = claimed) -> object:
                return process(event)

            if self.run(provider, event_id, claimed.lease_token, work):
                result.done += 1
            else:
                result.failed += 1
        return result

    def get(self, provider: str, event_id: str) -> StoredEvent | None:
        return self.store.get(provider, event_id)

    def counts(self, provider: str | None = None) -> dict[str, int]:
        return self.store.counts(provider)

    def close(self) -> None:
        if self.heartbeat is not None:
            self.heartbeat.close()
        self.store.close()
