"""``client.messages``: the Twilio messages resource (generated; do not edit)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from functools import cached_property

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
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "Messages",
    "MessagesWithRawResponse",
]


class Messages:
    """``client.messages``: ``list()``, ``create()``, ``retrieve()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return MessagesWithRawResponse(self)

    def list(
        self,
        *,
        account_sid: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        date_sent: str | None = None,
        date_sent_before: str | None = None,
        date_sent_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ListMessageResponse:
        """Retrieve a list of Message resources associated with a Twilio Account

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages.json",
                {
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            params={
                "To": to,
                "From": from_,
                "DateSent": date_sent,
                "DateSent<": date_sent_before,
                "DateSent>": date_sent_after,
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
            _response, lambda _r: self._client._decode(_r, _wire.ListMessageResponse)
        )

    def iter_list(
        self,
        *,
        account_sid: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        date_sent: str | None = None,
        date_sent_before: str | None = None,
        date_sent_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.ApiV2010AccountMessage]:
        """Every item of :meth:`list`, page after page (next uri)."""
        return iter_next_uri(
            lambda _uri: (
                self._client._next_page(_uri, _wire.ListMessageResponse, timeout)
                if _uri
                else self.list(
                    account_sid=account_sid,
                    to=to,
                    from_=from_,
                    date_sent=date_sent,
                    date_sent_before=date_sent_before,
                    date_sent_after=date_sent_after,
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
            lambda _page: _page.messages or [],
        )

    def create(
        self,
        *,
        account_sid: str | None = None,
        to: str | NotGiven = NOT_GIVEN,
        status_callback: str | NotGiven = NOT_GIVEN,
        application_sid: str | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        provide_feedback: bool | NotGiven = NOT_GIVEN,
        attempt: int | NotGiven = NOT_GIVEN,
        validity_period: int | NotGiven = NOT_GIVEN,
        force_delivery: bool | NotGiven = NOT_GIVEN,
        content_retention: _wire.MessageEnumContentRetention | NotGiven = NOT_GIVEN,
        address_retention: _wire.MessageEnumAddressRetention | NotGiven = NOT_GIVEN,
        smart_encoded: bool | NotGiven = NOT_GIVEN,
        persistent_action: builtins.list[str] | NotGiven = NOT_GIVEN,
        traffic_type: _wire.MessageEnumTrafficType | NotGiven = NOT_GIVEN,
        shorten_urls: bool | NotGiven = NOT_GIVEN,
        schedule_type: _wire.MessageEnumScheduleType | NotGiven = NOT_GIVEN,
        send_at: str | NotGiven = NOT_GIVEN,
        send_as_mms: bool | NotGiven = NOT_GIVEN,
        content_variables: str | NotGiven = NOT_GIVEN,
        risk_check: _wire.MessageEnumRiskCheck | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        fallback_from: str | NotGiven = NOT_GIVEN,
        messaging_service_sid: str | NotGiven = NOT_GIVEN,
        body: str | NotGiven = NOT_GIVEN,
        media_url: builtins.list[str] | NotGiven = NOT_GIVEN,
        content_sid: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ApiV2010AccountMessage:
        """Send a message

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        _response = self._client._request(
            "POST",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages.json",
                {
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            form=_given(
                {
                    "To": to,
                    "StatusCallback": status_callback,
                    "ApplicationSid": application_sid,
                    "MaxPrice": max_price,
                    "ProvideFeedback": provide_feedback,
                    "Attempt": attempt,
                    "ValidityPeriod": validity_period,
                    "ForceDelivery": force_delivery,
                    "ContentRetention": content_retention,
                    "AddressRetention": address_retention,
                    "SmartEncoded": smart_encoded,
                    "PersistentAction": persistent_action,
                    "TrafficType": traffic_type,
                    "ShortenUrls": shorten_urls,
                    "ScheduleType": schedule_type,
                    "SendAt": send_at,
                    "SendAsMms": send_as_mms,
                    "ContentVariables": content_variables,
                    "RiskCheck": risk_check,
                    "From": from_,
                    "FallbackFrom": fallback_from,
                    "MessagingServiceSid": messaging_service_sid,
                    "Body": body,
                    "MediaUrl": media_url,
                    "ContentSid": content_sid,
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
            _response, lambda _r: self._client._decode(_r, _wire.ApiV2010AccountMessage)
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
    ) -> _wire.ApiV2010AccountMessage:
        """Fetch a specific Message

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
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
            _response, lambda _r: self._client._decode(_r, _wire.ApiV2010AccountMessage)
        )


class MessagesWithRawResponse:
    """:class:`Messages` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncMessages:
    """``client.messages`` (async): ``list()``, ``create()``, ``retrieve()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncMessagesWithRawResponse(self)

    async def list(
        self,
        *,
        account_sid: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        date_sent: str | None = None,
        date_sent_before: str | None = None,
        date_sent_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ListMessageResponse:
        """Retrieve a list of Message resources associated with a Twilio Account

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages.json",
                {
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            params={
                "To": to,
                "From": from_,
                "DateSent": date_sent,
                "DateSent<": date_sent_before,
                "DateSent>": date_sent_after,
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
            _response, lambda _r: self._client._decode(_r, _wire.ListMessageResponse)
        )

    def iter_list(
        self,
        *,
        account_sid: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        date_sent: str | None = None,
        date_sent_before: str | None = None,
        date_sent_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.ApiV2010AccountMessage]:
        """Every item of :meth:`list`, page after page (next uri)."""
        return aiter_next_uri(
            lambda _uri: (
                self._client._next_page(_uri, _wire.ListMessageResponse, timeout)
                if _uri
                else self.list(
                    account_sid=account_sid,
                    to=to,
                    from_=from_,
                    date_sent=date_sent,
                    date_sent_before=date_sent_before,
                    date_sent_after=date_sent_after,
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
            lambda _page: _page.messages or [],
        )

    async def create(
        self,
        *,
        account_sid: str | None = None,
        to: str | NotGiven = NOT_GIVEN,
        status_callback: str | NotGiven = NOT_GIVEN,
        application_sid: str | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        provide_feedback: bool | NotGiven = NOT_GIVEN,
        attempt: int | NotGiven = NOT_GIVEN,
        validity_period: int | NotGiven = NOT_GIVEN,
        force_delivery: bool | NotGiven = NOT_GIVEN,
        content_retention: _wire.MessageEnumContentRetention | NotGiven = NOT_GIVEN,
        address_retention: _wire.MessageEnumAddressRetention | NotGiven = NOT_GIVEN,
        smart_encoded: bool | NotGiven = NOT_GIVEN,
        persistent_action: builtins.list[str] | NotGiven = NOT_GIVEN,
        traffic_type: _wire.MessageEnumTrafficType | NotGiven = NOT_GIVEN,
        shorten_urls: bool | NotGiven = NOT_GIVEN,
        schedule_type: _wire.MessageEnumScheduleType | NotGiven = NOT_GIVEN,
        send_at: str | NotGiven = NOT_GIVEN,
        send_as_mms: bool | NotGiven = NOT_GIVEN,
        content_variables: str | NotGiven = NOT_GIVEN,
        risk_check: _wire.MessageEnumRiskCheck | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        fallback_from: str | NotGiven = NOT_GIVEN,
        messaging_service_sid: str | NotGiven = NOT_GIVEN,
        body: str | NotGiven = NOT_GIVEN,
        media_url: builtins.list[str] | NotGiven = NOT_GIVEN,
        content_sid: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ApiV2010AccountMessage:
        """Send a message

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        _response = await self._client._request(
            "POST",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages.json",
                {
                    "AccountSid": account_sid
                    if account_sid is not None
                    else self._client._auth_username(),
                },
            ),
            form=_given(
                {
                    "To": to,
                    "StatusCallback": status_callback,
                    "ApplicationSid": application_sid,
                    "MaxPrice": max_price,
                    "ProvideFeedback": provide_feedback,
                    "Attempt": attempt,
                    "ValidityPeriod": validity_period,
                    "ForceDelivery": force_delivery,
                    "ContentRetention": content_retention,
                    "AddressRetention": address_retention,
                    "SmartEncoded": smart_encoded,
                    "PersistentAction": persistent_action,
                    "TrafficType": traffic_type,
                    "ShortenUrls": shorten_urls,
                    "ScheduleType": schedule_type,
                    "SendAt": send_at,
                    "SendAsMms": send_as_mms,
                    "ContentVariables": content_variables,
                    "RiskCheck": risk_check,
                    "From": from_,
                    "FallbackFrom": fallback_from,
                    "MessagingServiceSid": messaging_service_sid,
                    "Body": body,
                    "MediaUrl": media_url,
                    "ContentSid": content_sid,
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
            _response, lambda _r: self._client._decode(_r, _wire.ApiV2010AccountMessage)
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
    ) -> _wire.ApiV2010AccountMessage:
        """Fetch a specific Message

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
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
            _response, lambda _r: self._client._decode(_r, _wire.ApiV2010AccountMessage)
        )


class AsyncMessagesWithRawResponse:
    """:class:`AsyncMessages` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
