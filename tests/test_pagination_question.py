"""The ``pagination`` question is asked, and its default is what the spec's list operations show.

Small specs show each style (a ``Link`` response header, a ``next_page_uri`` property, an
item-id cursor with ``has_more``); every preset's trimmed spec gives the preset's own answer;
a questionnaire render records the detected style without being told.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from extensions.hooks import load_sibling

from .helpers import ROOT, preset_data, preset_names

ik_spec = load_sibling("ik_spec")


def _spec(get: str) -> str:
    head = 'openapi: 3.0.3\ninfo: {title: Acme, version: "1"}\npaths:\n  /v1/items:\n    get:\n'
    return head + "\n".join("      " + line for line in get.strip().splitlines()) + "\n"


PAGE = "{type: object, properties: {data: {type: array, items: {type: object}}, %s}}"
LINK = """
operationId: listItems
responses:
  "200":
    description: ok
    headers: {Link: {schema: {type: string}}}
    content: {application/json: {schema: {type: array, items: {type: object}}}}
"""
NEXT_URI = f"""
operationId: listItems
responses:
  "200":
    description: ok
    content: {{application/json: {{schema: {PAGE % "next_page_uri: {type: string}"}}}}}
"""
CURSOR = f"""
operationId: listItems
parameters: [{{name: starting_after, in: query, schema: {{type: string}}}}]
responses:
  "200":
    description: ok
    content: {{application/json: {{schema: {PAGE % "has_more: {type: boolean}"}}}}}
"""
OPAQUE_CURSOR = f"""
operationId: listItems
parameters: [{{name: cursor, in: query, schema: {{type: string}}}}]
responses:
  "200":
    description: ok
    content: {{application/json: {{schema: {PAGE % "next_cursor: {type: string}"}}}}}
"""
PLAIN = """
operationId: listItems
responses: {"200": {description: ok}}
"""


@pytest.mark.parametrize(
    ("get", "style"),
    [(LINK, "link"), (NEXT_URI, "next_uri"), (CURSOR, "cursor"), (OPAQUE_CURSOR, "none"),
     (PLAIN, "none")],
)  # fmt: skip
def test_the_style_the_list_operations_show(tmp_path: Path, get: str, style: str) -> None:
    spec = tmp_path / "acme.yaml"
    spec.write_text(_spec(get))
    assert ik_spec.detect_pagination(spec) == style


def test_an_unreadable_spec_is_none(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: [unclosed\n")
    assert ik_spec.detect_pagination(bad) == "none"
    assert ik_spec.detect_pagination(tmp_path / "missing.yaml") == "none"


@pytest.mark.parametrize("preset", preset_names())
def test_each_preset_spec_gives_the_preset_answer(preset: str) -> None:
    data = preset_data(preset)
    if not data.get("spec_source"):
        pytest.skip(f"{preset} lists its operations by hand")
    assert ik_spec.detect_pagination(ROOT / data["spec_source"]) == data["pagination"]


def test_the_question_is_asked_with_the_detected_default() -> None:
    question = yaml.safe_load((ROOT / "copier.yml").read_text())["pagination"]
    assert question.get("ask", True) is not False and "when" not in question
    assert "ik_spec_pagination" in question["default"]


@pytest.mark.slow
def test_a_questionnaire_render_records_the_detected_style(copie: Any, tmp_path: Path) -> None:
    spec = tmp_path / "acme.yaml"
    spec.write_text(_spec(LINK))
    result = copie.copy(extra_answers={"spec_source": str(spec)}, template_dir=ROOT)
    assert result.exit_code == 0, result.exception
    assert result.answers["pagination"] == "link"  # not given: the detected default
    project: Path = result.project_dir
    recorded = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert recorded["pagination"] == "link"
    items = (project / "src" / "acme_integration" / "resources" / "items.py").read_text()
    assert "def iter_list(" in items  # the Link-header pager was generated
