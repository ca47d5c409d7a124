"""The real API against the snapshot, mappers and fixtures (generated; do not edit).

Argument-less reads, and reads whose arguments ``GITHUB_CONTRACT_ARGS`` supplies;
retrieves by an id taken from the live list (list → retrieve); with a test-mode
credential, creates the spec gives every value for, each deleted again (create →
delete). Everything else is listed as not run, with why. See ``conftest.py`` for how to
enable them; add your own write tests with the ``live_client`` and ``cleanup`` fixtures
so that nothing they create outlives the run.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from github_integration import GitHubClient, mapping
from github_integration._testing.contract import (
    first_item_id,
    response_schema,
    schema_errors,
    shape_diff,
)
from github_integration.testing import fixtures

pytestmark = pytest.mark.contract

ARGS_ENV = "GITHUB_CONTRACT_ARGS"
SNAPSHOT = (
    Path(__file__).resolve().parents[2] / "docs" / "external_api_specs" / "github_integration.json"
)
# (operation, client call, path in the snapshot, mapper in mapping.py or "", items field,
#  arguments from ARGS_ENV: {wire name: keyword name})
OPERATIONS: list[tuple[str, str, str, str, str, dict[str, str]]] = [
    ("repos_list_for_org", "repos.list_for_org", "/orgs/{org}/repos", "", "", {"org": "org"}),
    ("repos_get", "repos.get", "/repos/{owner}/{repo}", "", "", {"owner": "owner", "repo": "repo"}),
    (
        "checks_get",
        "checks.get",
        "/repos/{owner}/{repo}/check-runs/{check_run_id}",
        "",
        "",
        {"owner": "owner", "repo": "repo", "check_run_id": "check_run_id"},
    ),
    (
        "checks_list_for_ref",
        "checks.list_for_ref",
        "/repos/{owner}/{repo}/commits/{ref}/check-runs",
        "",
        "",
        {"owner": "owner", "repo": "repo", "ref": "ref"},
    ),
    (
        "issues_list_for_repo",
        "issues.list_for_repo",
        "/repos/{owner}/{repo}/issues",
        "TRACKED_ISSUE",
        "",
        {"owner": "owner", "repo": "repo"},
    ),
    (
        "pulls_list",
        "pulls.list",
        "/repos/{owner}/{repo}/pulls",
        "",
        "",
        {"owner": "owner", "repo": "repo"},
    ),
]
# (operation, client call, path, list operation, its call, items field, id field,
#  the list's and the retrieve's other arguments from ARGS_ENV: {wire name: keyword name})
RETRIEVES: list[tuple[str, str, str, str, str, str, str, dict[str, str], dict[str, str]]] = [
    (
        "issues_get",
        "issues.get",
        "/repos/{owner}/{repo}/issues/{issue_number}",
        "issues_list_for_repo",
        "issues.list_for_repo",
        "",
        "number",
        {"owner": "owner", "repo": "repo"},
        {"owner": "owner", "repo": "repo"},
    ),
    (
        "pulls_get",
        "pulls.get",
        "/repos/{owner}/{repo}/pulls/{pull_number}",
        "pulls_list",
        "pulls.list",
        "",
        "number",
        {"owner": "owner", "repo": "repo"},
        {"owner": "owner", "repo": "repo"},
    ),
]
# (operation, client call, path, keyword arguments, id field, delete operation, its call, its path)
CREATES: list[tuple[str, str, str, dict[str, Any], str, str, str, str]] = []
# (operation, why it is not called live)
NOT_RUN: list[tuple[str, str]] = [
    ("checks_create", "no DELETE /repos/{owner}/{repo}/check-runs/{id} to remove what it creates"),
    ("issues_create", "no DELETE /repos/{owner}/{repo}/issues/{id} to remove what it creates"),
    ("issues_update", "a write other than create → delete"),
]
_LISTED: dict[str, Any] = {}  # list bodies already fetched, by operation


@functools.cache
def _snapshot() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


def _raw(client: GitHubClient, call: str) -> Any:
    """``client.<resource>.with_raw_response.<verb>`` for ``"<resource>.<verb>"``."""
    resource_path, _, verb = call.rpartition(".")
    resource: Any = functools.reduce(getattr, resource_path.split("."), client)
    return getattr(resource.with_raw_response, verb)


def _arguments(
    method: str, supplied: dict[str, Any], *needs: dict[str, str]
) -> list[dict[str, Any]]:
    """Keyword arguments for each ``{wire name: keyword name}`` from ``ARGS_ENV``'s
    values; skips, naming them, when some are not supplied."""
    missing = [wire for wire in dict.fromkeys(w for n in needs for w in n) if wire not in supplied]
    if missing:
        pytest.skip(f"{method}: needs {', '.join(missing)} in {ARGS_ENV}")
    return [{python: supplied[wire] for wire, python in n.items()} for n in needs]


def _check(method: str, http_method: str, path: str, body: Any, fixture_drift: list[str]) -> None:
    """The body validates against the snapshot; a fixture it no longer matches is noted."""
    schema = response_schema(_snapshot(), http_method, path)
    if schema is not None:
        errors = schema_errors(body, schema)
        assert errors == [], (
            f"{method}: the response no longer matches the snapshot:\n" + "\n".join(errors)
        )
    fixture = fixtures().get(method, {}).get("body")
    diff = shape_diff(fixture, body, name=method) if fixture is not None else ""
    if diff:
        fixture_drift.append(diff)


@pytest.mark.parametrize(
    ("method", "call", "path", "mapper", "items", "needs"),
    OPERATIONS,
    ids=[o[0] for o in OPERATIONS],
)
def test_read_only_operation_matches_the_contract(
    method: str,
    call: str,
    path: str,
    mapper: str,
    items: str,
    needs: dict[str, str],
    live_client: GitHubClient,
    contract_args: dict[str, Any],
    fixture_drift: list[str],
) -> None:
    """The response validates against the snapshot's schema and maps to domain objects."""
    [kwargs] = _arguments(method, contract_args, needs)
    body = _raw(live_client, call)(**kwargs).http_response.json()
    _LISTED[method] = body
    _check(method, "GET", path, body, fixture_drift)
    if mapper:
        getattr(mapping, mapper).load_many(body.get(items) if items else body, f"$.{items}")


@pytest.mark.parametrize(
    (
        "method",
        "call",
        "path",
        "list_method",
        "list_call",
        "items",
        "id_field",
        "list_needs",
        "needs",
    ),
    RETRIEVES,
    ids=[o[0] for o in RETRIEVES],
)
def test_retrieve_by_an_id_from_the_list(
    method: str,
    call: str,
    path: str,
    list_method: str,
    list_call: str,
    items: str,
    id_field: str,
    list_needs: dict[str, str],
    needs: dict[str, str],
    live_client: GitHubClient,
    contract_args: dict[str, Any],
    fixture_drift: list[str],
) -> None:
    """The first listed item, retrieved by its id, validates against the snapshot."""
    list_kwargs, kwargs = _arguments(method, contract_args, list_needs, needs)
    listed = _LISTED.get(list_method)
    if listed is None:
        listed = _LISTED[list_method] = _raw(live_client, list_call)(
            **list_kwargs
        ).http_response.json()
    item_id = first_item_id(listed, items, id_field)
    if item_id is None:
        pytest.skip(f"{method}: {list_method} returned no item with {id_field!r} to retrieve it by")
    body = _raw(live_client, call)(item_id, **kwargs).http_response.json()
    _check(method, "GET", path, body, fixture_drift)


@pytest.mark.parametrize(
    ("method", "call", "path", "kwargs", "id_field", "delete_method", "delete_call", "delete_path"),
    CREATES,
    ids=[o[0] for o in CREATES],
)
def test_create_then_delete(
    method: str,
    call: str,
    path: str,
    kwargs: dict[str, Any],
    id_field: str,
    delete_method: str,
    delete_call: str,
    delete_path: str,
    live_client: GitHubClient,
    write_mode: None,
    cleanup: list[Any],
    fixture_drift: list[str],
) -> None:
    """In test mode only: the created object validates against the snapshot and is
    deleted again (by ``cleanup`` too, should anything in between fail)."""
    body = _raw(live_client, call)(**kwargs).http_response.json()
    created = body.get(id_field) if isinstance(body, dict) else None
    assert created is not None, f"{method}: no {id_field!r} in the response to delete it by"
    delete = _raw(live_client, delete_call)
    undo = functools.partial(delete, str(created))
    cleanup.append(undo)
    _check(method, "POST", path, body, fixture_drift)
    deleted = delete(str(created)).http_response
    cleanup.remove(undo)
    if deleted.content:
        _check(delete_method, "DELETE", delete_path, deleted.json(), fixture_drift)


@pytest.mark.parametrize(("method", "why"), NOT_RUN, ids=[o[0] for o in NOT_RUN])
def test_not_called_live(method: str, why: str) -> None:
    """Operations the live run leaves alone, each with why (listed in the report)."""
    pytest.skip(f"not called live: {why}")
