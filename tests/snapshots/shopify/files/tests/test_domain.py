"""Domain resources, mappers and the MockClient (generated; do not edit).

The annotated assignments in ``test_clients_satisfy_the_protocols`` are the conformity
check: mypy fails the build if the real client and the mock drift apart.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest

from shopify_integration import (
    APITimeoutError,
    AsyncShopifyClient,
    CircuitOpenError,
    DecodingError,
    RateLimitError,
    ServerError,
    ShopifyClient,
    domain,
)
from shopify_integration._mapping import MappingError
from shopify_integration._protocol import AsyncShopifyClientProtocol, ShopifyClientProtocol
from shopify_integration.testing import (
    AsyncMockShopifyClient,
    Call,
    MockShopifyClient,
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
    real: ShopifyClientProtocol = ShopifyClient(transport=fixture_transport())
    mock: ShopifyClientProtocol = MockShopifyClient()
    areal: AsyncShopifyClientProtocol = AsyncShopifyClient()
    amock: AsyncShopifyClientProtocol = AsyncMockShopifyClient()
    assert {type(real), type(mock), type(areal), type(amock)}


def _probe(client: ShopifyClientProtocol) -> object:
    return client.orders.list()


def test_every_operation_has_a_fixture() -> None:
    """Each operation answers offline from the spec's example or a synthesised value."""
    assert set(fixtures()) == {
        "list_orders",
        "get_order",
        "cancel_order",
        "list_products",
        "create_product",
        "get_product",
        "update_product",
        "delete_product",
    }
    with MockShopifyClient() as client:
        _probe(client)
        client.backend.assert_called("list_orders", times=1)


@pytest.mark.parametrize(("kind", "error"), FAILURES, ids=[k for k, _ in FAILURES])
def test_injected_failures_raise_the_typed_errors(kind: str, error: type[Exception]) -> None:
    """Application code can test its handling of every failure the client reports."""
    with MockShopifyClient() as client:
        client.backend.on("list_orders").fails(kind)
        with pytest.raises(error):
            _probe(client)


def test_a_failure_then_success_is_retried() -> None:
    """``sequence`` scripts successive answers; the client's retry policy applies."""
    with MockShopifyClient(max_attempts=2) as client:
        client.backend.on("list_orders").sequence(Reply(503, {"error": "busy"}))
        _probe(client)
        assert len(client.backend.calls_to("list_orders")) == 2


def test_programmed_answers_and_exceptions() -> None:
    """``returns``, ``raises`` and ``calls`` replace the fixture per operation."""
    seen: list[str] = []

    def answer(call: Call) -> Reply:
        seen.append(call.operation)
        return Reply(500, {"error": "x"})

    with MockShopifyClient() as client:
        client.backend.on("list_orders").calls(answer)
        with pytest.raises(ServerError):
            _probe(client)
        client.backend.on("list_orders").raises(RuntimeError("boom"))
        with pytest.raises(RuntimeError, match="boom"):
            _probe(client)
    assert seen == ["list_orders"]


def test_async_mock() -> None:
    """The async mock answers and fails the same way."""

    async def scenario() -> None:
        async with AsyncMockShopifyClient() as client:
            await client.orders.list()
            client.backend.on("list_orders").fails("rate_limit")
            with pytest.raises(RateLimitError):
                await client.orders.list()

    asyncio.run(scenario())


def test_real_client_end_to_end_over_the_fixture_transport() -> None:
    """``fixture_transport()`` runs the real client (auth, retries, decoding) offline."""
    with ShopifyClient(transport=fixture_transport()) as client:
        assert _probe(client) is not None


def _orders_page() -> Any:
    """The list fixture of orders, with at least one item."""
    body = copy.deepcopy(fixtures()["list_orders"]["body"])
    items = body["orders"]
    assert items, "the list fixture has no item"
    return body


def _orders_first(body: Any) -> dict[str, Any]:
    item: dict[str, Any] = body["orders"][0]
    return item


def test_orders_list_returns_domain_objects() -> None:
    """``client.domain.orders.list()`` maps the page to ``domain.Order``."""
    with MockShopifyClient() as client:
        items = client.domain.orders.list()
    assert items
    assert all(isinstance(item, domain.Order) for item in items)


def test_orders_ignores_unknown_fields() -> None:
    """Fields the provider adds later are ignored (drift tolerance)."""
    body = _orders_page()
    _orders_first(body)["field_added_by_the_provider"] = {"nested": [1, 2]}
    with MockShopifyClient() as client:
        client.backend.on("list_orders").returns(body)
        assert client.domain.orders.list()


@pytest.mark.not_in_contract
def test_orders_bad_data_names_the_json_path() -> None:
    """A wrong type raises with the JSON path of the value and what the provider sent."""
    body = _orders_page()
    _orders_first(body)["id"] = [{"unexpected": True}]
    with MockShopifyClient() as client:
        client.backend.on("list_orders").returns(body)
        with pytest.raises((MappingError, DecodingError)) as caught:
            client.domain.orders.list()
    assert "$.orders[0].id" in str(caught.value)
    assert "unexpected" in str(caught.value)


def test_orders_unknown_enum_value_maps_to_unknown() -> None:
    """A status the provider adds later becomes ``UNKNOWN`` instead of failing."""
    body = _orders_page()
    _orders_first(body)["financial_status"] = "a_value_added_later"
    with MockShopifyClient() as client:
        client.backend.on("list_orders").returns(body)
        item = client.domain.orders.list()[0]
    assert item.financial_status is domain.FinancialStatus.UNKNOWN


def test_orders_get_returns_a_domain_object() -> None:
    """``client.domain.orders.get(id)`` fills the path and maps the answer."""
    with MockShopifyClient() as client:
        item = client.domain.orders.get("id-1")
        call = client.backend.assert_called("get_order", times=1)
    assert isinstance(item, domain.Order)
    assert "id-1" in call.path


def _products_page() -> Any:
    """The list fixture of products, with at least one item."""
    body = copy.deepcopy(fixtures()["list_products"]["body"])
    items = body["products"]
    assert items, "the list fixture has no item"
    return body


def _products_first(body: Any) -> dict[str, Any]:
    item: dict[str, Any] = body["products"][0]
    return item


def test_products_list_returns_domain_objects() -> None:
    """``client.domain.products.list()`` maps the page to ``domain.Product``."""
    with MockShopifyClient() as client:
        items = client.domain.products.list()
    assert items
    assert all(isinstance(item, domain.Product) for item in items)


def test_products_ignores_unknown_fields() -> None:
    """Fields the provider adds later are ignored (drift tolerance)."""
    body = _products_page()
    _products_first(body)["field_added_by_the_provider"] = {"nested": [1, 2]}
    with MockShopifyClient() as client:
        client.backend.on("list_products").returns(body)
        assert client.domain.products.list()


@pytest.mark.not_in_contract
def test_products_bad_data_names_the_json_path() -> None:
    """A wrong type raises with the JSON path of the value and what the provider sent."""
    body = _products_page()
    _products_first(body)["id"] = [{"unexpected": True}]
    with MockShopifyClient() as client:
        client.backend.on("list_products").returns(body)
        with pytest.raises((MappingError, DecodingError)) as caught:
            client.domain.products.list()
    assert "$.products[0].id" in str(caught.value)
    assert "unexpected" in str(caught.value)


def test_products_unknown_enum_value_maps_to_unknown() -> None:
    """A status the provider adds later becomes ``UNKNOWN`` instead of failing."""
    body = _products_page()
    _products_first(body)["status"] = "a_value_added_later"
    with MockShopifyClient() as client:
        client.backend.on("list_products").returns(body)
        item = client.domain.products.list()[0]
    assert item.status is domain.ProductStatus.UNKNOWN


def test_products_get_returns_a_domain_object() -> None:
    """``client.domain.products.get(id)`` fills the path and maps the answer."""
    with MockShopifyClient() as client:
        item = client.domain.products.get("id-1")
        call = client.backend.assert_called("get_product", times=1)
    assert isinstance(item, domain.Product)
    assert "id-1" in call.path


def test_products_create_sends_the_reverse_mapping() -> None:
    """``create`` sends the domain object in wire names, without read-only fields."""
    with MockShopifyClient() as client:
        item = client.domain.products.get("id-1")
        created = client.domain.products.create(item)
        call = client.backend.assert_called("create_product", times=1)
    assert isinstance(created, domain.Product)
    sent = call.body or {}
    assert "id" not in sent.get("product", {})
