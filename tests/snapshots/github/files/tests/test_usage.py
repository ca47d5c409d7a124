"""The public surface as users write it: typed calls that mypy --strict checks (generated).

Each call names a resource, a verb and keywords; renaming any of them, or changing a
return type, fails mypy on this file before it fails a user's code. The calls run
against the mock, answering with the spec's examples (an example that does not match
its own schema is reported as drift, not as a failure of the client).
"""

from __future__ import annotations

import asyncio

from github_integration import DecodingError, types
from github_integration.testing import AsyncMockGitHubClient, MockGitHubClient


def test_every_simple_call_through_the_mock() -> None:
    """Each resource method whose required arguments are plain values, called for real."""
    decoded: list[object] = []
    drift: list[str] = []
    with MockGitHubClient() as client:
        try:
            result_1: types.CheckRun = client.checks.create("x", owner="x", name="x", head_sha="x")
            decoded.append(result_1)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_2: types.CheckRun = client.checks.get(1, owner="x", repo="x")
            decoded.append(result_2)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_3: types.ChecksListForRefResponse = client.checks.list_for_ref(
                "x", owner="x", repo="x"
            )
            decoded.append(result_3)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_4: list[types.Issue] = client.issues.list_for_repo("x", owner="x")
            decoded.append(result_4)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_5: types.Issue = client.issues.get(1, owner="x", repo="x")
            decoded.append(result_5)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_6: types.IssuesUpdateResponse = client.issues.update(1, owner="x", repo="x")
            decoded.append(result_6)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_7: list[types.PullRequestSimple] = client.pulls.list("x", owner="x")
            decoded.append(result_7)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_8: types.PullRequest = client.pulls.get(1, owner="x", repo="x")
            decoded.append(result_8)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_9: list[types.MinimalRepository] = client.repos.list_for_org("x")
            decoded.append(result_9)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_10: types.FullRepository = client.repos.get("x", owner="x")
            decoded.append(result_10)
        except DecodingError as exc:
            drift.append(str(exc))
        raw = client.checks.with_raw_response.create("x", owner="x", name="x", head_sha="x")
        assert raw.status_code < 300
    assert len(decoded) + len(drift) == 10
    assert decoded, drift


def test_the_async_tree_mirrors_the_sync_one() -> None:
    """The async client has the same resources and verbs, awaited."""
    decoded: list[object] = []

    async def scenario() -> None:
        async with AsyncMockGitHubClient() as client:
            try:
                result_1: types.CheckRun = await client.checks.create(
                    "x", owner="x", name="x", head_sha="x"
                )
                decoded.append(result_1)
            except DecodingError:
                decoded.append(None)
            try:
                result_2: types.CheckRun = await client.checks.get(1, owner="x", repo="x")
                decoded.append(result_2)
            except DecodingError:
                decoded.append(None)
            try:
                result_3: types.ChecksListForRefResponse = await client.checks.list_for_ref(
                    "x", owner="x", repo="x"
                )
                decoded.append(result_3)
            except DecodingError:
                decoded.append(None)
            try:
                result_4: list[types.Issue] = await client.issues.list_for_repo("x", owner="x")
                decoded.append(result_4)
            except DecodingError:
                decoded.append(None)
            try:
                result_5: types.Issue = await client.issues.get(1, owner="x", repo="x")
                decoded.append(result_5)
            except DecodingError:
                decoded.append(None)
            try:
                result_6: types.IssuesUpdateResponse = await client.issues.update(
                    1, owner="x", repo="x"
                )
                decoded.append(result_6)
            except DecodingError:
                decoded.append(None)
            try:
                result_7: list[types.PullRequestSimple] = await client.pulls.list("x", owner="x")
                decoded.append(result_7)
            except DecodingError:
                decoded.append(None)
            try:
                result_8: types.PullRequest = await client.pulls.get(1, owner="x", repo="x")
                decoded.append(result_8)
            except DecodingError:
                decoded.append(None)
            try:
                result_9: list[types.MinimalRepository] = await client.repos.list_for_org("x")
                decoded.append(result_9)
            except DecodingError:
                decoded.append(None)
            try:
                result_10: types.FullRepository = await client.repos.get("x", owner="x")
                decoded.append(result_10)
            except DecodingError:
                decoded.append(None)

    asyncio.run(scenario())
    assert len(decoded) == 10
