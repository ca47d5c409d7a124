"""``client.payment_intents``: the Stripe payment_intents resource (generated; do not edit)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import Any, Literal

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
    aiter_cursor,
    async_to_raw_response_wrapper,
    iter_cursor,
    to_raw_response_wrapper,
)
from .._runtime import given as _given

__all__ = [
    "AsyncPaymentIntents",
    "AsyncPaymentIntentsWithRawResponse",
    "PaymentIntents",
    "PaymentIntentsWithRawResponse",
]


class PaymentIntents:
    """``client.payment_intents``: ``list()``, ``create()``, ``retrieve()``, ``cancel()``,
    ``confirm()``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PaymentIntentsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return PaymentIntentsWithRawResponse(self)

    def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetPaymentIntentsResponse:
        """Returns a list of PaymentIntents.

        ``GET /v1/payment_intents``
        """
        _response = self._client._request(
            "GET",
            "/v1/payment_intents",
            params={
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.GetPaymentIntentsResponse)
        )

    def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.PaymentIntent]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return iter_cursor(
            lambda _cursor: self.list(
                created=created,
                customer=customer,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    def create(
        self,
        *,
        amount: int,
        currency: str,
        application_fee_amount: int | NotGiven = NOT_GIVEN,
        automatic_payment_methods: _wire.PostPaymentIntentsBodyAutomaticPaymentMethods
        | NotGiven = NOT_GIVEN,
        capture_method: Literal["automatic", "automatic_async", "manual"] | NotGiven = NOT_GIVEN,
        confirm: bool | NotGiven = NOT_GIVEN,
        confirmation_method: Literal["automatic", "manual"] | NotGiven = NOT_GIVEN,
        confirmation_token: str | NotGiven = NOT_GIVEN,
        customer: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        error_on_requires_action: bool | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        mandate: str | NotGiven = NOT_GIVEN,
        mandate_data: _wire.PostPaymentIntentsBodyMandateData | Literal[""] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        off_session: bool | Literal["one_off", "recurring"] | NotGiven = NOT_GIVEN,
        on_behalf_of: str | NotGiven = NOT_GIVEN,
        payment_method: str | NotGiven = NOT_GIVEN,
        payment_method_configuration: str | NotGiven = NOT_GIVEN,
        payment_method_data: _wire.PostPaymentIntentsBodyPaymentMethodData | NotGiven = NOT_GIVEN,
        payment_method_options: _wire.PostPaymentIntentsBodyPaymentMethodOptions
        | NotGiven = NOT_GIVEN,
        payment_method_types: builtins.list[str] | NotGiven = NOT_GIVEN,
        radar_options: _wire.PostPaymentIntentsBodyRadarOptions | NotGiven = NOT_GIVEN,
        receipt_email: str | NotGiven = NOT_GIVEN,
        return_url: str | NotGiven = NOT_GIVEN,
        setup_future_usage: Literal["off_session", "on_session"] | NotGiven = NOT_GIVEN,
        shipping: _wire.PostPaymentIntentsBodyShipping | NotGiven = NOT_GIVEN,
        statement_descriptor: str | NotGiven = NOT_GIVEN,
        statement_descriptor_suffix: str | NotGiven = NOT_GIVEN,
        transfer_data: _wire.PostPaymentIntentsBodyTransferData | NotGiven = NOT_GIVEN,
        transfer_group: str | NotGiven = NOT_GIVEN,
        use_stripe_sdk: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.PaymentIntent:
        """Creates a PaymentIntent object.

        After the PaymentIntent is created, attach a payment method and confirm
        (https://docs.stripe.com/docs/api/payment_intents/confirm)
        to continue the payment. Learn more about the available payment flows
        with the Payment Intents API (https://docs.stripe.com/docs/payments/payment-intents).

        When you use `confirm=true` during creation, it’s equivalent to creating
        and confirming the PaymentIntent in the same call. You can use any parameters
        available in the confirm API (https://docs.stripe.com/docs/api/payment_intents/confirm)
        when you supply
        `confirm=true`.

        ``POST /v1/payment_intents``
        """
        _response = self._client._request(
            "POST",
            "/v1/payment_intents",
            form=_given(
                {
                    "amount": amount,
                    "application_fee_amount": application_fee_amount,
                    "automatic_payment_methods": automatic_payment_methods,
                    "capture_method": capture_method,
                    "confirm": confirm,
                    "confirmation_method": confirmation_method,
                    "confirmation_token": confirmation_token,
                    "currency": currency,
                    "customer": customer,
                    "description": description,
                    "error_on_requires_action": error_on_requires_action,
                    "expand": expand,
                    "mandate": mandate,
                    "mandate_data": mandate_data,
                    "metadata": metadata,
                    "off_session": off_session,
                    "on_behalf_of": on_behalf_of,
                    "payment_method": payment_method,
                    "payment_method_configuration": payment_method_configuration,
                    "payment_method_data": payment_method_data,
                    "payment_method_options": payment_method_options,
                    "payment_method_types": payment_method_types,
                    "radar_options": radar_options,
                    "receipt_email": receipt_email,
                    "return_url": return_url,
                    "setup_future_usage": setup_future_usage,
                    "shipping": shipping,
                    "statement_descriptor": statement_descriptor,
                    "statement_descriptor_suffix": statement_descriptor_suffix,
                    "transfer_data": transfer_data,
                    "transfer_group": transfer_group,
                    "use_stripe_sdk": use_stripe_sdk,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PaymentIntent)
        )

    def retrieve(
        self,
        intent: str,
        *,
        client_secret: str | None = None,
        expand: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.PaymentIntent:
        """Retrieves the details of a PaymentIntent that has previously been created.

        You can retrieve a PaymentIntent client-side using a publishable key when the
        `client_secret` is in the query string.

        If you retrieve a PaymentIntent with a publishable key, it only returns a subset of
        properties. Refer to the payment intent object reference for more details.

        ``GET /v1/payment_intents/{intent}``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/v1/payment_intents/{intent}",
                {
                    "intent": intent,
                },
            ),
            params={
                "client_secret": client_secret,
                "expand": expand,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PaymentIntent)
        )

    def cancel(
        self,
        intent: str,
        *,
        cancellation_reason: Literal[
            "abandoned", "duplicate", "fraudulent", "requested_by_customer"
        ]
        | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.PaymentIntent:
        """You can cancel a PaymentIntent object when it’s in one of these statuses:
        `requires_payment_method`, `requires_capture`, `requires_confirmation`, `requires_action`
        or, in rare cases (https://docs.stripe.com/docs/payments/intents), `processing`.

        After it’s canceled, no additional charges are made by the PaymentIntent and any
        operations on the PaymentIntent fail with an error. For PaymentIntents with a `status` of
        `requires_capture`, the remaining `amount_capturable` is automatically refunded.

        You can’t cancel the PaymentIntent for a Checkout Session. Expire the Checkout Session
        (https://docs.stripe.com/docs/api/checkout/sessions/expire) instead.

        ``POST /v1/payment_intents/{intent}/cancel``
        """
        _response = self._client._request(
            "POST",
            self._client._path(
                "/v1/payment_intents/{intent}/cancel",
                {
                    "intent": intent,
                },
            ),
            form=_given(
                {
                    "cancellation_reason": cancellation_reason,
                    "expand": expand,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PaymentIntent)
        )

    def confirm(
        self,
        intent: str,
        *,
        capture_method: Literal["automatic", "automatic_async", "manual"] | NotGiven = NOT_GIVEN,
        client_secret: str | NotGiven = NOT_GIVEN,
        confirmation_token: str | NotGiven = NOT_GIVEN,
        error_on_requires_action: bool | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        mandate: str | NotGiven = NOT_GIVEN,
        mandate_data: Any | NotGiven = NOT_GIVEN,
        off_session: bool | Literal["one_off", "recurring"] | NotGiven = NOT_GIVEN,
        payment_method: str | NotGiven = NOT_GIVEN,
        payment_method_data: _wire.PostPaymentIntentsIntentConfirmBodyPaymentMethodData
        | NotGiven = NOT_GIVEN,
        payment_method_options: _wire.PostPaymentIntentsIntentConfirmBodyPaymentMethodOptions
        | NotGiven = NOT_GIVEN,
        payment_method_types: builtins.list[str] | NotGiven = NOT_GIVEN,
        radar_options: _wire.PostPaymentIntentsIntentConfirmBodyRadarOptions | NotGiven = NOT_GIVEN,
        receipt_email: str | NotGiven = NOT_GIVEN,
        return_url: str | NotGiven = NOT_GIVEN,
        setup_future_usage: Literal["", "off_session", "on_session"] | NotGiven = NOT_GIVEN,
        shipping: _wire.PostPaymentIntentsIntentConfirmBodyShipping
        | Literal[""]
        | NotGiven = NOT_GIVEN,
        use_stripe_sdk: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.PaymentIntent:
        """Confirm that your customer intends to pay with current or provided
        payment method. Upon confirmation, the PaymentIntent will attempt to initiate
        a payment.
        If the selected payment method requires additional authentication steps, the
        PaymentIntent will transition to the `requires_action` status and
        suggest additional actions via `next_action`. If payment fails,
        the PaymentIntent transitions to the `requires_payment_method` status or the
        `canceled` status if the confirmation limit is reached. If
        payment succeeds, the PaymentIntent will transition to the `succeeded`
        status (or `requires_capture`, if `capture_method` is set to `manual`).
        If the `confirmation_method` is `automatic`, payment may be attempted
        using our client SDKs
        (https://docs.stripe.com/docs/stripe-js/reference#stripe-handle-card-payment)
        and the PaymentIntent’s client_secret.
        After `next_action`s are handled by the client, no additional
        confirmation is required to complete the payment.
        If the `confirmation_method` is `manual`, all payment attempts must be
        initiated using a secret key.
        If any actions are required for the payment, the PaymentIntent will
        return to the `requires_confirmation` state
        after those actions are completed. Your server needs to then
        explicitly re-confirm the PaymentIntent to initiate the next payment
        attempt.

        ``POST /v1/payment_intents/{intent}/confirm``
        """
        _response = self._client._request(
            "POST",
            self._client._path(
                "/v1/payment_intents/{intent}/confirm",
                {
                    "intent": intent,
                },
            ),
            form=_given(
                {
                    "capture_method": capture_method,
                    "client_secret": client_secret,
                    "confirmation_token": confirmation_token,
                    "error_on_requires_action": error_on_requires_action,
                    "expand": expand,
                    "mandate": mandate,
                    "mandate_data": mandate_data,
                    "off_session": off_session,
                    "payment_method": payment_method,
                    "payment_method_data": payment_method_data,
                    "payment_method_options": payment_method_options,
                    "payment_method_types": payment_method_types,
                    "radar_options": radar_options,
                    "receipt_email": receipt_email,
                    "return_url": return_url,
                    "setup_future_usage": setup_future_usage,
                    "shipping": shipping,
                    "use_stripe_sdk": use_stripe_sdk,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PaymentIntent)
        )


class PaymentIntentsWithRawResponse:
    """:class:`PaymentIntents` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: PaymentIntents) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.confirm = to_raw_response_wrapper(resource.confirm)


class AsyncPaymentIntents:
    """``client.payment_intents`` (async): ``list()``, ``create()``, ``retrieve()``, ``cancel()``,
    ``confirm()``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPaymentIntentsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncPaymentIntentsWithRawResponse(self)

    async def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetPaymentIntentsResponse:
        """Returns a list of PaymentIntents.

        ``GET /v1/payment_intents``
        """
        _response = await self._client._request(
            "GET",
            "/v1/payment_intents",
            params={
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.GetPaymentIntentsResponse)
        )

    def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.PaymentIntent]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return aiter_cursor(
            lambda _cursor: self.list(
                created=created,
                customer=customer,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        application_fee_amount: int | NotGiven = NOT_GIVEN,
        automatic_payment_methods: _wire.PostPaymentIntentsBodyAutomaticPaymentMethods
        | NotGiven = NOT_GIVEN,
        capture_method: Literal["automatic", "automatic_async", "manual"] | NotGiven = NOT_GIVEN,
        confirm: bool | NotGiven = NOT_GIVEN,
        confirmation_method: Literal["automatic", "manual"] | NotGiven = NOT_GIVEN,
        confirmation_token: str | NotGiven = NOT_GIVEN,
        customer: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        error_on_requires_action: bool | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        mandate: str | NotGiven = NOT_GIVEN,
        mandate_data: _wire.PostPaymentIntentsBodyMandateData | Literal[""] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        off_session: bool | Literal["one_off", "recurring"] | NotGiven = NOT_GIVEN,
        on_behalf_of: str | NotGiven = NOT_GIVEN,
        payment_method: str | NotGiven = NOT_GIVEN,
        payment_method_configuration: str | NotGiven = NOT_GIVEN,
        payment_method_data: _wire.PostPaymentIntentsBodyPaymentMethodData | NotGiven = NOT_GIVEN,
        payment_method_options: _wire.PostPaymentIntentsBodyPaymentMethodOptions
        | NotGiven = NOT_GIVEN,
        payment_method_types: builtins.list[str] | NotGiven = NOT_GIVEN,
        radar_options: _wire.PostPaymentIntentsBodyRadarOptions | NotGiven = NOT_GIVEN,
        receipt_email: str | NotGiven = NOT_GIVEN,
        return_url: str | NotGiven = NOT_GIVEN,
        setup_future_usage: Literal["off_session", "on_session"] | NotGiven = NOT_GIVEN,
        shipping: _wire.PostPaymentIntentsBodyShipping | NotGiven = NOT_GIVEN,
        statement_descriptor: str | NotGiven = NOT_GIVEN,
        statement_descriptor_suffix: str | NotGiven = NOT_GIVEN,
        transfer_data: _wire.PostPaymentIntentsBodyTransferData | NotGiven = NOT_GIVEN,
        transfer_group: str | NotGiven = NOT_GIVEN,
        use_stripe_sdk: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.PaymentIntent:
        """Creates a PaymentIntent object.

        After the PaymentIntent is created, attach a payment method and confirm
        (https://docs.stripe.com/docs/api/payment_intents/confirm)
        to continue the payment. Learn more about the available payment flows
        with the Payment Intents API (https://docs.stripe.com/docs/payments/payment-intents).

        When you use `confirm=true` during creation, it’s equivalent to creating
        and confirming the PaymentIntent in the same call. You can use any parameters
        available in the confirm API (https://docs.stripe.com/docs/api/payment_intents/confirm)
        when you supply
        `confirm=true`.

        ``POST /v1/payment_intents``
        """
        _response = await self._client._request(
            "POST",
            "/v1/payment_intents",
            form=_given(
                {
                    "amount": amount,
                    "application_fee_amount": application_fee_amount,
                    "automatic_payment_methods": automatic_payment_methods,
                    "capture_method": capture_method,
                    "confirm": confirm,
                    "confirmation_method": confirmation_method,
                    "confirmation_token": confirmation_token,
                    "currency": currency,
                    "customer": customer,
                    "description": description,
                    "error_on_requires_action": error_on_requires_action,
                    "expand": expand,
                    "mandate": mandate,
                    "mandate_data": mandate_data,
                    "metadata": metadata,
                    "off_session": off_session,
                    "on_behalf_of": on_behalf_of,
                    "payment_method": payment_method,
                    "payment_method_configuration": payment_method_configuration,
                    "payment_method_data": payment_method_data,
                    "payment_method_options": payment_method_options,
                    "payment_method_types": payment_method_types,
                    "radar_options": radar_options,
                    "receipt_email": receipt_email,
                    "return_url": return_url,
                    "setup_future_usage": setup_future_usage,
                    "shipping": shipping,
                    "statement_descriptor": statement_descriptor,
                    "statement_descriptor_suffix": statement_descriptor_suffix,
                    "transfer_data": transfer_data,
                    "transfer_group": transfer_group,
                    "use_stripe_sdk": use_stripe_sdk,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PaymentIntent)
        )

    async def retrieve(
        self,
        intent: str,
        *,
        client_secret: str | None = None,
        expand: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.PaymentIntent:
        """Retrieves the details of a PaymentIntent that has previously been created.

        You can retrieve a PaymentIntent client-side using a publishable key when the
        `client_secret` is in the query string.

        If you retrieve a PaymentIntent with a publishable key, it only returns a subset of
        properties. Refer to the payment intent object reference for more details.

        ``GET /v1/payment_intents/{intent}``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/v1/payment_intents/{intent}",
                {
                    "intent": intent,
                },
            ),
            params={
                "client_secret": client_secret,
                "expand": expand,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PaymentIntent)
        )

    async def cancel(
        self,
        intent: str,
        *,
        cancellation_reason: Literal[
            "abandoned", "duplicate", "fraudulent", "requested_by_customer"
        ]
        | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.PaymentIntent:
        """You can cancel a PaymentIntent object when it’s in one of these statuses:
        `requires_payment_method`, `requires_capture`, `requires_confirmation`, `requires_action`
        or, in rare cases (https://docs.stripe.com/docs/payments/intents), `processing`.

        After it’s canceled, no additional charges are made by the PaymentIntent and any
        operations on the PaymentIntent fail with an error. For PaymentIntents with a `status` of
        `requires_capture`, the remaining `amount_capturable` is automatically refunded.

        You can’t cancel the PaymentIntent for a Checkout Session. Expire the Checkout Session
        (https://docs.stripe.com/docs/api/checkout/sessions/expire) instead.

        ``POST /v1/payment_intents/{intent}/cancel``
        """
        _response = await self._client._request(
            "POST",
            self._client._path(
                "/v1/payment_intents/{intent}/cancel",
                {
                    "intent": intent,
                },
            ),
            form=_given(
                {
                    "cancellation_reason": cancellation_reason,
                    "expand": expand,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PaymentIntent)
        )

    async def confirm(
        self,
        intent: str,
        *,
        capture_method: Literal["automatic", "automatic_async", "manual"] | NotGiven = NOT_GIVEN,
        client_secret: str | NotGiven = NOT_GIVEN,
        confirmation_token: str | NotGiven = NOT_GIVEN,
        error_on_requires_action: bool | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        mandate: str | NotGiven = NOT_GIVEN,
        mandate_data: Any | NotGiven = NOT_GIVEN,
        off_session: bool | Literal["one_off", "recurring"] | NotGiven = NOT_GIVEN,
        payment_method: str | NotGiven = NOT_GIVEN,
        payment_method_data: _wire.PostPaymentIntentsIntentConfirmBodyPaymentMethodData
        | NotGiven = NOT_GIVEN,
        payment_method_options: _wire.PostPaymentIntentsIntentConfirmBodyPaymentMethodOptions
        | NotGiven = NOT_GIVEN,
        payment_method_types: builtins.list[str] | NotGiven = NOT_GIVEN,
        radar_options: _wire.PostPaymentIntentsIntentConfirmBodyRadarOptions | NotGiven = NOT_GIVEN,
        receipt_email: str | NotGiven = NOT_GIVEN,
        return_url: str | NotGiven = NOT_GIVEN,
        setup_future_usage: Literal["", "off_session", "on_session"] | NotGiven = NOT_GIVEN,
        shipping: _wire.PostPaymentIntentsIntentConfirmBodyShipping
        | Literal[""]
        | NotGiven = NOT_GIVEN,
        use_stripe_sdk: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.PaymentIntent:
        """Confirm that your customer intends to pay with current or provided
        payment method. Upon confirmation, the PaymentIntent will attempt to initiate
        a payment.
        If the selected payment method requires additional authentication steps, the
        PaymentIntent will transition to the `requires_action` status and
        suggest additional actions via `next_action`. If payment fails,
        the PaymentIntent transitions to the `requires_payment_method` status or the
        `canceled` status if the confirmation limit is reached. If
        payment succeeds, the PaymentIntent will transition to the `succeeded`
        status (or `requires_capture`, if `capture_method` is set to `manual`).
        If the `confirmation_method` is `automatic`, payment may be attempted
        using our client SDKs
        (https://docs.stripe.com/docs/stripe-js/reference#stripe-handle-card-payment)
        and the PaymentIntent’s client_secret.
        After `next_action`s are handled by the client, no additional
        confirmation is required to complete the payment.
        If the `confirmation_method` is `manual`, all payment attempts must be
        initiated using a secret key.
        If any actions are required for the payment, the PaymentIntent will
        return to the `requires_confirmation` state
        after those actions are completed. Your server needs to then
        explicitly re-confirm the PaymentIntent to initiate the next payment
        attempt.

        ``POST /v1/payment_intents/{intent}/confirm``
        """
        _response = await self._client._request(
            "POST",
            self._client._path(
                "/v1/payment_intents/{intent}/confirm",
                {
                    "intent": intent,
                },
            ),
            form=_given(
                {
                    "capture_method": capture_method,
                    "client_secret": client_secret,
                    "confirmation_token": confirmation_token,
                    "error_on_requires_action": error_on_requires_action,
                    "expand": expand,
                    "mandate": mandate,
                    "mandate_data": mandate_data,
                    "off_session": off_session,
                    "payment_method": payment_method,
                    "payment_method_data": payment_method_data,
                    "payment_method_options": payment_method_options,
                    "payment_method_types": payment_method_types,
                    "radar_options": radar_options,
                    "receipt_email": receipt_email,
                    "return_url": return_url,
                    "setup_future_usage": setup_future_usage,
                    "shipping": shipping,
                    "use_stripe_sdk": use_stripe_sdk,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PaymentIntent)
        )


class AsyncPaymentIntentsWithRawResponse:
    """:class:`AsyncPaymentIntents` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncPaymentIntents) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.confirm = async_to_raw_response_wrapper(resource.confirm)
