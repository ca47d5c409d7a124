"""The flat, operationId-named methods of the GitHub clients: deprecated (generated; do not edit).

Each one warns and names its replacement, ``client.<resource>.<verb>(...)``; they go in
the next release.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator

from . import _wire
from ._runtime import AsyncAPIClient, SyncAPIClient, aiter_link_header, iter_link_header

__all__ = ["AsyncDeprecatedMethods", "DeprecatedMethods"]


class DeprecatedMethods(SyncAPIClient):
    """The flat methods of :class:`GitHubClient` (deprecated)."""

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
    ) -> list[_wire.MinimalRepository]:
        """Deprecated: use ``client.repos.list_for_org()``.

        List organization repositories

        Lists repositories for the specified organization.

        > [!NOTE]
        > In order to see the `security_and_analysis` block for a repository you must have admin
        permissions for the repository or be an owner or security manager for the organization
        that owns the repository. For more information, see "[Managing security managers in your
        organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."

        ``GET /orgs/{org}/repos``
        """
        warnings.warn(
            "repos_list_for_org() is deprecated: use client.repos.list_for_org()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/orgs/{org}/repos",
                {
                    "org": org,
                },
            ),
            params={
                "type": type_,
                "sort": sort,
                "direction": direction,
                "per_page": per_page,
                "page": page,
            },
            timeout=timeout,
        )
        return self._decode(_response, list[_wire.MinimalRepository])

    def iter_repos_list_for_org(
        self,
        *,
        org: str,
        type_: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[_wire.MinimalRepository]:
        """Deprecated: use ``client.repos.iter_list_for_org()``."""
        warnings.warn(
            "iter_repos_list_for_org() is deprecated: use client.repos.iter_list_for_org()",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter_link_header(
            lambda _url: (
                self._request("GET", _url, timeout=timeout)
                if _url
                else self._request(
                    "GET",
                    self._path(
                        "/orgs/{org}/repos",
                        {
                            "org": org,
                        },
                    ),
                    params={
                        "type": type_,
                        "sort": sort,
                        "direction": direction,
                        "per_page": per_page,
                        "page": page,
                    },
                    timeout=timeout,
                )
            ),
            lambda _response: self._decode(_response, list[_wire.MinimalRepository]),
        )

    def repos_get(
        self,
        *,
        owner: str,
        repo: str,
        timeout: float | None = None,
    ) -> _wire.FullRepository:
        """Deprecated: use ``client.repos.get()``.

        Get a repository

        The `parent` and `source` objects are present when the repository is a fork. `parent` is
        the repository this repository was forked from, `source` is the ultimate source for the
        network.

        > [!NOTE]
        > - In order to see the `security_and_analysis` block for a repository you must have
        admin permissions for the repository or be an owner or security manager for the
        organization that owns the repository. For more information, see "[Managing security
        managers in your
        organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
        > - To view merge-related settings, you must have the `contents:read` and
        `contents:write` permissions.

        ``GET /repos/{owner}/{repo}``
        """
        warnings.warn(
            "repos_get() is deprecated: use client.repos.get()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.FullRepository)

    def checks_create(
        self,
        *,
        owner: str,
        repo: str,
        body: _wire.ChecksCreateBody,
        timeout: float | None = None,
    ) -> _wire.CheckRun:
        """Deprecated: use ``client.checks.create()``.

        Create a check run

        **Note:** The Checks API only looks for pushes in the repository where the check suite or
        check run were created. Pushes to a branch in a forked repository are not detected and
        return an empty `pull_requests` array.

        Creates a new check run for a specific commit in a repository. Your GitHub App must have
        the `checks:write` permission to create check runs.

        In a check suite, GitHub limits the number of check runs with the same name to 1000. Once
        these check runs exceed 1000, GitHub will start to automatically delete older check runs.

        ``POST /repos/{owner}/{repo}/check-runs``
        """
        warnings.warn(
            "checks_create() is deprecated: use client.checks.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            self._path(
                "/repos/{owner}/{repo}/check-runs",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.CheckRun)

    def checks_get(
        self,
        *,
        owner: str,
        repo: str,
        check_run_id: int,
        timeout: float | None = None,
    ) -> _wire.CheckRun:
        """Deprecated: use ``client.checks.get()``.

        Get a check run

        Gets a single check run using its `id`.

        > [!NOTE]
        > The Checks API only looks for pushes in the repository where the check suite or check
        run were created. Pushes to a branch in a forked repository are not detected and return
        an empty `pull_requests` array.

        OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this
        endpoint on a private repository.

        ``GET /repos/{owner}/{repo}/check-runs/{check_run_id}``
        """
        warnings.warn(
            "checks_get() is deprecated: use client.checks.get()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/check-runs/{check_run_id}",
                {
                    "owner": owner,
                    "repo": repo,
                    "check_run_id": check_run_id,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.CheckRun)

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
    ) -> _wire.ChecksListForRefResponse:
        """Deprecated: use ``client.checks.list_for_ref()``.

        List check runs for a Git reference

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
        warnings.warn(
            "checks_list_for_ref() is deprecated: use client.checks.list_for_ref()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/commits/{ref}/check-runs",
                {
                    "owner": owner,
                    "repo": repo,
                    "ref": ref,
                },
            ),
            params={
                "check_name": check_name,
                "status": status,
                "filter": filter_,
                "per_page": per_page,
                "page": page,
                "app_id": app_id,
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.ChecksListForRefResponse)

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
    ) -> list[_wire.Issue]:
        """Deprecated: use ``client.issues.list_for_repo()``.

        List repository issues

        List issues in a repository. Only open issues will be listed.

        > [!NOTE]
        > GitHub's REST API considers every pull request an issue, but not every issue is a pull
        request. For this reason, "Issues" endpoints may return both issues and pull requests in
        the response. You can identify pull requests by the `pull_request` key. Be aware that the
        `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find
        out the pull request id, use the "[List pull
        requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``GET /repos/{owner}/{repo}/issues``
        """
        warnings.warn(
            "issues_list_for_repo() is deprecated: use client.issues.list_for_repo()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/issues",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
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
        return self._decode(_response, list[_wire.Issue])

    def iter_issues_list_for_repo(
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
    ) -> Iterator[_wire.Issue]:
        """Deprecated: use ``client.issues.iter_list_for_repo()``."""
        warnings.warn(
            "iter_issues_list_for_repo() is deprecated: use client.issues.iter_list_for_repo()",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter_link_header(
            lambda _url: (
                self._request("GET", _url, timeout=timeout)
                if _url
                else self._request(
                    "GET",
                    self._path(
                        "/repos/{owner}/{repo}/issues",
                        {
                            "owner": owner,
                            "repo": repo,
                        },
                    ),
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
            ),
            lambda _response: self._decode(_response, list[_wire.Issue]),
        )

    def issues_create(
        self,
        *,
        owner: str,
        repo: str,
        body: _wire.IssuesCreateBody,
        timeout: float | None = None,
    ) -> _wire.Issue:
        """Deprecated: use ``client.issues.create()``.

        Create an issue

        Any user with pull access to a repository can create an issue. If [issues are disabled in
        the repository](https://docs.github.com/articles/disabling-issues/), the API returns a
        `410 Gone` status.

        This endpoint triggers
        [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications).
        Creating content too quickly using this endpoint may result in secondary rate limiting.
        For more information, see "[Rate limits for the
        API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)"
        and "[Best practices for using the REST
        API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``POST /repos/{owner}/{repo}/issues``
        """
        warnings.warn(
            "issues_create() is deprecated: use client.issues.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            self._path(
                "/repos/{owner}/{repo}/issues",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.Issue)

    def issues_get(
        self,
        *,
        owner: str,
        repo: str,
        issue_number: int,
        timeout: float | None = None,
    ) -> _wire.Issue:
        """Deprecated: use ``client.issues.get()``.

        Get an issue

        The API returns a [`301 Moved Permanently`
        status](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects)
        if the issue was
        [transferred](https://docs.github.com/articles/transferring-an-issue-to-another-repository/)
        to another repository. If
        the issue was transferred to or deleted from a repository where the authenticated user
        lacks read access, the API
        returns a `404 Not Found` status. If the issue was deleted from a repository where the
        authenticated user has read
        access, the API returns a `410 Gone` status. To receive webhook events for transferred
        and deleted issues, subscribe
        to the [`issues`](https://docs.github.com/webhooks/event-payloads/#issues) webhook.

        > [!NOTE]
        > GitHub's REST API considers every pull request an issue, but not every issue is a pull
        request. For this reason, "Issues" endpoints may return both issues and pull requests in
        the response. You can identify pull requests by the `pull_request` key. Be aware that the
        `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find
        out the pull request id, use the "[List pull
        requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``GET /repos/{owner}/{repo}/issues/{issue_number}``
        """
        warnings.warn(
            "issues_get() is deprecated: use client.issues.get()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                {
                    "owner": owner,
                    "repo": repo,
                    "issue_number": issue_number,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Issue)

    def issues_update(
        self,
        *,
        owner: str,
        repo: str,
        issue_number: int,
        body: _wire.IssuesUpdateBody | None = None,
        timeout: float | None = None,
    ) -> _wire.IssuesUpdateResponse:
        """Deprecated: use ``client.issues.update()``.

        Update an issue

        Issue owners and users with push access or Triage role can edit an issue.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``PATCH /repos/{owner}/{repo}/issues/{issue_number}``
        """
        warnings.warn(
            "issues_update() is deprecated: use client.issues.update()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "PATCH",
            self._path(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                {
                    "owner": owner,
                    "repo": repo,
                    "issue_number": issue_number,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.IssuesUpdateResponse)

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
    ) -> list[_wire.PullRequestSimple]:
        """Deprecated: use ``client.pulls.list()``.

        List pull requests

        Lists pull requests in a specified repository.

        Draft pull requests are available in public repositories with GitHub
        Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing
        plans, and in public and private repositories with GitHub Team and GitHub Enterprise
        Cloud. For more information, see [GitHub's
        products](https://docs.github.com/github/getting-started-with-github/githubs-products)
        in the GitHub Help documentation.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``GET /repos/{owner}/{repo}/pulls``
        """
        warnings.warn(
            "pulls_list() is deprecated: use client.pulls.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/pulls",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
            params={
                "state": state,
                "head": head,
                "base": base,
                "sort": sort,
                "direction": direction,
                "per_page": per_page,
                "page": page,
            },
            timeout=timeout,
        )
        return self._decode(_response, list[_wire.PullRequestSimple])

    def iter_pulls_list(
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
    ) -> Iterator[_wire.PullRequestSimple]:
        """Deprecated: use ``client.pulls.iter_list()``."""
        warnings.warn(
            "iter_pulls_list() is deprecated: use client.pulls.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter_link_header(
            lambda _url: (
                self._request("GET", _url, timeout=timeout)
                if _url
                else self._request(
                    "GET",
                    self._path(
                        "/repos/{owner}/{repo}/pulls",
                        {
                            "owner": owner,
                            "repo": repo,
                        },
                    ),
                    params={
                        "state": state,
                        "head": head,
                        "base": base,
                        "sort": sort,
                        "direction": direction,
                        "per_page": per_page,
                        "page": page,
                    },
                    timeout=timeout,
                )
            ),
            lambda _response: self._decode(_response, list[_wire.PullRequestSimple]),
        )

    def pulls_get(
        self,
        *,
        owner: str,
        repo: str,
        pull_number: int,
        timeout: float | None = None,
    ) -> _wire.PullRequest:
        """Deprecated: use ``client.pulls.get()``.

        Get a pull request

        Draft pull requests are available in public repositories with GitHub Free and GitHub Free
        for organizations, GitHub Pro, and legacy per-repository billing plans, and in public and
        private repositories with GitHub Team and GitHub Enterprise Cloud. For more information,
        see [GitHub's
        products](https://docs.github.com/github/getting-started-with-github/githubs-products) in
        the GitHub Help documentation.

        Lists details of a pull request by providing its number.

        When you get, [create](https://docs.github.com/rest/pulls/pulls/#create-a-pull-request),
        or [edit](https://docs.github.com/rest/pulls/pulls#update-a-pull-request) a pull request,
        GitHub creates a merge commit to test whether the pull request can be automatically
        merged into the base branch. This test commit is not added to the base branch or the head
        branch. You can review the status of the test commit using the `mergeable` key. For more
        information, see "[Checking mergeability of pull
        requests](https://docs.github.com/rest/guides/getting-started-with-the-git-database-api#checking-mergeability-of-pull-requests)".

        The value of the `mergeable` attribute can be `true`, `false`, or `null`. If the value is
        `null`, then GitHub has started a background job to compute the mergeability. After
        giving the job time to complete, resubmit the request. When the job finishes, you will
        see a non-`null` value for the `mergeable` attribute in the response. If `mergeable` is
        `true`, then `merge_commit_sha` will be the SHA of the _test_ merge commit.

        The value of the `merge_commit_sha` attribute changes depending on the state of the pull
        request. Before merging a pull request, the `merge_commit_sha` attribute holds the SHA of
        the _test_ merge commit. After merging a pull request, the `merge_commit_sha` attribute
        changes depending on how you merged the pull request:

        *   If merged as a [merge
        commit](https://docs.github.com/articles/about-merge-methods-on-github/),
        `merge_commit_sha` represents the SHA of the merge commit.
        *   If merged via a
        [squash](https://docs.github.com/articles/about-merge-methods-on-github/#squashing-your-merge-commits),
        `merge_commit_sha` represents the SHA of the squashed commit on the base branch.
        *   If
        [rebased](https://docs.github.com/articles/about-merge-methods-on-github/#rebasing-and-merging-your-commits),
        `merge_commit_sha` represents the commit that the base branch was updated to.

        Pass the appropriate [media
        type](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)
        to fetch diff and patch formats.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.
        - **`application/vnd.github.diff`**: For more information, see
        "[git-diff](https://git-scm.com/docs/git-diff)" in the Git documentation. If a diff is
        corrupt, contact us through the [GitHub Support portal](https://support.github.com/).
        Include the repository name and pull request ID in your message.

        ``GET /repos/{owner}/{repo}/pulls/{pull_number}``
        """
        warnings.warn(
            "pulls_get() is deprecated: use client.pulls.get()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/pulls/{pull_number}",
                {
                    "owner": owner,
                    "repo": repo,
                    "pull_number": pull_number,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PullRequest)


class AsyncDeprecatedMethods(AsyncAPIClient):
    """The flat methods of :class:`AsyncGitHubClient` (deprecated)."""

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
    ) -> list[_wire.MinimalRepository]:
        """Deprecated: use ``client.repos.list_for_org()``.

        List organization repositories

        Lists repositories for the specified organization.

        > [!NOTE]
        > In order to see the `security_and_analysis` block for a repository you must have admin
        permissions for the repository or be an owner or security manager for the organization
        that owns the repository. For more information, see "[Managing security managers in your
        organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."

        ``GET /orgs/{org}/repos``
        """
        warnings.warn(
            "repos_list_for_org() is deprecated: use client.repos.list_for_org()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/orgs/{org}/repos",
                {
                    "org": org,
                },
            ),
            params={
                "type": type_,
                "sort": sort,
                "direction": direction,
                "per_page": per_page,
                "page": page,
            },
            timeout=timeout,
        )
        return self._decode(_response, list[_wire.MinimalRepository])

    def iter_repos_list_for_org(
        self,
        *,
        org: str,
        type_: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[_wire.MinimalRepository]:
        """Deprecated: use ``client.repos.iter_list_for_org()``."""
        warnings.warn(
            "iter_repos_list_for_org() is deprecated: use client.repos.iter_list_for_org()",
            DeprecationWarning,
            stacklevel=2,
        )
        return aiter_link_header(
            lambda _url: (
                self._request("GET", _url, timeout=timeout)
                if _url
                else self._request(
                    "GET",
                    self._path(
                        "/orgs/{org}/repos",
                        {
                            "org": org,
                        },
                    ),
                    params={
                        "type": type_,
                        "sort": sort,
                        "direction": direction,
                        "per_page": per_page,
                        "page": page,
                    },
                    timeout=timeout,
                )
            ),
            lambda _response: self._decode(_response, list[_wire.MinimalRepository]),
        )

    async def repos_get(
        self,
        *,
        owner: str,
        repo: str,
        timeout: float | None = None,
    ) -> _wire.FullRepository:
        """Deprecated: use ``client.repos.get()``.

        Get a repository

        The `parent` and `source` objects are present when the repository is a fork. `parent` is
        the repository this repository was forked from, `source` is the ultimate source for the
        network.

        > [!NOTE]
        > - In order to see the `security_and_analysis` block for a repository you must have
        admin permissions for the repository or be an owner or security manager for the
        organization that owns the repository. For more information, see "[Managing security
        managers in your
        organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
        > - To view merge-related settings, you must have the `contents:read` and
        `contents:write` permissions.

        ``GET /repos/{owner}/{repo}``
        """
        warnings.warn(
            "repos_get() is deprecated: use client.repos.get()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.FullRepository)

    async def checks_create(
        self,
        *,
        owner: str,
        repo: str,
        body: _wire.ChecksCreateBody,
        timeout: float | None = None,
    ) -> _wire.CheckRun:
        """Deprecated: use ``client.checks.create()``.

        Create a check run

        **Note:** The Checks API only looks for pushes in the repository where the check suite or
        check run were created. Pushes to a branch in a forked repository are not detected and
        return an empty `pull_requests` array.

        Creates a new check run for a specific commit in a repository. Your GitHub App must have
        the `checks:write` permission to create check runs.

        In a check suite, GitHub limits the number of check runs with the same name to 1000. Once
        these check runs exceed 1000, GitHub will start to automatically delete older check runs.

        ``POST /repos/{owner}/{repo}/check-runs``
        """
        warnings.warn(
            "checks_create() is deprecated: use client.checks.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            self._path(
                "/repos/{owner}/{repo}/check-runs",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.CheckRun)

    async def checks_get(
        self,
        *,
        owner: str,
        repo: str,
        check_run_id: int,
        timeout: float | None = None,
    ) -> _wire.CheckRun:
        """Deprecated: use ``client.checks.get()``.

        Get a check run

        Gets a single check run using its `id`.

        > [!NOTE]
        > The Checks API only looks for pushes in the repository where the check suite or check
        run were created. Pushes to a branch in a forked repository are not detected and return
        an empty `pull_requests` array.

        OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this
        endpoint on a private repository.

        ``GET /repos/{owner}/{repo}/check-runs/{check_run_id}``
        """
        warnings.warn(
            "checks_get() is deprecated: use client.checks.get()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/check-runs/{check_run_id}",
                {
                    "owner": owner,
                    "repo": repo,
                    "check_run_id": check_run_id,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.CheckRun)

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
    ) -> _wire.ChecksListForRefResponse:
        """Deprecated: use ``client.checks.list_for_ref()``.

        List check runs for a Git reference

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
        warnings.warn(
            "checks_list_for_ref() is deprecated: use client.checks.list_for_ref()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/commits/{ref}/check-runs",
                {
                    "owner": owner,
                    "repo": repo,
                    "ref": ref,
                },
            ),
            params={
                "check_name": check_name,
                "status": status,
                "filter": filter_,
                "per_page": per_page,
                "page": page,
                "app_id": app_id,
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.ChecksListForRefResponse)

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
    ) -> list[_wire.Issue]:
        """Deprecated: use ``client.issues.list_for_repo()``.

        List repository issues

        List issues in a repository. Only open issues will be listed.

        > [!NOTE]
        > GitHub's REST API considers every pull request an issue, but not every issue is a pull
        request. For this reason, "Issues" endpoints may return both issues and pull requests in
        the response. You can identify pull requests by the `pull_request` key. Be aware that the
        `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find
        out the pull request id, use the "[List pull
        requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``GET /repos/{owner}/{repo}/issues``
        """
        warnings.warn(
            "issues_list_for_repo() is deprecated: use client.issues.list_for_repo()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/issues",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
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
        return self._decode(_response, list[_wire.Issue])

    def iter_issues_list_for_repo(
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
    ) -> AsyncIterator[_wire.Issue]:
        """Deprecated: use ``client.issues.iter_list_for_repo()``."""
        warnings.warn(
            "iter_issues_list_for_repo() is deprecated: use client.issues.iter_list_for_repo()",
            DeprecationWarning,
            stacklevel=2,
        )
        return aiter_link_header(
            lambda _url: (
                self._request("GET", _url, timeout=timeout)
                if _url
                else self._request(
                    "GET",
                    self._path(
                        "/repos/{owner}/{repo}/issues",
                        {
                            "owner": owner,
                            "repo": repo,
                        },
                    ),
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
            ),
            lambda _response: self._decode(_response, list[_wire.Issue]),
        )

    async def issues_create(
        self,
        *,
        owner: str,
        repo: str,
        body: _wire.IssuesCreateBody,
        timeout: float | None = None,
    ) -> _wire.Issue:
        """Deprecated: use ``client.issues.create()``.

        Create an issue

        Any user with pull access to a repository can create an issue. If [issues are disabled in
        the repository](https://docs.github.com/articles/disabling-issues/), the API returns a
        `410 Gone` status.

        This endpoint triggers
        [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications).
        Creating content too quickly using this endpoint may result in secondary rate limiting.
        For more information, see "[Rate limits for the
        API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)"
        and "[Best practices for using the REST
        API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``POST /repos/{owner}/{repo}/issues``
        """
        warnings.warn(
            "issues_create() is deprecated: use client.issues.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            self._path(
                "/repos/{owner}/{repo}/issues",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.Issue)

    async def issues_get(
        self,
        *,
        owner: str,
        repo: str,
        issue_number: int,
        timeout: float | None = None,
    ) -> _wire.Issue:
        """Deprecated: use ``client.issues.get()``.

        Get an issue

        The API returns a [`301 Moved Permanently`
        status](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects)
        if the issue was
        [transferred](https://docs.github.com/articles/transferring-an-issue-to-another-repository/)
        to another repository. If
        the issue was transferred to or deleted from a repository where the authenticated user
        lacks read access, the API
        returns a `404 Not Found` status. If the issue was deleted from a repository where the
        authenticated user has read
        access, the API returns a `410 Gone` status. To receive webhook events for transferred
        and deleted issues, subscribe
        to the [`issues`](https://docs.github.com/webhooks/event-payloads/#issues) webhook.

        > [!NOTE]
        > GitHub's REST API considers every pull request an issue, but not every issue is a pull
        request. For this reason, "Issues" endpoints may return both issues and pull requests in
        the response. You can identify pull requests by the `pull_request` key. Be aware that the
        `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find
        out the pull request id, use the "[List pull
        requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``GET /repos/{owner}/{repo}/issues/{issue_number}``
        """
        warnings.warn(
            "issues_get() is deprecated: use client.issues.get()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                {
                    "owner": owner,
                    "repo": repo,
                    "issue_number": issue_number,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Issue)

    async def issues_update(
        self,
        *,
        owner: str,
        repo: str,
        issue_number: int,
        body: _wire.IssuesUpdateBody | None = None,
        timeout: float | None = None,
    ) -> _wire.IssuesUpdateResponse:
        """Deprecated: use ``client.issues.update()``.

        Update an issue

        Issue owners and users with push access or Triage role can edit an issue.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``PATCH /repos/{owner}/{repo}/issues/{issue_number}``
        """
        warnings.warn(
            "issues_update() is deprecated: use client.issues.update()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "PATCH",
            self._path(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                {
                    "owner": owner,
                    "repo": repo,
                    "issue_number": issue_number,
                },
            ),
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.IssuesUpdateResponse)

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
    ) -> list[_wire.PullRequestSimple]:
        """Deprecated: use ``client.pulls.list()``.

        List pull requests

        Lists pull requests in a specified repository.

        Draft pull requests are available in public repositories with GitHub
        Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing
        plans, and in public and private repositories with GitHub Team and GitHub Enterprise
        Cloud. For more information, see [GitHub's
        products](https://docs.github.com/github/getting-started-with-github/githubs-products)
        in the GitHub Help documentation.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.

        ``GET /repos/{owner}/{repo}/pulls``
        """
        warnings.warn(
            "pulls_list() is deprecated: use client.pulls.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/pulls",
                {
                    "owner": owner,
                    "repo": repo,
                },
            ),
            params={
                "state": state,
                "head": head,
                "base": base,
                "sort": sort,
                "direction": direction,
                "per_page": per_page,
                "page": page,
            },
            timeout=timeout,
        )
        return self._decode(_response, list[_wire.PullRequestSimple])

    def iter_pulls_list(
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
    ) -> AsyncIterator[_wire.PullRequestSimple]:
        """Deprecated: use ``client.pulls.iter_list()``."""
        warnings.warn(
            "iter_pulls_list() is deprecated: use client.pulls.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return aiter_link_header(
            lambda _url: (
                self._request("GET", _url, timeout=timeout)
                if _url
                else self._request(
                    "GET",
                    self._path(
                        "/repos/{owner}/{repo}/pulls",
                        {
                            "owner": owner,
                            "repo": repo,
                        },
                    ),
                    params={
                        "state": state,
                        "head": head,
                        "base": base,
                        "sort": sort,
                        "direction": direction,
                        "per_page": per_page,
                        "page": page,
                    },
                    timeout=timeout,
                )
            ),
            lambda _response: self._decode(_response, list[_wire.PullRequestSimple]),
        )

    async def pulls_get(
        self,
        *,
        owner: str,
        repo: str,
        pull_number: int,
        timeout: float | None = None,
    ) -> _wire.PullRequest:
        """Deprecated: use ``client.pulls.get()``.

        Get a pull request

        Draft pull requests are available in public repositories with GitHub Free and GitHub Free
        for organizations, GitHub Pro, and legacy per-repository billing plans, and in public and
        private repositories with GitHub Team and GitHub Enterprise Cloud. For more information,
        see [GitHub's
        products](https://docs.github.com/github/getting-started-with-github/githubs-products) in
        the GitHub Help documentation.

        Lists details of a pull request by providing its number.

        When you get, [create](https://docs.github.com/rest/pulls/pulls/#create-a-pull-request),
        or [edit](https://docs.github.com/rest/pulls/pulls#update-a-pull-request) a pull request,
        GitHub creates a merge commit to test whether the pull request can be automatically
        merged into the base branch. This test commit is not added to the base branch or the head
        branch. You can review the status of the test commit using the `mergeable` key. For more
        information, see "[Checking mergeability of pull
        requests](https://docs.github.com/rest/guides/getting-started-with-the-git-database-api#checking-mergeability-of-pull-requests)".

        The value of the `mergeable` attribute can be `true`, `false`, or `null`. If the value is
        `null`, then GitHub has started a background job to compute the mergeability. After
        giving the job time to complete, resubmit the request. When the job finishes, you will
        see a non-`null` value for the `mergeable` attribute in the response. If `mergeable` is
        `true`, then `merge_commit_sha` will be the SHA of the _test_ merge commit.

        The value of the `merge_commit_sha` attribute changes depending on the state of the pull
        request. Before merging a pull request, the `merge_commit_sha` attribute holds the SHA of
        the _test_ merge commit. After merging a pull request, the `merge_commit_sha` attribute
        changes depending on how you merged the pull request:

        *   If merged as a [merge
        commit](https://docs.github.com/articles/about-merge-methods-on-github/),
        `merge_commit_sha` represents the SHA of the merge commit.
        *   If merged via a
        [squash](https://docs.github.com/articles/about-merge-methods-on-github/#squashing-your-merge-commits),
        `merge_commit_sha` represents the SHA of the squashed commit on the base branch.
        *   If
        [rebased](https://docs.github.com/articles/about-merge-methods-on-github/#rebasing-and-merging-your-commits),
        `merge_commit_sha` represents the commit that the base branch was updated to.

        Pass the appropriate [media
        type](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)
        to fetch diff and patch formats.

        This endpoint supports the following custom media types. For more information, see
        "[Media
        types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."

        - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will
        include `body`. This is the default if you do not pass any specific media type.
        - **`application/vnd.github.text+json`**: Returns a text only representation of the
        markdown body. Response will include `body_text`.
        - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown.
        Response will include `body_html`.
        - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations.
        Response will include `body`, `body_text`, and `body_html`.
        - **`application/vnd.github.diff`**: For more information, see
        "[git-diff](https://git-scm.com/docs/git-diff)" in the Git documentation. If a diff is
        corrupt, contact us through the [GitHub Support portal](https://support.github.com/).
        Include the repository name and pull request ID in your message.

        ``GET /repos/{owner}/{repo}/pulls/{pull_number}``
        """
        warnings.warn(
            "pulls_get() is deprecated: use client.pulls.get()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/repos/{owner}/{repo}/pulls/{pull_number}",
                {
                    "owner": owner,
                    "repo": repo,
                    "pull_number": pull_number,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.PullRequest)
