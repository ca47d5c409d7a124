"""Every request and response model of the Twilio API (generated; do not edit).

Annotate your code with these (``from twilio_integration.types import ...``).
Request models are msgspec Structs: construct them with keywords and pass them to the
resource methods; responses decode into them.
"""

from ._runtime import NOT_GIVEN, NotGiven, RawResponse
from ._wire import (
    ApiV2010AccountCall,
    ApiV2010AccountMessage,
    CallEnumStatus,
    CreateCallBody,
    CreateMessageBody,
    ListCallResponse,
    ListMessageResponse,
    MessageEnumAddressRetention,
    MessageEnumContentRetention,
    MessageEnumDirection,
    MessageEnumRiskCheck,
    MessageEnumScheduleType,
    MessageEnumStatus,
    MessageEnumTrafficType,
)

__all__ = [
    "NOT_GIVEN",
    "ApiV2010AccountCall",
    "ApiV2010AccountMessage",
    "CallEnumStatus",
    "CreateCallBody",
    "CreateMessageBody",
    "ListCallResponse",
    "ListMessageResponse",
    "MessageEnumAddressRetention",
    "MessageEnumContentRetention",
    "MessageEnumDirection",
    "MessageEnumRiskCheck",
    "MessageEnumScheduleType",
    "MessageEnumStatus",
    "MessageEnumTrafficType",
    "NotGiven",
    "RawResponse",
]
