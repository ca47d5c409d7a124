"""The backing services against real servers: the circuit breaker's state and the
rate-limit quota shared through Redis.

CI starts both (.github/workflows/ci.yml, REDIS_URL and DATABASE_URL); elsewhere a missing
server skips these tests with the reason, except under CI=true, where it fails them.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from s3_integration import (
    BreakerConfig,
    CircuitOpenError,
    RedisBreakerBackend,
    S3Client,
    ServerError,
)
from s3_integration._config import REDIS_URL_ENV
from s3_integration._runtime import ConfigurationError, SharedRateLimiter

from ._local_server import Reply, ScriptedServer

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true requires it")
    pytest.skip(reason)


@pytest.fixture
def redis_client() -> Iterator[Any]:
    """A client of a reachable Redis."""
    import redis

    client: Any = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        _unavailable(f"Redis is not reachable at {REDIS_URL} ({type(exc).__name__})")
    yield client
    client.close()


@pytest.fixture
def redis_prefix(redis_client: Any) -> Iterator[str]:
    """A fresh key prefix on a reachable Redis, removed afterwards."""
    prefix = f"test:{uuid.uuid4().hex}:"
    yield prefix
    for key in redis_client.scan_iter(match=f"{prefix}*"):
        redis_client.delete(key)


def _fresh_quota(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> str:
    """A key no other test run has used, so the quota starts empty; returns what names it."""
    identity = f"test-key-{uuid.uuid4().hex}"
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", identity)
    return identity


def test_redis_url_shares_one_rate_limit_quota(
    server: ScriptedServer, redis_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With $S3_REDIS_URL set, a quota the server announced to this client
    holds for every other process using the same key (a limiter of its own, reading Redis)."""
    identity = _fresh_quota(monkeypatch, server)
    monkeypatch.setenv(REDIS_URL_ENV, REDIS_URL)
    server.script = [Reply(headers=(("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "30")))]
    with S3Client(base_url=server.url) as client:
        client._request("GET", "/quota")
        limiter = client.config.rate_limiter
    assert isinstance(limiter, SharedRateLimiter) and limiter.shared
    other_process = SharedRateLimiter(REDIS_URL, identity)
    try:
        assert other_process.acquire() > 20  # it waits for the reset announced to the first
    finally:
        redis_client.delete(other_process.key)
        other_process.close()


def test_unreachable_redis_falls_back_to_a_local_limiter_with_one_warning(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Calls go on without Redis; two clients of the process warn once between them."""
    _fresh_quota(monkeypatch, server)
    monkeypatch.setenv(REDIS_URL_ENV, "redis://:hunter2-password@127.0.0.1:1/0")
    with caplog.at_level(logging.WARNING, logger="integration_runtime"):
        for _ in range(2):
            with S3Client(base_url=server.url) as client:
                assert client._request("GET", "/ok").status_code == 200
    warnings = [r for r in caplog.records if "local limiter" in r.getMessage()]
    assert len(warnings) == 1
    assert "hunter2" not in caplog.text
    assert len(server.requests) == 2


def test_a_redis_url_of_another_scheme_is_refused_at_construction() -> None:
    with pytest.raises(ConfigurationError, match="redis://"):
        S3Client(redis_url="http://127.0.0.1:6379")


def test_a_breaker_opened_by_one_client_stops_another(
    server: ScriptedServer, redis_prefix: str
) -> None:
    """Two clients (two processes' worth of state) share one breaker through Redis."""
    server.script = [Reply(status=500)]

    def breaker() -> BreakerConfig:
        backend = RedisBreakerBackend(REDIS_URL, prefix=redis_prefix, fail_open=False)
        return BreakerConfig(consecutive_failures=2, wait_duration=30.0, backend=backend)

    with S3Client(base_url=server.url, max_attempts=1, breaker=breaker()) as first:
        for _ in range(2):
            with pytest.raises(ServerError):
                first._request("GET", "/down")
    second = S3Client(base_url=server.url, max_attempts=1, breaker=breaker())
    with second, pytest.raises(CircuitOpenError):
        second._request("GET", "/down")
    assert len(server.requests) == 2
