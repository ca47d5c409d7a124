"""``client.orders``: the Shopify orders resource (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

import httpx

from .._runtime import (
    AsyncAPIClient,
    Body,
    Headers,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

__all__ = [
    "AsyncOrders",
    "AsyncOrdersWithRawResponse",
    "Orders",
    "OrdersWithRawResponse",
]


class Orders:
    """``client.orders``: ``list()``, ``retrieve()``, ``cancel()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return OrdersWithRawResponse(self)

    def list(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``GET /orders.json``"""
        _response = self._client._request(
            "GET",
            "/orders.json",
            params={
                "status": status,
                "limit": limit,
                "since_id": since_id,
                "created_at_min": created_at_min,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))

    def retrieve(
        self,
        order_id: str,
        *,
        fields: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``GET /orders/{order_id}.json``"""
        _response = self._client._request(
            "GET",
            self._client._path(
                "/orders/{order_id}.json",
                {
                    "order_id": order_id,
                },
            ),
            params={
                "fields": fields,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))

    def cancel(
        self,
        order_id: str,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``POST /orders/{order_id}/cancel.json``"""
        _response = self._client._request(
            "POST",
            self._client._path(
                "/orders/{order_id}/cancel.json",
                {
                    "order_id": order_id,
                },
            ),
            json=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))


class OrdersWithRawResponse:
    """:class:`Orders` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Orders) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class AsyncOrders:
    """``client.orders`` (async): ``list()``, ``retrieve()``, ``cancel()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncOrdersWithRawResponse(self)

    async def list(
        self,
        *,
        status: str | None = None,
        limit: str | None = None,
        since_id: str | None = None,
        created_at_min: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``GET /orders.json``"""
        _response = await self._client._request(
            "GET",
            "/orders.json",
            params={
                "status": status,
                "limit": limit,
                "since_id": since_id,
                "created_at_min": created_at_min,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))

    async def retrieve(
        self,
        order_id: str,
        *,
        fields: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``GET /orders/{order_id}.json``"""
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/orders/{order_id}.json",
                {
                    "order_id": order_id,
                },
            ),
            params={
                "fields": fields,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))

    async def cancel(
        self,
        order_id: str,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``POST /orders/{order_id}/cancel.json``"""
        _response = await self._client._request(
            "POST",
            self._client._path(
                "/orders/{order_id}/cancel.json",
                {
                    "order_id": order_id,
                },
            ),
            json=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))


class AsyncOrdersWithRawResponse:
    """:class:`AsyncOrders` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncOrders) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
