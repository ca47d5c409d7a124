"""The backing services against real servers: the circuit breaker's state shared through
Redis, and the webhook inbox in PostgreSQL.

CI starts both (.github/workflows/ci.yml, REDIS_URL and DATABASE_URL); elsewhere a missing
server skips these tests with the reason, except under CI=true, where it fails them.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from stripe_integration import (
    BreakerConfig,
    CircuitOpenError,
    RedisBreakerBackend,
    ServerError,
    StripeClient,
)
from stripe_integration._webhooks.inbox import StoredEvent
from stripe_integration._webhooks.pgstore import PostgresStore

from ._local_server import Reply, ScriptedServer

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true requires it")
    pytest.skip(reason)


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A fresh key prefix on a reachable Redis, removed afterwards."""
    import redis

    client: Any = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        _unavailable(f"Redis is not reachable at {REDIS_URL} ({type(exc).__name__})")
    prefix = f"test:{uuid.uuid4().hex}:"
    yield prefix
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    client.close()


def test_a_breaker_opened_by_one_client_stops_another(
    server: ScriptedServer, redis_prefix: str
) -> None:
    """Two clients (two processes' worth of state) share one breaker through Redis."""
    server.script = [Reply(status=500)]

    def breaker() -> BreakerConfig:
        backend = RedisBreakerBackend(REDIS_URL, prefix=redis_prefix, fail_open=False)
        return BreakerConfig(consecutive_failures=2, wait_duration=30.0, backend=backend)

    with StripeClient(base_url=server.url, max_attempts=1, breaker=breaker()) as first:
        for _ in range(2):
            with pytest.raises(ServerError):
                first._request("GET", "/down")
    second = StripeClient(base_url=server.url, max_attempts=1, breaker=breaker())
    with second, pytest.raises(CircuitOpenError):
        second._request("GET", "/down")
    assert len(server.requests) == 2


@pytest.fixture
def pg_store() -> Iterator[PostgresStore]:
    """An inbox in a fresh table of a reachable PostgreSQL, dropped afterwards."""
    import psycopg

    table = f"inbox_{uuid.uuid4().hex[:12]}"
    try:
        store = PostgresStore(f"{DATABASE_URL}?connect_timeout=3", table=table)
    except psycopg.Error as exc:
        _unavailable(f"PostgreSQL is not reachable at {DATABASE_URL} ({type(exc).__name__})")
    yield store
    store._exec(f"DROP TABLE IF EXISTS {table}")
    store.close()


def test_the_inbox_stores_an_event_once(pg_store: PostgresStore) -> None:
    """An event is persisted with its raw body; the same id again is a duplicate."""
    now = time.time()
    event = StoredEvent(
        provider="stripe_integration",
        event_id="evt_1",
        event_type="test.event",
        status="pending",
        body=b'{"id": "evt_1"}',
        headers={"content-type": "application/json"},
        received_at=now,
        updated_at=now,
        attempts=0,
        error=None,
    )
    assert pg_store.insert(event, token=None, lease_until=None) is True
    assert pg_store.insert(event, token=None, lease_until=None) is False
    stored = pg_store.get("stripe_integration", "evt_1")
    assert stored is not None and stored.body == event.body
