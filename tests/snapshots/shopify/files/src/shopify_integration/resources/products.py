"""``client.products``: the Shopify products resource (generated; do not edit)."""

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
    "AsyncProducts",
    "AsyncProductsWithRawResponse",
    "Products",
    "ProductsWithRawResponse",
]


class Products:
    """``client.products``: ``list()``, ``create()``, ``retrieve()``, ``update()``, ``delete()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProductsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ProductsWithRawResponse(self)

    def list(
        self,
        *,
        limit: str | None = None,
        since_id: str | None = None,
        vendor: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``GET /products.json``"""
        _response = self._client._request(
            "GET",
            "/products.json",
            params={
                "limit": limit,
                "since_id": since_id,
                "vendor": vendor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))

    def create(
        self,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``POST /products.json``"""
        _response = self._client._request(
            "POST",
            "/products.json",
            json=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))

    def retrieve(
        self,
        product_id: str,
        *,
        fields: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``GET /products/{product_id}.json``"""
        _response = self._client._request(
            "GET",
            self._client._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
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

    def update(
        self,
        product_id: str,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``PUT /products/{product_id}.json``"""
        _response = self._client._request(
            "PUT",
            self._client._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
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

    def delete(
        self,
        product_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``DELETE /products/{product_id}.json``"""
        _response = self._client._request(
            "DELETE",
            self._client._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))


class ProductsWithRawResponse:
    """:class:`Products` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Products) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncProducts:
    """``client.products`` (async): ``list()``, ``create()``, ``retrieve()``, ``update()``,
    ``delete()``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProductsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncProductsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: str | None = None,
        since_id: str | None = None,
        vendor: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``GET /products.json``"""
        _response = await self._client._request(
            "GET",
            "/products.json",
            params={
                "limit": limit,
                "since_id": since_id,
                "vendor": vendor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))

    async def create(
        self,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``POST /products.json``"""
        _response = await self._client._request(
            "POST",
            "/products.json",
            json=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))

    async def retrieve(
        self,
        product_id: str,
        *,
        fields: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``GET /products/{product_id}.json``"""
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
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

    async def update(
        self,
        product_id: str,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``PUT /products/{product_id}.json``"""
        _response = await self._client._request(
            "PUT",
            self._client._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
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

    async def delete(
        self,
        product_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """``DELETE /products/{product_id}.json``"""
        _response = await self._client._request(
            "DELETE",
            self._client._path(
                "/products/{product_id}.json",
                {
                    "product_id": product_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, dict[str, Any]))


class AsyncProductsWithRawResponse:
    """:class:`AsyncProducts` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncProducts) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
