"""A parameter carrying the credential the auth already sends is optional (credentials.py)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest


def _param(name: str, where: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": where, "required": True, "schema": schema or {"type": "string"}}


def _doc(params: list[dict[str, Any]], **op: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "keyed": {"type": "apiKey", "in": "query", "name": "key"},
            }
        },
        "paths": {
            "/chat.post": {
                "post": {
                    "operationId": "post",
                    "parameters": params,
                    "responses": {"204": {"description": "ok"}},
                    **op,
                }
            }
        },
    }


def _signature(api: Any) -> list[str]:
    (resource,) = api.resources
    (method,) = resource.methods
    return [s for s in method.signature if not s.startswith(("extra_", "timeout", "max_"))]


def test_required_token_header_becomes_optional_and_reported(ik: ModuleType) -> None:
    api = ik.build_api(_doc([_param("token", "header"), _param("X-Team", "header")]))
    assert _signature(api) == ["*", "x_team: str", "token: str | None = None"]
    (op,) = api.operations
    assert [(p.wire_name, p.required) for p in op.header_params] == [
        ("token", False),
        ("X-Team", True),
    ]
    report = ik.build_report(api)
    (item,) = report.items
    assert item.where == "#/paths/~1chat.post/post/parameters/0"
    assert item.what.startswith("'token' (header): optional, the client's auth sends")
    # the usage tests and README examples no longer pass it
    assert op.resource_method.sample_arguments() == ['x_team="x"']


@pytest.mark.parametrize(
    ("params", "op", "required"),
    [
        ([_param("Access_Token", "query")], {}, False),
        ([_param("apikey", "query")], {}, False),
        ([_param("key", "query")], {"security": [{"keyed": []}]}, False),
        # 'key' counts only where an apiKey scheme of the requirement names it
        ([_param("key", "query")], {}, True),
        ([_param("key", "header")], {"security": [{"keyed": []}]}, True),
        # no security requirement: the parameter is the only way to send it
        ([_param("token", "header")], {"security": []}, True),
        # not a plain string
        ([_param("token", "query", {"type": "integer"})], {}, True),
        ([_param("token", "path")], {}, True),
    ],
)
def test_which_parameters_count_as_the_credential(
    ik: ModuleType, params: list[dict[str, Any]], op: dict[str, Any], required: bool
) -> None:
    doc = _doc(params, **op)
    if params[0]["in"] == "path":
        paths = doc["paths"]
        paths["/chat.post/{token}"] = paths.pop("/chat.post")
    api = ik.build_api(doc)
    (operation,) = api.operations
    (param,) = operation.params
    assert param.required is required
    assert any("the client's auth sends" in w for w in api.warnings) is not required
