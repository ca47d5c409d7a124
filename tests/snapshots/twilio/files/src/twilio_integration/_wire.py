"""Every wire model of the Twilio API in one namespace (generated; do not edit).

The models live in ``types/`` (one module per resource, plus ``types/shared.py``);
the client's modules refer to them through this one, and code written against 0.1's
``_wire`` keeps working. Import from ``twilio_integration.types`` in your own code.
"""

from .types.calls import (
    ApiV2010AccountCall,
    CallEnumStatus,
    CreateCallBody,
    ListCallResponse,
)
from .types.messages import (
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
]
