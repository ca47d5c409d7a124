"""``client.events``: the Stripe events resource (generated; do not edit)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import Any

import httpx

from .. import _wire
from .._runtime import (
    AsyncAPIClient,
    Body,
    Headers,
    Query,
    SyncAPIClient,
    aiter_cursor,
    async_to_raw_response_wrapper,
    iter_cursor,
    to_raw_response_wrapper,
)

__all__ = [
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "Events",
    "EventsWithRawResponse",
]


class Events:
    """``client.events``: ``list()``, ``retrieve()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EventsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return EventsWithRawResponse(self)

    def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: str | None = None,
        types: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetEventsResponse:
        """List events, going back up to 30 days. Each event data is rendered according to Stripe
        API version at its creation time, specified in event object
        (https://docs.stripe.com/api/events/object) `api_version` attribute (not according to
        your current Stripe API version or `Stripe-Version` header).

        ``GET /v1/events``
        """
        _response = self._client._request(
            "GET",
            "/v1/events",
            params={
                "created": created,
                "delivery_success": delivery_success,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
                "types": types,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.GetEventsResponse)
        )

    def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        type: str | None = None,
        types: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.Event]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return iter_cursor(
            lambda _cursor: self.list(
                created=created,
                delivery_success=delivery_success,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                type=type,
                types=types,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Event:
        """Retrieves the details of an event. Supply the unique identifier of the event, which you
        might have received in a webhook.

        ``GET /v1/events/{id}``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/v1/events/{id}",
                {
                    "id": id,
                },
            ),
            params={
                "expand": expand,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Event))


class EventsWithRawResponse:
    """:class:`Events` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Events) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncEvents:
    """``client.events`` (async): ``list()``, ``retrieve()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncEventsWithRawResponse(self)

    async def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: str | None = None,
        types: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetEventsResponse:
        """List events, going back up to 30 days. Each event data is rendered according to Stripe
        API version at its creation time, specified in event object
        (https://docs.stripe.com/api/events/object) `api_version` attribute (not according to
        your current Stripe API version or `Stripe-Version` header).

        ``GET /v1/events``
        """
        _response = await self._client._request(
            "GET",
            "/v1/events",
            params={
                "created": created,
                "delivery_success": delivery_success,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
                "types": types,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.GetEventsResponse)
        )

    def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        type: str | None = None,
        types: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.Event]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return aiter_cursor(
            lambda _cursor: self.list(
                created=created,
                delivery_success=delivery_success,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                type=type,
                types=types,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Event:
        """Retrieves the details of an event. Supply the unique identifier of the event, which you
        might have received in a webhook.

        ``GET /v1/events/{id}``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/v1/events/{id}",
                {
                    "id": id,
                },
            ),
            params={
                "expand": expand,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Event))


class AsyncEventsWithRawResponse:
    """:class:`AsyncEvents` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncEvents) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
