"""``client.files``: the OpenAI files resource (generated; do not edit)."""

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
    FileInput,
    Headers,
    NotGiven,
    Query,
    SyncAPIClient,
    aiter_cursor,
    async_to_raw_response_wrapper,
    iter_cursor,
    to_raw_response_wrapper,
)
from .._runtime import split_multipart as _split_multipart

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "Files",
    "FilesWithRawResponse",
]


class Files:
    """``client.files``: ``list()``, ``create()``, ``retrieve()``, ``delete()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return FilesWithRawResponse(self)

    def list(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ListFilesResponse:
        """Returns a list of files.

        ``GET /files``
        """
        _response = self._client._request(
            "GET",
            "/files",
            params={
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ListFilesResponse)
        )

    def iter_list(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[_wire.OpenAIFile]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return iter_cursor(
            lambda _cursor: self.list(
                purpose=purpose,
                limit=limit,
                order=order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                after=_cursor,
            ),
            lambda _page: _page.data,
        )

    def create(
        self,
        *,
        file: FileInput,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: _wire.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.OpenAIFile:
        """Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools
          guide](https://platform.openai.com/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input) or
          [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
          models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](https://platform.openai.com/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        ``POST /files``
        """
        _form, _files = _split_multipart(
            {
                "file": file,
                "purpose": purpose,
                "expires_after": expires_after,
            },
            ("file",),
        )
        _response = self._client._request(
            "POST",
            "/files",
            form=_form,
            files=_files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.OpenAIFile)
        )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.OpenAIFile:
        """Returns information about a specific file.

        ``GET /files/{file_id}``
        """
        _response = self._client._request(
            "GET",
            self._client._path(
                "/files/{file_id}",
                {
                    "file_id": file_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.OpenAIFile)
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.DeleteFileResponse:
        """Delete a file and remove it from all vector stores.

        ``DELETE /files/{file_id}``
        """
        _response = self._client._request(
            "DELETE",
            self._client._path(
                "/files/{file_id}",
                {
                    "file_id": file_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.DeleteFileResponse)
        )


class FilesWithRawResponse:
    """:class:`Files` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncFiles:
    """``client.files`` (async): ``list()``, ``create()``, ``retrieve()``, ``delete()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncFilesWithRawResponse(self)

    async def list(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.ListFilesResponse:
        """Returns a list of files.

        ``GET /files``
        """
        _response = await self._client._request(
            "GET",
            "/files",
            params={
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.ListFilesResponse)
        )

    def iter_list(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[_wire.OpenAIFile]:
        """Every item of :meth:`list`, page after page (cursor)."""
        return aiter_cursor(
            lambda _cursor: self.list(
                purpose=purpose,
                limit=limit,
                order=order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                after=_cursor,
            ),
            lambda _page: _page.data,
        )

    async def create(
        self,
        *,
        file: FileInput,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: _wire.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.OpenAIFile:
        """Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools
          guide](https://platform.openai.com/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input) or
          [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
          models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](https://platform.openai.com/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        ``POST /files``
        """
        _form, _files = _split_multipart(
            {
                "file": file,
                "purpose": purpose,
                "expires_after": expires_after,
            },
            ("file",),
        )
        _response = await self._client._request(
            "POST",
            "/files",
            form=_form,
            files=_files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.OpenAIFile)
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.OpenAIFile:
        """Returns information about a specific file.

        ``GET /files/{file_id}``
        """
        _response = await self._client._request(
            "GET",
            self._client._path(
                "/files/{file_id}",
                {
                    "file_id": file_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.OpenAIFile)
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.DeleteFileResponse:
        """Delete a file and remove it from all vector stores.

        ``DELETE /files/{file_id}``
        """
        _response = await self._client._request(
            "DELETE",
            self._client._path(
                "/files/{file_id}",
                {
                    "file_id": file_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.DeleteFileResponse)
        )


class AsyncFilesWithRawResponse:
    """:class:`AsyncFiles` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
