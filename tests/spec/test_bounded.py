"""Hostile documents cost bounded time and memory (tests/fixtures/hostile/bounded/).

An alias bomb is refused naming its line instead of growing past gigabytes; a recursive
alias is refused; ordinary aliases still work; lone surrogates are escaped with a warning
naming their JSON pointer; ``.``/``..`` path segments are skipped with a warning.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path
from types import ModuleType

import pytest

from .support import FIXTURES, import_check, make_package, mypy_strict, ruff_check, ruff_format

BOUNDED = FIXTURES / "hostile" / "bounded"


def _clean(api: object, tmp_path: Path, name: str) -> None:
    package = make_package(api, tmp_path, name)
    assert ruff_format(package).returncode == 0
    for check in (ruff_check, mypy_strict, import_check):
        result = check(package)
        assert result.returncode == 0, f"{check.__name__}:\n{result.stdout}\n{result.stderr}"


def test_alias_bomb_is_refused_naming_its_line(ik: ModuleType) -> None:
    """9^9 expanded nodes: refused in well under a second of CPU, memory barely moves."""
    before_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    with pytest.raises(ik.SpecError, match=r"line 1[0-2]: YAML aliases expand to more than") as e:
        ik.build_api(BOUNDED / "alias_bomb.yaml")
    assert time.process_time() - started < 10  # CPU time: holds on a saturated machine
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_rss
    assert grown_kib < 200_000, grown_kib
    assert e.value.summary.startswith("YAML alias bomb (line 1")


def test_recursive_alias_is_refused(ik: ModuleType) -> None:
    with pytest.raises(ik.SpecError, match=r"line \d+: a YAML alias refers to a node"):
        ik.build_api(BOUNDED / "recursive_alias.yaml")


def test_shared_aliases_still_build(ik: ModuleType, tmp_path: Path) -> None:
    api = ik.build_api(BOUNDED / "shared_aliases.yaml")
    assert [op.method_name for op in api.operations] == ["get_a", "get_b"]
    _clean(api, tmp_path, "h_shared")


def test_lone_surrogates_are_escaped_with_their_pointer(ik: ModuleType, tmp_path: Path) -> None:
    api = ik.build_api(BOUNDED / "lone_surrogate.json")
    pointers = [w for w in api.warnings if "lone surrogate" in w]
    assert any(w.startswith("#/paths/~1items/get/description:") for w in pointers), pointers
    assert any("parameters/0/description" in w for w in pointers), pointers
    _clean(api, tmp_path, "h_surrogate")
    for path in (tmp_path / "h_surrogate").rglob("*.py"):
        path.read_text(encoding="utf-8")  # every written file is valid UTF-8


def test_dot_segments_in_path_keys_are_skipped_with_their_pointer(ik: ModuleType) -> None:
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Dots", "version": "1"},
        "paths": {
            "/files/{id}/../admin": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/files/./x": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/files/{id}": {
                "get": {
                    "operationId": "getFile",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
    }
    api = ik.build_api(doc)
    assert [op.path for op in api.operations] == ["/files/{id}"]
    assert any(w.startswith("#/paths/~1files~1{id}~1..~1admin:") for w in api.warnings)
    assert any(w.startswith("#/paths/~1files~1.~1x:") for w in api.warnings)
