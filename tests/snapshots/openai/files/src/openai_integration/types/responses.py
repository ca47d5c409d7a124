"""Models of the OpenAI API used by ``client.responses`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from .._runtime.models import Literal, WireModel
from .shared import (
    ComputerCallSafetyCheckParam,
    ComputerScreenshotImage,
    FunctionAndCustomToolCallOutput,
    InputFileContent,
    InputImageContent,
    InputTextContent,
    MessagePhase,
    Metadata,
    ModerationParam,
    ModerationResultBody,
    PromptCacheModeEnum,
    PromptCacheOptionsParam,
    PromptCacheTTLEnum,
    ReasoningEffort,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchemaSchema,
    ResponseFormatText,
    Tool,
    ToolCallCallerParam,
    ToolSearchExecutionType,
    Verbosity,
)

__all__ = [
    "AdditionalTools",
    "Annotation",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallStatus",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallOutput",
    "ApplyPatchUpdateFileOperation",
    "ClickButtonType",
    "ClickParam",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterToolCall",
    "CompactionBody",
    "ComputerAction",
    "ComputerActionList",
    "ComputerCallOutputStatus",
    "ComputerToolCall",
    "ComputerToolCallOutputResource",
    "ContainerFileCitationBody",
    "ContainerReferenceResource",
    "ContextManagementParam",
    "ConversationParam",
    "ConversationParam2",
    "CoordParam",
    "CreateResponse",
    "CustomToolCall",
    "CustomToolCallOutputResource",
    "DirectToolCallCaller",
    "DoubleClickAction",
    "DragParam",
    "FileCitationBody",
    "FilePath",
    "FileSearchToolCall",
    "FileSearchToolCallResultsItem",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionShellAction",
    "FunctionShellCall",
    "FunctionShellCallOutput",
    "FunctionShellCallOutputContent",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallStatus",
    "FunctionToolCall",
    "FunctionToolCallOutputResource",
    "HTTPError",
    "ImageGenToolCall",
    "IncludeEnum",
    "InputItem",
    "InputParam",
    "KeyPressAction",
    "LocalEnvironmentResource",
    "LocalShellExecAction",
    "LocalShellToolCall",
    "LocalShellToolCallOutput",
    "LogProb",
    "MCPApprovalRequest",
    "MCPApprovalResponseResource",
    "MCPListTools",
    "MCPListToolsTool",
    "MCPProtocolError",
    "MCPToolCall",
    "MCPToolCallError",
    "MCPToolCallStatus",
    "MCPToolExecutionError",
    "MessageRole",
    "ModelIdsResponses",
    "Moderation",
    "ModerationErrorBody",
    "MoveParam",
    "OutputContent",
    "OutputItem",
    "OutputMessage",
    "OutputMessageContent",
    "OutputTextContent",
    "Program",
    "ProgramOutput",
    "ProgramOutputStatus",
    "ProgramToolCallCaller",
    "Prompt",
    "Prompt2",
    "PromptCacheOptions",
    "Reasoning",
    "ReasoningItem",
    "ReasoningModeEnum",
    "ReasoningTextContent",
    "RefusalContent",
    "Response",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseConversation",
    "ResponseCreatedEvent",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseError",
    "ResponseError2",
    "ResponseErrorCode",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseInProgressEvent",
    "ResponseIncompleteDetails",
    "ResponseIncompleteEvent",
    "ResponseLogProb",
    "ResponseLogProbTopLogprobsItem",
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMCPCallCompletedEvent",
    "ResponseMCPCallFailedEvent",
    "ResponseMCPCallInProgressEvent",
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMCPListToolsFailedEvent",
    "ResponseMCPListToolsInProgressEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponsePromptVariables",
    "ResponseQueuedEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseShellCallCommandAddedStreamingEvent",
    "ResponseShellCallCommandDeltaStreamingEvent",
    "ResponseShellCallCommandDoneStreamingEvent",
    "ResponseShellCallOutputContentDeltaStreamingEvent",
    "ResponseShellCallOutputContentDoneStreamingEvent",
    "ResponseStreamEvent",
    "ResponseStreamOptions",
    "ResponseStreamOptions2",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseTextParam",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ScreenshotParam",
    "ScrollParam",
    "ServiceTierResponses",
    "ShellCallOutputDelta",
    "SummaryTextContent",
    "TextResponseFormatConfiguration",
    "TextResponseFormatJsonSchema",
    "ToolCallCaller",
    "ToolChoiceParam",
    "ToolSearchCall",
    "ToolSearchOutput",
    "ToolsArray",
    "TopLogProb",
    "TypeParam",
    "UrlCitationBody",
    "VectorStoreFileAttributes",
    "WaitParam",
    "WebSearchActionFind",
    "WebSearchActionOpenPage",
    "WebSearchActionSearch",
    "WebSearchActionSearchSourcesItem",
    "WebSearchToolCall",
]


class CreateResponse(WireModel, kw_only=True):
    metadata: Metadata | None = None
    top_logprobs: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    user: str | None = None
    safety_identifier: str | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: Literal["in_memory", "24h"] | None = None
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
    truncation: Literal["auto", "disabled"] | None = None
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
    prompt_cache_retention: Literal["in_memory", "24h"] | None = None
    previous_response_id: str | None = None
    model: ModelIdsResponses
    background: bool | None = None
    max_tool_calls: int | None = None
    text: ResponseTextParam | None = None
    tools: ToolsArray
    tool_choice: ToolChoiceParam
    prompt: Prompt | None = None
    service_tier: ServiceTierResponses | None = None
    truncation: Literal["auto", "disabled"] | None = None
    id: str
    object: Literal["response"]
    status: (
        Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"] | None
    ) = None
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

    reason: Literal["max_output_tokens", "content_filter"] | None = None


class ResponseTextParam(WireModel, kw_only=True):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
    """

    format: TextResponseFormatConfiguration | None = None
    verbosity: Verbosity | None = None


class Prompt2(WireModel, kw_only=True):
    """Reference to a prompt template and its variables.
    [Learn
    more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
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
    summary: Literal["auto", "concise", "detailed"] | None = None
    context: Literal["auto", "current_turn", "all_turns"] | None = None
    generate_summary: Literal["auto", "concise", "detailed"] | None = None


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


class ResponseAudioDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.audio.delta"
):
    """Emitted when there is a partial audio response."""

    sequence_number: int
    delta: str


class ResponseAudioDoneEvent(WireModel, kw_only=True, tag_field="type", tag="response.audio.done"):
    """Emitted when the audio response is complete."""

    sequence_number: int


class ResponseAudioTranscriptDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.audio.transcript.delta"
):
    """Emitted when there is a partial transcript of audio."""

    delta: str
    sequence_number: int


class ResponseAudioTranscriptDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.audio.transcript.done"
):
    """Emitted when the full audio transcript is completed."""

    sequence_number: int


class ResponseCodeInterpreterCallCodeDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.code_interpreter_call_code.delta"
):
    """Emitted when a partial code snippet is streamed by the code interpreter."""

    output_index: int
    item_id: str
    delta: str
    sequence_number: int


class ResponseCodeInterpreterCallCodeDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.code_interpreter_call_code.done"
):
    """Emitted when the code snippet is finalized by the code interpreter."""

    output_index: int
    item_id: str
    code: str
    sequence_number: int


class ResponseCodeInterpreterCallCompletedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.code_interpreter_call.completed"
):
    """Emitted when the code interpreter call is completed."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseCodeInterpreterCallInProgressEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.code_interpreter_call.in_progress"
):
    """Emitted when a code interpreter call is in progress."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseCodeInterpreterCallInterpretingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.code_interpreter_call.interpreting"
):
    """Emitted when the code interpreter is actively interpreting the code snippet."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseCompletedEvent(WireModel, kw_only=True, tag_field="type", tag="response.completed"):
    """Emitted when the model response is complete."""

    response: Response
    sequence_number: int


class ResponseContentPartAddedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.content_part.added"
):
    """Emitted when a new content part is added."""

    item_id: str
    output_index: int
    content_index: int
    part: OutputContent
    sequence_number: int


class ResponseContentPartDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.content_part.done"
):
    """Emitted when a content part is done."""

    item_id: str
    output_index: int
    content_index: int
    sequence_number: int
    part: OutputContent


class ResponseCreatedEvent(WireModel, kw_only=True, tag_field="type", tag="response.created"):
    """An event that is emitted when a response is created."""

    response: Response
    sequence_number: int


class ResponseErrorEvent(WireModel, kw_only=True, tag_field="type", tag="error"):
    """Emitted when an error occurs."""

    code: str | None
    message: str
    param: str | None
    sequence_number: int


class ResponseFileSearchCallCompletedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.file_search_call.completed"
):
    """Emitted when a file search call is completed (results found)."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseFileSearchCallInProgressEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.file_search_call.in_progress"
):
    """Emitted when a file search call is initiated."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseFileSearchCallSearchingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.file_search_call.searching"
):
    """Emitted when a file search is currently searching."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseFunctionCallArgumentsDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.function_call_arguments.delta"
):
    """Emitted when there is a partial function-call arguments delta."""

    item_id: str
    output_index: int
    sequence_number: int
    delta: str


class ResponseFunctionCallArgumentsDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.function_call_arguments.done"
):
    """Emitted when function-call arguments are finalized."""

    item_id: str
    name: str
    output_index: int
    sequence_number: int
    arguments: str


class ResponseShellCallCommandAddedStreamingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.shell_call_command.added"
):
    """A streaming event that indicated a shell command was added to a tool call."""

    sequence_number: int
    output_index: int
    command_index: int
    command: str


class ResponseShellCallCommandDeltaStreamingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.shell_call_command.delta"
):
    """A streaming event that indicated a shell command was incrementally updated."""

    sequence_number: int
    output_index: int
    command_index: int
    delta: str
    obfuscation: str | None = None


class ResponseShellCallCommandDoneStreamingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.shell_call_command.done"
):
    """A streaming event that indicated a shell command was completed."""

    sequence_number: int
    output_index: int
    command_index: int
    command: str


class ResponseShellCallOutputContentDeltaStreamingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.shell_call_output_content.delta"
):
    """A streaming event that indicated shell call output was incrementally added."""

    sequence_number: int
    item_id: str
    output_index: int
    command_index: int
    delta: ShellCallOutputDelta


class ResponseShellCallOutputContentDoneStreamingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.shell_call_output_content.done"
):
    """A streaming event that indicated shell call output was completed."""

    sequence_number: int
    item_id: str
    output_index: int
    command_index: int
    output: list[FunctionShellCallOutputContent]


class ResponseInProgressEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.in_progress"
):
    """Emitted when the response is in progress."""

    response: Response
    sequence_number: int


class ResponseFailedEvent(WireModel, kw_only=True, tag_field="type", tag="response.failed"):
    """An event that is emitted when a response fails."""

    sequence_number: int
    response: Response


class ResponseIncompleteEvent(WireModel, kw_only=True, tag_field="type", tag="response.incomplete"):
    """An event that is emitted when a response finishes as incomplete."""

    response: Response
    sequence_number: int


class ResponseOutputItemAddedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.output_item.added"
):
    """Emitted when a new output item is added."""

    output_index: int
    sequence_number: int
    item: OutputItem


class ResponseOutputItemDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.output_item.done"
):
    """Emitted when an output item is marked done."""

    output_index: int
    sequence_number: int
    item: OutputItem


class ResponseReasoningSummaryPartAddedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.reasoning_summary_part.added"
):
    """Emitted when a new reasoning summary part is added."""

    item_id: str
    output_index: int
    summary_index: int
    sequence_number: int
    part: ResponseReasoningSummaryPartAddedEventPart


class ResponseReasoningSummaryPartAddedEventPart(WireModel, kw_only=True):
    """The summary part that was added."""

    type: Literal["summary_text"]
    text: str


class ResponseReasoningSummaryPartDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.reasoning_summary_part.done"
):
    """Emitted when a reasoning summary part is completed."""

    item_id: str
    output_index: int
    summary_index: int
    status: Literal["incomplete"] | None = None
    sequence_number: int
    part: ResponseReasoningSummaryPartDoneEventPart


class ResponseReasoningSummaryPartDoneEventPart(WireModel, kw_only=True):
    """The completed summary part."""

    type: Literal["summary_text"]
    text: str


class ResponseReasoningSummaryTextDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.reasoning_summary_text.delta"
):
    """Emitted when a delta is added to a reasoning summary text."""

    item_id: str
    output_index: int
    summary_index: int
    delta: str
    sequence_number: int


class ResponseReasoningSummaryTextDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.reasoning_summary_text.done"
):
    """Emitted when a reasoning summary text is completed."""

    item_id: str
    output_index: int
    summary_index: int
    text: str
    sequence_number: int


class ResponseReasoningTextDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.reasoning_text.delta"
):
    """Emitted when a delta is added to a reasoning text."""

    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int


class ResponseReasoningTextDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.reasoning_text.done"
):
    """Emitted when a reasoning text is completed."""

    item_id: str
    output_index: int
    content_index: int
    text: str
    sequence_number: int


class ResponseRefusalDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.refusal.delta"
):
    """Emitted when there is a partial refusal text."""

    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int


class ResponseRefusalDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.refusal.done"
):
    """Emitted when refusal text is finalized."""

    item_id: str
    output_index: int
    content_index: int
    refusal: str
    sequence_number: int


class ResponseTextDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.output_text.delta"
):
    """Emitted when there is an additional text delta."""

    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int
    logprobs: list[ResponseLogProb]


class ResponseTextDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.output_text.done"
):
    """Emitted when text content is finalized."""

    item_id: str
    output_index: int
    content_index: int
    text: str
    sequence_number: int
    logprobs: list[ResponseLogProb]


class ResponseWebSearchCallCompletedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.web_search_call.completed"
):
    """Emitted when a web search call is completed."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseWebSearchCallInProgressEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.web_search_call.in_progress"
):
    """Emitted when a web search call is initiated."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseWebSearchCallSearchingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.web_search_call.searching"
):
    """Emitted when a web search call is executing."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseImageGenCallCompletedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.image_generation_call.completed"
):
    """Emitted when an image generation tool call has completed and the final image is available."""

    output_index: int
    sequence_number: int
    item_id: str


class ResponseImageGenCallGeneratingEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.image_generation_call.generating"
):
    """Emitted when an image generation tool call is actively generating an image (intermediate
    state).
    """

    output_index: int
    item_id: str
    sequence_number: int


class ResponseImageGenCallInProgressEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.image_generation_call.in_progress"
):
    """Emitted when an image generation tool call is in progress."""

    output_index: int
    item_id: str
    sequence_number: int


class ResponseImageGenCallPartialImageEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.image_generation_call.partial_image"
):
    """Emitted when a partial image is available during image generation streaming."""

    output_index: int
    item_id: str
    sequence_number: int
    partial_image_index: int
    partial_image_b64: str
    size: str | None = None
    quality: str | None = None
    background: str | None = None
    output_format: str | None = None


class ResponseMCPCallArgumentsDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.mcp_call_arguments.delta"
):
    """Emitted when there is a delta (partial update) to the arguments of an MCP tool call."""

    output_index: int
    item_id: str
    delta: str
    sequence_number: int


class ResponseMCPCallArgumentsDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.mcp_call_arguments.done"
):
    """Emitted when the arguments for an MCP tool call are finalized."""

    output_index: int
    item_id: str
    arguments: str
    sequence_number: int


class ResponseMCPCallCompletedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.mcp_call.completed"
):
    """Emitted when an MCP  tool call has completed successfully."""

    item_id: str
    output_index: int
    sequence_number: int


class ResponseMCPCallFailedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.mcp_call.failed"
):
    """Emitted when an MCP  tool call has failed."""

    item_id: str
    output_index: int
    sequence_number: int


class ResponseMCPCallInProgressEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.mcp_call.in_progress"
):
    """Emitted when an MCP  tool call is in progress."""

    sequence_number: int
    output_index: int
    item_id: str


class ResponseMCPListToolsCompletedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.mcp_list_tools.completed"
):
    """Emitted when the list of available MCP tools has been successfully retrieved."""

    item_id: str
    output_index: int
    sequence_number: int


class ResponseMCPListToolsFailedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.mcp_list_tools.failed"
):
    """Emitted when the attempt to list available MCP tools has failed."""

    item_id: str
    output_index: int
    sequence_number: int


class ResponseMCPListToolsInProgressEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.mcp_list_tools.in_progress"
):
    """Emitted when the system is in the process of retrieving the list of available MCP tools."""

    item_id: str
    output_index: int
    sequence_number: int


class ResponseOutputTextAnnotationAddedEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.output_text.annotation.added"
):
    """Emitted when an annotation is added to output text content."""

    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    sequence_number: int
    annotation: Annotation | None


class ResponseQueuedEvent(WireModel, kw_only=True, tag_field="type", tag="response.queued"):
    """Emitted when a response is queued and waiting to be processed."""

    response: Response
    sequence_number: int


class ResponseCustomToolCallInputDeltaEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.custom_tool_call_input.delta"
):
    """Event representing a delta (partial update) to the input of a custom tool call."""

    sequence_number: int
    output_index: int
    item_id: str
    delta: str


class ResponseCustomToolCallInputDoneEvent(
    WireModel, kw_only=True, tag_field="type", tag="response.custom_tool_call_input.done"
):
    """Event indicating that input for a custom tool call is complete."""

    sequence_number: int
    output_index: int
    item_id: str
    input: str


class ConversationParam2(WireModel, kw_only=True):
    """The conversation that this response belongs to."""

    id: str


class OutputMessage(WireModel, kw_only=True, tag_field="type", tag="message"):
    """An output message from the model."""

    id: str
    role: Literal["assistant"]
    content: list[OutputMessageContent]
    phase: MessagePhase | None = None
    status: Literal["in_progress", "completed", "incomplete"]


class FileSearchToolCall(WireModel, kw_only=True, tag_field="type", tag="file_search_call"):
    """The results of a file search tool call. See the
    [file search guide](https://platform.openai.com/docs/guides/tools-file-search) for more
    information.
    """

    id: str
    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
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
    [function calling guide](https://platform.openai.com/docs/guides/function-calling) for more
    information.
    """

    id: str | None = None
    call_id: str
    caller: ToolCallCaller | None = None
    namespace: str | None = None
    name: str
    arguments: str
    status: Literal["in_progress", "completed", "incomplete"] | None = None


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
    [web search guide](https://platform.openai.com/docs/guides/tools-web-search) for more
    information.
    """

    id: str
    status: Literal["in_progress", "searching", "completed", "failed"]
    action: WebSearchActionSearch | WebSearchActionOpenPage | WebSearchActionFind


class ComputerToolCall(WireModel, kw_only=True, tag_field="type", tag="computer_call"):
    """A tool call to a computer use tool. See the
    [computer use guide](https://platform.openai.com/docs/guides/tools-computer-use) for more
    information.
    """

    id: str
    call_id: str
    action: ComputerAction | None = None
    actions: ComputerActionList | None = None
    pending_safety_checks: list[ComputerCallSafetyCheckParam]
    status: Literal["in_progress", "completed", "incomplete"]


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
    [managing context](https://platform.openai.com/docs/guides/conversation-state).
    """

    id: str
    encrypted_content: str | None = None
    summary: list[SummaryTextContent]
    content: list[ReasoningTextContent] | None = None
    status: Literal["in_progress", "completed", "incomplete"] | None = None


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
    API](https://platform.openai.com/docs/api-reference/responses/compact).
    """

    id: str
    encrypted_content: str
    created_by: str | None = None


class ImageGenToolCall(WireModel, kw_only=True, tag_field="type", tag="image_generation_call"):
    """An image generation request made by the model."""

    id: str
    status: Literal["in_progress", "completed", "generating", "failed"]
    result: str | None


class CodeInterpreterToolCall(
    WireModel, kw_only=True, tag_field="type", tag="code_interpreter_call"
):
    """A tool call to run code."""

    id: str
    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
    container_id: str
    code: str | None
    outputs: list[CodeInterpreterOutputLogs | CodeInterpreterOutputImage] | None


class LocalShellToolCall(WireModel, kw_only=True, tag_field="type", tag="local_shell_call"):
    """A tool call to run a command on the local shell."""

    id: str
    call_id: str
    action: LocalShellExecAction
    status: Literal["in_progress", "completed", "incomplete"]


class LocalShellToolCallOutput(
    WireModel, kw_only=True, tag_field="type", tag="local_shell_call_output"
):
    """The output of a local shell tool call."""

    id: str
    output: str
    status: Literal["in_progress", "completed", "incomplete"] | None = None


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


class ModerationErrorBody(WireModel, kw_only=True, tag_field="type", tag="error"):
    """An error produced while attempting moderation for the response input or output."""

    code: str
    message: str


class ShellCallOutputDelta(WireModel, kw_only=True):
    """A delta of stdout/stderr emitted while a shell call was running."""

    stdout: str | None = None
    stderr: str | None = None


class FunctionShellCallOutputContent(WireModel, kw_only=True):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    stderr: str
    outcome: FunctionShellCallOutputTimeoutOutcome | FunctionShellCallOutputExitOutcome
    created_by: str | None = None


class ResponseLogProb(WireModel, kw_only=True):
    """A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice.
    """

    token: str
    logprob: float
    top_logprobs: list[ResponseLogProbTopLogprobsItem] | None = None


class ResponseLogProbTopLogprobsItem(WireModel, kw_only=True):
    token: str | None = None
    logprob: float | None = None


class TextResponseFormatJsonSchema(WireModel, kw_only=True, tag_field="type", tag="json_schema"):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured
    Outputs](https://platform.openai.com/docs/guides/structured-outputs).
    """

    description: str | None = None
    name: str
    schema: ResponseFormatJsonSchemaSchema
    strict: bool | None = None


class WebSearchActionSearch(WireModel, kw_only=True, tag_field="type", tag="search"):
    """Action type "search" - Performs a web search query."""

    query: str | None = None
    queries: list[str] | None = None
    sources: list[WebSearchActionSearchSourcesItem] | None = None


class WebSearchActionSearchSourcesItem(WireModel, kw_only=True):
    """A source used in the search."""

    type: Literal["url"]
    url: str


class WebSearchActionOpenPage(WireModel, kw_only=True, tag_field="type", tag="open_page"):
    """Action type "open_page" - Opens a specific URL from search results."""

    url: str | None = None


class WebSearchActionFind(WireModel, kw_only=True, tag_field="type", tag="find_in_page"):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    url: str
    pattern: str


class SummaryTextContent(WireModel, kw_only=True):
    """A summary text from the model."""

    type: Literal["summary_text"]
    text: str


class ReasoningTextContent(WireModel, kw_only=True, tag_field="type", tag="reasoning_text"):
    """Reasoning text from the model."""

    text: str


class CodeInterpreterOutputLogs(WireModel, kw_only=True, tag_field="type", tag="logs"):
    """The logs output from the code interpreter."""

    logs: str


class CodeInterpreterOutputImage(WireModel, kw_only=True, tag_field="type", tag="image"):
    """The image output from the code interpreter."""

    url: str


class LocalShellExecAction(WireModel, kw_only=True):
    """Execute a shell command on the server."""

    type: Literal["exec"]
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


class OutputTextContent(WireModel, kw_only=True, tag_field="type", tag="output_text"):
    """A text output from the model."""

    text: str
    annotations_: list[Annotation] = msgspec.field(name="annotations")
    logprobs: list[LogProb]


class RefusalContent(WireModel, kw_only=True, tag_field="type", tag="refusal"):
    """A refusal from the model."""

    refusal: str


class FunctionShellCallOutputTimeoutOutcome(
    WireModel, kw_only=True, tag_field="type", tag="timeout"
):
    """Indicates that the shell call exceeded its configured time limit."""


class FunctionShellCallOutputExitOutcome(WireModel, kw_only=True, tag_field="type", tag="exit"):
    """Indicates that the shell commands finished and returned an exit code."""

    exit_code: int


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


class DirectToolCallCaller(WireModel, kw_only=True, tag_field="type", tag="direct"):
    pass


class ProgramToolCallCaller(WireModel, kw_only=True, tag_field="type", tag="program"):
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


class TopLogProb(WireModel, kw_only=True):
    """The top log probability of a token."""

    token: str
    logprob: float
    bytes_: list[int] = msgspec.field(name="bytes")


ResponseStreamEvent: TypeAlias = (
    ResponseAudioDeltaEvent
    | ResponseAudioDoneEvent
    | ResponseAudioTranscriptDeltaEvent
    | ResponseAudioTranscriptDoneEvent
    | ResponseCodeInterpreterCallCodeDeltaEvent
    | ResponseCodeInterpreterCallCodeDoneEvent
    | ResponseCodeInterpreterCallCompletedEvent
    | ResponseCodeInterpreterCallInProgressEvent
    | ResponseCodeInterpreterCallInterpretingEvent
    | ResponseCompletedEvent
    | ResponseContentPartAddedEvent
    | ResponseContentPartDoneEvent
    | ResponseCreatedEvent
    | ResponseErrorEvent
    | ResponseFileSearchCallCompletedEvent
    | ResponseFileSearchCallInProgressEvent
    | ResponseFileSearchCallSearchingEvent
    | ResponseFunctionCallArgumentsDeltaEvent
    | ResponseFunctionCallArgumentsDoneEvent
    | ResponseShellCallCommandAddedStreamingEvent
    | ResponseShellCallCommandDeltaStreamingEvent
    | ResponseShellCallCommandDoneStreamingEvent
    | ResponseShellCallOutputContentDeltaStreamingEvent
    | ResponseShellCallOutputContentDoneStreamingEvent
    | ResponseInProgressEvent
    | ResponseFailedEvent
    | ResponseIncompleteEvent
    | ResponseOutputItemAddedEvent
    | ResponseOutputItemDoneEvent
    | ResponseReasoningSummaryPartAddedEvent
    | ResponseReasoningSummaryPartDoneEvent
    | ResponseReasoningSummaryTextDeltaEvent
    | ResponseReasoningSummaryTextDoneEvent
    | ResponseReasoningTextDeltaEvent
    | ResponseReasoningTextDoneEvent
    | ResponseRefusalDeltaEvent
    | ResponseRefusalDoneEvent
    | ResponseTextDeltaEvent
    | ResponseTextDoneEvent
    | ResponseWebSearchCallCompletedEvent
    | ResponseWebSearchCallInProgressEvent
    | ResponseWebSearchCallSearchingEvent
    | ResponseImageGenCallCompletedEvent
    | ResponseImageGenCallGeneratingEvent
    | ResponseImageGenCallInProgressEvent
    | ResponseImageGenCallPartialImageEvent
    | ResponseMCPCallArgumentsDeltaEvent
    | ResponseMCPCallArgumentsDoneEvent
    | ResponseMCPCallCompletedEvent
    | ResponseMCPCallFailedEvent
    | ResponseMCPCallInProgressEvent
    | ResponseMCPListToolsCompletedEvent
    | ResponseMCPListToolsFailedEvent
    | ResponseMCPListToolsInProgressEvent
    | ResponseOutputTextAnnotationAddedEvent
    | ResponseQueuedEvent
    | ResponseCustomToolCallInputDeltaEvent
    | ResponseCustomToolCallInputDoneEvent
)
ModelIdsResponses: TypeAlias = Any
ToolChoiceParam: TypeAlias = Any
Prompt: TypeAlias = Prompt2 | None
ServiceTierResponses: TypeAlias = (
    Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None
)
IncludeEnum: TypeAlias = Literal[
    "file_search_call.results",
    "web_search_call.results",
    "web_search_call.action.sources",
    "message.input_image.image_url",
    "computer_call_output.output.image_url",
    "code_interpreter_call.outputs",
    "reasoning.encrypted_content",
    "message.output_text.logprobs",
]
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
TextResponseFormatConfiguration: TypeAlias = (
    ResponseFormatText | TextResponseFormatJsonSchema | ResponseFormatJsonObject
)
ResponsePromptVariables: TypeAlias = (
    dict[str, str | InputTextContent | InputImageContent | InputFileContent] | None
)
ReasoningModeEnum: TypeAlias = str
ResponseErrorCode: TypeAlias = Literal[
    "server_error",
    "rate_limit_exceeded",
    "invalid_prompt",
    "data_residency_mismatch",
    "bio_policy",
    "vector_store_timeout",
    "invalid_image",
    "invalid_image_format",
    "invalid_base64_image",
    "invalid_image_url",
    "image_too_large",
    "image_too_small",
    "image_parse_error",
    "image_content_policy_violation",
    "invalid_image_mode",
    "image_file_too_large",
    "unsupported_image_media_type",
    "empty_image_file",
    "failed_to_download_image",
    "image_file_not_found",
]
OutputContent: TypeAlias = OutputTextContent | RefusalContent | ReasoningTextContent
Annotation: TypeAlias = FileCitationBody | UrlCitationBody | ContainerFileCitationBody | FilePath
OutputMessageContent: TypeAlias = OutputTextContent | RefusalContent
VectorStoreFileAttributes: TypeAlias = dict[str, str | float | bool] | None
ToolCallCaller: TypeAlias = DirectToolCallCaller | ProgramToolCallCaller
FunctionCallOutputStatusEnum: TypeAlias = Literal["in_progress", "completed", "incomplete"]
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
ComputerCallOutputStatus: TypeAlias = Literal["completed", "incomplete", "failed"]
ProgramOutputStatus: TypeAlias = Literal["completed", "incomplete"]
FunctionCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
MessageRole: TypeAlias = Literal[
    "unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"
]
FunctionShellCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
FunctionShellCallOutputStatusEnum: TypeAlias = Literal["in_progress", "completed", "incomplete"]
ApplyPatchCallStatus: TypeAlias = Literal["in_progress", "completed"]
ApplyPatchCallOutputStatus: TypeAlias = Literal["completed", "failed"]
MCPToolCallError: TypeAlias = MCPProtocolError | MCPToolExecutionError | HTTPError
MCPToolCallStatus: TypeAlias = Literal[
    "in_progress", "completed", "incomplete", "calling", "failed"
]
ClickButtonType: TypeAlias = Literal["left", "right", "wheel", "back", "forward"]
ToolsArray: TypeAlias = list[Tool]
InputParam: TypeAlias = str | list[InputItem]
ComputerActionList: TypeAlias = list[ComputerAction]
