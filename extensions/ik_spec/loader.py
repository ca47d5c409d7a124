"""Load an OpenAPI document (JSON/YAML, 3.0, 3.1 or Swagger 2.0) into a normalised dict.

Normalisation is one iterative pass (no recursion, so 10,000-deep input cannot blow the
stack): mapping keys become strings (YAML turns ``200:`` into an int), subtrees nested
deeper than ``MAX_DEPTH`` are replaced by ``{}`` with a warning naming their JSON
pointer.  Everything downstream may then recurse safely.

Local ``$ref`` resolution is hand written (see docs/design.md, "Spec loading"): the code
generator needs the *name* a reference points at (it becomes a class name) rather than an
inlined copy, cycles are the normal case for API schemas, and a dict lookup per pointer
segment is the fastest possible resolver for the 13 MB GitHub document.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

MAX_DEPTH = 200

JSONDict = dict[str, Any]


class SpecError(ValueError):
    """The document cannot be used; the message names the location (JSON pointer)."""


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: object) -> str:
    return "#/" + "/".join(escape_pointer_token(str(t)) for t in tokens) if tokens else "#"


def _deep_json_loads(text: str) -> Any:
    """json.loads for absurdly nested documents: a big-stack thread with a high limit."""
    result: list[Any] = []
    error: list[BaseException] = []

    def target() -> None:
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, 200_000))
        try:
            result.append(json.loads(text))
        except BaseException as exc:  # re-raised in the caller's thread
            error.append(exc)
        finally:
            sys.setrecursionlimit(old)

    old_size = threading.stack_size()
    threading.stack_size(512 * 1024 * 1024)
    try:
        thread = threading.Thread(target=target, name="ik-spec-deep-json")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(old_size)
    if error:
        exc = error[0]
        if isinstance(exc, RecursionError):
            raise SpecError("document is nested too deeply to parse") from exc
        raise exc
    return result[0]


def parse_text(text: str, *, origin: str = "<string>") -> Any:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except RecursionError:
            return _deep_json_loads(text)
        except json.JSONDecodeError:
            pass  # maybe YAML flow style; fall through
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise SpecError(f"{origin}: not valid JSON or YAML: {exc}") from exc
    except RecursionError as exc:
        raise SpecError(f"{origin}: document is nested too deeply to parse") from exc


def read_source(source: str | Path | dict[str, Any]) -> tuple[Any, str]:
    if isinstance(source, dict):
        return source, "<dict>"
    if isinstance(source, Path) or (
        isinstance(source, str) and "\n" not in source and len(source) < 4096
    ):
        path = Path(source)
        if path.is_file():
            return parse_text(path.read_text(encoding="utf-8"), origin=str(path)), str(path)
        if isinstance(source, Path):
            raise SpecError(f"spec file not found: {path}")
    return parse_text(str(source)), "<string>"


def _key(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


def normalise(doc: Any, warnings: list[str]) -> JSONDict:
    """Copy ``doc`` iteratively: string keys, depth capped at MAX_DEPTH, JSON-ish values."""
    if not isinstance(doc, dict):
        raise SpecError("the document root is not a mapping (expected an OpenAPI object)")
    root: JSONDict = {}
    # stack of (source container, target container, depth, pointer tokens)
    stack: list[tuple[Any, Any, int, tuple[str, ...]]] = [(doc, root, 0, ())]
    while stack:
        src, dst, depth, where = stack.pop()
        items = src.items() if isinstance(src, dict) else enumerate(src)
        for k, v in items:
            key = _key(k) if isinstance(src, dict) else k
            if isinstance(v, dict | list):
                if depth + 1 >= MAX_DEPTH:
                    warnings.append(
                        f"{pointer(*where, key)}: nested deeper than {MAX_DEPTH} levels;"
                        " replaced by an empty (any) schema"
                    )
                    new: Any = {}
                else:
                    new = {} if isinstance(v, dict) else []
                    stack.append((v, new, depth + 1, (*where, str(key))))
            elif isinstance(v, str | int | float | bool) or v is None:
                new = v
            else:  # dates and other YAML scalars
                new = str(v)
            if isinstance(dst, dict):
                dst[key] = new
            else:
                dst.append(new)
    return root


class RefResolver:
    """Local JSON-pointer resolution with cycle detection on $ref chains."""

    def __init__(self, doc: JSONDict) -> None:
        self.doc = doc

    def lookup(self, ref: str) -> Any:
        """Value at a local reference, or raise SpecError (unresolvable/external)."""
        if not ref.startswith("#"):
            raise SpecError(f"external $ref {ref!r} is not supported")
        frag = unquote(ref[1:])
        node: Any = self.doc
        if frag in ("", "/"):
            return node
        if not frag.startswith("/"):
            raise SpecError(f"$ref {ref!r} is not a JSON pointer")
        for raw in frag[1:].split("/"):
            token = unescape_pointer_token(raw)
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecError(f"$ref {ref!r} does not resolve (no {token!r})")
        return node

    def deref(self, node: Any) -> Any:
        """Follow a chain of $ref objects to a non-$ref value; SpecError on cycle."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"$ref cycle through {ref!r}")
            seen.add(ref)
            node = self.lookup(ref)
        return node


def iter_nodes(root: Any) -> Any:
    """All dicts under root, iteratively (root depth is capped by normalise)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, dict | list))


def spec_version(doc: JSONDict) -> str:
    if isinstance(doc.get("swagger"), str | float | int) and str(doc["swagger"]).startswith("2"):
        return "2.0"
    openapi = doc.get("openapi")
    if isinstance(openapi, str) and openapi.startswith("3.1"):
        return "3.1"
    if isinstance(openapi, str) and openapi.startswith("3."):
        return "3.0"
    if "paths" in doc:
        return "3.0"
    raise SpecError("neither 'openapi: 3.x' nor 'swagger: 2.0' found at the document root")
