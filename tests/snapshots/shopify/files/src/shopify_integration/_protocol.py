"""The Shopify clients' interface as Protocols.

Generated; do not edit. Both the client and its mock satisfy the Protocol (mypy checks
the conformity in the generated tests); type your application code against it and pass
either:

- `ShopifyClientProtocol`:
  `ShopifyClient`,
  `testing.MockShopifyClient`
- `AsyncShopifyClientProtocol`:
  `AsyncShopifyClient`,
  `testing.AsyncMockShopifyClient`
"""

from __future__ import annotations

from typing import Any, Protocol

from ._resources import AsyncResources, Resources
from .resources import AsyncOrders, AsyncProducts, Orders, Products

__all__ = ["AsyncShopifyClientProtocol", "ShopifyClientProtocol"]


class ShopifyClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def orders(self) -> Orders: ...

    @property
    def products(self) -> Products: ...

    @property
    def domain(self) -> Resources: ...

    def list_orders(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]: ...

    def get_order(
        self, *, order_id: str, fields: str | None = None, timeout: float | None = None
    ) -> dict[str, Any]: ...

    def cancel_order(
        self, *, order_id: str, body: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]: ...

    def list_products(
        self,
        *,
        limit: str | None = None,
        since_id: str | None = None,
        vendor: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]: ...

    def create_product(
        self, *, body: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]: ...

    def get_product(
        self, *, product_id: str, fields: str | None = None, timeout: float | None = None
    ) -> dict[str, Any]: ...

    def update_product(
        self, *, product_id: str, body: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]: ...

    def delete_product(
        self, *, product_id: str, timeout: float | None = None
    ) -> dict[str, Any]: ...


class AsyncShopifyClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def orders(self) -> AsyncOrders: ...

    @property
    def products(self) -> AsyncProducts: ...

    @property
    def domain(self) -> AsyncResources: ...

    async def list_orders(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]: ...

    async def get_order(
        self, *, order_id: str, fields: str | None = None, timeout: float | None = None
    ) -> dict[str, Any]: ...

    async def cancel_order(
        self, *, order_id: str, body: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]: ...

    async def list_products(
        self,
        *,
        limit: str | None = None,
        since_id: str | None = None,
        vendor: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]: ...

    async def create_product(
        self, *, body: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]: ...

    async def get_product(
        self, *, product_id: str, fields: str | None = None, timeout: float | None = None
    ) -> dict[str, Any]: ...

    async def update_product(
        self, *, product_id: str, body: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]: ...

    async def delete_product(
        self, *, product_id: str, timeout: float | None = None
    ) -> dict[str, Any]: ...
