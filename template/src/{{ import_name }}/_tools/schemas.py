"""Reading OpenAPI 3 schemas for comparison: references, types, object views."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["EMPTY", "deref", "enum_values", "object_view", "type_set"]

EMPTY: dict[str, Any] = {}  # shared: callers compare schemas by identity, never mutate


def deref(schema: Any, doc: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """``schema`` with local ``$ref`` chains followed, and the last reference (or None)."""
    ref = None
    for _ in range(32):
        if not isinstance(schema, Mapping) or "$ref" not in schema:
            break
        ref = str(schema["$ref"])
        node: Any = doc
        for part in ref.lstrip("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part, {}) if isinstance(node, Mapping) else {}
        schema = node
    return (schema if isinstance(schema, dict) else EMPTY), ref


def _members(schema: Mapping[str, Any], doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key) or []:
            out.append(deref(member, doc)[0])
    return out


def type_set(schema: Mapping[str, Any], doc: Mapping[str, Any], depth: int = 0) -> set[str]:
    """The JSON types a schema admits (``integer`` ⊂ ``number``; empty = anything)."""
    kinds: set[str] = set()
    raw = schema.get("type")
    if isinstance(raw, str):
        kinds.add(raw)
    elif isinstance(raw, list):
        kinds |= {str(k) for k in raw}
    if schema.get("nullable"):
        kinds.add("null")
    if depth < 8:
        for member in _members(schema, doc):
            sub = type_set(member, doc, depth + 1)
            if not sub:
                return set()
            kinds |= sub
        for part in schema.get("allOf") or []:
            kinds |= type_set(deref(part, doc)[0], doc, depth + 1)
    if not kinds and ("properties" in schema or "additionalProperties" in schema):
        kinds.add("object")
    return kinds


def object_view(
    schema: Mapping[str, Any], doc: Mapping[str, Any], depth: int = 0
) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of a schema, merged over allOf and object members."""
    props: dict[str, Any] = dict(schema.get("properties") or {})
    required = {str(r) for r in schema.get("required") or []}
    if depth < 8:
        for part in schema.get("allOf") or []:
            sub_props, sub_req = object_view(deref(part, doc)[0], doc, depth + 1)
            props.update(sub_props)
            required |= sub_req
        for member in _members(schema, doc):
            sub_props, _ = object_view(member, doc, depth + 1)
            for name, value in sub_props.items():
                props.setdefault(name, value)
    return props, required


def enum_values(schema: Mapping[str, Any], doc: Mapping[str, Any]) -> set[str] | None:
    """The enum of a schema (over its union members), as JSON text; None when open."""
    values = schema.get("enum")
    if isinstance(values, list):
        return {repr(v) for v in values if v is not None}
    members = _members(schema, doc)
    found = [enum_values(m, doc) for m in members if m.get("type") != "null"]
    if found and all(f is not None for f in found):
        return set().union(*[f for f in found if f is not None])
    return None
