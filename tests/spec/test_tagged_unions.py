"""Unions of several object types become msgspec tagged unions when a property tags them."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import pytest

from .support import make_package, mypy_strict, ruff_check, ruff_format


def _obj(tag_prop: str, tag: dict[str, Any], **props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {tag_prop: tag, **props}, "required": [tag_prop]}


SCHEMAS: dict[str, Any] = {
    "Customer": _obj("object", {"type": "string", "enum": ["customer"]}, id={"type": "string"}),
    "Invoice": _obj("object", {"type": "string", "enum": ["invoice"]}, total={"type": "integer"}),
    "Gone": _obj("object", {"type": "string", "enum": ["customer"]}, deleted={"type": "boolean"}),
    "Text": _obj("type", {"type": "string", "const": "text"}, text={"type": "string"}),
    "Image": _obj("type", {"type": "string", "const": "image"}, url={"type": "string"}),
    "Nothing": _obj("type", {"type": "string", "const": "nothing"}),
    "Holder": {
        "type": "object",
        "properties": {
            "owner": {
                "anyOf": [
                    {"type": "string"},
                    {"$ref": "#/components/schemas/Customer"},
                    {"$ref": "#/components/schemas/Invoice"},
                ]
            },
            "parts": {
                "type": "array",
                "items": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Text"},
                        {"$ref": "#/components/schemas/Image"},
                        {"$ref": "#/components/schemas/Nothing"},
                    ],
                    "discriminator": {"propertyName": "type"},
                },
            },
            "same_tag": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Customer"},
                    {"$ref": "#/components/schemas/Gone"},
                ]
            },
        },
    },
}


def _doc() -> dict[str, Any]:
    ok = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Holder"}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/h": {"get": {"operationId": "getH", "responses": {"200": ok | {"description": "ok"}}}}
        },
        "components": {"schemas": SCHEMAS},
    }


def test_tagged_unions_decode_typed(ik: ModuleType, tmp_path: Path) -> None:
    api = ik.build_api(_doc())
    models = {m.class_name: m for m in api.models}
    holder = {f.wire_name: f.type_hint for f in models["Holder"].fields}
    assert holder["owner"] == "str | Customer | Invoice"
    assert holder["parts"] == "list[Text | Image | Nothing]"
    assert models["Nothing"].fields == []  # only its tag: an empty class body (``pass``)
    # both fix ``object`` to "customer": msgspec cannot tell them apart, so a reported fallback
    assert holder["same_tag"] == "dict[str, Any]"
    assert any("/properties/same_tag" in w and "dict[str, Any]" in w for w in api.warnings)
    assert (models["Customer"].tag_field, models["Customer"].tag) == ("object", "customer")
    assert (models["Image"].tag_field, models["Image"].tag) == ("type", "image")
    assert "object" not in {f.wire_name for f in models["Customer"].fields}
    assert models["Gone"].tag_field == ""

    package = make_package(api, tmp_path, "tagged_pkg")
    assert ruff_format(package).returncode == 0
    result = ruff_check(package)
    assert result.returncode == 0, result.stdout
    result = mypy_strict(package)
    assert result.returncode == 0, result.stdout
    sys.path.insert(0, str(tmp_path))
    try:
        wire = importlib.import_module("tagged_pkg._wire")
    finally:
        sys.path.remove(str(tmp_path))
    payload = {
        "owner": {"object": "invoice", "total": 3},
        "parts": [
            {"type": "image", "url": "u"},
            {"type": "text", "text": "t"},
            {"type": "nothing"},
        ],
    }
    got = msgspec.json.decode(msgspec.json.encode(payload), type=wire.Holder)
    assert isinstance(got.owner, wire.Invoice) and got.owner.total == 3
    assert [type(p).__name__ for p in got.parts] == ["Image", "Text", "Nothing"]
    assert msgspec.json.decode(msgspec.json.encode(got)) == payload
    assert msgspec.json.decode(b'{"owner": "cus_1"}', type=wire.Holder).owner == "cus_1"
    # a tagged Struct still decodes on its own, with or without its tag
    assert msgspec.json.decode(b'{"id": "c"}', type=wire.Customer).id == "c"
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(b'{"owner": {"object": "refund"}}', type=wire.Holder)


RUNTIME_TESTS = Path(__file__).resolve().parents[1] / "runtime"
DELETED = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "object": {"type": "string", "enum": ["customer"]},
        "deleted": {"type": "boolean", "enum": [True]},
    },
    "required": ["deleted", "id", "object"],
}
LIVE = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "object": {"type": "string", "enum": ["customer"]},
        "email": {"type": "string"},
    },
    "required": ["id", "object", "email"],
}


def _probed_doc() -> dict[str, Any]:
    union = {
        "anyOf": [
            {"$ref": "#/components/schemas/customer"},
            {"$ref": "#/components/schemas/deleted_customer"},
        ]
    }
    ok = {"description": "ok", "content": {"application/json": {"schema": union}}}
    get = {"operationId": "GetCustomersCustomer", "responses": {"200": ok}}
    param = {"name": "customer", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {"/v1/customers/{customer}": {"get": get | {"parameters": [param]}}},
        "components": {"schemas": {"customer": LIVE, "deleted_customer": DELETED}},
    }


def test_a_response_union_told_apart_by_a_fixed_boolean_is_probed(
    ik: ModuleType, tmp_path: Path
) -> None:
    """Stripe's retrieve-customer: both members fix ``object`` to "customer"; only the
    deleted one has ``deleted: true``.  msgspec tags by strings only, so the runtime
    reads ``deleted`` first and then decodes the member it selects."""
    api = ik.build_api(_probed_doc())
    (op,) = api.operations
    assert op.return_type == "_wire.Customer | _wire.DeletedCustomer"
    assert op.decode_expr == "_wire.CUSTOMER_OR_DELETED_CUSTOMER"
    assert not any("dict[str, Any]" in w for w in api.warnings)
    package = make_package(api, tmp_path, "probed_pkg")
    assert ruff_format(package).returncode == 0
    for check in (ruff_check, mypy_strict):
        result = check(package)
        assert result.returncode == 0, result.stdout

    sys.path.insert(0, str(RUNTIME_TESTS))
    sys.path.insert(0, str(tmp_path))
    try:
        rt_server = importlib.import_module("ik_rt_server")
        pkg = importlib.import_module("probed_pkg")
        runtime = importlib.import_module("probed_pkg._runtime")
        wire = importlib.import_module("probed_pkg._wire")
    finally:
        sys.path.remove(str(tmp_path))
        sys.path.remove(str(RUNTIME_TESTS))
    live = {"id": "cus_1", "object": "customer", "email": "a@b.c"}
    gone = {"id": "cus_2", "object": "customer", "deleted": True}
    server = rt_server.ScriptedServer(
        rt_server.sequence([rt_server.Respond(200, live), rt_server.Respond(200, gone)])
    ).start()
    try:
        config = runtime.ClientConfig(server.url, breaker=None, timeout=5.0)
        with pkg.TestClient(config) as client:
            first = client.customers.retrieve("cus_1")
            second = client.customers.retrieve("cus_2")
    finally:
        server.stop()
    assert isinstance(first, wire.Customer) and first.email == "a@b.c"
    assert isinstance(second, wire.DeletedCustomer) and second.id == "cus_2"
