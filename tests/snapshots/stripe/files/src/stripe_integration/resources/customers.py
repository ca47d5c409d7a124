"""``client.customers``: the Stripe customers resource (generated; do not edit)."""

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
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "Customers",
    "CustomersWithRawResponse",
]


class Customers:
    """``client.customers``: ``list()``, ``create()``, ``retrieve()``, ``update()``,
    ``delete()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return CustomersWithRawResponse(self)

    def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetCustomersResponse:
        """Returns a list of your customers. The customers are returned sorted by creation date,
        with the most recent customers appearing first.

        ``GET /v1/customers``
        """
        _response = self._client._request(
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.GetCustomersResponse)
        )

    def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        test_clock: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.Customer]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return iter_cursor(
            lambda _cursor: self.list(
                created=created,
                email=email,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                test_clock=test_clock,
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
        address: _wire.PostCustomersBodyAddress | Literal[""] | NotGiven = NOT_GIVEN,
        balance: int | NotGiven = NOT_GIVEN,
        cash_balance: _wire.PostCustomersBodyCashBalance | NotGiven = NOT_GIVEN,
        coupon: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        invoice_prefix: str | NotGiven = NOT_GIVEN,
        invoice_settings: _wire.PostCustomersBodyInvoiceSettings | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | Literal[""] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        next_invoice_sequence: int | NotGiven = NOT_GIVEN,
        payment_method: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        preferred_locales: builtins.list[str] | NotGiven = NOT_GIVEN,
        promotion_code: str | NotGiven = NOT_GIVEN,
        shipping: _wire.PostCustomersBodyShipping | Literal[""] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        tax: _wire.PostCustomersBodyTax | NotGiven = NOT_GIVEN,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | NotGiven = NOT_GIVEN,
        tax_id_data: builtins.list[_wire.PostCustomersBodyTaxIdDataItem] | NotGiven = NOT_GIVEN,
        test_clock: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.Customer:
        """Creates a new customer object.

        ``POST /v1/customers``
        """
        _response = self._client._request(
            "POST",
            "/v1/customers",
            form=_given(
                {
                    "address": address,
                    "balance": balance,
                    "cash_balance": cash_balance,
                    "coupon": coupon,
                    "description": description,
                    "email": email,
                    "expand": expand,
                    "invoice_prefix": invoice_prefix,
                    "invoice_settings": invoice_settings,
                    "metadata": metadata,
                    "name": name,
                    "next_invoice_sequence": next_invoice_sequence,
                    "payment_method": payment_method,
                    "phone": phone,
                    "preferred_locales": preferred_locales,
                    "promotion_code": promotion_code,
                    "shipping": shipping,
                    "source": source,
                    "tax": tax,
                    "tax_exempt": tax_exempt,
                    "tax_id_data": tax_id_data,
                    "test_clock": test_clock,
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
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Customer))

    def retrieve(
        self,
        customer: str,
        *,
        expand: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Customer | _wire.DeletedCustomer:
        """Retrieves a Customer object.

        ``GET /v1/customers/{customer}``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
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
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.CUSTOMER_OR_DELETED_CUSTOMER)
        )

    def update(
        self,
        customer: str,
        *,
        address: _wire.PostCustomersCustomerBodyAddress | Literal[""] | NotGiven = NOT_GIVEN,
        balance: int | NotGiven = NOT_GIVEN,
        bank_account: _wire.PostCustomersCustomerBodyBankAccount | str | NotGiven = NOT_GIVEN,
        card: _wire.PostCustomersCustomerBodyCard | str | NotGiven = NOT_GIVEN,
        cash_balance: _wire.PostCustomersCustomerBodyCashBalance | NotGiven = NOT_GIVEN,
        coupon: str | NotGiven = NOT_GIVEN,
        default_alipay_account: str | NotGiven = NOT_GIVEN,
        default_bank_account: str | NotGiven = NOT_GIVEN,
        default_card: str | NotGiven = NOT_GIVEN,
        default_source: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        invoice_prefix: str | NotGiven = NOT_GIVEN,
        invoice_settings: _wire.PostCustomersCustomerBodyInvoiceSettings | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | Literal[""] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        next_invoice_sequence: int | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        preferred_locales: builtins.list[str] | NotGiven = NOT_GIVEN,
        promotion_code: str | NotGiven = NOT_GIVEN,
        shipping: _wire.PostCustomersCustomerBodyShipping | Literal[""] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        tax: _wire.PostCustomersCustomerBodyTax | NotGiven = NOT_GIVEN,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.Customer:
        """Updates the specified customer by setting the values of the parameters passed. Any
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
        _response = self._client._request(
            "POST",
            self._client._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            form=_given(
                {
                    "address": address,
                    "balance": balance,
                    "bank_account": bank_account,
                    "card": card,
                    "cash_balance": cash_balance,
                    "coupon": coupon,
                    "default_alipay_account": default_alipay_account,
                    "default_bank_account": default_bank_account,
                    "default_card": default_card,
                    "default_source": default_source,
                    "description": description,
                    "email": email,
                    "expand": expand,
                    "invoice_prefix": invoice_prefix,
                    "invoice_settings": invoice_settings,
                    "metadata": metadata,
                    "name": name,
                    "next_invoice_sequence": next_invoice_sequence,
                    "phone": phone,
                    "preferred_locales": preferred_locales,
                    "promotion_code": promotion_code,
                    "shipping": shipping,
                    "source": source,
                    "tax": tax,
                    "tax_exempt": tax_exempt,
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
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Customer))

    def delete(
        self,
        customer: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.DeletedCustomer:
        """Permanently deletes a customer. It cannot be undone. Also immediately cancels any active
        subscriptions on the customer.

        ``DELETE /v1/customers/{customer}``
        """
        _response = self._client._request(
            "DELETE",
            self._client._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.DeletedCustomer)
        )


class CustomersWithRawResponse:
    """:class:`Customers` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Customers) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncCustomers:
    """``client.customers`` (async): ``list()``, ``create()``, ``retrieve()``, ``update()``,
    ``delete()``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncCustomersWithRawResponse(self)

    async def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.GetCustomersResponse:
        """Returns a list of your customers. The customers are returned sorted by creation date,
        with the most recent customers appearing first.

        ``GET /v1/customers``
        """
        _response = await self._client._request(
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.GetCustomersResponse)
        )

    def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        test_clock: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.Customer]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return aiter_cursor(
            lambda _cursor: self.list(
                created=created,
                email=email,
                ending_before=ending_before,
                expand=expand,
                limit=limit,
                test_clock=test_clock,
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
        address: _wire.PostCustomersBodyAddress | Literal[""] | NotGiven = NOT_GIVEN,
        balance: int | NotGiven = NOT_GIVEN,
        cash_balance: _wire.PostCustomersBodyCashBalance | NotGiven = NOT_GIVEN,
        coupon: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        invoice_prefix: str | NotGiven = NOT_GIVEN,
        invoice_settings: _wire.PostCustomersBodyInvoiceSettings | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | Literal[""] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        next_invoice_sequence: int | NotGiven = NOT_GIVEN,
        payment_method: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        preferred_locales: builtins.list[str] | NotGiven = NOT_GIVEN,
        promotion_code: str | NotGiven = NOT_GIVEN,
        shipping: _wire.PostCustomersBodyShipping | Literal[""] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        tax: _wire.PostCustomersBodyTax | NotGiven = NOT_GIVEN,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | NotGiven = NOT_GIVEN,
        tax_id_data: builtins.list[_wire.PostCustomersBodyTaxIdDataItem] | NotGiven = NOT_GIVEN,
        test_clock: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.Customer:
        """Creates a new customer object.

        ``POST /v1/customers``
        """
        _response = await self._client._request(
            "POST",
            "/v1/customers",
            form=_given(
                {
                    "address": address,
                    "balance": balance,
                    "cash_balance": cash_balance,
                    "coupon": coupon,
                    "description": description,
                    "email": email,
                    "expand": expand,
                    "invoice_prefix": invoice_prefix,
                    "invoice_settings": invoice_settings,
                    "metadata": metadata,
                    "name": name,
                    "next_invoice_sequence": next_invoice_sequence,
                    "payment_method": payment_method,
                    "phone": phone,
                    "preferred_locales": preferred_locales,
                    "promotion_code": promotion_code,
                    "shipping": shipping,
                    "source": source,
                    "tax": tax,
                    "tax_exempt": tax_exempt,
                    "tax_id_data": tax_id_data,
                    "test_clock": test_clock,
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
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Customer))

    async def retrieve(
        self,
        customer: str,
        *,
        expand: builtins.list[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Customer | _wire.DeletedCustomer:
        """Retrieves a Customer object.

        ``GET /v1/customers/{customer}``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
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
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.CUSTOMER_OR_DELETED_CUSTOMER)
        )

    async def update(
        self,
        customer: str,
        *,
        address: _wire.PostCustomersCustomerBodyAddress | Literal[""] | NotGiven = NOT_GIVEN,
        balance: int | NotGiven = NOT_GIVEN,
        bank_account: _wire.PostCustomersCustomerBodyBankAccount | str | NotGiven = NOT_GIVEN,
        card: _wire.PostCustomersCustomerBodyCard | str | NotGiven = NOT_GIVEN,
        cash_balance: _wire.PostCustomersCustomerBodyCashBalance | NotGiven = NOT_GIVEN,
        coupon: str | NotGiven = NOT_GIVEN,
        default_alipay_account: str | NotGiven = NOT_GIVEN,
        default_bank_account: str | NotGiven = NOT_GIVEN,
        default_card: str | NotGiven = NOT_GIVEN,
        default_source: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        expand: builtins.list[str] | NotGiven = NOT_GIVEN,
        invoice_prefix: str | NotGiven = NOT_GIVEN,
        invoice_settings: _wire.PostCustomersCustomerBodyInvoiceSettings | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | Literal[""] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        next_invoice_sequence: int | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        preferred_locales: builtins.list[str] | NotGiven = NOT_GIVEN,
        promotion_code: str | NotGiven = NOT_GIVEN,
        shipping: _wire.PostCustomersCustomerBodyShipping | Literal[""] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        tax: _wire.PostCustomersCustomerBodyTax | NotGiven = NOT_GIVEN,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.Customer:
        """Updates the specified customer by setting the values of the parameters passed. Any
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
        _response = await self._client._request(
            "POST",
            self._client._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            form=_given(
                {
                    "address": address,
                    "balance": balance,
                    "bank_account": bank_account,
                    "card": card,
                    "cash_balance": cash_balance,
                    "coupon": coupon,
                    "default_alipay_account": default_alipay_account,
                    "default_bank_account": default_bank_account,
                    "default_card": default_card,
                    "default_source": default_source,
                    "description": description,
                    "email": email,
                    "expand": expand,
                    "invoice_prefix": invoice_prefix,
                    "invoice_settings": invoice_settings,
                    "metadata": metadata,
                    "name": name,
                    "next_invoice_sequence": next_invoice_sequence,
                    "phone": phone,
                    "preferred_locales": preferred_locales,
                    "promotion_code": promotion_code,
                    "shipping": shipping,
                    "source": source,
                    "tax": tax,
                    "tax_exempt": tax_exempt,
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
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Customer))

    async def delete(
        self,
        customer: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
    ) -> _wire.DeletedCustomer:
        """Permanently deletes a customer. It cannot be undone. Also immediately cancels any active
        subscriptions on the customer.

        ``DELETE /v1/customers/{customer}``
        """
        _response = await self._client._request(
            "DELETE",
            self._client._path(
                "/v1/customers/{customer}",
                {
                    "customer": customer,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.DeletedCustomer)
        )


class AsyncCustomersWithRawResponse:
    """:class:`AsyncCustomers` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncCustomers) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
