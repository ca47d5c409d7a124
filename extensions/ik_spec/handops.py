"""Synthesize a minimal OpenAPI 3.0 document from hand-written operations.

A provider without an OpenAPI document lists its operations by hand::

    {"name": "list_orders", "method": "GET", "path": "/admin/api/2024-01/orders.json",
     "path_params": [], "query_params": ["status", "limit"], "json_body": false}

Every parameter is a string, every response a free-form JSON object.
"""

from __future__ import annotations

import re
from typing import Any

from .loader import SpecError

_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")
_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def _names(value: Any, where: str, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SpecError(f"{where}: {key!r} must be a list of strings")
    return list(value)


def synthesize(operations: list[dict[str, Any]], *, title: str = "API") -> dict[str, Any]:
    if not isinstance(operations, list):
        raise SpecError("hand_operations must be a list of operation mappings")
    paths: dict[str, dict[str, Any]] = {}
    for i, spec in enumerate(operations):
        where = f"hand_operations[{i}]"
        if not isinstance(spec, dict):
            raise SpecError(f"{where}: not a mapping")
        name = spec.get("name")
        method = str(spec.get("method") or "GET").lower()
        path = spec.get("path")
        if not isinstance(name, str) or not name:
            raise SpecError(f"{where}: 'name' is required")
        if method not in _METHODS:
            raise SpecError(f"{where}: unknown HTTP method {spec.get('method')!r}")
        if not isinstance(path, str) or not path.startswith("/"):
            raise SpecError(f"{where}: 'path' must start with '/'")
        path_params = _names(spec.get("path_params"), where, "path_params")
        for placeholder in _PLACEHOLDER.findall(path):
            if placeholder not in path_params:
                path_params.append(placeholder)
        params: list[dict[str, Any]] = [
            {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
            for p in path_params
        ]
        params += [
            {"name": q, "in": "query", "required": False, "schema": {"type": "string"}}
            for q in _names(spec.get("query_params"), where, "query_params")
        ]
        op: dict[str, Any] = {
            "operationId": name,
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "additionalProperties": True}
                        }
                    },
                }
            },
        }
        if isinstance(spec.get("summary"), str):
            op["summary"] = spec["summary"]
        if params:
            op["parameters"] = params
        if spec.get("json_body"):
            op["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {"schema": {"type": "object", "additionalProperties": True}}
                },
            }
        item = paths.setdefault(path, {})
        if method in item:
            raise SpecError(f"{where}: {method.upper()} {path} is listed twice")
        item[method] = op
    return {"openapi": "3.0.3", "info": {"title": title, "version": "0"}, "paths": paths}
