"""Mapping places and spec example places, on a real render of a tiny spec-driven provider.

``widgetly`` declares ``Widget.size_cm`` as ``convert: place`` (a size whose unit is a
sibling field), and one of its two operations has no response example. The fake LLM
fills the mapping place: a wrong type is refused by mypy, a fill that breaks the domain
test is refused by pytest, a right one is kept and the project stays green.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
import yaml

from extensions import agent_places, domain_mapping, ik_spec

from ..helpers import ROOT, check_project, failures, preset_data, render
from . import widgetly
from .fake_llm import FakeLLM
from .test_agent_fill import CACHE_ENV, KEY, KEY_ENV, fenced, report

PLACE = "Widget.size_cm"
MAPPING = "src/widgetly_integration/mapping.py"
GOOD = '''\
def derive_widget_size_cm(size: int, unit: str | None) -> float | None:
    """The size in centimetres, whatever unit the provider measured it in."""
    factors = {"mm": 0.1, "cm": 1.0, "in": 2.54}
    return size * factors[unit] if unit in factors else None
'''
WRONG_TYPE = '''\
def derive_widget_size_cm(size: int, unit: str | None) -> float | None:
    """The size with its unit."""
    return f"{size} {unit}"
'''
BREAKS_THE_TEST = '''\
def derive_widget_size_cm(size: int, unit: str | None) -> float | None:
    """The size in centimetres (only metres are known)."""
    return size * {"m": 100.0}[unit or "m"]
'''


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    for name in ("ANTHROPIC_API_KEY", KEY_ENV):
        mp.delenv(name, raising=False)
    try:
        data = widgetly.write(tmp_path_factory.mktemp("widgetly-in"))
        data["agent_api_key_env"] = KEY_ENV
        return render(data, tmp_path_factory.mktemp("widgetly") / "p")
    finally:
        mp.undo()


def _manifest(root: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / ".integration-kit/agent-manifest.json").read_text())
    return {p["id"]: p for p in data["places"]}


def test_the_mapping_place_is_marked_listed_and_tested(rendered: Path) -> None:
    """mapping.py holds the marked default; the manifest says what the place receives."""
    places = _manifest(rendered)
    assert sorted(places) == ["Widget.size_cm", "get_widget.example"]  # list_widgets has one
    place = places[PLACE]
    assert place["kind"] == "mapping_derive" and place["file"] == MAPPING
    assert place["signature"] == (
        "def derive_widget_size_cm(size: int, unit: str | None) -> float | None"
    )
    assert place["wire_fields"] == ["size", "unit"]
    assert place["domain_field"] == "Widget.size_cm: float | None"
    assert place["returns"] == "float | None"
    assert place["tests"] == ["tests/test_domain.py::test_widgets_size_cm_is_derived_by_its_place"]
    source = (rendered / MAPPING).read_text()
    assert place["block"] in source
    assert 'convert=derived(derive_widget_size_cm, needs="unit")' in source
    assert "# integration-kit: open Widget.size_cm" in source
    example = places["get_widget.example"]
    assert example["tests"] == [
        "tests/test_open_places.py::test_get_widget_example_matches_the_schema"
    ]


def _project(rendered: Path, tmp_path: Path, llm: FakeLLM, **settings: Any) -> Path:
    root = tmp_path / "p"
    shutil.copytree(rendered, root)
    config = root / ".integration-kit/agents.yml"
    data = yaml.safe_load(config.read_text())
    agent = data["agents"]["integration"]
    agent.update({"base_url": llm.url, "model": "fake-model-1", "timeout": 5.0})
    agent.update({"max_attempts": 1, **settings})
    config.write_text(yaml.safe_dump(data))
    return root


def _fill(agent: ModuleType, root: Path, mypy_cache: str) -> tuple[int, list[str]]:
    lines: list[str] = []
    argv = ["--root", str(root), "fill", "--python", sys.executable, "--place", PLACE]
    environ = {KEY_ENV: KEY, CACHE_ENV: mypy_cache}
    return agent.cli.main(argv, environ=environ, say=lines.append), lines


@pytest.fixture
def slow_llm() -> Any:
    with FakeLLM(lifetime=600.0) as server:
        yield server


@pytest.mark.slow
def test_a_wrong_type_is_refused_then_a_right_fill_is_kept_and_green(
    agent: ModuleType, slow_llm: FakeLLM, rendered: Path, tmp_path: Path, mypy_cache: str
) -> None:
    root = _project(rendered, tmp_path, slow_llm, attempts_per_place=2)
    slow_llm.push(fenced(WRONG_TYPE), fenced(GOOD))
    code, lines = _fill(agent, root, mypy_cache)
    assert code == 0, lines
    outcome = report(root)[PLACE]
    first, second = outcome["tries"]
    assert first["step"] == "mypy --strict" and second["step"] == ""
    assert "Incompatible return value type" in first["reason"]
    assert any(ln.startswith(f"  {PLACE} attempt 1: refused by mypy --strict: ") for ln in lines)
    prompt = slow_llm.seen[0].body["messages"][0]["content"]
    assert '"domain_field": "Widget.size_cm: float | None"' in prompt
    source = (root / MAPPING).read_text()
    assert 'factors = {"mm": 0.1, "cm": 1.0, "in": 2.54}' in source
    assert "# integration-kit: filled by fake-model-1 prompt=" in source
    entries = json.loads((root / ".integration-kit/provenance.json").read_text())["entries"]
    assert [e["place"] for e in entries] == [PLACE]
    results = check_project(root, pytest_args=("-rA",))
    assert failures(results) == ""
    passed = "PASSED tests/test_domain.py::test_widgets_size_cm_is_derived_by_its_place"
    assert passed in results["pytest"].stdout  # ran on the fixture, not skipped


@pytest.mark.slow
def test_a_fill_that_breaks_the_domain_test_is_refused(
    agent: ModuleType, slow_llm: FakeLLM, rendered: Path, tmp_path: Path, mypy_cache: str
) -> None:
    root = _project(rendered, tmp_path, slow_llm, attempts_per_place=1)
    before = (root / MAPPING).read_text()
    slow_llm.push(fenced(BREAKS_THE_TEST))
    code, lines = _fill(agent, root, mypy_cache)
    assert code == 1, lines
    outcome = report(root)[PLACE]
    assert outcome["status"] == "discarded" and outcome["step"] == "pytest"
    assert "test_widgets_size_cm_is_derived_by_its_place" in outcome["reason"] + str(
        outcome["tries"][0]["detail"]
    )
    assert f"{PLACE}: discarded - refused by pytest: " in "\n".join(lines)
    assert (root / MAPPING).read_text() == before
    assert not (root / ".integration-kit/provenance.json").exists()


def _without_example(spec: dict[str, Any]) -> list[str]:
    """operationIds whose first 2xx JSON response has no example (read from the spec)."""
    out = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in {"get", "put", "post", "delete", "patch"}:
                continue
            for status in sorted(op.get("responses") or {}):
                if not str(status).startswith("2"):
                    continue
                content = op["responses"][status].get("content") or {}
                media = next((m for t, m in content.items() if "json" in t), None)
                if media is not None and "example" not in media and not media.get("examples"):
                    out.append(op["operationId"])
                break
    return out


@pytest.mark.parametrize("preset", ["stripe", "github", "openai", "slack"])
def test_spec_presets_get_example_places_only_where_the_spec_has_none(preset: str) -> None:
    data = preset_data(preset)
    source = ROOT / data["spec_source"]
    spec = json.loads(source.read_text())
    api = ik_spec.build_api(source)
    ops = agent_places.example_operations(api)
    names = [op.method_name for op in ops]
    assert names == sorted(names) and len(names) <= agent_places.MAX_EXAMPLE_PLACES
    expected = set(_without_example(spec))
    assert {op.operation_id for op in ops} == {
        op.operation_id for op in api.operations if op.operation_id in expected
    }
    if preset == "github":
        assert names == []  # every GitHub response here documents an example
    else:
        assert names


def test_example_places_are_capped_and_sorted() -> None:
    """25 example-less operations: the first MAX_EXAMPLE_PLACES by name, the rest left."""
    ok = {"200": {"description": "", "content": {"application/json": {"schema": {}}}}}
    names = [f"op_{i:02d}" for i in reversed(range(25))]
    ops = [
        SimpleNamespace(method_name=n, path=f"/{n}", http_method="GET", response_kind="json")
        for n in names
    ]
    snapshot = {"paths": {f"/{n}": {"get": {"responses": ok}} for n in names}}
    snapshot["paths"]["/op_03"]["get"]["responses"] = {
        "200": {"content": {"application/json": {"schema": {}, "example": {}}}}
    }
    picked = agent_places.example_operations(SimpleNamespace(operations=ops, snapshot=snapshot))
    expected = [n for n in sorted(names) if n != "op_03"][: agent_places.MAX_EXAMPLE_PLACES]
    assert [op.method_name for op in picked] == expected


@pytest.mark.parametrize(
    ("field", "warning"),
    [
        ({"type": "float"}, "needs a default or an optional type"),
        ({"type": "list[str]", "default": []}, "a list or dict default cannot be"),
    ],
    ids=["no-unfilled-value", "mutable-default"],
)
def test_a_place_without_an_unfilled_value_is_dropped_with_a_warning(
    field: dict[str, Any], warning: str
) -> None:
    mapping = yaml.safe_load(widgetly.MAPPING)
    mapping["models"]["Widget"]["fields"]["size_cm"] = {**field, "convert": "place"}
    layer = domain_mapping.build_domain(ik_spec.build_api(widgetly.SPEC), mapping)
    assert layer.derived == []
    assert any(warning in w and "Widget.size_cm" in w for w in layer.warnings), layer.warnings
    (mapper,) = layer.mappers
    assert "size_cm" not in dict(mapper["fields"])  # mapped by the default rule


def test_a_place_of_a_model_without_a_list_resource_is_warned_about() -> None:
    mapping = yaml.safe_load(widgetly.MAPPING)
    del mapping["resources"]["widgets"]["list"]
    layer = domain_mapping.build_domain(ik_spec.build_api(widgetly.SPEC), mapping)
    (derived,) = layer.derived
    assert derived.test == ""
    assert "no list resource of Widget, so no domain test runs it" in " ".join(layer.warnings)
