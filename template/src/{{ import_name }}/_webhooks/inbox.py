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

Stores: :class:`SQLiteStore` (stdlib, WAL, zero setup, the default) and
``PostgresStore`` (psycopg 3, in ``pgstore.py``) behind the :class:`InboxStore` protocol.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import random
import secrets as _secrets
import sqlite3
import threading
import time
import traceback as _traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from .events import WebhookEvent

__all__ = [
    "DEAD",
    "DONE",
    "FAILED",
    "PENDING",
    "PROCESSING",
    "DrainResult",
    "Inbox",
    "InboxStore",
    "RetryPolicy",
    "SQLiteStore",
    "StoredEvent",
]

PENDING = "pending"
PROCESSING = "processing"
DONE = "done"
FAILED = "failed"
DEAD = "dead"
STATUSES = (PENDING, PROCESSING, DONE, FAILED, DEAD)

MAX_ERROR_CHARS = 2000
# Never persisted: credentials a provider or proxy may send along with the delivery.
DROPPED_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})

logger = logging.getLogger(__name__.rsplit(".", 1)[0])


@dataclass(frozen=True, slots=True)
class StoredEvent:
    provider: str
    event_id: str
    event_type: str
    status: str
    body: bytes = field(repr=False)
    headers: dict[str, str] = field(repr=False)
    received_at: float
    updated_at: float
    attempts: int
    error: str | None
    lease_token: str | None = field(default=None, repr=False)
    lease_until: float | None = None
    next_attempt_at: float | None = None
    traceback: str | None = field(default=None, repr=False)


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


# ----------------------------------------------------------------------------- SQL

COLUMNS = (
    "provider, event_id, event_type, status, body, headers, received_at, updated_at, "
    "attempts, error, lease_token, lease_until, next_attempt_at, traceback"
)
# Added after the first release: an older inbox table gains them when it is opened.
ADDED_COLUMNS = (("next_attempt_at", "REAL"), ("traceback", "TEXT"))


def _row(row: Sequence[Any]) -> StoredEvent:
    return StoredEvent(
        provider=row[0],
        event_id=row[1],
        event_type=row[2],
        status=row[3],
        body=bytes(row[4]),
        headers=json.loads(row[5]),
        received_at=float(row[6]),
        updated_at=float(row[7]),
        attempts=int(row[8]),
        error=row[9],
        lease_token=row[10],
        lease_until=None if row[11] is None else float(row[11]),
        next_attempt_at=None if row[12] is None else float(row[12]),
        traceback=row[13],
    )


def _claimable(ph: str, statuses: Sequence[str]) -> str:
    """Claimable rows; the parameters are ``*statuses, now, now``."""
    marks = ", ".join([ph] * len(statuses)) or "NULL"
    return (
        f"((status IN ({marks}) AND (next_attempt_at IS NULL OR next_attempt_at <= {ph})) "
        f"OR (status = 'processing' AND lease_until < {ph}))"
    )


class SQLiteStore:
    """SQLite inbox table (WAL journal). ``synchronous="FULL"`` (default) makes every
    acknowledged event survive power loss; ``"NORMAL"`` survives process crashes only."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        table: str = "webhook_inbox",
        synchronous: str = "FULL",
        timeout: float = 30.0,
    ) -> None:
        if not table.isidentifier():
            raise ValueError("table must be a plain identifier")
        if synchronous.upper() not in ("FULL", "NORMAL", "EXTRA"):
            raise ValueError("synchronous must be FULL, NORMAL or EXTRA")
        self.path = os.fspath(path)
        self.table = table
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            self.path, timeout=timeout, isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        # Status updates commit with NORMAL (no fsync of their own); the insert that
        # precedes an acknowledgement switches to the configured level, and its fsync
        # also makes every earlier WAL frame durable. A power cut can therefore only
        # lose a "done"/"failed" mark, and the event then simply runs again.
        self._durable = synchronous.upper()
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        self._db.execute(
            f"CREATE TABLE IF NOT EXISTS {table} ("
            "provider TEXT NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL, "
            "status TEXT NOT NULL, body BLOB NOT NULL, headers TEXT NOT NULL, "
            "received_at REAL NOT NULL, updated_at REAL NOT NULL, "
            "attempts INTEGER NOT NULL DEFAULT 0, error TEXT, lease_token TEXT, "
            "lease_until REAL, next_attempt_at REAL, traceback TEXT, "
            "PRIMARY KEY (provider, event_id))"
        )
        present = {str(r[1]) for r in self._db.execute(f"PRAGMA table_info({table})")}
        for name, kind in ADDED_COLUMNS:
            if name not in present:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
        self._db.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_status ON {table} (status, received_at)"
        )

    def __repr__(self) -> str:
        return f"<SQLiteStore {self.path!r}>"

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, params)

    def insert(self, event: StoredEvent, *, token: str | None, lease_until: float | None) -> bool:
        status = PROCESSING if token else event.status
        attempts = 1 if token else 0
        with self._lock:
            if self._durable != "NORMAL":
                self._db.execute(f"PRAGMA synchronous={self._durable}")
            try:
                cur = self._insert(event, status, attempts, token, lease_until)
            finally:
                if self._durable != "NORMAL":
                    self._db.execute("PRAGMA synchronous=NORMAL")
            return cur.rowcount == 1

    def _insert(
        self,
        event: StoredEvent,
        status: str,
        attempts: int,
        token: str | None,
        lease_until: float | None,
    ) -> sqlite3.Cursor:
        cur = self._db.execute(
            f"INSERT INTO {self.table} ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "  # noqa: S608
            "ON CONFLICT DO NOTHING",
            (
                event.provider,
                event.event_id,
                event.event_type,
                status,
                event.body,
                json.dumps(event.headers),
                event.received_at,
                event.updated_at,
                attempts,
                None,
                token,
                lease_until,
                None,
                None,
            ),
        )
        return cur

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
        with self._lock:
            row = self._db.execute(
                f"UPDATE {self.table} SET status = 'processing', lease_token = ?, "  # noqa: S608
                "lease_until = ?, attempts = attempts + 1, updated_at = ? "
                f"WHERE provider = ? AND event_id = ? AND {_claimable('?', statuses)} "
                "AND (? IS NULL OR attempts < ?) "
                f"RETURNING {COLUMNS}",
                (
                    token,
                    lease_until,
                    now,
                    provider,
                    event_id,
                    *statuses,
                    now,
                    now,
                    max_attempts,
                    max_attempts,
                ),
            ).fetchone()
        return None if row is None else _row(row)

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
    ) -> bool:
        cur = self._exec(
            f"UPDATE {self.table} SET status = ?, error = ?, lease_token = NULL, "  # noqa: S608
            "lease_until = NULL, updated_at = ?, next_attempt_at = ?, traceback = ? "
            "WHERE provider = ? AND event_id = ? AND lease_token = ?",
            (status, error, now, next_attempt_at, traceback, provider, event_id, token),
        )
        return cur.rowcount == 1

    def candidates(
        self, provider: str | None, *, now: float, statuses: Sequence[str], limit: int
    ) -> list[tuple[str, str]]:
        rows = self._exec(
            f"SELECT provider, event_id FROM {self.table} WHERE {_claimable('?', statuses)} "  # noqa: S608
            "AND (? IS NULL OR provider = ?) ORDER BY received_at LIMIT ?",
            (*statuses, now, now, provider, provider, limit),
        ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    def requeue(self, provider: str, event_ids: Sequence[str], *, now: float) -> int:
        total = 0
        for event_id in event_ids:
            total += self._exec(
                f"UPDATE {self.table} SET status = 'pending', lease_token = NULL, "  # noqa: S608
                "lease_until = NULL, attempts = 0, next_attempt_at = NULL, updated_at = ? "
                "WHERE provider = ? AND event_id = ? AND status <> 'processing'",
                (now, provider, event_id),
            ).rowcount
        return total

    def get(self, provider: str, event_id: str) -> StoredEvent | None:
        row = self._exec(
            f"SELECT {COLUMNS} FROM {self.table} WHERE provider = ? AND event_id = ?",  # noqa: S608
            (provider, event_id),
        ).fetchone()
        return None if row is None else _row(row)

    def list_events(
        self, provider: str | None = None, status: str | None = None, limit: int = 100
    ) -> list[StoredEvent]:
        rows = self._exec(
            f"SELECT {COLUMNS} FROM {self.table} WHERE (? IS NULL OR provider = ?) "  # noqa: S608
            "AND (? IS NULL OR status = ?) ORDER BY received_at LIMIT ?",
            (provider, provider, status, status, limit),
        ).fetchall()
        return [_row(r) for r in rows]

    def counts(self, provider: str | None = None) -> dict[str, int]:
        rows = self._exec(
            f"SELECT status, COUNT(*) FROM {self.table} WHERE (? IS NULL OR provider = ?) "  # noqa: S608
            "GROUP BY status",
            (provider, provider),
        ).fetchall()
        result = dict.fromkeys(STATUSES, 0)
        result.update({str(s): int(n) for s, n in rows})
        return result

    def close(self) -> None:
        with self._lock:
            self._db.close()


# ----------------------------------------------------------------------------- Inbox


def traceback_summary(exc: BaseException, frames: int = 8) -> str:
    """Where it failed: the last ``frames`` frames (file, line, function, source line)
    and the exception type. The message is kept in ``error``; no locals are recorded."""
    stack = _traceback.format_tb(exc.__traceback__, limit=-frames)
    return ("".join(stack) + type(exc).__qualname__)[-MAX_ERROR_CHARS:]


class Inbox:
    """Persist-before-ack inbox over an :class:`InboxStore`.

    ``lease_seconds`` bounds how long a claimed event may run before another worker
    may take it over (keep it above your slowest handler). ``retry`` schedules the
    retries of failed events and when they go ``dead``; ``max_attempts`` is a shortcut
    for ``RetryPolicy(max_attempts=...)`` (``None``: retry forever).
    """

    def __init__(
        self,
        store: InboxStore,
        *,
        lease_seconds: float = 300.0,
        retry: RetryPolicy | None = None,
        max_attempts: int | Literal["policy"] | None = "policy",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not lease_seconds > 0:
            raise ValueError("lease_seconds must be positive")
        policy = retry or RetryPolicy()
        if max_attempts != "policy":
            policy = dataclasses.replace(policy, max_attempts=max_attempts)
        self.store = store
        self.lease_seconds = lease_seconds
        self.retry = policy
        self.max_attempts = policy.max_attempts
        self._clock = clock

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
        try:
            work()
        except Exception as exc:
            logger.warning(
                "webhook handler failed provider=%s event_id=%s error=%s",
                provider,
                event_id,
                type(exc).__name__,
                exc_info=True,
            )
            self.fail(provider, event_id, token, exc)
            return False
        self.complete(provider, event_id, token)
        return True

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

                if self.run(event.provider, event.event_id, claimed.lease_token, work):
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
        (PostgreSQL's ``FOR UPDATE SKIP LOCKED``): workers never queue behind each other."""
        store: Any = self.store
        result = DrainResult()
        seen: set[tuple[str, str]] = set()
        remaining = limit
        while remaining is None or remaining > 0:
            now = self._clock()
            size = 50 if remaining is None else min(50, remaining)
            token = self._token()
            batch: list[StoredEvent] = store.claim_due(
                provider,
                token=token,
                now=now,
                lease_until=now + self.lease_seconds,
                statuses=statuses,
                max_attempts=self.max_attempts,
                limit=size,
            )
            fresh = [e for e in batch if (e.provider, e.event_id) not in seen]
            for again in batch:  # failed in this call and already due: next call's
                if (again.provider, again.event_id) in seen:
                    store.release(again.provider, again.event_id, token=token, now=now)
            if not fresh:
                break
            batch = fresh
            seen.update((e.provider, e.event_id) for e in batch)
            for index, event in enumerate(batch):
                if should_stop is not None and should_stop():
                    for left in batch[index:]:
                        store.release(left.provider, left.event_id, token=token, now=now)
                    return result

                def work(event: StoredEvent = event) -> object:
                    return process(event)

                if self.run(event.provider, event.event_id, token, work):
                    result.done += 1
                else:
                    result.failed += 1
                    stored = self.store.get(event.provider, event.event_id)
                    if stored is not None and stored.status == DEAD:
                        result.dead += 1
                    result.errors.append(f"{event.event_id}: {stored.error if stored else ''}")
            if remaining is not None:
                remaining -= len(batch)
        return result

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
        self.store.close()
