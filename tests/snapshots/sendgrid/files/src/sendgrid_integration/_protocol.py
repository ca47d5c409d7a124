"""The SendGrid clients' interface as Protocols.

Generated; do not edit. Both the client and its mock satisfy the Protocol (mypy checks
the conformity in the generated tests); type your application code against it and pass
either:

- `SendGridClientProtocol`:
  `SendGridClient`,
  `testing.MockSendGridClient`
- `AsyncSendGridClientProtocol`:
  `AsyncSendGridClient`,
  `testing.AsyncMockSendGridClient`
"""

from __future__ import annotations

from typing import Protocol

from . import _wire
from ._resources import AsyncResources, Resources
from .resources import AsyncMail, AsyncUser, Mail, User

__all__ = ["AsyncSendGridClientProtocol", "SendGridClientProtocol"]


class SendGridClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def mail(self) -> Mail: ...

    @property
    def user(self) -> User: ...

    @property
    def domain(self) -> Resources: ...

    def post_mail_send(
        self, *, body: _wire.PostMailSendBody | None = None, timeout: float | None = None
    ) -> None: ...

    def get_user_webhooks_event_settings_signed(
        self, *, on_behalf_of: str | None = None, timeout: float | None = None
    ) -> _wire.GetUserWebhooksEventSettingsSignedResponse: ...


class AsyncSendGridClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def mail(self) -> AsyncMail: ...

    @property
    def user(self) -> AsyncUser: ...

    @property
    def domain(self) -> AsyncResources: ...

    async def post_mail_send(
        self, *, body: _wire.PostMailSendBody | None = None, timeout: float | None = None
    ) -> None: ...

    async def get_user_webhooks_event_settings_signed(
        self, *, on_behalf_of: str | None = None, timeout: float | None = None
    ) -> _wire.GetUserWebhooksEventSettingsSignedResponse: ...
