"""Struct attributes keep their wire names where Python allows; long names are capped."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec

from .support import PYTHON, RUFF_ARGS, make_package, mypy_strict, ruff_check, ruff_format, run

LONG_OP = "get" + "VeryLongOperationIdentifierThatSomeProvidersReallyUse" * 2 + "X" * 10
LONG_PROP = "a_property_name_that_is_much_longer_than_anyone_would_like_" * 2

SCHEMAS: dict[str, Any] = {
    "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
    "Thing": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string"},
            "object": {"type": "string"},
            "format": {"type": "string"},
            "list": {"type": "array", "items": {"type": "integer"}},
            "class": {"type": "string"},
            "display-name": {"type": "string"},
            "display_name": {"type": "string"},
            "str": {"type": "string"},
            "_private": {"type": "string"},
            "Pet": {"$ref": "#/components/schemas/Pet"},
            LONG_PROP: {"type": "integer"},
        },
    },
}


def _doc() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/thing": {
                "get": {
                    "operationId": LONG_OP,
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": SCHEMAS},
    }


def test_wire_names_kept_renames_reported_and_capped(ik: ModuleType, tmp_path: Path) -> None:
    api = ik.build_api(_doc())
    thing = next(m for m in api.models if m.class_name == "Thing")
    names = {f.wire_name: f.py_name for f in thing.fields}
    for kept in ("id", "type", "object", "format", "display_name"):
        assert names[kept] == kept
    assert names["class"] == "class_"
    assert names["display-name"] == "display_name_2"  # the faithful name was claimed first
    assert names["str"] == "str_"  # would shadow the ``str`` of type hints
    assert names["list"] == "list_"
    assert names["_private"] == "private"
    assert names["Pet"] == "Pet_"  # would shadow the class Pet
    long_name = names[LONG_PROP]
    again = next(m for m in ik.build_api(_doc()).models if m.class_name == "Thing")
    assert len(long_name) <= 60 and long_name == again.fields[-1].py_name
    (op,) = api.operations
    assert len(op.method_name) <= 60
    assert op.method_name == ik.build_api(_doc()).operations[0].method_name  # stable suffix
    assert int(op.method_name[-8:], 16) >= 0 and op.method_name[-9] == "_"
    for wire in ("class", "display-name", "str", "list", "_private", "Pet", LONG_PROP):
        assert any(f"field {wire!r} is the attribute" in w for w in api.warnings), wire

    package = make_package(api, tmp_path, "names_pkg")
    assert ruff_format(package).returncode == 0
    result = ruff_check(package)
    assert result.returncode == 0, result.stdout
    # the generated projects also select flake8-builtins (A) and pep8-naming (N)
    extra = [a for a in RUFF_ARGS if not a.startswith("--select")] + ["--select=A,N"]
    result = run([PYTHON, "-m", "ruff", "check", *extra, str(package / "_wire.py")], tmp_path)
    assert result.returncode == 0, result.stdout
    result = mypy_strict(package)
    assert result.returncode == 0, result.stdout

    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("names_pkg._wire")
    finally:
        sys.path.remove(str(tmp_path))
    payload: dict[str, Any] = {"id": "t1", "type": "a", "object": "thing", "str": "s"}
    payload[LONG_PROP] = 3
    decoded = msgspec.json.decode(msgspec.json.encode(payload), type=module.Thing)
    assert (decoded.id, decoded.type, decoded.object) == ("t1", "a", "thing")
    assert getattr(decoded, long_name) == 3
    assert msgspec.json.decode(msgspec.json.encode(decoded)) == payload
