"""Domain resources, mappers and the MockClient (generated; do not edit).

The annotated assignments in ``test_clients_satisfy_the_protocols`` are the conformity
check: mypy fails the build if the real client and the mock drift apart.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest

from github_integration import (
    APITimeoutError,
    AsyncGitHubClient,
    CircuitOpenError,
    DecodingError,
    GitHubClient,
    RateLimitError,
    ServerError,
    domain,
)
from github_integration._mapping import MappingError
from github_integration._protocol import AsyncGitHubClientProtocol, GitHubClientProtocol
from github_integration.testing import (
    AsyncMockGitHubClient,
    Call,
    MockGitHubClient,
    Reply,
    fixture_transport,
    fixtures,
)

FAILURES: list[tuple[str, type[Exception]]] = [
    ("rate_limit", RateLimitError),
    ("timeout", APITimeoutError),
    ("server_error", ServerError),
    ("unavailable", ServerError),
    ("circuit_open", CircuitOpenError),
]


def test_clients_satisfy_the_protocols() -> None:
    """Real clients and mocks are interchangeable wherever the Protocols are used."""
    real: GitHubClientProtocol = GitHubClient(transport=fixture_transport())
    mock: GitHubClientProtocol = MockGitHubClient()
    areal: AsyncGitHubClientProtocol = AsyncGitHubClient()
    amock: AsyncGitHubClientProtocol = AsyncMockGitHubClient()
    assert {type(real), type(mock), type(areal), type(amock)}


def _probe(client: GitHubClientProtocol) -> object:
    return client.repos.list_for_org(
        org="sample",
    )


def test_every_operation_has_a_fixture() -> None:
    """Each operation answers offline from the spec's example or a synthesised value."""
    assert set(fixtures()) == {
        "repos_list_for_org",
        "repos_get",
        "checks_create",
        "checks_get",
        "checks_list_for_ref",
        "issues_list_for_repo",
        "issues_create",
        "issues_get",
        "issues_update",
        "pulls_list",
        "pulls_get",
    }
    with MockGitHubClient() as client:
        _probe(client)
        client.backend.assert_called("repos_list_for_org", times=1)


@pytest.mark.parametrize(("kind", "error"), FAILURES, ids=[k for k, _ in FAILURES])
def test_injected_failures_raise_the_typed_errors(kind: str, error: type[Exception]) -> None:
    """Application code can test its handling of every failure the client reports."""
    with MockGitHubClient() as client:
        client.backend.on("repos_list_for_org").fails(kind)
        with pytest.raises(error):
            _probe(client)


def test_a_failure_then_success_is_retried() -> None:
    """``sequence`` scripts successive answers; the client's retry policy applies."""
    with MockGitHubClient(max_attempts=2) as client:
        client.backend.on("repos_list_for_org").sequence(Reply(503, {"error": "busy"}))
        _probe(client)
        assert len(client.backend.calls_to("repos_list_for_org")) == 2


def test_programmed_answers_and_exceptions() -> None:
    """``returns``, ``raises`` and ``calls`` replace the fixture per operation."""
    seen: list[str] = []

    def answer(call: Call) -> Reply:
        seen.append(call.operation)
        return Reply(500, {"error": "x"})

    with MockGitHubClient() as client:
        client.backend.on("repos_list_for_org").calls(answer)
        with pytest.raises(ServerError):
            _probe(client)
        client.backend.on("repos_list_for_org").raises(RuntimeError("boom"))
        with pytest.raises(RuntimeError, match="boom"):
            _probe(client)
    assert seen == ["repos_list_for_org"]


def test_async_mock() -> None:
    """The async mock answers and fails the same way."""

    async def scenario() -> None:
        async with AsyncMockGitHubClient() as client:
            await client.repos.list_for_org(
                org="sample",
            )
            client.backend.on("repos_list_for_org").fails("rate_limit")
            with pytest.raises(RateLimitError):
                await client.repos.list_for_org(
                    org="sample",
                )

    asyncio.run(scenario())


def test_real_client_end_to_end_over_the_fixture_transport() -> None:
    """``fixture_transport()`` runs the real client (auth, retries, decoding) offline."""
    with GitHubClient(transport=fixture_transport()) as client:
        assert _probe(client) is not None


def _tracked_issues_page() -> Any:
    """The list fixture of tracked_issues, with at least one item."""
    body = copy.deepcopy(fixtures()["issues_list_for_repo"]["body"])
    items = body
    assert items, "the list fixture has no item"
    return body


def _tracked_issues_first(body: Any) -> dict[str, Any]:
    item: dict[str, Any] = body[0]
    return item


def test_tracked_issues_list_returns_domain_objects() -> None:
    """``client.domain.tracked_issues.list()`` maps the page to ``domain.TrackedIssue``."""
    with MockGitHubClient() as client:
        items = client.domain.tracked_issues.list(owner="x", repo="x")
    assert items
    assert all(isinstance(item, domain.TrackedIssue) for item in items)


def test_tracked_issues_ignores_unknown_fields() -> None:
    """Fields the provider adds later are ignored (drift tolerance)."""
    body = _tracked_issues_page()
    _tracked_issues_first(body)["field_added_by_the_provider"] = {"nested": [1, 2]}
    with MockGitHubClient() as client:
        client.backend.on("issues_list_for_repo").returns(body)
        assert client.domain.tracked_issues.list(owner="x", repo="x")


@pytest.mark.not_in_contract
def test_tracked_issues_bad_data_names_the_json_path() -> None:
    """A wrong type raises with the JSON path of the value and what the provider sent."""
    body = _tracked_issues_page()
    _tracked_issues_first(body)["id"] = [{"unexpected": True}]
    with MockGitHubClient() as client:
        client.backend.on("issues_list_for_repo").returns(body)
        with pytest.raises((MappingError, DecodingError)) as caught:
            client.domain.tracked_issues.list(owner="x", repo="x")
    assert "$[0].id" in str(caught.value)
    assert "unexpected" in str(caught.value)
