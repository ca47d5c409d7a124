"""``client.responses``: the OpenAI responses resource (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Literal, overload
from typing import cast as _cast

import httpx

from .. import _wire
from .._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncStream,
    Body,
    Headers,
    NotGiven,
    Query,
    Stream,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._runtime import given as _given

__all__ = [
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "Responses",
    "ResponsesWithRawResponse",
]


class Responses:
    """``client.responses``: ``create()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ResponsesWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: _wire.ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: _wire.ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: _wire.ToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: _wire.Prompt | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: _wire.Reasoning | NotGiven | None = NOT_GIVEN,
        input: _wire.InputParam | NotGiven = NOT_GIVEN,
        include: list[_wire.IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: _wire.ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: list[_wire.ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Response: ...

    @overload
    def create(
        self,
        *,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: _wire.ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: _wire.ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: _wire.ToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: _wire.Prompt | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: _wire.Reasoning | NotGiven | None = NOT_GIVEN,
        input: _wire.InputParam | NotGiven = NOT_GIVEN,
        include: list[_wire.IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _wire.ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: _wire.ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: list[_wire.ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Stream[_wire.ResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: _wire.ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: _wire.ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: _wire.ToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: _wire.Prompt | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: _wire.Reasoning | NotGiven | None = NOT_GIVEN,
        input: _wire.InputParam | NotGiven = NOT_GIVEN,
        include: list[_wire.IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: _wire.ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: list[_wire.ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Response | Stream[_wire.ResponseStreamEvent]: ...

    def create(
        self,
        *,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: _wire.ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: _wire.ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: _wire.ToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: _wire.Prompt | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: _wire.Reasoning | NotGiven | None = NOT_GIVEN,
        input: _wire.InputParam | NotGiven = NOT_GIVEN,
        include: list[_wire.IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: _wire.ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: list[_wire.ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Response | Stream[_wire.ResponseStreamEvent]:
        """Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
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
        if stream:
            return self._client._stream(
                _cast("type[_wire.ResponseStreamEvent]", _wire.ResponseStreamEvent),
                "POST",
                "/responses",
                json=_given(
                    {
                        "metadata": metadata,
                        "top_logprobs": top_logprobs,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                        "safety_identifier": safety_identifier,
                        "prompt_cache_key": prompt_cache_key,
                        "prompt_cache_retention": prompt_cache_retention,
                        "prompt_cache_options": prompt_cache_options,
                        "previous_response_id": previous_response_id,
                        "model": model,
                        "background": background,
                        "max_tool_calls": max_tool_calls,
                        "text": text,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "prompt": prompt,
                        "service_tier": service_tier,
                        "truncation": truncation,
                        "reasoning": reasoning,
                        "input": input,
                        "include": include,
                        "parallel_tool_calls": parallel_tool_calls,
                        "store": store,
                        "instructions": instructions,
                        "moderation": moderation,
                        "stream": stream,
                        "stream_options": stream_options,
                        "conversation": conversation,
                        "context_management": context_management,
                        "max_output_tokens": max_output_tokens,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            )
        _response = self._client._request(
            "POST",
            "/responses",
            json=_given(
                {
                    "metadata": metadata,
                    "top_logprobs": top_logprobs,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "safety_identifier": safety_identifier,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "prompt_cache_options": prompt_cache_options,
                    "previous_response_id": previous_response_id,
                    "model": model,
                    "background": background,
                    "max_tool_calls": max_tool_calls,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "prompt": prompt,
                    "service_tier": service_tier,
                    "truncation": truncation,
                    "reasoning": reasoning,
                    "input": input,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "instructions": instructions,
                    "moderation": moderation,
                    "stream": stream,
                    "stream_options": stream_options,
                    "conversation": conversation,
                    "context_management": context_management,
                    "max_output_tokens": max_output_tokens,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Response))


class ResponsesWithRawResponse:
    """:class:`Responses` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Responses) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AsyncResponses:
    """``client.responses`` (async): ``create()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncResponsesWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: _wire.ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: _wire.ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: _wire.ToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: _wire.Prompt | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: _wire.Reasoning | NotGiven | None = NOT_GIVEN,
        input: _wire.InputParam | NotGiven = NOT_GIVEN,
        include: list[_wire.IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: _wire.ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: list[_wire.ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Response: ...

    @overload
    async def create(
        self,
        *,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: _wire.ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: _wire.ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: _wire.ToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: _wire.Prompt | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: _wire.Reasoning | NotGiven | None = NOT_GIVEN,
        input: _wire.InputParam | NotGiven = NOT_GIVEN,
        include: list[_wire.IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _wire.ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: _wire.ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: list[_wire.ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncStream[_wire.ResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: _wire.ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: _wire.ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: _wire.ToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: _wire.Prompt | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: _wire.Reasoning | NotGiven | None = NOT_GIVEN,
        input: _wire.InputParam | NotGiven = NOT_GIVEN,
        include: list[_wire.IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: _wire.ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: list[_wire.ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Response | AsyncStream[_wire.ResponseStreamEvent]: ...

    async def create(
        self,
        *,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: _wire.ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: _wire.ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: _wire.ToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: _wire.Prompt | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: _wire.Reasoning | NotGiven | None = NOT_GIVEN,
        input: _wire.InputParam | NotGiven = NOT_GIVEN,
        include: list[_wire.IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: _wire.ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: list[_wire.ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.Response | AsyncStream[_wire.ResponseStreamEvent]:
        """Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
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
        if stream:
            return await self._client._stream(
                _cast("type[_wire.ResponseStreamEvent]", _wire.ResponseStreamEvent),
                "POST",
                "/responses",
                json=_given(
                    {
                        "metadata": metadata,
                        "top_logprobs": top_logprobs,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                        "safety_identifier": safety_identifier,
                        "prompt_cache_key": prompt_cache_key,
                        "prompt_cache_retention": prompt_cache_retention,
                        "prompt_cache_options": prompt_cache_options,
                        "previous_response_id": previous_response_id,
                        "model": model,
                        "background": background,
                        "max_tool_calls": max_tool_calls,
                        "text": text,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "prompt": prompt,
                        "service_tier": service_tier,
                        "truncation": truncation,
                        "reasoning": reasoning,
                        "input": input,
                        "include": include,
                        "parallel_tool_calls": parallel_tool_calls,
                        "store": store,
                        "instructions": instructions,
                        "moderation": moderation,
                        "stream": stream,
                        "stream_options": stream_options,
                        "conversation": conversation,
                        "context_management": context_management,
                        "max_output_tokens": max_output_tokens,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            )
        _response = await self._client._request(
            "POST",
            "/responses",
            json=_given(
                {
                    "metadata": metadata,
                    "top_logprobs": top_logprobs,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "safety_identifier": safety_identifier,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "prompt_cache_options": prompt_cache_options,
                    "previous_response_id": previous_response_id,
                    "model": model,
                    "background": background,
                    "max_tool_calls": max_tool_calls,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "prompt": prompt,
                    "service_tier": service_tier,
                    "truncation": truncation,
                    "reasoning": reasoning,
                    "input": input,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "instructions": instructions,
                    "moderation": moderation,
                    "stream": stream,
                    "stream_options": stream_options,
                    "conversation": conversation,
                    "context_management": context_management,
                    "max_output_tokens": max_output_tokens,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: self._client._decode(_r, _wire.Response))


class AsyncResponsesWithRawResponse:
    """:class:`AsyncResponses` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncResponses) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
