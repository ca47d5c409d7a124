"""Unit tests of extensions/ik_spec: loading, selection, names, types, snapshot, filters."""

from __future__ import annotations

import ast
import json
import keyword
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openapi_spec_validator import validate

from .support import SPECS, make_package, mypy_strict, ruff_check, ruff_format

PETSTORE = SPECS / "petstore.yaml"
needs_specs = pytest.mark.skipif(not PETSTORE.is_file(), reason="shared/specs not present")


def _doc(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
    }
    if schemas:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc


def _get(op_id: str, schema: dict[str, Any], **op: Any) -> dict[str, Any]:
    return {
        "get": {
            "operationId": op_id,
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
            },
            **op,
        }
    }


def _field(api: Any, cls: str, name: str) -> Any:
    model = next(m for m in api.models if m.class_name == cls)
    return next(f for f in model.fields if f.wire_name == name)


# -- loading -------------------------------------------------------------------------


@needs_specs
def test_yaml_integer_status_codes_become_strings(ik: ModuleType) -> None:
    api = ik.build_api(PETSTORE)
    ops = {op.method_name: op for op in api.operations}
    assert ops["show_pet_by_id"].return_type == "_wire.Pet"
    assert ops["create_pets"].return_type == "None"
    assert all(isinstance(code, str) for code in api.snapshot["paths"]["/pets"]["get"]["responses"])


def test_yaml_text_with_int_codes(ik: ModuleType) -> None:
    text = """
openapi: 3.0.0
info: {title: Y, version: 1}
paths:
  /x:
    get:
      operationId: getX
      responses:
        200:
          description: ok
          content: {application/json: {schema: {type: integer}}}
"""
    api = ik.build_api(text)
    assert api.operations[0].return_type == "int"
    validate(api.snapshot)


def test_openapi_31_type_arrays_and_nullable(ik: ModuleType) -> None:
    doc = _doc(
        {"/x": _get("getX", {"$ref": "#/components/schemas/X"})},
        {
            "X": {
                "type": "object",
                "required": ["a"],
                "properties": {
                    "a": {"type": ["string", "null"]},
                    "b": {"type": ["integer", "string"]},
                    "c": {"type": "string", "nullable": True},
                },
            }
        },
    )
    doc["openapi"] = "3.1.0"
    api = ik.build_api(doc)
    assert api.spec_version == "3.1"
    assert _field(api, "X", "a").type_hint == "str | None"
    assert _field(api, "X", "b").type_hint == "int | str"
    assert _field(api, "X", "c").type_hint == "str | None"
    assert api.snapshot["openapi"] == "3.1.0"
    validate(api.snapshot)


def test_swagger2_is_converted(ik: ModuleType) -> None:
    doc = {
        "swagger": "2.0",
        "info": {"title": "S", "version": "1"},
        "host": "api.example.com",
        "basePath": "/v1",
        "consumes": ["application/x-www-form-urlencoded"],
        "definitions": {"Item": {"type": "object", "properties": {"id": {"type": "integer"}}}},
        "paths": {
            "/items": {
                "post": {
                    "operationId": "createItem",
                    "parameters": [
                        {"name": "name", "in": "formData", "type": "string", "required": True},
                        {
                            "name": "tags",
                            "in": "query",
                            "type": "array",
                            "items": {"type": "string"},
                        },
                    ],
                    "responses": {
                        "200": {"description": "ok", "schema": {"$ref": "#/definitions/Item"}}
                    },
                }
            },
            "/upload": {
                "post": {
                    "operationId": "upload",
                    "consumes": ["multipart/form-data"],
                    "parameters": [{"name": "file", "in": "formData", "type": "file"}],
                    "responses": {"204": {"description": "none"}},
                }
            },
            "/json": {
                "put": {
                    "operationId": "putJson",
                    "consumes": ["application/json"],
                    "parameters": [
                        {"name": "b", "in": "body", "schema": {"$ref": "#/definitions/Item"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": {"type": "array", "items": {"$ref": "#/definitions/Item"}},
                        }
                    },
                }
            },
        },
    }
    api = ik.build_api(doc)
    ops = {op.method_name: op for op in api.operations}
    assert api.spec_version == "2.0"
    assert api.servers == ["https://api.example.com/v1"]
    assert ops["create_item"].body.kind == "form"
    assert ops["create_item"].return_type == "_wire.Item"
    assert ops["create_item"].query_params[0].type_hint == "list[str]"
    assert ops["upload"].body.kind == "multipart"
    assert ops["upload"].body.file_fields == ["file"]
    assert ops["put_json"].body.kind == "json"
    assert ops["put_json"].return_type == "list[_wire.Item]"
    assert api.snapshot["openapi"].startswith("3.0")
    validate(api.snapshot)


def test_ref_cycles_load(ik: ModuleType) -> None:
    doc = _doc(
        {"/x": _get("getA", {"$ref": "#/components/schemas/A"})},
        {
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
            "C": {"$ref": "#/components/schemas/D"},
            "D": {"$ref": "#/components/schemas/C"},
        },
    )
    api = ik.build_api(doc)
    assert {m.class_name for m in api.models} == {"A", "B"}
    assert _field(api, "A", "b").type_hint == "B"
    validate(api.snapshot)


def test_not_openapi_is_a_clear_error(ik: ModuleType) -> None:
    with pytest.raises(ik.SpecError, match="openapi"):
        ik.build_api({"hello": "world"})
    with pytest.raises(ik.SpecError, match="not a mapping"):
        ik.build_api("[1, 2]")


def test_json_file_source(ik: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(_doc({"/x": _get("getX", {"type": "string"})})), encoding="utf-8")
    assert ik.build_api(path).operations[0].return_type == "str"
    assert ik.build_api(str(path)).operations[0].return_type == "str"


# -- selection -----------------------------------------------------------------------


def _multi() -> dict[str, Any]:
    return _doc(
        {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Pet"},
                                    }
                                }
                            },
                        }
                    },
                },
                "post": {
                    "operationId": "createPet",
                    "tags": ["pets", "admin"],
                    "responses": {"204": {"description": "ok"}},
                },
            },
            "/stores/{id}": {
                "get": {
                    "operationId": "getStore",
                    "tags": ["stores"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Store"}
                                }
                            },
                        }
                    },
                }
            },
        },
        {
            "Pet": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "tag": {"$ref": "#/components/schemas/Tag"},
                },
            },
            "Tag": {"type": "object", "properties": {"label": {"type": "string"}}},
            "Store": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    )


@pytest.mark.parametrize(
    ("mode", "values", "expected", "models"),
    [
        ("all", [], {"list_pets", "create_pet", "get_store"}, {"Pet", "Tag", "Store"}),
        ("operation_ids", ["listPets"], {"list_pets"}, {"Pet", "Tag"}),
        ("operation_ids", ["*Store"], {"get_store"}, {"Store"}),
        ("tags", ["admin"], {"create_pet"}, set()),
        ("tags", ["pets"], {"list_pets", "create_pet"}, {"Pet", "Tag"}),
        ("paths", ["/stores/*"], {"get_store"}, {"Store"}),
        ("paths", ["POST /pets"], {"create_pet"}, set()),
    ],
)
def test_selection(
    ik: ModuleType, mode: str, values: list[str], expected: set[str], models: set[str]
) -> None:
    api = ik.build_api(_multi(), selection=ik.Selection(mode=mode, values=values))
    assert {op.method_name for op in api.operations} == expected
    assert {m.class_name for m in api.models} == models
    assert set(api.snapshot.get("components", {}).get("schemas", {})) == models
    assert api.total_operations == 3
    validate(api.snapshot)


def test_selection_matching_nothing_warns(ik: ModuleType) -> None:
    api = ik.build_api(_multi(), selection=ik.Selection(mode="tags", values=["nope"]))
    assert api.operations == []
    assert any("matched no operation" in w for w in api.warnings)


# -- hand operations -----------------------------------------------------------------


def test_hand_operations(ik: ModuleType, tmp_path: Path) -> None:
    hand = [
        {
            "name": "list_orders",
            "method": "GET",
            "path": "/admin/api/2024-01/orders.json",
            "path_params": [],
            "query_params": ["status", "limit"],
            "json_body": False,
        },
        {
            "name": "update_order",
            "method": "PUT",
            "path": "/admin/api/2024-01/orders/{order_id}.json",
            "path_params": ["order_id"],
            "query_params": [],
            "json_body": True,
        },
    ]
    api = ik.build_api({}, selection=ik.Selection(), hand_operations=hand)
    ops = {op.method_name: op for op in api.operations}
    assert ops["list_orders"].return_type == "dict[str, Any]"
    assert [p.py_name for p in ops["list_orders"].query_params] == ["status", "limit"]
    assert ops["update_order"].path_params[0].wire_name == "order_id"
    assert ops["update_order"].body is not None and ops["update_order"].body.required
    validate(api.snapshot)
    package = make_package(api, tmp_path, "handops_pkg")
    assert ruff_format(package).returncode == 0
    result = ruff_check(package)
    assert result.returncode == 0, result.stdout
    result = mypy_strict(package)
    assert result.returncode == 0, result.stdout


def test_hand_operations_bad_input_is_a_clear_error(ik: ModuleType) -> None:
    with pytest.raises(ik.SpecError, match=r"hand_operations\[0\]"):
        ik.build_api({}, hand_operations=[{"method": "GET", "path": "/x"}])


# -- names ---------------------------------------------------------------------------


def test_method_names(ik: ModuleType) -> None:
    paths = {
        "/a": _get("repos/get-content", {"type": "string"}),
        "/b": _get("GetAccountsAccountBankAccountsId", {"type": "string"}),
        "/c/{id}": {
            "delete": {
                "responses": {"204": {"description": "x"}},
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
            }
        },
        "/d": _get("close", {"type": "string"}),
        "/e": _get("request", {"type": "string"}),
        "/f": _get("_private", {"type": "string"}),
        "/g": _get("import", {"type": "string"}),
    }
    api = ik.build_api(_doc(paths))
    names = [op.method_name for op in api.operations]
    assert names == [
        "repos_get_content",
        "get_accounts_account_bank_accounts_id",
        "delete_c_id",
        "close_",
        "request_",
        "private",
        "import_",
    ]
    for name in names:
        assert name.isidentifier() and not keyword.iskeyword(name)
        assert name not in ik.RESERVED_METHOD_NAMES and not name.startswith("_")


def test_param_names_unique_and_safe(ik: ModuleType) -> None:
    params = [
        {"name": n, "in": "query", "schema": {"type": "string"}}
        for n in [
            "StartTime",
            "StartTime<",
            "StartTime>",
            "start_time",
            "timeout",
            "body",
            "self",
            "class",
            "9lives",
        ]
    ]
    api = ik.build_api(_doc({"/x": _get("getX", {"type": "string"}, parameters=params)}))
    names = [p.py_name for p in api.operations[0].query_params]
    assert names[:3] == ["start_time", "start_time_before", "start_time_after"]
    assert len(set(names)) == len(names)
    for name in names:
        assert name.isidentifier() and not keyword.iskeyword(name)
        assert name not in {"timeout", "body", "self"}
        assert name not in dir(__builtins__) or name.endswith("_")


def test_class_and_field_names(ik: ModuleType) -> None:
    schemas = {
        "user-profile": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "Display Name": {"type": "string"}},
        },
        "UserProfile": {"type": "object", "properties": {"x": {"type": "integer"}}},
        "list": {
            "type": "object",
            "properties": {
                "a": {"$ref": "#/components/schemas/user-profile"},
                "b": {"$ref": "#/components/schemas/UserProfile"},
            },
        },
    }
    api = ik.build_api(
        _doc({"/x": _get("getList", {"$ref": "#/components/schemas/list"})}, schemas)
    )
    names = [m.class_name for m in api.models]
    assert names == ["List", "UserProfile", "UserProfile2"]
    f = _field(api, "UserProfile", "Display Name")
    assert (f.py_name, f.wire_name) == ("display_name", "Display Name")
    assert _field(api, "UserProfile", "id").py_name == "id"


# -- types ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "hint"),
    [
        ({"type": "string", "format": "date-time"}, "str"),
        ({"type": "integer"}, "int"),
        ({"type": "number"}, "float"),
        ({"type": "boolean"}, "bool"),
        ({"type": "string", "enum": ["a", "A"]}, 'Literal["a", "A"]'),
        ({"type": "integer", "enum": [1, 2]}, "int"),
        ({"type": "string", "nullable": True}, "str | None"),
        ({"type": "array", "items": {"type": "integer"}}, "list[int]"),
        ({"type": "array"}, "list[Any]"),
        ({"type": "object"}, "dict[str, Any]"),
        ({"type": "object", "additionalProperties": {"type": "integer"}}, "dict[str, int]"),
        ({}, "Any"),
        ({"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/S"}]}, "str | _wire.S"),
        (
            {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
            "str | int | None",
        ),
        (
            {"anyOf": [{"$ref": "#/components/schemas/S"}, {"$ref": "#/components/schemas/T"}]},
            "dict[str, Any]",
        ),
        (
            {
                "oneOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"type": "string"}},
                    {"type": "array", "items": {"type": "integer"}},
                ]
            },
            "Any",
        ),
        ({"allOf": [{"$ref": "#/components/schemas/S"}], "nullable": True}, "_wire.S | None"),
    ],
)
def test_type_hints(ik: ModuleType, schema: dict[str, Any], hint: str) -> None:
    schemas = {
        "S": {"type": "object", "properties": {"s": {"type": "string"}}},
        "T": {"type": "object", "properties": {"t": {"type": "string"}}},
    }
    api = ik.build_api(_doc({"/x": _get("getX", schema)}, schemas))
    assert api.operations[0].return_type == hint


def test_a_nullable_object_component_is_optional_where_referenced(ik: ModuleType) -> None:
    """GitHub's ``nullable-license-simple`` (``nullable: true`` on the component itself):
    the Struct holds the object, each reference admits null (Prism found it, drawing
    ``"license": null`` for ``FullRepository``)."""
    schemas = {
        "L": {"type": "object", "nullable": True, "properties": {"k": {"type": "string"}}},
        "L31": {"type": ["object", "null"], "properties": {"k": {"type": "string"}}},
        "R": {
            "type": "object",
            "required": ["license"],
            "properties": {
                "license": {"$ref": "#/components/schemas/L"},
                "other": {"$ref": "#/components/schemas/L31"},
                "many": {"type": "array", "items": {"$ref": "#/components/schemas/L"}},
            },
        },
    }
    doc = _doc({"/x": _get("getX", {"$ref": "#/components/schemas/R"})}, schemas)
    doc["openapi"] = "3.1.0"  # the type list; 3.1 tolerates the 3.0 keyword too
    api = ik.build_api(doc)
    assert _field(api, "R", "license").type_hint == "L | None"
    assert _field(api, "R", "other").type_hint.startswith("L31 | None")
    assert _field(api, "R", "many").type_hint.startswith("list[L | None]")
    validate(api.snapshot)


def test_tuple_items_without_a_type_are_one_of_the_members(ik: ModuleType) -> None:
    """Slack's ``objs_conversation`` (``items: [A, B]``, no type) is an object on the
    wire; typed ``list[Any]`` it failed to decode (Prism found it). The mock fixtures'
    samples read it the same way."""
    from extensions.samples import sample

    schemas = {
        "R": {
            "type": "object",
            "required": ["ts", "channel"],
            "properties": {
                "ts": {"items": [{"type": "integer"}, {"type": "null"}]},
                "channel": {"$ref": "#/components/schemas/C"},
            },
        },
        "C": {"items": [{"type": "object", "properties": {"id": {"type": "string"}}}]},
    }
    doc = _doc({"/x": _get("getX", {"$ref": "#/components/schemas/R"})}, schemas)
    api = ik.build_api(doc)
    assert _field(api, "R", "ts").type_hint == "int | None"
    assert _field(api, "R", "channel").type_hint == "C"
    assert sample(schemas["R"], doc) == {"ts": 1, "channel": {}}


def test_union_degradation_is_warned(ik: ModuleType) -> None:
    schemas = {
        "S": {"type": "object", "properties": {"s": {"type": "string"}}},
        "T": {"type": "object", "properties": {"t": {"type": "string"}}},
    }
    api = ik.build_api(
        _doc(
            {
                "/x": _get(
                    "getX",
                    {
                        "oneOf": [
                            {"$ref": "#/components/schemas/S"},
                            {"$ref": "#/components/schemas/T"},
                        ]
                    },
                )
            },
            schemas,
        )
    )
    assert api.degraded == 1
    assert any("oneOf of S | T" in w and "#/paths/~1x/get/responses/200" in w for w in api.warnings)


def test_allof_merges_objects(ik: ModuleType) -> None:
    schemas = {
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
        "Pet": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"name": {"type": "string"}}},
            ]
        },
    }
    api = ik.build_api(_doc({"/x": _get("getPet", {"$ref": "#/components/schemas/Pet"})}, schemas))
    pet = next(m for m in api.models if m.class_name == "Pet")
    assert [(f.py_name, f.required) for f in pet.fields] == [("id", True), ("name", False)]


def test_bodies_and_returns(ik: ModuleType) -> None:
    paths = {
        "/form": {
            "post": {
                "operationId": "form",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"type": "object", "properties": {"a": {"type": "string"}}}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"text/plain": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
        "/upload": {
            "post": {
                "operationId": "upload",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "purpose": {"type": "string"},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {"description": "ok", "content": {"application/octet-stream": {}}}
                },
            }
        },
        "/maybe": {
            "get": {
                "operationId": "maybe",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "integer"}}},
                    },
                    "204": {"description": "none"},
                },
            }
        },
    }
    api = ik.build_api(_doc(paths))
    ops = {op.method_name: op for op in api.operations}
    assert ops["form"].body.kind == "form" and ops["form"].body.type_hint == "_wire.FormBody"
    assert (ops["form"].return_type, ops["form"].response_kind) == ("str", "text")
    assert ops["upload"].body.kind == "multipart" and ops["upload"].body.file_fields == ["file"]
    assert _field(api, "UploadBody", "file").type_hint == "bytes | tuple[str, bytes]"
    assert ops["upload"].response_kind == "bytes"
    assert ops["maybe"].return_type == "int | None" and ops["maybe"].empty_statuses == [204]


# -- snapshot ------------------------------------------------------------------------


@needs_specs
@pytest.mark.parametrize(
    ("spec", "mode", "values"),
    [
        ("petstore.yaml", "all", []),
        ("slack_web_openapi_v2.json", "tags", ["chat"]),
        ("stripe_spec3_2024-04-10.json", "paths", ["/v1/charges*"]),
        ("github_api.github.com.json", "tags", ["issues"]),
        ("twilio_api_v2010.json", "operation_ids", ["ListCall", "CreateMessage"]),
        ("openai_openapi.yaml", "paths", ["POST /files", "/chat/completions"]),
        ("sendgrid_oai_v3_stoplight.json", "paths", ["/mail/send"]),
    ],
)
def test_snapshot_is_valid_openapi(ik: ModuleType, spec: str, mode: str, values: list[str]) -> None:
    path = SPECS / spec
    if not path.is_file():
        pytest.skip(f"{spec} not in shared/specs")
    api = ik.build_api(path, selection=ik.Selection(mode=mode, values=values))
    assert api.operations
    validate(api.snapshot)
    count = sum(
        1
        for item in api.snapshot["paths"].values()
        for k in item
        if k in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    )
    assert count == len(api.operations)


# -- filters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        'with "double"',
        "with 'single'",
        "both ' and \"",
        "back\\slash",
        "ctl\x00\x07\n\t",
        "{{ 7*7 }}",
        "{% raw %}",
        "uni ü 日本 \u2028 \u202e",
        "\U0001f600",
        "",
    ],
)
def test_pyrepr_round_trips(ik: ModuleType, value: str) -> None:
    literal = ik.pyrepr(value)
    assert ast.literal_eval(literal) == value
    assert "\n" not in literal


def test_pyrepr_other_values(ik: ModuleType) -> None:
    for value in [None, True, 3, 2.5, ["a", 1], ("x",), {"k": [1, None]}]:
        assert ast.literal_eval(ik.pyrepr(value)) == value


@pytest.mark.parametrize(
    "text",
    [
        'ends with quote"',
        'triple """ inside',
        'quad """" and \\"""',
        "back\\slash\\",
        "x" * 300,
        "ctl\x00\x1b[31m",
        "{{ x }} {% if %}",
        "line\u2028sep",
        "   ",
        'a""',
        "\\",
    ],
)
def test_docstring_filter(ik: ModuleType, text: str) -> None:
    body = ik.docstring(text, 8)
    source = f'def f():\n        """{body}"""\n'
    tree = ast.parse(source)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef)
    doc = ast.get_docstring(func, clean=False)
    assert doc is not None
    assert not body.rstrip().endswith('"') or body.rstrip().endswith('\\"')
    for line in source.splitlines():
        assert len(line) <= 100 or " " not in line.strip()
    assert all(ch == "\n" or ch.isprintable() for ch in body)


def test_jinja_syntax_in_values_is_inert(ik: ModuleType) -> None:
    import jinja2

    env = jinja2.Environment(undefined=jinja2.StrictUndefined)  # noqa: S701
    ik.register_filters(env)
    out = env.from_string("{{ v | pyrepr }} {{ v | docstring }}").render(
        v="{{ 7*7 }}{% if 1 %}x{% endif %}"
    )
    assert "49" not in out and "{{ 7*7 }}" in out


def test_build_is_fast_on_github(ik: ModuleType) -> None:
    path = SPECS / "github_api.github.com.json"
    if not path.is_file():
        pytest.skip("GitHub spec not present")
    import time

    start = time.perf_counter()
    api = ik.build_api(path)
    elapsed = time.perf_counter() - start
    assert len(api.operations) == api.total_operations > 1000
    assert elapsed < 10, elapsed


def test_module_loads_without_sys_path(ik: ModuleType) -> None:
    assert ik.__name__ == "ik_spec_under_test"
    assert "ik_spec" not in sys.modules
