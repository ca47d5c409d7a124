"""Wire models of the Twilio API (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from ._runtime.models import WireModel

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

    to: str = msgspec.field(name="To")
    from_: str = msgspec.field(name="From")
    method: str | None = msgspec.field(default=None, name="Method")
    fallback_url: str | None = msgspec.field(default=None, name="FallbackUrl")
    fallback_method: str | None = msgspec.field(default=None, name="FallbackMethod")
    status_callback: str | None = msgspec.field(default=None, name="StatusCallback")
    status_callback_event: list[str] | None = msgspec.field(
        default=None, name="StatusCallbackEvent"
    )
    status_callback_method: str | None = msgspec.field(default=None, name="StatusCallbackMethod")
    send_digits: str | None = msgspec.field(default=None, name="SendDigits")
    timeout: int | None = msgspec.field(default=None, name="Timeout")
    record: bool | None = msgspec.field(default=None, name="Record")
    recording_channels: str | None = msgspec.field(default=None, name="RecordingChannels")
    recording_status_callback: str | None = msgspec.field(
        default=None, name="RecordingStatusCallback"
    )
    recording_status_callback_method: str | None = msgspec.field(
        default=None, name="RecordingStatusCallbackMethod"
    )
    sip_auth_username: str | None = msgspec.field(default=None, name="SipAuthUsername")
    sip_auth_password: str | None = msgspec.field(default=None, name="SipAuthPassword")
    machine_detection: str | None = msgspec.field(default=None, name="MachineDetection")
    machine_detection_timeout: int | None = msgspec.field(
        default=None, name="MachineDetectionTimeout"
    )
    recording_status_callback_event: list[str] | None = msgspec.field(
        default=None, name="RecordingStatusCallbackEvent"
    )
    trim: str | None = msgspec.field(default=None, name="Trim")
    caller_id: str | None = msgspec.field(default=None, name="CallerId")
    machine_detection_speech_threshold: int | None = msgspec.field(
        default=None, name="MachineDetectionSpeechThreshold"
    )
    machine_detection_speech_end_threshold: int | None = msgspec.field(
        default=None, name="MachineDetectionSpeechEndThreshold"
    )
    machine_detection_silence_timeout: int | None = msgspec.field(
        default=None, name="MachineDetectionSilenceTimeout"
    )
    async_amd: str | None = msgspec.field(default=None, name="AsyncAmd")
    async_amd_status_callback: str | None = msgspec.field(
        default=None, name="AsyncAmdStatusCallback"
    )
    async_amd_status_callback_method: str | None = msgspec.field(
        default=None, name="AsyncAmdStatusCallbackMethod"
    )
    byoc: str | None = msgspec.field(default=None, name="Byoc")
    call_reason: str | None = msgspec.field(default=None, name="CallReason")
    call_token: str | None = msgspec.field(default=None, name="CallToken")
    recording_track: str | None = msgspec.field(default=None, name="RecordingTrack")
    time_limit: int | None = msgspec.field(default=None, name="TimeLimit")
    client_notification_url: str | None = msgspec.field(default=None, name="ClientNotificationUrl")
    url: str | None = msgspec.field(default=None, name="Url")
    twiml: str | None = msgspec.field(default=None, name="Twiml")
    application_sid: str | None = msgspec.field(default=None, name="ApplicationSid")


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

    to: str = msgspec.field(name="To")
    status_callback: str | None = msgspec.field(default=None, name="StatusCallback")
    application_sid: str | None = msgspec.field(default=None, name="ApplicationSid")
    max_price: float | None = msgspec.field(default=None, name="MaxPrice")
    provide_feedback: bool | None = msgspec.field(default=None, name="ProvideFeedback")
    attempt: int | None = msgspec.field(default=None, name="Attempt")
    validity_period: int | None = msgspec.field(default=None, name="ValidityPeriod")
    force_delivery: bool | None = msgspec.field(default=None, name="ForceDelivery")
    content_retention: MessageEnumContentRetention | None = msgspec.field(
        default=None, name="ContentRetention"
    )
    address_retention: MessageEnumAddressRetention | None = msgspec.field(
        default=None, name="AddressRetention"
    )
    smart_encoded: bool | None = msgspec.field(default=None, name="SmartEncoded")
    persistent_action: list[str] | None = msgspec.field(default=None, name="PersistentAction")
    traffic_type: MessageEnumTrafficType | None = msgspec.field(default=None, name="TrafficType")
    shorten_urls: bool | None = msgspec.field(default=None, name="ShortenUrls")
    schedule_type: MessageEnumScheduleType | None = msgspec.field(default=None, name="ScheduleType")
    send_at: str | None = msgspec.field(default=None, name="SendAt")
    send_as_mms: bool | None = msgspec.field(default=None, name="SendAsMms")
    content_variables: str | None = msgspec.field(default=None, name="ContentVariables")
    risk_check: MessageEnumRiskCheck | None = msgspec.field(default=None, name="RiskCheck")
    from_: str | None = msgspec.field(default=None, name="From")
    fallback_from: str | None = msgspec.field(default=None, name="FallbackFrom")
    messaging_service_sid: str | None = msgspec.field(default=None, name="MessagingServiceSid")
    body: str | None = msgspec.field(default=None, name="Body")
    media_url: list[str] | None = msgspec.field(default=None, name="MediaUrl")
    content_sid: str | None = msgspec.field(default=None, name="ContentSid")


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
CallEnumStatus: TypeAlias = str
MessageEnumDirection: TypeAlias = str
MessageEnumStatus: TypeAlias = str
