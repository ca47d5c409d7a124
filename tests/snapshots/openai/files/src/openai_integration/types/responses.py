"""Models of the OpenAI API used by ``client.responses`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from .._runtime.models import WireModel
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
    "ResponseConversation",
    "ResponseError",
    "ResponseError2",
    "ResponseErrorCode",
    "ResponseIncompleteDetails",
    "ResponsePromptVariables",
    "ResponseStreamOptions",
    "ResponseStreamOptions2",
    "ResponseTextParam",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ScreenshotParam",
    "ScrollParam",
    "ServiceTierResponses",
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


class ModerationErrorBody(WireModel, kw_only=True, tag_field="type", tag="error"):
    """An error produced while attempting moderation for the response input or output."""

    code: str
    message: str


class TextResponseFormatJsonSchema(WireModel, kw_only=True, tag_field="type", tag="json_schema"):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs).
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

    type: str
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
TextResponseFormatConfiguration: TypeAlias = (
    ResponseFormatText | TextResponseFormatJsonSchema | ResponseFormatJsonObject
)
ResponsePromptVariables: TypeAlias = (
    dict[str, str | InputTextContent | InputImageContent | InputFileContent] | None
)
ReasoningModeEnum: TypeAlias = str
ResponseErrorCode: TypeAlias = str
OutputMessageContent: TypeAlias = OutputTextContent | RefusalContent
VectorStoreFileAttributes: TypeAlias = dict[str, str | float | bool] | None
ToolCallCaller: TypeAlias = DirectToolCallCaller | ProgramToolCallCaller
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
FunctionCallStatus: TypeAlias = str
MessageRole: TypeAlias = str
FunctionShellCallStatus: TypeAlias = str
FunctionShellCallOutputStatusEnum: TypeAlias = str
ApplyPatchCallStatus: TypeAlias = str
ApplyPatchCallOutputStatus: TypeAlias = str
MCPToolCallError: TypeAlias = MCPProtocolError | MCPToolExecutionError | HTTPError
MCPToolCallStatus: TypeAlias = str
Annotation: TypeAlias = FileCitationBody | UrlCitationBody | ContainerFileCitationBody | FilePath
ClickButtonType: TypeAlias = str
ToolsArray: TypeAlias = list[Tool]
InputParam: TypeAlias = str | list[InputItem]
ComputerActionList: TypeAlias = list[ComputerAction]
