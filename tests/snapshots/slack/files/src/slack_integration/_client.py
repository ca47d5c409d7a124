"""Typed Slack clients (generated from the OpenAPI document; do not edit)."""

from __future__ import annotations

import msgspec

from . import _wire
from ._base import AsyncClientBase, SyncClientBase

__all__ = ["AsyncSlackClient", "SlackClient"]


class SlackClient(SyncClientBase):
    """Synchronous Slack client: one method per API operation."""

    def chat_post_message(
        self,
        *,
        body: _wire.ChatPostMessageBody,
        token: str,
        timeout: float | None = None,
    ) -> _wire.ChatPostMessageResponse:
        """Sends a message to a channel.

        ``POST /chat.postMessage``
        """
        _response = self._request(
            "POST",
            "/chat.postMessage",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "token": token,
                }.items()
                if _value is not None
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ChatPostMessageResponse)

    def chat_update(
        self,
        *,
        body: _wire.ChatUpdateBody,
        token: str,
        timeout: float | None = None,
    ) -> _wire.ChatUpdateResponse:
        """Updates a message.

        ``POST /chat.update``
        """
        _response = self._request(
            "POST",
            "/chat.update",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "token": token,
                }.items()
                if _value is not None
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ChatUpdateResponse)

    def conversations_history(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        latest: float | None = None,
        oldest: float | None = None,
        inclusive: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsHistoryResponse:
        """Fetches a conversation's history of messages and events.

        ``GET /conversations.history``
        """
        _response = self._request(
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
            timeout=timeout,
        )
        return self._decode(_response, _wire.ConversationsHistoryResponse)

    def conversations_info(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        include_locale: bool | None = None,
        include_num_members: bool | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsInfoResponse:
        """Retrieve information about a conversation.

        ``GET /conversations.info``
        """
        _response = self._request(
            "GET",
            "/conversations.info",
            params={
                "token": token,
                "channel": channel,
                "include_locale": include_locale,
                "include_num_members": include_num_members,
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.ConversationsInfoResponse)

    def conversations_list(
        self,
        *,
        token: str | None = None,
        exclude_archived: bool | None = None,
        types: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsListResponse:
        """Lists all channels in a Slack team.

        ``GET /conversations.list``
        """
        _response = self._request(
            "GET",
            "/conversations.list",
            params={
                "token": token,
                "exclude_archived": exclude_archived,
                "types": types,
                "limit": limit,
                "cursor": cursor,
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.ConversationsListResponse)


class AsyncSlackClient(AsyncClientBase):
    """Asynchronous Slack client: one method per API operation."""

    async def chat_post_message(
        self,
        *,
        body: _wire.ChatPostMessageBody,
        token: str,
        timeout: float | None = None,
    ) -> _wire.ChatPostMessageResponse:
        """Sends a message to a channel.

        ``POST /chat.postMessage``
        """
        _response = await self._request(
            "POST",
            "/chat.postMessage",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "token": token,
                }.items()
                if _value is not None
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ChatPostMessageResponse)

    async def chat_update(
        self,
        *,
        body: _wire.ChatUpdateBody,
        token: str,
        timeout: float | None = None,
    ) -> _wire.ChatUpdateResponse:
        """Updates a message.

        ``POST /chat.update``
        """
        _response = await self._request(
            "POST",
            "/chat.update",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "token": token,
                }.items()
                if _value is not None
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ChatUpdateResponse)

    async def conversations_history(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        latest: float | None = None,
        oldest: float | None = None,
        inclusive: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsHistoryResponse:
        """Fetches a conversation's history of messages and events.

        ``GET /conversations.history``
        """
        _response = await self._request(
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
            timeout=timeout,
        )
        return self._decode(_response, _wire.ConversationsHistoryResponse)

    async def conversations_info(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        include_locale: bool | None = None,
        include_num_members: bool | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsInfoResponse:
        """Retrieve information about a conversation.

        ``GET /conversations.info``
        """
        _response = await self._request(
            "GET",
            "/conversations.info",
            params={
                "token": token,
                "channel": channel,
                "include_locale": include_locale,
                "include_num_members": include_num_members,
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.ConversationsInfoResponse)

    async def conversations_list(
        self,
        *,
        token: str | None = None,
        exclude_archived: bool | None = None,
        types: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsListResponse:
        """Lists all channels in a Slack team.

        ``GET /conversations.list``
        """
        _response = await self._request(
            "GET",
            "/conversations.list",
            params={
                "token": token,
                "exclude_archived": exclude_archived,
                "types": types,
                "limit": limit,
                "cursor": cursor,
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.ConversationsListResponse)
