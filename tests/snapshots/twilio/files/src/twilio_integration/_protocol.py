"""The Twilio clients' interface as Protocols.

Generated; do not edit. Both the client and its mock satisfy the Protocol (mypy checks
the conformity in the generated tests); type your application code against it and pass
either:

- `TwilioClientProtocol`:
  `TwilioClient`,
  `testing.MockTwilioClient`
- `AsyncTwilioClientProtocol`:
  `AsyncTwilioClient`,
  `testing.AsyncMockTwilioClient`
"""

from __future__ import annotations

from typing import Protocol

from . import _wire
from ._resources import AsyncResources, Resources
from .resources import AsyncCalls, AsyncMessages, Calls, Messages

__all__ = ["AsyncTwilioClientProtocol", "TwilioClientProtocol"]


class TwilioClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def calls(self) -> Calls: ...

    @property
    def messages(self) -> Messages: ...

    @property
    def domain(self) -> Resources: ...

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
    ) -> _wire.ListCallResponse: ...

    def create_call(
        self,
        *,
        account_sid: str,
        body: _wire.CreateCallBody | None = None,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountCall: ...

    def fetch_call(
        self, *, account_sid: str, sid: str, timeout: float | None = None
    ) -> _wire.ApiV2010AccountCall: ...

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
    ) -> _wire.ListMessageResponse: ...

    def create_message(
        self,
        *,
        account_sid: str,
        body: _wire.CreateMessageBody | None = None,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountMessage: ...

    def fetch_message(
        self, *, account_sid: str, sid: str, timeout: float | None = None
    ) -> _wire.ApiV2010AccountMessage: ...


class AsyncTwilioClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def calls(self) -> AsyncCalls: ...

    @property
    def messages(self) -> AsyncMessages: ...

    @property
    def domain(self) -> AsyncResources: ...

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
    ) -> _wire.ListCallResponse: ...

    async def create_call(
        self,
        *,
        account_sid: str,
        body: _wire.CreateCallBody | None = None,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountCall: ...

    async def fetch_call(
        self, *, account_sid: str, sid: str, timeout: float | None = None
    ) -> _wire.ApiV2010AccountCall: ...

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
    ) -> _wire.ListMessageResponse: ...

    async def create_message(
        self,
        *,
        account_sid: str,
        body: _wire.CreateMessageBody | None = None,
        timeout: float | None = None,
    ) -> _wire.ApiV2010AccountMessage: ...

    async def fetch_message(
        self, *, account_sid: str, sid: str, timeout: float | None = None
    ) -> _wire.ApiV2010AccountMessage: ...
