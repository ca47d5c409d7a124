"""The Twilio API's resources, one module each (generated; do not edit).

``client.<resource>.<verb>(...)``; each class has an ``Async`` twin and a
``WithRawResponse`` view (``client.<resource>.with_raw_response.<verb>(...)``).
"""

from .calls import (
    AsyncCalls,
    AsyncCallsWithRawResponse,
    Calls,
    CallsWithRawResponse,
)
from .messages import (
    AsyncMessages,
    AsyncMessagesWithRawResponse,
    Messages,
    MessagesWithRawResponse,
)

__all__ = [
    "AsyncCalls",
    "AsyncCallsWithRawResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "Calls",
    "CallsWithRawResponse",
    "Messages",
    "MessagesWithRawResponse",
]
