"""Test doubles of the Twilio client (generated; do not edit).

`MockTwilioClient` / `AsyncMockTwilioClient` are the real clients over an
in-memory transport: same methods and domain resources (the shared Protocols in
`_protocol.py`), no network, no credentials. Every operation answers with its fixture
(the spec's example or a value synthesised from the schema) until programmed::

    mock = MockTwilioClient()
    mock.backend.on("list_call").fails("rate_limit", times=1)
    mock.backend.on("list_call").returns({...})
    mock.backend.assert_called("list_call")

`fixture_transport()` gives the same fake as an `httpx.MockTransport` for running a
real client end to end offline: `TwilioClient(transport=fixture_transport())`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ._client import AsyncTwilioClient, TwilioClient
from ._config import DEFAULT_BASE_URL, make_config
from ._protocol import AsyncTwilioClientProtocol, TwilioClientProtocol
from ._runtime import AsyncAPIClient, BasicAuth, SyncAPIClient
from ._testing import FAILURES, Call, MockBackend, Reply, UnexpectedCallError

__all__ = [
    "FAILURES",
    "MAPPED_OPERATIONS",
    "ROUTES",
    "AsyncMockTwilioClient",
    "Call",
    "MockBackend",
    "MockTwilioClient",
    "Reply",
    "UnexpectedCallError",
    "backend",
    "fixture_transport",
    "fixtures",
]

MOCK_BASE_URL = "http://mock.invalid"
# The account in paths the client fills itself (the basic-auth user name), meeting
# the spec's pattern for it so recorded contracts verify.
_MOCK_AUTH = BasicAuth("AC00000000000000000000000000000000", "mock-secret")
ROUTES: list[tuple[str, str, str]] = [
    ("list_call", "GET", "/2010-04-01/Accounts/{AccountSid}/Calls.json"),
    ("create_call", "POST", "/2010-04-01/Accounts/{AccountSid}/Calls.json"),
    ("fetch_call", "GET", "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"),
    ("list_message", "GET", "/2010-04-01/Accounts/{AccountSid}/Messages.json"),
    ("create_message", "POST", "/2010-04-01/Accounts/{AccountSid}/Messages.json"),
    ("fetch_message", "GET", "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"),
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


class MockTwilioClient(TwilioClient):
    """The sync client over the fake: ``backend`` programs answers and records calls."""

    def __init__(self, *, mock: MockBackend | None = None, max_attempts: int = 1) -> None:
        self.backend = mock or backend()
        config = make_config(base_url=MOCK_BASE_URL, max_attempts=max_attempts)
        SyncAPIClient.__init__(self, config, _MOCK_AUTH, transport=self.backend.transport())


class AsyncMockTwilioClient(AsyncTwilioClient):
    """The async client over the fake: ``backend`` programs answers and records calls."""

    def __init__(self, *, mock: MockBackend | None = None, max_attempts: int = 1) -> None:
        self.backend = mock or backend()
        config = make_config(base_url=MOCK_BASE_URL, max_attempts=max_attempts)
        AsyncAPIClient.__init__(self, config, _MOCK_AUTH, transport=self.backend.transport())


def _conforms(
    sync: MockTwilioClient, async_: AsyncMockTwilioClient
) -> tuple[TwilioClientProtocol, AsyncTwilioClientProtocol]:
    """mypy checks here that the mocks satisfy the client Protocols."""
    return sync, async_
