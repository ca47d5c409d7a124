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
    or not. Inlining keeps parameters and request bodies fully checked; below
    ``full_depth`` a schema keeps only its required properties (and, of a union, its
    first plain alternative: Stripe's unexpanded id), so responses stay small and still
    decode. Cycles and anything past ``max_depth`` become ``{}``.
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
        out.pop("additionalProperties", None)
        return out

    def walk(node: Any, depth: int, stack: frozenset[str]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in stack or depth >= max_depth:
                    return {}
                return walk(resolve(ref), depth + 1, stack | {ref})
            if depth > full_depth:
                node = slim(node)
            return {key: walk(value, depth, stack) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value, depth, stack) for value in node]
        return node

    document = {key: value for key, value in snapshot.items() if key != "components"}
    document["paths"] = walk(snapshot["paths"], 0, frozenset())
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


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options"}:
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
