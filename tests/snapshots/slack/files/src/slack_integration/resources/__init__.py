"""The Slack API's resources, one module each (generated; do not edit).

``client.<resource>.<verb>(...)``; each class has an ``Async`` twin and a
``WithRawResponse`` view (``client.<resource>.with_raw_response.<verb>(...)``).
"""

from .chat import (
    AsyncChat,
    AsyncChatWithRawResponse,
    Chat,
    ChatWithRawResponse,
)
from .conversations import (
    AsyncConversations,
    AsyncConversationsWithRawResponse,
    Conversations,
    ConversationsWithRawResponse,
)

__all__ = [
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "Chat",
    "ChatWithRawResponse",
    "Conversations",
    "ConversationsWithRawResponse",
]
