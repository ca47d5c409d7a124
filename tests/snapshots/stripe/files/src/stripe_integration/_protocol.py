"""The Stripe clients' interface as Protocols.

Generated; do not edit. Both the client and its mock satisfy the Protocol (mypy checks
the conformity in the generated tests); type your application code against it and pass
either:

- `StripeClientProtocol`:
  `StripeClient`,
  `testing.MockStripeClient`
- `AsyncStripeClientProtocol`:
  `AsyncStripeClient`,
  `testing.AsyncMockStripeClient`
"""

from __future__ import annotations

from typing import Any, Protocol

from . import _wire
from ._resources import AsyncResources, Resources
from .resources import (
    AsyncCustomers,
    AsyncEvents,
    AsyncPaymentIntents,
    AsyncRefunds,
    Customers,
    Events,
    PaymentIntents,
    Refunds,
)

__all__ = ["AsyncStripeClientProtocol", "StripeClientProtocol"]


class StripeClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def customers(self) -> Customers: ...

    @property
    def events(self) -> Events: ...

    @property
    def payment_intents(self) -> PaymentIntents: ...

    @property
    def refunds(self) -> Refunds: ...

    @property
    def domain(self) -> Resources: ...

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
    ) -> _wire.GetCustomersResponse: ...

    def post_customers(
        self, *, body: _wire.PostCustomersBody | None = None, timeout: float | None = None
    ) -> _wire.Customer: ...

    def get_customers_customer(
        self,
        *,
        customer: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer | _wire.DeletedCustomer: ...

    def post_customers_customer(
        self,
        *,
        customer: str,
        body: _wire.PostCustomersCustomerBody | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer: ...

    def delete_customers_customer(
        self, *, customer: str, body: dict[str, Any] | None = None, timeout: float | None = None
    ) -> _wire.DeletedCustomer: ...

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
    ) -> _wire.GetEventsResponse: ...

    def get_events_id(
        self,
        *,
        id_: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Event: ...

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
    ) -> _wire.GetPaymentIntentsResponse: ...

    def post_payment_intents(
        self, *, body: _wire.PostPaymentIntentsBody, timeout: float | None = None
    ) -> _wire.PaymentIntent: ...

    def get_payment_intents_intent(
        self,
        *,
        intent: str,
        body: dict[str, Any] | None = None,
        client_secret: str | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent: ...

    def post_payment_intents_intent_cancel(
        self,
        *,
        intent: str,
        body: _wire.PostPaymentIntentsIntentCancelBody | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent: ...

    def post_payment_intents_intent_confirm(
        self,
        *,
        intent: str,
        body: _wire.PostPaymentIntentsIntentConfirmBody | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent: ...

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
    ) -> _wire.GetRefundsResponse: ...

    def post_refunds(
        self, *, body: _wire.PostRefundsBody | None = None, timeout: float | None = None
    ) -> _wire.Refund: ...

    def get_refunds_refund(
        self,
        *,
        refund: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Refund: ...


class AsyncStripeClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def customers(self) -> AsyncCustomers: ...

    @property
    def events(self) -> AsyncEvents: ...

    @property
    def payment_intents(self) -> AsyncPaymentIntents: ...

    @property
    def refunds(self) -> AsyncRefunds: ...

    @property
    def domain(self) -> AsyncResources: ...

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
    ) -> _wire.GetCustomersResponse: ...

    async def post_customers(
        self, *, body: _wire.PostCustomersBody | None = None, timeout: float | None = None
    ) -> _wire.Customer: ...

    async def get_customers_customer(
        self,
        *,
        customer: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer | _wire.DeletedCustomer: ...

    async def post_customers_customer(
        self,
        *,
        customer: str,
        body: _wire.PostCustomersCustomerBody | None = None,
        timeout: float | None = None,
    ) -> _wire.Customer: ...

    async def delete_customers_customer(
        self, *, customer: str, body: dict[str, Any] | None = None, timeout: float | None = None
    ) -> _wire.DeletedCustomer: ...

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
    ) -> _wire.GetEventsResponse: ...

    async def get_events_id(
        self,
        *,
        id_: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Event: ...

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
    ) -> _wire.GetPaymentIntentsResponse: ...

    async def post_payment_intents(
        self, *, body: _wire.PostPaymentIntentsBody, timeout: float | None = None
    ) -> _wire.PaymentIntent: ...

    async def get_payment_intents_intent(
        self,
        *,
        intent: str,
        body: dict[str, Any] | None = None,
        client_secret: str | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent: ...

    async def post_payment_intents_intent_cancel(
        self,
        *,
        intent: str,
        body: _wire.PostPaymentIntentsIntentCancelBody | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent: ...

    async def post_payment_intents_intent_confirm(
        self,
        *,
        intent: str,
        body: _wire.PostPaymentIntentsIntentConfirmBody | None = None,
        timeout: float | None = None,
    ) -> _wire.PaymentIntent: ...

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
    ) -> _wire.GetRefundsResponse: ...

    async def post_refunds(
        self, *, body: _wire.PostRefundsBody | None = None, timeout: float | None = None
    ) -> _wire.Refund: ...

    async def get_refunds_refund(
        self,
        *,
        refund: str,
        body: dict[str, Any] | None = None,
        expand: list[str] | None = None,
        timeout: float | None = None,
    ) -> _wire.Refund: ...
