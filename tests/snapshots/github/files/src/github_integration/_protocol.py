"""The GitHub clients' interface as Protocols.

Generated; do not edit. Both the client and its mock satisfy the Protocol (mypy checks
the conformity in the generated tests); type your application code against it and pass
either:

- `GitHubClientProtocol`:
  `GitHubClient`,
  `testing.MockGitHubClient`
- `AsyncGitHubClientProtocol`:
  `AsyncGitHubClient`,
  `testing.AsyncMockGitHubClient`
"""

from __future__ import annotations

from typing import Protocol

from . import _wire
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

__all__ = ["AsyncGitHubClientProtocol", "GitHubClientProtocol"]


class GitHubClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def checks(self) -> Checks: ...

    @property
    def issues(self) -> Issues: ...

    @property
    def pulls(self) -> Pulls: ...

    @property
    def repos(self) -> Repos: ...

    @property
    def domain(self) -> Resources: ...

    def repos_list_for_org(
        self,
        *,
        org: str,
        type_: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> list[_wire.MinimalRepository]: ...

    def repos_get(
        self, *, owner: str, repo: str, timeout: float | None = None
    ) -> _wire.FullRepository: ...

    def checks_create(
        self, *, owner: str, repo: str, body: _wire.ChecksCreateBody, timeout: float | None = None
    ) -> _wire.CheckRun: ...

    def checks_get(
        self, *, owner: str, repo: str, check_run_id: int, timeout: float | None = None
    ) -> _wire.CheckRun: ...

    def checks_list_for_ref(
        self,
        *,
        owner: str,
        repo: str,
        ref: str,
        check_name: str | None = None,
        status: str | None = None,
        filter_: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        app_id: int | None = None,
        timeout: float | None = None,
    ) -> _wire.ChecksListForRefResponse: ...

    def issues_list_for_repo(
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
    ) -> list[_wire.Issue]: ...

    def issues_create(
        self, *, owner: str, repo: str, body: _wire.IssuesCreateBody, timeout: float | None = None
    ) -> _wire.Issue: ...

    def issues_get(
        self, *, owner: str, repo: str, issue_number: int, timeout: float | None = None
    ) -> _wire.Issue: ...

    def issues_update(
        self,
        *,
        owner: str,
        repo: str,
        issue_number: int,
        body: _wire.IssuesUpdateBody | None = None,
        timeout: float | None = None,
    ) -> _wire.IssuesUpdateResponse: ...

    def pulls_list(
        self,
        *,
        owner: str,
        repo: str,
        state: str | None = None,
        head: str | None = None,
        base: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> list[_wire.PullRequestSimple]: ...

    def pulls_get(
        self, *, owner: str, repo: str, pull_number: int, timeout: float | None = None
    ) -> _wire.PullRequest: ...


class AsyncGitHubClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def checks(self) -> AsyncChecks: ...

    @property
    def issues(self) -> AsyncIssues: ...

    @property
    def pulls(self) -> AsyncPulls: ...

    @property
    def repos(self) -> AsyncRepos: ...

    @property
    def domain(self) -> AsyncResources: ...

    async def repos_list_for_org(
        self,
        *,
        org: str,
        type_: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> list[_wire.MinimalRepository]: ...

    async def repos_get(
        self, *, owner: str, repo: str, timeout: float | None = None
    ) -> _wire.FullRepository: ...

    async def checks_create(
        self, *, owner: str, repo: str, body: _wire.ChecksCreateBody, timeout: float | None = None
    ) -> _wire.CheckRun: ...

    async def checks_get(
        self, *, owner: str, repo: str, check_run_id: int, timeout: float | None = None
    ) -> _wire.CheckRun: ...

    async def checks_list_for_ref(
        self,
        *,
        owner: str,
        repo: str,
        ref: str,
        check_name: str | None = None,
        status: str | None = None,
        filter_: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        app_id: int | None = None,
        timeout: float | None = None,
    ) -> _wire.ChecksListForRefResponse: ...

    async def issues_list_for_repo(
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
    ) -> list[_wire.Issue]: ...

    async def issues_create(
        self, *, owner: str, repo: str, body: _wire.IssuesCreateBody, timeout: float | None = None
    ) -> _wire.Issue: ...

    async def issues_get(
        self, *, owner: str, repo: str, issue_number: int, timeout: float | None = None
    ) -> _wire.Issue: ...

    async def issues_update(
        self,
        *,
        owner: str,
        repo: str,
        issue_number: int,
        body: _wire.IssuesUpdateBody | None = None,
        timeout: float | None = None,
    ) -> _wire.IssuesUpdateResponse: ...

    async def pulls_list(
        self,
        *,
        owner: str,
        repo: str,
        state: str | None = None,
        head: str | None = None,
        base: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> list[_wire.PullRequestSimple]: ...

    async def pulls_get(
        self, *, owner: str, repo: str, pull_number: int, timeout: float | None = None
    ) -> _wire.PullRequest: ...
