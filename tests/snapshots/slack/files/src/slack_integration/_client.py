"""Typed Slack clients (generated from the OpenAPI document; do not edit).

``client.<resource>.<verb>(...)``: the resources are in ``resources/``, one module
each; ``client.domain.<resource>`` returns your domain objects (``domain.py``).
"""

from __future__ import annotations

from functools import cached_property

from ._base import AsyncClientBase, SyncClientBase
from ._deprecated import AsyncDeprecatedMethods, DeprecatedMethods
from ._resources import AsyncResources, Resources
from .resources import (
    AsyncChat,
    AsyncConversations,
    Chat,
    Conversations,
)

__all__ = ["AsyncSlackClient", "SlackClient"]


class SlackClient(SyncClientBase, DeprecatedMethods):
    """Synchronous Slack client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def chat(self) -> Chat:
        """``client.chat``: ``post_message()``, ``update()``."""
        return Chat(self)

    @cached_property
    def conversations(self) -> Conversations:
        """``client.conversations``: ``history()``, ``info()``, ``list()``."""
        return Conversations(self)

    @cached_property
    def domain(self) -> Resources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return Resources(self)


class AsyncSlackClient(AsyncClientBase, AsyncDeprecatedMethods):
    """Asynchronous Slack client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def chat(self) -> AsyncChat:
        """``client.chat``: ``post_message()``, ``update()``."""
        return AsyncChat(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        """``client.conversations``: ``history()``, ``info()``, ``list()``."""
        return AsyncConversations(self)

    @cached_property
    def domain(self) -> AsyncResources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return AsyncResources(self)
