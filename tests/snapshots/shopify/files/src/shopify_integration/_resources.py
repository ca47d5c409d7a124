"""Domain resources of the Shopify clients (generated; do not edit).

Their methods return your domain objects (`domain.py`).

Each resource decodes the response into a view of the wire model (`_views.py`) and maps
it with the mapper of the same name in `mapping.py`; the raw wire methods stay on the
client for everything else.
"""

from __future__ import annotations

import builtins
from typing import Any

from . import domain, mapping
from ._runtime import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncOrdersResource",
    "AsyncProductsResource",
    "AsyncResources",
    "OrdersResource",
    "ProductsResource",
    "Resources",
]


class OrdersResource:
    """``client.domain.orders``: Order objects (domain.py).

    Mapped by ``mapping.ORDER``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Order]:
        """One page of domain objects.

        ``GET /orders.json``
        """
        response = self._client._request(
            "GET",
            "/orders.json",
            params={
                "status": status,
                "limit": limit,
                "since_id": since_id,
                "created_at_min": created_at_min,
            },
            timeout=timeout,
        )
        decoded = self._client._decode(response, dict[str, Any])
        return mapping.ORDER.load_many(decoded.get("orders"), "$.orders")

    def get(self, order_id: str, *, timeout: float | None = None) -> domain.Order:
        """One domain object.

        ``GET /orders/{order_id}.json``
        """
        response = self._client._request(
            "GET",
            self._client._path("/orders/{order_id}.json", {"order_id": order_id}),
            timeout=timeout,
        )
        data = self._client._decode(response, dict[str, Any])
        return mapping.ORDER.load(data.get("order"), "$.order")


class ProductsResource:
    """``client.domain.products``: Product objects (domain.py).

    Mapped by ``mapping.PRODUCT``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: str | None = None,
        since_id: str | None = None,
        vendor: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Product]:
        """One page of domain objects.

        ``GET /products.json``
        """
        response = self._client._request(
            "GET",
            "/products.json",
            params={"limit": limit, "since_id": since_id, "vendor": vendor},
            timeout=timeout,
        )
        decoded = self._client._decode(response, dict[str, Any])
        return mapping.PRODUCT.load_many(decoded.get("products"), "$.products")

    def get(self, product_id: str, *, timeout: float | None = None) -> domain.Product:
        """One domain object.

        ``GET /products/{product_id}.json``
        """
        response = self._client._request(
            "GET",
            self._client._path("/products/{product_id}.json", {"product_id": product_id}),
            timeout=timeout,
        )
        data = self._client._decode(response, dict[str, Any])
        return mapping.PRODUCT.load(data.get("product"), "$.product")

    def create(self, item: domain.Product, *, timeout: float | None = None) -> domain.Product:
        """Create ``item`` (read-only fields are not sent); returns the result.

        ``POST /products.json``
        """
        body = mapping.PRODUCT.dump(item)
        response = self._client._request(
            "POST", "/products.json", json={"product": body}, timeout=timeout
        )
        data = self._client._decode(response, dict[str, Any])
        return mapping.PRODUCT.load(data.get("product"), "$.product")


class Resources:
    """``client.domain``: the domain resources of the sync client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def orders(self) -> OrdersResource:
        """``client.domain.orders``: Order objects."""
        return OrdersResource(self._client)

    @property
    def products(self) -> ProductsResource:
        """``client.domain.products``: Product objects."""
        return ProductsResource(self._client)


class AsyncOrdersResource:
    """``client.domain.orders``: Order objects (domain.py).

    Mapped by ``mapping.ORDER``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Order]:
        """One page of domain objects.

        ``GET /orders.json``
        """
        response = await self._client._request(
            "GET",
            "/orders.json",
            params={
                "status": status,
                "limit": limit,
                "since_id": since_id,
                "created_at_min": created_at_min,
            },
            timeout=timeout,
        )
        decoded = self._client._decode(response, dict[str, Any])
        return mapping.ORDER.load_many(decoded.get("orders"), "$.orders")

    async def get(self, order_id: str, *, timeout: float | None = None) -> domain.Order:
        """One domain object.

        ``GET /orders/{order_id}.json``
        """
        response = await self._client._request(
            "GET",
            self._client._path("/orders/{order_id}.json", {"order_id": order_id}),
            timeout=timeout,
        )
        data = self._client._decode(response, dict[str, Any])
        return mapping.ORDER.load(data.get("order"), "$.order")


class AsyncProductsResource:
    """``client.domain.products``: Product objects (domain.py).

    Mapped by ``mapping.PRODUCT``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: str | None = None,
        since_id: str | None = None,
        vendor: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Product]:
        """One page of domain objects.

        ``GET /products.json``
        """
        response = await self._client._request(
            "GET",
            "/products.json",
            params={"limit": limit, "since_id": since_id, "vendor": vendor},
            timeout=timeout,
        )
        decoded = self._client._decode(response, dict[str, Any])
        return mapping.PRODUCT.load_many(decoded.get("products"), "$.products")

    async def get(self, product_id: str, *, timeout: float | None = None) -> domain.Product:
        """One domain object.

        ``GET /products/{product_id}.json``
        """
        response = await self._client._request(
            "GET",
            self._client._path("/products/{product_id}.json", {"product_id": product_id}),
            timeout=timeout,
        )
        data = self._client._decode(response, dict[str, Any])
        return mapping.PRODUCT.load(data.get("product"), "$.product")

    async def create(self, item: domain.Product, *, timeout: float | None = None) -> domain.Product:
        """Create ``item`` (read-only fields are not sent); returns the result.

        ``POST /products.json``
        """
        body = mapping.PRODUCT.dump(item)
        response = await self._client._request(
            "POST", "/products.json", json={"product": body}, timeout=timeout
        )
        data = self._client._decode(response, dict[str, Any])
        return mapping.PRODUCT.load(data.get("product"), "$.product")


class AsyncResources:
    """``client.domain``: the domain resources of the async client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def orders(self) -> AsyncOrdersResource:
        """``client.domain.orders``: Order objects."""
        return AsyncOrdersResource(self._client)

    @property
    def products(self) -> AsyncProductsResource:
        """``client.domain.products``: Product objects."""
        return AsyncProductsResource(self._client)
