"""The client against a real HTTP server on 127.0.0.1: auth, timeouts, errors, secrets."""

from __future__ import annotations

import asyncio
import base64
import os
import time
from pathlib import Path

import pytest

from openai_integration import (
    APITimeoutError,
    AsyncOpenAIClient,
    AuthenticationError,
    BreakerConfig,
    CircuitOpenError,
    MissingCredentialError,
    NotFoundError,
    OpenAIClient,
    RateLimitError,
    ServerError,
)
from openai_integration._config import DEFAULT_MAX_RESPONSE_BYTES

from ._local_server import Reply, ScriptedServer
from .conftest import SECRET


def test_auth_is_sent(server: ScriptedServer) -> None:
    """Every request carries the credentials read from the environment."""
    with OpenAIClient(base_url=server.url) as client:
        client._request("GET", "/probe")
    sent = server.requests[0]
    assert sent.headers["authorization"] == f"Bearer {SECRET}"


def test_missing_credential_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the secret the client refuses to start and says which variable to set."""
    monkeypatch.delenv("OPENAI_API_KEY")
    with pytest.raises(MissingCredentialError, match="OPENAI_API_KEY"):
        OpenAIClient()


def test_two_clients_send_their_own_credentials(server: ScriptedServer) -> None:
    """A key passed in beats the environment, per client: one process, two accounts."""
    first = OpenAIClient(base_url=server.url)
    second = OpenAIClient(api_key="other-key-1234", base_url=server.url)
    server.script = [Reply(status=200, body={}), Reply(status=200, body={})]
    with first, second:
        first._request("GET", "/one")
        second._request("GET", "/two")
    sent = [r.headers.get("authorization", r.path) for r in server.requests]
    assert SECRET in sent[0] or SECRET in base64.b64decode(sent[0].split()[-1]).decode()
    assert (
        "other-key-1234" in sent[1]
        or "other-key-1234" in base64.b64decode(sent[1].split()[-1]).decode()
    )
    assert "other-key-1234" not in repr(second) and "other-key-1234" not in repr(vars(second))


def test_credentials_fall_back_to_a_dotenv_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without the variable the client reads ``.env``, and leaves ``os.environ`` alone."""
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("OPENAI_API_KEY=from-dotenv-5678\n", encoding="utf-8")
    with OpenAIClient() as client:
        assert client._auth is not None
        assert "from-dotenv-5678" not in repr(client._auth)
    assert "OPENAI_API_KEY" not in os.environ


def test_the_base_url_falls_back_to_a_dotenv_file(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``OPENAI_BASE_URL`` is read from ``.env`` like the credentials."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"OPENAI_BASE_URL={server.url}\n", encoding="utf-8")
    with OpenAIClient() as client:
        client._request("GET", "/probe")
    assert len(server.requests) == 1
    assert "OPENAI_BASE_URL" not in os.environ


def test_a_stalled_server_times_out(server: ScriptedServer) -> None:
    """A server that accepts and never answers gives a timeout error, not a hang."""
    server.script = [Reply(stall_seconds=3.0)]
    started = time.monotonic()
    client = OpenAIClient(base_url=server.url, timeout=0.3, max_attempts=1)
    with client, pytest.raises(APITimeoutError):
        client._request("GET", "/stall")
    assert time.monotonic() - started < 2.0


def test_the_generated_size_cap_is_applied() -> None:
    """The questionnaire's response cap (100 MiB) reaches every client."""
    expected = 100 * 1024 * 1024
    assert expected == DEFAULT_MAX_RESPONSE_BYTES
    with OpenAIClient() as client:
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
    client = OpenAIClient(base_url=server.url, max_attempts=1)
    with client, pytest.raises(error) as caught:
        client._request("GET", "/fails")
    assert SECRET not in str(caught.value)
    assert SECRET not in repr(caught.value)


def test_server_errors_are_retried(server: ScriptedServer) -> None:
    """A 503 followed by a 200 succeeds on the second attempt."""
    server.script = [Reply(status=503), Reply(status=200, body={"ok": True})]
    with OpenAIClient(base_url=server.url, max_attempts=2) as client:
        response = client._request("GET", "/flaky")
    assert response.status_code == 200
    assert len(server.requests) == 2


def test_an_open_breaker_fails_fast_and_sends_nothing(server: ScriptedServer) -> None:
    """After the configured failures in a row, calls fail at once without a request."""
    server.script = [Reply(status=500)]
    breaker = BreakerConfig(consecutive_failures=2, wait_duration=30.0)
    with OpenAIClient(base_url=server.url, max_attempts=1, breaker=breaker) as client:
        for _ in range(2):
            with pytest.raises(ServerError):
                client._request("GET", "/down")
        with pytest.raises(CircuitOpenError) as caught:
            client._request("GET", "/down")
    assert len(server.requests) == 2
    assert 0 < caught.value.retry_after <= 30.0


def test_raw_response_is_per_call(server: ScriptedServer) -> None:
    """``with_raw_response`` gives each call its own status, headers and request id."""
    headers = (("x-request-id", "req_1"),)
    server.script = [Reply(status=200, body={}, headers=headers)]
    with OpenAIClient(base_url=server.url) as client:
        raw = client.files.with_raw_response.list()
    assert raw.status_code == 200
    assert raw.request_id == "req_1"
    assert raw.elapsed.total_seconds() >= 0
    assert raw.http_response.request.method == "GET"


def test_per_call_options_reach_the_wire(server: ScriptedServer) -> None:
    """``extra_headers`` and ``extra_query`` are sent; ``max_retries=0`` sends once."""
    server.script = [Reply(status=503)]
    client = OpenAIClient(base_url=server.url, max_attempts=3)
    with client, pytest.raises(ServerError):
        client.files.list(extra_headers={"x-extra": "1"}, extra_query={"extra": "2"}, max_retries=0)
    assert len(server.requests) == 1
    assert server.requests[0].headers["x-extra"] == "1"
    assert "extra=2" in server.requests[0].path


def test_with_options_shares_the_pool_and_keeps_the_original(server: ScriptedServer) -> None:
    """A configured copy sends through the same connection pool; the original is unchanged."""
    server.script = [Reply(status=503), Reply(status=503)]
    with OpenAIClient(base_url=server.url, max_attempts=3) as client:
        quick = client.with_options(max_retries=0, timeout=1.0)
        with pytest.raises(ServerError):
            quick.files.list()
        assert quick._http is client._http
        assert client.config.max_attempts == 3
        assert quick.files is not client.files
    assert len(server.requests) == 1


def test_secret_is_not_in_the_client_repr() -> None:
    """Printing or logging a client never shows the credential."""
    with OpenAIClient() as client:
        assert SECRET not in repr(client)
        assert SECRET not in repr(vars(client))


def test_async_client_sends_auth_and_times_out(server: ScriptedServer) -> None:
    """The async client shares the runtime: same auth, same strict timeout."""

    async def scenario() -> None:
        client = AsyncOpenAIClient(base_url=server.url, timeout=0.3, max_attempts=1)
        async with client:
            await client._request("GET", "/probe")
            server.script = [Reply(), Reply(stall_seconds=3.0)]
            with pytest.raises(APITimeoutError):
                await client._request("GET", "/stall")

    asyncio.run(scenario())
    assert server.requests[0].path.startswith("/probe")
