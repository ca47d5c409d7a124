"""``client.conversations``: the Slack conversations resource (generated; do not edit)."""

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
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "Conversations",
    "ConversationsWithRawResponse",
]


class Conversations:
    """``client.conversations``: ``history()``, ``info()``, ``list()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ConversationsWithRawResponse(self)

    def history(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        latest: float | None = None,
        oldest: float | None = None,
        inclusive: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ConversationsHistoryResponse:
        """Fetches a conversation's history of messages and events.

        ``GET /conversations.history``
        """
        _response = self._client._request(
            "GET",
            "/conversations.history",
            params={
                "token": token,
                "channel": channel,
                "latest": latest,
                "oldest": oldest,
                "inclusive": inclusive,
                "limit": limit,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ConversationsHistoryResponse)
        )

    def info(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        include_locale: bool | None = None,
        include_num_members: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ConversationsInfoResponse:
        """Retrieve information about a conversation.

        ``GET /conversations.info``
        """
        _response = self._client._request(
            "GET",
            "/conversations.info",
            params={
                "token": token,
                "channel": channel,
                "include_locale": include_locale,
                "include_num_members": include_num_members,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ConversationsInfoResponse)
        )

    def list(
        self,
        *,
        token: str | None = None,
        exclude_archived: bool | None = None,
        types: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ConversationsListResponse:
        """Lists all channels in a Slack team.

        ``GET /conversations.list``
        """
        _response = self._client._request(
            "GET",
            "/conversations.list",
            params={
                "token": token,
                "exclude_archived": exclude_archived,
                "types": types,
                "limit": limit,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ConversationsListResponse)
        )


class ConversationsWithRawResponse:
    """:class:`Conversations` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Conversations) -> None:
        self._resource = resource
        self.history = to_raw_response_wrapper(resource.history)
        self.info = to_raw_response_wrapper(resource.info)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncConversations:
    """``client.conversations`` (async): ``history()``, ``info()``, ``list()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncConversationsWithRawResponse(self)

    async def history(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        latest: float | None = None,
        oldest: float | None = None,
        inclusive: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ConversationsHistoryResponse:
        """Fetches a conversation's history of messages and events.

        ``GET /conversations.history``
        """
        _response = await self._client._request(
            "GET",
            "/conversations.history",
            params={
                "token": token,
                "channel": channel,
                "latest": latest,
                "oldest": oldest,
                "inclusive": inclusive,
                "limit": limit,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ConversationsHistoryResponse)
        )

    async def info(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        include_locale: bool | None = None,
        include_num_members: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ConversationsInfoResponse:
        """Retrieve information about a conversation.

        ``GET /conversations.info``
        """
        _response = await self._client._request(
            "GET",
            "/conversations.info",
            params={
                "token": token,
                "channel": channel,
                "include_locale": include_locale,
                "include_num_members": include_num_members,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ConversationsInfoResponse)
        )

    async def list(
        self,
        *,
        token: str | None = None,
        exclude_archived: bool | None = None,
        types: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ConversationsListResponse:
        """Lists all channels in a Slack team.

        ``GET /conversations.list``
        """
        _response = await self._client._request(
            "GET",
            "/conversations.list",
            params={
                "token": token,
                "exclude_archived": exclude_archived,
                "types": types,
                "limit": limit,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ConversationsListResponse)
        )


class AsyncConversationsWithRawResponse:
    """:class:`AsyncConversations` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncConversations) -> None:
        self._resource = resource
        self.history = async_to_raw_response_wrapper(resource.history)
        self.info = async_to_raw_response_wrapper(resource.info)
        self.list = async_to_raw_response_wrapper(resource.list)
