"""Wire models of the OpenAI API (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from ._runtime.models import WireModel

__all__ = [
    "AdditionalTools",
    "AdditionalToolsItemParam",
    "Annotation",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallStatus",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchOperationParam",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolParam",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApproximateLocation",
    "AutoCodeInterpreterToolParam",
    "CallableToolAllowedCaller",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctions",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallCustom",
    "ChatCompletionMessageToolCall",
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
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobsItem",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOption",
    "ClickButtonType",
    "ClickParam",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterTool",
    "CodeInterpreterToolCall",
    "CompactionBody",
    "CompactionSummaryItemParam",
    "CompactionTriggerItemParam",
    "ComparisonFilter",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CompoundFilter",
    "ComputerAction",
    "ComputerActionList",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerEnvironment",
    "ComputerScreenshotImage",
    "ComputerTool",
    "ComputerToolCall",
    "ComputerToolCallOutputResource",
    "ComputerUsePreviewTool",
    "ContainerAutoParam",
    "ContainerFileCitationBody",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReferenceParam",
    "ContainerReferenceResource",
    "ContextManagementParam",
    "ConversationParam",
    "ConversationParam2",
    "CoordParam",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestAudio",
    "CreateChatCompletionRequestWebSearchOptions",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionResponseChoicesItemLogprobs",
    "CreateFileRequest",
    "CreateResponse",
    "CustomGrammarFormatParam",
    "CustomTextFormatParam",
    "CustomToolCall",
    "CustomToolCallOutput",
    "CustomToolCallOutputResource",
    "CustomToolChatCompletions",
    "CustomToolChatCompletionsCustom",
    "CustomToolChatCompletionsCustomFormat",
    "CustomToolChatCompletionsCustomFormat2",
    "CustomToolChatCompletionsCustomFormat2Grammar",
    "CustomToolParam",
    "DeleteFileResponse",
    "DetailEnum",
    "DirectToolCallCaller",
    "DirectToolCallCallerParam",
    "DoubleClickAction",
    "DragParam",
    "EasyInputMessage",
    "EmptyModelParam",
    "FileCitationBody",
    "FileDetailEnum",
    "FileExpirationAfter",
    "FileInputDetail",
    "FilePath",
    "FileSearchTool",
    "FileSearchToolCall",
    "FileSearchToolCallResultsItem",
    "Filters",
    "FunctionAndCustomToolCallOutput",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionObject",
    "FunctionParameters",
    "FunctionShellAction",
    "FunctionShellActionParam",
    "FunctionShellCall",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemStatus",
    "FunctionShellCallOutput",
    "FunctionShellCallOutputContent",
    "FunctionShellCallOutputContentParam",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputItemParam",
    "FunctionShellCallOutputOutcomeParam",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallStatus",
    "FunctionShellToolParam",
    "FunctionTool",
    "FunctionToolCall",
    "FunctionToolCallOutputResource",
    "FunctionToolParam",
    "GrammarSyntax1",
    "HTTPError",
    "HybridSearchOptions",
    "ImageDetail",
    "ImageGenActionEnum",
    "ImageGenTool",
    "ImageGenToolCall",
    "ImageGenToolInputImageMask",
    "IncludeEnum",
    "InlineSkillParam",
    "InlineSkillSourceParam",
    "InputContent",
    "InputFidelity",
    "InputFileContent",
    "InputFileContentParam",
    "InputImageContent",
    "InputImageContentParamAutoParam",
    "InputItem",
    "InputMessage",
    "InputMessageContentList",
    "InputParam",
    "InputTextContent",
    "InputTextContentParam",
    "Item",
    "ItemReferenceParam",
    "KeyPressAction",
    "ListFilesResponse",
    "ListModelsResponse",
    "LocalEnvironmentParam",
    "LocalEnvironmentResource",
    "LocalShellExecAction",
    "LocalShellToolCall",
    "LocalShellToolCallOutput",
    "LocalShellToolParam",
    "LocalSkillParam",
    "LogProb",
    "MCPApprovalRequest",
    "MCPApprovalResponse",
    "MCPApprovalResponseResource",
    "MCPListTools",
    "MCPListToolsTool",
    "MCPProtocolError",
    "MCPTool",
    "MCPToolCall",
    "MCPToolCallError",
    "MCPToolCallStatus",
    "MCPToolExecutionError",
    "MCPToolFilter",
    "MCPToolRequireApproval",
    "MessagePhase",
    "MessageRole",
    "Metadata",
    "Model",
    "ModelIdsResponses",
    "ModelIdsShared",
    "Moderation",
    "ModerationConfigParam",
    "ModerationErrorBody",
    "ModerationInputType",
    "ModerationMode",
    "ModerationParam",
    "ModerationPolicyParam",
    "ModerationResultBody",
    "MoveParam",
    "NamespaceToolParam",
    "OpenAIFile",
    "OutputItem",
    "OutputMessage",
    "OutputMessageContent",
    "OutputTextContent",
    "ParallelToolCalls",
    "PredictionContent",
    "Program",
    "ProgramItemParam",
    "ProgramOutput",
    "ProgramOutputItemParam",
    "ProgramOutputItemStatus",
    "ProgramOutputStatus",
    "ProgramToolCallCaller",
    "ProgramToolCallCallerParam",
    "ProgrammaticToolCallingParam",
    "Prompt",
    "Prompt2",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointParam",
    "PromptCacheModeEnum",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "PromptCacheTTLEnum",
    "RankerVersionType",
    "RankingOptions",
    "Reasoning",
    "ReasoningEffort",
    "ReasoningItem",
    "ReasoningModeEnum",
    "ReasoningTextContent",
    "RefusalContent",
    "Response",
    "ResponseConversation",
    "ResponseError",
    "ResponseError2",
    "ResponseErrorCode",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseIncompleteDetails",
    "ResponseModalities",
    "ResponsePromptVariables",
    "ResponseStreamOptions",
    "ResponseStreamOptions2",
    "ResponseTextParam",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ScreenshotParam",
    "ScrollParam",
    "SearchContentType",
    "SearchContextSize",
    "ServiceTier",
    "ServiceTierResponses",
    "SkillReferenceParam",
    "SpecificApplyPatchParam",
    "SpecificFunctionShellParam",
    "SpecificProgrammaticToolCallingParam",
    "StopConfiguration",
    "SummaryTextContent",
    "TextResponseFormatConfiguration",
    "TextResponseFormatJsonSchema",
    "Tool",
    "ToolCallCaller",
    "ToolCallCallerParam",
    "ToolChoiceAllowed",
    "ToolChoiceCustom",
    "ToolChoiceFunction",
    "ToolChoiceMCP",
    "ToolChoiceOptions",
    "ToolChoiceParam",
    "ToolChoiceTypes",
    "ToolSearchCall",
    "ToolSearchCallItemParam",
    "ToolSearchExecutionType",
    "ToolSearchOutput",
    "ToolSearchOutputItemParam",
    "ToolSearchToolParam",
    "ToolsArray",
    "TopLogProb",
    "TypeParam",
    "UrlCitationBody",
    "VectorStoreFileAttributes",
    "Verbosity",
    "VoiceIdsOrCustomVoice",
    "VoiceIdsOrCustomVoice2",
    "VoiceIdsShared",
    "WaitParam",
    "WebSearchActionFind",
    "WebSearchActionOpenPage",
    "WebSearchActionSearch",
    "WebSearchActionSearchSourcesItem",
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocation2",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchPreviewTool",
    "WebSearchTool",
    "WebSearchToolCall",
    "WebSearchToolFilters",
]


class CreateChatCompletionRequest(WireModel, kw_only=True):
    metadata: Metadata | None = None
    top_logprobs: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    user: str | None = None
    safety_identifier: str | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: str | None = None
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
    function_call: str | ChatCompletionFunctionCallOption | None = None
    functions: list[ChatCompletionFunctions] | None = None


class CreateChatCompletionRequestWebSearchOptions(WireModel, kw_only=True):
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).
    """

    user_location: CreateChatCompletionRequestWebSearchOptionsUserLocation | None = None
    search_context_size: WebSearchContextSize | None = None


class CreateChatCompletionRequestWebSearchOptionsUserLocation(WireModel, kw_only=True):
    """Approximate location parameters for the search."""

    type: str
    approximate: WebSearchLocation


class CreateChatCompletionRequestAudio(WireModel, kw_only=True):
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio).
    """

    voice: VoiceIdsOrCustomVoice
    format: str


class CreateChatCompletionResponse(WireModel, kw_only=True):
    """Represents a chat completion response returned by model, based on the provided input."""

    id: str
    choices: list[CreateChatCompletionResponseChoicesItem]
    created: int
    model: str
    metadata: Metadata | None = None
    service_tier: ServiceTier | None = None
    system_fingerprint: str | None = None
    object: str
    usage: CompletionUsage | None = None
    moderation: ChatCompletionModeration | None = None


class CreateChatCompletionResponseChoicesItem(WireModel, kw_only=True):
    finish_reason: str
    index: int
    message: ChatCompletionResponseMessage
    logprobs: CreateChatCompletionResponseChoicesItemLogprobs | None


class CreateChatCompletionResponseChoicesItemLogprobs(WireModel, kw_only=True):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None
    refusal: list[ChatCompletionTokenLogprob] | None


class ListFilesResponse(WireModel, kw_only=True):
    object: str
    data: list[OpenAIFile]
    first_id: str
    last_id: str
    has_more: bool


class CreateFileRequest(WireModel, kw_only=True):
    file: bytes | tuple[str, bytes]
    purpose: str
    expires_after: FileExpirationAfter | None = None


class OpenAIFile(WireModel, kw_only=True):
    """The `File` object represents a document that has been uploaded to OpenAI."""

    id: str
    bytes_: int = msgspec.field(name="bytes")
    created_at: int
    expires_at: int | None = None
    filename: str
    object: str
    purpose: str
    status: str
    status_details: str | None = None


class DeleteFileResponse(WireModel, kw_only=True):
    id: str
    object: str
    deleted: bool


class ListModelsResponse(WireModel, kw_only=True):
    object: str
    data: list[Model]


class Model(WireModel, kw_only=True):
    """Describes an OpenAI model offering that can be used with the API."""

    id: str
    created: int
    object: str
    owned_by: str
    shutdown_date: str | None = None


class CreateResponse(WireModel, kw_only=True):
    metadata: Metadata | None = None
    top_logprobs: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    user: str | None = None
    safety_identifier: str | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: str | None = None
    prompt_cache_options: PromptCacheOptionsParam | None = None
    previous_response_id: str | None = None
    model: ModelIdsResponses | None = None
    background: bool | None = None
    max_tool_calls: int | None = None
    text: ResponseTextParam | None = None
    tools: ToolsArray | None = None
    tool_choice: ToolChoiceParam | None = None
    prompt: Prompt | None = None
    service_tier: ServiceTierResponses | None = None
    truncation: str | None = None
    reasoning: Reasoning | None = None
    input: InputParam | None = None
    include: list[IncludeEnum] | None = None
    parallel_tool_calls: bool | None = None
    store: bool | None = None
    instructions: str | None = None
    moderation: ModerationParam | None = None
    stream: bool | None = None
    stream_options: ResponseStreamOptions | None = None
    conversation: ConversationParam | None = None
    context_management: list[ContextManagementParam] | None = None
    max_output_tokens: int | None = None


class Response(WireModel, kw_only=True):
    """The response object"""

    metadata: Metadata
    top_logprobs: int | None = None
    temperature: float | None
    top_p: float | None
    user: str | None = None
    safety_identifier: str | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: str | None = None
    previous_response_id: str | None = None
    model: ModelIdsResponses
    background: bool | None = None
    max_tool_calls: int | None = None
    text: ResponseTextParam | None = None
    tools: ToolsArray
    tool_choice: ToolChoiceParam
    prompt: Prompt | None = None
    service_tier: ServiceTierResponses | None = None
    truncation: str | None = None
    id: str
    object: str
    status: str | None = None
    created_at: float
    completed_at: float | None = None
    error: ResponseError
    incomplete_details: ResponseIncompleteDetails | None
    output: list[OutputItem]
    reasoning: Reasoning | None = None
    instructions: str | list[InputItem] | None
    output_text: str | None = None
    usage: ResponseUsage | None = None
    prompt_cache_options: PromptCacheOptions | None = None
    moderation: Moderation | None = None
    parallel_tool_calls: bool
    conversation: ResponseConversation | None = None
    max_output_tokens: int | None = None


class ResponseIncompleteDetails(WireModel, kw_only=True):
    """Details about why the response is incomplete."""

    reason: str | None = None


class PromptCacheOptionsParam(WireModel, kw_only=True):
    """Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
    automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to
    content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints.
    For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation,
    without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit
    breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the
    [prompt caching guide](/docs/guides/prompt-caching) for current details.
    """

    ttl: PromptCacheTTLEnum | None = None
    mode: PromptCacheModeEnum | None = None


class WebSearchLocation(WireModel, kw_only=True):
    """Approximate location parameters for the search."""

    country: str | None = None
    region: str | None = None
    city: str | None = None
    timezone: str | None = None


class ResponseFormatText(WireModel, kw_only=True, tag_field="type", tag="text"):
    """Default response format. Used to generate text responses."""


class ResponseFormatJsonSchema(WireModel, kw_only=True, tag_field="type", tag="json_schema"):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs).
    """

    json_schema: ResponseFormatJsonSchemaJsonSchema


class ResponseFormatJsonSchemaJsonSchema(WireModel, kw_only=True):
    """Structured Outputs configuration options, including a JSON Schema."""

    description: str | None = None
    name: str
    schema: ResponseFormatJsonSchemaSchema | None = None
    strict: bool | None = None


class ResponseFormatJsonObject(WireModel, kw_only=True, tag_field="type", tag="json_object"):
    """JSON object response format. An older method of generating JSON responses.
    Using `json_schema` is recommended for models that support it. Note that the
    model will not generate JSON without a system or user message instructing it
    to do so.
    """


class VoiceIdsOrCustomVoice2(WireModel, kw_only=True):
    """Custom voice reference."""

    id: str


class ModerationParam(WireModel, kw_only=True):
    """Configuration for running moderation on the input and output of this response."""

    model: str
    policy: ModerationPolicyParam | None = None


class PredictionContent(WireModel, kw_only=True):
    """Static predicted output content, such as the content of a text file that is
    being regenerated.
    """

    type: str
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
    syntax: str


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
    role: str
    function_call: ChatCompletionResponseMessageFunctionCall | None = None
    audio: ChatCompletionResponseMessageAudio | None = None


class ChatCompletionResponseMessageAnnotationsItem(WireModel, kw_only=True):
    """A URL citation when using web search."""

    type: str
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
    about the audio response from the model. [Learn more](/docs/guides/audio).
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


class FileExpirationAfter(WireModel, kw_only=True):
    """The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
    and all other files are persisted until they are manually deleted.
    """

    anchor: str
    seconds: int


class ResponseTextParam(WireModel, kw_only=True):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    format: TextResponseFormatConfiguration | None = None
    verbosity: Verbosity | None = None


class Prompt2(WireModel, kw_only=True):
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: str
    version: str | None = None
    variables: ResponsePromptVariables | None = None


class Reasoning(WireModel, kw_only=True):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    mode: ReasoningModeEnum | None = None
    effort: ReasoningEffort | None = None
    summary: str | None = None
    context: str | None = None
    generate_summary: str | None = None


class ResponseStreamOptions2(WireModel, kw_only=True):
    """Options for streaming responses. Only set this when you set `stream: true`."""

    include_obfuscation: bool | None = None


class ContextManagementParam(WireModel, kw_only=True):
    type: str
    compact_threshold: int | None = None


class ResponseError2(WireModel, kw_only=True):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode
    message: str


class ResponseUsage(WireModel, kw_only=True):
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    input_tokens: int
    input_tokens_details: ResponseUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: ResponseUsageOutputTokensDetails
    total_tokens: int


class ResponseUsageInputTokensDetails(WireModel, kw_only=True):
    """A detailed breakdown of the input tokens."""

    cached_tokens: int
    cache_write_tokens: int


class ResponseUsageOutputTokensDetails(WireModel, kw_only=True):
    """A detailed breakdown of the output tokens."""

    reasoning_tokens: int


class PromptCacheOptions(WireModel, kw_only=True):
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and
    later models.
    """

    ttl: PromptCacheTTLEnum
    mode: PromptCacheModeEnum


class Moderation(WireModel, kw_only=True):
    """Moderation results or errors for the response input and output."""

    input: ModerationResultBody | ModerationErrorBody
    output: ModerationResultBody | ModerationErrorBody


class ResponseConversation(WireModel, kw_only=True):
    """The conversation that this response belonged to. Input items and output items from this
    response were automatically added to this conversation.
    """

    id: str


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
    [Learn more](/docs/guides/audio).
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


class ModerationPolicyParam(WireModel, kw_only=True):
    """The policy to apply to moderated response input and output."""

    input: ModerationConfigParam | None = None
    output: ModerationConfigParam | None = None


class ChatCompletionRequestMessageContentPartText(
    WireModel, kw_only=True, tag_field="type", tag="text"
):
    """Learn about [text inputs](/docs/guides/text-generation)."""

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
    """Specifies a tool the model should use. Use to force the model to call a specific custom tool."""

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


class ToolChoiceAllowed(WireModel, kw_only=True):
    """Constrains the tools available to the model to a pre-defined set."""

    type: str
    mode: str
    tools: list[dict[str, Any]]


class ToolChoiceTypes(WireModel, kw_only=True):
    """Indicates that the model should use a built-in tool to generate a response.
    [Learn more about built-in tools](/docs/guides/tools).
    """

    type: str


class ToolChoiceFunction(WireModel, kw_only=True):
    """Use this option to force the model to call a specific function."""

    type: str
    name: str


class ToolChoiceMCP(WireModel, kw_only=True):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    type: str
    server_label: str
    name: str | None = None


class ToolChoiceCustom(WireModel, kw_only=True):
    """Use this option to force the model to call a specific custom tool."""

    type: str
    name: str


class SpecificProgrammaticToolCallingParam(WireModel, kw_only=True):
    type: str


class SpecificApplyPatchParam(WireModel, kw_only=True):
    """Forces the model to call the apply_patch tool when executing a tool call."""

    type: str


class SpecificFunctionShellParam(WireModel, kw_only=True):
    """Forces the model to call the shell tool when a tool call is required."""

    type: str


class ConversationParam2(WireModel, kw_only=True):
    """The conversation that this response belongs to."""

    id: str


class OutputMessage(WireModel, kw_only=True, tag_field="type", tag="message"):
    """An output message from the model."""

    id: str
    role: str
    content: list[OutputMessageContent]
    phase: MessagePhase | None = None
    status: str


class FileSearchToolCall(WireModel, kw_only=True, tag_field="type", tag="file_search_call"):
    """The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information.
    """

    id: str
    status: str
    queries: list[str]
    results: list[FileSearchToolCallResultsItem] | None = None


class FileSearchToolCallResultsItem(WireModel, kw_only=True):
    file_id: str | None = None
    text: str | None = None
    filename: str | None = None
    attributes: VectorStoreFileAttributes | None = None
    score: float | None = None


class FunctionToolCall(WireModel, kw_only=True, tag_field="type", tag="function_call"):
    """A tool call to run a function. See the
    [function calling guide](/docs/guides/function-calling) for more information.
    """

    id: str | None = None
    call_id: str
    caller: ToolCallCaller | None = None
    namespace: str | None = None
    name: str
    arguments: str
    status: str | None = None


class FunctionToolCallOutputResource(
    WireModel, kw_only=True, tag_field="type", tag="function_call_output"
):
    id: str
    call_id: str | None = None
    name: str | None = None
    namespace: str | None = None
    caller: ToolCallCallerParam | None = None
    output: str | list[FunctionAndCustomToolCallOutput]
    status: FunctionCallOutputStatusEnum
    created_by: str | None = None


class WebSearchToolCall(WireModel, kw_only=True, tag_field="type", tag="web_search_call"):
    """The results of a web search tool call. See the
    [web search guide](/docs/guides/tools-web-search) for more information.
    """

    id: str
    status: str
    action: WebSearchActionSearch | WebSearchActionOpenPage | WebSearchActionFind


class ComputerToolCall(WireModel, kw_only=True, tag_field="type", tag="computer_call"):
    """A tool call to a computer use tool. See the
    [computer use guide](/docs/guides/tools-computer-use) for more information.
    """

    id: str
    call_id: str
    action: ComputerAction | None = None
    actions: ComputerActionList | None = None
    pending_safety_checks: list[ComputerCallSafetyCheckParam]
    status: str


class ComputerToolCallOutputResource(
    WireModel, kw_only=True, tag_field="type", tag="computer_call_output"
):
    id: str
    call_id: str
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None
    output: ComputerScreenshotImage
    status: ComputerCallOutputStatus
    created_by: str | None = None


class ReasoningItem(WireModel, kw_only=True, tag_field="type", tag="reasoning"):
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](/docs/guides/conversation-state).
    """

    id: str
    encrypted_content: str | None = None
    summary: list[SummaryTextContent]
    content: list[ReasoningTextContent] | None = None
    status: str | None = None


class Program(WireModel, kw_only=True, tag_field="type", tag="program"):
    id: str
    call_id: str
    code: str
    fingerprint: str


class ProgramOutput(WireModel, kw_only=True, tag_field="type", tag="program_output"):
    id: str
    call_id: str
    result: str
    status: ProgramOutputStatus


class ToolSearchCall(WireModel, kw_only=True, tag_field="type", tag="tool_search_call"):
    id: str
    call_id: str | None
    execution: ToolSearchExecutionType
    arguments: Any
    status: FunctionCallStatus
    created_by: str | None = None


class ToolSearchOutput(WireModel, kw_only=True, tag_field="type", tag="tool_search_output"):
    id: str
    call_id: str | None
    execution: ToolSearchExecutionType
    tools: list[Tool]
    status: FunctionCallOutputStatusEnum
    created_by: str | None = None


class AdditionalTools(WireModel, kw_only=True, tag_field="type", tag="additional_tools"):
    id: str
    role: MessageRole
    tools: list[Tool]


class CompactionBody(WireModel, kw_only=True, tag_field="type", tag="compaction"):
    """A compaction item generated by the [`v1/responses/compact`
    API](/docs/api-reference/responses/compact).
    """

    id: str
    encrypted_content: str
    created_by: str | None = None


class ImageGenToolCall(WireModel, kw_only=True, tag_field="type", tag="image_generation_call"):
    """An image generation request made by the model."""

    id: str
    status: str
    result: str | None


class CodeInterpreterToolCall(
    WireModel, kw_only=True, tag_field="type", tag="code_interpreter_call"
):
    """A tool call to run code."""

    id: str
    status: str
    container_id: str
    code: str | None
    outputs: list[CodeInterpreterOutputLogs | CodeInterpreterOutputImage] | None


class LocalShellToolCall(WireModel, kw_only=True, tag_field="type", tag="local_shell_call"):
    """A tool call to run a command on the local shell."""

    id: str
    call_id: str
    action: LocalShellExecAction
    status: str


class LocalShellToolCallOutput(
    WireModel, kw_only=True, tag_field="type", tag="local_shell_call_output"
):
    """The output of a local shell tool call."""

    id: str
    output: str
    status: str | None = None


class FunctionShellCall(WireModel, kw_only=True, tag_field="type", tag="shell_call"):
    """A tool call that executes one or more shell commands in a managed environment."""

    id: str
    call_id: str
    caller: ToolCallCaller | None = None
    action: FunctionShellAction
    status: FunctionShellCallStatus
    environment: LocalEnvironmentResource | ContainerReferenceResource | None
    created_by: str | None = None


class FunctionShellCallOutput(WireModel, kw_only=True, tag_field="type", tag="shell_call_output"):
    """The output of a shell tool call that was emitted."""

    id: str
    call_id: str
    caller: ToolCallCaller | None = None
    status: FunctionShellCallOutputStatusEnum
    output: list[FunctionShellCallOutputContent]
    max_output_length: int | None
    created_by: str | None = None


class ApplyPatchToolCall(WireModel, kw_only=True, tag_field="type", tag="apply_patch_call"):
    """A tool call that applies file diffs by creating, deleting, or updating files."""

    id: str
    call_id: str
    caller: ToolCallCaller | None = None
    status: ApplyPatchCallStatus
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchUpdateFileOperation
    )
    created_by: str | None = None


class ApplyPatchToolCallOutput(
    WireModel, kw_only=True, tag_field="type", tag="apply_patch_call_output"
):
    """The output emitted by an apply patch tool call."""

    id: str
    call_id: str
    caller: ToolCallCaller | None = None
    status: ApplyPatchCallOutputStatus
    output: str | None = None
    created_by: str | None = None


class MCPToolCall(WireModel, kw_only=True, tag_field="type", tag="mcp_call"):
    """An invocation of a tool on an MCP server."""

    id: str
    server_label: str
    name: str
    arguments: str
    output: str | None = None
    error: MCPToolCallError | None = None
    status: MCPToolCallStatus | None = None
    approval_request_id: str | None = None


class MCPListTools(WireModel, kw_only=True, tag_field="type", tag="mcp_list_tools"):
    """A list of tools available on an MCP server."""

    id: str
    server_label: str
    tools: list[MCPListToolsTool]
    error: str | None = None


class MCPApprovalRequest(WireModel, kw_only=True, tag_field="type", tag="mcp_approval_request"):
    """A request for human approval of a tool invocation."""

    id: str
    server_label: str
    name: str
    arguments: str


class MCPApprovalResponseResource(
    WireModel, kw_only=True, tag_field="type", tag="mcp_approval_response"
):
    """A response to an MCP approval request."""

    id: str
    approval_request_id: str
    approve: bool
    reason: str | None = None


class CustomToolCall(WireModel, kw_only=True, tag_field="type", tag="custom_tool_call"):
    """A call to a custom tool created by the model."""

    id: str | None = None
    call_id: str
    caller: ToolCallCaller | None = None
    namespace: str | None = None
    name: str
    input: str


class CustomToolCallOutputResource(
    WireModel, kw_only=True, tag_field="type", tag="custom_tool_call_output"
):
    """ResponseCustomToolCallOutputItem"""

    id: str
    call_id: str
    caller: ToolCallCallerParam | None = None
    output: str | list[FunctionAndCustomToolCallOutput]
    status: FunctionCallOutputStatusEnum
    created_by: str | None = None


class EasyInputMessage(WireModel, kw_only=True):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions.
    """

    role: str
    content: str | InputMessageContentList
    phase: MessagePhase | None = None
    type: str | None = None


class CompactionTriggerItemParam(WireModel, kw_only=True):
    """Compacts the current context. Must be the final input item."""

    type: str


class ItemReferenceParam(WireModel, kw_only=True):
    """An internal identifier for an item to reference."""

    type: str | None = None
    id: str


class ProgramItemParam(WireModel, kw_only=True):
    id: str
    type: str
    call_id: str
    code: str
    fingerprint: str


class ProgramOutputItemParam(WireModel, kw_only=True):
    id: str
    type: str
    call_id: str
    result: str
    status: ProgramOutputItemStatus


class ModerationResultBody(WireModel, kw_only=True, tag_field="type", tag="moderation_result"):
    """A moderation result produced for the response input or output."""

    model: str
    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    category_applied_input_types: dict[str, list[ModerationInputType]]


class ModerationErrorBody(WireModel, kw_only=True, tag_field="type", tag="error"):
    """An error produced while attempting moderation for the response input or output."""

    code: str
    message: str


class ModerationConfigParam(WireModel, kw_only=True):
    """The moderation policy for the response input."""

    mode: ModerationMode


class PromptCacheBreakpointParam(WireModel, kw_only=True):
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
    request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: str


class ChatCompletionAllowedTools(WireModel, kw_only=True):
    """Constrains the tools available to the model to a pre-defined set."""

    mode: str
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


class TextResponseFormatJsonSchema(WireModel, kw_only=True, tag_field="type", tag="json_schema"):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs).
    """

    description: str | None = None
    name: str
    schema: ResponseFormatJsonSchemaSchema
    strict: bool | None = None


class FunctionTool(WireModel, kw_only=True):
    """Defines a function in your own code the model can choose to call. Learn more about [function
    calling](https://platform.openai.com/docs/guides/function-calling).
    """

    type: str
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None
    output_schema: dict[str, Any] | None = None
    strict: bool | None
    defer_loading: bool | None = None
    allowed_callers: list[CallableToolAllowedCaller] | None = None


class FileSearchTool(WireModel, kw_only=True):
    """A tool that searches for relevant content from uploaded files. Learn more about the [file
    search tool](https://platform.openai.com/docs/guides/tools-file-search).
    """

    type: str
    vector_store_ids: list[str]
    max_num_results: int | None = None
    ranking_options: RankingOptions | None = None
    filters: Filters | None = None


class ComputerTool(WireModel, kw_only=True):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    type: str


class ComputerUsePreviewTool(WireModel, kw_only=True):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    type: str
    environment: ComputerEnvironment
    display_width: int
    display_height: int


class WebSearchTool(WireModel, kw_only=True):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](/docs/guides/tools-web-search).
    """

    type: str
    external_web_access: bool | None = None
    filters: WebSearchToolFilters | None = None
    user_location: WebSearchApproximateLocation | None = None
    search_context_size: str | None = None


class WebSearchToolFilters(WireModel, kw_only=True):
    """Filters for the search."""

    allowed_domains: list[str] | None = None


class MCPTool(WireModel, kw_only=True):
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp).
    """

    type: str
    server_label: str
    server_url: str | None = None
    connector_id: str | None = None
    tunnel_id: str | None = None
    authorization: str | None = None
    server_description: str | None = None
    headers: dict[str, str] | None = None
    allowed_tools: list[str] | MCPToolFilter | None = None
    allowed_callers: list[CallableToolAllowedCaller] | None = None
    require_approval: MCPToolRequireApproval | str | None = None
    defer_loading: bool | None = None


class MCPToolRequireApproval(WireModel, kw_only=True):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.
    """

    always: MCPToolFilter | None = None
    never: MCPToolFilter | None = None


class CodeInterpreterTool(WireModel, kw_only=True):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: str
    container: str | AutoCodeInterpreterToolParam
    allowed_callers: list[CallableToolAllowedCaller] | None = None


class ProgrammaticToolCallingParam(WireModel, kw_only=True):
    type: str


class ImageGenTool(WireModel, kw_only=True):
    """A tool that generates images using the GPT image models."""

    type: str
    model: str | None = None
    quality: str | None = None
    size: str | None = None
    output_format: str | None = None
    output_compression: int | None = None
    moderation: str | None = None
    background: str | None = None
    input_fidelity: InputFidelity | None = None
    input_image_mask: ImageGenToolInputImageMask | None = None
    partial_images: int | None = None
    action: ImageGenActionEnum | None = None


class ImageGenToolInputImageMask(WireModel, kw_only=True):
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional).
    """

    image_url: str | None = None
    file_id: str | None = None


class LocalShellToolParam(WireModel, kw_only=True):
    """A tool that allows the model to execute shell commands in a local environment."""

    type: str


class FunctionShellToolParam(WireModel, kw_only=True):
    """A tool that allows the model to execute shell commands."""

    type: str
    environment: ContainerAutoParam | LocalEnvironmentParam | ContainerReferenceParam | None = None
    allowed_callers: list[CallableToolAllowedCaller] | None = None


class CustomToolParam(WireModel, kw_only=True, tag_field="type", tag="custom"):
    """A custom tool that processes input using a specified format. Learn more about   [custom
    tools](/docs/guides/function-calling#custom-tools)
    """

    name: str
    description: str | None = None
    format: CustomTextFormatParam | CustomGrammarFormatParam | None = None
    defer_loading: bool | None = None
    allowed_callers: list[CallableToolAllowedCaller] | None = None


class NamespaceToolParam(WireModel, kw_only=True):
    """Groups function/custom tools under a shared namespace."""

    type: str
    name: str
    description: str
    tools: list[FunctionToolParam | CustomToolParam]


class ToolSearchToolParam(WireModel, kw_only=True):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: str
    execution: ToolSearchExecutionType | None = None
    description: str | None = None
    parameters: EmptyModelParam | None = None


class WebSearchPreviewTool(WireModel, kw_only=True):
    """This tool searches the web for relevant results to use in a response. Learn more about the
    [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
    """

    type: str
    user_location: ApproximateLocation | None = None
    search_context_size: SearchContextSize | None = None
    search_content_types: list[SearchContentType] | None = None


class ApplyPatchToolParam(WireModel, kw_only=True):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: str
    allowed_callers: list[CallableToolAllowedCaller] | None = None


class InputTextContent(WireModel, kw_only=True, tag_field="type", tag="input_text"):
    """A text input to the model."""

    text: str
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None


class InputImageContent(WireModel, kw_only=True, tag_field="type", tag="input_image"):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)."""

    image_url: str | None = None
    file_id: str | None = None
    detail: ImageDetail
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None


class InputFileContent(WireModel, kw_only=True, tag_field="type", tag="input_file"):
    """A file input to the model."""

    file_id: str | None = None
    filename: str | None = None
    file_data: str | None = None
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    file_url: str | None = None
    detail: FileInputDetail | None = None


class WebSearchActionSearch(WireModel, kw_only=True, tag_field="type", tag="search"):
    """Action type "search" - Performs a web search query."""

    query: str | None = None
    queries: list[str] | None = None
    sources: list[WebSearchActionSearchSourcesItem] | None = None


class WebSearchActionSearchSourcesItem(WireModel, kw_only=True):
    """A source used in the search."""

    type: str
    url: str


class WebSearchActionOpenPage(WireModel, kw_only=True, tag_field="type", tag="open_page"):
    """Action type "open_page" - Opens a specific URL from search results."""

    url: str | None = None


class WebSearchActionFind(WireModel, kw_only=True, tag_field="type", tag="find_in_page"):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    url: str
    pattern: str


class ComputerCallSafetyCheckParam(WireModel, kw_only=True):
    """A pending safety check for the computer call."""

    id: str
    code: str | None = None
    message: str | None = None


class ComputerScreenshotImage(WireModel, kw_only=True):
    """A computer screenshot image used with the computer use tool."""

    type: str
    image_url: str | None = None
    file_id: str | None = None


class SummaryTextContent(WireModel, kw_only=True):
    """A summary text from the model."""

    type: str
    text: str


class ReasoningTextContent(WireModel, kw_only=True):
    """Reasoning text from the model."""

    type: str
    text: str


class CodeInterpreterOutputLogs(WireModel, kw_only=True, tag_field="type", tag="logs"):
    """The logs output from the code interpreter."""

    logs: str


class CodeInterpreterOutputImage(WireModel, kw_only=True, tag_field="type", tag="image"):
    """The image output from the code interpreter."""

    url: str


class LocalShellExecAction(WireModel, kw_only=True):
    """Execute a shell command on the server."""

    type: str
    command: list[str]
    timeout_ms: int | None = None
    working_directory: str | None = None
    env: dict[str, str]
    user: str | None = None


class FunctionShellAction(WireModel, kw_only=True):
    """Execute a shell command."""

    commands: list[str]
    timeout_ms: int | None
    max_output_length: int | None


class LocalEnvironmentResource(WireModel, kw_only=True, tag_field="type", tag="local"):
    """Represents the use of a local environment to perform shell actions."""


class ContainerReferenceResource(
    WireModel, kw_only=True, tag_field="type", tag="container_reference"
):
    """Represents a container created with /v1/containers."""

    container_id: str


class FunctionShellCallOutputContent(WireModel, kw_only=True):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    stderr: str
    outcome: FunctionShellCallOutputTimeoutOutcome | FunctionShellCallOutputExitOutcome
    created_by: str | None = None


class ApplyPatchCreateFileOperation(WireModel, kw_only=True, tag_field="type", tag="create_file"):
    """Instruction describing how to create a file via the apply_patch tool."""

    path: str
    diff: str


class ApplyPatchDeleteFileOperation(WireModel, kw_only=True, tag_field="type", tag="delete_file"):
    """Instruction describing how to delete a file via the apply_patch tool."""

    path: str


class ApplyPatchUpdateFileOperation(WireModel, kw_only=True, tag_field="type", tag="update_file"):
    """Instruction describing how to update a file via the apply_patch tool."""

    path: str
    diff: str


class MCPListToolsTool(WireModel, kw_only=True):
    """A tool available on an MCP server."""

    name: str
    description: str | None = None
    input_schema: dict[str, Any]
    annotations_: dict[str, Any] | None = msgspec.field(default=None, name="annotations")


class InputMessage(WireModel, kw_only=True):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    type: str | None = None
    role: str
    status: str | None = None
    content: InputMessageContentList


class ComputerCallOutputItemParam(WireModel, kw_only=True):
    """The output of a computer tool call."""

    id: str | None = None
    call_id: str
    type: str
    output: ComputerScreenshotImage
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None
    status: FunctionCallItemStatus | None = None


class FunctionCallOutputItemParam(WireModel, kw_only=True):
    """The output of a function tool call."""

    id: str | None = None
    call_id: str | None = None
    type: str
    output: (
        str | list[InputTextContentParam | InputImageContentParamAutoParam | InputFileContentParam]
    )
    name: str | None = None
    namespace: str | None = None
    caller: ToolCallCallerParam | None = None
    status: FunctionCallItemStatus | None = None


class ToolSearchCallItemParam(WireModel, kw_only=True):
    id: str | None = None
    call_id: str | None = None
    type: str
    execution: ToolSearchExecutionType | None = None
    arguments: EmptyModelParam
    status: FunctionCallItemStatus | None = None


class ToolSearchOutputItemParam(WireModel, kw_only=True):
    id: str | None = None
    call_id: str | None = None
    type: str
    execution: ToolSearchExecutionType | None = None
    tools: list[Tool]
    status: FunctionCallItemStatus | None = None


class AdditionalToolsItemParam(WireModel, kw_only=True):
    id: str | None = None
    type: str
    role: str
    tools: list[Tool]


class CompactionSummaryItemParam(WireModel, kw_only=True):
    """A compaction item generated by the [`v1/responses/compact`
    API](/docs/api-reference/responses/compact).
    """

    id: str | None = None
    type: str
    encrypted_content: str


class FunctionShellCallItemParam(WireModel, kw_only=True):
    """A tool representing a request to execute one or more shell commands."""

    id: str | None = None
    call_id: str
    caller: ToolCallCallerParam | None = None
    type: str
    action: FunctionShellActionParam
    status: FunctionShellCallItemStatus | None = None
    environment: LocalEnvironmentParam | ContainerReferenceParam | None = None


class FunctionShellCallOutputItemParam(WireModel, kw_only=True):
    """The streamed output items emitted by a shell tool call."""

    id: str | None = None
    call_id: str
    caller: ToolCallCallerParam | None = None
    type: str
    output: list[FunctionShellCallOutputContentParam]
    status: FunctionShellCallItemStatus | None = None
    max_output_length: int | None = None


class ApplyPatchToolCallItemParam(WireModel, kw_only=True):
    """A tool call representing a request to create, delete, or update files using diff patches."""

    type: str
    id: str | None = None
    call_id: str
    caller: ToolCallCallerParam | None = None
    status: ApplyPatchCallStatusParam
    operation: ApplyPatchOperationParam


class ApplyPatchToolCallOutputItemParam(WireModel, kw_only=True):
    """The streamed output emitted by an apply patch tool call."""

    type: str
    id: str | None = None
    call_id: str
    caller: ToolCallCallerParam | None = None
    status: ApplyPatchCallOutputStatusParam
    output: str | None = None


class MCPApprovalResponse(WireModel, kw_only=True):
    """A response to an MCP approval request."""

    type: str
    id: str | None = None
    approval_request_id: str
    approve: bool
    reason: str | None = None


class CustomToolCallOutput(WireModel, kw_only=True):
    """The output of a custom tool call from your code, being sent back to the model."""

    type: str
    id: str | None = None
    call_id: str
    caller: ToolCallCallerParam | None = None
    output: str | list[FunctionAndCustomToolCallOutput]


class ChatCompletionRequestMessageContentPartImage(
    WireModel, kw_only=True, tag_field="type", tag="image_url"
):
    """Learn about [image inputs](/docs/guides/vision)."""

    image_url: ChatCompletionRequestMessageContentPartImageImageUrl
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestMessageContentPartImageImageUrl(WireModel, kw_only=True):
    url: str
    detail: str | None = None


class ChatCompletionRequestMessageContentPartAudio(
    WireModel, kw_only=True, tag_field="type", tag="input_audio"
):
    """Learn about [audio inputs](/docs/guides/audio)."""

    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class ChatCompletionRequestMessageContentPartAudioInputAudio(WireModel, kw_only=True):
    data: str
    format: str


class ChatCompletionRequestMessageContentPartFile(
    WireModel, kw_only=True, tag_field="type", tag="file"
):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

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


class RankingOptions(WireModel, kw_only=True):
    ranker: RankerVersionType | None = None
    score_threshold: float | None = None
    hybrid_search: HybridSearchOptions | None = None


class WebSearchApproximateLocation2(WireModel, kw_only=True):
    """The approximate location of the user."""

    type: str | None = None
    country: str | None = None
    region: str | None = None
    city: str | None = None
    timezone: str | None = None


class MCPToolFilter(WireModel, kw_only=True):
    """A filter object to specify which tools are allowed."""

    tool_names: list[str] | None = None
    read_only: bool | None = None


class AutoCodeInterpreterToolParam(WireModel, kw_only=True):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to
    run the code on.
    """

    type: str
    file_ids: list[str] | None = None
    memory_limit: ContainerMemoryLimit | None = None
    network_policy: (
        ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam | None
    ) = None


class ContainerAutoParam(WireModel, kw_only=True, tag_field="type", tag="container_auto"):
    file_ids: list[str] | None = None
    memory_limit: ContainerMemoryLimit | None = None
    network_policy: (
        ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam | None
    ) = None
    skills: list[SkillReferenceParam | InlineSkillParam] | None = None


class LocalEnvironmentParam(WireModel, kw_only=True, tag_field="type", tag="local"):
    skills: list[LocalSkillParam] | None = None


class ContainerReferenceParam(WireModel, kw_only=True, tag_field="type", tag="container_reference"):
    container_id: str


class CustomTextFormatParam(WireModel, kw_only=True, tag_field="type", tag="text"):
    """Unconstrained free-form text."""


class CustomGrammarFormatParam(WireModel, kw_only=True, tag_field="type", tag="grammar"):
    """A grammar defined by the user."""

    syntax: GrammarSyntax1
    definition: str


class FunctionToolParam(WireModel, kw_only=True, tag_field="type", tag="function"):
    name: str
    description: str | None = None
    parameters: EmptyModelParam | None = None
    strict: bool | None = None
    output_schema: dict[str, Any] | None = None
    defer_loading: bool | None = None
    allowed_callers: list[CallableToolAllowedCaller] | None = None


class ApproximateLocation(WireModel, kw_only=True):
    type: str
    country: str | None = None
    region: str | None = None
    city: str | None = None
    timezone: str | None = None


class PromptCacheBreakpointConfig(WireModel, kw_only=True):
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
    request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: str


class OutputTextContent(WireModel, kw_only=True, tag_field="type", tag="output_text"):
    """A text output from the model."""

    text: str
    annotations_: list[Annotation] = msgspec.field(name="annotations")
    logprobs: list[LogProb]


class RefusalContent(WireModel, kw_only=True, tag_field="type", tag="refusal"):
    """A refusal from the model."""

    refusal: str


class DirectToolCallCaller(WireModel, kw_only=True, tag_field="type", tag="direct"):
    pass


class ProgramToolCallCaller(WireModel, kw_only=True, tag_field="type", tag="program"):
    caller_id: str


class DirectToolCallCallerParam(WireModel, kw_only=True, tag_field="type", tag="direct"):
    pass


class ProgramToolCallCallerParam(WireModel, kw_only=True, tag_field="type", tag="program"):
    caller_id: str


class ClickParam(WireModel, kw_only=True, tag_field="type", tag="click"):
    """A click action."""

    button: ClickButtonType
    x: int
    y: int
    keys: list[str] | None = None


class DoubleClickAction(WireModel, kw_only=True, tag_field="type", tag="double_click"):
    """A double click action."""

    x: int
    y: int
    keys: list[str] | None


class DragParam(WireModel, kw_only=True, tag_field="type", tag="drag"):
    """A drag action."""

    path: list[CoordParam]
    keys: list[str] | None = None


class KeyPressAction(WireModel, kw_only=True, tag_field="type", tag="keypress"):
    """A collection of keypresses the model would like to perform."""

    keys: list[str]


class MoveParam(WireModel, kw_only=True, tag_field="type", tag="move"):
    """A mouse move action."""

    x: int
    y: int
    keys: list[str] | None = None


class ScreenshotParam(WireModel, kw_only=True, tag_field="type", tag="screenshot"):
    """A screenshot action."""


class ScrollParam(WireModel, kw_only=True, tag_field="type", tag="scroll"):
    """A scroll action."""

    x: int
    y: int
    scroll_x: int
    scroll_y: int
    keys: list[str] | None = None


class TypeParam(WireModel, kw_only=True, tag_field="type", tag="type"):
    """An action to type in text."""

    text: str


class WaitParam(WireModel, kw_only=True, tag_field="type", tag="wait"):
    """A wait action."""


class FunctionShellCallOutputTimeoutOutcome(
    WireModel, kw_only=True, tag_field="type", tag="timeout"
):
    """Indicates that the shell call exceeded its configured time limit."""


class FunctionShellCallOutputExitOutcome(WireModel, kw_only=True, tag_field="type", tag="exit"):
    """Indicates that the shell commands finished and returned an exit code."""

    exit_code: int


class MCPProtocolError(WireModel, kw_only=True, tag_field="type", tag="mcp_protocol_error"):
    code: int
    message: str


class MCPToolExecutionError(
    WireModel, kw_only=True, tag_field="type", tag="mcp_tool_execution_error"
):
    content: Any


class HTTPError(WireModel, kw_only=True, tag_field="type", tag="http_error"):
    code: int
    message: str


class InputTextContentParam(WireModel, kw_only=True, tag_field="type", tag="input_text"):
    """A text input to the model."""

    text: str
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class InputImageContentParamAutoParam(WireModel, kw_only=True, tag_field="type", tag="input_image"):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    image_url: str | None = None
    file_id: str | None = None
    detail: DetailEnum | None = None
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class InputFileContentParam(WireModel, kw_only=True, tag_field="type", tag="input_file"):
    """A file input to the model."""

    file_id: str | None = None
    filename: str | None = None
    file_data: str | None = None
    file_url: str | None = None
    detail: FileDetailEnum | None = None
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class FunctionShellActionParam(WireModel, kw_only=True):
    """Commands and limits describing how to run the shell tool call."""

    commands: list[str]
    timeout_ms: int | None = None
    max_output_length: int | None = None


class FunctionShellCallOutputContentParam(WireModel, kw_only=True):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: str
    stderr: str
    outcome: FunctionShellCallOutputOutcomeParam


class HybridSearchOptions(WireModel, kw_only=True):
    embedding_weight: float
    text_weight: float


class ComparisonFilter(WireModel, kw_only=True):
    """A filter used to compare a specified attribute key to a given value using a defined
    comparison operation.
    """

    type: str
    key: str
    value: str | float | bool | list[str | float]


class CompoundFilter(WireModel, kw_only=True):
    """Combine multiple filters using `and` or `or`."""

    type: str
    filters: list[Any]


class ContainerNetworkPolicyDisabledParam(
    WireModel, kw_only=True, tag_field="type", tag="disabled"
):
    pass


class ContainerNetworkPolicyAllowlistParam(
    WireModel, kw_only=True, tag_field="type", tag="allowlist"
):
    allowed_domains: list[str]
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | None = None


class SkillReferenceParam(WireModel, kw_only=True, tag_field="type", tag="skill_reference"):
    skill_id: str
    version: str | None = None


class InlineSkillParam(WireModel, kw_only=True, tag_field="type", tag="inline"):
    name: str
    description: str
    source: InlineSkillSourceParam


class LocalSkillParam(WireModel, kw_only=True):
    name: str
    description: str
    path: str


class LogProb(WireModel, kw_only=True):
    """The log probability of a token."""

    token: str
    logprob: float
    bytes_: list[int] = msgspec.field(name="bytes")
    top_logprobs: list[TopLogProb]


class CoordParam(WireModel, kw_only=True):
    """An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`."""

    x: int
    y: int


class ApplyPatchCreateFileOperationParam(
    WireModel, kw_only=True, tag_field="type", tag="create_file"
):
    """Instruction for creating a new file via the apply_patch tool."""

    path: str
    diff: str


class ApplyPatchDeleteFileOperationParam(
    WireModel, kw_only=True, tag_field="type", tag="delete_file"
):
    """Instruction for deleting an existing file via the apply_patch tool."""

    path: str


class ApplyPatchUpdateFileOperationParam(
    WireModel, kw_only=True, tag_field="type", tag="update_file"
):
    """Instruction for updating an existing file via the apply_patch tool."""

    path: str
    diff: str


class ContainerNetworkPolicyDomainSecretParam(WireModel, kw_only=True):
    domain: str
    name: str
    value: str


class InlineSkillSourceParam(WireModel, kw_only=True):
    """Inline skill payload"""

    type: str
    media_type: str
    data: str


class FileCitationBody(WireModel, kw_only=True, tag_field="type", tag="file_citation"):
    """A citation to a file."""

    file_id: str
    index: int
    filename: str


class UrlCitationBody(WireModel, kw_only=True, tag_field="type", tag="url_citation"):
    """A citation for a web resource used to generate a model response."""

    url: str
    start_index: int
    end_index: int
    title: str


class ContainerFileCitationBody(
    WireModel, kw_only=True, tag_field="type", tag="container_file_citation"
):
    """A citation for a container file used to generate a model response."""

    container_id: str
    file_id: str
    start_index: int
    end_index: int
    filename: str


class FilePath(WireModel, kw_only=True, tag_field="type", tag="file_path"):
    """A path to a file."""

    file_id: str
    index: int


class TopLogProb(WireModel, kw_only=True):
    """The top log probability of a token."""

    token: str
    logprob: float
    bytes_: list[int] = msgspec.field(name="bytes")


class FunctionShellCallOutputTimeoutOutcomeParam(
    WireModel, kw_only=True, tag_field="type", tag="timeout"
):
    """Indicates that the shell call exceeded its configured time limit."""


class FunctionShellCallOutputExitOutcomeParam(
    WireModel, kw_only=True, tag_field="type", tag="exit"
):
    """Indicates that the shell commands finished and returned an exit code."""

    exit_code: int


Metadata: TypeAlias = dict[str, str] | None
ChatCompletionRequestMessage: TypeAlias = (
    ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessage
)
ModelIdsShared: TypeAlias = str
ServiceTier: TypeAlias = str | None
ResponseModalities: TypeAlias = list[str] | None
Verbosity: TypeAlias = str | None
ReasoningEffort: TypeAlias = str | None
WebSearchContextSize: TypeAlias = str
VoiceIdsOrCustomVoice: TypeAlias = Any
StopConfiguration: TypeAlias = str | list[str] | None
ChatCompletionStreamOptions: TypeAlias = ChatCompletionStreamOptions2 | None
ChatCompletionToolChoiceOption: TypeAlias = (
    str
    | ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustom
)
ParallelToolCalls: TypeAlias = bool
ModelIdsResponses: TypeAlias = Any
ToolChoiceParam: TypeAlias = Any
Prompt: TypeAlias = Prompt2 | None
ServiceTierResponses: TypeAlias = str | None
IncludeEnum: TypeAlias = str
ResponseStreamOptions: TypeAlias = ResponseStreamOptions2 | None
ConversationParam: TypeAlias = str | ConversationParam2
ResponseError: TypeAlias = ResponseError2 | None
OutputItem: TypeAlias = (
    OutputMessage
    | FileSearchToolCall
    | FunctionToolCall
    | FunctionToolCallOutputResource
    | WebSearchToolCall
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | ReasoningItem
    | Program
    | ProgramOutput
    | ToolSearchCall
    | ToolSearchOutput
    | AdditionalTools
    | CompactionBody
    | ImageGenToolCall
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCall
    | FunctionShellCallOutput
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | MCPToolCall
    | MCPListTools
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | CustomToolCall
    | CustomToolCallOutputResource
)
InputItem: TypeAlias = Any
PromptCacheTTLEnum: TypeAlias = str
PromptCacheModeEnum: TypeAlias = str
ResponseFormatJsonSchemaSchema: TypeAlias = dict[str, Any]
VoiceIdsShared: TypeAlias = str
FunctionParameters: TypeAlias = dict[str, Any]
ChatCompletionMessageToolCalls: TypeAlias = list[
    ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall
]
TextResponseFormatConfiguration: TypeAlias = (
    ResponseFormatText | TextResponseFormatJsonSchema | ResponseFormatJsonObject
)
Tool: TypeAlias = dict[str, Any]
ToolChoiceOptions: TypeAlias = str
ResponsePromptVariables: TypeAlias = (
    dict[str, str | InputTextContent | InputImageContent | InputFileContent] | None
)
ReasoningModeEnum: TypeAlias = str
ResponseErrorCode: TypeAlias = str
Item: TypeAlias = dict[str, Any]
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
OutputMessageContent: TypeAlias = OutputTextContent | RefusalContent
MessagePhase: TypeAlias = str
VectorStoreFileAttributes: TypeAlias = dict[str, str | float | bool] | None
ToolCallCaller: TypeAlias = DirectToolCallCaller | ProgramToolCallCaller
ToolCallCallerParam: TypeAlias = DirectToolCallCallerParam | ProgramToolCallCallerParam
FunctionAndCustomToolCallOutput: TypeAlias = InputTextContent | InputImageContent | InputFileContent
FunctionCallOutputStatusEnum: TypeAlias = str
ComputerAction: TypeAlias = (
    ClickParam
    | DoubleClickAction
    | DragParam
    | KeyPressAction
    | MoveParam
    | ScreenshotParam
    | ScrollParam
    | TypeParam
    | WaitParam
)
ComputerCallOutputStatus: TypeAlias = str
ProgramOutputStatus: TypeAlias = str
ToolSearchExecutionType: TypeAlias = str
FunctionCallStatus: TypeAlias = str
MessageRole: TypeAlias = str
FunctionShellCallStatus: TypeAlias = str
FunctionShellCallOutputStatusEnum: TypeAlias = str
ApplyPatchCallStatus: TypeAlias = str
ApplyPatchCallOutputStatus: TypeAlias = str
MCPToolCallError: TypeAlias = MCPProtocolError | MCPToolExecutionError | HTTPError
MCPToolCallStatus: TypeAlias = str
ProgramOutputItemStatus: TypeAlias = str
ModerationInputType: TypeAlias = str
ModerationMode: TypeAlias = str
CallableToolAllowedCaller: TypeAlias = str
Filters: TypeAlias = dict[str, Any]
ComputerEnvironment: TypeAlias = str
WebSearchApproximateLocation: TypeAlias = WebSearchApproximateLocation2 | None
InputFidelity: TypeAlias = str
ImageGenActionEnum: TypeAlias = str
EmptyModelParam: TypeAlias = dict[str, Any]
SearchContextSize: TypeAlias = str
SearchContentType: TypeAlias = str
ImageDetail: TypeAlias = str
FileInputDetail: TypeAlias = str
InputContent: TypeAlias = InputTextContent | InputImageContent | InputFileContent
FunctionCallItemStatus: TypeAlias = str
FunctionShellCallItemStatus: TypeAlias = str
ApplyPatchCallStatusParam: TypeAlias = str
ApplyPatchOperationParam: TypeAlias = (
    ApplyPatchCreateFileOperationParam
    | ApplyPatchDeleteFileOperationParam
    | ApplyPatchUpdateFileOperationParam
)
ApplyPatchCallOutputStatusParam: TypeAlias = str
RankerVersionType: TypeAlias = str
ContainerMemoryLimit: TypeAlias = str
GrammarSyntax1: TypeAlias = str
Annotation: TypeAlias = FileCitationBody | UrlCitationBody | ContainerFileCitationBody | FilePath
ClickButtonType: TypeAlias = str
DetailEnum: TypeAlias = str
FileDetailEnum: TypeAlias = str
FunctionShellCallOutputOutcomeParam: TypeAlias = (
    FunctionShellCallOutputTimeoutOutcomeParam | FunctionShellCallOutputExitOutcomeParam
)
ToolsArray: TypeAlias = list[Tool]
InputParam: TypeAlias = str | list[InputItem]
ComputerActionList: TypeAlias = list[ComputerAction]
InputMessageContentList: TypeAlias = list[InputContent]
