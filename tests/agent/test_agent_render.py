"""The agent hook through copier: off by default, on with one switch, green either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..helpers import check_project, failures, preset_data, render

AGENT_FILES = [
    ".integration-kit/agents.yml",
    ".integration-kit/agent-manifest.json",
    "src/acme_integration/_agent/cli.py",
    "src/acme_integration/open_places.py",
    "tests/test_open_places.py",
    "tests/test_agent.py",
]


def _no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ACME_AGENT_API_KEY", "SHOPIFY_AGENT_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def test_off_by_default(tmp_path: Path) -> None:
    project = render({}, tmp_path / "acme")
    for relative in [*AGENT_FILES, ".integration-kit"]:
        assert not (project / relative).exists(), relative
    assert "AGENT" not in (project / ".env.example").read_text()
    assert "agent" not in (project / "pyproject.toml").read_text()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The defaults with the agent hook on, and what the copier task printed (fd 1)."""
    mp = pytest.MonkeyPatch()
    _no_keys(mp)
    out = tmp_path_factory.mktemp("task") / "stdout"
    saved = os.dup(1)
    try:
        with out.open("w") as sink:
            os.dup2(sink.fileno(), 1)
            project = render({"agent_hook": True}, tmp_path_factory.mktemp("on") / "acme")
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        mp.undo()
    return project, out.read_text().strip().splitlines()


def test_on_renders_config_manifest_and_places(rendered: tuple[Path, list[str]]) -> None:
    """The copier task runs, says in one line that there is no key, and the copy succeeds
    (the generation report's summary, the last task, follows it)."""
    project, out = rendered
    assert out[0] == (
        "integration-kit agent: ANTHROPIC_API_KEY is not set; 6 open places keep their "
        "defaults (set it, then run: python -m acme_integration._agent fill)"
    )
    assert out[1].startswith("generation report: ")
    assert not any(line.startswith("integration-kit agent") for line in out[1:])
    for relative in AGENT_FILES:
        assert (project / relative).is_file(), relative
    config = yaml.safe_load((project / ".integration-kit/agents.yml").read_text())
    agent = config["agents"]["integration"]
    assert agent["model"] == "claude-sonnet-4-5" and agent["temperature"] == 0.2
    assert agent["tools"] == ["read_url", "read_file", "write_file", "generate_sdk"]
    assert agent["context_window"]["include"] == [
        "src/acme_integration/**/*.py",
        "docs/external_api_specs/*.json",
    ]
    assert "key" not in json.dumps(agent).replace("api_key_env", "")
    assert "\nANTHROPIC_API_KEY=\n" in (project / ".env.example").read_text()
    manifest = json.loads((project / ".integration-kit/agent-manifest.json").read_text())
    ids = [p["id"] for p in manifest["places"]]
    assert ids == [
        f"{op}.{kind}"
        for op in ("list_items", "create_item", "get_item")
        for kind in ("example", "parse")
    ]
    parse = manifest["places"][1]
    assert parse["signature"] == "def parse_list_items(payload: dict[str, Any]) -> Any"
    assert parse["tests"] == ["tests/test_open_places.py::test_list_items_parses_its_example"]
    assert parse["depends_on"] == ["list_items.example"]
    source = (project / "src/acme_integration/open_places.py").read_text()
    assert parse["block"] in source
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert answers["agent_hook"] is True and answers["agent_provider"] == "anthropic"


def test_the_task_survives_a_python_without_the_dependencies(
    rendered: tuple[Path, list[str]],
) -> None:
    """Run by path with no site-packages (copier's Python may lack httpx): one line, exit 0."""
    project = rendered[0]
    entry = project / "src/acme_integration/_agent/__main__.py"
    result = subprocess.run(
        [sys.executable, "-S", "-I", str(entry), "fill", "--copier-task"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    assert line.startswith("integration-kit agent: skipped, No module named")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"agent_base_url": "http://llm.example.com"}, "https"),
        ({"agent_api_key_env": "my key"}, "environment variable"),
        ({"agent_model": "two words"}, "model name"),
        ({"agent_provider": "cohere"}, "cohere"),
    ],
    ids=["http", "env", "model", "provider"],
)
def test_bad_agent_answers_are_refused(tmp_path: Path, data: dict[str, Any], message: str) -> None:
    dst = tmp_path / "out"
    with pytest.raises(Exception, match=message):
        render({"agent_hook": True, **data}, dst)
    assert not dst.exists() or not any(dst.iterdir())


@pytest.mark.slow
@pytest.mark.parametrize(
    "data",
    [
        {"agent_hook": True},
        {**preset_data("shopify"), "agent_hook": True, "agent_provider": "openai-compatible"},
        {**preset_data("stripe"), "agent_hook": True},
    ],
    ids=["defaults", "shopify", "stripe-spec"],
)
def test_rendered_with_the_agent_hook_is_green(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: dict[str, Any]
) -> None:
    _no_keys(monkeypatch)
    project = render(data, tmp_path / "p")
    assert failures(check_project(project)) == ""
