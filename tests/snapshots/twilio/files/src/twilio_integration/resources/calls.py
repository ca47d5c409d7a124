"""``client.calls``: the Twilio calls resource (generated; do not edit)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import Literal

import httpx

from .. import _wire
from .._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    NotGiven,
    Query,
    SyncAPIClient,
    aiter_next_uri,
    async_to_raw_response_wrapper,
    iter_next_uri,
    to_raw_response_wrapper,
)
from .._runtime import given as _given

__all__ = [
    "AsyncCalls",
    "AsyncCallsWithRawResponse",
    "Calls",
    "CallsWithRawResponse",
]


class Calls:
    """``client.calls``: ``list()``, ``create()``, ``retrieve()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CallsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return CallsWithRawResponse(self)

    def list(
        self,
        *,
        account_sid: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        parent_call_sid: str | None = None,
        status: str | None = None,
        start_time: str | None = None,
        start_time_before: str | None = None,
        start_time_after: str | None = None,
        end_time: str | None = None,
        end_time_before: str | None = None,
        end_time_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ListCallResponse:
        """Retrieves a collection of calls made to and from your account

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                {
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            params={
                "To": to,
                "From": from_,
                "ParentCallSid": parent_call_sid,
                "Status": status,
                "StartTime": start_time,
                "StartTime<": start_time_before,
                "StartTime>": start_time_after,
                "EndTime": end_time,
                "EndTime<": end_time_before,
                "EndTime>": end_time_after,
                "PageSize": page_size,
                "Page": page,
                "PageToken": page_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ListCallResponse)
        )

    def iter_list(
        self,
        *,
        account_sid: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        parent_call_sid: str | None = None,
        status: str | None = None,
        start_time: str | None = None,
        start_time_before: str | None = None,
        start_time_after: str | None = None,
        end_time: str | None = None,
        end_time_before: str | None = None,
        end_time_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.ApiV2010AccountCall]:
        """Every item of :meth:`list`, page after page (next uri)."""
        return iter_next_uri(
            lambda _uri: (
                self._client._next_page(_uri, _wire.ListCallResponse, timeout)
                if _uri
                else self.list(
                    account_sid=account_sid,
                    to=to,
                    from_=from_,
                    parent_call_sid=parent_call_sid,
                    status=status,
                    start_time=start_time,
                    start_time_before=start_time_before,
                    start_time_after=start_time_after,
                    end_time=end_time,
                    end_time_before=end_time_before,
                    end_time_after=end_time_after,
                    page_size=page_size,
                    page=page,
                    page_token=page_token,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                )
            ),
            lambda _page: _page.calls or [],
        )

    def create(
        self,
        *,
        account_sid: str | None = None,
        to: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        fallback_url: str | NotGiven = NOT_GIVEN,
        fallback_method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        status_callback: str | NotGiven = NOT_GIVEN,
        status_callback_event: builtins.list[str] | NotGiven = NOT_GIVEN,
        status_callback_method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        send_digits: str | NotGiven = NOT_GIVEN,
        timeout_: int | NotGiven = NOT_GIVEN,
        record: bool | NotGiven = NOT_GIVEN,
        recording_channels: str | NotGiven = NOT_GIVEN,
        recording_status_callback: str | NotGiven = NOT_GIVEN,
        recording_status_callback_method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        sip_auth_username: str | NotGiven = NOT_GIVEN,
        sip_auth_password: str | NotGiven = NOT_GIVEN,
        machine_detection: str | NotGiven = NOT_GIVEN,
        machine_detection_timeout: int | NotGiven = NOT_GIVEN,
        recording_status_callback_event: builtins.list[str] | NotGiven = NOT_GIVEN,
        trim: str | NotGiven = NOT_GIVEN,
        caller_id: str | NotGiven = NOT_GIVEN,
        machine_detection_speech_threshold: int | NotGiven = NOT_GIVEN,
        machine_detection_speech_end_threshold: int | NotGiven = NOT_GIVEN,
        machine_detection_silence_timeout: int | NotGiven = NOT_GIVEN,
        async_amd: str | NotGiven = NOT_GIVEN,
        async_amd_status_callback: str | NotGiven = NOT_GIVEN,
        async_amd_status_callback_method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        byoc: str | NotGiven = NOT_GIVEN,
        call_reason: str | NotGiven = NOT_GIVEN,
        call_token: str | NotGiven = NOT_GIVEN,
        recording_track: str | NotGiven = NOT_GIVEN,
        time_limit: int | NotGiven = NOT_GIVEN,
        client_notification_url: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        twiml: str | NotGiven = NOT_GIVEN,
        application_sid: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ApiV2010AccountCall:
        """Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

        ``POST /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        _response = self._client._request(
            "POST",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                {
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            form=_given(
                {
                    "To": to,
                    "From": from_,
                    "Method": method,
                    "FallbackUrl": fallback_url,
                    "FallbackMethod": fallback_method,
                    "StatusCallback": status_callback,
                    "StatusCallbackEvent": status_callback_event,
                    "StatusCallbackMethod": status_callback_method,
                    "SendDigits": send_digits,
                    "Timeout": timeout_,
                    "Record": record,
                    "RecordingChannels": recording_channels,
                    "RecordingStatusCallback": recording_status_callback,
                    "RecordingStatusCallbackMethod": recording_status_callback_method,
                    "SipAuthUsername": sip_auth_username,
                    "SipAuthPassword": sip_auth_password,
                    "MachineDetection": machine_detection,
                    "MachineDetectionTimeout": machine_detection_timeout,
                    "RecordingStatusCallbackEvent": recording_status_callback_event,
                    "Trim": trim,
                    "CallerId": caller_id,
                    "MachineDetectionSpeechThreshold": machine_detection_speech_threshold,
                    "MachineDetectionSpeechEndThreshold": machine_detection_speech_end_threshold,
                    "MachineDetectionSilenceTimeout": machine_detection_silence_timeout,
                    "AsyncAmd": async_amd,
                    "AsyncAmdStatusCallback": async_amd_status_callback,
                    "AsyncAmdStatusCallbackMethod": async_amd_status_callback_method,
                    "Byoc": byoc,
                    "CallReason": call_reason,
                    "CallToken": call_token,
                    "RecordingTrack": recording_track,
                    "TimeLimit": time_limit,
                    "ClientNotificationUrl": client_notification_url,
                    "Url": url,
                    "Twiml": twiml,
                    "ApplicationSid": application_sid,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ApiV2010AccountCall)
        )

    def retrieve(
        self,
        sid: str,
        *,
        account_sid: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ApiV2010AccountCall:
        """Fetch the call specified by the provided Call SID

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
                {
                    "Sid": sid,
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ApiV2010AccountCall)
        )


class CallsWithRawResponse:
    """:class:`Calls` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Calls) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncCalls:
    """``client.calls`` (async): ``list()``, ``create()``, ``retrieve()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncCallsWithRawResponse(self)

    async def list(
        self,
        *,
        account_sid: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        parent_call_sid: str | None = None,
        status: str | None = None,
        start_time: str | None = None,
        start_time_before: str | None = None,
        start_time_after: str | None = None,
        end_time: str | None = None,
        end_time_before: str | None = None,
        end_time_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ListCallResponse:
        """Retrieves a collection of calls made to and from your account

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                {
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            params={
                "To": to,
                "From": from_,
                "ParentCallSid": parent_call_sid,
                "Status": status,
                "StartTime": start_time,
                "StartTime<": start_time_before,
                "StartTime>": start_time_after,
                "EndTime": end_time,
                "EndTime<": end_time_before,
                "EndTime>": end_time_after,
                "PageSize": page_size,
                "Page": page,
                "PageToken": page_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ListCallResponse)
        )

    def iter_list(
        self,
        *,
        account_sid: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        parent_call_sid: str | None = None,
        status: str | None = None,
        start_time: str | None = None,
        start_time_before: str | None = None,
        start_time_after: str | None = None,
        end_time: str | None = None,
        end_time_before: str | None = None,
        end_time_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.ApiV2010AccountCall]:
        """Every item of :meth:`list`, page after page (next uri)."""
        return aiter_next_uri(
            lambda _uri: (
                self._client._next_page(_uri, _wire.ListCallResponse, timeout)
                if _uri
                else self.list(
                    account_sid=account_sid,
                    to=to,
                    from_=from_,
                    parent_call_sid=parent_call_sid,
                    status=status,
                    start_time=start_time,
                    start_time_before=start_time_before,
                    start_time_after=start_time_after,
                    end_time=end_time,
                    end_time_before=end_time_before,
                    end_time_after=end_time_after,
                    page_size=page_size,
                    page=page,
                    page_token=page_token,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                )
            ),
            lambda _page: _page.calls or [],
        )

    async def create(
        self,
        *,
        account_sid: str | None = None,
        to: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        fallback_url: str | NotGiven = NOT_GIVEN,
        fallback_method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        status_callback: str | NotGiven = NOT_GIVEN,
        status_callback_event: builtins.list[str] | NotGiven = NOT_GIVEN,
        status_callback_method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        send_digits: str | NotGiven = NOT_GIVEN,
        timeout_: int | NotGiven = NOT_GIVEN,
        record: bool | NotGiven = NOT_GIVEN,
        recording_channels: str | NotGiven = NOT_GIVEN,
        recording_status_callback: str | NotGiven = NOT_GIVEN,
        recording_status_callback_method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        sip_auth_username: str | NotGiven = NOT_GIVEN,
        sip_auth_password: str | NotGiven = NOT_GIVEN,
        machine_detection: str | NotGiven = NOT_GIVEN,
        machine_detection_timeout: int | NotGiven = NOT_GIVEN,
        recording_status_callback_event: builtins.list[str] | NotGiven = NOT_GIVEN,
        trim: str | NotGiven = NOT_GIVEN,
        caller_id: str | NotGiven = NOT_GIVEN,
        machine_detection_speech_threshold: int | NotGiven = NOT_GIVEN,
        machine_detection_speech_end_threshold: int | NotGiven = NOT_GIVEN,
        machine_detection_silence_timeout: int | NotGiven = NOT_GIVEN,
        async_amd: str | NotGiven = NOT_GIVEN,
        async_amd_status_callback: str | NotGiven = NOT_GIVEN,
        async_amd_status_callback_method: Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        byoc: str | NotGiven = NOT_GIVEN,
        call_reason: str | NotGiven = NOT_GIVEN,
        call_token: str | NotGiven = NOT_GIVEN,
        recording_track: str | NotGiven = NOT_GIVEN,
        time_limit: int | NotGiven = NOT_GIVEN,
        client_notification_url: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        twiml: str | NotGiven = NOT_GIVEN,
        application_sid: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ApiV2010AccountCall:
        """Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

        ``POST /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        _response = await self._client._request(
            "POST",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                {
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            form=_given(
                {
                    "To": to,
                    "From": from_,
                    "Method": method,
                    "FallbackUrl": fallback_url,
                    "FallbackMethod": fallback_method,
                    "StatusCallback": status_callback,
                    "StatusCallbackEvent": status_callback_event,
                    "StatusCallbackMethod": status_callback_method,
                    "SendDigits": send_digits,
                    "Timeout": timeout_,
                    "Record": record,
                    "RecordingChannels": recording_channels,
                    "RecordingStatusCallback": recording_status_callback,
                    "RecordingStatusCallbackMethod": recording_status_callback_method,
                    "SipAuthUsername": sip_auth_username,
                    "SipAuthPassword": sip_auth_password,
                    "MachineDetection": machine_detection,
                    "MachineDetectionTimeout": machine_detection_timeout,
                    "RecordingStatusCallbackEvent": recording_status_callback_event,
                    "Trim": trim,
                    "CallerId": caller_id,
                    "MachineDetectionSpeechThreshold": machine_detection_speech_threshold,
                    "MachineDetectionSpeechEndThreshold": machine_detection_speech_end_threshold,
                    "MachineDetectionSilenceTimeout": machine_detection_silence_timeout,
                    "AsyncAmd": async_amd,
                    "AsyncAmdStatusCallback": async_amd_status_callback,
                    "AsyncAmdStatusCallbackMethod": async_amd_status_callback_method,
                    "Byoc": byoc,
                    "CallReason": call_reason,
                    "CallToken": call_token,
                    "RecordingTrack": recording_track,
                    "TimeLimit": time_limit,
                    "ClientNotificationUrl": client_notification_url,
                    "Url": url,
                    "Twiml": twiml,
                    "ApplicationSid": application_sid,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ApiV2010AccountCall)
        )

    async def retrieve(
        self,
        sid: str,
        *,
        account_sid: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ApiV2010AccountCall:
        """Fetch the call specified by the provided Call SID

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
                {
                    "Sid": sid,
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ApiV2010AccountCall)
        )


class AsyncCallsWithRawResponse:
    """:class:`AsyncCalls` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncCalls) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
