"""The spec snapshot as Prism can serve it: ``$ref`` inlined, deep schemas slimmed.

    python -m <package>._tools.prism_spec OUT.json [--snapshot SNAPSHOT]

Then ``npx @stoplight/prism-cli mock OUT.json`` and ``<PREFIX>_PRISM_URL=http://127.0.0.1:4010
pytest -m contract_prism`` verify the recorded consumer contract offline (the generated
CI does this). Request validation stays complete; responses keep their required parts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = ["main", "mock_document"]


def mock_document(
    snapshot: dict[str, Any], full_depth: int = 2, max_depth: int = 10
) -> dict[str, Any]:
    """``snapshot`` with its ``$ref`` inlined: whole to ``full_depth``, then required parts only.

    Prism dereferences and compiles every schema before it listens; on Stripe's graph
    (expandable fields reach almost every resource) it never started in 4 minutes, cyclic
    or not. Parameters and request bodies are inlined whole, so they stay fully checked
    (a slimmed request schema would reject valid requests: OpenAI's ``prompt: null``, a
    model id outside the union's first member). In responses, below ``full_depth`` a
    schema keeps only its required properties (and, of a union, its first plain
    alternative: Stripe's unexpanded id), so responses stay small and still decode; a
    map (``additionalProperties`` without ``properties``) keeps its value schema, so
    generated values stay valid. Cycles and anything past ``max_depth`` become ``{}``
    (any value); in responses such a part is dropped where the schema allows it (a union
    member, an optional property), so Prism does not invent an object the client's
    model refuses (Stripe's ``invoice.payment_intent``, cut as a cycle). Tuple-style
    ``items`` (a list, Slack's) become a union of the members, as the client reads them.
    """

    def resolve(ref: str) -> Any:
        node: Any = snapshot
        for part in ref.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def slim(node: dict[str, Any]) -> dict[str, Any]:
        out = dict(node)
        if isinstance(out.get("properties"), dict):
            required = set(out.get("required") or [])
            out["properties"] = {k: v for k, v in out["properties"].items() if k in required}
        for key in ("anyOf", "oneOf"):
            options = out.get(key)
            if isinstance(options, list):
                plain = [o for o in options if isinstance(o, dict) and "$ref" not in o]
                out[key] = plain[:1] or options[:1]
        if "properties" in out:
            out.pop("additionalProperties", None)
        return out

    cut: dict[str, Any] = {}  # one object: a cut reference, found again by identity

    def prune(node: dict[str, Any]) -> dict[str, Any]:
        """A response schema without its cut parts where the schema allows it: a union
        member, an optional property, an array's items (no items then)."""
        for key in ("anyOf", "oneOf"):
            options = node.get(key)
            if isinstance(options, list) and any(o is not cut for o in options):
                node[key] = [o for o in options if o is not cut]
        props = node.get("properties")
        if isinstance(props, dict):
            required = set(node.get("required") or [])
            node["properties"] = {k: v for k, v in props.items() if v is not cut or k in required}
        if node.get("items") is cut and not node.get("minItems"):
            node["maxItems"] = 0
        return node

    def walk(node: Any, depth: int, stack: frozenset[str], whole: int) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in stack or depth >= max_depth:
                    return cut
                return walk(resolve(ref), depth + 1, stack | {ref}, whole)
            if depth > whole:
                node = slim(node)
            out = {key: walk(value, depth, stack, whole) for key, value in node.items()}
            if isinstance(out.get("items"), list):  # tuple-style (Slack): Prism's faker
                members = out.pop("items")  # fails on it; read as the generator does
                if "type" in out:
                    out["items"] = {"anyOf": members}
                elif "anyOf" not in out and "oneOf" not in out:
                    out["anyOf"] = members
            return prune(out) if whole < max_depth else out
        if isinstance(node, list):
            return [walk(value, depth, stack, whole) for value in node]
        return node

    def inline(key: str, value: Any) -> Any:
        return walk(value, 0, frozenset(), full_depth if key == "responses" else max_depth)

    # the webhook payloads (kept for the handler contracts) are requests the API sends,
    # nothing for Prism to serve; their $ref would point at the components dropped here
    dropped = {"components", "webhooks", "x-webhooks"}
    document = {key: value for key, value in snapshot.items() if key not in dropped}
    document["paths"] = {
        path: {
            key: {k: inline(k, v) for k, v in value.items()}
            if key in _METHODS and isinstance(value, dict)
            else inline(key, value)
            for key, value in item.items()
        }
        for path, item in snapshot["paths"].items()
    }
    for operation in _operations(document):
        for response in (operation.get("responses") or {}).values():
            for media in (response.get("content") or {}).values():
                media.pop("example", None)  # provider examples often break their own schema
                media.pop("examples", None)  # (GitHub's repository example lacks `language`)
        for media in ((operation.get("requestBody") or {}).get("content") or {}).values():
            media.pop("encoding", None)  # Prism invents {} for every absent deepObject field
    schemes = snapshot.get("components", {}).get("securitySchemes")
    if schemes:
        document["components"] = {"securitySchemes": schemes}
    return document


_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method in _METHODS:
                yield operation


def main(argv: Sequence[str] | None = None) -> int:
    package = (__package__ or "package").split(".")[0]
    parser = argparse.ArgumentParser(
        prog=f"python -m {package}._tools.prism_spec", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("out", help="where to write the document Prism serves")
    parser.add_argument(
        "--snapshot", default=f"docs/external_api_specs/{package}.json", help="the spec snapshot"
    )
    args = parser.parse_args(argv)
    try:
        snapshot = json.loads(Path(args.snapshot).read_text(encoding="utf-8"))
        Path(args.out).write_text(json.dumps(mock_document(snapshot)), encoding="utf-8")
    except (OSError, ValueError, KeyError) as exc:
        print(f"prism_spec: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
