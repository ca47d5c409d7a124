"""``client.refunds``: the Stripe refunds resource (generated; do not edit)."""

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
    "AsyncRefunds",
    "AsyncRefundsWithRawResponse",
    "Refunds",
    "RefundsWithRawResponse",
]


class Refunds:
    """``client.refunds``: ``list()``, ``create()``, ``retrieve()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RefundsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return RefundsWithRawResponse(self)

    def list(
        self,
        *,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetRefundsResponse:
        """Returns a list of all refunds you created. We return the refunds in sorted order, with
        the most recent refunds appearing first The 10 most recent refunds are always available
        by default on the Charge object.

        ``GET /v1/refunds``
        """
        _response = self._client._request(
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.GetRefundsResponse)
        )

    def iter_list(
        self,
        *,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.Refund]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return iter_cursor(
            lambda _cursor: self.list(
                charge=charge,
                created=created,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                payment_intent=payment_intent,
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
        amount: int | NotGiven = NOT_GIVEN,
        charge: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        customer: str | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        instructions_email: str | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | Literal[""] | NotGiven = NOT_GIVEN,
        origin: Literal["customer_balance"] | NotGiven = NOT_GIVEN,
        payment_intent: str | NotGiven = NOT_GIVEN,
        reason: Literal["duplicate", "fraudulent", "requested_by_customer"] | NotGiven = NOT_GIVEN,
        refund_application_fee: bool | NotGiven = NOT_GIVEN,
        reverse_transfer: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.Refund:
        """When you create a new refund, you must specify a Charge or a PaymentIntent object on
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
        _response = self._client._request(
            "POST",
            "/v1/refunds",
            form=_given(
                {
                    "amount": amount,
                    "charge": charge,
                    "currency": currency,
                    "customer": customer,
                    "expand": expand,
                    "instructions_email": instructions_email,
                    "metadata": metadata,
                    "origin": origin,
                    "payment_intent": payment_intent,
                    "reason": reason,
                    "refund_application_fee": refund_application_fee,
                    "reverse_transfer": reverse_transfer,
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
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Refund))

    def retrieve(
        self,
        refund: str,
        *,
        expand: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Refund:
        """Retrieves the details of an existing refund.

        ``GET /v1/refunds/{refund}``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/v1/refunds/{refund}",
                {
                    "refund": refund,
                },
            ),
            params={
                "expand": expand,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Refund))


class RefundsWithRawResponse:
    """:class:`Refunds` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Refunds) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncRefunds:
    """``client.refunds`` (async): ``list()``, ``create()``, ``retrieve()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRefundsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncRefundsWithRawResponse(self)

    async def list(
        self,
        *,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetRefundsResponse:
        """Returns a list of all refunds you created. We return the refunds in sorted order, with
        the most recent refunds appearing first The 10 most recent refunds are always available
        by default on the Charge object.

        ``GET /v1/refunds``
        """
        _response = await self._client._request(
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.GetRefundsResponse)
        )

    def iter_list(
        self,
        *,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.Refund]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return aiter_cursor(
            lambda _cursor: self.list(
                charge=charge,
                created=created,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                payment_intent=payment_intent,
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
        amount: int | NotGiven = NOT_GIVEN,
        charge: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        customer: str | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        instructions_email: str | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | Literal[""] | NotGiven = NOT_GIVEN,
        origin: Literal["customer_balance"] | NotGiven = NOT_GIVEN,
        payment_intent: str | NotGiven = NOT_GIVEN,
        reason: Literal["duplicate", "fraudulent", "requested_by_customer"] | NotGiven = NOT_GIVEN,
        refund_application_fee: bool | NotGiven = NOT_GIVEN,
        reverse_transfer: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.Refund:
        """When you create a new refund, you must specify a Charge or a PaymentIntent object on
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
        _response = await self._client._request(
            "POST",
            "/v1/refunds",
            form=_given(
                {
                    "amount": amount,
                    "charge": charge,
                    "currency": currency,
                    "customer": customer,
                    "expand": expand,
                    "instructions_email": instructions_email,
                    "metadata": metadata,
                    "origin": origin,
                    "payment_intent": payment_intent,
                    "reason": reason,
                    "refund_application_fee": refund_application_fee,
                    "reverse_transfer": reverse_transfer,
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
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Refund))

    async def retrieve(
        self,
        refund: str,
        *,
        expand: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Refund:
        """Retrieves the details of an existing refund.

        ``GET /v1/refunds/{refund}``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/v1/refunds/{refund}",
                {
                    "refund": refund,
                },
            ),
            params={
                "expand": expand,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Refund))


class AsyncRefundsWithRawResponse:
    """:class:`AsyncRefunds` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncRefunds) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
