"""Helpers of the contract tests: schema validation, fixture drift, live-key guard."""

from __future__ import annotations

import copy
import difflib
import importlib
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "body_schema",
    "live_key_problem",
    "markdown_report",
    "response_schema",
    "schema_errors",
    "shape",
    "shape_diff",
    "to_json_schema",
]


def to_json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 schema as JSON Schema (``nullable``, boolean exclusive bounds)."""
    if isinstance(node, list):
        return [to_json_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if not k.startswith("x-")}
    if out.pop("nullable", False):
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif "$ref" in out or "anyOf" in out or "oneOf" in out or "allOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    for bound in ("Minimum", "Maximum"):
        flag = out.get(f"exclusive{bound}")
        if isinstance(flag, bool):
            key = bound.lower()
            if flag and key in out:
                out[f"exclusive{bound}"] = out.pop(key)
            else:
                out.pop(f"exclusive{bound}")
    for key in (
        "example",
        "discriminator",
        "xml",
        "externalDocs",
        "deprecated",
        "readOnly",
        "writeOnly",
    ):
        out.pop(key, None)
    return out


def body_schema(snapshot: Mapping[str, Any], response: Mapping[str, Any]) -> dict[str, Any] | None:
    """The JSON schema of one response object's JSON body, with the snapshot's components
    (``None`` when it declares no JSON body)."""
    for media, content in (response.get("content") or {}).items():
        if "json" in media and "schema" in content:
            schema = to_json_schema(copy.deepcopy(content["schema"]))
            schema["components"] = to_json_schema(snapshot.get("components", {}))
            return dict(schema)
    return None


def response_schema(snapshot: Mapping[str, Any], method: str, path: str) -> dict[str, Any] | None:
    """The JSON schema of the first 2xx JSON response of an operation, with components."""
    operation = snapshot.get("paths", {}).get(path, {}).get(method.lower(), {})
    for status, response in sorted(operation.get("responses", {}).items()):
        if str(status).startswith("2"):
            schema = body_schema(snapshot, response)
            if schema is not None:
                return schema
    return None


def schema_errors(instance: Any, schema: Mapping[str, Any], limit: int = 20) -> list[str]:
    """Validation errors as ``$.path: message`` lines (jsonschema is a dev dependency)."""
    jsonschema: Any = importlib.import_module("jsonschema")  # a dev dependency

    validator = jsonschema.Draft202012Validator(dict(schema))
    out = []
    for error in validator.iter_errors(instance):
        where = "$" + "".join(
            f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path
        )
        out.append(f"{where}: {error.message[:200]}")
        if len(out) >= limit:
            break
    return out


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shape(value: Any, path: str = "$") -> list[str]:
    """``path: type`` lines describing a JSON value (lists by their first item)."""
    lines = [f"{path}: {_kind(value)}"]
    if isinstance(value, dict):
        for key in sorted(value):
            lines += shape(value[key], f"{path}.{key}")
    elif isinstance(value, list) and value:
        lines += shape(value[0], f"{path}[]")
    return lines


def shape_diff(fixture: Any, real: Any, *, name: str = "") -> str:
    """A unified diff of the fixture's shape against a real response ('' when they agree
    on every field the fixture has: a real response may carry more)."""
    real_lines = set(shape(real))
    missing = [line for line in shape(fixture) if line not in real_lines]
    if not missing:
        return ""
    fixture_lines = shape(fixture)
    diff = difflib.unified_diff(
        fixture_lines, sorted(real_lines), f"fixture/{name}", f"real/{name}", lineterm="", n=0
    )
    return "\n".join(diff)


def live_key_problem(secret: str, prefixes: Iterable[str]) -> str:
    """Why the contract tests refuse this credential ('' when it is acceptable)."""
    for prefix in prefixes:
        if prefix and secret.startswith(prefix):
            return f"refusing to run contract tests with a live-mode credential ({prefix}…)"
    return ""


def markdown_report(title: str, results: Iterable[tuple[str, str, str]]) -> str:
    """The run's summary for people: ``results`` are (test id, outcome, detail) with
    outcome ``passed``, ``failed`` or ``skipped``; verified/broken/skipped with why."""
    rows = sorted(set(results))
    groups = {k: [(t, d) for t, o, d in rows if o == k] for k in ("passed", "failed", "skipped")}
    lines = [
        f"# {title}",
        "",
        "| verified | broken | skipped |",
        "| ---: | ---: | ---: |",
        f"| {len(groups['passed'])} | {len(groups['failed'])} | {len(groups['skipped'])} |",
    ]
    for outcome, heading in (("failed", "Broken"), ("skipped", "Skipped")):
        if groups[outcome]:
            lines += ["", f"## {heading}", ""]
            for test, detail in groups[outcome]:
                detail = " ".join(detail.split())[:300].replace("|", "\\|")
                lines.append(f"- `{test}`: {detail}" if detail else f"- `{test}`")
    return "\n".join(lines) + "\n"
