"""Operations proposed from the provider's docs: sourced, re-rendered, checked, or refused.

The Done-when scenario: a generated project (no spec) gets a small Markdown page for an
imaginary provider in ``docs:``; the fake LLM proposes two operations, one of them
invented (its path is not in the docs). The sourced one is kept — the project re-rendered
with it passes ruff, mypy --strict and pytest — and the invented one is refused by the
``sourced`` check with its reason. The unit tests pin the ``shape`` and ``sourced`` rules.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from ..helpers import render
from .fake_llm import Answer, FakeLLM
from .test_agent_fill import KEY, KEY_ENV

DOCS = """\
# Widgetly API reference

Base URL: `https://api.widgetly.example`. Authenticate with a bearer token.

## Retrieve a widget

`GET /v1/widgets/{widget_id}`

| parameter   | in    | description                  |
|-------------|-------|------------------------------|
| `widget_id` | path  | the widget's id              |
| `expand`    | query | related objects to include   |

Response:

```json
{"id": "wid_123", "name": "Sprocket", "color": "blue", "created": 1700000000}
```
"""

MORE = "\nList colours: `curl -X GET https://api.widgetly.example/v1/colors`\n"

SOURCED: dict[str, Any] = {
    "name": "get_widget",
    "method": "GET",
    "path": "/v1/widgets/{widget_id}",
    "path_params": ["widget_id"],
    "query_params": ["expand"],
    "json_body": False,
    "request_example": None,
    "response_example": {"id": "wid_123", "name": "Sprocket", "color": "blue"},
}
INVENTED: dict[str, Any] = {
    "name": "archive_widget",
    "method": "POST",
    "path": "/v1/widgets/{widget_id}/archive",
    "path_params": ["widget_id"],
    "query_params": [],
    "json_body": False,
    "request_example": None,
    "response_example": {"id": "wid_123", "archived": True},
}


def _answer(*entries: dict[str, Any]) -> Answer:
    return Answer(text="From the docs:\n\n```json\n" + json.dumps(list(entries)) + "\n```\n")


@pytest.fixture
def slow_llm() -> Iterator[FakeLLM]:
    with FakeLLM(lifetime=900.0) as server:
        yield server


def _generated(tmp_path: Path, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv(KEY_ENV, raising=False)
    data = {"agent_hook": True, "agent_base_url": llm.url, "agent_api_key_env": KEY_ENV}
    project = render(data, tmp_path / "widgetly")
    (project / "docs/provider").mkdir(parents=True)
    (project / "docs/provider/widgets.md").write_text(DOCS)
    config = project / ".integration-kit/agents.yml"
    settings = yaml.safe_load(config.read_text())
    settings["agents"]["integration"]["docs"] = ["docs/provider/*.md", "docs/none/*.md"]
    config.write_text(yaml.safe_dump(settings))
    return project


@pytest.mark.slow
def test_a_sourced_operation_is_kept_an_invented_one_refused(
    agent: ModuleType,
    slow_llm: FakeLLM,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mypy_cache: str,
) -> None:
    project = _generated(tmp_path, slow_llm, monkeypatch)
    listed = yaml.safe_load((project / ".copier-answers.yml").read_text())["operations"]
    slow_llm.push(_answer(INVENTED, SOURCED))
    render_check = agent.operations.CopierRender(
        project,
        sys.executable,
        600.0,
        Path(mypy_cache),
        vcs_ref="HEAD",  # the working tree
    )
    lines: list[str] = []
    argv = ["--root", str(project), "propose", "--python", sys.executable]
    code = agent.cli.main(argv, environ={KEY_ENV: KEY}, say=lines.append, renderer=render_check)
    assert code == 1, lines  # one refused
    assert "integration-kit agent: docs: 'docs/none/*.md' matches no file" in lines
    assert (
        "  archive_widget: refused by sourced: "
        "POST /v1/widgets/{widget_id}/archive does not appear in the docs"
    ) in lines
    assert "  get_widget: kept (GET /v1/widgets/{widget_id})" in lines
    assert lines[-1].startswith("integration-kit agent: 1 of 2 proposed operations kept in ")
    assert "1 refused by sourced" in lines[-1]

    prompt = slow_llm.seen[0].body["messages"][0]["content"]
    assert "The provider's documentation, from docs/provider/widgets.md:" in prompt
    assert "GET /v1/widgets/{widget_id}" in prompt

    kept = yaml.safe_load((project / ".integration-kit/operations.yml").read_text())
    assert [op["name"] for op in kept["operations"]] == [
        *(op["name"] for op in listed),
        "get_widget",
    ]
    report = json.loads((project / ".integration-kit/agent-report.json").read_text())
    outcomes = {o["operation"]: o for o in report["operations"]}
    assert outcomes["archive_widget"]["status"] == "refused"
    assert outcomes["archive_widget"]["step"] == "sourced"
    assert outcomes["get_widget"]["status"] == "kept"
    entries = json.loads((project / ".integration-kit/provenance.json").read_text())["entries"]
    assert [e["place"] for e in entries] == ["operations.get_widget"]
    docs_sha = agent.sources.sha256(DOCS)
    assert entries[0]["sources"] == {"docs/provider/widgets.md": docs_sha}
    assert (project / ".integration-kit/sources" / docs_sha).read_text() == DOCS

    # applying the data file: the client gets the sourced operation, never the invented one
    data = yaml.safe_load((project / ".copier-answers.yml").read_text())
    data = {k: v for k, v in data.items() if not k.startswith("_")}
    data["operations"] = kept["operations"]
    again = render(data, tmp_path / "applied")
    resource = (again / "src/acme_integration/resources/widgets.py").read_text()
    assert "def retrieve(" in resource and "widget_id" in resource
    assert "archive" not in resource


def test_shape_refusals(agent: ModuleType) -> None:
    shape = agent.operations.shape_problem
    assert shape(SOURCED, set()) == ""
    assert "already listed" in shape(SOURCED, {"get_widget"})
    assert "placeholders" in shape({**SOURCED, "path_params": []}, set())
    assert "HTTP method" in shape({**SOURCED, "method": "FETCH"}, set())
    assert "snake_case" in shape({**SOURCED, "name": "GetWidget"}, set())
    assert "unknown key" in shape({**SOURCED, "auth": "x"}, set())
    assert "'..'" in shape({**SOURCED, "path": "/v1/../{widget_id}"}, set())


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({}, ""),
        ({"path": "/v1/widgets/{id}"}, ""),  # a placeholder may be named differently
        ({"method": "DELETE"}, "DELETE /v1/widgets/{widget_id} does not appear"),
        ({"path": "/v1/widget/{widget_id}"}, "does not appear"),
        ({"path": "/widgets/{widget_id}"}, "does not appear"),  # not the documented base
        ({"name": "list_colors", "path": "/v1/colors", "path_params": []}, ""),  # full URL
        ({"method": "POST", "path": "/v1/colors", "path_params": []}, "does not appear"),
        ({"query_params": ["expand", "limit"]}, "not in the docs: limit"),
        ({"response_example": {"id": "w", "weight": 3}}, "not in the docs: weight"),
        ({"response_example": {"id": "w", "meta": {"colour": 1}}}, "meta, colour"),
    ],
    ids=[
        "ok",
        "renamed-placeholder",
        "method",
        "path",
        "base-path",
        "after-origin",
        "method-after-origin",
        "param",
        "field",
        "nested",
    ],
)
def test_sourced(agent: ModuleType, change: dict[str, Any], problem: str) -> None:
    docs = [agent.sources.Source("docs/widgets.md", DOCS + MORE)]
    found = agent.operations.unsourced({**SOURCED, **change}, docs)
    assert (problem in found) if problem else found == ""
    if problem:
        assert found


def test_propose_needs_docs_and_a_key(
    agent: ModuleType, llm: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No docs: one line, exit 2; no key: one line, exit 3; nothing sent either way."""
    project = _generated(tmp_path, llm, monkeypatch)
    argv = ["--root", str(project), "propose", "--python", sys.executable]
    lines: list[str] = []
    assert agent.cli.main(argv, environ={}, say=lines.append) == 3
    assert lines == [
        f"integration-kit agent: {KEY_ENV} is not set; no operations proposed (set it, then "
        "run: python -m acme_integration._agent propose)"
    ]
    config = project / ".integration-kit/agents.yml"
    settings = yaml.safe_load(config.read_text())
    del settings["agents"]["integration"]["docs"]
    config.write_text(yaml.safe_dump(settings))
    lines.clear()
    assert agent.cli.main(argv, environ={KEY_ENV: KEY}, say=lines.append) == 2
    assert len(lines) == 1 and "no docs:" in lines[0]
    assert llm.seen == []
