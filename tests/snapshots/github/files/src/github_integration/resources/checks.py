"""``client.checks``: the GitHub checks resource (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

import httpx

from .. import _wire
from .._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    NotGiven,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._runtime import given as _given

__all__ = [
    "AsyncChecks",
    "AsyncChecksWithRawResponse",
    "Checks",
    "ChecksWithRawResponse",
]


class Checks:
    """``client.checks``: ``create()``, ``get()``, ``list_for_ref()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ChecksWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ChecksWithRawResponse(self)

    def create(
        self,
        repo: str,
        *,
        owner: str,
        name: str,
        head_sha: str,
        details_url: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        status: Literal["queued", "in_progress", "completed"] | NotGiven = NOT_GIVEN,
        started_at: str | NotGiven = NOT_GIVEN,
        conclusion: Literal[
            "action_required",
            "cancelled",
            "failure",
            "neutral",
            "success",
            "skipped",
            "stale",
            "timed_out",
        ]
        | NotGiven = NOT_GIVEN,
        completed_at: str | NotGiven = NOT_GIVEN,
        output: _wire.ChecksCreateBodyOutput | NotGiven = NOT_GIVEN,
        actions: list[_wire.ChecksCreateBodyActionsItem] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CheckRun:
        """Create a check run

        **Note:** The Checks API only looks for pushes in the repository where the check suite or
        check run were created. Pushes to a branch in a forked repository are not detected and
        return an empty `pull_requests` array.

        Creates a new check run for a specific commit in a repository. Your GitHub App must have
        the `checks:write` permission to create check runs.

        In a check suite, GitHub limits the number of check runs with the same name to 1000. Once
        these check runs exceed 1000, GitHub will start to automatically delete older check runs.

        ``POST /repos/{owner}/{repo}/check-runs``
        """
        _response = self._client._request(
            "POST",
            self._client._path(
                "/repos/{owner}/{repo}/check-runs",
                {
                    "repo": repo,
                    "owner": owner,
                },
            ),
            json=_given(
                {
                    "name": name,
                    "head_sha": head_sha,
                    "details_url": details_url,
                    "external_id": external_id,
                    "status": status,
                    "started_at": started_at,
                    "conclusion": conclusion,
                    "completed_at": completed_at,
                    "output": output,
                    "actions": actions,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.CheckRun))

    def get(
        self,
        check_run_id: int,
        *,
        owner: str,
        repo: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CheckRun:
        """Get a check run

        Gets a single check run using its `id`.

        > [!NOTE]
        > The Checks API only looks for pushes in the repository where the check suite or check
        run were created. Pushes to a branch in a forked repository are not detected and return
        an empty `pull_requests` array.

        OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this
        endpoint on a private repository.

        ``GET /repos/{owner}/{repo}/check-runs/{check_run_id}``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/check-runs/{check_run_id}",
                {
                    "check_run_id": check_run_id,
                    "owner": owner,
                    "repo": repo,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.CheckRun))

    def list_for_ref(
        self,
        ref: str,
        *,
        owner: str,
        repo: str,
        check_name: str | None = None,
        status: str | None = None,
        filter: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        app_id: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ChecksListForRefResponse:
        """List check runs for a Git reference

        Lists check runs for a commit ref. The `ref` can be a SHA, branch name, or a tag name.

        > [!NOTE]
        > The endpoints to manage checks only look for pushes in the repository where the check
        suite or check run were created. Pushes to a branch in a forked repository are not
        detected and return an empty `pull_requests` array.

        If there are more than 1000 check suites on a single git reference, this endpoint will
        limit check runs to the 1000 most recent check suites. To iterate over all possible check
        runs, use the [List check suites for a Git
        reference](https://docs.github.com/rest/reference/checks#list-check-suites-for-a-git-reference)
        endpoint and provide the `check_suite_id` parameter to the [List check runs in a check
        suite](https://docs.github.com/rest/reference/checks#list-check-runs-in-a-check-suite)
        endpoint.

        OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this
        endpoint on a private repository.

        ``GET /repos/{owner}/{repo}/commits/{ref}/check-runs``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/commits/{ref}/check-runs",
                {
                    "ref": ref,
                    "owner": owner,
                    "repo": repo,
                },
            ),
            params={
                "check_name": check_name,
                "status": status,
                "filter": filter,
                "per_page": per_page,
                "page": page,
                "app_id": app_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ChecksListForRefResponse)
        )


class ChecksWithRawResponse:
    """:class:`Checks` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Checks) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.list_for_ref = to_raw_response_wrapper(resource.list_for_ref)


class AsyncChecks:
    """``client.checks`` (async): ``create()``, ``get()``, ``list_for_ref()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncChecksWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncChecksWithRawResponse(self)

    async def create(
        self,
        repo: str,
        *,
        owner: str,
        name: str,
        head_sha: str,
        details_url: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        status: Literal["queued", "in_progress", "completed"] | NotGiven = NOT_GIVEN,
        started_at: str | NotGiven = NOT_GIVEN,
        conclusion: Literal[
            "action_required",
            "cancelled",
            "failure",
            "neutral",
            "success",
            "skipped",
            "stale",
            "timed_out",
        ]
        | NotGiven = NOT_GIVEN,
        completed_at: str | NotGiven = NOT_GIVEN,
        output: _wire.ChecksCreateBodyOutput | NotGiven = NOT_GIVEN,
        actions: list[_wire.ChecksCreateBodyActionsItem] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CheckRun:
        """Create a check run

        **Note:** The Checks API only looks for pushes in the repository where the check suite or
        check run were created. Pushes to a branch in a forked repository are not detected and
        return an empty `pull_requests` array.

        Creates a new check run for a specific commit in a repository. Your GitHub App must have
        the `checks:write` permission to create check runs.

        In a check suite, GitHub limits the number of check runs with the same name to 1000. Once
        these check runs exceed 1000, GitHub will start to automatically delete older check runs.

        ``POST /repos/{owner}/{repo}/check-runs``
        """
        _response = await self._client._request(
            "POST",
            self._client._path(
                "/repos/{owner}/{repo}/check-runs",
                {
                    "repo": repo,
                    "owner": owner,
                },
            ),
            json=_given(
                {
                    "name": name,
                    "head_sha": head_sha,
                    "details_url": details_url,
                    "external_id": external_id,
                    "status": status,
                    "started_at": started_at,
                    "conclusion": conclusion,
                    "completed_at": completed_at,
                    "output": output,
                    "actions": actions,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.CheckRun))

    async def get(
        self,
        check_run_id: int,
        *,
        owner: str,
        repo: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CheckRun:
        """Get a check run

        Gets a single check run using its `id`.

        > [!NOTE]
        > The Checks API only looks for pushes in the repository where the check suite or check
        run were created. Pushes to a branch in a forked repository are not detected and return
        an empty `pull_requests` array.

        OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this
        endpoint on a private repository.

        ``GET /repos/{owner}/{repo}/check-runs/{check_run_id}``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/check-runs/{check_run_id}",
                {
                    "check_run_id": check_run_id,
                    "owner": owner,
                    "repo": repo,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.CheckRun))

    async def list_for_ref(
        self,
        ref: str,
        *,
        owner: str,
        repo: str,
        check_name: str | None = None,
        status: str | None = None,
        filter: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        app_id: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ChecksListForRefResponse:
        """List check runs for a Git reference

        Lists check runs for a commit ref. The `ref` can be a SHA, branch name, or a tag name.

        > [!NOTE]
        > The endpoints to manage checks only look for pushes in the repository where the check
        suite or check run were created. Pushes to a branch in a forked repository are not
        detected and return an empty `pull_requests` array.

        If there are more than 1000 check suites on a single git reference, this endpoint will
        limit check runs to the 1000 most recent check suites. To iterate over all possible check
        runs, use the [List check suites for a Git
        reference](https://docs.github.com/rest/reference/checks#list-check-suites-for-a-git-reference)
        endpoint and provide the `check_suite_id` parameter to the [List check runs in a check
        suite](https://docs.github.com/rest/reference/checks#list-check-runs-in-a-check-suite)
        endpoint.

        OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this
        endpoint on a private repository.

        ``GET /repos/{owner}/{repo}/commits/{ref}/check-runs``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/commits/{ref}/check-runs",
                {
                    "ref": ref,
                    "owner": owner,
                    "repo": repo,
                },
            ),
            params={
                "check_name": check_name,
                "status": status,
                "filter": filter,
                "per_page": per_page,
                "page": page,
                "app_id": app_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ChecksListForRefResponse)
        )


class AsyncChecksWithRawResponse:
    """:class:`AsyncChecks` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncChecks) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list_for_ref = async_to_raw_response_wrapper(resource.list_for_ref)
