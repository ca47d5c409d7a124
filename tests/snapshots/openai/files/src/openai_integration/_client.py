"""Typed OpenAI clients (generated from the OpenAPI document; do not edit).

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
    AsyncFiles,
    AsyncModels,
    AsyncResponses,
    Chat,
    Files,
    Models,
    Responses,
)

__all__ = ["AsyncOpenAIClient", "OpenAIClient"]


class OpenAIClient(SyncClientBase, DeprecatedMethods):
    """Synchronous OpenAI client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def chat(self) -> Chat:
        """``client.chat``: sub-resources ``completions``."""
        return Chat(self)

    @cached_property
    def files(self) -> Files:
        """``client.files``: ``list()``, ``create()``, ``retrieve()``, ``delete()``."""
        return Files(self)

    @cached_property
    def models(self) -> Models:
        """``client.models``: ``list()``, ``retrieve()``."""
        return Models(self)

    @cached_property
    def responses(self) -> Responses:
        """``client.responses``: ``create()``."""
        return Responses(self)

    @cached_property
    def domain(self) -> Resources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return Resources(self)


class AsyncOpenAIClient(AsyncClientBase, AsyncDeprecatedMethods):
    """Asynchronous OpenAI client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def chat(self) -> AsyncChat:
        """``client.chat``: sub-resources ``completions``."""
        return AsyncChat(self)

    @cached_property
    def files(self) -> AsyncFiles:
        """``client.files``: ``list()``, ``create()``, ``retrieve()``, ``delete()``."""
        return AsyncFiles(self)

    @cached_property
    def models(self) -> AsyncModels:
        """``client.models``: ``list()``, ``retrieve()``."""
        return AsyncModels(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        """``client.responses``: ``create()``."""
        return AsyncResponses(self)

    @cached_property
    def domain(self) -> AsyncResources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return AsyncResources(self)
