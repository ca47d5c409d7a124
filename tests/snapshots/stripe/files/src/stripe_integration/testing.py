"""Test doubles of the Stripe client (generated; do not edit).

`MockStripeClient` / `AsyncMockStripeClient` are the real clients over an
in-memory transport: same methods and domain resources (the shared Protocols in
`_protocol.py`), no network, no credentials. Every operation answers with its fixture
(the spec's example or a value synthesised from the schema) until programmed::

    mock = MockStripeClient()
    mock.backend.on("get_customers").fails("rate_limit", times=1)
    mock.backend.on("get_customers").returns({...})
    mock.backend.assert_called("get_customers")

`fixture_transport()` gives the same fake as an `httpx.MockTransport` for running a
real client end to end offline: `StripeClient(transport=fixture_transport())`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ._client import AsyncStripeClient, StripeClient
from ._config import DEFAULT_BASE_URL, make_config
from ._protocol import AsyncStripeClientProtocol, StripeClientProtocol
from ._runtime import AsyncAPIClient, SyncAPIClient
from ._testing import FAILURES, Call, MockBackend, Reply, UnexpectedCallError

__all__ = [
    "FAILURES",
    "MAPPED_OPERATIONS",
    "ROUTES",
    "AsyncMockStripeClient",
    "Call",
    "MockBackend",
    "MockStripeClient",
    "Reply",
    "UnexpectedCallError",
    "backend",
    "fixture_transport",
    "fixtures",
]

MOCK_BASE_URL = "http://mock.invalid"
ROUTES: list[tuple[str, str, str]] = [
    ("get_customers", "GET", "/v1/customers"),
    ("post_customers", "POST", "/v1/customers"),
    ("get_customers_customer", "GET", "/v1/customers/{customer}"),
    ("post_customers_customer", "POST", "/v1/customers/{customer}"),
    ("delete_customers_customer", "DELETE", "/v1/customers/{customer}"),
    ("get_events", "GET", "/v1/events"),
    ("get_events_id", "GET", "/v1/events/{id}"),
    ("get_payment_intents", "GET", "/v1/payment_intents"),
    ("post_payment_intents", "POST", "/v1/payment_intents"),
    ("get_payment_intents_intent", "GET", "/v1/payment_intents/{intent}"),
    ("post_payment_intents_intent_cancel", "POST", "/v1/payment_intents/{intent}/cancel"),
    ("post_payment_intents_intent_confirm", "POST", "/v1/payment_intents/{intent}/confirm"),
    ("get_refunds", "GET", "/v1/refunds"),
    ("post_refunds", "POST", "/v1/refunds"),
    ("get_refunds_refund", "GET", "/v1/refunds/{refund}"),
]

# (operation, mapper in mapping.py, where it reads the response): the mapper contracts
MAPPED_OPERATIONS: list[tuple[str, str, str]] = [
    ("get_customers", "CUSTOMER", "$.data[]"),
    ("get_customers_customer", "CUSTOMER", "$"),
    ("get_payment_intents", "PAYMENT", "$.data[]"),
    ("get_payment_intents_intent", "PAYMENT", "$"),
    ("get_refunds", "REFUND", "$.data[]"),
    ("get_refunds_refund", "REFUND", "$"),
    ("post_customers", "CUSTOMER", "$"),
    ("post_payment_intents", "PAYMENT", "$"),
    ("post_refunds", "REFUND", "$"),
]


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


class MockStripeClient(StripeClient):
    """The sync client over the fake: ``backend`` programs answers and records calls."""

    def __init__(self, *, mock: MockBackend | None = None, max_attempts: int = 1) -> None:
        self.backend = mock or backend()
        config = make_config(base_url=MOCK_BASE_URL, max_attempts=max_attempts)
        SyncAPIClient.__init__(self, config, None, transport=self.backend.transport())


class AsyncMockStripeClient(AsyncStripeClient):
    """The async client over the fake: ``backend`` programs answers and records calls."""

    def __init__(self, *, mock: MockBackend | None = None, max_attempts: int = 1) -> None:
        self.backend = mock or backend()
        config = make_config(base_url=MOCK_BASE_URL, max_attempts=max_attempts)
        AsyncAPIClient.__init__(self, config, None, transport=self.backend.transport())


def _conforms(
    sync: MockStripeClient, async_: AsyncMockStripeClient
) -> tuple[StripeClientProtocol, AsyncStripeClientProtocol]:
    """mypy checks here that the mocks satisfy the client Protocols."""
    return sync, async_
