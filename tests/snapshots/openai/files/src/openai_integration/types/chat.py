"""Models of the OpenAI API used by ``client.chat`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from .._runtime.models import Literal, WireModel
from .shared import (
    Metadata,
    ModerationParam,
    ModerationResultBody,
    PromptCacheBreakpointParam,
    PromptCacheOptionsParam,
    ReasoningEffort,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchemaSchema,
    ResponseFormatText,
    Verbosity,
)

__all__ = [
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctions",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallCustom",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionModeration",
    "ChatCompletionModerationError",
    "ChatCompletionModerationResults",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionNamedToolChoiceCustomCustom",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageAudio",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestAssistantMessageFunctionCall",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartFileFile",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageImageUrl",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageAnnotationsItem",
    "ChatCompletionResponseMessageAnnotationsItemUrlCitation",
    "ChatCompletionResponseMessageAudio",
    "ChatCompletionResponseMessageFunctionCall",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamOptions2",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobsItem",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOption",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestAudio",
    "CreateChatCompletionRequestWebSearchOptions",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionResponseChoicesItemLogprobs",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoicesItem",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs",
    "CustomToolChatCompletions",
    "CustomToolChatCompletionsCustom",
    "CustomToolChatCompletionsCustomFormat",
    "CustomToolChatCompletionsCustomFormat2",
    "CustomToolChatCompletionsCustomFormat2Grammar",
    "FunctionObject",
    "FunctionParameters",
    "ModelIdsShared",
    "ParallelToolCalls",
    "PredictionContent",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseModalities",
    "ServiceTier",
    "StopConfiguration",
    "VoiceIdsOrCustomVoice",
    "WebSearchContextSize",
    "WebSearchLocation",
]


class CreateChatCompletionRequest(WireModel, kw_only=True):
    metadata: Metadata | None = None
    top_logprobs: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    user: str | None = None
    safety_identifier: str | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: Literal["in_memory", "24h"] | None = None
    prompt_cache_options: PromptCacheOptionsParam | None = None
    messages: list[ChatCompletionRequestMessage]
    model: ModelIdsShared
    service_tier: ServiceTier | None = None
    modalities: ResponseModalities | None = None
    verbosity: Verbosity | None = None
    reasoning_effort: ReasoningEffort | None = None
    max_completion_tokens: int | None = None
    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    web_search_options: CreateChatCompletionRequestWebSearchOptions | None = None
    response_format: (
        ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject | None
    ) = None
    audio: CreateChatCompletionRequestAudio | None = None
    store: bool | None = None
    moderation: ModerationParam | None = None
    stream: bool | None = None
    stop: StopConfiguration | None = None
    logit_bias: dict[str, int] | None = None
    logprobs: bool | None = None
    max_tokens: int | None = None
    n: int | None = None
    prediction: PredictionContent | None = None
    seed: int | None = None
    stream_options: ChatCompletionStreamOptions | None = None
    tools: list[ChatCompletionTool | CustomToolChatCompletions] | None = None
    tool_choice: ChatCompletionToolChoiceOption | None = None
    parallel_tool_calls: ParallelToolCalls | None = None
    function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOption | None = None
    functions: list[ChatCompletionFunctions] | None = None


class CreateChatCompletionRequestWebSearchOptions(WireModel, kw_only=True):
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
    """

    user_location: CreateChatCompletionRequestWebSearchOptionsUserLocation | None = None
    search_context_size: WebSearchContextSize | None = None


class CreateChatCompletionRequestWebSearchOptionsUserLocation(WireModel, kw_only=True):
    """Approximate location parameters for the search."""

    type: Literal["approximate"]
    approximate: WebSearchLocation


class CreateChatCompletionRequestAudio(WireModel, kw_only=True):
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](https://platform.openai.com/docs/guides/audio).
    """

    voice: VoiceIdsOrCustomVoice
    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]


class CreateChatCompletionResponse(WireModel, kw_only=True):
    """Represents a chat completion response returned by model, based on the provided input."""

    id: str
    choices: list[CreateChatCompletionResponseChoicesItem]
    created: int
    model: str
    metadata: Metadata | None = None
    service_tier: ServiceTier | None = None
    system_fingerprint: str | None = None
    object: Literal["chat.completion"]
    usage: CompletionUsage | None = None
    moderation: ChatCompletionModeration | None = None


class CreateChatCompletionResponseChoicesItem(WireModel, kw_only=True):
    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
    index: int
    message: ChatCompletionResponseMessage
    logprobs: CreateChatCompletionResponseChoicesItemLogprobs | None


class CreateChatCompletionResponseChoicesItemLogprobs(WireModel, kw_only=True):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None
    refusal: list[ChatCompletionTokenLogprob] | None


class CreateChatCompletionStreamResponse(WireModel, kw_only=True):
    """Represents a streamed chunk of a chat completion response returned
    by the model, based on the provided input.
    [Learn more](https://platform.openai.com/docs/guides/streaming-responses).
    """

    id: str
    choices: list[CreateChatCompletionStreamResponseChoicesItem]
    created: int
    model: str
    obfuscation: str | None = None
    service_tier: ServiceTier | None = None
    system_fingerprint: str | None = None
    object: Literal["chat.completion.chunk"]
    usage: CompletionUsage | None = None
    moderation: ChatCompletionModeration | None = None


class CreateChatCompletionStreamResponseChoicesItem(WireModel, kw_only=True):
    delta: ChatCompletionStreamResponseDelta
    logprobs: CreateChatCompletionStreamResponseChoicesItemLogprobs | None = None
    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"] | None
    index: int


class CreateChatCompletionStreamResponseChoicesItemLogprobs(WireModel, kw_only=True):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None
    refusal: list[ChatCompletionTokenLogprob] | None


class WebSearchLocation(WireModel, kw_only=True):
    """Approximate location parameters for the search."""

    country: str | None = None
    region: str | None = None
    city: str | None = None
    timezone: str | None = None


class ResponseFormatJsonSchema(WireModel, kw_only=True, tag_field="type", tag="json_schema"):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured
    Outputs](https://platform.openai.com/docs/guides/structured-outputs).
    """

    json_schema: ResponseFormatJsonSchemaJsonSchema


class ResponseFormatJsonSchemaJsonSchema(WireModel, kw_only=True):
    """Structured Outputs configuration options, including a JSON Schema."""

    description: str | None = None
    name: str
    schema: ResponseFormatJsonSchemaSchema | None = None
    strict: bool | None = None


class PredictionContent(WireModel, kw_only=True):
    """Static predicted output content, such as the content of a text file that is
    being regenerated.
    """

    type: Literal["content"]
    content: str | list[ChatCompletionRequestMessageContentPartText]


class ChatCompletionStreamOptions2(WireModel, kw_only=True):
    """Options for streaming response. Only set this when you set `stream: true`."""

    include_usage: bool | None = None
    include_obfuscation: bool | None = None


class ChatCompletionTool(WireModel, kw_only=True, tag_field="type", tag="function"):
    """A function tool that can be used to generate a response."""

    function: FunctionObject


class CustomToolChatCompletions(WireModel, kw_only=True, tag_field="type", tag="custom"):
    """A custom tool that processes input using a specified format."""

    custom: CustomToolChatCompletionsCustom


class CustomToolChatCompletionsCustom(WireModel, kw_only=True):
    """Properties of the custom tool."""

    name: str
    description: str | None = None
    format: (
        CustomToolChatCompletionsCustomFormat | CustomToolChatCompletionsCustomFormat2 | None
    ) = None


class CustomToolChatCompletionsCustomFormat(WireModel, kw_only=True, tag_field="type", tag="text"):
    """Unconstrained free-form text."""


class CustomToolChatCompletionsCustomFormat2(
    WireModel, kw_only=True, tag_field="type", tag="grammar"
):
    """A grammar defined by the user."""

    grammar: CustomToolChatCompletionsCustomFormat2Grammar


class CustomToolChatCompletionsCustomFormat2Grammar(WireModel, kw_only=True):
    """Your chosen grammar."""

    definition: str
    syntax: Literal["lark", "regex"]


class ChatCompletionFunctionCallOption(WireModel, kw_only=True):
    """Specifying a particular function via `{"name": "my_function"}` forces the model to call that
    function.
    """

    name: str


class ChatCompletionFunctions(WireModel, kw_only=True):
    description: str | None = None
    name: str
    parameters: FunctionParameters | None = None


class ChatCompletionResponseMessage(WireModel, kw_only=True):
    """A chat completion message generated by the model."""

    content: str | None
    refusal: str | None
    tool_calls: ChatCompletionMessageToolCalls | None = None
    annotations_: list[ChatCompletionResponseMessageAnnotationsItem] | None = msgspec.field(
        default=None, name="annotations"
    )
    role: Literal["assistant"]
    function_call: ChatCompletionResponseMessageFunctionCall | None = None
    audio: ChatCompletionResponseMessageAudio | None = None


class ChatCompletionResponseMessageAnnotationsItem(WireModel, kw_only=True):
    """A URL citation when using web search."""

    type: Literal["url_citation"]
    url_citation: ChatCompletionResponseMessageAnnotationsItemUrlCitation


class ChatCompletionResponseMessageAnnotationsItemUrlCitation(WireModel, kw_only=True):
    """A URL citation when using web search."""

    end_index: int
    start_index: int
    url: str
    title: str


class ChatCompletionResponseMessageFunctionCall(WireModel, kw_only=True):
    """Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be
    called, as generated by the model.
    """

    arguments: str
    name: str


class ChatCompletionResponseMessageAudio(WireModel, kw_only=True):
    """If the audio output modality is requested, this object contains data
    about the audio response from the model. [Learn
    more](https://platform.openai.com/docs/guides/audio).
    """

    id: str
    expires_at: int
    data: str
    transcript: str


class ChatCompletionTokenLogprob(WireModel, kw_only=True):
    token: str
    logprob: float
    bytes_: list[int] | None = msgspec.field(name="bytes")
    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobsItem]


class ChatCompletionTokenLogprobTopLogprobsItem(WireModel, kw_only=True):
    token: str
    logprob: float
    bytes_: list[int] | None = msgspec.field(name="bytes")


class CompletionUsage(WireModel, kw_only=True):
    """Usage statistics for the completion request."""

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None
    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None


class CompletionUsageCompletionTokensDetails(WireModel, kw_only=True):
    """Breakdown of tokens used in a completion."""

    accepted_prediction_tokens: int | None = None
    audio_tokens: int | None = None
    reasoning_tokens: int | None = None
    text_tokens: int | None = None
    rejected_prediction_tokens: int | None = None


class CompletionUsagePromptTokensDetails(WireModel, kw_only=True):
    """Breakdown of tokens used in the prompt."""

    audio_tokens: int | None = None
    cached_tokens: int | None = None
    text_tokens: int | None = None
    image_tokens: int | None = None
    cache_write_tokens: int | None = None


class ChatCompletionModeration(WireModel, kw_only=True):
    """Moderation results or errors for the request input and generated output."""

    input: ChatCompletionModerationResults | ChatCompletionModerationError
    output: ChatCompletionModerationResults | ChatCompletionModerationError


class ChatCompletionStreamResponseDelta(WireModel, kw_only=True):
    """A chat completion delta generated by streamed model responses."""

    content: str | None = None
    function_call: ChatCompletionStreamResponseDeltaFunctionCall | None = None
    tool_calls: list[ChatCompletionMessageToolCallChunk] | None = None
    role: Literal["developer", "system", "user", "assistant", "tool"] | None = None
    refusal: str | None = None


class ChatCompletionStreamResponseDeltaFunctionCall(WireModel, kw_only=True):
    """Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be
    called, as generated by the model.
    """

    arguments: str | None = None
    name: str | None = None


class ChatCompletionRequestDeveloperMessage(
    WireModel, kw_only=True, tag_field="role", tag="developer"
):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, `developer` messages
    replace the previous `system` messages.
    """

    content: str | list[ChatCompletionRequestMessageContentPartText]
    name: str | None = None


class ChatCompletionRequestSystemMessage(WireModel, kw_only=True, tag_field="role", tag="system"):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead.
    """

    content: str | list[ChatCompletionRequestSystemMessageContentPart]
    name: str | None = None


class ChatCompletionRequestUserMessage(WireModel, kw_only=True, tag_field="role", tag="user"):
    """Messages sent by an end user, containing prompts or additional context
    information.
    """

    content: str | list[ChatCompletionRequestUserMessageContentPart]
    name: str | None = None


class ChatCompletionRequestAssistantMessage(
    WireModel, kw_only=True, tag_field="role", tag="assistant"
):
    """Messages sent by the model in response to user messages."""

    content: str | list[ChatCompletionRequestAssistantMessageContentPart] | None = None
    refusal: str | None = None
    name: str | None = None
    audio: ChatCompletionRequestAssistantMessageAudio | None = None
    tool_calls: ChatCompletionMessageToolCalls | None = None
    function_call: ChatCompletionRequestAssistantMessageFunctionCall | None = None


class ChatCompletionRequestAssistantMessageAudio(WireModel, kw_only=True):
    """Data about a previous audio response from the model.
    [Learn more](https://platform.openai.com/docs/guides/audio).
    """

    id: str


class ChatCompletionRequestAssistantMessageFunctionCall(WireModel, kw_only=True):
    """Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be
    called, as generated by the model.
    """

    arguments: str
    name: str


class ChatCompletionRequestToolMessage(WireModel, kw_only=True, tag_field="role", tag="tool"):
    """Tool message"""

    content: str | list[ChatCompletionRequestToolMessageContentPart]
    tool_call_id: str


class ChatCompletionRequestFunctionMessage(
    WireModel, kw_only=True, tag_field="role", tag="function"
):
    """Function message"""

    content: str | None
    name: str


class ChatCompletionRequestMessageContentPartText(
    WireModel, kw_only=True, tag_field="type", tag="text"
):
    """Learn about [text inputs](https://platform.openai.com/docs/guides/text-generation)."""

    text: str
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class FunctionObject(WireModel, kw_only=True):
    description: str | None = None
    name: str
    parameters: FunctionParameters | None = None
    strict: bool | None = None


class ChatCompletionAllowedToolsChoice(
    WireModel, kw_only=True, tag_field="type", tag="allowed_tools"
):
    """Constrains the tools available to the model to a pre-defined set."""

    allowed_tools: ChatCompletionAllowedTools


class ChatCompletionNamedToolChoice(WireModel, kw_only=True, tag_field="type", tag="function"):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    function: ChatCompletionNamedToolChoiceFunction


class ChatCompletionNamedToolChoiceFunction(WireModel, kw_only=True):
    name: str


class ChatCompletionNamedToolChoiceCustom(WireModel, kw_only=True, tag_field="type", tag="custom"):
    """Specifies a tool the model should use. Use to force the model to call a specific custom
    tool."""

    custom: ChatCompletionNamedToolChoiceCustomCustom


class ChatCompletionNamedToolChoiceCustomCustom(WireModel, kw_only=True):
    name: str


class ChatCompletionModerationResults(
    WireModel, kw_only=True, tag_field="type", tag="moderation_results"
):
    """Successful moderation results for the request input or generated output."""

    model: str
    results: list[ModerationResultBody]


class ChatCompletionModerationError(WireModel, kw_only=True, tag_field="type", tag="error"):
    """An error produced while attempting moderation."""

    code: str
    message: str


class ChatCompletionMessageToolCallChunk(WireModel, kw_only=True):
    index: int
    id: str | None = None
    type: Literal["function"] | None = None
    function: ChatCompletionMessageToolCallChunkFunction | None = None


class ChatCompletionMessageToolCallChunkFunction(WireModel, kw_only=True):
    name: str | None = None
    arguments: str | None = None


class ChatCompletionAllowedTools(WireModel, kw_only=True):
    """Constrains the tools available to the model to a pre-defined set."""

    mode: Literal["auto", "required"]
    tools: list[dict[str, Any]]


class ChatCompletionMessageToolCall(WireModel, kw_only=True, tag_field="type", tag="function"):
    """A call to a function tool created by the model."""

    id: str
    function: ChatCompletionMessageToolCallFunction


class ChatCompletionMessageToolCallFunction(WireModel, kw_only=True):
    """The function that the model called."""

    name: str
    arguments: str


class ChatCompletionMessageCustomToolCall(WireModel, kw_only=True, tag_field="type", tag="custom"):
    """A call to a custom tool created by the model."""

    id: str
    custom: ChatCompletionMessageCustomToolCallCustom


class ChatCompletionMessageCustomToolCallCustom(WireModel, kw_only=True):
    """The custom tool that the model called."""

    name: str
    input: str


class ChatCompletionRequestMessageContentPartImage(
    WireModel, kw_only=True, tag_field="type", tag="image_url"
):
    """Learn about [image inputs](https://platform.openai.com/docs/guides/vision)."""

    image_url: ChatCompletionRequestMessageContentPartImageImageUrl
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestMessageContentPartImageImageUrl(WireModel, kw_only=True):
    url: str
    detail: Literal["auto", "low", "high"] | None = None


class ChatCompletionRequestMessageContentPartAudio(
    WireModel, kw_only=True, tag_field="type", tag="input_audio"
):
    """Learn about [audio inputs](https://platform.openai.com/docs/guides/audio)."""

    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestMessageContentPartAudioInputAudio(WireModel, kw_only=True):
    data: str
    format: Literal["wav", "mp3"]


class ChatCompletionRequestMessageContentPartFile(
    WireModel, kw_only=True, tag_field="type", tag="file"
):
    """Learn about [file inputs](https://platform.openai.com/docs/guides/text) for text
    generation."""

    file: ChatCompletionRequestMessageContentPartFileFile
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestMessageContentPartFileFile(WireModel, kw_only=True):
    filename: str | None = None
    file_data: str | None = None
    file_id: str | None = None


class ChatCompletionRequestMessageContentPartRefusal(
    WireModel, kw_only=True, tag_field="type", tag="refusal"
):
    """Refusal content part"""

    refusal: str


ChatCompletionRequestMessage: TypeAlias = (
    ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessage
)
ModelIdsShared: TypeAlias = str
ServiceTier: TypeAlias = Literal["auto", "default", "flex", "scale", "priority", "fast"] | None
ResponseModalities: TypeAlias = list[Literal["text", "audio"]] | None
WebSearchContextSize: TypeAlias = Literal["low", "medium", "high"]
VoiceIdsOrCustomVoice: TypeAlias = Any
StopConfiguration: TypeAlias = str | list[str] | None
ChatCompletionStreamOptions: TypeAlias = ChatCompletionStreamOptions2 | None
ChatCompletionToolChoiceOption: TypeAlias = (
    Literal["none", "auto", "required"]
    | ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustom
)
ParallelToolCalls: TypeAlias = bool
FunctionParameters: TypeAlias = dict[str, Any]
ChatCompletionMessageToolCalls: TypeAlias = list[
    ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall
]
ChatCompletionRequestSystemMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
)
ChatCompletionRequestUserMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartFile
)
ChatCompletionRequestAssistantMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartRefusal
)
ChatCompletionRequestToolMessageContentPart: TypeAlias = ChatCompletionRequestMessageContentPartText
