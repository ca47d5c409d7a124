"""Models of the GitHub API used by ``client.repos`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any

from .._runtime.models import Literal, WireModel
from .shared import (
    NullableLicenseSimple,
    NullableSimpleUser,
    Repository,
    SimpleUser,
)

__all__ = [
    "CodeOfConduct",
    "CodeOfConductSimple",
    "FullRepository",
    "FullRepositoryPermissions",
    "MinimalRepository",
    "MinimalRepositoryLicense",
    "MinimalRepositoryPermissions",
    "NullableRepository",
    "NullableRepositoryCodeSearchIndexStatus",
    "NullableRepositoryPermissions",
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
]


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
    pull_request_creation_policy: Literal["all", "collaborators_only"] | None = None
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
    pull_request_creation_policy: Literal["all", "collaborators_only"] | None = None
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
    squash_merge_commit_title: Literal["PR_TITLE", "COMMIT_OR_PR_TITLE"] | None = None
    squash_merge_commit_message: Literal["PR_BODY", "COMMIT_MESSAGES", "BLANK"] | None = None
    merge_commit_title: Literal["PR_TITLE", "MERGE_MESSAGE"] | None = None
    merge_commit_message: Literal["PR_BODY", "PR_TITLE", "BLANK"] | None = None
    allow_forking: bool | None = None
    web_commit_signoff_required: bool | None = None
    subscribers_count: int
    network_count: int
    license: NullableLicenseSimple | None
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

    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisCodeSecurity(WireModel, kw_only=True):
    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisDependabotSecurityUpdates(WireModel, kw_only=True):
    """Enable or disable Dependabot security updates for the repository."""

    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisSecretScanning(WireModel, kw_only=True):
    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisSecretScanningPushProtection(WireModel, kw_only=True):
    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisSecretScanningNonProviderPatterns(WireModel, kw_only=True):
    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisSecretScanningAiDetection(WireModel, kw_only=True):
    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisSecretScanningDelegatedAlertDismissal(WireModel, kw_only=True):
    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisSecretScanningDelegatedBypass(WireModel, kw_only=True):
    status: Literal["enabled", "disabled"] | None = None


class SecurityAndAnalysisSecretScanningDelegatedBypassOptions(WireModel, kw_only=True):
    reviewers: list[SecurityAndAnalysisSecretScanningDelegatedBypassOptikcdnbhip] | None = None


class SecurityAndAnalysisSecretScanningDelegatedBypassOptikcdnbhip(WireModel, kw_only=True):
    reviewer_id: int
    reviewer_type: Literal["TEAM", "ROLE"]
    mode: Literal["ALWAYS", "EXEMPT"] | None = None


class NullableRepository(WireModel, kw_only=True):
    """A repository on GitHub."""

    id: int
    node_id: str
    name: str
    full_name: str
    license: NullableLicenseSimple | None
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
    pull_request_creation_policy: Literal["all", "collaborators_only"] | None = None
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
    squash_merge_commit_title: Literal["PR_TITLE", "COMMIT_OR_PR_TITLE"] | None = None
    squash_merge_commit_message: Literal["PR_BODY", "COMMIT_MESSAGES", "BLANK"] | None = None
    merge_commit_title: Literal["PR_TITLE", "MERGE_MESSAGE"] | None = None
    merge_commit_message: Literal["PR_BODY", "PR_TITLE", "BLANK"] | None = None
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


class CodeOfConductSimple(WireModel, kw_only=True):
    """Code of Conduct Simple"""

    url: str
    key: str
    name: str
    html_url: str | None
