"""The flat, operationId-named methods of the Twilio clients: deprecated (generated; do not edit).

Each one warns and names its replacement, ``client.<resource>.<verb>(...)``; they go in
the next release.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator

import msgspec

from . import _wire
from ._runtime import AsyncAPIClient, SyncAPIClient, aiter_next_uri, iter_next_uri

__all__ = ["AsyncDeprecatedMethods", "DeprecatedMethods"]


class DeprecatedMethods(SyncAPIClient):
    """The flat methods of :class:`TwilioClient` (deprecated)."""

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
        """Deprecated: use ``client.calls.list()``.

        Retrieves a collection of calls made to and from your account

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        warnings.warn(
            "list_call() is deprecated: use client.calls.list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.calls.iter_list()``."""
        warnings.warn(
            "iter_list_call() is deprecated: use client.calls.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.calls.create()``.

        Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

        ``POST /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        warnings.warn(
            "create_call() is deprecated: use client.calls.create()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.calls.retrieve()``.

        Fetch the call specified by the provided Call SID

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``
        """
        warnings.warn(
            "fetch_call() is deprecated: use client.calls.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.messages.list()``.

        Retrieve a list of Message resources associated with a Twilio Account

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        warnings.warn(
            "list_message() is deprecated: use client.messages.list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.messages.iter_list()``."""
        warnings.warn(
            "iter_list_message() is deprecated: use client.messages.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.messages.create()``.

        Send a message

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        warnings.warn(
            "create_message() is deprecated: use client.messages.create()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.messages.retrieve()``.

        Fetch a specific Message

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``
        """
        warnings.warn(
            "fetch_message() is deprecated: use client.messages.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
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


class AsyncDeprecatedMethods(AsyncAPIClient):
    """The flat methods of :class:`AsyncTwilioClient` (deprecated)."""

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
        """Deprecated: use ``client.calls.list()``.

        Retrieves a collection of calls made to and from your account

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        warnings.warn(
            "list_call() is deprecated: use client.calls.list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.calls.iter_list()``."""
        warnings.warn(
            "iter_list_call() is deprecated: use client.calls.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.calls.create()``.

        Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

        ``POST /2010-04-01/Accounts/{AccountSid}/Calls.json``
        """
        warnings.warn(
            "create_call() is deprecated: use client.calls.create()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.calls.retrieve()``.

        Fetch the call specified by the provided Call SID

        ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``
        """
        warnings.warn(
            "fetch_call() is deprecated: use client.calls.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.messages.list()``.

        Retrieve a list of Message resources associated with a Twilio Account

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        warnings.warn(
            "list_message() is deprecated: use client.messages.list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.messages.iter_list()``."""
        warnings.warn(
            "iter_list_message() is deprecated: use client.messages.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.messages.create()``.

        Send a message

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``
        """
        warnings.warn(
            "create_message() is deprecated: use client.messages.create()",
            DeprecationWarning,
            stacklevel=2,
        )
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
        """Deprecated: use ``client.messages.retrieve()``.

        Fetch a specific Message

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``
        """
        warnings.warn(
            "fetch_message() is deprecated: use client.messages.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
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
