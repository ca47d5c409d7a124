"""Typed Shopify clients (generated from the OpenAPI document; do not edit)."""

from __future__ import annotations

from typing import Any

from ._base import AsyncClientBase, SyncClientBase

__all__ = ["AsyncShopifyClient", "ShopifyClient"]


class ShopifyClient(SyncClientBase):
    """Synchronous Shopify client: one method per API operation."""

    def list_orders(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """``GET /orders.json``"""
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
        """``GET /orders/{order_id}.json``"""
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
        """``POST /orders/{order_id}/cancel.json``"""
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
        """``GET /products.json``"""
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
        """``POST /products.json``"""
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
        """``GET /products/{product_id}.json``"""
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
        """``PUT /products/{product_id}.json``"""
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
        """``DELETE /products/{product_id}.json``"""
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


class AsyncShopifyClient(AsyncClientBase):
    """Asynchronous Shopify client: one method per API operation."""

    async def list_orders(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """``GET /orders.json``"""
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
        """``GET /orders/{order_id}.json``"""
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
        """``POST /orders/{order_id}/cancel.json``"""
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
        """``GET /products.json``"""
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
        """``POST /products.json``"""
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
        """``GET /products/{product_id}.json``"""
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
        """``PUT /products/{product_id}.json``"""
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
        """``DELETE /products/{product_id}.json``"""
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
