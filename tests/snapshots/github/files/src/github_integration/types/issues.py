"""Models of the GitHub API used by ``client.issues`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

import msgspec

from .._runtime.models import Literal, WireModel
from .shared import (
    AuthorAssociation,
    NullableIntegration,
    NullableMilestone,
    NullableSimpleUser,
    Repository,
    SimpleUser,
)

__all__ = [
    "Issue",
    "IssueDependenciesSummary",
    "IssueFieldValue",
    "IssueFieldValueMultiSelectOptionsItem",
    "IssueFieldValueSingleSelectOption",
    "IssueType",
    "IssuesCreateBody",
    "IssuesCreateBodyIssueFieldValuesItem",
    "IssuesCreateBodyLabelsItem",
    "IssuesUpdateBody",
    "IssuesUpdateBodyAssigneesItem",
    "IssuesUpdateBodyIssueFieldValuesItem",
    "IssuesUpdateBodyLabelsItem",
    "IssuesUpdateBodyType",
    "IssuesUpdateResponse",
    "IssuesUpdateResponseLabelsItem",
    "IssuesUpdateResponsePullRequest",
    "IssuesUpdateResponseSuggestions",
    "IssuesUpdateResponseSuggestionsAssigneesItem",
    "IssuesUpdateResponseSuggestionsIssueFieldValuesItem",
    "IssuesUpdateResponseSuggestionsLabelsItem",
    "IssuesUpdateResponseSuggestionsStateItem",
    "IssuesUpdateResponseSuggestionsTypeItem",
    "NullableIssueComment",
    "NullableIssueCommentMinimized",
    "NullablePinnedIssueComment",
    "ReactionRollup",
    "SubIssuesSummary",
]


class IssuesCreateBody(WireModel, kw_only=True):
    title: str | int
    body: str | None = None
    assignee: str | None = None
    milestone: str | int | None = None
    labels: list[str | IssuesCreateBodyLabelsItem] | None = None
    assignees: list[str] | None = None
    issue_field_values: list[IssuesCreateBodyIssueFieldValuesItem] | None = None
    type: str | None = None


class IssuesCreateBodyLabelsItem(WireModel, kw_only=True):
    id: int | None = None
    name: str | None = None
    description: str | None = None
    color: str | None = None


class IssuesCreateBodyIssueFieldValuesItem(WireModel, kw_only=True):
    field_id: int
    value: str | float | list[str]


class IssuesUpdateBody(WireModel, kw_only=True):
    title: str | int | None = None
    body: str | None = None
    assignee: str | None = None
    state: Literal["open", "closed"] | None = None
    state_reason: Literal["completed", "not_planned", "duplicate", "reopened"] | None = None
    duplicate_issue_id: int | None = None
    milestone: str | int | None = None
    labels: list[str | IssuesUpdateBodyLabelsItem] | None = None
    assignees: list[str | IssuesUpdateBodyAssigneesItem] | None = None
    issue_field_values: list[IssuesUpdateBodyIssueFieldValuesItem] | None = None
    type: str | IssuesUpdateBodyType | None = None


class IssuesUpdateBodyLabelsItem(WireModel, kw_only=True):
    id: int | None = None
    name: str | None = None
    description: str | None = None
    color: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None


class IssuesUpdateBodyAssigneesItem(WireModel, kw_only=True):
    login: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None


class IssuesUpdateBodyIssueFieldValuesItem(WireModel, kw_only=True):
    field_id: int
    value: str | float | list[str]
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None


class IssuesUpdateBodyType(WireModel, kw_only=True):
    """The issue type with optional metadata."""

    value: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None


class IssuesUpdateResponse(WireModel, kw_only=True):
    id: int
    node_id: str
    url: str
    repository_url: str
    labels_url: str
    comments_url: str
    events_url: str
    html_url: str
    number: int
    state: str
    state_reason: Literal["completed", "reopened", "not_planned", "duplicate"] | None = None
    title: str
    body: str | None = None
    user: NullableSimpleUser | None
    labels: list[str | IssuesUpdateResponseLabelsItem]
    assignee: NullableSimpleUser | None
    assignees: list[SimpleUser] | None = None
    milestone: NullableMilestone | None
    locked: bool
    active_lock_reason: str | None = None
    comments: int
    pull_request: IssuesUpdateResponsePullRequest | None = None
    closed_at: str | None
    created_at: str
    updated_at: str
    draft: bool | None = None
    closed_by: NullableSimpleUser | None = None
    body_html: str | None = None
    body_text: str | None = None
    timeline_url: str | None = None
    type: IssueType | None = None
    repository: Repository | None = None
    performed_via_github_app: NullableIntegration | None = None
    author_association: AuthorAssociation | None = None
    reactions: ReactionRollup | None = None
    sub_issues_summary: SubIssuesSummary | None = None
    parent_issue_url: str | None = None
    pinned_comment: NullableIssueComment | None = None
    issue_dependencies_summary: IssueDependenciesSummary | None = None
    issue_field_values: list[IssueFieldValue] | None = None
    suggestions: IssuesUpdateResponseSuggestions | None = None


class IssuesUpdateResponseLabelsItem(WireModel, kw_only=True):
    id: int | None = None
    node_id: str | None = None
    url: str | None = None
    name: str | None = None
    description: str | None = None
    color: str | None = None
    default: bool | None = None


class IssuesUpdateResponsePullRequest(WireModel, kw_only=True):
    merged_at: str | None = None
    diff_url: str | None
    html_url: str | None
    patch_url: str | None
    url: str | None


class IssuesUpdateResponseSuggestions(WireModel, kw_only=True):
    """Pending suggestions for each suggestible field (`type`,
    `issue_field_values`, `labels`, `assignees`, `state`) the
    request touched. Omitted for fields not in the request or
    with no pending or ignored suggestions. Items tagged
    `ignored` are echoes of the current request's inputs that
    were not persisted as pending suggestions.
    """

    type: list[IssuesUpdateResponseSuggestionsTypeItem] | None = None
    issue_field_values: list[IssuesUpdateResponseSuggestionsIssueFieldValuesItem] | None = None
    labels: list[IssuesUpdateResponseSuggestionsLabelsItem] | None = None
    assignees: list[IssuesUpdateResponseSuggestionsAssigneesItem] | None = None
    state: list[IssuesUpdateResponseSuggestionsStateItem] | None = None


class IssuesUpdateResponseSuggestionsTypeItem(WireModel, kw_only=True):
    value: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None
    ignored: bool | None = None
    ignored_reason: Literal["already_applied", "issue_already_closed"] | None = None


class IssuesUpdateResponseSuggestionsIssueFieldValuesItem(WireModel, kw_only=True):
    field_id: int | None = None
    value: str | float | list[str] | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None
    ignored: bool | None = None
    ignored_reason: Literal["already_applied", "issue_already_closed"] | None = None


class IssuesUpdateResponseSuggestionsLabelsItem(WireModel, kw_only=True):
    name: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None
    ignored: bool | None = None
    ignored_reason: Literal["already_applied", "issue_already_closed"] | None = None


class IssuesUpdateResponseSuggestionsAssigneesItem(WireModel, kw_only=True):
    login: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None
    ignored: bool | None = None
    ignored_reason: Literal["already_applied", "issue_already_closed"] | None = None


class IssuesUpdateResponseSuggestionsStateItem(WireModel, kw_only=True):
    value: str | None = None
    state_reason: str | None = None
    duplicate_issue_id: int | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: Literal["low", "medium", "high"] | None = None
    ignored: bool | None = None
    ignored_reason: Literal["already_applied", "issue_already_closed"] | None = None


class Issue(WireModel, kw_only=True):
    """Issues are a great way to keep track of tasks, enhancements, and bugs for your projects."""

    id: int
    node_id: str
    url: str
    repository_url: str
    labels_url: str
    comments_url: str
    events_url: str
    html_url: str
    number: int
    state: str
    state_reason: Literal["completed", "reopened", "not_planned", "duplicate"] | None = None
    title: str
    body: str | None = None
    user: NullableSimpleUser | None
    labels: list[str | IssuesUpdateResponseLabelsItem]
    assignee: NullableSimpleUser | None
    assignees: list[SimpleUser] | None = None
    milestone: NullableMilestone | None
    locked: bool
    active_lock_reason: str | None = None
    comments: int
    pull_request: IssuesUpdateResponsePullRequest | None = None
    closed_at: str | None
    created_at: str
    updated_at: str
    draft: bool | None = None
    closed_by: NullableSimpleUser | None = None
    body_html: str | None = None
    body_text: str | None = None
    timeline_url: str | None = None
    type: IssueType | None = None
    repository: Repository | None = None
    performed_via_github_app: NullableIntegration | None = None
    author_association: AuthorAssociation | None = None
    reactions: ReactionRollup | None = None
    sub_issues_summary: SubIssuesSummary | None = None
    parent_issue_url: str | None = None
    pinned_comment: NullableIssueComment | None = None
    issue_dependencies_summary: IssueDependenciesSummary | None = None
    issue_field_values: list[IssueFieldValue] | None = None


class IssueType(WireModel, kw_only=True):
    """The type assigned to the issue. This is only present for issues in repositories where issue
    types are supported.
    """

    id: int
    node_id: str
    name: str
    description: str | None
    color: Literal["gray", "blue", "green", "yellow", "orange", "red", "pink", "purple"] | None = (
        None
    )
    created_at: str | None = None
    updated_at: str | None = None
    is_enabled: bool | None = None


class ReactionRollup(WireModel, kw_only=True):
    """Reaction Rollup"""

    url: str
    total_count: int
    plus_1: int = msgspec.field(name="+1")
    field_1: int = msgspec.field(name="-1")
    laugh: int
    confused: int
    heart: int
    hooray: int
    eyes: int
    rocket: int


class SubIssuesSummary(WireModel, kw_only=True):
    """Sub-issues Summary"""

    total: int
    completed: int
    percent_completed: int


class NullableIssueComment(WireModel, kw_only=True):
    """Comments provide a way for people to collaborate on an issue."""

    id: int
    node_id: str
    url: str
    body: str | None = None
    body_text: str | None = None
    body_html: str | None = None
    html_url: str
    user: NullableSimpleUser | None
    created_at: str
    updated_at: str
    issue_url: str
    author_association: AuthorAssociation | None = None
    performed_via_github_app: NullableIntegration | None = None
    reactions: ReactionRollup | None = None
    pin: NullablePinnedIssueComment | None = None
    minimized: NullableIssueCommentMinimized | None = None


class IssueDependenciesSummary(WireModel, kw_only=True):
    """Issue Dependencies Summary"""

    blocked_by: int
    blocking: int
    total_blocked_by: int
    total_blocking: int


class IssueFieldValue(WireModel, kw_only=True):
    """A value assigned to an issue field"""

    issue_field_id: int
    issue_field_name: str | None = None
    node_id: str
    data_type: Literal["text", "single_select", "multi_select", "number", "date"]
    value: str | float | int | None
    single_select_option: IssueFieldValueSingleSelectOption | None = None
    multi_select_options: list[IssueFieldValueMultiSelectOptionsItem] | None = None


class IssueFieldValueSingleSelectOption(WireModel, kw_only=True):
    """Details about the selected option (only present for single_select fields)"""

    id: int
    name: str
    color: str


class IssueFieldValueMultiSelectOptionsItem(WireModel, kw_only=True):
    id: int
    name: str
    color: str


class NullablePinnedIssueComment(WireModel, kw_only=True):
    """Context around who pinned an issue comment and when it was pinned."""

    pinned_at: str
    pinned_by: NullableSimpleUser | None


class NullableIssueCommentMinimized(WireModel, kw_only=True):
    """Details about why an issue comment was minimized."""

    reason: str | None
