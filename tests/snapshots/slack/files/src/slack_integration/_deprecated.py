"""The flat, operationId-named methods of the Slack clients: deprecated (generated; do not edit).

Each one warns and names its replacement, ``client.<resource>.<verb>(...)``; they go in
the next release.
"""

from __future__ import annotations

import warnings

import msgspec

from . import _wire
from ._runtime import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncDeprecatedMethods", "DeprecatedMethods"]


class DeprecatedMethods(SyncAPIClient):
    """The flat methods of :class:`SlackClient` (deprecated)."""

    def chat_post_message(
        self,
        *,
        body: _wire.ChatPostMessageBody,
        token: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ChatPostMessageResponse:
        """Deprecated: use ``client.chat.post_message()``.

        Sends a message to a channel.

        ``POST /chat.postMessage``
        """
        warnings.warn(
            "chat_post_message() is deprecated: use client.chat.post_message()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        token: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ChatUpdateResponse:
        """Deprecated: use ``client.chat.update()``.

        Updates a message.

        ``POST /chat.update``
        """
        warnings.warn(
            "chat_update() is deprecated: use client.chat.update()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.conversations.history()``.

        Fetches a conversation's history of messages and events.

        ``GET /conversations.history``
        """
        warnings.warn(
            "conversations_history() is deprecated: use client.conversations.history()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.conversations.info()``.

        Retrieve information about a conversation.

        ``GET /conversations.info``
        """
        warnings.warn(
            "conversations_info() is deprecated: use client.conversations.info()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.conversations.list()``.

        Lists all channels in a Slack team.

        ``GET /conversations.list``
        """
        warnings.warn(
            "conversations_list() is deprecated: use client.conversations.list()",
            DeprecationWarning,
            stacklevel=2,
        )
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


class AsyncDeprecatedMethods(AsyncAPIClient):
    """The flat methods of :class:`AsyncSlackClient` (deprecated)."""

    async def chat_post_message(
        self,
        *,
        body: _wire.ChatPostMessageBody,
        token: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ChatPostMessageResponse:
        """Deprecated: use ``client.chat.post_message()``.

        Sends a message to a channel.

        ``POST /chat.postMessage``
        """
        warnings.warn(
            "chat_post_message() is deprecated: use client.chat.post_message()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        token: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ChatUpdateResponse:
        """Deprecated: use ``client.chat.update()``.

        Updates a message.

        ``POST /chat.update``
        """
        warnings.warn(
            "chat_update() is deprecated: use client.chat.update()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.conversations.history()``.

        Fetches a conversation's history of messages and events.

        ``GET /conversations.history``
        """
        warnings.warn(
            "conversations_history() is deprecated: use client.conversations.history()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.conversations.info()``.

        Retrieve information about a conversation.

        ``GET /conversations.info``
        """
        warnings.warn(
            "conversations_info() is deprecated: use client.conversations.info()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.conversations.list()``.

        Lists all channels in a Slack team.

        ``GET /conversations.list``
        """
        warnings.warn(
            "conversations_list() is deprecated: use client.conversations.list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
