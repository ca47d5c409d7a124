"""The OpenAI API's resources, one module each (generated; do not edit).

``client.<resource>.<verb>(...)``; each class has an ``Async`` twin and a
``WithRawResponse`` view (``client.<resource>.with_raw_response.<verb>(...)``).
"""

from .chat import (
    AsyncChat,
    AsyncChatCompletions,
    AsyncChatCompletionsWithRawResponse,
    AsyncChatWithRawResponse,
    Chat,
    ChatCompletions,
    ChatCompletionsWithRawResponse,
    ChatWithRawResponse,
)
from .files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    Files,
    FilesWithRawResponse,
)
from .models import (
    AsyncModels,
    AsyncModelsWithRawResponse,
    Models,
    ModelsWithRawResponse,
)
from .responses import (
    AsyncResponses,
    AsyncResponsesWithRawResponse,
    Responses,
    ResponsesWithRawResponse,
)

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "AsyncChatWithRawResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
    "ChatWithRawResponse",
    "Files",
    "FilesWithRawResponse",
    "Models",
    "ModelsWithRawResponse",
    "Responses",
    "ResponsesWithRawResponse",
]
