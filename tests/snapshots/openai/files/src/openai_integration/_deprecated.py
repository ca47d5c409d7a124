"""The flat, operationId-named methods of the OpenAI clients: deprecated (generated; do not edit).

Each one warns and names its replacement, ``client.<resource>.<verb>(...)``; they go in
the next release.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any

import msgspec

from . import _wire
from ._runtime import AsyncAPIClient, SyncAPIClient, aiter_cursor, iter_cursor

__all__ = ["AsyncDeprecatedMethods", "DeprecatedMethods"]


def _multipart(body: object, file_fields: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a multipart body into form fields and files (``(filename, content)``)."""
    data: dict[str, Any] = msgspec.to_builtins(body, builtin_types=(bytes,)) if body else {}
    files: dict[str, Any] = {}
    for name in file_fields:
        if name in data:
            value = data.pop(name)
            files[name] = tuple(value) if isinstance(value, list) else value
    return data, files


class DeprecatedMethods(SyncAPIClient):
    """The flat methods of :class:`OpenAIClient` (deprecated)."""

    def create_chat_completion(
        self,
        *,
        body: _wire.CreateChatCompletionRequest,
        timeout: float | None = None,
    ) -> _wire.CreateChatCompletionResponse:
        """Deprecated: use ``client.chat.completions.create()``.

        **Starting a new project?** We recommend trying
        [Responses](https://platform.openai.com/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with
        Responses](https://platform.openai.com/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](https://platform.openai.com/docs/guides/text-generation),
        [vision](https://platform.openai.com/docs/guides/vision),
        and [audio](https://platform.openai.com/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](https://platform.openai.com/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        ``POST /chat/completions``
        """
        warnings.warn(
            "create_chat_completion() is deprecated: use client.chat.completions.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            "/chat/completions",
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.CreateChatCompletionResponse)

    def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ListFilesResponse:
        """Deprecated: use ``client.files.list()``.

        Returns a list of files.

        ``GET /files``
        """
        warnings.warn(
            "list_files() is deprecated: use client.files.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            "/files",
            params={
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.ListFilesResponse)

    def iter_list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[_wire.OpenAIFile]:
        """Deprecated: use ``client.files.iter_list()``."""
        warnings.warn(
            "iter_list_files() is deprecated: use client.files.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter_cursor(
            lambda _cursor: self.list_files(
                purpose=purpose, limit=limit, order=order, timeout=timeout, after=_cursor
            ),
            lambda _page: _page.data,
        )

    def create_file(
        self,
        *,
        body: _wire.CreateFileRequest,
        timeout: float | None = None,
    ) -> _wire.OpenAIFile:
        """Deprecated: use ``client.files.create()``.

        Upload a file that can be used across various endpoints. Individual files
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
        warnings.warn(
            "create_file() is deprecated: use client.files.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _form, _files = _multipart(body, ("file",))
        _response = self._request(
            "POST",
            "/files",
            form=_form,
            files=_files,
            timeout=timeout,
        )
        return self._decode(_response, _wire.OpenAIFile)

    def retrieve_file(
        self,
        *,
        file_id: str,
        timeout: float | None = None,
    ) -> _wire.OpenAIFile:
        """Deprecated: use ``client.files.retrieve()``.

        Returns information about a specific file.

        ``GET /files/{file_id}``
        """
        warnings.warn(
            "retrieve_file() is deprecated: use client.files.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/files/{file_id}",
                {
                    "file_id": file_id,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.OpenAIFile)

    def delete_file(
        self,
        *,
        file_id: str,
        timeout: float | None = None,
    ) -> _wire.DeleteFileResponse:
        """Deprecated: use ``client.files.delete()``.

        Delete a file and remove it from all vector stores.

        ``DELETE /files/{file_id}``
        """
        warnings.warn(
            "delete_file() is deprecated: use client.files.delete()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "DELETE",
            self._path(
                "/files/{file_id}",
                {
                    "file_id": file_id,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.DeleteFileResponse)

    def list_models(
        self,
        *,
        timeout: float | None = None,
    ) -> _wire.ListModelsResponse:
        """Deprecated: use ``client.models.list()``.

        Lists the currently available models, and provides basic information about each one such
        as the owner and availability.

        ``GET /models``
        """
        warnings.warn(
            "list_models() is deprecated: use client.models.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            "/models",
            timeout=timeout,
        )
        return self._decode(_response, _wire.ListModelsResponse)

    def retrieve_model(
        self,
        *,
        model: str,
        timeout: float | None = None,
    ) -> _wire.Model:
        """Deprecated: use ``client.models.retrieve()``.

        Retrieves a model instance, providing basic information about the model such as the owner
        and permissioning.

        ``GET /models/{model}``
        """
        warnings.warn(
            "retrieve_model() is deprecated: use client.models.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            self._path(
                "/models/{model}",
                {
                    "model": model,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Model)

    def create_response(
        self,
        *,
        body: _wire.CreateResponse,
        timeout: float | None = None,
    ) -> _wire.Response:
        """Deprecated: use ``client.responses.create()``.

        Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
        [image](https://platform.openai.com/docs/guides/images) inputs to generate
        [text](https://platform.openai.com/docs/guides/text)
        or [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have the
        model call
        your own [custom code](https://platform.openai.com/docs/guides/function-calling) or use
        built-in
        [tools](https://platform.openai.com/docs/guides/tools) like [web
        search](https://platform.openai.com/docs/guides/tools-web-search)
        or [file search](https://platform.openai.com/docs/guides/tools-file-search) to use your
        own data
        as input for the model's response.

        ``POST /responses``
        """
        warnings.warn(
            "create_response() is deprecated: use client.responses.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "POST",
            "/responses",
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.Response)


class AsyncDeprecatedMethods(AsyncAPIClient):
    """The flat methods of :class:`AsyncOpenAIClient` (deprecated)."""

    async def create_chat_completion(
        self,
        *,
        body: _wire.CreateChatCompletionRequest,
        timeout: float | None = None,
    ) -> _wire.CreateChatCompletionResponse:
        """Deprecated: use ``client.chat.completions.create()``.

        **Starting a new project?** We recommend trying
        [Responses](https://platform.openai.com/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with
        Responses](https://platform.openai.com/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](https://platform.openai.com/docs/guides/text-generation),
        [vision](https://platform.openai.com/docs/guides/vision),
        and [audio](https://platform.openai.com/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](https://platform.openai.com/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        ``POST /chat/completions``
        """
        warnings.warn(
            "create_chat_completion() is deprecated: use client.chat.completions.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            "/chat/completions",
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.CreateChatCompletionResponse)

    async def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ListFilesResponse:
        """Deprecated: use ``client.files.list()``.

        Returns a list of files.

        ``GET /files``
        """
        warnings.warn(
            "list_files() is deprecated: use client.files.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            "/files",
            params={
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.ListFilesResponse)

    def iter_list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[_wire.OpenAIFile]:
        """Deprecated: use ``client.files.iter_list()``."""
        warnings.warn(
            "iter_list_files() is deprecated: use client.files.iter_list()",
            DeprecationWarning,
            stacklevel=2,
        )
        return aiter_cursor(
            lambda _cursor: self.list_files(
                purpose=purpose, limit=limit, order=order, timeout=timeout, after=_cursor
            ),
            lambda _page: _page.data,
        )

    async def create_file(
        self,
        *,
        body: _wire.CreateFileRequest,
        timeout: float | None = None,
    ) -> _wire.OpenAIFile:
        """Deprecated: use ``client.files.create()``.

        Upload a file that can be used across various endpoints. Individual files
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
        warnings.warn(
            "create_file() is deprecated: use client.files.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _form, _files = _multipart(body, ("file",))
        _response = await self._request(
            "POST",
            "/files",
            form=_form,
            files=_files,
            timeout=timeout,
        )
        return self._decode(_response, _wire.OpenAIFile)

    async def retrieve_file(
        self,
        *,
        file_id: str,
        timeout: float | None = None,
    ) -> _wire.OpenAIFile:
        """Deprecated: use ``client.files.retrieve()``.

        Returns information about a specific file.

        ``GET /files/{file_id}``
        """
        warnings.warn(
            "retrieve_file() is deprecated: use client.files.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/files/{file_id}",
                {
                    "file_id": file_id,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.OpenAIFile)

    async def delete_file(
        self,
        *,
        file_id: str,
        timeout: float | None = None,
    ) -> _wire.DeleteFileResponse:
        """Deprecated: use ``client.files.delete()``.

        Delete a file and remove it from all vector stores.

        ``DELETE /files/{file_id}``
        """
        warnings.warn(
            "delete_file() is deprecated: use client.files.delete()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "DELETE",
            self._path(
                "/files/{file_id}",
                {
                    "file_id": file_id,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.DeleteFileResponse)

    async def list_models(
        self,
        *,
        timeout: float | None = None,
    ) -> _wire.ListModelsResponse:
        """Deprecated: use ``client.models.list()``.

        Lists the currently available models, and provides basic information about each one such
        as the owner and availability.

        ``GET /models``
        """
        warnings.warn(
            "list_models() is deprecated: use client.models.list()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            "/models",
            timeout=timeout,
        )
        return self._decode(_response, _wire.ListModelsResponse)

    async def retrieve_model(
        self,
        *,
        model: str,
        timeout: float | None = None,
    ) -> _wire.Model:
        """Deprecated: use ``client.models.retrieve()``.

        Retrieves a model instance, providing basic information about the model such as the owner
        and permissioning.

        ``GET /models/{model}``
        """
        warnings.warn(
            "retrieve_model() is deprecated: use client.models.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            self._path(
                "/models/{model}",
                {
                    "model": model,
                },
            ),
            timeout=timeout,
        )
        return self._decode(_response, _wire.Model)

    async def create_response(
        self,
        *,
        body: _wire.CreateResponse,
        timeout: float | None = None,
    ) -> _wire.Response:
        """Deprecated: use ``client.responses.create()``.

        Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
        [image](https://platform.openai.com/docs/guides/images) inputs to generate
        [text](https://platform.openai.com/docs/guides/text)
        or [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have the
        model call
        your own [custom code](https://platform.openai.com/docs/guides/function-calling) or use
        built-in
        [tools](https://platform.openai.com/docs/guides/tools) like [web
        search](https://platform.openai.com/docs/guides/tools-web-search)
        or [file search](https://platform.openai.com/docs/guides/tools-file-search) to use your
        own data
        as input for the model's response.

        ``POST /responses``
        """
        warnings.warn(
            "create_response() is deprecated: use client.responses.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "POST",
            "/responses",
            json=body,
            timeout=timeout,
        )
        return self._decode(_response, _wire.Response)
