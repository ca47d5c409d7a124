"""``client.issues``: the GitHub issues resource (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
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
    aiter_link_header,
    async_to_raw_response_wrapper,
    iter_link_header,
    to_raw_response_wrapper,
)
from .._runtime import given as _given

__all__ = [
    "AsyncIssues",
    "AsyncIssuesWithRawResponse",
    "Issues",
    "IssuesWithRawResponse",
]


class Issues:
    """``client.issues``: ``list_for_repo()``, ``create()``, ``get()``, ``update()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> IssuesWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return IssuesWithRawResponse(self)

    def list_for_repo(
        self,
        repo: str,
        *,
        owner: str,
        milestone: str | None = None,
        state: str | None = None,
        assignee: str | None = None,
        type: str | None = None,
        creator: str | None = None,
        mentioned: str | None = None,
        issue_field_values: str | None = None,
        labels: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        since: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> list[_wire.Issue]:
        """List repository issues

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
        _response = self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/issues",
                {
                    "repo": repo,
                    "owner": owner,
                },
            ),
            params={
                "milestone": milestone,
                "state": state,
                "assignee": assignee,
                "type": type,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, list[_wire.Issue])
        )

    def iter_list_for_repo(
        self,
        repo: str,
        *,
        owner: str,
        milestone: str | None = None,
        state: str | None = None,
        assignee: str | None = None,
        type: str | None = None,
        creator: str | None = None,
        mentioned: str | None = None,
        issue_field_values: str | None = None,
        labels: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        since: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.Issue]:
        """Every item of :meth:`list_for_repo`, page after page (link header)."""
        return iter_link_header(
            lambda _url: (
                self._client._request("GET", _url, timeout=timeout)
                if _url
                else self._client._request(
                    "GET",
                    self._client._path(
                        "/repos/{owner}/{repo}/issues",
                        {
                            "repo": repo,
                            "owner": owner,
                        },
                    ),
                    params={
                        "milestone": milestone,
                        "state": state,
                        "assignee": assignee,
                        "type": type,
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
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                )
            ),
            lambda _response: self._client._decode(_response, list[_wire.Issue]),
        )

    def create(
        self,
        repo: str,
        *,
        owner: str,
        title: str | int,
        body: str | NotGiven = NOT_GIVEN,
        assignee: str | NotGiven | None = NOT_GIVEN,
        milestone: str | int | NotGiven | None = NOT_GIVEN,
        labels: list[str | _wire.IssuesCreateBodyLabelsItem] | NotGiven = NOT_GIVEN,
        assignees: list[str] | NotGiven = NOT_GIVEN,
        issue_field_values: list[_wire.IssuesCreateBodyIssueFieldValuesItem] | NotGiven = NOT_GIVEN,
        type: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Issue:
        """Create an issue

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
        _response = self._client._request(
            "POST",
            self._client._path(
                "/repos/{owner}/{repo}/issues",
                {
                    "repo": repo,
                    "owner": owner,
                },
            ),
            json=_given(
                {
                    "title": title,
                    "body": body,
                    "assignee": assignee,
                    "milestone": milestone,
                    "labels": labels,
                    "assignees": assignees,
                    "issue_field_values": issue_field_values,
                    "type": type,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Issue))

    def get(
        self,
        issue_number: int,
        *,
        owner: str,
        repo: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Issue:
        """Get an issue

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
        _response = self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                {
                    "issue_number": issue_number,
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
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Issue))

    def update(
        self,
        issue_number: int,
        *,
        owner: str,
        repo: str,
        title: str | int | NotGiven | None = NOT_GIVEN,
        body: str | NotGiven | None = NOT_GIVEN,
        assignee: str | NotGiven | None = NOT_GIVEN,
        state: Literal["open", "closed"] | NotGiven = NOT_GIVEN,
        state_reason: Literal["completed", "not_planned", "duplicate", "reopened"]
        | NotGiven
        | None = NOT_GIVEN,
        duplicate_issue_id: int | NotGiven = NOT_GIVEN,
        milestone: str | int | NotGiven | None = NOT_GIVEN,
        labels: list[str | _wire.IssuesUpdateBodyLabelsItem] | NotGiven = NOT_GIVEN,
        assignees: list[str | _wire.IssuesUpdateBodyAssigneesItem] | NotGiven = NOT_GIVEN,
        issue_field_values: list[_wire.IssuesUpdateBodyIssueFieldValuesItem] | NotGiven = NOT_GIVEN,
        type: str | _wire.IssuesUpdateBodyType | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.IssuesUpdateResponse:
        """Update an issue

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
        _response = self._client._request(
            "PATCH",
            self._client._path(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                {
                    "issue_number": issue_number,
                    "owner": owner,
                    "repo": repo,
                },
            ),
            json=_given(
                {
                    "title": title,
                    "body": body,
                    "assignee": assignee,
                    "state": state,
                    "state_reason": state_reason,
                    "duplicate_issue_id": duplicate_issue_id,
                    "milestone": milestone,
                    "labels": labels,
                    "assignees": assignees,
                    "issue_field_values": issue_field_values,
                    "type": type,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.IssuesUpdateResponse)
        )


class IssuesWithRawResponse:
    """:class:`Issues` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Issues) -> None:
        self._resource = resource
        self.list_for_repo = to_raw_response_wrapper(resource.list_for_repo)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncIssues:
    """``client.issues`` (async): ``list_for_repo()``, ``create()``, ``get()``, ``update()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncIssuesWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncIssuesWithRawResponse(self)

    async def list_for_repo(
        self,
        repo: str,
        *,
        owner: str,
        milestone: str | None = None,
        state: str | None = None,
        assignee: str | None = None,
        type: str | None = None,
        creator: str | None = None,
        mentioned: str | None = None,
        issue_field_values: str | None = None,
        labels: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        since: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> list[_wire.Issue]:
        """List repository issues

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
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/issues",
                {
                    "repo": repo,
                    "owner": owner,
                },
            ),
            params={
                "milestone": milestone,
                "state": state,
                "assignee": assignee,
                "type": type,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, list[_wire.Issue])
        )

    def iter_list_for_repo(
        self,
        repo: str,
        *,
        owner: str,
        milestone: str | None = None,
        state: str | None = None,
        assignee: str | None = None,
        type: str | None = None,
        creator: str | None = None,
        mentioned: str | None = None,
        issue_field_values: str | None = None,
        labels: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        since: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.Issue]:
        """Every item of :meth:`list_for_repo`, page after page (link header)."""
        return aiter_link_header(
            lambda _url: (
                self._client._request("GET", _url, timeout=timeout)
                if _url
                else self._client._request(
                    "GET",
                    self._client._path(
                        "/repos/{owner}/{repo}/issues",
                        {
                            "repo": repo,
                            "owner": owner,
                        },
                    ),
                    params={
                        "milestone": milestone,
                        "state": state,
                        "assignee": assignee,
                        "type": type,
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
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                )
            ),
            lambda _response: self._client._decode(_response, list[_wire.Issue]),
        )

    async def create(
        self,
        repo: str,
        *,
        owner: str,
        title: str | int,
        body: str | NotGiven = NOT_GIVEN,
        assignee: str | NotGiven | None = NOT_GIVEN,
        milestone: str | int | NotGiven | None = NOT_GIVEN,
        labels: list[str | _wire.IssuesCreateBodyLabelsItem] | NotGiven = NOT_GIVEN,
        assignees: list[str] | NotGiven = NOT_GIVEN,
        issue_field_values: list[_wire.IssuesCreateBodyIssueFieldValuesItem] | NotGiven = NOT_GIVEN,
        type: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Issue:
        """Create an issue

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
        _response = await self._client._request(
            "POST",
            self._client._path(
                "/repos/{owner}/{repo}/issues",
                {
                    "repo": repo,
                    "owner": owner,
                },
            ),
            json=_given(
                {
                    "title": title,
                    "body": body,
                    "assignee": assignee,
                    "milestone": milestone,
                    "labels": labels,
                    "assignees": assignees,
                    "issue_field_values": issue_field_values,
                    "type": type,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Issue))

    async def get(
        self,
        issue_number: int,
        *,
        owner: str,
        repo: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Issue:
        """Get an issue

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
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                {
                    "issue_number": issue_number,
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
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Issue))

    async def update(
        self,
        issue_number: int,
        *,
        owner: str,
        repo: str,
        title: str | int | NotGiven | None = NOT_GIVEN,
        body: str | NotGiven | None = NOT_GIVEN,
        assignee: str | NotGiven | None = NOT_GIVEN,
        state: Literal["open", "closed"] | NotGiven = NOT_GIVEN,
        state_reason: Literal["completed", "not_planned", "duplicate", "reopened"]
        | NotGiven
        | None = NOT_GIVEN,
        duplicate_issue_id: int | NotGiven = NOT_GIVEN,
        milestone: str | int | NotGiven | None = NOT_GIVEN,
        labels: list[str | _wire.IssuesUpdateBodyLabelsItem] | NotGiven = NOT_GIVEN,
        assignees: list[str | _wire.IssuesUpdateBodyAssigneesItem] | NotGiven = NOT_GIVEN,
        issue_field_values: list[_wire.IssuesUpdateBodyIssueFieldValuesItem] | NotGiven = NOT_GIVEN,
        type: str | _wire.IssuesUpdateBodyType | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.IssuesUpdateResponse:
        """Update an issue

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
        _response = await self._client._request(
            "PATCH",
            self._client._path(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                {
                    "issue_number": issue_number,
                    "owner": owner,
                    "repo": repo,
                },
            ),
            json=_given(
                {
                    "title": title,
                    "body": body,
                    "assignee": assignee,
                    "state": state,
                    "state_reason": state_reason,
                    "duplicate_issue_id": duplicate_issue_id,
                    "milestone": milestone,
                    "labels": labels,
                    "assignees": assignees,
                    "issue_field_values": issue_field_values,
                    "type": type,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.IssuesUpdateResponse)
        )


class AsyncIssuesWithRawResponse:
    """:class:`AsyncIssues` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncIssues) -> None:
        self._resource = resource
        self.list_for_repo = async_to_raw_response_wrapper(resource.list_for_repo)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
