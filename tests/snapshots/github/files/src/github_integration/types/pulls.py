"""Models of the GitHub API used by ``client.pulls`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

import msgspec

from .._runtime.models import Literal, WireModel
from .shared import (
    AuthorAssociation,
    NullableMilestone,
    NullableSimpleUser,
    Repository,
    SimpleUser,
)

__all__ = [
    "AutoMerge",
    "Link",
    "NullableTeamSimple",
    "PullRequest",
    "PullRequestBase",
    "PullRequestHead",
    "PullRequestLabelsItem",
    "PullRequestLinks",
    "PullRequestSimple",
    "PullRequestSimpleBase",
    "PullRequestSimpleHead",
    "PullRequestSimpleLabelsItem",
    "PullRequestSimpleLinks",
    "PullRequestStack",
    "PullRequestStackBase",
    "Team",
    "TeamPermissions",
    "TeamSimple",
]


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
    user: NullableSimpleUser | None
    body: str | None
    labels: list[PullRequestSimpleLabelsItem]
    milestone: NullableMilestone | None
    active_lock_reason: str | None = None
    created_at: str
    updated_at: str
    closed_at: str | None
    merged_at: str | None
    merge_commit_sha: str | None
    assignee: NullableSimpleUser | None
    assignees: list[SimpleUser] | None = None
    requested_reviewers: list[SimpleUser] | None = None
    requested_teams: list[Team] | None = None
    head: PullRequestSimpleHead
    base: PullRequestSimpleBase
    links: PullRequestSimpleLinks = msgspec.field(name="_links")
    author_association: AuthorAssociation
    auto_merge: AutoMerge | None
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
    user: NullableSimpleUser | None


class PullRequestSimpleBase(WireModel, kw_only=True):
    label: str
    ref: str
    repo: Repository
    sha: str
    user: NullableSimpleUser | None


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
    state: Literal["open", "closed"]
    locked: bool
    title: str
    user: SimpleUser
    body: str | None
    labels: list[PullRequestLabelsItem]
    milestone: NullableMilestone | None
    active_lock_reason: str | None = None
    created_at: str
    updated_at: str
    closed_at: str | None
    merged_at: str | None
    merge_commit_sha: str | None
    assignee: NullableSimpleUser | None
    assignees: list[SimpleUser] | None = None
    requested_reviewers: list[SimpleUser] | None = None
    requested_teams: list[TeamSimple] | None = None
    head: PullRequestHead
    base: PullRequestBase
    links: PullRequestLinks = msgspec.field(name="_links")
    author_association: AuthorAssociation
    auto_merge: AutoMerge | None
    stack: PullRequestStack | None = None
    draft: bool | None = None
    merged: bool
    mergeable: bool | None
    rebaseable: bool | None = None
    mergeable_state: str
    merged_by: NullableSimpleUser | None
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
    type: Literal["enterprise", "organization"]
    access_source: Literal["direct", "organization", "enterprise"] | None = None
    organization_id: int | None = None
    enterprise_id: int | None = None
    parent: NullableTeamSimple | None


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
    merge_method: Literal["merge", "squash", "rebase"]
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
    type: Literal["enterprise", "organization"]
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
    type: Literal["enterprise", "organization"]
    organization_id: int | None = None
    enterprise_id: int | None = None
