"""Typed GitHub clients (generated from the OpenAPI document; do not edit).

``client.<resource>.<verb>(...)``: the resources are in ``resources/``, one module
each; ``client.domain.<resource>`` returns your domain objects (``domain.py``).
"""

from __future__ import annotations

from functools import cached_property

from ._base import AsyncClientBase, SyncClientBase
from ._deprecated import AsyncDeprecatedMethods, DeprecatedMethods
from ._resources import AsyncResources, Resources
from .resources import (
    AsyncChecks,
    AsyncIssues,
    AsyncPulls,
    AsyncRepos,
    Checks,
    Issues,
    Pulls,
    Repos,
)

__all__ = ["AsyncGitHubClient", "GitHubClient"]


class GitHubClient(SyncClientBase, DeprecatedMethods):
    """Synchronous GitHub client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def checks(self) -> Checks:
        """``client.checks``: ``create()``, ``get()``, ``list_for_ref()``."""
        return Checks(self)

    @cached_property
    def issues(self) -> Issues:
        """``client.issues``: ``list_for_repo()``, ``create()``, ``get()``, ``update()``."""
        return Issues(self)

    @cached_property
    def pulls(self) -> Pulls:
        """``client.pulls``: ``list()``, ``get()``."""
        return Pulls(self)

    @cached_property
    def repos(self) -> Repos:
        """``client.repos``: ``list_for_org()``, ``get()``."""
        return Repos(self)

    @cached_property
    def domain(self) -> Resources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return Resources(self)


class AsyncGitHubClient(AsyncClientBase, AsyncDeprecatedMethods):
    """Asynchronous GitHub client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def checks(self) -> AsyncChecks:
        """``client.checks``: ``create()``, ``get()``, ``list_for_ref()``."""
        return AsyncChecks(self)

    @cached_property
    def issues(self) -> AsyncIssues:
        """``client.issues``: ``list_for_repo()``, ``create()``, ``get()``, ``update()``."""
        return AsyncIssues(self)

    @cached_property
    def pulls(self) -> AsyncPulls:
        """``client.pulls``: ``list()``, ``get()``."""
        return AsyncPulls(self)

    @cached_property
    def repos(self) -> AsyncRepos:
        """``client.repos``: ``list_for_org()``, ``get()``."""
        return AsyncRepos(self)

    @cached_property
    def domain(self) -> AsyncResources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return AsyncResources(self)
