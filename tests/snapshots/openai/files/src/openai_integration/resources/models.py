"""``client.models``: the OpenAI models resource (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property

import httpx

from .. import _wire
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
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "Models",
    "ModelsWithRawResponse",
]


class Models:
    """``client.models``: ``list()``, ``retrieve()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ModelsWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ListModelsResponse:
        """Lists the currently available models, and provides basic information about each one such
        as the owner and availability.

        ``GET /models``
        """
        _response = self._client._request(
            "GET",
            "/models",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ListModelsResponse)
        )

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Model:
        """Retrieves a model instance, providing basic information about the model such as the owner
        and permissioning.

        ``GET /models/{model}``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/models/{model}",
                {
                    "model": model,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Model))


class ModelsWithRawResponse:
    """:class:`Models` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Models) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncModels:
    """``client.models`` (async): ``list()``, ``retrieve()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncModelsWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ListModelsResponse:
        """Lists the currently available models, and provides basic information about each one such
        as the owner and availability.

        ``GET /models``
        """
        _response = await self._client._request(
            "GET",
            "/models",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ListModelsResponse)
        )

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Model:
        """Retrieves a model instance, providing basic information about the model such as the owner
        and permissioning.

        ``GET /models/{model}``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/models/{model}",
                {
                    "model": model,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Model))


class AsyncModelsWithRawResponse:
    """:class:`AsyncModels` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncModels) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
