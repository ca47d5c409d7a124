"""The OpenAI clients' interface as Protocols.

Generated; do not edit. Both the client and its mock satisfy the Protocol (mypy checks
the conformity in the generated tests); type your application code against it and pass
either:

- `OpenAIClientProtocol`:
  `OpenAIClient`,
  `testing.MockOpenAIClient`
- `AsyncOpenAIClientProtocol`:
  `AsyncOpenAIClient`,
  `testing.AsyncMockOpenAIClient`
"""

from __future__ import annotations

from typing import Protocol

from . import _wire
from ._resources import AsyncResources, Resources
from .resources import (
    AsyncChat,
    AsyncFiles,
    AsyncModels,
    AsyncResponses,
    Chat,
    Files,
    Models,
    Responses,
)

__all__ = ["AsyncOpenAIClientProtocol", "OpenAIClientProtocol"]


class OpenAIClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def chat(self) -> Chat: ...

    @property
    def files(self) -> Files: ...

    @property
    def models(self) -> Models: ...

    @property
    def responses(self) -> Responses: ...

    @property
    def domain(self) -> Resources: ...

    def create_chat_completion(
        self, *, body: _wire.CreateChatCompletionRequest, timeout: float | None = None
    ) -> _wire.CreateChatCompletionResponse: ...

    def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ListFilesResponse: ...

    def create_file(
        self, *, body: _wire.CreateFileRequest, timeout: float | None = None
    ) -> _wire.OpenAIFile: ...

    def retrieve_file(self, *, file_id: str, timeout: float | None = None) -> _wire.OpenAIFile: ...

    def delete_file(
        self, *, file_id: str, timeout: float | None = None
    ) -> _wire.DeleteFileResponse: ...

    def list_models(self, *, timeout: float | None = None) -> _wire.ListModelsResponse: ...

    def retrieve_model(self, *, model: str, timeout: float | None = None) -> _wire.Model: ...

    def create_response(
        self, *, body: _wire.CreateResponse, timeout: float | None = None
    ) -> _wire.Response: ...


class AsyncOpenAIClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def chat(self) -> AsyncChat: ...

    @property
    def files(self) -> AsyncFiles: ...

    @property
    def models(self) -> AsyncModels: ...

    @property
    def responses(self) -> AsyncResponses: ...

    @property
    def domain(self) -> AsyncResources: ...

    async def create_chat_completion(
        self, *, body: _wire.CreateChatCompletionRequest, timeout: float | None = None
    ) -> _wire.CreateChatCompletionResponse: ...

    async def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
        timeout: float | None = None,
    ) -> _wire.ListFilesResponse: ...

    async def create_file(
        self, *, body: _wire.CreateFileRequest, timeout: float | None = None
    ) -> _wire.OpenAIFile: ...

    async def retrieve_file(
        self, *, file_id: str, timeout: float | None = None
    ) -> _wire.OpenAIFile: ...

    async def delete_file(
        self, *, file_id: str, timeout: float | None = None
    ) -> _wire.DeleteFileResponse: ...

    async def list_models(self, *, timeout: float | None = None) -> _wire.ListModelsResponse: ...

    async def retrieve_model(self, *, model: str, timeout: float | None = None) -> _wire.Model: ...

    async def create_response(
        self, *, body: _wire.CreateResponse, timeout: float | None = None
    ) -> _wire.Response: ...
