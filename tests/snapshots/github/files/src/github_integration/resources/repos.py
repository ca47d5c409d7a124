"""``client.repos``: the GitHub repos resource (generated; do not edit)."""

from __future__ import annotations

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
    "AsyncRepos",
    "AsyncReposWithRawResponse",
    "Repos",
    "ReposWithRawResponse",
]


class Repos:
    """``client.repos``: ``list_for_org()``, ``get()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReposWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ReposWithRawResponse(self)

    def list_for_org(
        self,
        org: str,
        *,
        type: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> list[_wire.MinimalRepository]:
        """List organization repositories

        Lists repositories for the specified organization.

        > [!NOTE]
        > In order to see the `security_and_analysis` block for a repository you must have admin
        permissions for the repository or be an owner or security manager for the organization
        that owns the repository. For more information, see "[Managing security managers in your
        organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."

        ``GET /orgs/{org}/repos``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/orgs/{org}/repos",
                {
                    "org": org,
                },
            ),
            params={
                "type": type,
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
            _response, lambda _r: self._client._decode(_r, list[_wire.MinimalRepository])
        )

    def iter_list_for_org(
        self,
        org: str,
        *,
        type: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.MinimalRepository]:
        """Every item of :meth:`list_for_org`, page after page (link header)."""
        return iter_link_header(
            lambda _url: (
                self._client._request("GET", _url, timeout=timeout)
                if _url
                else self._client._request(
                    "GET",
                    self._client._path(
                        "/orgs/{org}/repos",
                        {
                            "org": org,
                        },
                    ),
                    params={
                        "type": type,
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
            lambda _response: self._client._decode(_response, list[_wire.MinimalRepository]),
        )

    def get(
        self,
        repo: str,
        *,
        owner: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.FullRepository:
        """Get a repository

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
        _response = self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}",
                {
                    "repo": repo,
                    "owner": owner,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.FullRepository)
        )


class ReposWithRawResponse:
    """:class:`Repos` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Repos) -> None:
        self._resource = resource
        self.list_for_org = to_raw_response_wrapper(resource.list_for_org)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncRepos:
    """``client.repos`` (async): ``list_for_org()``, ``get()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReposWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncReposWithRawResponse(self)

    async def list_for_org(
        self,
        org: str,
        *,
        type: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> list[_wire.MinimalRepository]:
        """List organization repositories

        Lists repositories for the specified organization.

        > [!NOTE]
        > In order to see the `security_and_analysis` block for a repository you must have admin
        permissions for the repository or be an owner or security manager for the organization
        that owns the repository. For more information, see "[Managing security managers in your
        organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."

        ``GET /orgs/{org}/repos``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/orgs/{org}/repos",
                {
                    "org": org,
                },
            ),
            params={
                "type": type,
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
            _response, lambda _r: self._client._decode(_r, list[_wire.MinimalRepository])
        )

    def iter_list_for_org(
        self,
        org: str,
        *,
        type: str | None = None,
        sort: str | None = None,
        direction: str | None = None,
        per_page: int | None = None,
        page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.MinimalRepository]:
        """Every item of :meth:`list_for_org`, page after page (link header)."""
        return aiter_link_header(
            lambda _url: (
                self._client._request("GET", _url, timeout=timeout)
                if _url
                else self._client._request(
                    "GET",
                    self._client._path(
                        "/orgs/{org}/repos",
                        {
                            "org": org,
                        },
                    ),
                    params={
                        "type": type,
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
            lambda _response: self._client._decode(_response, list[_wire.MinimalRepository]),
        )

    async def get(
        self,
        repo: str,
        *,
        owner: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.FullRepository:
        """Get a repository

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
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/repos/{owner}/{repo}",
                {
                    "repo": repo,
                    "owner": owner,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.FullRepository)
        )


class AsyncReposWithRawResponse:
    """:class:`AsyncRepos` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncRepos) -> None:
        self._resource = resource
        self.list_for_org = async_to_raw_response_wrapper(resource.list_for_org)
        self.get = async_to_raw_response_wrapper(resource.get)
