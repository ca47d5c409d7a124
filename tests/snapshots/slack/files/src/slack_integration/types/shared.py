"""Models of the Slack API shared by several resources, or by none (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime.models import WireModel

__all__ = [
    "Blocks",
    "BlocksItem",
    "DefsAppId",
    "DefsBotId",
    "DefsChannel",
    "DefsChannelId",
    "DefsCommentId",
    "DefsDmId",
    "DefsFileId",
    "DefsGroupId",
    "DefsOkTrue",
    "DefsPinnedInfo",
    "DefsTeam",
    "DefsTs",
    "DefsUserId",
    "DefsWorkspaceId",
    "ObjsBotProfile",
    "ObjsBotProfileIcons",
    "ObjsComment",
    "ObjsFile",
    "ObjsFileShares",
    "ObjsMessage",
    "ObjsMessageAttachmentsItem",
    "ObjsMessageIcons",
    "ObjsReaction",
    "ObjsUserProfileShort",
]


class ObjsMessage(WireModel, kw_only=True):
    """Message object"""

    attachments: list[ObjsMessageAttachmentsItem] | None = None
    blocks: Blocks | None = None
    bot_id: list[Any] | None = None
    bot_profile: ObjsBotProfile | None = None
    client_msg_id: str | None = None
    comment: ObjsComment | None = None
    display_as_bot: bool | None = None
    file: ObjsFile | None = None
    files: list[ObjsFile] | None = None
    icons: ObjsMessageIcons | None = None
    inviter: DefsUserId | None = None
    is_delayed_message: bool | None = None
    is_intro: bool | None = None
    is_starred: bool | None = None
    last_read: DefsTs | None = None
    latest_reply: DefsTs | None = None
    name: str | None = None
    old_name: str | None = None
    parent_user_id: DefsUserId | None = None
    permalink: str | None = None
    pinned_to: list[DefsChannel] | None = None
    purpose: str | None = None
    reactions: list[ObjsReaction] | None = None
    reply_count: int | None = None
    reply_users: list[DefsUserId] | None = None
    reply_users_count: int | None = None
    source_team: DefsWorkspaceId | None = None
    subscribed: bool | None = None
    subtype: str | None = None
    team: DefsWorkspaceId | None = None
    text: str
    thread_ts: DefsTs | None = None
    topic: str | None = None
    ts: DefsTs
    type: str
    unread_count: int | None = None
    upload: bool | None = None
    user: DefsUserId | None = None
    user_profile: ObjsUserProfileShort | None = None
    user_team: DefsWorkspaceId | None = None
    username: str | None = None


class ObjsMessageAttachmentsItem(WireModel, kw_only=True):
    fallback: str | None = None
    id: int
    image_bytes: int | None = None
    image_height: int | None = None
    image_url: str | None = None
    image_width: int | None = None


class ObjsMessageIcons(WireModel, kw_only=True):
    emoji: str | None = None
    image_64: str | None = None


class BlocksItem(WireModel, kw_only=True):
    type: str


class ObjsBotProfile(WireModel, kw_only=True):
    """Bot Profile Object"""

    app_id: DefsAppId
    deleted: bool
    icons: ObjsBotProfileIcons
    id: DefsBotId
    name: str
    team_id: DefsTeam
    updated: int


class ObjsBotProfileIcons(WireModel, kw_only=True):
    image_36: str
    image_48: str
    image_72: str


class ObjsComment(WireModel, kw_only=True):
    """File Comment Object"""

    comment: str
    created: int
    id: DefsCommentId
    is_intro: bool
    is_starred: bool | None = None
    num_stars: int | None = None
    pinned_info: DefsPinnedInfo | None = None
    pinned_to: list[DefsChannel] | None = None
    reactions: list[ObjsReaction] | None = None
    timestamp: int
    user: DefsUserId


class ObjsFile(WireModel, kw_only=True):
    """file object"""

    channels: list[DefsChannelId] | None = None
    comments_count: int | None = None
    created: int | None = None
    date_delete: int | None = None
    display_as_bot: bool | None = None
    editable: bool | None = None
    editor: DefsUserId | None = None
    external_id: str | None = None
    external_type: str | None = None
    external_url: str | None = None
    filetype: str | None = None
    groups: list[DefsGroupId] | None = None
    has_rich_preview: bool | None = None
    id: DefsFileId | None = None
    image_exif_rotation: int | None = None
    ims: list[DefsDmId] | None = None
    is_external: bool | None = None
    is_public: bool | None = None
    is_starred: bool | None = None
    is_tombstoned: bool | None = None
    last_editor: DefsUserId | None = None
    mimetype: str | None = None
    mode: str | None = None
    name: str | None = None
    non_owner_editable: bool | None = None
    num_stars: int | None = None
    original_h: int | None = None
    original_w: int | None = None
    permalink: str | None = None
    permalink_public: str | None = None
    pinned_info: DefsPinnedInfo | None = None
    pinned_to: list[DefsChannel] | None = None
    pretty_type: str | None = None
    preview: str | None = None
    public_url_shared: bool | None = None
    reactions: list[ObjsReaction] | None = None
    shares: ObjsFileShares | None = None
    size: int | None = None
    source_team: DefsTeam | None = None
    state: str | None = None
    thumb_1024: str | None = None
    thumb_1024_h: int | None = None
    thumb_1024_w: int | None = None
    thumb_160: str | None = None
    thumb_360: str | None = None
    thumb_360_h: int | None = None
    thumb_360_w: int | None = None
    thumb_480: str | None = None
    thumb_480_h: int | None = None
    thumb_480_w: int | None = None
    thumb_64: str | None = None
    thumb_720: str | None = None
    thumb_720_h: int | None = None
    thumb_720_w: int | None = None
    thumb_80: str | None = None
    thumb_800: str | None = None
    thumb_800_h: int | None = None
    thumb_800_w: int | None = None
    thumb_960: str | None = None
    thumb_960_h: int | None = None
    thumb_960_w: int | None = None
    thumb_tiny: str | None = None
    timestamp: int | None = None
    title: str | None = None
    updated: int | None = None
    url_private: str | None = None
    url_private_download: str | None = None
    user: str | None = None
    user_team: DefsTeam | None = None
    username: str | None = None


class ObjsFileShares(WireModel, kw_only=True):
    private: dict[str, Any] | None = None
    public: dict[str, Any] | None = None


class ObjsReaction(WireModel, kw_only=True):
    """Reaction object"""

    count: int
    name: str
    users: list[DefsUserId]


class ObjsUserProfileShort(WireModel, kw_only=True):
    avatar_hash: str
    display_name: str
    display_name_normalized: str | None = None
    first_name: str | None
    image_72: str
    is_restricted: bool
    is_ultra_restricted: bool
    name: str
    real_name: str
    real_name_normalized: str | None = None
    team: DefsWorkspaceId


DefsChannel: TypeAlias = str
DefsOkTrue: TypeAlias = bool
DefsTs: TypeAlias = str
Blocks: TypeAlias = list[BlocksItem]
DefsUserId: TypeAlias = str
DefsWorkspaceId: TypeAlias = str
DefsAppId: TypeAlias = str
DefsBotId: TypeAlias = str
DefsTeam: TypeAlias = str
DefsCommentId: TypeAlias = str
DefsPinnedInfo: TypeAlias = dict[str, Any]
DefsChannelId: TypeAlias = str
DefsGroupId: TypeAlias = str
DefsFileId: TypeAlias = str
DefsDmId: TypeAlias = str
