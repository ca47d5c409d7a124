"""Typed SendGrid clients (generated from the OpenAPI document; do not edit).

``client.<resource>.<verb>(...)``: the resources are in ``resources/``, one module
each; ``client.domain.<resource>`` returns your domain objects (``domain.py``).
"""

from __future__ import annotations

from functools import cached_property

from ._base import AsyncClientBase, SyncClientBase
from ._deprecated import AsyncDeprecatedMethods, DeprecatedMethods
from ._resources import AsyncResources, Resources
from .resources import (
    AsyncMail,
    AsyncUser,
    Mail,
    User,
)

__all__ = ["AsyncSendGridClient", "SendGridClient"]


class SendGridClient(SyncClientBase, DeprecatedMethods):
    """Synchronous SendGrid client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def mail(self) -> Mail:
        """``client.mail``: sub-resources ``send``."""
        return Mail(self)

    @cached_property
    def user(self) -> User:
        """``client.user``: sub-resources ``webhooks``."""
        return User(self)

    @cached_property
    def domain(self) -> Resources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return Resources(self)


class AsyncSendGridClient(AsyncClientBase, AsyncDeprecatedMethods):
    """Asynchronous SendGrid client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def mail(self) -> AsyncMail:
        """``client.mail``: sub-resources ``send``."""
        return AsyncMail(self)

    @cached_property
    def user(self) -> AsyncUser:
        """``client.user``: sub-resources ``webhooks``."""
        return AsyncUser(self)

    @cached_property
    def domain(self) -> AsyncResources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return AsyncResources(self)
