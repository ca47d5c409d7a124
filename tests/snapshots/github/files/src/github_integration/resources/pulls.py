"""``client.pulls``: the GitHub pulls resource (generated; do not edit)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from functools import cached_property

import httpx

from .. import _wire
from .._runtime import (
    AsyncAPIClient,
    Body,
    Headers,
    Query,
    SyncAPIClient,
    aiter_link_header,
    async_to_raw_response_wrapper,
    iter_link_header,
    to_raw_response_wrapper,
)

__all__ = [
    "AsyncPulls",
    "AsyncPullsWithRawResponse",
    "Pulls",
    "PullsWithRawResponse",
]


class Pulls:
    """``client.pulls``: ``list()``, ``get()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PullsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return PullsWithRawResponse(self)

    def list(
        self,
        repo: str,
        *,
        owner: str,
        state: str | None = None,
        head: str | None = None,
        base: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[_wire.PullRequestSimple]:
        """List pull requests

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
        _response = self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/pulls",
                {
                    "repo": repo,
                    "owner": owner,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, list[_wire.PullRequestSimple])
        )

    def iter_list(
        self,
        repo: str,
        *,
        owner: str,
        state: str | None = None,
        head: str | None = None,
        base: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.PullRequestSimple]:
        """Every item of :meth:`list`, page after page (link header)."""
        return iter_link_header(
            lambda _url: (
                self._client._request("GET", _url, timeout=timeout)
                if _url
                else self._client._request(
                    "GET",
                    self._client._path(
                        "/repos/{owner}/{repo}/pulls",
                        {
                            "repo": repo,
                            "owner": owner,
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
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                )
            ),
            lambda _response: self._client._decode(_response, list[_wire.PullRequestSimple]),
        )

    def get(
        self,
        pull_number: int,
        *,
        owner: str,
        repo: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.PullRequest:
        """Get a pull request

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
        _response = self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/pulls/{pull_number}",
                {
                    "pull_number": pull_number,
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
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PullRequest)
        )


class PullsWithRawResponse:
    """:class:`Pulls` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Pulls) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncPulls:
    """``client.pulls`` (async): ``list()``, ``get()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPullsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncPullsWithRawResponse(self)

    async def list(
        self,
        repo: str,
        *,
        owner: str,
        state: str | None = None,
        head: str | None = None,
        base: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[_wire.PullRequestSimple]:
        """List pull requests

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
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/pulls",
                {
                    "repo": repo,
                    "owner": owner,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, list[_wire.PullRequestSimple])
        )

    def iter_list(
        self,
        repo: str,
        *,
        owner: str,
        state: str | None = None,
        head: str | None = None,
        base: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.PullRequestSimple]:
        """Every item of :meth:`list`, page after page (link header)."""
        return aiter_link_header(
            lambda _url: (
                self._client._request("GET", _url, timeout=timeout)
                if _url
                else self._client._request(
                    "GET",
                    self._client._path(
                        "/repos/{owner}/{repo}/pulls",
                        {
                            "repo": repo,
                            "owner": owner,
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
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                )
            ),
            lambda _response: self._client._decode(_response, list[_wire.PullRequestSimple]),
        )

    async def get(
        self,
        pull_number: int,
        *,
        owner: str,
        repo: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.PullRequest:
        """Get a pull request

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
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/pulls/{pull_number}",
                {
                    "pull_number": pull_number,
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
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.PullRequest)
        )


class AsyncPullsWithRawResponse:
    """:class:`AsyncPulls` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncPulls) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
