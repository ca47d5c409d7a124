"""The spec answer is loaded and checked at its question, and every message fits 80 columns.

copier prints a validator's message after ``Validation error for question '<name>': ``;
that first line and every detail line below it must fit an 80-column terminal.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml

from extensions.hooks import AnswerFilters, load_sibling

from .helpers import ROOT, render
from .test_update import kit_copy, save

WIDTH = 80
GOOD_SPEC = """\
openapi: 3.0.3
info: {title: Acme, version: "1"}
paths:
  /v1/items:
    get:
      operationId: listItems
      responses: {"200": {description: ok}}
"""

# (question, answers to try): long, unicode and punctuated values for every validator.
LONG = "x" * 300
BAD_VALUES: list[Any] = [
    "",
    LONG,
    "Zoë " * 40,
    "a b",
    "class",
    "stripe",
    "json",
    "9lives",
    "http://" + LONG,
    "ftp://x",
    -1,
    "soon",
    1000,
    [{"name": LONG, "method": "GET", "path": "/x"}],
    [{"name": "x", "method": LONG, "path": "/x"}],
    [{"name": "x", "method": "GET", "path": "/" + LONG + "/{id}"}],
    [{"name": "x", "method": "GET", "path": "/x", "query_params": [LONG + "'"]}],
    "/no/such/dir/" + LONG + ".json",
]


def _questions() -> dict[str, dict[str, Any]]:
    config = yaml.safe_load((ROOT / "copier.yml").read_text(encoding="utf-8"))
    return {k: v for k, v in config.items() if not k.startswith("_") and isinstance(v, dict)}


def _environment() -> jinja2.Environment:
    return jinja2.sandbox.SandboxedEnvironment(extensions=[AnswerFilters])


def _copier_lines(question: str, message: str) -> list[str]:
    """The lines copier shows for a refused answer (see copier's Question.validate_answer)."""
    return f"Validation error for question '{question}': {message.strip()}".splitlines()


def _too_wide(lines: list[str]) -> list[str]:
    return [line for line in lines if len(line) > WIDTH]


def _spec_error(path: str) -> str:
    answers = load_sibling("answers")
    return str(answers.spec_source_error(path, ROOT, load_sibling("ik_spec").check_spec))


def test_every_validator_is_a_kit_filter() -> None:
    """Each validator is one ``ik_*_error`` filter (taking other answers by name at most),
    so the width test below covers all."""
    validators = {k: q["validator"] for k, q in _questions().items() if "validator" in q}
    assert len(validators) >= 20
    for name, text in validators.items():
        pattern = r"\{\{ \w+ \| ik_\w+_error(\(\w+(, \w+)*\))? \}\}"
        assert re.fullmatch(pattern, text.strip()), (name, text)


def test_every_validator_message_fits_80_columns() -> None:
    """Every message for every bad answer, as copier prints it, fits 80 columns."""
    env = _environment()
    refused = 0
    for name, question in _questions().items():
        if "validator" not in question:
            continue
        template = env.from_string(question["validator"])
        for raw in BAD_VALUES:
            # copier casts a str answer to str before validating it
            value = str(raw) if question.get("type") == "str" else raw
            message = template.render({name: value}).strip()
            if message:
                refused += 1
                lines = _copier_lines(name, message)
                assert _too_wide(lines) == [], (name, value, lines)
    assert refused > 200


@pytest.mark.parametrize(
    ("text", "suffix", "first_line", "detail"),
    [
        ('{"openapi": "3.0.0",\n "paths": {,}}\n', ".json", "not valid JSON (line 2, col 12)", ""),
        ("openapi: 3.0.0\npaths:\n  /x: [unclosed\n", ".yaml", "not valid YAML (line", ""),
        ("info: {title: x}\npaths: {}\n", ".yaml", "not an OpenAPI document", "'openapi: 3.x'"),
        ("[1, 2]\n", ".json", "not an OpenAPI document", "not a mapping"),
        (
            'openapi: 3.0.0\ninfo: {title: x, version: "1"}\npaths: {}\n',
            ".yml",
            "the spec has no operations",
            "#/paths",
        ),
    ],
    ids=["json-syntax", "yaml-syntax", "no-root", "not-a-mapping", "no-operations"],
)
def test_unusable_spec_is_refused_at_its_question(
    tmp_path: Path, text: str, suffix: str, first_line: str, detail: str
) -> None:
    """A broken document gets a one-line reason (with line/column), details below it."""
    spec = tmp_path / f"spec{suffix}"
    spec.write_text(text, encoding="utf-8")
    message = _spec_error(str(spec))
    lines = _copier_lines("spec_source", message)
    assert first_line in lines[0]
    assert len(lines) >= 2, lines
    assert detail in message
    assert _too_wide(lines) == []


def test_usable_specs_pass(tmp_path: Path) -> None:
    """Every preset's spec and a small hand-written one pass their question."""
    for spec in sorted((ROOT / "presets").glob("*/openapi.json")):
        assert _spec_error(str(spec.relative_to(ROOT))) == "", spec
    good = tmp_path / "acme.yaml"
    good.write_text(GOOD_SPEC, encoding="utf-8")
    assert _spec_error(str(good)) == ""


def test_a_bad_spec_stops_copier_before_anything_is_written(tmp_path: Path) -> None:
    """Through copier: the validator refuses the answer; no traceback after the questions."""
    spec = tmp_path / "broken.json"
    spec.write_text('{"openapi": "3.0.0", "paths": ', encoding="utf-8")
    dst = tmp_path / "out"
    with pytest.raises(ValueError, match=r"question 'spec_source': not valid JSON") as caught:
        render({"spec_source": str(spec)}, dst)
    assert _too_wide(str(caught.value).splitlines()) == []
    assert not dst.exists() or not any(dst.iterdir())


def test_relative_spec_path_renders_and_updates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``specs/acme.yaml`` from the directory copier ran in; ``copier update`` in the project."""
    from copier import run_copy, run_update

    kit = kit_copy(tmp_path / "kit")
    work = tmp_path / "work"
    (work / "specs").mkdir(parents=True)
    (work / "specs" / "acme.yaml").write_text(GOOD_SPEC, encoding="utf-8")
    monkeypatch.chdir(work)
    run_copy(
        src_path=str(kit),
        dst_path="integrations/acme",
        data={"spec_source": "specs/acme.yaml", "webhooks": False},
        defaults=True,
        unsafe=True,
        quiet=True,
        vcs_ref="v1.0.0",
    )
    project = work / "integrations" / "acme"
    recorded = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert recorded["spec_source"] == "../../specs/acme.yaml"
    package = project / "src" / "acme_integration"
    assert "def list_items(" in (package / "_deprecated.py").read_text()
    save(project, "generated")
    (kit / "template" / "UPGRADED.md").write_text("added in v1.0.1\n")
    save(kit, "kit v1.0.1", tag="v1.0.1")
    monkeypatch.chdir(project)
    run_update(
        dst_path=".", defaults=True, overwrite=True, unsafe=True, quiet=True, vcs_ref="v1.0.1"
    )
    again = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert again["spec_source"] == "../../specs/acme.yaml"
    assert again["_commit"] == "v1.0.1"
    assert (project / "UPGRADED.md").is_file()
    assert list(project.rglob("*.rej")) == []


def test_every_help_text_fits_one_line() -> None:
    """copier prints a help text after a two-column icon and a space: 77 columns remain."""
    for name, question in _questions().items():
        help_text = " ".join(str(question.get("help", "")).split())
        assert len(help_text) <= WIDTH - 3, (name, len(help_text), help_text)
