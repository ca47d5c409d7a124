"""Typed Stripe clients (generated from the OpenAPI document; do not edit).

``client.<resource>.<verb>(...)``: the resources are in ``resources/``, one module
each; ``client.domain.<resource>`` returns your domain objects (``domain.py``).
"""

from __future__ import annotations

from functools import cached_property

from ._base import AsyncClientBase, SyncClientBase
from ._deprecated import AsyncDeprecatedMethods, DeprecatedMethods
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

__all__ = ["AsyncStripeClient", "StripeClient"]


class StripeClient(SyncClientBase, DeprecatedMethods):
    """Synchronous Stripe client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def customers(self) -> Customers:
        """``client.customers``: ``list()``, ``create()``, ``retrieve()``, ``update()``,
        ``delete()``."""
        return Customers(self)

    @cached_property
    def events(self) -> Events:
        """``client.events``: ``list()``, ``retrieve()``."""
        return Events(self)

    @cached_property
    def payment_intents(self) -> PaymentIntents:
        """``client.payment_intents``: ``list()``, ``create()``, ``retrieve()``, ``cancel()``,
        ``confirm()``."""
        return PaymentIntents(self)

    @cached_property
    def refunds(self) -> Refunds:
        """``client.refunds``: ``list()``, ``create()``, ``retrieve()``."""
        return Refunds(self)

    @cached_property
    def domain(self) -> Resources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return Resources(self)


class AsyncStripeClient(AsyncClientBase, AsyncDeprecatedMethods):
    """Asynchronous Stripe client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def customers(self) -> AsyncCustomers:
        """``client.customers``: ``list()``, ``create()``, ``retrieve()``, ``update()``,
        ``delete()``."""
        return AsyncCustomers(self)

    @cached_property
    def events(self) -> AsyncEvents:
        """``client.events``: ``list()``, ``retrieve()``."""
        return AsyncEvents(self)

    @cached_property
    def payment_intents(self) -> AsyncPaymentIntents:
        """``client.payment_intents``: ``list()``, ``create()``, ``retrieve()``, ``cancel()``,
        ``confirm()``."""
        return AsyncPaymentIntents(self)

    @cached_property
    def refunds(self) -> AsyncRefunds:
        """``client.refunds``: ``list()``, ``create()``, ``retrieve()``."""
        return AsyncRefunds(self)

    @cached_property
    def domain(self) -> AsyncResources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return AsyncResources(self)
