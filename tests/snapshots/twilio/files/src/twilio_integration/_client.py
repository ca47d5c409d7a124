"""Typed Twilio clients (generated from the OpenAPI document; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import msgspec

from . import _wire
from ._base import AsyncClientBase, SyncClientBase
from ._runtime import aiter_next_uri, iter_next_uri

__all__ = ["AsyncTwilioClient", "TwilioClient"]


class TwilioClient(SyncClientBase):
    """Synchronous Twilio client: one method per API operation."""

    def list_call(
        self,
        *,
        account_sid: str,
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
        timeout: float | None = None,
    ) -> _wire.ListCallResponse:
        """Retrieves a collection of calls made to and from your account

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        _response = self._request(
            "GET",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                {
                    "AccountSid": account_sid,
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
            timeout=timeout,
        )
        return self._decode(_response, _wire.ListCallResponse)

    def iter_list_call(
        self,
        *,
        account_sid: str,
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
        timeout: float | None = None,
    ) -> Iterator[_wire.ApiV2010AccountCall]:
        """Every item of :meth:`list_call`, page after page (next uri)."""
        return iter_next_uri(
            lambda _uri: (
                self._next_page(_uri, _wire.ListCallResponse, timeout)
                if _uri
                else self.list_call(
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
                    timeout=timeout,
                )
            ),
            lambda _page: _page.calls or [],
        )

    def create_call(
        self,
        *,
        account_sid: str,
        body: _wire.CreateCallBody | None = None,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountCall:
        """Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

        ``POST /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        _response = self._request(
            "POST",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                {
                    "AccountSid": account_sid,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ApiV2010AccountCall)

    def fetch_call(
        self,
        *,
        account_sid: str,
        sid: str,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountCall:
        """Fetch the call specified by the provided Call SID

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``
        """
        _response = self._request(
            "GET",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
                {
                    "AccountSid": account_sid,
                    "Sid": sid,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ApiV2010AccountCall)

    def list_message(
        self,
        *,
        account_sid: str,
        to: str | None = None,
        from_: str | None = None,
        date_sent: str | None = None,
        date_sent_before: str | None = None,
        date_sent_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ListMessageResponse:
        """Retrieve a list of Message resources associated with a Twilio Account

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        _response = self._request(
            "GET",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages.json",
                {
                    "AccountSid": account_sid,
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
            timeout=timeout,
        )
        return self._decode(_response, _wire.ListMessageResponse)

    def iter_list_message(
        self,
        *,
        account_sid: str,
        to: str | None = None,
        from_: str | None = None,
        date_sent: str | None = None,
        date_sent_before: str | None = None,
        date_sent_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[_wire.ApiV2010AccountMessage]:
        """Every item of :meth:`list_message`, page after page (next uri)."""
        return iter_next_uri(
            lambda _uri: (
                self._next_page(_uri, _wire.ListMessageResponse, timeout)
                if _uri
                else self.list_message(
                    account_sid=account_sid,
                    to=to,
                    from_=from_,
                    date_sent=date_sent,
                    date_sent_before=date_sent_before,
                    date_sent_after=date_sent_after,
                    page_size=page_size,
                    page=page,
                    page_token=page_token,
                    timeout=timeout,
                )
            ),
            lambda _page: _page.messages or [],
        )

    def create_message(
        self,
        *,
        account_sid: str,
        body: _wire.CreateMessageBody | None = None,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountMessage:
        """Send a message

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        _response = self._request(
            "POST",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages.json",
                {
                    "AccountSid": account_sid,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ApiV2010AccountMessage)

    def fetch_message(
        self,
        *,
        account_sid: str,
        sid: str,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountMessage:
        """Fetch a specific Message

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``
        """
        _response = self._request(
            "GET",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
                {
                    "AccountSid": account_sid,
                    "Sid": sid,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ApiV2010AccountMessage)


class AsyncTwilioClient(AsyncClientBase):
    """Asynchronous Twilio client: one method per API operation."""

    async def list_call(
        self,
        *,
        account_sid: str,
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
        timeout: float | None = None,
    ) -> _wire.ListCallResponse:
        """Retrieves a collection of calls made to and from your account

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        _response = await self._request(
            "GET",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                {
                    "AccountSid": account_sid,
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
            timeout=timeout,
        )
        return self._decode(_response, _wire.ListCallResponse)

    def iter_list_call(
        self,
        *,
        account_sid: str,
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
        timeout: float | None = None,
    ) -> AsyncIterator[_wire.ApiV2010AccountCall]:
        """Every item of :meth:`list_call`, page after page (next uri)."""
        return aiter_next_uri(
            lambda _uri: (
                self._next_page(_uri, _wire.ListCallResponse, timeout)
                if _uri
                else self.list_call(
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
                    timeout=timeout,
                )
            ),
            lambda _page: _page.calls or [],
        )

    async def create_call(
        self,
        *,
        account_sid: str,
        body: _wire.CreateCallBody | None = None,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountCall:
        """Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

        ``POST /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        _response = await self._request(
            "POST",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                {
                    "AccountSid": account_sid,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ApiV2010AccountCall)

    async def fetch_call(
        self,
        *,
        account_sid: str,
        sid: str,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountCall:
        """Fetch the call specified by the provided Call SID

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``
        """
        _response = await self._request(
            "GET",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
                {
                    "AccountSid": account_sid,
                    "Sid": sid,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ApiV2010AccountCall)

    async def list_message(
        self,
        *,
        account_sid: str,
        to: str | None = None,
        from_: str | None = None,
        date_sent: str | None = None,
        date_sent_before: str | None = None,
        date_sent_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ListMessageResponse:
        """Retrieve a list of Message resources associated with a Twilio Account

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        _response = await self._request(
            "GET",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages.json",
                {
                    "AccountSid": account_sid,
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
            timeout=timeout,
        )
        return self._decode(_response, _wire.ListMessageResponse)

    def iter_list_message(
        self,
        *,
        account_sid: str,
        to: str | None = None,
        from_: str | None = None,
        date_sent: str | None = None,
        date_sent_before: str | None = None,
        date_sent_after: str | None = None,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[_wire.ApiV2010AccountMessage]:
        """Every item of :meth:`list_message`, page after page (next uri)."""
        return aiter_next_uri(
            lambda _uri: (
                self._next_page(_uri, _wire.ListMessageResponse, timeout)
                if _uri
                else self.list_message(
                    account_sid=account_sid,
                    to=to,
                    from_=from_,
                    date_sent=date_sent,
                    date_sent_before=date_sent_before,
                    date_sent_after=date_sent_after,
                    page_size=page_size,
                    page=page,
                    page_token=page_token,
                    timeout=timeout,
                )
            ),
            lambda _page: _page.messages or [],
        )

    async def create_message(
        self,
        *,
        account_sid: str,
        body: _wire.CreateMessageBody | None = None,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountMessage:
        """Send a message

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        _response = await self._request(
            "POST",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages.json",
                {
                    "AccountSid": account_sid,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ApiV2010AccountMessage)

    async def fetch_message(
        self,
        *,
        account_sid: str,
        sid: str,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountMessage:
        """Fetch a specific Message

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``
        """
        _response = await self._request(
            "GET",
            self._path(
                "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
                {
                    "AccountSid": account_sid,
                    "Sid": sid,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.ApiV2010AccountMessage)
