"""The GitHub API's resources, one module each (generated; do not edit).

``client.<resource>.<verb>(...)``; each class has an ``Async`` twin and a
``WithRawResponse`` view (``client.<resource>.with_raw_response.<verb>(...)``).
"""

from .checks import (
    AsyncChecks,
    AsyncChecksWithRawResponse,
    Checks,
    ChecksWithRawResponse,
)
from .issues import (
    AsyncIssues,
    AsyncIssuesWithRawResponse,
    Issues,
    IssuesWithRawResponse,
)
from .pulls import (
    AsyncPulls,
    AsyncPullsWithRawResponse,
    Pulls,
    PullsWithRawResponse,
)
from .repos import (
    AsyncRepos,
    AsyncReposWithRawResponse,
    Repos,
    ReposWithRawResponse,
)

__all__ = [
    "AsyncChecks",
    "AsyncChecksWithRawResponse",
    "AsyncIssues",
    "AsyncIssuesWithRawResponse",
    "AsyncPulls",
    "AsyncPullsWithRawResponse",
    "AsyncRepos",
    "AsyncReposWithRawResponse",
    "Checks",
    "ChecksWithRawResponse",
    "Issues",
    "IssuesWithRawResponse",
    "Pulls",
    "PullsWithRawResponse",
    "Repos",
    "ReposWithRawResponse",
]
