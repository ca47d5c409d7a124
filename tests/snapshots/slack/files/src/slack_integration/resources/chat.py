"""``client.chat``: the Slack chat resource (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property

import httpx

from .. import _wire
from .._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    NotGiven,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._runtime import given as _given

__all__ = [
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "Chat",
    "ChatWithRawResponse",
]


class Chat:
    """``client.chat``: ``post_message()``, ``update()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ChatWithRawResponse(self)

    def post_message(
        self,
        *,
        channel: str,
        token: str | None = None,
        as_user: str | NotGiven = NOT_GIVEN,
        attachments: str | NotGiven = NOT_GIVEN,
        blocks: str | NotGiven = NOT_GIVEN,
        icon_emoji: str | NotGiven = NOT_GIVEN,
        icon_url: str | NotGiven = NOT_GIVEN,
        link_names: bool | NotGiven = NOT_GIVEN,
        mrkdwn: bool | NotGiven = NOT_GIVEN,
        parse: str | NotGiven = NOT_GIVEN,
        reply_broadcast: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        thread_ts: str | NotGiven = NOT_GIVEN,
        unfurl_links: bool | NotGiven = NOT_GIVEN,
        unfurl_media: bool | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ChatPostMessageResponse:
        """Sends a message to a channel.

        ``POST /chat.postMessage``
        """
        _response = self._client._request(
            "POST",
            "/chat.postMessage",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "token": token,
                }.items()
                if _value is not None
            },
            form=_given(
                {
                    "as_user": as_user,
                    "attachments": attachments,
                    "blocks": blocks,
                    "channel": channel,
                    "icon_emoji": icon_emoji,
                    "icon_url": icon_url,
                    "link_names": link_names,
                    "mrkdwn": mrkdwn,
                    "parse": parse,
                    "reply_broadcast": reply_broadcast,
                    "text": text,
                    "thread_ts": thread_ts,
                    "unfurl_links": unfurl_links,
                    "unfurl_media": unfurl_media,
                    "username": username,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ChatPostMessageResponse)
        )

    def update(
        self,
        *,
        channel: str,
        ts: str,
        token: str | None = None,
        as_user: str | NotGiven = NOT_GIVEN,
        attachments: str | NotGiven = NOT_GIVEN,
        blocks: str | NotGiven = NOT_GIVEN,
        link_names: str | NotGiven = NOT_GIVEN,
        parse: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ChatUpdateResponse:
        """Updates a message.

        ``POST /chat.update``
        """
        _response = self._client._request(
            "POST",
            "/chat.update",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "token": token,
                }.items()
                if _value is not None
            },
            form=_given(
                {
                    "as_user": as_user,
                    "attachments": attachments,
                    "blocks": blocks,
                    "channel": channel,
                    "link_names": link_names,
                    "parse": parse,
                    "text": text,
                    "ts": ts,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ChatUpdateResponse)
        )


class ChatWithRawResponse:
    """:class:`Chat` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Chat) -> None:
        self._resource = resource
        self.post_message = to_raw_response_wrapper(resource.post_message)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncChat:
    """``client.chat`` (async): ``post_message()``, ``update()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncChatWithRawResponse(self)

    async def post_message(
        self,
        *,
        channel: str,
        token: str | None = None,
        as_user: str | NotGiven = NOT_GIVEN,
        attachments: str | NotGiven = NOT_GIVEN,
        blocks: str | NotGiven = NOT_GIVEN,
        icon_emoji: str | NotGiven = NOT_GIVEN,
        icon_url: str | NotGiven = NOT_GIVEN,
        link_names: bool | NotGiven = NOT_GIVEN,
        mrkdwn: bool | NotGiven = NOT_GIVEN,
        parse: str | NotGiven = NOT_GIVEN,
        reply_broadcast: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        thread_ts: str | NotGiven = NOT_GIVEN,
        unfurl_links: bool | NotGiven = NOT_GIVEN,
        unfurl_media: bool | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ChatPostMessageResponse:
        """Sends a message to a channel.

        ``POST /chat.postMessage``
        """
        _response = await self._client._request(
            "POST",
            "/chat.postMessage",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "token": token,
                }.items()
                if _value is not None
            },
            form=_given(
                {
                    "as_user": as_user,
                    "attachments": attachments,
                    "blocks": blocks,
                    "channel": channel,
                    "icon_emoji": icon_emoji,
                    "icon_url": icon_url,
                    "link_names": link_names,
                    "mrkdwn": mrkdwn,
                    "parse": parse,
                    "reply_broadcast": reply_broadcast,
                    "text": text,
                    "thread_ts": thread_ts,
                    "unfurl_links": unfurl_links,
                    "unfurl_media": unfurl_media,
                    "username": username,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ChatPostMessageResponse)
        )

    async def update(
        self,
        *,
        channel: str,
        ts: str,
        token: str | None = None,
        as_user: str | NotGiven = NOT_GIVEN,
        attachments: str | NotGiven = NOT_GIVEN,
        blocks: str | NotGiven = NOT_GIVEN,
        link_names: str | NotGiven = NOT_GIVEN,
        parse: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ChatUpdateResponse:
        """Updates a message.

        ``POST /chat.update``
        """
        _response = await self._client._request(
            "POST",
            "/chat.update",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "token": token,
                }.items()
                if _value is not None
            },
            form=_given(
                {
                    "as_user": as_user,
                    "attachments": attachments,
                    "blocks": blocks,
                    "channel": channel,
                    "link_names": link_names,
                    "parse": parse,
                    "text": text,
                    "ts": ts,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ChatUpdateResponse)
        )


class AsyncChatWithRawResponse:
    """:class:`AsyncChat` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource
        self.post_message = async_to_raw_response_wrapper(resource.post_message)
        self.update = async_to_raw_response_wrapper(resource.update)
