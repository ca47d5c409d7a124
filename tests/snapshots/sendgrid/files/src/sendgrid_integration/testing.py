"""Test doubles of the SendGrid client (generated; do not edit).

`MockSendGridClient` / `AsyncMockSendGridClient` are the real clients over an
in-memory transport: same methods and domain resources (the shared Protocols in
`_protocol.py`), no network, no credentials. Every operation answers with its fixture
(the spec's example or a value synthesised from the schema) until programmed::

    mock = MockSendGridClient()
    mock.backend.on("post_mail_send").fails("rate_limit", times=1)
    mock.backend.on("post_mail_send").returns({...})
    mock.backend.assert_called("post_mail_send")

`fixture_transport()` gives the same fake as an `httpx.MockTransport` for running a
real client end to end offline: `SendGridClient(transport=fixture_transport())`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ._client import AsyncSendGridClient, SendGridClient
from ._config import DEFAULT_BASE_URL, make_config
from ._protocol import AsyncSendGridClientProtocol, SendGridClientProtocol
from ._runtime import AsyncAPIClient, SyncAPIClient
from ._testing import FAILURES, Call, MockBackend, Reply, UnexpectedCallError

__all__ = [
    "FAILURES",
    "MAPPED_OPERATIONS",
    "ROUTES",
    "AsyncMockSendGridClient",
    "Call",
    "MockBackend",
    "MockSendGridClient",
    "Reply",
    "UnexpectedCallError",
    "backend",
    "fixture_transport",
    "fixtures",
]

MOCK_BASE_URL = "http://mock.invalid"
ROUTES: list[tuple[str, str, str]] = [
    ("post_mail_send", "POST", "/mail/send"),
    ("get_user_webhooks_event_settings_signed", "GET", "/user/webhooks/event/settings/signed"),
]

# (operation, mapper in mapping.py, where it reads the response): the mapper contracts
MAPPED_OPERATIONS: list[tuple[str, str, str]] = []


def fixtures() -> dict[str, dict[str, Any]]:
    """Each operation's default answer: ``{"status": int, "body": JSON}`` (a fresh copy)."""
    text = resources.files(__package__).joinpath("_mock_fixtures.json").read_text("utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


def backend(*, base_url: str = MOCK_BASE_URL) -> MockBackend:
    """A fresh programmable fake for a client whose base URL is ``base_url``."""
    return MockBackend(ROUTES, fixtures(), prefix=urlsplit(base_url).path.rstrip("/"))


def fixture_transport(mock: MockBackend | None = None) -> Any:
    """An ``httpx.MockTransport`` answering from fixtures, for the real client's default
    base URL (pass ``base_url=`` to the client only together with a matching backend)."""
    return (mock or backend(base_url=DEFAULT_BASE_URL)).transport()


class MockSendGridClient(SendGridClient):
    """The sync client over the fake: ``backend`` programs answers and records calls."""

    def __init__(self, *, mock: MockBackend | None = None, max_attempts: int = 1) -> None:
        self.backend = mock or backend()
        config = make_config(base_url=MOCK_BASE_URL, max_attempts=max_attempts)
        SyncAPIClient.__init__(self, config, None, transport=self.backend.transport())


class AsyncMockSendGridClient(AsyncSendGridClient):
    """The async client over the fake: ``backend`` programs answers and records calls."""

    def __init__(self, *, mock: MockBackend | None = None, max_attempts: int = 1) -> None:
        self.backend = mock or backend()
        config = make_config(base_url=MOCK_BASE_URL, max_attempts=max_attempts)
        AsyncAPIClient.__init__(self, config, None, transport=self.backend.transport())


def _conforms(
    sync: MockSendGridClient, async_: AsyncMockSendGridClient
) -> tuple[SendGridClientProtocol, AsyncSendGridClientProtocol]:
    """mypy checks here that the mocks satisfy the client Protocols."""
    return sync, async_
