"""SQLite inbox store (stdlib ``sqlite3``, WAL journal): zero setup, the default.

Acknowledgements wait for an fsync under ``synchronous="FULL"``, and one fsync costs
milliseconds on most disks: one commit per request caps a receiver at a few hundred
events/s. Inserts therefore go through a group commit (``_group_commit.py``): the
requests being received at the same moment (threads of a WSGI server, the ASGI adapter's
worker threads) share one transaction, and each returns only once the ``COMMIT`` that
holds its row has returned, so "persisted before acknowledged" holds for every one.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from typing import Any

from ._group_commit import GroupCommit
from .rows import (
    ADDED_COLUMNS,
    COLUMNS,
    STATUSES,
    StoredEvent,
    claimable_sql,
    from_row,
    insert_params,
)

__all__ = ["SQLiteStore"]

# A row the batch cannot take (wrong type, constraint): it alone is refused, the batch
# is retried without it. Any other error (I/O, lock timeout) fails the whole batch.
ROW_ERRORS = (
    sqlite3.IntegrityError,
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    sqlite3.DataError,
    OverflowError,
    TypeError,
    ValueError,
)


class SQLiteStore:
    """SQLite inbox table (WAL journal). ``synchronous="FULL"`` (default) makes every
    acknowledged event survive power loss; ``"NORMAL"`` survives process crashes only.
    ``max_batch`` bounds how many concurrent inserts share one commit."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        table: str = "webhook_inbox",
        synchronous: str = "FULL",
        timeout: float = 30.0,
        max_batch: int = 256,
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
        self._insert_sql = (
            f"INSERT INTO {table} ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "  # noqa: S608
            "ON CONFLICT DO NOTHING"
        )
        self._group = GroupCommit(self._commit_batch, max_batch=max_batch)

    def __repr__(self) -> str:
        return f"<SQLiteStore {self.path!r}>"

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, params)

    def insert(self, event: StoredEvent, *, token: str | None, lease_until: float | None) -> bool:
        """Returns once the transaction holding the row is committed (fsynced under
        FULL), possibly together with other threads' rows."""
        return self._group.submit(insert_params(event, token, lease_until))

    def stats(self) -> dict[str, int]:
        """Group commit so far: ``commits`` (transactions), ``inserts`` (rows offered,
        duplicates included) and ``queued`` (waiting for the next commit now)."""
        return {
            "commits": self._group.commits,
            "inserts": self._group.items,
            "queued": self._group.queued,
        }

    def _commit_batch(self, batch: Sequence[tuple[Any, ...]]) -> list[bool | BaseException]:
        with self._lock:
            durable = self._durable != "NORMAL"
            if durable:
                self._db.execute(f"PRAGMA synchronous={self._durable}")
            try:
                try:
                    return self._transaction(batch)
                except ROW_ERRORS:
                    if len(batch) == 1:
                        raise
                # one row is bad: each row in its own transaction, so only it fails
                results: list[bool | BaseException] = []
                for params in batch:
                    try:
                        results.extend(self._transaction([params]))
                    except ROW_ERRORS as exc:
                        results.append(exc)
                return results
            finally:
                if durable:
                    self._db.execute("PRAGMA synchronous=NORMAL")

    def _transaction(self, batch: Sequence[tuple[Any, ...]]) -> list[bool | BaseException]:
        """One transaction: every row inserted, then COMMIT; rolled back on any error."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            inserted: list[bool | BaseException] = [
                db.execute(self._insert_sql, params).rowcount == 1 for params in batch
            ]
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return inserted

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
                f"WHERE provider = ? AND event_id = ? AND {claimable_sql('?', statuses)} "
                "AND (? IS NULL OR attempts < ?) "
                f"RETURNING {COLUMNS}",
                (
                    token,
                    lease_until,
                    now,
                    provider,
                    event_id,
                    now,
                    now,
                    max_attempts,
                    max_attempts,
                ),
            ).fetchone()
        return None if row is None else from_row(row)

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

    def renew(self, provider: str, event_id: str, *, token: str, lease_until: float) -> bool:
        """Extend the lease of an event still held with ``token`` (the heartbeat)."""
        cur = self._exec(
            f"UPDATE {self.table} SET lease_until = ? "  # noqa: S608
            "WHERE provider = ? AND event_id = ? AND lease_token = ? AND status = 'processing'",
            (lease_until, provider, event_id, token),
        )
        return cur.rowcount == 1

    def candidates(
        self, provider: str | None, *, now: float, statuses: Sequence[str], limit: int
    ) -> list[tuple[str, str]]:
        rows = self._exec(
            f"SELECT provider, event_id FROM {self.table} WHERE {claimable_sql('?', statuses)} "  # noqa: S608
            "AND (? IS NULL OR provider = ?) ORDER BY received_at LIMIT ?",
            (now, now, provider, provider, limit),
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
        return None if row is None else from_row(row)

    def list_events(
        self, provider: str | None = None, status: str | None = None, limit: int = 100
    ) -> list[StoredEvent]:
        rows = self._exec(
            f"SELECT {COLUMNS} FROM {self.table} WHERE (? IS NULL OR provider = ?) "  # noqa: S608
            "AND (? IS NULL OR status = ?) ORDER BY received_at LIMIT ?",
            (provider, provider, status, status, limit),
        ).fetchall()
        return [from_row(r) for r in rows]

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
