"""Models of the OpenAI API shared by several resources, or by none (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime.models import WireModel

__all__ = [
    "AdditionalToolsItemParam",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchOperationParam",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolParam",
    "ApplyPatchUpdateFileOperationParam",
    "ApproximateLocation",
    "AutoCodeInterpreterToolParam",
    "CallableToolAllowedCaller",
    "CodeInterpreterTool",
    "CompactionSummaryItemParam",
    "CompactionTriggerItemParam",
    "ComparisonFilter",
    "CompoundFilter",
    "ComputerCallOutputItemParam",
    "ComputerCallSafetyCheckParam",
    "ComputerEnvironment",
    "ComputerScreenshotImage",
    "ComputerTool",
    "ComputerUsePreviewTool",
    "ContainerAutoParam",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReferenceParam",
    "CustomGrammarFormatParam",
    "CustomTextFormatParam",
    "CustomToolCallOutput",
    "CustomToolParam",
    "DetailEnum",
    "DirectToolCallCallerParam",
    "EasyInputMessage",
    "EmptyModelParam",
    "FileDetailEnum",
    "FileInputDetail",
    "FileSearchTool",
    "Filters",
    "FunctionAndCustomToolCallOutput",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionShellActionParam",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemStatus",
    "FunctionShellCallOutputContentParam",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputItemParam",
    "FunctionShellCallOutputOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellToolParam",
    "FunctionTool",
    "FunctionToolParam",
    "GrammarSyntax1",
    "HybridSearchOptions",
    "ImageDetail",
    "ImageGenActionEnum",
    "ImageGenTool",
    "ImageGenToolInputImageMask",
    "InlineSkillParam",
    "InlineSkillSourceParam",
    "InputContent",
    "InputFidelity",
    "InputFileContent",
    "InputFileContentParam",
    "InputImageContent",
    "InputImageContentParamAutoParam",
    "InputMessage",
    "InputMessageContentList",
    "InputTextContent",
    "InputTextContentParam",
    "Item",
    "ItemReferenceParam",
    "LocalEnvironmentParam",
    "LocalShellToolParam",
    "LocalSkillParam",
    "MCPApprovalResponse",
    "MCPTool",
    "MCPToolFilter",
    "MCPToolRequireApproval",
    "MessagePhase",
    "Metadata",
    "ModerationConfigParam",
    "ModerationInputType",
    "ModerationMode",
    "ModerationParam",
    "ModerationPolicyParam",
    "ModerationResultBody",
    "NamespaceToolParam",
    "ProgramItemParam",
    "ProgramOutputItemParam",
    "ProgramOutputItemStatus",
    "ProgramToolCallCallerParam",
    "ProgrammaticToolCallingParam",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointParam",
    "PromptCacheModeEnum",
    "PromptCacheOptionsParam",
    "PromptCacheTTLEnum",
    "RankerVersionType",
    "RankingOptions",
    "ReasoningEffort",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "SearchContentType",
    "SearchContextSize",
    "SkillReferenceParam",
    "SpecificApplyPatchParam",
    "SpecificFunctionShellParam",
    "SpecificProgrammaticToolCallingParam",
    "Tool",
    "ToolCallCallerParam",
    "ToolChoiceAllowed",
    "ToolChoiceCustom",
    "ToolChoiceFunction",
    "ToolChoiceMCP",
    "ToolChoiceOptions",
    "ToolChoiceTypes",
    "ToolSearchCallItemParam",
    "ToolSearchExecutionType",
    "ToolSearchOutputItemParam",
    "ToolSearchToolParam",
    "Verbosity",
    "VoiceIdsOrCustomVoice2",
    "VoiceIdsShared",
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocation2",
    "WebSearchPreviewTool",
    "WebSearchTool",
    "WebSearchToolFilters",
]


class PromptCacheOptionsParam(WireModel, kw_only=True):
    """Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
    automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to
    content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints.
    For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation,
    without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit
    breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the
    [prompt caching guide](https://platform.openai.com/docs/guides/prompt-caching) for current
    details.
    """

    ttl: PromptCacheTTLEnum | None = None
    mode: PromptCacheModeEnum | None = None


class ResponseFormatText(WireModel, kw_only=True, tag_field="type", tag="text"):
    """Default response format. Used to generate text responses."""


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


class ModerationPolicyParam(WireModel, kw_only=True):
    """The policy to apply to moderated response input and output."""

    input: ModerationConfigParam | None = None
    output: ModerationConfigParam | None = None


class ToolChoiceAllowed(WireModel, kw_only=True):
    """Constrains the tools available to the model to a pre-defined set."""

    type: str
    mode: str
    tools: list[dict[str, Any]]


class ToolChoiceTypes(WireModel, kw_only=True):
    """Indicates that the model should use a built-in tool to generate a response.
    [Learn more about built-in tools](https://platform.openai.com/docs/guides/tools).
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


class ModerationConfigParam(WireModel, kw_only=True):
    """The moderation policy for the response input."""

    mode: ModerationMode


class PromptCacheBreakpointParam(WireModel, kw_only=True):
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
    request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: str


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
    [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
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
    (MCP) servers. [Learn more about
    MCP](https://platform.openai.com/docs/guides/tools-remote-mcp).
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
    tools](https://platform.openai.com/docs/guides/function-calling#custom-tools)
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
    """An image input to the model. Learn about [image
    inputs](https://platform.openai.com/docs/guides/vision).
    """

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
    API](https://platform.openai.com/docs/api-reference/responses/compact).
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


class DirectToolCallCallerParam(WireModel, kw_only=True, tag_field="type", tag="direct"):
    pass


class ProgramToolCallCallerParam(WireModel, kw_only=True, tag_field="type", tag="program"):
    caller_id: str


class InputTextContentParam(WireModel, kw_only=True, tag_field="type", tag="input_text"):
    """A text input to the model."""

    text: str
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class InputImageContentParamAutoParam(WireModel, kw_only=True, tag_field="type", tag="input_image"):
    """An image input to the model. Learn about [image
    inputs](https://platform.openai.com/docs/guides/vision)
    """

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
Verbosity: TypeAlias = str | None
ReasoningEffort: TypeAlias = str | None
PromptCacheTTLEnum: TypeAlias = str
PromptCacheModeEnum: TypeAlias = str
ResponseFormatJsonSchemaSchema: TypeAlias = dict[str, Any]
VoiceIdsShared: TypeAlias = str
Tool: TypeAlias = dict[str, Any]
ToolChoiceOptions: TypeAlias = str
Item: TypeAlias = dict[str, Any]
MessagePhase: TypeAlias = str
ToolCallCallerParam: TypeAlias = DirectToolCallCallerParam | ProgramToolCallCallerParam
FunctionAndCustomToolCallOutput: TypeAlias = InputTextContent | InputImageContent | InputFileContent
ToolSearchExecutionType: TypeAlias = str
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
DetailEnum: TypeAlias = str
FileDetailEnum: TypeAlias = str
FunctionShellCallOutputOutcomeParam: TypeAlias = (
    FunctionShellCallOutputTimeoutOutcomeParam | FunctionShellCallOutputExitOutcomeParam
)
InputMessageContentList: TypeAlias = list[InputContent]
