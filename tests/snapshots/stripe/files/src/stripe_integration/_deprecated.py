"""The flat, operationId-named methods of the Stripe clients: deprecated (generated; do not edit).

Each one warns and names its replacement, ``client.<resource>.<verb>(...)``; they go in
the next release.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any

import msgspec

from . import _wire
from ._runtime import AsyncAPIClient, SyncAPIClient, aiter_cursor, iter_cursor

__all__ = ["AsyncDeprecatedMethods", "DeprecatedMethods"]


class DeprecatedMethods(SyncAPIClient):
    """The flat methods of :class:`StripeClient` (deprecated)."""

    def get_customers(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        timeout: float | None = None,
    ) -> _wire.GetCustomersResponse:
        """Deprecated: use ``client.customers.list()``.

        Returns a list of your customers. The customers are returned sorted by creation date,
        with the most recent customers appearing first.

        ``GET /v1/customers``
        """
        warnings.warn(
            "get_customers() is deprecated: use client.customers.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            "/v1/customers",
            params={
                "created": created,
                "email": email,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "test_clock": test_clock,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetCustomersResponse)

    def iter_get_customers(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        test_clock: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[_wire.Customer]:
        """Deprecated: use ``client.customers.iter_list()``."""
        warnings.warn(
            "iter_get_customers() is deprecated: use client.customers.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter_cursor(
            lambda _cursor: self.get_customers(
                body=body,
                created=created,
                email=email,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                test_clock=test_clock,
                timeout=timeout,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    def post_customers(
        self,
        *,
        body: _wire.PostCustomersBody | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer:
        """Deprecated: use ``client.customers.create()``.

        Creates a new customer object.

        ``POST /v1/customers``
        """
        warnings.warn(
            "post_customers() is deprecated: use client.customers.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            "/v1/customers",
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Customer)

    def get_customers_customer(
        self,
        *,
        customer: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer | _wire.DeletedCustomer:
        """Deprecated: use ``client.customers.retrieve()``.

        Retrieves a Customer object.

        ``GET /v1/customers/{customer}``
        """
        warnings.warn(
            "get_customers_customer() is deprecated: use client.customers.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            params={
                "expand": expand,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.CUSTOMER_OR_DELETED_CUSTOMER)

    def post_customers_customer(
        self,
        *,
        customer: str,
        body: _wire.PostCustomersCustomerBody | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer:
        """Deprecated: use ``client.customers.update()``.

        Updates the specified customer by setting the values of the parameters passed. Any
        parameters not provided will be left unchanged. For example, if you pass the source
        parameter, that becomes the customer’s active source (e.g., a card) to be used for all
        charges in the future. When you update a customer to a new valid card source by passing
        the source parameter: for each of the customer’s current subscriptions, if the
        subscription bills automatically and is in the `past_due` state, then the latest open
        invoice for the subscription with automatic collection enabled will be retried. This
        retry will not count as an automatic retry, and will not affect the next regularly
        scheduled payment for the invoice. Changing the default_source for a customer will not
        trigger this behavior.

        This request accepts mostly the same arguments as the customer creation call.

        ``POST /v1/customers/{customer}``
        """
        warnings.warn(
            "post_customers_customer() is deprecated: use client.customers.update()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            self._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Customer)

    def delete_customers_customer(
        self,
        *,
        customer: str,
        body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> _wire.DeletedCustomer:
        """Deprecated: use ``client.customers.delete()``.

        Permanently deletes a customer. It cannot be undone. Also immediately cancels any active
        subscriptions on the customer.

        ``DELETE /v1/customers/{customer}``
        """
        warnings.warn(
            "delete_customers_customer() is deprecated: use client.customers.delete()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "DELETE",
            self._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.DeletedCustomer)

    def get_events(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type_: str | None = None,
        types: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.GetEventsResponse:
        """Deprecated: use ``client.events.list()``.

        List events, going back up to 30 days. Each event data is rendered according to Stripe
        API version at its creation time, specified in event object
        (https://docs.stripe.com/api/events/object) `api_version` attribute (not according to
        your current Stripe API version or `Stripe-Version` header).

        ``GET /v1/events``
        """
        warnings.warn(
            "get_events() is deprecated: use client.events.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            "/v1/events",
            params={
                "created": created,
                "delivery_success": delivery_success,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type_,
                "types": types,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetEventsResponse)

    def iter_get_events(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        type_: str | None = None,
        types: list[str] | None = None,
        timeout: float | None = None,
    ) -> Iterator[_wire.Event]:
        """Deprecated: use ``client.events.iter_list()``."""
        warnings.warn(
            "iter_get_events() is deprecated: use client.events.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter_cursor(
            lambda _cursor: self.get_events(
                body=body,
                created=created,
                delivery_success=delivery_success,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                type_=type_,
                types=types,
                timeout=timeout,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    def get_events_id(
        self,
        *,
        id_: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Event:
        """Deprecated: use ``client.events.retrieve()``.

        Retrieves the details of an event. Supply the unique identifier of the event, which you
        might have received in a webhook.

        ``GET /v1/events/{id}``
        """
        warnings.warn(
            "get_events_id() is deprecated: use client.events.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/v1/events/{id}",
                {
                    "id": id_,
                },
            ),
            params={
                "expand": expand,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Event)

    def get_payment_intents(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
    ) -> _wire.GetPaymentIntentsResponse:
        """Deprecated: use ``client.payment_intents.list()``.

        Returns a list of PaymentIntents.

        ``GET /v1/payment_intents``
        """
        warnings.warn(
            "get_payment_intents() is deprecated: use client.payment_intents.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
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
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetPaymentIntentsResponse)

    def iter_get_payment_intents(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[_wire.PaymentIntent]:
        """Deprecated: use ``client.payment_intents.iter_list()``."""
        warnings.warn(
            "iter_get_payment_intents() is deprecated: use client.payment_intents.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter_cursor(
            lambda _cursor: self.get_payment_intents(
                body=body,
                created=created,
                customer=customer,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                timeout=timeout,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    def post_payment_intents(
        self,
        *,
        body: _wire.PostPaymentIntentsBody,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent:
        """Deprecated: use ``client.payment_intents.create()``.

        Creates a PaymentIntent object.

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
        warnings.warn(
            "post_payment_intents() is deprecated: use client.payment_intents.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            "/v1/payment_intents",
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PaymentIntent)

    def get_payment_intents_intent(
        self,
        *,
        intent: str,
        body: dict[str, Any] | None = None,
        client_secret: str | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent:
        """Deprecated: use ``client.payment_intents.retrieve()``.

        Retrieves the details of a PaymentIntent that has previously been created.

        You can retrieve a PaymentIntent client-side using a publishable key when the
        `client_secret` is in the query string.

        If you retrieve a PaymentIntent with a publishable key, it only returns a subset of
        properties. Refer to the payment intent object reference for more details.

        ``GET /v1/payment_intents/{intent}``
        """
        warnings.warn(
            "get_payment_intents_intent() is deprecated: use client.payment_intents.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/v1/payment_intents/{intent}",
                {
                    "intent": intent,
                },
            ),
            params={
                "client_secret": client_secret,
                "expand": expand,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PaymentIntent)

    def post_payment_intents_intent_cancel(
        self,
        *,
        intent: str,
        body: _wire.PostPaymentIntentsIntentCancelBody | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent:
        """Deprecated: use ``client.payment_intents.cancel()``.

        You can cancel a PaymentIntent object when it’s in one of these statuses:
        `requires_payment_method`, `requires_capture`, `requires_confirmation`, `requires_action`
        or, in rare cases (https://docs.stripe.com/docs/payments/intents), `processing`.

        After it’s canceled, no additional charges are made by the PaymentIntent and any
        operations on the PaymentIntent fail with an error. For PaymentIntents with a `status` of
        `requires_capture`, the remaining `amount_capturable` is automatically refunded.

        You can’t cancel the PaymentIntent for a Checkout Session. Expire the Checkout Session
        (https://docs.stripe.com/docs/api/checkout/sessions/expire) instead.

        ``POST /v1/payment_intents/{intent}/cancel``
        """
        warnings.warn(
            "post_payment_intents_intent_cancel() is deprecated: use client.payment_intents.cancel()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            self._path(
                "/v1/payment_intents/{intent}/cancel",
                {
                    "intent": intent,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PaymentIntent)

    def post_payment_intents_intent_confirm(
        self,
        *,
        intent: str,
        body: _wire.PostPaymentIntentsIntentConfirmBody | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent:
        """Deprecated: use ``client.payment_intents.confirm()``.

        Confirm that your customer intends to pay with current or provided
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
        warnings.warn(
            "post_payment_intents_intent_confirm() is deprecated: use client.payment_intents.confirm()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            self._path(
                "/v1/payment_intents/{intent}/confirm",
                {
                    "intent": intent,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PaymentIntent)

    def get_refunds(
        self,
        *,
        body: dict[str, Any] | None = None,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
    ) -> _wire.GetRefundsResponse:
        """Deprecated: use ``client.refunds.list()``.

        Returns a list of all refunds you created. We return the refunds in sorted order, with
        the most recent refunds appearing first The 10 most recent refunds are always available
        by default on the Charge object.

        ``GET /v1/refunds``
        """
        warnings.warn(
            "get_refunds() is deprecated: use client.refunds.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            "/v1/refunds",
            params={
                "charge": charge,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetRefundsResponse)

    def iter_get_refunds(
        self,
        *,
        body: dict[str, Any] | None = None,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[_wire.Refund]:
        """Deprecated: use ``client.refunds.iter_list()``."""
        warnings.warn(
            "iter_get_refunds() is deprecated: use client.refunds.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter_cursor(
            lambda _cursor: self.get_refunds(
                body=body,
                charge=charge,
                created=created,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                payment_intent=payment_intent,
                timeout=timeout,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    def post_refunds(
        self,
        *,
        body: _wire.PostRefundsBody | None = None,
        timeout: float | None = None,
    ) -> _wire.Refund:
        """Deprecated: use ``client.refunds.create()``.

        When you create a new refund, you must specify a Charge or a PaymentIntent object on
        which to create it.

        Creating a new refund will refund a charge that has previously been created but not yet
        refunded.
        Funds will be refunded to the credit or debit card that was originally charged.

        You can optionally refund only part of a charge.
        You can do so multiple times, until the entire charge has been refunded.

        Once entirely refunded, a charge can’t be refunded again.
        This method will raise an error when called on an already-refunded charge,
        or when trying to refund more money than is left on a charge.

        ``POST /v1/refunds``
        """
        warnings.warn(
            "post_refunds() is deprecated: use client.refunds.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            "/v1/refunds",
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Refund)

    def get_refunds_refund(
        self,
        *,
        refund: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Refund:
        """Deprecated: use ``client.refunds.retrieve()``.

        Retrieves the details of an existing refund.

        ``GET /v1/refunds/{refund}``
        """
        warnings.warn(
            "get_refunds_refund() is deprecated: use client.refunds.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/v1/refunds/{refund}",
                {
                    "refund": refund,
                },
            ),
            params={
                "expand": expand,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Refund)


class AsyncDeprecatedMethods(AsyncAPIClient):
    """The flat methods of :class:`AsyncStripeClient` (deprecated)."""

    async def get_customers(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        timeout: float | None = None,
    ) -> _wire.GetCustomersResponse:
        """Deprecated: use ``client.customers.list()``.

        Returns a list of your customers. The customers are returned sorted by creation date,
        with the most recent customers appearing first.

        ``GET /v1/customers``
        """
        warnings.warn(
            "get_customers() is deprecated: use client.customers.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            "/v1/customers",
            params={
                "created": created,
                "email": email,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "test_clock": test_clock,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetCustomersResponse)

    def iter_get_customers(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        test_clock: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[_wire.Customer]:
        """Deprecated: use ``client.customers.iter_list()``."""
        warnings.warn(
            "iter_get_customers() is deprecated: use client.customers.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return aiter_cursor(
            lambda _cursor: self.get_customers(
                body=body,
                created=created,
                email=email,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                test_clock=test_clock,
                timeout=timeout,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    async def post_customers(
        self,
        *,
        body: _wire.PostCustomersBody | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer:
        """Deprecated: use ``client.customers.create()``.

        Creates a new customer object.

        ``POST /v1/customers``
        """
        warnings.warn(
            "post_customers() is deprecated: use client.customers.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            "/v1/customers",
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Customer)

    async def get_customers_customer(
        self,
        *,
        customer: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer | _wire.DeletedCustomer:
        """Deprecated: use ``client.customers.retrieve()``.

        Retrieves a Customer object.

        ``GET /v1/customers/{customer}``
        """
        warnings.warn(
            "get_customers_customer() is deprecated: use client.customers.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            params={
                "expand": expand,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.CUSTOMER_OR_DELETED_CUSTOMER)

    async def post_customers_customer(
        self,
        *,
        customer: str,
        body: _wire.PostCustomersCustomerBody | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer:
        """Deprecated: use ``client.customers.update()``.

        Updates the specified customer by setting the values of the parameters passed. Any
        parameters not provided will be left unchanged. For example, if you pass the source
        parameter, that becomes the customer’s active source (e.g., a card) to be used for all
        charges in the future. When you update a customer to a new valid card source by passing
        the source parameter: for each of the customer’s current subscriptions, if the
        subscription bills automatically and is in the `past_due` state, then the latest open
        invoice for the subscription with automatic collection enabled will be retried. This
        retry will not count as an automatic retry, and will not affect the next regularly
        scheduled payment for the invoice. Changing the default_source for a customer will not
        trigger this behavior.

        This request accepts mostly the same arguments as the customer creation call.

        ``POST /v1/customers/{customer}``
        """
        warnings.warn(
            "post_customers_customer() is deprecated: use client.customers.update()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            self._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Customer)

    async def delete_customers_customer(
        self,
        *,
        customer: str,
        body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> _wire.DeletedCustomer:
        """Deprecated: use ``client.customers.delete()``.

        Permanently deletes a customer. It cannot be undone. Also immediately cancels any active
        subscriptions on the customer.

        ``DELETE /v1/customers/{customer}``
        """
        warnings.warn(
            "delete_customers_customer() is deprecated: use client.customers.delete()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "DELETE",
            self._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.DeletedCustomer)

    async def get_events(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type_: str | None = None,
        types: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.GetEventsResponse:
        """Deprecated: use ``client.events.list()``.

        List events, going back up to 30 days. Each event data is rendered according to Stripe
        API version at its creation time, specified in event object
        (https://docs.stripe.com/api/events/object) `api_version` attribute (not according to
        your current Stripe API version or `Stripe-Version` header).

        ``GET /v1/events``
        """
        warnings.warn(
            "get_events() is deprecated: use client.events.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            "/v1/events",
            params={
                "created": created,
                "delivery_success": delivery_success,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type_,
                "types": types,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetEventsResponse)

    def iter_get_events(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        type_: str | None = None,
        types: list[str] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[_wire.Event]:
        """Deprecated: use ``client.events.iter_list()``."""
        warnings.warn(
            "iter_get_events() is deprecated: use client.events.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return aiter_cursor(
            lambda _cursor: self.get_events(
                body=body,
                created=created,
                delivery_success=delivery_success,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                type_=type_,
                types=types,
                timeout=timeout,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    async def get_events_id(
        self,
        *,
        id_: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Event:
        """Deprecated: use ``client.events.retrieve()``.

        Retrieves the details of an event. Supply the unique identifier of the event, which you
        might have received in a webhook.

        ``GET /v1/events/{id}``
        """
        warnings.warn(
            "get_events_id() is deprecated: use client.events.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/v1/events/{id}",
                {
                    "id": id_,
                },
            ),
            params={
                "expand": expand,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Event)

    async def get_payment_intents(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
    ) -> _wire.GetPaymentIntentsResponse:
        """Deprecated: use ``client.payment_intents.list()``.

        Returns a list of PaymentIntents.

        ``GET /v1/payment_intents``
        """
        warnings.warn(
            "get_payment_intents() is deprecated: use client.payment_intents.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
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
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetPaymentIntentsResponse)

    def iter_get_payment_intents(
        self,
        *,
        body: dict[str, Any] | None = None,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[_wire.PaymentIntent]:
        """Deprecated: use ``client.payment_intents.iter_list()``."""
        warnings.warn(
            "iter_get_payment_intents() is deprecated: use client.payment_intents.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return aiter_cursor(
            lambda _cursor: self.get_payment_intents(
                body=body,
                created=created,
                customer=customer,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                timeout=timeout,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    async def post_payment_intents(
        self,
        *,
        body: _wire.PostPaymentIntentsBody,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent:
        """Deprecated: use ``client.payment_intents.create()``.

        Creates a PaymentIntent object.

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
        warnings.warn(
            "post_payment_intents() is deprecated: use client.payment_intents.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            "/v1/payment_intents",
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PaymentIntent)

    async def get_payment_intents_intent(
        self,
        *,
        intent: str,
        body: dict[str, Any] | None = None,
        client_secret: str | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent:
        """Deprecated: use ``client.payment_intents.retrieve()``.

        Retrieves the details of a PaymentIntent that has previously been created.

        You can retrieve a PaymentIntent client-side using a publishable key when the
        `client_secret` is in the query string.

        If you retrieve a PaymentIntent with a publishable key, it only returns a subset of
        properties. Refer to the payment intent object reference for more details.

        ``GET /v1/payment_intents/{intent}``
        """
        warnings.warn(
            "get_payment_intents_intent() is deprecated: use client.payment_intents.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/v1/payment_intents/{intent}",
                {
                    "intent": intent,
                },
            ),
            params={
                "client_secret": client_secret,
                "expand": expand,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PaymentIntent)

    async def post_payment_intents_intent_cancel(
        self,
        *,
        intent: str,
        body: _wire.PostPaymentIntentsIntentCancelBody | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent:
        """Deprecated: use ``client.payment_intents.cancel()``.

        You can cancel a PaymentIntent object when it’s in one of these statuses:
        `requires_payment_method`, `requires_capture`, `requires_confirmation`, `requires_action`
        or, in rare cases (https://docs.stripe.com/docs/payments/intents), `processing`.

        After it’s canceled, no additional charges are made by the PaymentIntent and any
        operations on the PaymentIntent fail with an error. For PaymentIntents with a `status` of
        `requires_capture`, the remaining `amount_capturable` is automatically refunded.

        You can’t cancel the PaymentIntent for a Checkout Session. Expire the Checkout Session
        (https://docs.stripe.com/docs/api/checkout/sessions/expire) instead.

        ``POST /v1/payment_intents/{intent}/cancel``
        """
        warnings.warn(
            "post_payment_intents_intent_cancel() is deprecated: use client.payment_intents.cancel()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            self._path(
                "/v1/payment_intents/{intent}/cancel",
                {
                    "intent": intent,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PaymentIntent)

    async def post_payment_intents_intent_confirm(
        self,
        *,
        intent: str,
        body: _wire.PostPaymentIntentsIntentConfirmBody | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent:
        """Deprecated: use ``client.payment_intents.confirm()``.

        Confirm that your customer intends to pay with current or provided
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
        warnings.warn(
            "post_payment_intents_intent_confirm() is deprecated: use client.payment_intents.confirm()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            self._path(
                "/v1/payment_intents/{intent}/confirm",
                {
                    "intent": intent,
                },
            ),
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PaymentIntent)

    async def get_refunds(
        self,
        *,
        body: dict[str, Any] | None = None,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
    ) -> _wire.GetRefundsResponse:
        """Deprecated: use ``client.refunds.list()``.

        Returns a list of all refunds you created. We return the refunds in sorted order, with
        the most recent refunds appearing first The 10 most recent refunds are always available
        by default on the Charge object.

        ``GET /v1/refunds``
        """
        warnings.warn(
            "get_refunds() is deprecated: use client.refunds.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            "/v1/refunds",
            params={
                "charge": charge,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetRefundsResponse)

    def iter_get_refunds(
        self,
        *,
        body: dict[str, Any] | None = None,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[_wire.Refund]:
        """Deprecated: use ``client.refunds.iter_list()``."""
        warnings.warn(
            "iter_get_refunds() is deprecated: use client.refunds.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return aiter_cursor(
            lambda _cursor: self.get_refunds(
                body=body,
                charge=charge,
                created=created,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                payment_intent=payment_intent,
                timeout=timeout,
                starting_after=_cursor,
            ),
            lambda _page: _page.data,
        )

    async def post_refunds(
        self,
        *,
        body: _wire.PostRefundsBody | None = None,
        timeout: float | None = None,
    ) -> _wire.Refund:
        """Deprecated: use ``client.refunds.create()``.

        When you create a new refund, you must specify a Charge or a PaymentIntent object on
        which to create it.

        Creating a new refund will refund a charge that has previously been created but not yet
        refunded.
        Funds will be refunded to the credit or debit card that was originally charged.

        You can optionally refund only part of a charge.
        You can do so multiple times, until the entire charge has been refunded.

        Once entirely refunded, a charge can’t be refunded again.
        This method will raise an error when called on an already-refunded charge,
        or when trying to refund more money than is left on a charge.

        ``POST /v1/refunds``
        """
        warnings.warn(
            "post_refunds() is deprecated: use client.refunds.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            "/v1/refunds",
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Refund)

    async def get_refunds_refund(
        self,
        *,
        refund: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Refund:
        """Deprecated: use ``client.refunds.retrieve()``.

        Retrieves the details of an existing refund.

        ``GET /v1/refunds/{refund}``
        """
        warnings.warn(
            "get_refunds_refund() is deprecated: use client.refunds.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/v1/refunds/{refund}",
                {
                    "refund": refund,
                },
            ),
            params={
                "expand": expand,
            },
            form=msgspec.to_builtins(body),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Refund)
