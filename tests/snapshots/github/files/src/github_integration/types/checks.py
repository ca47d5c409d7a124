"""Models of the GitHub API used by ``client.checks`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

import msgspec

from .._runtime.models import Literal, WireModel
from .shared import (
    NullableIntegration,
)

__all__ = [
    "CheckRun",
    "CheckRunCheckSuite",
    "CheckRunOutput",
    "ChecksCreateBody",
    "ChecksCreateBodyActionsItem",
    "ChecksCreateBodyOutput",
    "ChecksCreateBodyOutputAnnotationsItem",
    "ChecksCreateBodyOutputImagesItem",
    "ChecksListForRefResponse",
    "DeploymentSimple",
    "PullRequestMinimal",
    "PullRequestMinimalBase",
    "PullRequestMinimalBaseRepo",
    "PullRequestMinimalHead",
    "PullRequestMinimalHeadRepo",
]


class ChecksCreateBody(WireModel, kw_only=True):
    name: str
    head_sha: str
    details_url: str | None = None
    external_id: str | None = None
    status: Literal["queued", "in_progress", "completed"] | None = None
    started_at: str | None = None
    conclusion: (
        Literal[
            "action_required",
            "cancelled",
            "failure",
            "neutral",
            "success",
            "skipped",
            "stale",
            "timed_out",
        ]
        | None
    ) = None
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
    annotation_level: Literal["notice", "warning", "failure"]
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


class CheckRun(WireModel, kw_only=True):
    """A check performed on the code of a given code change"""

    id: int
    head_sha: str
    node_id: str
    external_id: str | None
    url: str
    html_url: str | None
    details_url: str | None
    status: Literal["queued", "in_progress", "completed", "waiting", "requested", "pending"]
    conclusion: (
        Literal[
            "success", "failure", "neutral", "cancelled", "skipped", "timed_out", "action_required"
        ]
        | None
    )
    started_at: str | None
    completed_at: str | None
    output: CheckRunOutput
    name: str
    check_suite: CheckRunCheckSuite | None
    app: NullableIntegration | None
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
