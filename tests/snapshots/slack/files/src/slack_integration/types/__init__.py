"""Every request and response model of the Slack API (generated; do not edit).

Annotate your code with these (``from slack_integration.types import ...``).
Request models are msgspec Structs: construct them with keywords and pass them to the
resource methods; responses decode into them. Each model lives in the module of the
resource that uses it (``types/<resource>.py``) or in ``types/shared.py``.
"""

from .._runtime import NOT_GIVEN, NotGiven, RawResponse
from .chat import (
    ChatPostMessageBody,
    ChatPostMessageResponse,
    ChatUpdateBody,
    ChatUpdateResponse,
    ChatUpdateResponseMessage,
)
from .conversations import (
    ConversationsHistoryResponse,
    ConversationsInfoResponse,
    ConversationsListResponse,
    ConversationsListResponseResponseMetadata,
    ObjsConversation,
)
from .shared import (
    Blocks,
    BlocksItem,
    DefsAppId,
    DefsBotId,
    DefsChannel,
    DefsChannelId,
    DefsCommentId,
    DefsDmId,
    DefsFileId,
    DefsGroupId,
    DefsOkTrue,
    DefsPinnedInfo,
    DefsTeam,
    DefsTs,
    DefsUserId,
    DefsWorkspaceId,
    ObjsBotProfile,
    ObjsBotProfileIcons,
    ObjsComment,
    ObjsFile,
    ObjsFileShares,
    ObjsMessage,
    ObjsMessageAttachmentsItem,
    ObjsMessageIcons,
    ObjsReaction,
    ObjsUserProfileShort,
)

__all__ = [
    "NOT_GIVEN",
    "Blocks",
    "BlocksItem",
    "ChatPostMessageBody",
    "ChatPostMessageResponse",
    "ChatUpdateBody",
    "ChatUpdateResponse",
    "ChatUpdateResponseMessage",
    "ConversationsHistoryResponse",
    "ConversationsInfoResponse",
    "ConversationsListResponse",
    "ConversationsListResponseResponseMetadata",
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
    "NotGiven",
    "ObjsBotProfile",
    "ObjsBotProfileIcons",
    "ObjsComment",
    "ObjsConversation",
    "ObjsFile",
    "ObjsFileShares",
    "ObjsMessage",
    "ObjsMessageAttachmentsItem",
    "ObjsMessageIcons",
    "ObjsReaction",
    "ObjsUserProfileShort",
    "RawResponse",
]
