"""Models of the Slack API used by ``client.conversations`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime.models import WireModel
from .shared import (
    DefsOkTrue,
    ObjsMessage,
)

__all__ = [
    "ConversationsHistoryResponse",
    "ConversationsInfoResponse",
    "ConversationsListResponse",
    "ConversationsListResponseResponseMetadata",
    "ObjsConversation",
]


class ConversationsHistoryResponse(WireModel, kw_only=True):
    """Schema for successful response from conversations.history method"""

    channel_actions_count: int
    channel_actions_ts: int | None
    has_more: bool
    messages: list[ObjsMessage]
    ok: DefsOkTrue
    pin_count: int


class ConversationsInfoResponse(WireModel, kw_only=True):
    """Schema for successful response conversations.info"""

    channel: ObjsConversation
    ok: DefsOkTrue


class ConversationsListResponse(WireModel, kw_only=True):
    """Schema for successful response from conversations.list method"""

    channels: list[ObjsConversation]
    ok: DefsOkTrue
    response_metadata: ConversationsListResponseResponseMetadata | None = None


class ConversationsListResponseResponseMetadata(WireModel, kw_only=True):
    next_cursor: str


ObjsConversation: TypeAlias = dict[str, Any]
