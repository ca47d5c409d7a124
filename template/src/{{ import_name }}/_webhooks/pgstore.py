"""PostgreSQL inbox store (psycopg 3 + psycopg_pool, imported when the store is created).

Same table shape and the same single-statement claims as :class:`SQLiteStore`; under
READ COMMITTED a conditional ``UPDATE`` re-checks its ``WHERE`` after waiting for a
concurrent claimer, so exactly one claimer wins. Workers claim batches with
``FOR UPDATE SKIP LOCKED`` (:meth:`PostgresStore.claim_due`), so many of them share the
table without waiting on each other; an ordered scan of a partial index over the live
rows (``pending``/``failed``/``processing``) finds a batch without reading the ``done``
ones, however many there are. Given a conninfo, connections come from a
``psycopg_pool.ConnectionPool``; a worker's batch holds one of them throughout
(:meth:`PostgresStore.session`). Connections are not probed before each use (a round
trip per statement): a statement that meets a dead connection (server restart,
``pg_terminate_backend``) is retried on a fresh one, up to ``pool_size + 1`` times, each
failure discarding the dead connection. Every statement is idempotent or token-guarded,
so a retry can only delay an event. psycopg prepares each repeated statement server-side.

Durability, as in :class:`SQLiteStore`: the ``INSERT`` that precedes an acknowledgement
always waits for the WAL flush. A worker's sessions (claims, ``done``/``failed`` marks,
releases) come from a second pool whose connections use ``synchronous_commit=off``
(``durable_marks=False``, the default): one flush per event would cap 4 workers at the
disk's flush rate (a few hundred events/s). A server crash can then only lose the last
marks (PostgreSQL loses a suffix of such commits, never a middle one); their events were
leased, so they run again once the lease expires. ``durable_marks=True`` flushes every
mark.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from .rows import (
    ADDED_COLUMNS,
    COLUMNS,
    LIVE,
    STATUSES,
    StoredEvent,
    claimable_sql,
    from_row,
    insert_params,
)

__all__ = ["PostgresStore"]

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class PostgresStore:
    """``PostgresStore("host=127.0.0.1 dbname=app user=app")`` (pooled, ``pool_size``
    connections at most) or one open connection (used as is, under a lock)."""

    def __init__(
        self,
        conninfo: str | Any,
        *,
        table: str = "webhook_inbox",
        pool_size: int = 4,
        durable_marks: bool = False,
    ) -> None:
        import psycopg  # type: ignore[import-not-found,unused-ignore]

        if not _IDENT.match(table):
            raise ValueError("table must be a plain identifier")
        self.table = table
        self._lock = threading.Lock()
        self._retryable: tuple[type[BaseException], ...] = (psycopg.OperationalError,)
        self._pool: Any = None
        self._session_pool: Any = None  # created by the first session()
        self._conn: Any = None
        self._pinned = threading.local()
        self._attempts = 1
        self._conninfo = conninfo if isinstance(conninfo, str) else ""
        self._pool_size = max(1, pool_size)
        self._durable_marks = durable_marks
        if isinstance(conninfo, str):
            self._pool = self._new_pool(durable=True)
            self._attempts = self._pool_size + 1
        else:
            self._conn = conninfo
            self._conn.autocommit = True
        self._exec(
            f"CREATE TABLE IF NOT EXISTS {table} ("
            "provider TEXT NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL, "
            "status TEXT NOT NULL, body BYTEA NOT NULL, headers TEXT NOT NULL, "
            "received_at DOUBLE PRECISION NOT NULL, updated_at DOUBLE PRECISION NOT NULL, "
            "attempts INTEGER NOT NULL DEFAULT 0, error TEXT, lease_token TEXT, "
            "lease_until DOUBLE PRECISION, next_attempt_at DOUBLE PRECISION, traceback TEXT, "
            "PRIMARY KEY (provider, event_id))"
        )
        for name, kind in ADDED_COLUMNS:
            sql_type = "DOUBLE PRECISION" if kind == "REAL" else kind
            self._exec(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} {sql_type}")
        self._exec(f"CREATE INDEX IF NOT EXISTS {table}_status ON {table} (status, received_at)")
        live = ", ".join(f"'{s}'" for s in LIVE)
        self._exec(
            f"CREATE INDEX IF NOT EXISTS {table}_due ON {table} (received_at) "
            f"WHERE status IN ({live})"
        )

    def __repr__(self) -> str:
        return f"<PostgresStore table={self.table!r}>"

    def _new_pool(self, *, durable: bool) -> Any:
        from psycopg_pool import ConnectionPool  # type: ignore[import-not-found,unused-ignore]

        kwargs: dict[str, Any] = {"autocommit": True}
        if not durable:
            kwargs["options"] = "-c synchronous_commit=off"
        return ConnectionPool(
            self._conninfo, min_size=1, max_size=self._pool_size, kwargs=kwargs, open=True
        )

    @contextmanager
    def session(self) -> Iterator[None]:
        """Run this thread's statements on one pooled connection until the block ends
        (a worker's claim, runs and marks), instead of a pool checkout per statement.
        Inserts never use it: they always go through the durable pool."""
        if self._pool is None or getattr(self._pinned, "conn", None) is not None:
            yield
            return
        if self._durable_marks:
            pool = self._pool
        else:
            with self._lock:
                if self._session_pool is None:
                    self._session_pool = self._new_pool(durable=False)
            pool = self._session_pool
        self._pinned.pool = pool
        self._pinned.conn = pool.getconn()
        try:
            yield
        finally:
            conn, self._pinned.conn = self._pinned.conn, None
            pool.putconn(conn)

    def _connection(self, durable: bool) -> AbstractContextManager[Any]:
        if self._pool is None:
            return nullcontext(self._conn)
        pinned = getattr(self._pinned, "conn", None)
        if pinned is not None and not durable:
            return nullcontext(pinned)
        return self._pool.connection()  # type: ignore[no-any-return]

    def _exec(self, sql: str, params: Sequence[Any] = (), *, durable: bool = False) -> Any:
        """Run one statement; ``durable`` never uses a session's (async-commit) one."""
        for attempt in range(1, self._attempts + 1):
            try:
                with (
                    self._lock if self._pool is None else nullcontext(),
                    self._connection(durable) as conn,
                ):
                    cur = conn.execute(sql, tuple(params))
                    rows = cur.fetchall() if cur.description is not None else None
                    return cur.rowcount, rows
            except self._retryable:
                # A dead connection: the pool drops it; retry on another one.
                if self._pool is None or attempt == self._attempts:
                    raise
                if not durable:
                    self._replace_pinned()
        raise AssertionError("unreachable")  # pragma: no cover

    def _replace_pinned(self) -> None:
        """Inside a session, swap its (broken) connection for a fresh one."""
        conn = getattr(self._pinned, "conn", None)
        if conn is not None:
            pool = self._pinned.pool
            self._pinned.conn = None
            pool.putconn(conn)  # a broken connection is discarded, not reused
            self._pinned.conn = pool.getconn()

    def insert(self, event: StoredEvent, *, token: str | None, lease_until: float | None) -> bool:
        count, _ = self._exec(
            f"INSERT INTO {self.table} ({COLUMNS}) VALUES "  # noqa: S608
            "(%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
            insert_params(event, token, lease_until),
            durable=True,
        )
        return bool(count == 1)

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
        _, rows = self._exec(
            f"UPDATE {self.table} SET status = 'processing', lease_token = %s, "  # noqa: S608
            "lease_until = %s, attempts = attempts + 1, updated_at = %s "
            f"WHERE provider = %s AND event_id = %s AND {claimable_sql('%s', statuses)} "
            "AND (%s::integer IS NULL OR attempts < %s::integer) "
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
        )
        return from_row(rows[0]) if rows else None

    def claim_due(
        self,
        provider: str | None,
        *,
        token: str,
        now: float,
        lease_until: float,
        statuses: Sequence[str],
        max_attempts: int | None,
        limit: int,
    ) -> list[StoredEvent]:
        """Claim up to ``limit`` due events at once, skipping rows other workers lock."""
        _, rows = self._exec(
            f"UPDATE {self.table} SET status = 'processing', lease_token = %s, "  # noqa: S608
            "lease_until = %s, attempts = attempts + 1, updated_at = %s "
            f"WHERE (provider, event_id) IN (SELECT provider, event_id FROM {self.table} "
            f"WHERE {claimable_sql('%s', statuses)} "
            "AND (%s::text IS NULL OR provider = %s::text) "
            "AND (%s::integer IS NULL OR attempts < %s::integer) "
            "ORDER BY received_at LIMIT %s FOR UPDATE SKIP LOCKED) "
            f"RETURNING {COLUMNS}",
            (
                token,
                lease_until,
                now,
                now,
                now,
                provider,
                provider,
                max_attempts,
                max_attempts,
                limit,
            ),
        )
        return [from_row(r) for r in rows or []]

    def release(self, provider: str, event_id: str, *, token: str, now: float) -> bool:
        """Give back a claimed event that was not started (back to ``pending``)."""
        count, _ = self._exec(
            f"UPDATE {self.table} SET status = 'pending', lease_token = NULL, "  # noqa: S608
            "lease_until = NULL, attempts = attempts - 1, updated_at = %s "
            "WHERE provider = %s AND event_id = %s AND lease_token = %s",
            (now, provider, event_id, token),
        )
        return bool(count == 1)

    def renew(self, provider: str, event_id: str, *, token: str, lease_until: float) -> bool:
        """Extend the lease of an event still held with ``token`` (the heartbeat)."""
        count, _ = self._exec(
            f"UPDATE {self.table} SET lease_until = %s "  # noqa: S608
            "WHERE provider = %s AND event_id = %s AND lease_token = %s "
            "AND status = 'processing'",
            (lease_until, provider, event_id, token),
            durable=True,  # from the heartbeat's thread: never another thread's session
        )
        return bool(count == 1)

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
        count, _ = self._exec(
            f"UPDATE {self.table} SET status = %s, error = %s, lease_token = NULL, "  # noqa: S608
            "lease_until = NULL, updated_at = %s, next_attempt_at = %s, traceback = %s "
            "WHERE provider = %s AND event_id = %s AND lease_token = %s",
            (status, error, now, next_attempt_at, traceback, provider, event_id, token),
        )
        return bool(count == 1)

    def candidates(
        self, provider: str | None, *, now: float, statuses: Sequence[str], limit: int
    ) -> list[tuple[str, str]]:
        _, rows = self._exec(
            f"SELECT provider, event_id FROM {self.table} WHERE {claimable_sql('%s', statuses)} "  # noqa: S608
            "AND (%s::text IS NULL OR provider = %s::text) ORDER BY received_at LIMIT %s",
            (now, now, provider, provider, limit),
        )
        return [(str(r[0]), str(r[1])) for r in rows or []]

    def requeue(self, provider: str, event_ids: Sequence[str], *, now: float) -> int:
        total = 0
        for event_id in event_ids:
            count, _ = self._exec(
                f"UPDATE {self.table} SET status = 'pending', lease_token = NULL, "  # noqa: S608
                "lease_until = NULL, attempts = 0, next_attempt_at = NULL, updated_at = %s "
                "WHERE provider = %s AND event_id = %s AND status <> 'processing'",
                (now, provider, event_id),
            )
            total += int(count)
        return total

    def get(self, provider: str, event_id: str) -> StoredEvent | None:
        _, rows = self._exec(
            f"SELECT {COLUMNS} FROM {self.table} WHERE provider = %s AND event_id = %s",  # noqa: S608
            (provider, event_id),
        )
        return from_row(rows[0]) if rows else None

    def list_events(
        self, provider: str | None = None, status: str | None = None, limit: int = 100
    ) -> list[StoredEvent]:
        _, rows = self._exec(
            f"SELECT {COLUMNS} FROM {self.table} WHERE (%s::text IS NULL OR provider = %s::text) "  # noqa: S608
            "AND (%s::text IS NULL OR status = %s::text) ORDER BY received_at LIMIT %s",
            (provider, provider, status, status, limit),
        )
        return [from_row(r) for r in rows or []]

    def counts(self, provider: str | None = None) -> dict[str, int]:
        _, rows = self._exec(
            f"SELECT status, COUNT(*) FROM {self.table} "  # noqa: S608
            "WHERE (%s::text IS NULL OR provider = %s::text) GROUP BY status",
            (provider, provider),
        )
        result = dict.fromkeys(STATUSES, 0)
        result.update({str(s): int(n) for s, n in rows or []})
        return result

    def close(self) -> None:
        if self._pool is not None:
            if self._session_pool is not None:
                self._session_pool.close()
            self._pool.close()
            return
        with self._lock:
            self._conn.close()
