# mypy: disable-error-code="import-not-found"
"""A credential a call passes as a parameter (Slack's ``token``) stays out of the logs."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from types import ModuleType

import pytest
from ik_rt_server import Respond, ScriptedServer

Serve = Callable[..., ScriptedServer]
USER_TOKEN = "xoxp-USER-TOKEN-51c2e"
HEADER_TOKEN = "xoxb-HEADER-TOKEN-9ad0"


def test_a_token_parameter_is_scrubbed_from_logs(
    rt: ModuleType, serve: Serve, caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(lambda _i, _r: Respond(200, {"ok": True}))
    client = rt.SyncAPIClient(
        rt.ClientConfig(server.url, breaker=None), rt.BearerAuth(rt.Secret("xoxb-bot-1234"))
    )
    with caplog.at_level(logging.DEBUG):
        client._request("GET", "/conversations.list", params={"token": USER_TOKEN, "limit": 2})
        client._request("POST", "/chat.postMessage", headers={"Token": HEADER_TOKEN})
    sent = server.requests
    assert USER_TOKEN in sent[0].target  # really sent: the test cannot pass vacuously
    assert sent[1].headers.get("token") == HEADER_TOKEN
    messages = [record.getMessage() for record in caplog.records]
    assert any("conversations.list" in m for m in messages)  # httpx logged the URL
    assert not [m for m in messages if USER_TOKEN in m or HEADER_TOKEN in m]


def test_credential_names_cover_the_generators(rt: ModuleType) -> None:
    names = rt.auth.CREDENTIAL_NAMES
    assert {"token", "access_token", "api_key", "apikey", "authorization"} <= names
    assert "limit" not in names


def test_per_call_credentials_are_bounded_and_the_auths_own_stay(rt: ModuleType) -> None:
    """Many users' tokens do not grow the filter without end; the auth's secret and the
    most recent per-call values are still scrubbed."""
    guard = rt.auth._RedactingFilter()
    guard.register("pinned-auth-secret")
    for n in range(guard.RECENT * 3):
        guard.register(f"user-token-{n:06d}", transient=True)
    assert len(guard._ordered) <= guard.RECENT * 4 + 8  # bounded (each value has a few forms)
    last = f"user-token-{guard.RECENT * 3 - 1:06d}"
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "%s %s", (last, ""), None)
    record.args = ("GET ?token=" + last, "pinned-auth-secret")
    guard.filter(record)
    assert last not in record.getMessage()
    assert "pinned-auth-secret" not in record.getMessage()
    first = "user-token-000000"
    assert first not in guard._ordered  # evicted; a call using it registers it again


def test_registering_while_logging_from_other_threads_never_raises(rt: ModuleType) -> None:
    guard = rt.auth._RedactingFilter()
    errors: list[BaseException] = []

    def log_many() -> None:
        try:
            for _ in range(2000):
                record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "x", None, None)
                guard.filter(record)
        except BaseException as exc:  # the failure under test
            errors.append(exc)

    threads = [threading.Thread(target=log_many) for _ in range(2)]
    for thread in threads:
        thread.start()
    for n in range(3000):
        guard.register(f"tok-{n:05d}", transient=True)
    for thread in threads:
        thread.join()
    assert errors == []
