"""The Slack clients' interface as Protocols.

Generated; do not edit. Both the client and its mock satisfy the Protocol (mypy checks
the conformity in the generated tests); type your application code against it and pass
either:

- `SlackClientProtocol`:
  `SlackClient`,
  `testing.MockSlackClient`
- `AsyncSlackClientProtocol`:
  `AsyncSlackClient`,
  `testing.AsyncMockSlackClient`
"""

from __future__ import annotations

from typing import Protocol

from . import _wire
from ._resources import AsyncResources, Resources
from .resources import AsyncChat, AsyncConversations, Chat, Conversations

__all__ = ["AsyncSlackClientProtocol", "SlackClientProtocol"]


class SlackClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def chat(self) -> Chat: ...

    @property
    def conversations(self) -> Conversations: ...

    @property
    def domain(self) -> Resources: ...

    def chat_post_message(
        self,
        *,
        body: _wire.ChatPostMessageBody,
        token: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ChatPostMessageResponse: ...

    def chat_update(
        self, *, body: _wire.ChatUpdateBody, token: str | None = None, timeout: float | None = None
    ) -> _wire.ChatUpdateResponse: ...

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
    ) -> _wire.ConversationsHistoryResponse: ...

    def conversations_info(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        include_locale: bool | None = None,
        include_num_members: bool | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsInfoResponse: ...

    def conversations_list(
        self,
        *,
        token: str | None = None,
        exclude_archived: bool | None = None,
        types: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsListResponse: ...


class AsyncSlackClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def chat(self) -> AsyncChat: ...

    @property
    def conversations(self) -> AsyncConversations: ...

    @property
    def domain(self) -> AsyncResources: ...

    async def chat_post_message(
        self,
        *,
        body: _wire.ChatPostMessageBody,
        token: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ChatPostMessageResponse: ...

    async def chat_update(
        self, *, body: _wire.ChatUpdateBody, token: str | None = None, timeout: float | None = None
    ) -> _wire.ChatUpdateResponse: ...

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
    ) -> _wire.ConversationsHistoryResponse: ...

    async def conversations_info(
        self,
        *,
        token: str | None = None,
        channel: str | None = None,
        include_locale: bool | None = None,
        include_num_members: bool | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsInfoResponse: ...

    async def conversations_list(
        self,
        *,
        token: str | None = None,
        exclude_archived: bool | None = None,
        types: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ConversationsListResponse: ...
