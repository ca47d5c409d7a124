"""Store factories shared by the inbox tests (SQLite always, PostgreSQL when reachable)."""

from __future__ import annotations

import importlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")

PG_DSNS = (
    "host=127.0.0.1 port=5432 dbname=test user=postgres connect_timeout=3",
    "host=127.0.0.1 port=5432 dbname=test user=root connect_timeout=3",
)


def postgres_dsn() -> str:
    """A working DSN, or skip (fail when CI=true) with the reason."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a test dependency
        reason = f"psycopg not installed: {exc}"
    else:
        errors = []
        for dsn in PG_DSNS:
            try:
                with psycopg.connect(dsn) as conn:
                    conn.execute("SELECT 1")
                return dsn
            except psycopg.Error as exc:
                errors.append(f"{dsn.split(' user=')[1].split()[0]}: {exc}".strip())
        reason = "PostgreSQL at 127.0.0.1:5432 (db test) unreachable: " + "; ".join(errors)
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


StoreFactory = Callable[[], Any]


def sqlite_factory(tmp_path: Path) -> Iterator[StoreFactory]:
    path = tmp_path / "inbox.sqlite3"
    opened: list[Any] = []

    def make() -> Any:
        store = wh.SQLiteStore(path)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def postgres_factory() -> Iterator[StoreFactory]:
    dsn = postgres_dsn()
    table = f"inbox_test_{uuid.uuid4().hex[:12]}"
    opened: list[Any] = []

    def make() -> Any:
        store = wh.PostgresStore(dsn, table=table)
        opened.append(store)
        return store

    yield make
    import psycopg

    for store in opened:
        store.close()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
