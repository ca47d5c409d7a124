"""Models of the Twilio API used by ``client.messages`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from .._runtime.models import WireModel

__all__ = [
    "ApiV2010AccountMessage",
    "CreateMessageBody",
    "ListMessageResponse",
    "MessageEnumAddressRetention",
    "MessageEnumContentRetention",
    "MessageEnumDirection",
    "MessageEnumRiskCheck",
    "MessageEnumScheduleType",
    "MessageEnumStatus",
    "MessageEnumTrafficType",
]


class ListMessageResponse(WireModel, kw_only=True):
    """ListMessageResponse"""

    end: int | None = None
    first_page_uri: str | None = None
    next_page_uri: str | None = None
    page: int | None = None
    page_size: int | None = None
    previous_page_uri: str | None = None
    start: int | None = None
    uri: str | None = None
    messages: list[ApiV2010AccountMessage] | None = None


class CreateMessageBody(WireModel, kw_only=True):
    """CreateMessageRequest"""

    To: str
    StatusCallback: str | None = None
    ApplicationSid: str | None = None
    MaxPrice: float | None = None
    ProvideFeedback: bool | None = None
    Attempt: int | None = None
    ValidityPeriod: int | None = None
    ForceDelivery: bool | None = None
    ContentRetention: MessageEnumContentRetention | None = None
    AddressRetention: MessageEnumAddressRetention | None = None
    SmartEncoded: bool | None = None
    PersistentAction: list[str] | None = None
    TrafficType: MessageEnumTrafficType | None = None
    ShortenUrls: bool | None = None
    ScheduleType: MessageEnumScheduleType | None = None
    SendAt: str | None = None
    SendAsMms: bool | None = None
    ContentVariables: str | None = None
    RiskCheck: MessageEnumRiskCheck | None = None
    From: str | None = None
    FallbackFrom: str | None = None
    MessagingServiceSid: str | None = None
    Body: str | None = None
    MediaUrl: list[str] | None = None
    ContentSid: str | None = None


class ApiV2010AccountMessage(WireModel, kw_only=True):
    body: str | None = None
    num_segments: str | None = None
    direction: MessageEnumDirection | None = None
    from_: str | None = msgspec.field(default=None, name="from")
    to: str | None = None
    date_updated: str | None = None
    price: str | None = None
    error_message: str | None = None
    uri: str | None = None
    account_sid: str | None = None
    num_media: str | None = None
    status: MessageEnumStatus | None = None
    messaging_service_sid: str | None = None
    sid: str | None = None
    date_sent: str | None = None
    date_created: str | None = None
    error_code: int | None = None
    price_unit: str | None = None
    api_version: str | None = None
    subresource_uris: dict[str, Any] | None = None


MessageEnumContentRetention: TypeAlias = str
MessageEnumAddressRetention: TypeAlias = str
MessageEnumTrafficType: TypeAlias = str
MessageEnumScheduleType: TypeAlias = str
MessageEnumRiskCheck: TypeAlias = str
MessageEnumDirection: TypeAlias = str
MessageEnumStatus: TypeAlias = str
