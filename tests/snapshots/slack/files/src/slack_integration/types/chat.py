"""Models of the Slack API used by ``client.chat`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any

from .._runtime.models import WireModel
from .shared import (
    DefsChannel,
    DefsOkTrue,
    DefsTs,
    ObjsMessage,
)

__all__ = [
    "ChatPostMessageBody",
    "ChatPostMessageResponse",
    "ChatUpdateBody",
    "ChatUpdateResponse",
    "ChatUpdateResponseMessage",
]


class ChatPostMessageBody(WireModel, kw_only=True):
    as_user: str | None = None
    attachments: str | None = None
    blocks: str | None = None
    channel: str
    icon_emoji: str | None = None
    icon_url: str | None = None
    link_names: bool | None = None
    mrkdwn: bool | None = None
    parse: str | None = None
    reply_broadcast: bool | None = None
    text: str | None = None
    thread_ts: str | None = None
    unfurl_links: bool | None = None
    unfurl_media: bool | None = None
    username: str | None = None


class ChatPostMessageResponse(WireModel, kw_only=True):
    """Schema for successful response of chat.postMessage method"""

    channel: DefsChannel
    message: ObjsMessage
    ok: DefsOkTrue
    ts: DefsTs


class ChatUpdateBody(WireModel, kw_only=True):
    as_user: str | None = None
    attachments: str | None = None
    blocks: str | None = None
    channel: str
    link_names: str | None = None
    parse: str | None = None
    text: str | None = None
    ts: str


class ChatUpdateResponse(WireModel, kw_only=True):
    """Schema for successful response of chat.update method"""

    channel: str
    message: ChatUpdateResponseMessage
    ok: DefsOkTrue
    text: str
    ts: str


class ChatUpdateResponseMessage(WireModel, kw_only=True):
    """Message object"""

    attachments: list[dict[str, Any]] | None = None
    blocks: dict[str, Any] | None = None
    text: str
