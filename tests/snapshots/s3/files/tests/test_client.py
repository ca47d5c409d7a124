"""The client against a real HTTP server on 127.0.0.1: auth, timeouts, errors, secrets."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from s3_integration import (
    APITimeoutError,
    AsyncS3Client,
    AuthenticationError,
    BreakerConfig,
    CircuitOpenError,
    MissingCredentialError,
    NotFoundError,
    RateLimitError,
    S3Client,
    ServerError,
)
from s3_integration._config import DEFAULT_MAX_RESPONSE_BYTES

from ._local_server import Reply, ScriptedServer
from .conftest import ACCESS_KEY, SECRET


def test_auth_is_sent(server: ScriptedServer) -> None:
    """Every request carries the credentials read from the environment."""
    with S3Client(base_url=server.url) as client:
        client._request("GET", "/probe")
    sent = server.requests[0]
    assert sent.headers["authorization"].startswith(f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/")
    assert "x-amz-date" in sent.headers
    assert SECRET not in str(sent.headers)


def test_missing_credential_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the secret the client refuses to start and says which variable to set."""
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    with pytest.raises(MissingCredentialError, match="AWS_SECRET_ACCESS_KEY"):
        S3Client()


def test_two_clients_send_their_own_credentials(server: ScriptedServer) -> None:
    """Keys passed in beat the environment, per client: one process, two accounts."""
    first = S3Client(base_url=server.url)
    second = S3Client(
        access_key_id="AKIDOTHER", secret_access_key="other-key-1234", base_url=server.url
    )
    server.script = [Reply(status=200, body={}), Reply(status=200, body={})]
    with first, second:
        first._request("GET", "/one")
        second._request("GET", "/two")
    sent = [r.headers["authorization"] for r in server.requests]
    assert f"Credential={ACCESS_KEY}/" in sent[0]
    assert "Credential=AKIDOTHER/" in sent[1]
    assert "other-key-1234" not in repr(second) and "other-key-1234" not in repr(vars(second))


def test_credentials_fall_back_to_a_dotenv_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without the variable the client reads ``.env``, and leaves ``os.environ`` alone."""
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("AWS_SECRET_ACCESS_KEY=from-dotenv-5678\n", encoding="utf-8")
    with S3Client() as client:
        assert client._auth is not None
        assert "from-dotenv-5678" not in repr(client._auth)
    assert "AWS_SECRET_ACCESS_KEY" not in os.environ


def test_the_base_url_falls_back_to_a_dotenv_file(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``S3_BASE_URL`` is read from ``.env`` like the credentials."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"S3_BASE_URL={server.url}\n", encoding="utf-8")
    with S3Client() as client:
        client._request("GET", "/probe")
    assert len(server.requests) == 1
    assert "S3_BASE_URL" not in os.environ


def test_a_stalled_server_times_out(server: ScriptedServer) -> None:
    """A server that accepts and never answers gives a timeout error, not a hang."""
    server.script = [Reply(stall_seconds=3.0)]
    started = time.monotonic()
    client = S3Client(base_url=server.url, timeout=0.3, max_attempts=1)
    with client, pytest.raises(APITimeoutError):
        client._request("GET", "/stall")
    assert time.monotonic() - started < 2.0


def test_the_generated_size_cap_is_applied() -> None:
    """The questionnaire's response cap (10 MiB) reaches every client."""
    expected = 10 * 1024 * 1024
    assert expected == DEFAULT_MAX_RESPONSE_BYTES
    with S3Client() as client:
        assert client.config.max_response_bytes == expected


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthenticationError), (404, NotFoundError), (429, RateLimitError), (500, ServerError)],
    ids=["401", "404", "429", "500"],
)
def test_status_codes_map_to_typed_errors(
    server: ScriptedServer, status: int, error: type[Exception]
) -> None:
    """HTTP failures surface as the exception named after their meaning."""
    server.script = [Reply(status=status, body={"error": "nope"})]
    client = S3Client(base_url=server.url, max_attempts=1)
    with client, pytest.raises(error) as caught:
        client._request("GET", "/fails")
    assert SECRET not in str(caught.value)
    assert SECRET not in repr(caught.value)


def test_server_errors_are_retried(server: ScriptedServer) -> None:
    """A 503 followed by a 200 succeeds on the second attempt."""
    server.script = [Reply(status=503), Reply(status=200, body={"ok": True})]
    with S3Client(base_url=server.url, max_attempts=2) as client:
        response = client._request("GET", "/flaky")
    assert response.status_code == 200
    assert len(server.requests) == 2


def test_an_open_breaker_fails_fast_and_sends_nothing(server: ScriptedServer) -> None:
    """After the configured failures in a row, calls fail at once without a request."""
    server.script = [Reply(status=500)]
    breaker = BreakerConfig(consecutive_failures=2, wait_duration=30.0)
    with S3Client(base_url=server.url, max_attempts=1, breaker=breaker) as client:
        for _ in range(2):
            with pytest.raises(ServerError):
                client._request("GET", "/down")
        with pytest.raises(CircuitOpenError) as caught:
            client._request("GET", "/down")
    assert len(server.requests) == 2
    assert 0 < caught.value.retry_after <= 30.0


def test_secret_is_not_in_the_client_repr() -> None:
    """Printing or logging a client never shows the credential."""
    with S3Client() as client:
        assert SECRET not in repr(client)
        assert SECRET not in repr(vars(client))


def test_async_client_sends_auth_and_times_out(server: ScriptedServer) -> None:
    """The async client shares the runtime: same auth, same strict timeout."""

    async def scenario() -> None:
        client = AsyncS3Client(base_url=server.url, timeout=0.3, max_attempts=1)
        async with client:
            await client._request("GET", "/probe")
            server.script = [Reply(), Reply(stall_seconds=3.0)]
            with pytest.raises(APITimeoutError):
                await client._request("GET", "/stall")

    asyncio.run(scenario())
    assert server.requests[0].path.startswith("/probe")
