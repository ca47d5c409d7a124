"""Domain resources of the GitHub clients (generated; do not edit).

Their methods return your domain objects (`domain.py`).

Each resource decodes the response into a view of the wire model (`_views.py`) and maps
it with the mapper of the same name in `mapping.py`; the raw wire methods stay on the
client for everything else.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import Any

from . import domain, mapping
from ._runtime import AsyncAPIClient, SyncAPIClient
from .resources.issues import AsyncIssues, Issues

__all__ = [
    "AsyncResources",
    "AsyncTrackedIssuesResource",
    "Resources",
    "TrackedIssuesResource",
]


class TrackedIssuesResource:
    """``client.domain.tracked_issues``: TrackedIssue objects (domain.py).

    Mapped by ``mapping.TRACKED_ISSUE``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        owner: str,
        repo: str,
        milestone: str | None = None,
        state: str | None = None,
        assignee: str | None = None,
        type_: str | None = None,
        creator: str | None = None,
        mentioned: str | None = None,
        issue_field_values: str | None = None,
        labels: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        since: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.TrackedIssue]:
        """One page of domain objects.

        ``GET /repos/{owner}/{repo}/issues``
        """
        response = self._client._request(
            "GET",
            self._client._path("/repos/{owner}/{repo}/issues", {"owner": owner, "repo": repo}),
            params={
                "milestone": milestone,
                "state": state,
                "assignee": assignee,
                "type": type_,
                "creator": creator,
                "mentioned": mentioned,
                "issue_field_values": issue_field_values,
                "labels": labels,
                "sort": sort,
                "direction": direction,
                "since": since,
                "per_page": per_page,
                "page": page,
            },
            timeout=timeout,
        )
        items = self._client._decode(response, builtins.list[Any])
        return mapping.TRACKED_ISSUE.load_many(items)

    def iter_list(
        self,
        *,
        owner: str,
        repo: str,
        milestone: str | None = None,
        state: str | None = None,
        assignee: str | None = None,
        type_: str | None = None,
        creator: str | None = None,
        mentioned: str | None = None,
        issue_field_values: str | None = None,
        labels: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        since: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[domain.TrackedIssue]:
        """Every domain object of :meth:`list`, page after page.

        Walks ``client.issues.iter_list_for_repo()`` and maps each item.
        """
        pages = Issues(self._client).iter_list_for_repo(
            owner=owner,
            repo=repo,
            milestone=milestone,
            state=state,
            assignee=assignee,
            type=type_,
            creator=creator,
            mentioned=mentioned,
            issue_field_values=issue_field_values,
            labels=labels,
            sort=sort,
            direction=direction,
            since=since,
            per_page=per_page,
            page=page,
            timeout=timeout,
        )
        for item in pages:
            yield mapping.TRACKED_ISSUE.load(item, "$[]")


class Resources:
    """``client.domain``: the domain resources of the sync client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def tracked_issues(self) -> TrackedIssuesResource:
        """``client.domain.tracked_issues``: TrackedIssue objects."""
        return TrackedIssuesResource(self._client)


class AsyncTrackedIssuesResource:
    """``client.domain.tracked_issues``: TrackedIssue objects (domain.py).

    Mapped by ``mapping.TRACKED_ISSUE``.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        owner: str,
        repo: str,
        milestone: str | None = None,
        state: str | None = None,
        assignee: str | None = None,
        type_: str | None = None,
        creator: str | None = None,
        mentioned: str | None = None,
        issue_field_values: str | None = None,
        labels: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        since: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> builtins.list[domain.TrackedIssue]:
        """One page of domain objects.

        ``GET /repos/{owner}/{repo}/issues``
        """
        response = await self._client._request(
            "GET",
            self._client._path("/repos/{owner}/{repo}/issues", {"owner": owner, "repo": repo}),
            params={
                "milestone": milestone,
                "state": state,
                "assignee": assignee,
                "type": type_,
                "creator": creator,
                "mentioned": mentioned,
                "issue_field_values": issue_field_values,
                "labels": labels,
                "sort": sort,
                "direction": direction,
                "since": since,
                "per_page": per_page,
                "page": page,
            },
            timeout=timeout,
        )
        items = self._client._decode(response, builtins.list[Any])
        return mapping.TRACKED_ISSUE.load_many(items)

    async def iter_list(
        self,
        *,
        owner: str,
        repo: str,
        milestone: str | None = None,
        state: str | None = None,
        assignee: str | None = None,
        type_: str | None = None,
        creator: str | None = None,
        mentioned: str | None = None,
        issue_field_values: str | None = None,
        labels: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        since: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[domain.TrackedIssue]:
        """Every domain object of :meth:`list`, page after page.

        Walks ``client.issues.iter_list_for_repo()`` and maps each item.
        """
        pages = AsyncIssues(self._client).iter_list_for_repo(
            owner=owner,
            repo=repo,
            milestone=milestone,
            state=state,
            assignee=assignee,
            type=type_,
            creator=creator,
            mentioned=mentioned,
            issue_field_values=issue_field_values,
            labels=labels,
            sort=sort,
            direction=direction,
            since=since,
            per_page=per_page,
            page=page,
            timeout=timeout,
        )
        async for item in pages:
            yield mapping.TRACKED_ISSUE.load(item, "$[]")


class AsyncResources:
    """``client.domain``: the domain resources of the async client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def tracked_issues(self) -> AsyncTrackedIssuesResource:
        """``client.domain.tracked_issues``: TrackedIssue objects."""
        return AsyncTrackedIssuesResource(self._client)
