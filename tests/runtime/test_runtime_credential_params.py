# mypy: disable-error-code="import-not-found"
"""A credential a call passes as a parameter (Slack's ``token``) stays out of the logs."""

from __future__ import annotations

import logging
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
