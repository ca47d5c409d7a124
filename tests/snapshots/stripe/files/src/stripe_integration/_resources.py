"""Domain resources of the Stripe clients (generated; do not edit).

Their methods return your domain objects (`domain.py`).

Each resource decodes the response into a view of the wire model (`_views.py`) and maps
it with the mapper of the same name in `mapping.py`; the raw wire methods stay on the
client for everything else.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import Any

from . import _views, domain, mapping
from ._runtime import AsyncAPIClient, SyncAPIClient
from .resources.customers import AsyncCustomers, Customers
from .resources.payment_intents import AsyncPaymentIntents, PaymentIntents
from .resources.refunds import AsyncRefunds, Refunds

__all__ = [
    "AsyncCustomersResource",
    "AsyncPaymentIntentsResource",
    "AsyncRefundsResource",
    "AsyncResources",
    "CustomersResource",
    "PaymentIntentsResource",
    "RefundsResource",
    "Resources",
]


class PaymentIntentsResource:
    """``client.domain.payment_intents``: Payment objects (domain.py).

    Mapped by ``mapping.PAYMENT``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Payment]:
        """One page of domain objects.

        ``GET /v1/payment_intents``
        """
        response = self._client._request(
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
            timeout=timeout,
        )
        decoded = self._client._decode(response, _views.PaymentPage)
        return mapping.PAYMENT.load_many(decoded.data, "$.data")

    def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[domain.Payment]:
        """Every domain object of :meth:`list`, page after page.

        Walks ``client.payment_intents.iter_list()`` and maps each item.
        """
        pages = PaymentIntents(self._client).iter_list(
            created=created,
            customer=customer,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            timeout=timeout,
        )
        for item in pages:
            yield mapping.PAYMENT.load(item, "$.data[]")

    def get(self, intent: str, *, timeout: float | None = None) -> domain.Payment:
        """One domain object.

        ``GET /v1/payment_intents/{intent}``
        """
        response = self._client._request(
            "GET",
            self._client._path("/v1/payment_intents/{intent}", {"intent": intent}),
            timeout=timeout,
        )
        return mapping.PAYMENT.load(self._client._decode(response, _views.PaymentView))

    def create(self, item: domain.Payment, *, timeout: float | None = None) -> domain.Payment:
        """Create ``item`` (read-only fields are not sent); returns the result.

        ``POST /v1/payment_intents``
        """
        body = mapping.PAYMENT.dump(item)
        response = self._client._request("POST", "/v1/payment_intents", form=body, timeout=timeout)
        return mapping.PAYMENT.load(self._client._decode(response, _views.PaymentView))


class CustomersResource:
    """``client.domain.customers``: Customer objects (domain.py).

    Mapped by ``mapping.CUSTOMER``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Customer]:
        """One page of domain objects.

        ``GET /v1/customers``
        """
        response = self._client._request(
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
            timeout=timeout,
        )
        decoded = self._client._decode(response, _views.CustomerPage)
        return mapping.CUSTOMER.load_many(decoded.data, "$.data")

    def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        test_clock: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[domain.Customer]:
        """Every domain object of :meth:`list`, page after page.

        Walks ``client.customers.iter_list()`` and maps each item.
        """
        pages = Customers(self._client).iter_list(
            created=created,
            email=email,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            test_clock=test_clock,
            timeout=timeout,
        )
        for item in pages:
            yield mapping.CUSTOMER.load(item, "$.data[]")

    def get(self, customer: str, *, timeout: float | None = None) -> domain.Customer:
        """One domain object.

        ``GET /v1/customers/{customer}``
        """
        response = self._client._request(
            "GET",
            self._client._path("/v1/customers/{customer}", {"customer": customer}),
            timeout=timeout,
        )
        return mapping.CUSTOMER.load(self._client._decode(response, _views.CustomerView))

    def create(self, item: domain.Customer, *, timeout: float | None = None) -> domain.Customer:
        """Create ``item`` (read-only fields are not sent); returns the result.

        ``POST /v1/customers``
        """
        body = mapping.CUSTOMER.dump(item)
        response = self._client._request("POST", "/v1/customers", form=body, timeout=timeout)
        return mapping.CUSTOMER.load(self._client._decode(response, _views.CustomerView))


class RefundsResource:
    """``client.domain.refunds``: Refund objects (domain.py).

    Mapped by ``mapping.REFUND``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Refund]:
        """One page of domain objects.

        ``GET /v1/refunds``
        """
        response = self._client._request(
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
            timeout=timeout,
        )
        decoded = self._client._decode(response, _views.RefundPage)
        return mapping.REFUND.load_many(decoded.data, "$.data")

    def iter_list(
        self,
        *,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[domain.Refund]:
        """Every domain object of :meth:`list`, page after page.

        Walks ``client.refunds.iter_list()`` and maps each item.
        """
        pages = Refunds(self._client).iter_list(
            charge=charge,
            created=created,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            payment_intent=payment_intent,
            timeout=timeout,
        )
        for item in pages:
            yield mapping.REFUND.load(item, "$.data[]")

    def get(self, refund: str, *, timeout: float | None = None) -> domain.Refund:
        """One domain object.

        ``GET /v1/refunds/{refund}``
        """
        response = self._client._request(
            "GET", self._client._path("/v1/refunds/{refund}", {"refund": refund}), timeout=timeout
        )
        return mapping.REFUND.load(self._client._decode(response, _views.RefundView))

    def create(self, item: domain.Refund, *, timeout: float | None = None) -> domain.Refund:
        """Create ``item`` (read-only fields are not sent); returns the result.

        ``POST /v1/refunds``
        """
        body = mapping.REFUND.dump(item)
        response = self._client._request("POST", "/v1/refunds", form=body, timeout=timeout)
        return mapping.REFUND.load(self._client._decode(response, _views.RefundView))


class Resources:
    """``client.domain``: the domain resources of the sync client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def payment_intents(self) -> PaymentIntentsResource:
        """``client.domain.payment_intents``: Payment objects."""
        return PaymentIntentsResource(self._client)

    @property
    def customers(self) -> CustomersResource:
        """``client.domain.customers``: Customer objects."""
        return CustomersResource(self._client)

    @property
    def refunds(self) -> RefundsResource:
        """``client.domain.refunds``: Refund objects."""
        return RefundsResource(self._client)


class AsyncPaymentIntentsResource:
    """``client.domain.payment_intents``: Payment objects (domain.py).

    Mapped by ``mapping.PAYMENT``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Payment]:
        """One page of domain objects.

        ``GET /v1/payment_intents``
        """
        response = await self._client._request(
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
            timeout=timeout,
        )
        decoded = self._client._decode(response, _views.PaymentPage)
        return mapping.PAYMENT.load_many(decoded.data, "$.data")

    async def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[domain.Payment]:
        """Every domain object of :meth:`list`, page after page.

        Walks ``client.payment_intents.iter_list()`` and maps each item.
        """
        pages = AsyncPaymentIntents(self._client).iter_list(
            created=created,
            customer=customer,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            timeout=timeout,
        )
        async for item in pages:
            yield mapping.PAYMENT.load(item, "$.data[]")

    async def get(self, intent: str, *, timeout: float | None = None) -> domain.Payment:
        """One domain object.

        ``GET /v1/payment_intents/{intent}``
        """
        response = await self._client._request(
            "GET",
            self._client._path("/v1/payment_intents/{intent}", {"intent": intent}),
            timeout=timeout,
        )
        return mapping.PAYMENT.load(self._client._decode(response, _views.PaymentView))

    async def create(self, item: domain.Payment, *, timeout: float | None = None) -> domain.Payment:
        """Create ``item`` (read-only fields are not sent); returns the result.

        ``POST /v1/payment_intents``
        """
        body = mapping.PAYMENT.dump(item)
        response = await self._client._request(
            "POST", "/v1/payment_intents", form=body, timeout=timeout
        )
        return mapping.PAYMENT.load(self._client._decode(response, _views.PaymentView))


class AsyncCustomersResource:
    """``client.domain.customers``: Customer objects (domain.py).

    Mapped by ``mapping.CUSTOMER``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Customer]:
        """One page of domain objects.

        ``GET /v1/customers``
        """
        response = await self._client._request(
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
            timeout=timeout,
        )
        decoded = self._client._decode(response, _views.CustomerPage)
        return mapping.CUSTOMER.load_many(decoded.data, "$.data")

    async def iter_list(
        self,
        *,
        created: dict[str, Any] | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        test_clock: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[domain.Customer]:
        """Every domain object of :meth:`list`, page after page.

        Walks ``client.customers.iter_list()`` and maps each item.
        """
        pages = AsyncCustomers(self._client).iter_list(
            created=created,
            email=email,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            test_clock=test_clock,
            timeout=timeout,
        )
        async for item in pages:
            yield mapping.CUSTOMER.load(item, "$.data[]")

    async def get(self, customer: str, *, timeout: float | None = None) -> domain.Customer:
        """One domain object.

        ``GET /v1/customers/{customer}``
        """
        response = await self._client._request(
            "GET",
            self._client._path("/v1/customers/{customer}", {"customer": customer}),
            timeout=timeout,
        )
        return mapping.CUSTOMER.load(self._client._decode(response, _views.CustomerView))

    async def create(
        self, item: domain.Customer, *, timeout: float | None = None
    ) -> domain.Customer:
        """Create ``item`` (read-only fields are not sent); returns the result.

        ``POST /v1/customers``
        """
        body = mapping.CUSTOMER.dump(item)
        response = await self._client._request("POST", "/v1/customers", form=body, timeout=timeout)
        return mapping.CUSTOMER.load(self._client._decode(response, _views.CustomerView))


class AsyncRefundsResource:
    """``client.domain.refunds``: Refund objects (domain.py).

    Mapped by ``mapping.REFUND``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.Refund]:
        """One page of domain objects.

        ``GET /v1/refunds``
        """
        response = await self._client._request(
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
            timeout=timeout,
        )
        decoded = self._client._decode(response, _views.RefundPage)
        return mapping.REFUND.load_many(decoded.data, "$.data")

    async def iter_list(
        self,
        *,
        charge: str | None = None,
        created: dict[str, Any] | int | None = None,
        ending_before: str | None = None,
        expand: builtins.list[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[domain.Refund]:
        """Every domain object of :meth:`list`, page after page.

        Walks ``client.refunds.iter_list()`` and maps each item.
        """
        pages = AsyncRefunds(self._client).iter_list(
            charge=charge,
            created=created,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            payment_intent=payment_intent,
            timeout=timeout,
        )
        async for item in pages:
            yield mapping.REFUND.load(item, "$.data[]")

    async def get(self, refund: str, *, timeout: float | None = None) -> domain.Refund:
        """One domain object.

        ``GET /v1/refunds/{refund}``
        """
        response = await self._client._request(
            "GET", self._client._path("/v1/refunds/{refund}", {"refund": refund}), timeout=timeout
        )
        return mapping.REFUND.load(self._client._decode(response, _views.RefundView))

    async def create(self, item: domain.Refund, *, timeout: float | None = None) -> domain.Refund:
        """Create ``item`` (read-only fields are not sent); returns the result.

        ``POST /v1/refunds``
        """
        body = mapping.REFUND.dump(item)
        response = await self._client._request("POST", "/v1/refunds", form=body, timeout=timeout)
        return mapping.REFUND.load(self._client._decode(response, _views.RefundView))


class AsyncResources:
    """``client.domain``: the domain resources of the async client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def payment_intents(self) -> AsyncPaymentIntentsResource:
        """``client.domain.payment_intents``: Payment objects."""
        return AsyncPaymentIntentsResource(self._client)

    @property
    def customers(self) -> AsyncCustomersResource:
        """``client.domain.customers``: Customer objects."""
        return AsyncCustomersResource(self._client)

    @property
    def refunds(self) -> AsyncRefundsResource:
        """``client.domain.refunds``: Refund objects."""
        return AsyncRefundsResource(self._client)
