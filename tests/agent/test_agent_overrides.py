"""Command-line overrides go through the checks of agents.yml, before anything is sent.

Each refused override points at the fake LLM (or would reach it, unchecked): the test
shows the usage error naming the flag and that the server saw no request.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from .fake_llm import FakeLLM
from .project import GOOD_EXAMPLE, PARSE_FILE, TEST_FILE
from .test_agent_fill import KEY, KEY_ENV, fenced


def _run(agent: ModuleType, root: Path, *args: str) -> tuple[int, list[str]]:
    lines: list[str] = []
    argv = ["--root", str(root), "fill", "--python", sys.executable, *args]
    code = agent.cli.main(argv, environ={KEY_ENV: KEY}, say=lines.append)
    return code, lines


def _files(root: Path) -> dict[str, str]:
    return {f: (root / f).read_text() for f in (PARSE_FILE, TEST_FILE)}


@pytest.mark.parametrize(
    ("flag", "value", "problem"),
    [
        ("--base-url", "http://example.com", "base_url must use https"),
        ("--base-url", "http://user:{key}@127.0.0.1:{port}", "must not carry"),
        ("--base-url", "https://127.0.0.1:{port}/?via=flag", "must not carry"),
        ("--base-url", "ftp://127.0.0.1:{port}", "must be an absolute https URL"),
        ("--model", "fake model; rm -rf /", "model must be the provider's model name"),
        ("--model", "", "model must be the provider's model name"),
        ("--base-url", "", "base_url must be an absolute https URL"),
    ],
    ids=[
        "plain-http",
        "credentials",
        "query",
        "scheme",
        "model-syntax",
        "model-empty",
        "url-empty",
    ],
)
def test_an_override_is_checked_like_the_file(
    agent: ModuleType,
    llm: FakeLLM,
    project: Path,
    flag: str,
    value: str,
    problem: str,
) -> None:
    port = llm.url.rsplit(":", 1)[1].rstrip("/")
    value = value.format(port=port, key=KEY)
    before = _files(project)
    code, lines = _run(agent, project, flag, value)
    assert code == 2, lines
    assert lines == [lines[0]] and lines[0].startswith(f"integration-kit agent: {flag}: ")
    assert problem in lines[0]
    assert KEY not in lines[0]
    assert llm.seen == []
    assert _files(project) == before
    assert not (project / ".integration-kit/agent-report.json").exists()


@pytest.mark.parametrize(
    ("flag", "value", "problem"),
    [
        ("--base-url", "http://example.com", "base_url must use https"),
        ("--model", "fake model", "model must be the provider's model name"),
    ],
    ids=["plain-http", "model-syntax"],
)
def test_propose_checks_its_overrides_too(
    agent: ModuleType, llm: FakeLLM, project: Path, flag: str, value: str, problem: str
) -> None:
    lines: list[str] = []
    argv = ["--root", str(project), "propose", "--python", sys.executable, flag, value]
    code = agent.cli.main(argv, environ={KEY_ENV: KEY}, say=lines.append)
    assert code == 2 and len(lines) == 1
    assert lines[0].startswith(f"integration-kit agent: {flag}: ") and problem in lines[0]
    assert llm.seen == []


def test_a_good_override_is_used(agent: ModuleType, llm: FakeLLM, project: Path) -> None:
    """A model and a (local) base URL that pass the checks replace the file's."""
    llm.push(fenced(GOOD_EXAMPLE))
    code, lines = _run(
        agent,
        project,
        "--model",
        "other-model-2",
        "--base-url",
        llm.url,
        "--place",
        "get_order.example",
    )
    assert code == 0, lines
    assert [s.body["model"] for s in llm.seen] == ["other-model-2"]


def test_a_broken_file_is_blamed_on_the_file_not_the_flag(
    agent: ModuleType, llm: FakeLLM, project: Path
) -> None:
    config = project / ".integration-kit/agents.yml"
    config.write_text(config.read_text().replace('"fake-model-1"', '"bad model"'))
    code, lines = _run(agent, project, "--base-url", llm.url)
    assert code == 2 and lines[0].startswith("integration-kit agent: model must be")
    assert llm.seen == []


def test_every_override_flag_is_covered(agent: ModuleType) -> None:
    """A new override flag must be added to OVERRIDABLE (and get a test above)."""
    parser = agent.cli._parser()
    fill = parser._subparsers._group_actions[0].choices["fill"]
    flags = {a.dest for a in fill._actions if a.help and "override" in a.help}
    assert flags == set(agent.config.OVERRIDABLE) == {"model", "base_url"}
    with pytest.raises(agent.config.ConfigError, match="not overridable"):
        agent.config.with_overrides({}, "integration", {"api_key_env": "X"})
