"""Wire models of the GitHub API (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from ._runtime.models import WireModel

__all__ = [
    "AuthorAssociation",
    "AutoMerge",
    "CheckRun",
    "CheckRunCheckSuite",
    "CheckRunOutput",
    "ChecksCreateBody",
    "ChecksCreateBodyActionsItem",
    "ChecksCreateBodyOutput",
    "ChecksCreateBodyOutputAnnotationsItem",
    "ChecksCreateBodyOutputImagesItem",
    "ChecksListForRefResponse",
    "CodeOfConduct",
    "CodeOfConductSimple",
    "DeploymentSimple",
    "Enterprise",
    "FullRepository",
    "FullRepositoryPermissions",
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
    "Link",
    "MinimalRepository",
    "MinimalRepositoryLicense",
    "MinimalRepositoryPermissions",
    "NullableIntegration",
    "NullableIntegrationPermissions",
    "NullableIssueComment",
    "NullableIssueCommentMinimized",
    "NullableLicenseSimple",
    "NullableMilestone",
    "NullablePinnedIssueComment",
    "NullableRepository",
    "NullableRepositoryCodeSearchIndexStatus",
    "NullableRepositoryPermissions",
    "NullableSimpleUser",
    "NullableTeamSimple",
    "PullRequest",
    "PullRequestBase",
    "PullRequestHead",
    "PullRequestLabelsItem",
    "PullRequestLinks",
    "PullRequestMinimal",
    "PullRequestMinimalBase",
    "PullRequestMinimalBaseRepo",
    "PullRequestMinimalHead",
    "PullRequestMinimalHeadRepo",
    "PullRequestSimple",
    "PullRequestSimpleBase",
    "PullRequestSimpleHead",
    "PullRequestSimpleLabelsItem",
    "PullRequestSimpleLinks",
    "PullRequestStack",
    "PullRequestStackBase",
    "ReactionRollup",
    "Repository",
    "RepositoryCodeSearchIndexStatus",
    "RepositoryPermissions",
    "SecurityAndAnalysis",
    "SecurityAndAnalysisAdvancedSecurity",
    "SecurityAndAnalysisCodeSecurity",
    "SecurityAndAnalysisDependabotSecurityUpdates",
    "SecurityAndAnalysisSecretScanning",
    "SecurityAndAnalysisSecretScanningAiDetection",
    "SecurityAndAnalysisSecretScanningDelegatedAlertDismissal",
    "SecurityAndAnalysisSecretScanningDelegatedBypass",
    "SecurityAndAnalysisSecretScanningDelegatedBypassOptikcdnbhip",
    "SecurityAndAnalysisSecretScanningDelegatedBypassOptions",
    "SecurityAndAnalysisSecretScanningNonProviderPatterns",
    "SecurityAndAnalysisSecretScanningPushProtection",
    "SimpleUser",
    "SubIssuesSummary",
    "Team",
    "TeamPermissions",
    "TeamSimple",
]


class ChecksCreateBody(WireModel, kw_only=True):
    name: str
    head_sha: str
    details_url: str | None = None
    external_id: str | None = None
    status: str | None = None
    started_at: str | None = None
    conclusion: str | None = None
    completed_at: str | None = None
    output: ChecksCreateBodyOutput | None = None
    actions: list[ChecksCreateBodyActionsItem] | None = None


class ChecksCreateBodyOutput(WireModel, kw_only=True):
    """Check runs can accept a variety of data in the `output` object, including a `title` and
    `summary` and can optionally provide descriptive details about the run.
    """

    title: str
    summary: str
    text: str | None = None
    annotations_: list[ChecksCreateBodyOutputAnnotationsItem] | None = msgspec.field(
        default=None, name="annotations"
    )
    images: list[ChecksCreateBodyOutputImagesItem] | None = None


class ChecksCreateBodyOutputAnnotationsItem(WireModel, kw_only=True):
    path: str
    start_line: int
    end_line: int
    start_column: int | None = None
    end_column: int | None = None
    annotation_level: str
    message: str
    title: str | None = None
    raw_details: str | None = None


class ChecksCreateBodyOutputImagesItem(WireModel, kw_only=True):
    alt: str
    image_url: str
    caption: str | None = None


class ChecksCreateBodyActionsItem(WireModel, kw_only=True):
    label: str
    description: str
    identifier: str


class ChecksListForRefResponse(WireModel, kw_only=True):
    total_count: int
    check_runs: list[CheckRun]


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
    state: str | None = None
    state_reason: str | None = None
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
    confidence: str | None = None


class IssuesUpdateBodyAssigneesItem(WireModel, kw_only=True):
    login: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: str | None = None


class IssuesUpdateBodyIssueFieldValuesItem(WireModel, kw_only=True):
    field_id: int
    value: str | float | list[str]
    rationale: str | None = None
    suggest: bool | None = None
    confidence: str | None = None


class IssuesUpdateBodyType(WireModel, kw_only=True):
    """The issue type with optional metadata."""

    value: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: str | None = None


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
    state_reason: str | None = None
    title: str
    body: str | None = None
    user: NullableSimpleUser
    labels: list[str | IssuesUpdateResponseLabelsItem]
    assignee: NullableSimpleUser
    assignees: list[SimpleUser] | None = None
    milestone: NullableMilestone
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
    confidence: str | None = None
    ignored: bool | None = None
    ignored_reason: str | None = None


class IssuesUpdateResponseSuggestionsIssueFieldValuesItem(WireModel, kw_only=True):
    field_id: int | None = None
    value: str | float | list[str] | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: str | None = None
    ignored: bool | None = None
    ignored_reason: str | None = None


class IssuesUpdateResponseSuggestionsLabelsItem(WireModel, kw_only=True):
    name: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: str | None = None
    ignored: bool | None = None
    ignored_reason: str | None = None


class IssuesUpdateResponseSuggestionsAssigneesItem(WireModel, kw_only=True):
    login: str | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: str | None = None
    ignored: bool | None = None
    ignored_reason: str | None = None


class IssuesUpdateResponseSuggestionsStateItem(WireModel, kw_only=True):
    value: str | None = None
    state_reason: str | None = None
    duplicate_issue_id: int | None = None
    rationale: str | None = None
    suggest: bool | None = None
    confidence: str | None = None
    ignored: bool | None = None
    ignored_reason: str | None = None


class MinimalRepository(WireModel, kw_only=True):
    """Minimal Repository"""

    id: int
    node_id: str
    name: str
    full_name: str
    owner: SimpleUser
    private: bool
    html_url: str
    description: str | None
    fork: bool
    url: str
    archive_url: str
    assignees_url: str
    blobs_url: str
    branches_url: str
    collaborators_url: str
    comments_url: str
    commits_url: str
    compare_url: str
    contents_url: str
    contributors_url: str
    deployments_url: str
    downloads_url: str
    events_url: str
    forks_url: str
    git_commits_url: str
    git_refs_url: str
    git_tags_url: str
    git_url: str | None = None
    issue_comment_url: str
    issue_events_url: str
    issues_url: str
    keys_url: str
    labels_url: str
    languages_url: str
    merges_url: str
    milestones_url: str
    notifications_url: str
    pulls_url: str
    releases_url: str
    ssh_url: str | None = None
    stargazers_url: str
    statuses_url: str
    subscribers_url: str
    subscription_url: str
    tags_url: str
    teams_url: str
    trees_url: str
    clone_url: str | None = None
    mirror_url: str | None = None
    hooks_url: str
    svn_url: str | None = None
    homepage: str | None = None
    language: str | None = None
    forks_count: int | None = None
    stargazers_count: int | None = None
    watchers_count: int | None = None
    size: int | None = None
    default_branch: str | None = None
    open_issues_count: int | None = None
    is_template: bool | None = None
    topics: list[str] | None = None
    has_issues: bool | None = None
    has_projects: bool | None = None
    has_wiki: bool | None = None
    has_pages: bool | None = None
    has_downloads: bool | None = None
    has_discussions: bool | None = None
    has_pull_requests: bool | None = None
    pull_request_creation_policy: str | None = None
    archived: bool | None = None
    disabled: bool | None = None
    visibility: str | None = None
    pushed_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    permissions: MinimalRepositoryPermissions | None = None
    role_name: str | None = None
    temp_clone_token: str | None = None
    delete_branch_on_merge: bool | None = None
    subscribers_count: int | None = None
    network_count: int | None = None
    code_of_conduct: CodeOfConduct | None = None
    license: MinimalRepositoryLicense | None = None
    forks: int | None = None
    open_issues: int | None = None
    watchers: int | None = None
    allow_forking: bool | None = None
    web_commit_signoff_required: bool | None = None
    security_and_analysis: SecurityAndAnalysis | None = None
    custom_properties: dict[str, Any] | None = None


class MinimalRepositoryPermissions(WireModel, kw_only=True):
    admin: bool | None = None
    maintain: bool | None = None
    push: bool | None = None
    triage: bool | None = None
    pull: bool | None = None


class MinimalRepositoryLicense(WireModel, kw_only=True):
    key: str | None = None
    name: str | None = None
    spdx_id: str | None = None
    url: str | None = None
    node_id: str | None = None


class FullRepository(WireModel, kw_only=True):
    """Full Repository"""

    id: int
    node_id: str
    name: str
    full_name: str
    owner: SimpleUser
    private: bool
    html_url: str
    description: str | None
    fork: bool
    url: str
    archive_url: str
    assignees_url: str
    blobs_url: str
    branches_url: str
    collaborators_url: str
    comments_url: str
    commits_url: str
    compare_url: str
    contents_url: str
    contributors_url: str
    deployments_url: str
    downloads_url: str
    events_url: str
    forks_url: str
    git_commits_url: str
    git_refs_url: str
    git_tags_url: str
    git_url: str
    issue_comment_url: str
    issue_events_url: str
    issues_url: str
    keys_url: str
    labels_url: str
    languages_url: str
    merges_url: str
    milestones_url: str
    notifications_url: str
    pulls_url: str
    releases_url: str
    ssh_url: str
    stargazers_url: str
    statuses_url: str
    subscribers_url: str
    subscription_url: str
    tags_url: str
    teams_url: str
    trees_url: str
    clone_url: str
    mirror_url: str | None
    hooks_url: str
    svn_url: str
    homepage: str | None
    language: str | None
    forks_count: int
    stargazers_count: int
    watchers_count: int
    size: int
    default_branch: str
    open_issues_count: int
    is_template: bool | None = None
    topics: list[str] | None = None
    has_issues: bool
    has_projects: bool
    has_wiki: bool
    has_pages: bool
    has_downloads: bool | None = None
    has_discussions: bool
    has_pull_requests: bool | None = None
    pull_request_creation_policy: str | None = None
    archived: bool
    disabled: bool
    visibility: str | None = None
    pushed_at: str
    created_at: str
    updated_at: str
    permissions: FullRepositoryPermissions | None = None
    allow_rebase_merge: bool | None = None
    template_repository: NullableRepository | None = None
    temp_clone_token: str | None = None
    allow_squash_merge: bool | None = None
    allow_auto_merge: bool | None = None
    delete_branch_on_merge: bool | None = None
    allow_merge_commit: bool | None = None
    allow_update_branch: bool | None = None
    use_squash_pr_title_as_default: bool | None = None
    squash_merge_commit_title: str | None = None
    squash_merge_commit_message: str | None = None
    merge_commit_title: str | None = None
    merge_commit_message: str | None = None
    allow_forking: bool | None = None
    web_commit_signoff_required: bool | None = None
    subscribers_count: int
    network_count: int
    license: NullableLicenseSimple
    organization: NullableSimpleUser | None = None
    parent: Repository | None = None
    source: Repository | None = None
    forks: int
    master_branch: str | None = None
    open_issues: int
    watchers: int
    anonymous_access_enabled: bool | None = None
    code_of_conduct: CodeOfConductSimple | None = None
    security_and_analysis: SecurityAndAnalysis | None = None
    custom_properties: dict[str, Any] | None = None


class FullRepositoryPermissions(WireModel, kw_only=True):
    admin: bool
    maintain: bool | None = None
    push: bool
    triage: bool | None = None
    pull: bool


class CheckRun(WireModel, kw_only=True):
    """A check performed on the code of a given code change"""

    id: int
    head_sha: str
    node_id: str
    external_id: str | None
    url: str
    html_url: str | None
    details_url: str | None
    status: str
    conclusion: str | None
    started_at: str | None
    completed_at: str | None
    output: CheckRunOutput
    name: str
    check_suite: CheckRunCheckSuite | None
    app: NullableIntegration
    pull_requests: list[PullRequestMinimal]
    deployment: DeploymentSimple | None = None


class CheckRunOutput(WireModel, kw_only=True):
    title: str | None
    summary: str | None
    text: str | None
    annotations_count: int
    annotations_url: str


class CheckRunCheckSuite(WireModel, kw_only=True):
    id: int


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
    state_reason: str | None = None
    title: str
    body: str | None = None
    user: NullableSimpleUser
    labels: list[str | IssuesUpdateResponseLabelsItem]
    assignee: NullableSimpleUser
    assignees: list[SimpleUser] | None = None
    milestone: NullableMilestone
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


class NullableSimpleUser(WireModel, kw_only=True):
    """A GitHub user."""

    name: str | None = None
    email: str | None = None
    login: str
    id: int
    node_id: str
    avatar_url: str
    gravatar_id: str | None
    url: str
    html_url: str
    followers_url: str
    following_url: str
    gists_url: str
    starred_url: str
    subscriptions_url: str
    organizations_url: str
    repos_url: str
    events_url: str
    received_events_url: str
    type: str
    site_admin: bool
    starred_at: str | None = None
    user_view_type: str | None = None


class SimpleUser(WireModel, kw_only=True):
    """A GitHub user."""

    name: str | None = None
    email: str | None = None
    login: str
    id: int
    node_id: str
    avatar_url: str
    gravatar_id: str | None
    url: str
    html_url: str
    followers_url: str
    following_url: str
    gists_url: str
    starred_url: str
    subscriptions_url: str
    organizations_url: str
    repos_url: str
    events_url: str
    received_events_url: str
    type: str
    site_admin: bool
    starred_at: str | None = None
    user_view_type: str | None = None


class NullableMilestone(WireModel, kw_only=True):
    """A collection of related issues and pull requests."""

    url: str
    html_url: str
    labels_url: str
    id: int
    node_id: str
    number: int
    state: str
    title: str
    description: str | None
    creator: NullableSimpleUser
    open_issues: int
    closed_issues: int
    created_at: str
    updated_at: str
    closed_at: str | None
    due_on: str | None


class IssueType(WireModel, kw_only=True):
    """The type assigned to the issue. This is only present for issues in repositories where issue
    types are supported.
    """

    id: int
    node_id: str
    name: str
    description: str | None
    color: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    is_enabled: bool | None = None


class Repository(WireModel, kw_only=True):
    """A repository on GitHub."""

    id: int
    node_id: str
    name: str
    full_name: str
    license: NullableLicenseSimple
    forks: int
    permissions: RepositoryPermissions | None = None
    owner: SimpleUser
    private: bool
    html_url: str
    description: str | None
    fork: bool
    url: str
    archive_url: str
    assignees_url: str
    blobs_url: str
    branches_url: str
    collaborators_url: str
    comments_url: str
    commits_url: str
    compare_url: str
    contents_url: str
    contributors_url: str
    deployments_url: str
    downloads_url: str
    events_url: str
    forks_url: str
    git_commits_url: str
    git_refs_url: str
    git_tags_url: str
    git_url: str
    issue_comment_url: str
    issue_events_url: str
    issues_url: str
    keys_url: str
    labels_url: str
    languages_url: str
    merges_url: str
    milestones_url: str
    notifications_url: str
    pulls_url: str
    releases_url: str
    ssh_url: str
    stargazers_url: str
    statuses_url: str
    subscribers_url: str
    subscription_url: str
    tags_url: str
    teams_url: str
    trees_url: str
    clone_url: str
    mirror_url: str | None
    hooks_url: str
    svn_url: str
    homepage: str | None
    language: str | None
    forks_count: int
    stargazers_count: int
    watchers_count: int
    size: int
    default_branch: str
    open_issues_count: int
    is_template: bool | None = None
    topics: list[str] | None = None
    has_issues: bool
    has_projects: bool
    has_wiki: bool
    has_pages: bool
    has_downloads: bool
    has_discussions: bool | None = None
    has_pull_requests: bool | None = None
    pull_request_creation_policy: str | None = None
    archived: bool
    disabled: bool
    visibility: str | None = None
    pushed_at: str | None
    created_at: str | None
    updated_at: str | None
    allow_rebase_merge: bool | None = None
    temp_clone_token: str | None = None
    allow_squash_merge: bool | None = None
    allow_auto_merge: bool | None = None
    delete_branch_on_merge: bool | None = None
    allow_update_branch: bool | None = None
    use_squash_pr_title_as_default: bool | None = None
    squash_merge_commit_title: str | None = None
    squash_merge_commit_message: str | None = None
    merge_commit_title: str | None = None
    merge_commit_message: str | None = None
    allow_merge_commit: bool | None = None
    allow_forking: bool | None = None
    web_commit_signoff_required: bool | None = None
    open_issues: int
    watchers: int
    master_branch: str | None = None
    starred_at: str | None = None
    anonymous_access_enabled: bool | None = None
    code_search_index_status: RepositoryCodeSearchIndexStatus | None = None


class RepositoryPermissions(WireModel, kw_only=True):
    admin: bool
    pull: bool
    triage: bool | None = None
    push: bool
    maintain: bool | None = None


class RepositoryCodeSearchIndexStatus(WireModel, kw_only=True):
    """The status of the code search index for this repository"""

    lexical_search_ok: bool | None = None
    lexical_commit_sha: str | None = None


class NullableIntegration(WireModel, kw_only=True):
    """GitHub apps are a new way to extend GitHub. They can be installed directly on organizations
    and user accounts and granted access to specific repositories. They come with granular
    permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
    """

    id: int
    slug: str | None = None
    node_id: str
    client_id: str | None = None
    owner: dict[str, Any]
    name: str
    description: str | None
    external_url: str
    html_url: str
    created_at: str
    updated_at: str
    permissions: NullableIntegrationPermissions
    events: list[str]
    installations_count: int | None = None


class NullableIntegrationPermissions(WireModel, kw_only=True):
    """The set of permissions for the GitHub app"""

    issues: str | None = None
    checks: str | None = None
    metadata: str | None = None
    contents: str | None = None
    deployments: str | None = None


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
    user: NullableSimpleUser
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
    data_type: str
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


class PullRequestSimple(WireModel, kw_only=True):
    """Pull Request Simple"""

    url: str
    id: int
    node_id: str
    html_url: str
    diff_url: str
    patch_url: str
    issue_url: str
    commits_url: str
    review_comments_url: str
    review_comment_url: str
    comments_url: str
    statuses_url: str
    number: int
    state: str
    locked: bool
    title: str
    user: NullableSimpleUser
    body: str | None
    labels: list[PullRequestSimpleLabelsItem]
    milestone: NullableMilestone
    active_lock_reason: str | None = None
    created_at: str
    updated_at: str
    closed_at: str | None
    merged_at: str | None
    merge_commit_sha: str | None
    assignee: NullableSimpleUser
    assignees: list[SimpleUser] | None = None
    requested_reviewers: list[SimpleUser] | None = None
    requested_teams: list[Team] | None = None
    head: PullRequestSimpleHead
    base: PullRequestSimpleBase
    links: PullRequestSimpleLinks = msgspec.field(name="_links")
    author_association: AuthorAssociation
    auto_merge: AutoMerge
    stack: PullRequestStack | None = None
    draft: bool | None = None


class PullRequestSimpleLabelsItem(WireModel, kw_only=True):
    id: int
    node_id: str
    url: str
    name: str
    description: str
    color: str
    default: bool


class PullRequestSimpleHead(WireModel, kw_only=True):
    label: str
    ref: str
    repo: Repository
    sha: str
    user: NullableSimpleUser


class PullRequestSimpleBase(WireModel, kw_only=True):
    label: str
    ref: str
    repo: Repository
    sha: str
    user: NullableSimpleUser


class PullRequestSimpleLinks(WireModel, kw_only=True):
    comments: Link
    commits: Link
    statuses: Link
    html: Link
    issue: Link
    review_comments: Link
    review_comment: Link
    self: Link


class PullRequest(WireModel, kw_only=True):
    """Pull requests let you tell others about changes you've pushed to a repository on GitHub. Once
    a pull request is sent, interested parties can review the set of changes, discuss potential
    modifications, and even push follow-up commits if necessary.
    """

    url: str
    id: int
    node_id: str
    html_url: str
    diff_url: str
    patch_url: str
    issue_url: str
    commits_url: str
    review_comments_url: str
    review_comment_url: str
    comments_url: str
    statuses_url: str
    number: int
    state: str
    locked: bool
    title: str
    user: SimpleUser
    body: str | None
    labels: list[PullRequestLabelsItem]
    milestone: NullableMilestone
    active_lock_reason: str | None = None
    created_at: str
    updated_at: str
    closed_at: str | None
    merged_at: str | None
    merge_commit_sha: str | None
    assignee: NullableSimpleUser
    assignees: list[SimpleUser] | None = None
    requested_reviewers: list[SimpleUser] | None = None
    requested_teams: list[TeamSimple] | None = None
    head: PullRequestHead
    base: PullRequestBase
    links: PullRequestLinks = msgspec.field(name="_links")
    author_association: AuthorAssociation
    auto_merge: AutoMerge
    stack: PullRequestStack | None = None
    draft: bool | None = None
    merged: bool
    mergeable: bool | None
    rebaseable: bool | None = None
    mergeable_state: str
    merged_by: NullableSimpleUser
    comments: int
    review_comments: int
    maintainer_can_modify: bool
    commits: int
    additions: int
    deletions: int
    changed_files: int


class PullRequestLabelsItem(WireModel, kw_only=True):
    id: int
    node_id: str
    url: str
    name: str
    description: str | None
    color: str
    default: bool


class PullRequestHead(WireModel, kw_only=True):
    label: str
    ref: str
    repo: Repository
    sha: str
    user: SimpleUser


class PullRequestBase(WireModel, kw_only=True):
    label: str
    ref: str
    repo: Repository
    sha: str
    user: SimpleUser


class PullRequestLinks(WireModel, kw_only=True):
    comments: Link
    commits: Link
    statuses: Link
    html: Link
    issue: Link
    review_comments: Link
    review_comment: Link
    self: Link


class CodeOfConduct(WireModel, kw_only=True):
    """Code Of Conduct"""

    key: str
    name: str
    url: str
    body: str | None = None
    html_url: str | None


class SecurityAndAnalysis(WireModel, kw_only=True):
    advanced_security: SecurityAndAnalysisAdvancedSecurity | None = None
    code_security: SecurityAndAnalysisCodeSecurity | None = None
    dependabot_security_updates: SecurityAndAnalysisDependabotSecurityUpdates | None = None
    secret_scanning: SecurityAndAnalysisSecretScanning | None = None
    secret_scanning_push_protection: SecurityAndAnalysisSecretScanningPushProtection | None = None
    secret_scanning_non_provider_patterns: (
        SecurityAndAnalysisSecretScanningNonProviderPatterns | None
    ) = None
    secret_scanning_ai_detection: SecurityAndAnalysisSecretScanningAiDetection | None = None
    secret_scanning_delegated_alert_dismissal: (
        SecurityAndAnalysisSecretScanningDelegatedAlertDismissal | None
    ) = None
    secret_scanning_delegated_bypass: SecurityAndAnalysisSecretScanningDelegatedBypass | None = None
    secret_scanning_delegated_bypass_options: (
        SecurityAndAnalysisSecretScanningDelegatedBypassOptions | None
    ) = None


class SecurityAndAnalysisAdvancedSecurity(WireModel, kw_only=True):
    """Enable or disable GitHub Advanced Security for the repository.

    For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
    """

    status: str | None = None


class SecurityAndAnalysisCodeSecurity(WireModel, kw_only=True):
    status: str | None = None


class SecurityAndAnalysisDependabotSecurityUpdates(WireModel, kw_only=True):
    """Enable or disable Dependabot security updates for the repository."""

    status: str | None = None


class SecurityAndAnalysisSecretScanning(WireModel, kw_only=True):
    status: str | None = None


class SecurityAndAnalysisSecretScanningPushProtection(WireModel, kw_only=True):
    status: str | None = None


class SecurityAndAnalysisSecretScanningNonProviderPatterns(WireModel, kw_only=True):
    status: str | None = None


class SecurityAndAnalysisSecretScanningAiDetection(WireModel, kw_only=True):
    status: str | None = None


class SecurityAndAnalysisSecretScanningDelegatedAlertDismissal(WireModel, kw_only=True):
    status: str | None = None


class SecurityAndAnalysisSecretScanningDelegatedBypass(WireModel, kw_only=True):
    status: str | None = None


class SecurityAndAnalysisSecretScanningDelegatedBypassOptions(WireModel, kw_only=True):
    reviewers: list[SecurityAndAnalysisSecretScanningDelegatedBypassOptikcdnbhip] | None = None


class SecurityAndAnalysisSecretScanningDelegatedBypassOptikcdnbhip(WireModel, kw_only=True):
    reviewer_id: int
    reviewer_type: str
    mode: str | None = None


class NullableRepository(WireModel, kw_only=True):
    """A repository on GitHub."""

    id: int
    node_id: str
    name: str
    full_name: str
    license: NullableLicenseSimple
    forks: int
    permissions: NullableRepositoryPermissions | None = None
    owner: SimpleUser
    private: bool
    html_url: str
    description: str | None
    fork: bool
    url: str
    archive_url: str
    assignees_url: str
    blobs_url: str
    branches_url: str
    collaborators_url: str
    comments_url: str
    commits_url: str
    compare_url: str
    contents_url: str
    contributors_url: str
    deployments_url: str
    downloads_url: str
    events_url: str
    forks_url: str
    git_commits_url: str
    git_refs_url: str
    git_tags_url: str
    git_url: str
    issue_comment_url: str
    issue_events_url: str
    issues_url: str
    keys_url: str
    labels_url: str
    languages_url: str
    merges_url: str
    milestones_url: str
    notifications_url: str
    pulls_url: str
    releases_url: str
    ssh_url: str
    stargazers_url: str
    statuses_url: str
    subscribers_url: str
    subscription_url: str
    tags_url: str
    teams_url: str
    trees_url: str
    clone_url: str
    mirror_url: str | None
    hooks_url: str
    svn_url: str
    homepage: str | None
    language: str | None
    forks_count: int
    stargazers_count: int
    watchers_count: int
    size: int
    default_branch: str
    open_issues_count: int
    is_template: bool | None = None
    topics: list[str] | None = None
    has_issues: bool
    has_projects: bool
    has_wiki: bool
    has_pages: bool
    has_downloads: bool
    has_discussions: bool | None = None
    has_pull_requests: bool | None = None
    pull_request_creation_policy: str | None = None
    archived: bool
    disabled: bool
    visibility: str | None = None
    pushed_at: str | None
    created_at: str | None
    updated_at: str | None
    allow_rebase_merge: bool | None = None
    temp_clone_token: str | None = None
    allow_squash_merge: bool | None = None
    allow_auto_merge: bool | None = None
    delete_branch_on_merge: bool | None = None
    allow_update_branch: bool | None = None
    use_squash_pr_title_as_default: bool | None = None
    squash_merge_commit_title: str | None = None
    squash_merge_commit_message: str | None = None
    merge_commit_title: str | None = None
    merge_commit_message: str | None = None
    allow_merge_commit: bool | None = None
    allow_forking: bool | None = None
    web_commit_signoff_required: bool | None = None
    open_issues: int
    watchers: int
    master_branch: str | None = None
    starred_at: str | None = None
    anonymous_access_enabled: bool | None = None
    code_search_index_status: NullableRepositoryCodeSearchIndexStatus | None = None


class NullableRepositoryPermissions(WireModel, kw_only=True):
    admin: bool
    pull: bool
    triage: bool | None = None
    push: bool
    maintain: bool | None = None


class NullableRepositoryCodeSearchIndexStatus(WireModel, kw_only=True):
    """The status of the code search index for this repository"""

    lexical_search_ok: bool | None = None
    lexical_commit_sha: str | None = None


class NullableLicenseSimple(WireModel, kw_only=True):
    """License Simple"""

    key: str
    name: str
    url: str | None
    spdx_id: str | None
    node_id: str
    html_url: str | None = None


class CodeOfConductSimple(WireModel, kw_only=True):
    """Code of Conduct Simple"""

    url: str
    key: str
    name: str
    html_url: str | None


class PullRequestMinimal(WireModel, kw_only=True):
    """Pull Request Minimal"""

    id: int
    number: int
    url: str
    head: PullRequestMinimalHead
    base: PullRequestMinimalBase


class PullRequestMinimalHead(WireModel, kw_only=True):
    ref: str
    sha: str
    repo: PullRequestMinimalHeadRepo


class PullRequestMinimalHeadRepo(WireModel, kw_only=True):
    id: int
    url: str
    name: str


class PullRequestMinimalBase(WireModel, kw_only=True):
    ref: str
    sha: str
    repo: PullRequestMinimalBaseRepo


class PullRequestMinimalBaseRepo(WireModel, kw_only=True):
    id: int
    url: str
    name: str


class DeploymentSimple(WireModel, kw_only=True):
    """A deployment created as the result of an Actions check run from a workflow that references an
    environment
    """

    url: str
    id: int
    node_id: str
    task: str
    original_environment: str | None = None
    environment: str
    description: str | None
    created_at: str
    updated_at: str
    statuses_url: str
    repository_url: str
    transient_environment: bool | None = None
    production_environment: bool | None = None
    performed_via_github_app: NullableIntegration | None = None


class Enterprise(WireModel, kw_only=True):
    """An enterprise on GitHub."""

    description: str | None = None
    html_url: str
    website_url: str | None = None
    id: int
    node_id: str
    name: str
    slug: str
    created_at: str | None
    updated_at: str | None
    avatar_url: str


class NullablePinnedIssueComment(WireModel, kw_only=True):
    """Context around who pinned an issue comment and when it was pinned."""

    pinned_at: str
    pinned_by: NullableSimpleUser


class NullableIssueCommentMinimized(WireModel, kw_only=True):
    """Details about why an issue comment was minimized."""

    reason: str | None


class Team(WireModel, kw_only=True):
    """Groups of organization members that gives permissions on specified repositories."""

    id: int
    node_id: str
    name: str
    slug: str
    description: str | None
    privacy: str | None = None
    notification_setting: str | None = None
    permission: str
    permissions: TeamPermissions | None = None
    url: str
    html_url: str
    members_url: str
    repositories_url: str
    type: str
    access_source: str | None = None
    organization_id: int | None = None
    enterprise_id: int | None = None
    parent: NullableTeamSimple


class TeamPermissions(WireModel, kw_only=True):
    pull: bool
    triage: bool
    push: bool
    maintain: bool
    admin: bool


class Link(WireModel, kw_only=True):
    """Hypermedia Link"""

    href: str


class AutoMerge(WireModel, kw_only=True):
    """The status of auto merging a pull request."""

    enabled_by: SimpleUser
    merge_method: str
    commit_title: str
    commit_message: str


class PullRequestStack(WireModel, kw_only=True):
    """The stack information associated with a pull request."""

    base: PullRequestStackBase
    size: int | None = None
    position: int | None = None
    id: int | None = None
    number: int | None = None


class PullRequestStackBase(WireModel, kw_only=True):
    ref: str
    sha: str


class TeamSimple(WireModel, kw_only=True):
    """Groups of organization members that gives permissions on specified repositories."""

    id: int
    node_id: str
    url: str
    members_url: str
    name: str
    description: str | None
    permission: str
    privacy: str | None = None
    notification_setting: str | None = None
    html_url: str
    repositories_url: str
    slug: str
    ldap_dn: str | None = None
    type: str
    organization_id: int | None = None
    enterprise_id: int | None = None


class NullableTeamSimple(WireModel, kw_only=True):
    """Groups of organization members that gives permissions on specified repositories."""

    id: int
    node_id: str
    url: str
    members_url: str
    name: str
    description: str | None
    permission: str
    privacy: str | None = None
    notification_setting: str | None = None
    html_url: str
    repositories_url: str
    slug: str
    ldap_dn: str | None = None
    type: str
    organization_id: int | None = None
    enterprise_id: int | None = None


AuthorAssociation: TypeAlias = str
