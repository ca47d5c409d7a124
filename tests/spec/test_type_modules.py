"""Models split by the resource that owns them (extensions/ik_spec/typemodules.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .support import make_package, mypy_strict, ruff_check


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _op(op_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {"operationId": op_id, "responses": {"200": {"description": "ok", "content": content}}}


def _obj(**props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": props}


DOC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/v1/pets/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": _op("getPet", _ref("Pet")),
        },
        "/v1/owners/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": _op("getOwner", _ref("Owner")),
        },
    },
    "components": {
        "schemas": {
            "Pet": _obj(tag=_ref("Tag"), home=_ref("Address")),
            "Tag": _obj(name={"type": "string"}),
            "Owner": _obj(home=_ref("Address"), badge=_ref("Badge")),
            "Address": _obj(city={"type": "string"}),
            "Badge": _obj(label={"type": "string"}),
            "Note": _obj(text={"type": "string"}),
        }
    },
}


def _homes(api: Any) -> dict[str, str]:
    return {m.class_name: mod.module for mod in api.type_modules for m in mod.models}


def test_models_live_with_their_only_resource(ik: ModuleType) -> None:
    homes = _homes(ik.build_api(DOC))
    assert homes["Pet"] == homes["Tag"] == "pets"
    assert homes["Owner"] == "owners"
    assert homes["Address"] == "shared"  # two resources reach it
    assert homes["Badge"] == "owners"


def test_what_a_model_outside_every_resource_refers_to_is_shared(ik: ModuleType) -> None:
    """A model no operation reaches (kept for the domain layer) sits in ``shared``, and
    so does what it refers to: ``shared`` never imports from a resource's module."""
    model = sys.modules[f"{ik.__name__}.model"]
    api = ik.build_api(DOC)
    event = model.Model("Event", fields=[model.Field("badge", "badge", "Badge", False)])
    api.models.append(event)
    homes = _homes(api)
    assert homes["Event"] == homes["Badge"] == "shared"
    owners = next(m for m in api.type_modules if m.module == "owners")
    assert owners.imports == {"shared": ["Address", "Badge"]}


def test_resource_modules_import_only_from_shared(ik: ModuleType) -> None:
    api = ik.build_api(DOC)
    for module in api.type_modules:
        assert set(module.imports) <= ({"shared"} if module.resource else set())
    owners = next(m for m in api.type_modules if m.module == "owners")
    assert owners.imports == {"shared": ["Address"]}


def test_a_resource_named_shared_keeps_its_module(ik: ModuleType) -> None:
    doc = {**DOC, "paths": {**DOC["paths"], "/v1/shared": {"get": _op("listShared", _ref("Note"))}}}
    modules = [m.module for m in ik.build_api(doc).type_modules]
    assert modules == ["owners", "pets", "shared", "shared_models"]


def test_split_package_checks_and_imports(ik: ModuleType, tmp_path: Path) -> None:
    package = make_package(ik.build_api(DOC), tmp_path, "split_pkg")
    assert sorted(p.name for p in (package / "types").glob("*.py")) == [
        "__init__.py",
        "owners.py",
        "pets.py",
        "shared.py",
    ]
    for check in (ruff_check, mypy_strict):
        result = check(package)
        assert result.returncode == 0, result.stdout + result.stderr
    code = (
        "import msgspec\n"
        "from split_pkg import _wire, types\n"
        "from split_pkg.types.pets import Pet\n"
        'pet = msgspec.json.decode(b\'{"tag": {"name": "x"}, "home": {"city": "c"}}\', type=Pet)\n'
        "assert pet.home is not None and pet.home.city == 'c', pet\n"
        "assert _wire.Pet is types.Pet is Pet\n"
        "assert types.Address.__module__ == 'split_pkg.types.shared'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
