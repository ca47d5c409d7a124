"""Every request and response model of the Twilio API (generated; do not edit).

Annotate your code with these (``from twilio_integration.types import ...``).
Request models are msgspec Structs: construct them with keywords and pass them to the
resource methods; responses decode into them. Each model lives in the module of the
resource that uses it (``types/<resource>.py``) or in ``types/shared.py``.
"""

from .._runtime import NOT_GIVEN, NotGiven, RawResponse
from .calls import (
    ApiV2010AccountCall,
    CallEnumStatus,
    CreateCallBody,
    ListCallResponse,
)
from .messages import (
    ApiV2010AccountMessage,
    CreateMessageBody,
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
