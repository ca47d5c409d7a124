"""The flat, operationId-named methods of the Shopify clients: deprecated (generated; do not edit).

Each one warns and names its replacement, ``client.<resource>.<verb>(...)``; they go in
the next release.
"""

from __future__ import annotations

import warnings
from typing import Any

from ._runtime import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncDeprecatedMethods", "DeprecatedMethods"]


class DeprecatedMethods(SyncAPIClient):
    """The flat methods of :class:`ShopifyClient` (deprecated)."""

    def list_orders(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.orders.list()``.

        ``GET /orders.json``
        """
        warnings.warn(
            "list_orders() is deprecated: use client.orders.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
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
        return self._decode(_response, dict[str, Any])

    def get_order(
        self,
        *,
        order_id: str,
        fields: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.orders.retrieve()``.

        ``GET /orders/{order_id}.json``
        """
        warnings.warn(
            "get_order() is deprecated: use client.orders.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/orders/{order_id}.json",
                {
                    "order_id": order_id,
                },
            ),
            params={
                "fields": fields,
            },
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    def cancel_order(
        self,
        *,
        order_id: str,
        body: dict[str, Any],
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.orders.cancel()``.

        ``POST /orders/{order_id}/cancel.json``
        """
        warnings.warn(
            "cancel_order() is deprecated: use client.orders.cancel()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            self._path(
                "/orders/{order_id}/cancel.json",
                {
                    "order_id": order_id,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    def list_products(
        self,
        *,
        limit: str | None = None,
        since_id: str | None = None,
        vendor: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.list()``.

        ``GET /products.json``
        """
        warnings.warn(
            "list_products() is deprecated: use client.products.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            "/products.json",
            params={
                "limit": limit,
                "since_id": since_id,
                "vendor": vendor,
            },
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    def create_product(
        self,
        *,
        body: dict[str, Any],
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.create()``.

        ``POST /products.json``
        """
        warnings.warn(
            "create_product() is deprecated: use client.products.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            "/products.json",
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    def get_product(
        self,
        *,
        product_id: str,
        fields: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.retrieve()``.

        ``GET /products/{product_id}.json``
        """
        warnings.warn(
            "get_product() is deprecated: use client.products.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
                },
            ),
            params={
                "fields": fields,
            },
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    def update_product(
        self,
        *,
        product_id: str,
        body: dict[str, Any],
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.update()``.

        ``PUT /products/{product_id}.json``
        """
        warnings.warn(
            "update_product() is deprecated: use client.products.update()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "PUT",
            self._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    def delete_product(
        self,
        *,
        product_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.delete()``.

        ``DELETE /products/{product_id}.json``
        """
        warnings.warn(
            "delete_product() is deprecated: use client.products.delete()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "DELETE",
            self._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])


class AsyncDeprecatedMethods(AsyncAPIClient):
    """The flat methods of :class:`AsyncShopifyClient` (deprecated)."""

    async def list_orders(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.orders.list()``.

        ``GET /orders.json``
        """
        warnings.warn(
            "list_orders() is deprecated: use client.orders.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
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
        return self._decode(_response, dict[str, Any])

    async def get_order(
        self,
        *,
        order_id: str,
        fields: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.orders.retrieve()``.

        ``GET /orders/{order_id}.json``
        """
        warnings.warn(
            "get_order() is deprecated: use client.orders.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/orders/{order_id}.json",
                {
                    "order_id": order_id,
                },
            ),
            params={
                "fields": fields,
            },
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    async def cancel_order(
        self,
        *,
        order_id: str,
        body: dict[str, Any],
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.orders.cancel()``.

        ``POST /orders/{order_id}/cancel.json``
        """
        warnings.warn(
            "cancel_order() is deprecated: use client.orders.cancel()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            self._path(
                "/orders/{order_id}/cancel.json",
                {
                    "order_id": order_id,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    async def list_products(
        self,
        *,
        limit: str | None = None,
        since_id: str | None = None,
        vendor: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.list()``.

        ``GET /products.json``
        """
        warnings.warn(
            "list_products() is deprecated: use client.products.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            "/products.json",
            params={
                "limit": limit,
                "since_id": since_id,
                "vendor": vendor,
            },
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    async def create_product(
        self,
        *,
        body: dict[str, Any],
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.create()``.

        ``POST /products.json``
        """
        warnings.warn(
            "create_product() is deprecated: use client.products.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            "/products.json",
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    async def get_product(
        self,
        *,
        product_id: str,
        fields: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.retrieve()``.

        ``GET /products/{product_id}.json``
        """
        warnings.warn(
            "get_product() is deprecated: use client.products.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
                },
            ),
            params={
                "fields": fields,
            },
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    async def update_product(
        self,
        *,
        product_id: str,
        body: dict[str, Any],
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.update()``.

        ``PUT /products/{product_id}.json``
        """
        warnings.warn(
            "update_product() is deprecated: use client.products.update()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "PUT",
            self._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])

    async def delete_product(
        self,
        *,
        product_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Deprecated: use ``client.products.delete()``.

        ``DELETE /products/{product_id}.json``
        """
        warnings.warn(
            "delete_product() is deprecated: use client.products.delete()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "DELETE",
            self._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, dict[str, Any])
