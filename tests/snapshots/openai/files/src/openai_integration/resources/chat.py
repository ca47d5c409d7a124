"""``client.chat``: the OpenAI chat resource (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Literal, overload

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
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "AsyncChatWithRawResponse",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
    "ChatWithRawResponse",
]


class ChatCompletions:
    """``client.chat.completions``: ``create()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ChatCompletionsWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        messages: list[_wire.ChatCompletionRequestMessage],
        model: _wire.ModelIdsShared,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTier | NotGiven = NOT_GIVEN,
        modalities: _wire.ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: _wire.Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: _wire.ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: _wire.CreateChatCompletionRequestWebSearchOptions
        | NotGiven = NOT_GIVEN,
        response_format: _wire.ResponseFormatText
        | _wire.ResponseFormatJsonSchema
        | _wire.ResponseFormatJsonObject
        | NotGiven = NOT_GIVEN,
        audio: _wire.CreateChatCompletionRequestAudio | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        stop: _wire.StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: _wire.PredictionContent | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: list[_wire.ChatCompletionTool | _wire.CustomToolChatCompletions]
        | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: _wire.ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"]
        | _wire.ChatCompletionFunctionCallOption
        | NotGiven = NOT_GIVEN,
        functions: list[_wire.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CreateChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        messages: list[_wire.ChatCompletionRequestMessage],
        model: _wire.ModelIdsShared,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTier | NotGiven = NOT_GIVEN,
        modalities: _wire.ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: _wire.Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: _wire.ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: _wire.CreateChatCompletionRequestWebSearchOptions
        | NotGiven = NOT_GIVEN,
        response_format: _wire.ResponseFormatText
        | _wire.ResponseFormatJsonSchema
        | _wire.ResponseFormatJsonObject
        | NotGiven = NOT_GIVEN,
        audio: _wire.CreateChatCompletionRequestAudio | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        stop: _wire.StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: _wire.PredictionContent | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: list[_wire.ChatCompletionTool | _wire.CustomToolChatCompletions]
        | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: _wire.ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"]
        | _wire.ChatCompletionFunctionCallOption
        | NotGiven = NOT_GIVEN,
        functions: list[_wire.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Stream[_wire.CreateChatCompletionStreamResponse]: ...

    @overload
    def create(
        self,
        *,
        messages: list[_wire.ChatCompletionRequestMessage],
        model: _wire.ModelIdsShared,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTier | NotGiven = NOT_GIVEN,
        modalities: _wire.ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: _wire.Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: _wire.ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: _wire.CreateChatCompletionRequestWebSearchOptions
        | NotGiven = NOT_GIVEN,
        response_format: _wire.ResponseFormatText
        | _wire.ResponseFormatJsonSchema
        | _wire.ResponseFormatJsonObject
        | NotGiven = NOT_GIVEN,
        audio: _wire.CreateChatCompletionRequestAudio | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        stop: _wire.StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: _wire.PredictionContent | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: list[_wire.ChatCompletionTool | _wire.CustomToolChatCompletions]
        | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: _wire.ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"]
        | _wire.ChatCompletionFunctionCallOption
        | NotGiven = NOT_GIVEN,
        functions: list[_wire.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CreateChatCompletionResponse | Stream[_wire.CreateChatCompletionStreamResponse]: ...

    def create(
        self,
        *,
        messages: list[_wire.ChatCompletionRequestMessage],
        model: _wire.ModelIdsShared,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTier | NotGiven = NOT_GIVEN,
        modalities: _wire.ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: _wire.Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: _wire.ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: _wire.CreateChatCompletionRequestWebSearchOptions
        | NotGiven = NOT_GIVEN,
        response_format: _wire.ResponseFormatText
        | _wire.ResponseFormatJsonSchema
        | _wire.ResponseFormatJsonObject
        | NotGiven = NOT_GIVEN,
        audio: _wire.CreateChatCompletionRequestAudio | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        stop: _wire.StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: _wire.PredictionContent | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: list[_wire.ChatCompletionTool | _wire.CustomToolChatCompletions]
        | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: _wire.ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"]
        | _wire.ChatCompletionFunctionCallOption
        | NotGiven = NOT_GIVEN,
        functions: list[_wire.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CreateChatCompletionResponse | Stream[_wire.CreateChatCompletionStreamResponse]:
        """**Starting a new project?** We recommend trying
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
        if stream:
            return self._client._stream(
                _wire.CreateChatCompletionStreamResponse,
                "POST",
                "/chat/completions",
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
                        "messages": messages,
                        "model": model,
                        "service_tier": service_tier,
                        "modalities": modalities,
                        "verbosity": verbosity,
                        "reasoning_effort": reasoning_effort,
                        "max_completion_tokens": max_completion_tokens,
                        "frequency_penalty": frequency_penalty,
                        "presence_penalty": presence_penalty,
                        "web_search_options": web_search_options,
                        "response_format": response_format,
                        "audio": audio,
                        "store": store,
                        "moderation": moderation,
                        "stream": stream,
                        "stop": stop,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "prediction": prediction,
                        "seed": seed,
                        "stream_options": stream_options,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "function_call": function_call,
                        "functions": functions,
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
            "/chat/completions",
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
                    "messages": messages,
                    "model": model,
                    "service_tier": service_tier,
                    "modalities": modalities,
                    "verbosity": verbosity,
                    "reasoning_effort": reasoning_effort,
                    "max_completion_tokens": max_completion_tokens,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "web_search_options": web_search_options,
                    "response_format": response_format,
                    "audio": audio,
                    "store": store,
                    "moderation": moderation,
                    "stream": stream,
                    "stop": stop,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "prediction": prediction,
                    "seed": seed,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "function_call": function_call,
                    "functions": functions,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.CreateChatCompletionResponse)
        )


class ChatCompletionsWithRawResponse:
    """:class:`ChatCompletions` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: ChatCompletions) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class Chat:
    """``client.chat``: sub-resources ``completions``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return ChatWithRawResponse(self)

    @cached_property
    def completions(self) -> ChatCompletions:
        """``client.chat.completions``."""
        return ChatCompletions(self._client)


class ChatWithRawResponse:
    """:class:`Chat` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsWithRawResponse:
        return ChatCompletionsWithRawResponse(self._resource.completions)


class AsyncChatCompletions:
    """``client.chat.completions`` (async): ``create()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncChatCompletionsWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        messages: list[_wire.ChatCompletionRequestMessage],
        model: _wire.ModelIdsShared,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTier | NotGiven = NOT_GIVEN,
        modalities: _wire.ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: _wire.Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: _wire.ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: _wire.CreateChatCompletionRequestWebSearchOptions
        | NotGiven = NOT_GIVEN,
        response_format: _wire.ResponseFormatText
        | _wire.ResponseFormatJsonSchema
        | _wire.ResponseFormatJsonObject
        | NotGiven = NOT_GIVEN,
        audio: _wire.CreateChatCompletionRequestAudio | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        stop: _wire.StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: _wire.PredictionContent | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: list[_wire.ChatCompletionTool | _wire.CustomToolChatCompletions]
        | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: _wire.ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"]
        | _wire.ChatCompletionFunctionCallOption
        | NotGiven = NOT_GIVEN,
        functions: list[_wire.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CreateChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        messages: list[_wire.ChatCompletionRequestMessage],
        model: _wire.ModelIdsShared,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTier | NotGiven = NOT_GIVEN,
        modalities: _wire.ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: _wire.Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: _wire.ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: _wire.CreateChatCompletionRequestWebSearchOptions
        | NotGiven = NOT_GIVEN,
        response_format: _wire.ResponseFormatText
        | _wire.ResponseFormatJsonSchema
        | _wire.ResponseFormatJsonObject
        | NotGiven = NOT_GIVEN,
        audio: _wire.CreateChatCompletionRequestAudio | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        stop: _wire.StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: _wire.PredictionContent | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: list[_wire.ChatCompletionTool | _wire.CustomToolChatCompletions]
        | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: _wire.ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"]
        | _wire.ChatCompletionFunctionCallOption
        | NotGiven = NOT_GIVEN,
        functions: list[_wire.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncStream[_wire.CreateChatCompletionStreamResponse]: ...

    @overload
    async def create(
        self,
        *,
        messages: list[_wire.ChatCompletionRequestMessage],
        model: _wire.ModelIdsShared,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTier | NotGiven = NOT_GIVEN,
        modalities: _wire.ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: _wire.Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: _wire.ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: _wire.CreateChatCompletionRequestWebSearchOptions
        | NotGiven = NOT_GIVEN,
        response_format: _wire.ResponseFormatText
        | _wire.ResponseFormatJsonSchema
        | _wire.ResponseFormatJsonObject
        | NotGiven = NOT_GIVEN,
        audio: _wire.CreateChatCompletionRequestAudio | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        stop: _wire.StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: _wire.PredictionContent | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: list[_wire.ChatCompletionTool | _wire.CustomToolChatCompletions]
        | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: _wire.ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"]
        | _wire.ChatCompletionFunctionCallOption
        | NotGiven = NOT_GIVEN,
        functions: list[_wire.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> (
        _wire.CreateChatCompletionResponse | AsyncStream[_wire.CreateChatCompletionStreamResponse]
    ): ...

    async def create(
        self,
        *,
        messages: list[_wire.ChatCompletionRequestMessage],
        model: _wire.ModelIdsShared,
        metadata: _wire.Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: _wire.PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: _wire.ServiceTier | NotGiven = NOT_GIVEN,
        modalities: _wire.ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: _wire.Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: _wire.ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: _wire.CreateChatCompletionRequestWebSearchOptions
        | NotGiven = NOT_GIVEN,
        response_format: _wire.ResponseFormatText
        | _wire.ResponseFormatJsonSchema
        | _wire.ResponseFormatJsonObject
        | NotGiven = NOT_GIVEN,
        audio: _wire.CreateChatCompletionRequestAudio | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: _wire.ModerationParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        stop: _wire.StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: _wire.PredictionContent | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: _wire.ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: list[_wire.ChatCompletionTool | _wire.CustomToolChatCompletions]
        | NotGiven = NOT_GIVEN,
        tool_choice: _wire.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: _wire.ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"]
        | _wire.ChatCompletionFunctionCallOption
        | NotGiven = NOT_GIVEN,
        functions: list[_wire.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> _wire.CreateChatCompletionResponse | AsyncStream[_wire.CreateChatCompletionStreamResponse]:
        """**Starting a new project?** We recommend trying
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
        if stream:
            return await self._client._stream(
                _wire.CreateChatCompletionStreamResponse,
                "POST",
                "/chat/completions",
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
                        "messages": messages,
                        "model": model,
                        "service_tier": service_tier,
                        "modalities": modalities,
                        "verbosity": verbosity,
                        "reasoning_effort": reasoning_effort,
                        "max_completion_tokens": max_completion_tokens,
                        "frequency_penalty": frequency_penalty,
                        "presence_penalty": presence_penalty,
                        "web_search_options": web_search_options,
                        "response_format": response_format,
                        "audio": audio,
                        "store": store,
                        "moderation": moderation,
                        "stream": stream,
                        "stop": stop,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "prediction": prediction,
                        "seed": seed,
                        "stream_options": stream_options,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "function_call": function_call,
                        "functions": functions,
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
            "/chat/completions",
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
                    "messages": messages,
                    "model": model,
                    "service_tier": service_tier,
                    "modalities": modalities,
                    "verbosity": verbosity,
                    "reasoning_effort": reasoning_effort,
                    "max_completion_tokens": max_completion_tokens,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "web_search_options": web_search_options,
                    "response_format": response_format,
                    "audio": audio,
                    "store": store,
                    "moderation": moderation,
                    "stream": stream,
                    "stop": stop,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "prediction": prediction,
                    "seed": seed,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "function_call": function_call,
                    "functions": functions,
                }
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(
            _response, lambda _r: self._client._decode(_r, _wire.CreateChatCompletionResponse)
        )


class AsyncChatCompletionsWithRawResponse:
    """:class:`AsyncChatCompletions` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncChatCompletions) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncChat:
    """``client.chat`` (async): sub-resources ``completions``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        """``client.chat.completions``."""
        return AsyncChatCompletions(self._client)


class AsyncChatWithRawResponse:
    """:class:`AsyncChat` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithRawResponse:
        return AsyncChatCompletionsWithRawResponse(self._resource.completions)
