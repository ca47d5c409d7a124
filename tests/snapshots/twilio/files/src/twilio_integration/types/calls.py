"""Models of the Twilio API used by ``client.calls`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from .._runtime.models import WireModel

__all__ = [
    "ApiV2010AccountCall",
    "CallEnumStatus",
    "CreateCallBody",
    "ListCallResponse",
]


class ListCallResponse(WireModel, kw_only=True):
    """ListCallResponse"""

    end: int | None = None
    first_page_uri: str | None = None
    next_page_uri: str | None = None
    page: int | None = None
    page_size: int | None = None
    previous_page_uri: str | None = None
    start: int | None = None
    uri: str | None = None
    calls: list[ApiV2010AccountCall] | None = None


class CreateCallBody(WireModel, kw_only=True):
    """CreateCallRequest"""

    To: str
    From: str
    Method: str | None = None
    FallbackUrl: str | None = None
    FallbackMethod: str | None = None
    StatusCallback: str | None = None
    StatusCallbackEvent: list[str] | None = None
    StatusCallbackMethod: str | None = None
    SendDigits: str | None = None
    Timeout: int | None = None
    Record: bool | None = None
    RecordingChannels: str | None = None
    RecordingStatusCallback: str | None = None
    RecordingStatusCallbackMethod: str | None = None
    SipAuthUsername: str | None = None
    SipAuthPassword: str | None = None
    MachineDetection: str | None = None
    MachineDetectionTimeout: int | None = None
    RecordingStatusCallbackEvent: list[str] | None = None
    Trim: str | None = None
    CallerId: str | None = None
    MachineDetectionSpeechThreshold: int | None = None
    MachineDetectionSpeechEndThreshold: int | None = None
    MachineDetectionSilenceTimeout: int | None = None
    AsyncAmd: str | None = None
    AsyncAmdStatusCallback: str | None = None
    AsyncAmdStatusCallbackMethod: str | None = None
    Byoc: str | None = None
    CallReason: str | None = None
    CallToken: str | None = None
    RecordingTrack: str | None = None
    TimeLimit: int | None = None
    ClientNotificationUrl: str | None = None
    Url: str | None = None
    Twiml: str | None = None
    ApplicationSid: str | None = None


class ApiV2010AccountCall(WireModel, kw_only=True):
    sid: str | None = None
    date_created: str | None = None
    date_updated: str | None = None
    parent_call_sid: str | None = None
    account_sid: str | None = None
    to: str | None = None
    to_formatted: str | None = None
    from_: str | None = msgspec.field(default=None, name="from")
    from_formatted: str | None = None
    phone_number_sid: str | None = None
    status: CallEnumStatus | None = None
    start_time: str | None = None
    end_time: str | None = None
    duration: str | None = None
    price: str | None = None
    price_unit: str | None = None
    direction: str | None = None
    answered_by: str | None = None
    api_version: str | None = None
    forwarded_from: str | None = None
    group_sid: str | None = None
    caller_name: str | None = None
    queue_time: str | None = None
    trunk_sid: str | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None


CallEnumStatus: TypeAlias = str
