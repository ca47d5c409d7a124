"""Live contract reads with arguments from ``<PREFIX>_CONTRACT_ARGS`` (issue 21, item 2).

The GitHub preset, where every path needs ``owner`` and ``repo``, is rendered once; its
generated ``tests/contract`` run against a threaded fake GitHub on 127.0.0.1 answering
with the package's own fixtures and recording every request. Checked: with the variable
set, the lists are called with its ``owner``/``repo`` and each retrieve uses the
``number`` its list returned (the list fetched once); without it, those reads are
skipped naming the missing arguments and nothing is requested; a malformed value stops
the run before any request, naming the variable and not echoing the value.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .fake_provider import FakeProvider, run_contract_tests
from .helpers import preset_data, render
from .test_live_contract import _contract_module

ARGS_ENV = "GITHUB_CONTRACT_ARGS"
# path -> the operation whose fixture answers it
ROUTES = [
    (re.compile(r"/repos/([^/]+)/([^/]+)"), "repos_get"),
    (re.compile(r"/repos/([^/]+)/([^/]+)/issues"), "issues_list_for_repo"),
    (re.compile(r"/repos/([^/]+)/([^/]+)/issues/(\d+)"), "issues_get"),
    (re.compile(r"/repos/([^/]+)/([^/]+)/pulls"), "pulls_list"),
    (re.compile(r"/repos/([^/]+)/([^/]+)/pulls/(\d+)"), "pulls_get"),
]


class FakeGitHub(FakeProvider):
    """A repository, its issues and pulls from the rendered package's fixtures; each
    list answers one item with a fresh ``number``; every request recorded as
    ``(method, path, authorization)``."""

    def __init__(self, fixtures: dict[str, Any]) -> None:
        super().__init__(fixtures)
        self.listed: dict[str, int] = {}  # list operation -> the number it returned

    def route(self, method: str, path: str) -> tuple[int, Any]:
        if method != "GET":
            return 405, {"message": f"{method} is not faked"}
        for pattern, operation in ROUTES:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            body = json.loads(json.dumps(self.fixtures[operation]["body"]))
            if isinstance(body, list):
                number = self.listed.setdefault(operation, 1000 + secrets.randbelow(9000))
                body = [{**body[0], "number": number}]
            elif len(match.groups()) == 3:
                body["number"] = int(match.group(3))
            return 200, body
        return 404, {"message": "Not Found"}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(preset_data("github"), tmp_path_factory.mktemp("live") / "github")


@pytest.fixture
def fake(project: Path) -> Iterator[FakeGitHub]:
    package = project / "src" / "github_integration" / "_mock_fixtures.json"
    with FakeGitHub(json.loads(package.read_text(encoding="utf-8"))) as server:
        yield server


def _contract_run(project: Path, fake: FakeGitHub, args: str | None) -> tuple[int, str, str]:
    """The generated contract tests against the fake; exit code, output, the report."""
    settings = {"GITHUB_CONTRACT": "1", "GITHUB_TOKEN": "ghp_kit0123456789"}
    return run_contract_tests(
        project,
        {**settings, "GITHUB_BASE_URL": fake.url, "GITHUB_CONTRACT_RATE": "100", ARGS_ENV: args},
    )


@pytest.mark.slow
def test_reads_take_owner_and_repo_from_the_variable(project: Path, fake: FakeGitHub) -> None:
    owner, repo = f"octo-{secrets.token_hex(3)}", f"hello-{secrets.token_hex(3)}"
    code, output, report = _contract_run(project, fake, json.dumps({"owner": owner, "repo": repo}))
    assert code == 0, output
    base = f"/repos/{owner}/{repo}"
    assert sorted(fake.listed) == ["issues_list_for_repo", "pulls_list"]
    expected = [
        f"{base}",
        f"{base}/issues",
        f"{base}/issues/{fake.listed['issues_list_for_repo']}",
        f"{base}/pulls",
        f"{base}/pulls/{fake.listed['pulls_list']}",
    ]
    assert sorted(path for _, path, _ in fake.calls) == sorted(expected)  # each list once
    for operation, missing in (
        ("repos_list_for_org", "org"),
        ("checks_list_for_ref", "ref"),
        ("checks_get", "check_run_id"),
    ):
        assert f"{operation}: needs {missing} in {ARGS_ENV}" in report, report
    assert "verified | broken | skipped |" in report
    assert re.search(r"\| 5 \| 0 \| \d+ \|", report), report


@pytest.mark.slow
def test_without_the_variable_the_reads_skip_naming_it(project: Path, fake: FakeGitHub) -> None:
    code, output, report = _contract_run(project, fake, None)
    assert code == 0, output
    assert fake.calls == []
    for operation in ("issues_list_for_repo", "issues_get", "pulls_get", "repos_get"):
        assert f"{operation}: needs owner, repo in {ARGS_ENV}" in report, report
    assert "| 0 | 0 |" in report


@pytest.mark.slow
def test_a_malformed_variable_stops_the_run_before_any_request(
    project: Path, fake: FakeGitHub
) -> None:
    for value, message in (
        ('{"owner": hubot}', f"{ARGS_ENV} is not valid JSON (line 1, column 11)"),
        ('["hubot"]', f"{ARGS_ENV} must be a JSON object"),
    ):
        code, output, _report = _contract_run(project, fake, value)
        assert code == 4, output  # pytest's usage error: no test ran
        assert f"ERROR: {message}" in output, output
        assert "hubot" not in output
    assert fake.calls == []


def test_parse_contract_args_accepts_scalars_and_names_the_variable() -> None:
    parse = _contract_module().parse_contract_args
    assert parse(None, name="X_ARGS") == {}
    assert parse("  ", name="X_ARGS") == {}
    assert parse('{"owner": "o", "issue_number": 7, "draft": false}', name="X_ARGS") == {
        "owner": "o",
        "issue_number": 7,
        "draft": False,
    }
    for bad, message in (
        ("{owner}", r"^X_ARGS is not valid JSON \(line 1, column 2\)$"),
        ('"hubot"', r"^X_ARGS must be a JSON object"),
        ('{"repo": ["a"], "owner": null}', r"^X_ARGS: owner, repo must be a string, number"),
    ):
        with pytest.raises(ValueError, match=message) as raised:
            parse(bad, name="X_ARGS")
        assert len(str(raised.value)) <= 80
        assert "hubot" not in str(raised.value)
