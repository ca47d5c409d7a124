"""Hostile or broken specs (tests/fixtures/hostile/): clean code plus a warning, or an error."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .support import (
    FIXTURES,
    generated_files,
    import_check,
    make_package,
    mypy_strict,
    ruff_check,
    ruff_format,
)

HOSTILE = FIXTURES / "hostile"

# fixture -> substrings that must appear in some warning
EXPECTED_WARNINGS: dict[str, list[str]] = {
    "keyword_names.yaml": [],
    "docstrings.yaml": ["msgspec cannot rename"],
    "duplicate_operation_ids.yaml": ["'list_things' (operationId 'listThings') is already used"],
    "unresolvable_ref.yaml": [
        "#/paths/~1things/get/parameters/0",
        "NoSuchSchema",
        "#/components/schemas/Thing/properties/owner",
        "other.yaml",
        "#/components/requestBodies/Nope",
    ],
    "recursive.yaml": ["ListOfSelf refers to itself", "alias cycle"],
    "unions.yaml": ["oneOf of Cat | Dog", "two_lists"],
    "param_names.yaml": ["cookie parameter 'session'", "path placeholder {missing}"],
}


def _check_generated(api: Any, tmp_path: Path, name: str) -> None:
    package = make_package(api, tmp_path, name)
    assert ruff_format(package).returncode == 0
    for check in (ruff_check, mypy_strict, import_check):
        result = check(package)
        assert result.returncode == 0, f"{check.__name__}:\n{result.stdout}\n{result.stderr}"


def test_every_fixture_is_covered() -> None:
    assert {p.name for p in HOSTILE.glob("*.yaml")} == set(EXPECTED_WARNINGS)


@pytest.mark.parametrize("fixture", sorted(EXPECTED_WARNINGS))
def test_hostile_fixture_gives_clean_code(ik: ModuleType, tmp_path: Path, fixture: str) -> None:
    api = ik.build_api(HOSTILE / fixture)
    assert api.operations
    for expected in EXPECTED_WARNINGS[fixture]:
        assert any(expected in w for w in api.warnings), (expected, api.warnings)
    _check_generated(api, tmp_path, "h_" + fixture.split(".")[0])


def test_keyword_names_are_renamed(ik: ModuleType) -> None:
    api = ik.build_api(HOSTILE / "keyword_names.yaml")
    names = {op.method_name for op in api.operations}
    assert {"class_", "close_", "print_", "match_", "op_123_start"} <= names
    first = api.operations[0]
    assert [p.py_name for p in first.params] == [
        "from_",
        "timeout_",
        "self_",
        "body_",
        "param_1st_value",
        "x_quoted",
    ]
    assert {m.class_name for m in api.models} >= {"AnyModel", "Class", "WireModelModel"}


def test_duplicate_operation_ids_get_suffixes(ik: ModuleType) -> None:
    api = ik.build_api(HOSTILE / "duplicate_operation_ids.yaml")
    names = [op.method_name for op in api.operations]
    assert names == ["list_things", "list_things_2", "list_things_3", "get_d", "get_d_2"]


def test_docstrings_and_paths_stay_literal(ik: ModuleType, tmp_path: Path) -> None:
    api = ik.build_api(HOSTILE / "docstrings.yaml")
    package = make_package(api, tmp_path, "h_docs")
    client = "\n".join(Path(f).read_text(encoding="utf-8") for f in generated_files(package))
    assert "{{ 7*7 }}" in client and "49" not in client
    assert "os.system" in client  # only inside string literals:
    assert "\nimport os" not in client and "    import os" not in client


def _deep(levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"x": schema}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Deep", "version": "1"},
        "paths": {
            "/deep": {
                "get": {
                    "operationId": "getDeep",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": schema}},
                        }
                    },
                }
            }
        },
    }


def _deep_json(levels: int) -> str:
    # built as text: json.dumps itself would recurse 10,000 levels
    head = '{"type": "object", "properties": {"x": ' * levels
    tail = "}}" * levels
    schema = head + '{"type": "string"}' + tail
    return (
        '{"openapi": "3.0.3", "info": {"title": "Deep", "version": "1"}, "paths": {"/deep": '
        '{"get": {"operationId": "getDeep", "responses": {"200": {"description": "ok", '
        '"content": {"application/json": {"schema": ' + schema + "}}}}}}}}"
    )


def test_ten_thousand_deep_dict_degrades(ik: ModuleType, tmp_path: Path) -> None:
    api = ik.build_api(_deep(10_000))
    assert any("nested deeper" in w for w in api.warnings)
    json.dumps(api.snapshot)  # snapshot is capped too
    _check_generated(api, tmp_path, "h_deep_dict")


def test_ten_thousand_deep_json_file_degrades(ik: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(_deep_json(10_000), encoding="utf-8")
    api = ik.build_api(path)
    assert len(api.operations) == 1
    assert any("nested deeper" in w for w in api.warnings)


def test_garbage_is_a_clear_error(ik: ModuleType) -> None:
    with pytest.raises(ik.SpecError):
        ik.build_api("openapi: [unclosed")
    with pytest.raises(ik.SpecError, match="#/paths"):
        ik.build_api({"openapi": "3.0.0", "info": {}, "paths": ["x"]})
