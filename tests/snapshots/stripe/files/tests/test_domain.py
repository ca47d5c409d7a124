"""Domain resources, mappers and the MockClient (generated; do not edit).

The annotated assignments in ``test_clients_satisfy_the_protocols`` are the conformity
check: mypy fails the build if the real client and the mock drift apart.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest

from stripe_integration import (
    APITimeoutError,
    AsyncStripeClient,
    CircuitOpenError,
    DecodingError,
    RateLimitError,
    ServerError,
    StripeClient,
    domain,
)
from stripe_integration._mapping import MappingError
from stripe_integration._protocol import AsyncStripeClientProtocol, StripeClientProtocol
from stripe_integration.testing import (
    AsyncMockStripeClient,
    Call,
    MockStripeClient,
    Reply,
    fixture_transport,
    fixtures,
)

FAILURES: list[tuple[str, type[Exception]]] = [
    ("rate_limit", RateLimitError),
    ("timeout", APITimeoutError),
    ("server_error", ServerError),
    ("unavailable", ServerError),
    ("circuit_open", CircuitOpenError),
]


def test_clients_satisfy_the_protocols() -> None:
    """Real clients and mocks are interchangeable wherever the Protocols are used."""
    real: StripeClientProtocol = StripeClient(transport=fixture_transport())
    mock: StripeClientProtocol = MockStripeClient()
    areal: AsyncStripeClientProtocol = AsyncStripeClient()
    amock: AsyncStripeClientProtocol = AsyncMockStripeClient()
    assert {type(real), type(mock), type(areal), type(amock)}


def _probe(client: StripeClientProtocol) -> object:
    return client.customers.list()


def test_every_operation_has_a_fixture() -> None:
    """Each operation answers offline from the spec's example or a synthesised value."""
    assert set(fixtures()) == {
        "get_customers",
        "post_customers",
        "get_customers_customer",
        "post_customers_customer",
        "delete_customers_customer",
        "get_events",
        "get_events_id",
        "get_payment_intents",
        "post_payment_intents",
        "get_payment_intents_intent",
        "post_payment_intents_intent_cancel",
        "post_payment_intents_intent_confirm",
        "get_refunds",
        "post_refunds",
        "get_refunds_refund",
    }
    with MockStripeClient() as client:
        _probe(client)
        client.backend.assert_called("get_customers", times=1)


@pytest.mark.parametrize(("kind", "error"), FAILURES, ids=[k for k, _ in FAILURES])
def test_injected_failures_raise_the_typed_errors(kind: str, error: type[Exception]) -> None:
    """Application code can test its handling of every failure the client reports."""
    with MockStripeClient() as client:
        client.backend.on("get_customers").fails(kind)
        with pytest.raises(error):
            _probe(client)


def test_a_failure_then_success_is_retried() -> None:
    """``sequence`` scripts successive answers; the client's retry policy applies."""
    with MockStripeClient(max_attempts=2) as client:
        client.backend.on("get_customers").sequence(Reply(503, {"error": "busy"}))
        _probe(client)
        assert len(client.backend.calls_to("get_customers")) == 2


def test_programmed_answers_and_exceptions() -> None:
    """``returns``, ``raises`` and ``calls`` replace the fixture per operation."""
    seen: list[str] = []

    def answer(call: Call) -> Reply:
        seen.append(call.operation)
        return Reply(500, {"error": "x"})

    with MockStripeClient() as client:
        client.backend.on("get_customers").calls(answer)
        with pytest.raises(ServerError):
            _probe(client)
        client.backend.on("get_customers").raises(RuntimeError("boom"))
        with pytest.raises(RuntimeError, match="boom"):
            _probe(client)
    assert seen == ["get_customers"]


def test_async_mock() -> None:
    """The async mock answers and fails the same way."""

    async def scenario() -> None:
        async with AsyncMockStripeClient() as client:
            await client.customers.list()
            client.backend.on("get_customers").fails("rate_limit")
            with pytest.raises(RateLimitError):
                await client.customers.list()

    asyncio.run(scenario())


def test_real_client_end_to_end_over_the_fixture_transport() -> None:
    """``fixture_transport()`` runs the real client (auth, retries, decoding) offline."""
    with StripeClient(transport=fixture_transport()) as client:
        assert _probe(client) is not None


def _payment_intents_page() -> Any:
    """The list fixture of payment_intents, with at least one item."""
    body = copy.deepcopy(fixtures()["get_payment_intents"]["body"])
    items = body["data"]
    assert items, "the list fixture has no item"
    return body


def _payment_intents_first(body: Any) -> dict[str, Any]:
    item: dict[str, Any] = body["data"][0]
    return item


def test_payment_intents_list_returns_domain_objects() -> None:
    """``client.domain.payment_intents.list()`` maps the page to ``domain.Payment``."""
    with MockStripeClient() as client:
        items = client.domain.payment_intents.list()
    assert items
    assert all(isinstance(item, domain.Payment) for item in items)


def test_payment_intents_iter_list_walks_every_page() -> None:
    """``iter_list()`` follows the cursor page after page and maps every item, sync and async."""
    first, last = _payment_intents_page(), _payment_intents_page()
    first["has_more"], last["has_more"] = True, False
    per_page = len(first["data"])
    with MockStripeClient() as client:
        client.backend.on("get_payment_intents").sequence(first, last)
        items = list(client.domain.payment_intents.iter_list())
        calls = client.backend.calls_to("get_payment_intents")
    assert len(items) == 2 * per_page
    assert all(isinstance(item, domain.Payment) for item in items)
    assert len(calls) == 2
    assert "starting_after" not in calls[0].params
    assert calls[1].params["starting_after"] == first["data"][-1]["id"]

    async def scenario() -> list[domain.Payment]:
        async with AsyncMockStripeClient() as client:
            client.backend.on("get_payment_intents").sequence(first, last)
            return [item async for item in client.domain.payment_intents.iter_list()]

    assert len(asyncio.run(scenario())) == 2 * per_page


def test_payment_intents_ignores_unknown_fields() -> None:
    """Fields the provider adds later are ignored (drift tolerance)."""
    body = _payment_intents_page()
    _payment_intents_first(body)["field_added_by_the_provider"] = {"nested": [1, 2]}
    with MockStripeClient() as client:
        client.backend.on("get_payment_intents").returns(body)
        assert client.domain.payment_intents.list()


@pytest.mark.not_in_contract
def test_payment_intents_bad_data_names_the_json_path() -> None:
    """A wrong type raises with the JSON path of the value and what the provider sent."""
    body = _payment_intents_page()
    _payment_intents_first(body)["id"] = [{"unexpected": True}]
    with MockStripeClient() as client:
        client.backend.on("get_payment_intents").returns(body)
        with pytest.raises((MappingError, DecodingError)) as caught:
            client.domain.payment_intents.list()
    assert "$.data[0].id" in str(caught.value)
    assert "unexpected" in str(caught.value)


def test_payment_intents_unknown_enum_value_maps_to_unknown() -> None:
    """A status the provider adds later becomes ``UNKNOWN`` instead of failing."""
    body = _payment_intents_page()
    _payment_intents_first(body)["status"] = "a_value_added_later"
    with MockStripeClient() as client:
        client.backend.on("get_payment_intents").returns(body)
        item = client.domain.payment_intents.list()[0]
    assert item.status is domain.PaymentStatus.UNKNOWN


def test_payment_intents_get_returns_a_domain_object() -> None:
    """``client.domain.payment_intents.get(id)`` fills the path and maps the answer."""
    with MockStripeClient() as client:
        item = client.domain.payment_intents.get("id-1")
        call = client.backend.assert_called("get_payment_intents_intent", times=1)
    assert isinstance(item, domain.Payment)
    assert "id-1" in call.path


def test_payment_intents_create_sends_the_reverse_mapping() -> None:
    """``create`` sends the domain object in wire names, without read-only fields."""
    with MockStripeClient() as client:
        item = client.domain.payment_intents.get("id-1")
        created = client.domain.payment_intents.create(item)
        call = client.backend.assert_called("post_payment_intents", times=1)
    assert isinstance(created, domain.Payment)
    sent = call.body or {}
    assert "id" not in sent


def _customers_page() -> Any:
    """The list fixture of customers, with at least one item."""
    body = copy.deepcopy(fixtures()["get_customers"]["body"])
    items = body["data"]
    assert items, "the list fixture has no item"
    return body


def _customers_first(body: Any) -> dict[str, Any]:
    item: dict[str, Any] = body["data"][0]
    return item


def test_customers_list_returns_domain_objects() -> None:
    """``client.domain.customers.list()`` maps the page to ``domain.Customer``."""
    with MockStripeClient() as client:
        items = client.domain.customers.list()
    assert items
    assert all(isinstance(item, domain.Customer) for item in items)


def test_customers_iter_list_walks_every_page() -> None:
    """``iter_list()`` follows the cursor page after page and maps every item, sync and async."""
    first, last = _customers_page(), _customers_page()
    first["has_more"], last["has_more"] = True, False
    per_page = len(first["data"])
    with MockStripeClient() as client:
        client.backend.on("get_customers").sequence(first, last)
        items = list(client.domain.customers.iter_list())
        calls = client.backend.calls_to("get_customers")
    assert len(items) == 2 * per_page
    assert all(isinstance(item, domain.Customer) for item in items)
    assert len(calls) == 2
    assert "starting_after" not in calls[0].params
    assert calls[1].params["starting_after"] == first["data"][-1]["id"]

    async def scenario() -> list[domain.Customer]:
        async with AsyncMockStripeClient() as client:
            client.backend.on("get_customers").sequence(first, last)
            return [item async for item in client.domain.customers.iter_list()]

    assert len(asyncio.run(scenario())) == 2 * per_page


def test_customers_ignores_unknown_fields() -> None:
    """Fields the provider adds later are ignored (drift tolerance)."""
    body = _customers_page()
    _customers_first(body)["field_added_by_the_provider"] = {"nested": [1, 2]}
    with MockStripeClient() as client:
        client.backend.on("get_customers").returns(body)
        assert client.domain.customers.list()


@pytest.mark.not_in_contract
def test_customers_bad_data_names_the_json_path() -> None:
    """A wrong type raises with the JSON path of the value and what the provider sent."""
    body = _customers_page()
    _customers_first(body)["id"] = [{"unexpected": True}]
    with MockStripeClient() as client:
        client.backend.on("get_customers").returns(body)
        with pytest.raises((MappingError, DecodingError)) as caught:
            client.domain.customers.list()
    assert "$.data[0].id" in str(caught.value)
    assert "unexpected" in str(caught.value)


def test_customers_get_returns_a_domain_object() -> None:
    """``client.domain.customers.get(id)`` fills the path and maps the answer."""
    with MockStripeClient() as client:
        item = client.domain.customers.get("id-1")
        call = client.backend.assert_called("get_customers_customer", times=1)
    assert isinstance(item, domain.Customer)
    assert "id-1" in call.path


def test_customers_create_sends_the_reverse_mapping() -> None:
    """``create`` sends the domain object in wire names, without read-only fields."""
    with MockStripeClient() as client:
        item = client.domain.customers.get("id-1")
        created = client.domain.customers.create(item)
        call = client.backend.assert_called("post_customers", times=1)
    assert isinstance(created, domain.Customer)
    sent = call.body or {}
    assert "id" not in sent


def _refunds_page() -> Any:
    """The list fixture of refunds, with at least one item."""
    body = copy.deepcopy(fixtures()["get_refunds"]["body"])
    items = body["data"]
    assert items, "the list fixture has no item"
    return body


def _refunds_first(body: Any) -> dict[str, Any]:
    item: dict[str, Any] = body["data"][0]
    return item


def test_refunds_list_returns_domain_objects() -> None:
    """``client.domain.refunds.list()`` maps the page to ``domain.Refund``."""
    with MockStripeClient() as client:
        items = client.domain.refunds.list()
    assert items
    assert all(isinstance(item, domain.Refund) for item in items)


def test_refunds_iter_list_walks_every_page() -> None:
    """``iter_list()`` follows the cursor page after page and maps every item, sync and async."""
    first, last = _refunds_page(), _refunds_page()
    first["has_more"], last["has_more"] = True, False
    per_page = len(first["data"])
    with MockStripeClient() as client:
        client.backend.on("get_refunds").sequence(first, last)
        items = list(client.domain.refunds.iter_list())
        calls = client.backend.calls_to("get_refunds")
    assert len(items) == 2 * per_page
    assert all(isinstance(item, domain.Refund) for item in items)
    assert len(calls) == 2
    assert "starting_after" not in calls[0].params
    assert calls[1].params["starting_after"] == first["data"][-1]["id"]

    async def scenario() -> list[domain.Refund]:
        async with AsyncMockStripeClient() as client:
            client.backend.on("get_refunds").sequence(first, last)
            return [item async for item in client.domain.refunds.iter_list()]

    assert len(asyncio.run(scenario())) == 2 * per_page


def test_refunds_ignores_unknown_fields() -> None:
    """Fields the provider adds later are ignored (drift tolerance)."""
    body = _refunds_page()
    _refunds_first(body)["field_added_by_the_provider"] = {"nested": [1, 2]}
    with MockStripeClient() as client:
        client.backend.on("get_refunds").returns(body)
        assert client.domain.refunds.list()


@pytest.mark.not_in_contract
def test_refunds_bad_data_names_the_json_path() -> None:
    """A wrong type raises with the JSON path of the value and what the provider sent."""
    body = _refunds_page()
    _refunds_first(body)["id"] = [{"unexpected": True}]
    with MockStripeClient() as client:
        client.backend.on("get_refunds").returns(body)
        with pytest.raises((MappingError, DecodingError)) as caught:
            client.domain.refunds.list()
    assert "$.data[0].id" in str(caught.value)
    assert "unexpected" in str(caught.value)


def test_refunds_unknown_enum_value_maps_to_unknown() -> None:
    """A status the provider adds later becomes ``UNKNOWN`` instead of failing."""
    body = _refunds_page()
    _refunds_first(body)["status"] = "a_value_added_later"
    with MockStripeClient() as client:
        client.backend.on("get_refunds").returns(body)
        item = client.domain.refunds.list()[0]
    assert item.status is domain.RefundStatus.UNKNOWN


def test_refunds_get_returns_a_domain_object() -> None:
    """``client.domain.refunds.get(id)`` fills the path and maps the answer."""
    with MockStripeClient() as client:
        item = client.domain.refunds.get("id-1")
        call = client.backend.assert_called("get_refunds_refund", times=1)
    assert isinstance(item, domain.Refund)
    assert "id-1" in call.path


def test_refunds_create_sends_the_reverse_mapping() -> None:
    """``create`` sends the domain object in wire names, without read-only fields."""
    with MockStripeClient() as client:
        item = client.domain.refunds.get("id-1")
        created = client.domain.refunds.create(item)
        call = client.backend.assert_called("post_refunds", times=1)
    assert isinstance(created, domain.Refund)
    sent = call.body or {}
    assert "id" not in sent
