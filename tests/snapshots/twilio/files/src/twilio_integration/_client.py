"""Typed Twilio clients (generated from the OpenAPI document; do not edit).

``client.<resource>.<verb>(...)``: the resources are in ``resources/``, one module
each; ``client.domain.<resource>`` returns your domain objects (``domain.py``).
"""

from __future__ import annotations

from functools import cached_property

from ._base import AsyncClientBase, SyncClientBase
from ._deprecated import AsyncDeprecatedMethods, DeprecatedMethods
from ._resources import AsyncResources, Resources
from .resources import (
    AsyncCalls,
    AsyncMessages,
    Calls,
    Messages,
)

__all__ = ["AsyncTwilioClient", "TwilioClient"]


class TwilioClient(SyncClientBase, DeprecatedMethods):
    """Synchronous Twilio client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def calls(self) -> Calls:
        """``client.calls``: ``list()``, ``create()``, ``retrieve()``."""
        return Calls(self)

    @cached_property
    def messages(self) -> Messages:
        """``client.messages``: ``list()``, ``create()``, ``retrieve()``."""
        return Messages(self)

    @cached_property
    def domain(self) -> Resources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return Resources(self)


class AsyncTwilioClient(AsyncClientBase, AsyncDeprecatedMethods):
    """Asynchronous Twilio client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def calls(self) -> AsyncCalls:
        """``client.calls``: ``list()``, ``create()``, ``retrieve()``."""
        return AsyncCalls(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        """``client.messages``: ``list()``, ``create()``, ``retrieve()``."""
        return AsyncMessages(self)

    @cached_property
    def domain(self) -> AsyncResources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return AsyncResources(self)
