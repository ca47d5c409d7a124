"""``client.user``: the SendGrid user resource (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property

import httpx

from .. import _wire
from .._runtime import (
    AsyncAPIClient,
    Body,
    Headers,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

__all__ = [
    "AsyncUser",
    "AsyncUserWebhooks",
    "AsyncUserWebhooksEvent",
    "AsyncUserWebhooksEventSettings",
    "AsyncUserWebhooksEventSettingsSigned",
    "AsyncUserWebhooksEventSettingsSignedWithRawResponse",
    "AsyncUserWebhooksEventSettingsWithRawResponse",
    "AsyncUserWebhooksEventWithRawResponse",
    "AsyncUserWebhooksWithRawResponse",
    "AsyncUserWithRawResponse",
    "User",
    "UserWebhooks",
    "UserWebhooksEvent",
    "UserWebhooksEventSettings",
    "UserWebhooksEventSettingsSigned",
    "UserWebhooksEventSettingsSignedWithRawResponse",
    "UserWebhooksEventSettingsWithRawResponse",
    "UserWebhooksEventWithRawResponse",
    "UserWebhooksWithRawResponse",
    "UserWithRawResponse",
]


class UserWebhooksEventSettingsSigned:
    """``client.user.webhooks.event.settings.signed``: ``retrieve()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserWebhooksEventSettingsSignedWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return UserWebhooksEventSettingsSignedWithRawResponse(self)

    def retrieve(
        self,
        *,
        on_behalf_of: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetUserWebhooksEventSettingsSignedResponse:
        """Retrieve Signed Webhook Public Key

        **This endpoint allows you to retrieve your signed webhook's public key.**

        Once you have enabled signing of the Event Webhook, you will need the public key provided
        to verify the signatures on requests coming from Twilio SendGrid. You can retrieve the
        public key from this endpoint at any time.

        For more information about cryptographically signing the Event Webhook, see [Getting
        Started with the Event Webhook Security
        Features](https://sendgrid.com/docs/for-developers/tracking-events/getting-started-event-webhook-security-features).

        ``GET /user/webhooks/event/settings/signed``
        """
        _response = self._client._request(
            "GET",
            "/user/webhooks/event/settings/signed",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "on-behalf-of": on_behalf_of,
                }.items()
                if _value is not None
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response,
            lambda _r: self._client._decode(_r, _wire.GetUserWebhooksEventSettingsSignedResponse),
        )


class UserWebhooksEventSettingsSignedWithRawResponse:
    """:class:`UserWebhooksEventSettingsSigned` with every method returning its
    :class:`RawResponse`."""

    def __init__(self, resource: UserWebhooksEventSettingsSigned) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class UserWebhooksEventSettings:
    """``client.user.webhooks.event.settings``: sub-resources ``signed``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserWebhooksEventSettingsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return UserWebhooksEventSettingsWithRawResponse(self)

    @cached_property
    def signed(self) -> UserWebhooksEventSettingsSigned:
        """``client.user.webhooks.event.settings.signed``."""
        return UserWebhooksEventSettingsSigned(self._client)


class UserWebhooksEventSettingsWithRawResponse:
    """:class:`UserWebhooksEventSettings` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: UserWebhooksEventSettings) -> None:
        self._resource = resource

    @cached_property
    def signed(self) -> UserWebhooksEventSettingsSignedWithRawResponse:
        return UserWebhooksEventSettingsSignedWithRawResponse(self._resource.signed)


class UserWebhooksEvent:
    """``client.user.webhooks.event``: sub-resources ``settings``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserWebhooksEventWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return UserWebhooksEventWithRawResponse(self)

    @cached_property
    def settings(self) -> UserWebhooksEventSettings:
        """``client.user.webhooks.event.settings``."""
        return UserWebhooksEventSettings(self._client)


class UserWebhooksEventWithRawResponse:
    """:class:`UserWebhooksEvent` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: UserWebhooksEvent) -> None:
        self._resource = resource

    @cached_property
    def settings(self) -> UserWebhooksEventSettingsWithRawResponse:
        return UserWebhooksEventSettingsWithRawResponse(self._resource.settings)


class UserWebhooks:
    """``client.user.webhooks``: sub-resources ``event``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserWebhooksWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return UserWebhooksWithRawResponse(self)

    @cached_property
    def event(self) -> UserWebhooksEvent:
        """``client.user.webhooks.event``."""
        return UserWebhooksEvent(self._client)


class UserWebhooksWithRawResponse:
    """:class:`UserWebhooks` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: UserWebhooks) -> None:
        self._resource = resource

    @cached_property
    def event(self) -> UserWebhooksEventWithRawResponse:
        return UserWebhooksEventWithRawResponse(self._resource.event)


class User:
    """``client.user``: sub-resources ``webhooks``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return UserWithRawResponse(self)

    @cached_property
    def webhooks(self) -> UserWebhooks:
        """``client.user.webhooks``."""
        return UserWebhooks(self._client)


class UserWithRawResponse:
    """:class:`User` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: User) -> None:
        self._resource = resource

    @cached_property
    def webhooks(self) -> UserWebhooksWithRawResponse:
        return UserWebhooksWithRawResponse(self._resource.webhooks)


class AsyncUserWebhooksEventSettingsSigned:
    """``client.user.webhooks.event.settings.signed`` (async): ``retrieve()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserWebhooksEventSettingsSignedWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncUserWebhooksEventSettingsSignedWithRawResponse(self)

    async def retrieve(
        self,
        *,
        on_behalf_of: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetUserWebhooksEventSettingsSignedResponse:
        """Retrieve Signed Webhook Public Key

        **This endpoint allows you to retrieve your signed webhook's public key.**

        Once you have enabled signing of the Event Webhook, you will need the public key provided
        to verify the signatures on requests coming from Twilio SendGrid. You can retrieve the
        public key from this endpoint at any time.

        For more information about cryptographically signing the Event Webhook, see [Getting
        Started with the Event Webhook Security
        Features](https://sendgrid.com/docs/for-developers/tracking-events/getting-started-event-webhook-security-features).

        ``GET /user/webhooks/event/settings/signed``
        """
        _response = await self._client._request(
            "GET",
            "/user/webhooks/event/settings/signed",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "on-behalf-of": on_behalf_of,
                }.items()
                if _value is not None
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response,
            lambda _r: self._client._decode(_r, _wire.GetUserWebhooksEventSettingsSignedResponse),
        )


class AsyncUserWebhooksEventSettingsSignedWithRawResponse:
    """:class:`AsyncUserWebhooksEventSettingsSigned` with every method returning its
    :class:`RawResponse`."""

    def __init__(self, resource: AsyncUserWebhooksEventSettingsSigned) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncUserWebhooksEventSettings:
    """``client.user.webhooks.event.settings`` (async): sub-resources ``signed``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserWebhooksEventSettingsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncUserWebhooksEventSettingsWithRawResponse(self)

    @cached_property
    def signed(self) -> AsyncUserWebhooksEventSettingsSigned:
        """``client.user.webhooks.event.settings.signed``."""
        return AsyncUserWebhooksEventSettingsSigned(self._client)


class AsyncUserWebhooksEventSettingsWithRawResponse:
    """:class:`AsyncUserWebhooksEventSettings` with every method returning its
    :class:`RawResponse`."""

    def __init__(self, resource: AsyncUserWebhooksEventSettings) -> None:
        self._resource = resource

    @cached_property
    def signed(self) -> AsyncUserWebhooksEventSettingsSignedWithRawResponse:
        return AsyncUserWebhooksEventSettingsSignedWithRawResponse(self._resource.signed)


class AsyncUserWebhooksEvent:
    """``client.user.webhooks.event`` (async): sub-resources ``settings``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserWebhooksEventWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncUserWebhooksEventWithRawResponse(self)

    @cached_property
    def settings(self) -> AsyncUserWebhooksEventSettings:
        """``client.user.webhooks.event.settings``."""
        return AsyncUserWebhooksEventSettings(self._client)


class AsyncUserWebhooksEventWithRawResponse:
    """:class:`AsyncUserWebhooksEvent` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncUserWebhooksEvent) -> None:
        self._resource = resource

    @cached_property
    def settings(self) -> AsyncUserWebhooksEventSettingsWithRawResponse:
        return AsyncUserWebhooksEventSettingsWithRawResponse(self._resource.settings)


class AsyncUserWebhooks:
    """``client.user.webhooks`` (async): sub-resources ``event``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserWebhooksWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncUserWebhooksWithRawResponse(self)

    @cached_property
    def event(self) -> AsyncUserWebhooksEvent:
        """``client.user.webhooks.event``."""
        return AsyncUserWebhooksEvent(self._client)


class AsyncUserWebhooksWithRawResponse:
    """:class:`AsyncUserWebhooks` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncUserWebhooks) -> None:
        self._resource = resource

    @cached_property
    def event(self) -> AsyncUserWebhooksEventWithRawResponse:
        return AsyncUserWebhooksEventWithRawResponse(self._resource.event)


class AsyncUser:
    """``client.user`` (async): sub-resources ``webhooks``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncUserWithRawResponse(self)

    @cached_property
    def webhooks(self) -> AsyncUserWebhooks:
        """``client.user.webhooks``."""
        return AsyncUserWebhooks(self._client)


class AsyncUserWithRawResponse:
    """:class:`AsyncUser` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncUser) -> None:
        self._resource = resource

    @cached_property
    def webhooks(self) -> AsyncUserWebhooksWithRawResponse:
        return AsyncUserWebhooksWithRawResponse(self._resource.webhooks)
