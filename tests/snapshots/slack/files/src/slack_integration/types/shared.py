"""Models of the Slack API shared by several resources, or by none (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime.models import Literal, WireModel

__all__ = [
    "Blocks",
    "BlocksItem",
    "DefsAppId",
    "DefsBotId",
    "DefsChannel",
    "DefsChannelId",
    "DefsChannelName",
    "DefsCommentId",
    "DefsDmId",
    "DefsEnterpriseId",
    "DefsEnterpriseName",
    "DefsFileId",
    "DefsGroupId",
    "DefsOkTrue",
    "DefsPinnedInfo",
    "DefsTeam",
    "DefsTopicPurposeCreator",
    "DefsTs",
    "DefsUserId",
    "DefsWorkspaceId",
    "ObjsBotProfile",
    "ObjsBotProfileIcons",
    "ObjsComment",
    "ObjsConversation2",
    "ObjsConversation2DisplayCounts",
    "ObjsConversation2Purpose",
    "ObjsConversation2SharesItem",
    "ObjsConversation2Topic",
    "ObjsConversation3",
    "ObjsConversation3DisplayCounts",
    "ObjsConversation3Purpose",
    "ObjsConversation3SharesItem",
    "ObjsConversation3Topic",
    "ObjsConversation4",
    "ObjsConversation4SharesItem",
    "ObjsExternalOrgMigrations",
    "ObjsExternalOrgMigrationsCurrentItem",
    "ObjsFile",
    "ObjsFileShares",
    "ObjsIcon",
    "ObjsMessage",
    "ObjsMessageAttachmentsItem",
    "ObjsMessageIcons",
    "ObjsPrimaryOwner",
    "ObjsReaction",
    "ObjsTeam",
    "ObjsTeamSsoProvider",
    "ObjsUserProfileShort",
]


class ObjsMessage(WireModel, kw_only=True):
    """Message object"""

    attachments: list[ObjsMessageAttachmentsItem] | None = None
    blocks: Blocks | None = None
    bot_id: DefsBotId | None = None
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


class ObjsConversation2(WireModel, kw_only=True):
    """Conversation object"""

    accepted_user: DefsUserId | None = None
    connected_team_ids: list[DefsWorkspaceId] | None = None
    conversation_host_id: DefsWorkspaceId | None = None
    created: int
    creator: DefsUserId
    display_counts: ObjsConversation2DisplayCounts | None = None
    enterprise_id: DefsEnterpriseId | None = None
    has_pins: bool | None = None
    id: DefsChannel
    internal_team_ids: list[DefsTeam] | None = None
    is_archived: bool
    is_channel: bool
    is_ext_shared: bool | None = None
    is_frozen: bool | None = None
    is_general: bool
    is_global_shared: bool | None = None
    is_group: bool
    is_im: bool
    is_member: bool | None = None
    is_moved: int | None = None
    is_mpim: bool
    is_non_threadable: bool | None = None
    is_open: bool | None = None
    is_org_default: bool | None = None
    is_org_mandatory: bool | None = None
    is_org_shared: bool
    is_pending_ext_shared: bool | None = None
    is_private: bool
    is_read_only: bool | None = None
    is_shared: bool
    is_starred: bool | None = None
    is_thread_only: bool | None = None
    last_read: DefsTs | None = None
    latest: ObjsMessage | None = None
    members: list[DefsUserId] | None = None
    name: str
    name_normalized: str
    num_members: int | None = None
    parent_conversation: DefsChannel | None = None
    pending_connected_team_ids: list[DefsTeam] | None = None
    pending_shared: list[DefsTeam] | None = None
    pin_count: int | None = None
    previous_names: list[DefsChannelName] | None = None
    priority: float | None = None
    purpose: ObjsConversation2Purpose
    shared_team_ids: list[DefsTeam] | None = None
    shares: list[ObjsConversation2SharesItem] | None = None
    timezone_count: int | None = None
    topic: ObjsConversation2Topic
    unlinked: int | None = None
    unread_count: int | None = None
    unread_count_display: int | None = None
    use_case: str | None = None
    user: DefsUserId | None = None
    version: int | None = None


class ObjsConversation2DisplayCounts(WireModel, kw_only=True):
    display_counts: int
    guest_counts: int


class ObjsConversation2Purpose(WireModel, kw_only=True):
    creator: DefsTopicPurposeCreator
    last_set: int
    value: str


class ObjsConversation2SharesItem(WireModel, kw_only=True):
    accepted_user: DefsUserId | None = None
    is_active: bool
    team: ObjsTeam
    user: DefsUserId


class ObjsConversation2Topic(WireModel, kw_only=True):
    creator: DefsTopicPurposeCreator
    last_set: int
    value: str


class ObjsConversation3(WireModel, kw_only=True):
    """Conversation MPIM Object"""

    accepted_user: DefsUserId | None = None
    connected_team_ids: list[DefsTeam] | None = None
    conversation_host_id: DefsWorkspaceId | None = None
    created: int
    creator: DefsUserId
    display_counts: ObjsConversation3DisplayCounts | None = None
    id: DefsChannel
    internal_team_ids: list[DefsTeam] | None = None
    is_archived: bool
    is_channel: bool
    is_ext_shared: bool | None = None
    is_frozen: bool | None = None
    is_general: bool
    is_group: bool
    is_im: bool
    is_member: bool | None = None
    is_moved: int | None = None
    is_mpim: bool
    is_non_threadable: bool | None = None
    is_open: bool | None = None
    is_org_shared: bool
    is_pending_ext_shared: bool | None = None
    is_private: bool
    is_read_only: bool | None = None
    is_shared: bool
    is_starred: bool | None = None
    is_thread_only: bool | None = None
    last_read: DefsTs | None = None
    latest: ObjsMessage | None = None
    members: list[DefsUserId] | None = None
    name: str
    name_normalized: str
    num_members: int | None = None
    parent_conversation: DefsChannel | None = None
    pending_connected_team_ids: list[DefsTeam] | None = None
    pending_shared: list[DefsTeam] | None = None
    pin_count: int | None = None
    previous_names: list[DefsChannelName] | None = None
    priority: float | None = None
    purpose: ObjsConversation3Purpose
    shared_team_ids: list[DefsTeam] | None = None
    shares: list[ObjsConversation3SharesItem] | None = None
    timezone_count: int | None = None
    topic: ObjsConversation3Topic
    unlinked: int | None = None
    unread_count: int | None = None
    unread_count_display: int | None = None
    user: DefsUserId | None = None
    version: int | None = None


class ObjsConversation3DisplayCounts(WireModel, kw_only=True):
    display_counts: int
    guest_counts: int


class ObjsConversation3Purpose(WireModel, kw_only=True):
    creator: DefsTopicPurposeCreator
    last_set: int
    value: str


class ObjsConversation3SharesItem(WireModel, kw_only=True):
    accepted_user: DefsUserId | None = None
    is_active: bool
    team: ObjsTeam
    user: DefsUserId


class ObjsConversation3Topic(WireModel, kw_only=True):
    creator: DefsTopicPurposeCreator
    last_set: int
    value: str


class ObjsConversation4(WireModel, kw_only=True):
    """Conversation IM Channel Object from conversations.* methods"""

    created: int
    has_pins: bool | None = None
    id: DefsDmId
    is_archived: bool | None = None
    is_ext_shared: bool | None = None
    is_frozen: bool | None = None
    is_im: bool
    is_open: bool | None = None
    is_org_shared: bool
    is_shared: bool | None = None
    is_starred: bool | None = None
    is_user_deleted: bool | None = None
    last_read: DefsTs | None = None
    latest: ObjsMessage | None = None
    parent_conversation: DefsChannel | None = None
    pin_count: int | None = None
    priority: float
    shares: list[ObjsConversation4SharesItem] | None = None
    unread_count: int | None = None
    unread_count_display: int | None = None
    user: DefsUserId
    version: int | None = None


class ObjsConversation4SharesItem(WireModel, kw_only=True):
    date_create: int
    id: DefsTeam
    is_active: bool
    name: str
    team: ObjsTeam


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


class ObjsTeam(WireModel, kw_only=True):
    """Team Object"""

    archived: bool | None = None
    avatar_base_url: str | None = None
    created: int | None = None
    date_create: int | None = None
    deleted: bool | None = None
    description: str | None = None
    discoverable: str | None = None
    domain: str
    email_domain: str
    enterprise_id: DefsEnterpriseId | None = None
    enterprise_name: DefsEnterpriseName | None = None
    external_org_migrations: ObjsExternalOrgMigrations | None = None
    has_compliance_export: bool | None = None
    icon: ObjsIcon
    id: DefsWorkspaceId
    is_assigned: bool | None = None
    is_enterprise: int | None = None
    is_over_storage_limit: bool | None = None
    limit_ts: int | None = None
    locale: str | None = None
    messages_count: int | None = None
    msg_edit_window_mins: int | None = None
    name: str
    over_integrations_limit: bool | None = None
    over_storage_limit: bool | None = None
    pay_prod_cur: str | None = None
    plan: Literal["", "std", "plus", "compliance", "enterprise"] | None = None
    primary_owner: ObjsPrimaryOwner | None = None
    sso_provider: ObjsTeamSsoProvider | None = None


class ObjsTeamSsoProvider(WireModel, kw_only=True):
    label: str | None = None
    name: str | None = None
    type: str | None = None


class ObjsExternalOrgMigrations(WireModel, kw_only=True):
    """External Org Migrations"""

    current: list[ObjsExternalOrgMigrationsCurrentItem]
    date_updated: int


class ObjsExternalOrgMigrationsCurrentItem(WireModel, kw_only=True):
    date_started: int
    team_id: str


class ObjsIcon(WireModel, kw_only=True):
    image_102: str | None = None
    image_132: str | None = None
    image_230: str | None = None
    image_34: str | None = None
    image_44: str | None = None
    image_68: str | None = None
    image_88: str | None = None
    image_default: bool | None = None


class ObjsPrimaryOwner(WireModel, kw_only=True):
    email: str
    id: str


DefsChannel: TypeAlias = str
DefsOkTrue: TypeAlias = bool
DefsTs: TypeAlias = str
Blocks: TypeAlias = list[BlocksItem]
DefsBotId: TypeAlias = str
DefsUserId: TypeAlias = str
DefsWorkspaceId: TypeAlias = str
DefsEnterpriseId: TypeAlias = str
DefsTeam: TypeAlias = str
DefsChannelName: TypeAlias = str
DefsTopicPurposeCreator: TypeAlias = str
DefsDmId: TypeAlias = str
DefsAppId: TypeAlias = str
DefsCommentId: TypeAlias = str
DefsPinnedInfo: TypeAlias = dict[str, Any]
DefsChannelId: TypeAlias = str
DefsGroupId: TypeAlias = str
DefsFileId: TypeAlias = str
DefsEnterpriseName: TypeAlias = str
