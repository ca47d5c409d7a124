"""Example values synthesised from an OpenAPI snapshot's schemas.

Used to call every generated operation with valid arguments (the Prism round trip) and
as default payloads: a schema's own ``example``/``default``/``enum`` wins, then a value
built from its type, format and bounds. Only local ``#/components/...`` references
occur in a snapshot; cycles and deep nesting stop at ``MAX_DEPTH``.
"""

from __future__ import annotations

import base64
import random
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["MAX_DEPTH", "call_plan", "resolve", "sample"]

MAX_DEPTH = 6
_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "email": "user@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uuid": "0b7d2f4e-8c51-4d5c-9a3e-2f0a6f1d9c11",
    "ipv4": "192.0.2.1",
    "hostname": "example.com",
    "binary": base64.b64encode(b"hello").decode(),
    "byte": base64.b64encode(b"hello").decode(),
}


def resolve(schema: Any, spec: Mapping[str, Any]) -> Any:
    """``schema`` with local ``$ref``s followed (``{}`` for anything unresolvable)."""
    seen = 0
    while isinstance(schema, Mapping) and "$ref" in schema and seen < 50:
        node: Any = spec
        for part in str(schema["$ref"]).lstrip("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part, {}) if isinstance(node, Mapping) else {}
        schema, seen = node, seen + 1
    return schema if isinstance(schema, Mapping) else {}


def _from_pattern(pattern: str) -> str | None:
    """A string matching ``pattern`` (deterministic: a fixed seed), or None."""
    try:
        import rstr

        text: str = rstr.Rstr(random.Random(0)).xeger(pattern)  # noqa: S311 - test data
    except Exception:  # an unsupported construct: fall back to the plain sample
        return None
    return text if re.search(pattern, text) else None


def _string(schema: Mapping[str, Any]) -> str:
    fmt = str(schema.get("format", ""))
    if fmt in _FORMATS:
        return str(_FORMATS[fmt])
    if isinstance(schema.get("pattern"), str):
        matched = _from_pattern(schema["pattern"])
        if matched is not None:
            return matched
    low = int(schema.get("minLength", 0) or 0)
    high = int(schema.get("maxLength", 0) or 0)
    text = "sample"
    if low > len(text):
        text = text + "x" * (low - len(text))
    if high and len(text) > high:
        text = text[:high]
    return text


def _number(schema: Mapping[str, Any], kind: str) -> int | float:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    value: float = 1
    if isinstance(low, int | float) and not isinstance(low, bool):
        value = max(value, low + (1 if "exclusiveMinimum" in schema else 0))
    if isinstance(high, int | float) and not isinstance(high, bool) and value > high:
        value = high
    return int(value) if kind == "integer" else float(value)


def _type_of(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind is None:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
    return str(kind or "")


def _type_of_keys(schema: Mapping[str, Any]) -> bool:
    """``schema`` says what it is by a type, a union, ``allOf`` or properties."""
    return any(k in schema for k in ("type", "anyOf", "oneOf", "allOf", "properties"))


def _joined_objects(schema: Mapping[str, Any], spec: Mapping[str, Any]) -> dict[str, Any] | None:
    """An ``allOf`` of object schemas as one object (properties and ``required`` joined),
    or None when a part is not a plain object (then each part is sampled on its own)."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in schema["allOf"]:
        part = resolve(part, spec)
        if part.get("allOf"):
            part = _joined_objects(part, spec) or {}
        if not isinstance(part, Mapping) or _type_of(part) != "object":
            return None
        properties.update(part.get("properties") or {})
        required += [r for r in part.get("required") or [] if r not in required]
    return {"type": "object", "properties": properties, "required": required}


def sample(
    schema: Any,
    spec: Mapping[str, Any],
    *,
    depth: int = 0,
    required_only: bool = True,
    examples: bool = True,
) -> Any:
    """A value that validates against ``schema`` in the common cases.

    ``examples=False`` ignores the schemas' own ``example``s (a provider's example can
    break its own schema: OpenAI's ``Response`` has ``"user": null`` for a string).
    """
    schema = resolve(schema, spec)
    if depth > MAX_DEPTH:
        return None
    for key in ("example", "default", "const") if examples else ("default", "const"):
        if key in schema and schema[key] is not None:
            return schema[key]
    if schema.get("enum"):
        values = [v for v in schema["enum"] if v is not None and v != ""]
        return values[0] if values else schema["enum"][0]
    items = schema.get("items")
    if isinstance(items, list) and items and not _type_of_keys(schema):
        # tuple-style items without a type (Slack's): one of the members, as the
        # generator types it (ik_spec.typemap)
        schema = {**{k: v for k, v in schema.items() if k != "items"}, "anyOf": items}
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            options = [resolve(o, spec) for o in schema[key]]
            plain = [o for o in options if _type_of(o) not in {"", "null"}]
            pick = next((o for o in plain if _type_of(o) == "string"), None)
            return sample(pick or (plain or options)[0], spec, depth=depth + 1, examples=examples)
    if schema.get("allOf"):
        joined = _joined_objects(schema, spec)
        if joined is not None:  # one object spread over parts (required in one, typed in another)
            return sample(
                joined, spec, depth=depth + 1, required_only=required_only, examples=examples
            )
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(
                part, spec, depth=depth + 1, required_only=required_only, examples=examples
            )
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = _type_of(schema)
    if kind == "object":
        props = schema.get("properties") or {}
        names = (schema.get("required") or []) if required_only else list(props)
        return {
            name: sample(
                props.get(name, {}),
                spec,
                depth=depth + 1,
                required_only=required_only,
                examples=examples,
            )
            for name in names
        }
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1) or 1))
        item = sample(schema.get("items", {}), spec, depth=depth + 1, examples=examples)
        if item is None and count == 1 and not schema.get("minItems"):
            return []  # nested too deep for an item: an empty list is still valid
        return [item] * count
    if kind == "string":
        return _string(schema)
    if kind in {"integer", "number"}:
        return _number(schema, kind)
    if kind == "boolean":
        return True
    return {} if kind == "" else None


def _body_schema(operation: Mapping[str, Any]) -> Mapping[str, Any] | None:
    content = (operation.get("requestBody") or {}).get("content") or {}
    for media in content.values():
        return dict(media.get("schema") or {})
    return None


def call_plan(api: Any, snapshot: Mapping[str, Any]) -> list[dict[str, Any]]:
    """For each operation: its method name and valid keyword arguments (body as JSON data)."""
    plan: list[dict[str, Any]] = []
    for op in api.operations:
        raw = snapshot["paths"][op.path][op.http_method.lower()]
        path_level = snapshot["paths"][op.path].get("parameters", [])
        schemas: dict[tuple[str, str], Any] = {}
        for param in [*path_level, *raw.get("parameters", [])]:
            param = resolve(param, snapshot)
            schemas[(param.get("in", ""), param.get("name", ""))] = param.get("schema", {})
        kwargs: dict[str, Any] = {}
        for where, params in (
            ("path", op.path_params),
            ("query", op.query_params),
            ("header", op.header_params),
        ):
            for param in params:
                if param.required:
                    value = sample(schemas.get((where, param.wire_name), {}), snapshot)
                    kwargs[param.py_name] = "sample" if value in (None, {}, []) else value
        body = None
        if op.body is not None and (op.body.required or op.body.kind != "json"):
            schema = _body_schema(raw)
            body = sample(schema, snapshot) if schema is not None else {}
        plan.append({"method": op.method_name, "kwargs": kwargs, "body": body})
    return plan
