"""Durable inbox: persist a verified event BEFORE acknowledging it, then process it.

Each event is one row keyed by ``(provider, event_id)``; a second delivery of the same
id is a duplicate. Status moves ``pending -> processing -> done | failed``. Whoever
processes an event first *claims* it with an atomic conditional UPDATE that sets a
lease (``lease_until``) and a random token; only the token holder can finish it. A
process killed mid-handler leaves a ``processing`` row whose lease expires, after which
``drain()`` (or a redelivery) claims it again, so the event runs exactly once more.

Stores: :class:`SQLiteStore` (stdlib, WAL, zero setup, the default) and
``PostgresStore`` (psycopg 3, in ``pgstore.py``) behind the :class:`InboxStore` protocol.
"""

from __future__ import annotations

import json
import logging
import os
import secrets as _secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .events import WebhookEvent

__all__ = [
    "DONE",
    "FAILED",
    "PENDING",
    "PROCESSING",
    "DrainResult",
    "Inbox",
    "InboxStore",
    "SQLiteStore",
    "StoredEvent",
]

PENDING = "pending"
PROCESSING = "processing"
DONE = "done"
FAILED = "failed"
STATUSES = (PENDING, PROCESSING, DONE, FAILED)

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


@dataclass(slots=True)
class DrainResult:
    done: int = 0
    failed: int = 0
    skipped: int = 0
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
    ) -> bool: ...

    def candidates(
        self, provider: str | None, *, now: float, statuses: Sequence[str], limit: int
    ) -> list[tuple[str, str]]:
        """``(provider, event_id)`` of claimable rows, oldest first."""
        ...

    def requeue(self, provider: str, event_ids: Sequence[str], *, now: float) -> int: ...

    def get(self, provider: str, event_id: str) -> StoredEvent | None: ...

    def list_events(
        self, provider: str | None = None, status: str | None = None, limit: int = 100
    ) -> list[StoredEvent]: ...

    def counts(self, provider: str | None = None) -> dict[str, int]: ...

    def close(self) -> None: ...


# ----------------------------------------------------------------------------- SQL

COLUMNS = (
    "provider, event_id, event_type, status, body, headers, received_at, updated_at, "
    "attempts, error, lease_token, lease_until"
)


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
    )


def _claimable(ph: str, statuses: Sequence[str]) -> str:
    marks = ", ".join([ph] * len(statuses)) or "NULL"
    return f"(status IN ({marks}) OR (status = 'processing' AND lease_until < {ph}))"


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
            "lease_until REAL, PRIMARY KEY (provider, event_id))"
        )
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
            f"INSERT INTO {self.table} ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "  # noqa: S608
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
    ) -> bool:
        cur = self._exec(
            f"UPDATE {self.table} SET status = ?, error = ?, lease_token = NULL, "  # noqa: S608
            "lease_until = NULL, updated_at = ? "
            "WHERE provider = ? AND event_id = ? AND lease_token = ?",
            (status, error, now, provider, event_id, token),
        )
        return cur.rowcount == 1

    def candidates(
        self, provider: str | None, *, now: float, statuses: Sequence[str], limit: int
    ) -> list[tuple[str, str]]:
        rows = self._exec(
            f"SELECT provider, event_id FROM {self.table} WHERE {_claimable('?', statuses)} "  # noqa: S608
            "AND (? IS NULL OR provider = ?) ORDER BY received_at LIMIT ?",
            (*statuses, now, provider, provider, limit),
        ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    def requeue(self, provider: str, event_ids: Sequence[str], *, now: float) -> int:
        total = 0
        for event_id in event_ids:
            total += self._exec(
                f"UPDATE {self.table} SET status = 'pending', lease_token = NULL, "  # noqa: S608
                "lease_until = NULL, updated_at = ? WHERE provider = ? AND event_id = ? "
                "AND status <> 'processing'",
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


class Inbox:
    """Persist-before-ack inbox over an :class:`InboxStore`.

    ``lease_seconds`` bounds how long a claimed event may run before another worker
    may take it over (keep it above your slowest handler). ``max_attempts`` stops
    ``drain()`` retrying an event that keeps failing (``None``: retry forever).
    """

    def __init__(
        self,
        store: InboxStore,
        *,
        lease_seconds: float = 300.0,
        max_attempts: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not lease_seconds > 0:
            raise ValueError("lease_seconds must be positive")
        self.store = store
        self.lease_seconds = lease_seconds
        self.max_attempts = max_attempts
        self._clock = clock

    @classmethod
    def sqlite(cls, path: str | os.PathLike[str], **options: Any) -> Inbox:
        return cls(SQLiteStore(path), **options)

    def __repr__(self) -> str:
        return f"<Inbox {self.store!r}>"

    @staticmethod
    def _token() -> str:
        return _secrets.token_hex(16)

    def record(self, event: WebhookEvent, *, claim: bool = True) -> tuple[bool, str | None]:
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
        again = self.claim(event.provider, event.id, include_failed=False)
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
        text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        return self.store.finish(
            provider,
            event_id,
            token=token,
            status=FAILED,
            error=text[:MAX_ERROR_CHARS],
            now=self._clock(),
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
    ) -> DrainResult:
        """Process pending (and by default failed) events and stale ``processing``
        ones whose lease expired. Each event runs at most once per call."""
        result = DrainResult()
        statuses = (PENDING, FAILED) if include_failed else (PENDING,)
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
                    result.errors.append(f"{key[1]}: {stored.error if stored else ''}")
        return result

    def replay(
        self,
        process: Callable[[StoredEvent], object],
        provider: str,
        event_ids: Sequence[str],
    ) -> DrainResult:
        """Re-run the given events whatever their status (except one being processed)."""
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
