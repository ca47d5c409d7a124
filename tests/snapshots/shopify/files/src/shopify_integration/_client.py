"""Typed Shopify clients (generated from the OpenAPI document; do not edit).

``client.<resource>.<verb>(...)``: the resources are in ``resources/``, one module
each; ``client.domain.<resource>`` returns your domain objects (``domain.py``).
"""

from __future__ import annotations

from functools import cached_property

from ._base import AsyncClientBase, SyncClientBase
from ._deprecated import AsyncDeprecatedMethods, DeprecatedMethods
from ._resources import AsyncResources, Resources
from .resources import (
    AsyncOrders,
    AsyncProducts,
    Orders,
    Products,
)

__all__ = ["AsyncShopifyClient", "ShopifyClient"]


class ShopifyClient(SyncClientBase, DeprecatedMethods):
    """Synchronous Shopify client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def orders(self) -> Orders:
        """``client.orders``: ``list()``, ``retrieve()``, ``cancel()``."""
        return Orders(self)

    @cached_property
    def products(self) -> Products:
        """``client.products``: ``list()``, ``create()``, ``retrieve()``, ``update()``,
        ``delete()``."""
        return Products(self)

    @cached_property
    def domain(self) -> Resources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return Resources(self)


class AsyncShopifyClient(AsyncClientBase, AsyncDeprecatedMethods):
    """Asynchronous Shopify client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def orders(self) -> AsyncOrders:
        """``client.orders``: ``list()``, ``retrieve()``, ``cancel()``."""
        return AsyncOrders(self)

    @cached_property
    def products(self) -> AsyncProducts:
        """``client.products``: ``list()``, ``create()``, ``retrieve()``, ``update()``,
        ``delete()``."""
        return AsyncProducts(self)

    @cached_property
    def domain(self) -> AsyncResources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return AsyncResources(self)
