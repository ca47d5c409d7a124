"""Models of the GitHub API shared by several resources, or by none (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime.models import Literal, WireModel

__all__ = [
    "AuthorAssociation",
    "Enterprise",
    "NullableIntegration",
    "NullableIntegrationPermissions",
    "NullableLicenseSimple",
    "NullableMilestone",
    "NullableSimpleUser",
    "Repository",
    "RepositoryCodeSearchIndexStatus",
    "RepositoryPermissions",
    "SimpleUser",
]


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
    state: Literal["open", "closed"]
    title: str
    description: str | None
    creator: NullableSimpleUser | None
    open_issues: int
    closed_issues: int
    created_at: str
    updated_at: str
    closed_at: str | None
    due_on: str | None


class Repository(WireModel, kw_only=True):
    """A repository on GitHub."""

    id: int
    node_id: str
    name: str
    full_name: str
    license: NullableLicenseSimple | None
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


class NullableLicenseSimple(WireModel, kw_only=True):
    """License Simple"""

    key: str
    name: str
    url: str | None
    spdx_id: str | None
    node_id: str
    html_url: str | None = None


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


AuthorAssociation: TypeAlias = Literal[
    "COLLABORATOR",
    "CONTRIBUTOR",
    "FIRST_TIMER",
    "FIRST_TIME_CONTRIBUTOR",
    "MANNEQUIN",
    "MEMBER",
    "NONE",
    "OWNER",
]
