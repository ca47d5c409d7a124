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
import re
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

MAX_DEPTH = 200

JSONDict = dict[str, Any]


MAX_NODES = 2_000_000  # expanded (aliases counted each time): 8x GitHub's whole document

_ANCHOR_RE = re.compile(r"(?:^|[\s\[{,:-])&[^\s\[\]{},]")


class SpecError(ValueError):
    """The document cannot be used; the message names the location (JSON pointer or line).

    ``summary`` is a short form for the questionnaire's first line (may be empty).
    """

    def __init__(self, message: str, *, summary: str = "") -> None:
        super().__init__(message)
        self.summary = summary


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


def measure(root: Any, children: Callable[[Any], Iterable[Any]]) -> tuple[str, Any] | None:
    """Check a graph whose nodes may be shared (YAML aliases) without expanding it.

    Returns ``(problem, node)`` for the innermost node that closes a cycle
    (``"cycle"``), expands to more than MAX_NODES nodes (``"nodes"``) or nests deeper
    than MAX_DEPTH (``"depth"``); ``None`` when the expanded document is bounded.
    """
    done: dict[int, tuple[int, int]] = {}  # id -> (expanded size, height)
    open_: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        key = id(node)
        kids = list(children(node))
        if not expanded:
            if key in done:
                continue
            open_.add(key)
            stack.append((node, True))
            for kid in kids:
                if id(kid) in open_:
                    return "cycle", node
                if id(kid) not in done:
                    stack.append((kid, False))
            continue
        open_.discard(key)
        size = 1 + sum(done[id(k)][0] for k in kids)
        height = 1 + max((done[id(k)][1] for k in kids), default=0)
        if size > MAX_NODES:
            return "nodes", node
        if height > MAX_DEPTH + 1:
            return "depth", node
        done[key] = (size, height)
    return None


def _plain_children(node: Any) -> Iterable[Any]:
    if isinstance(node, dict):
        return [v for v in node.values() if isinstance(v, dict | list)]
    if isinstance(node, list):
        return [v for v in node if isinstance(v, dict | list)]
    return []


def _node_children(node: yaml.Node) -> Iterable[Any]:
    if isinstance(node, yaml.MappingNode):
        return [
            part for pair in node.value for part in pair if not isinstance(part, yaml.ScalarNode)
        ]
    if isinstance(node, yaml.SequenceNode):
        return [v for v in node.value if not isinstance(v, yaml.ScalarNode)]
    return []


_PROBLEMS = {
    "cycle": "a YAML alias refers to a node that contains it",
    "nodes": f"YAML aliases expand to more than {MAX_NODES:,} nodes",
    "depth": f"YAML aliases nest deeper than {MAX_DEPTH} levels",
}


def _check_aliases(data: Any, text: str, origin: str) -> None:
    """Refuse an alias bomb (or a recursive alias), naming the line where it expands."""
    found = measure(data, _plain_children)
    if found is None:
        return
    line = ""
    try:  # the document is small (it is aliases that make it big): compose it for marks
        composed = yaml.compose(text, Loader=yaml.SafeLoader)
        where = measure(composed, _node_children) if composed is not None else None
        if where is not None:
            line = f"line {where[1].start_mark.line + 1}: "
    except yaml.YAMLError:  # pragma: no cover - it was parsed a moment ago
        pass
    raise SpecError(
        f"{origin}: {line}{_PROBLEMS[found[0]]}",
        summary=f"YAML alias bomb ({line.rstrip(': ') or 'refused'}).",
    )


def _yaml_where(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""


_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKeyLoader(_BASE_LOADER):  # type: ignore[misc]
    """The safe loader, noting each mapping key given twice (YAML says keys are unique;
    PyYAML keeps the last value, so the first one would vanish without a word)."""

    duplicates: list[tuple[str, int, int]]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        first: dict[str, int] = {}
        for key_node, _value in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                line = key_node.start_mark.line + 1
                if key_node.value in first:
                    self.duplicates.append((key_node.value, first[key_node.value], line))
                else:
                    first[key_node.value] = line
        return super().construct_mapping(node, deep=deep)


def _load_yaml(text: str, origin: str, warnings: list[str] | None) -> Any:
    loader = _DuplicateKeyLoader(text)
    loader.duplicates = []
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    if warnings is not None:
        name = Path(origin).name  # the file's name: reports never hold this machine's paths
        for key, first, line in loader.duplicates:
            warnings.append(
                f"{name}:{line}: duplicate key {key!r} (first at line {first}): the value"
                f" at line {first} is dropped, the one at line {line} is kept"
            )
    return data


def parse_text(text: str, *, origin: str = "<string>", warnings: list[str] | None = None) -> Any:
    """JSON or YAML; a parse error becomes a SpecError naming the line and column.

    YAML keys given twice are noted in ``warnings`` with both lines."""
    stripped = text.lstrip()
    json_error: json.JSONDecodeError | None = None
    if stripped.startswith(("{", "[")) or origin.lower().endswith(".json"):
        try:
            return json.loads(text)
        except RecursionError:
            return _deep_json_loads(text)
        except json.JSONDecodeError as exc:
            json_error = exc  # maybe YAML flow style; fall through
    try:
        data = _load_yaml(text, origin, warnings)
    except yaml.YAMLError as exc:
        if json_error is not None:
            where = f"line {json_error.lineno}, column {json_error.colno}"
            raise SpecError(
                f"{origin}: not valid JSON ({where}): {json_error.msg}",
                summary=f"not valid JSON ({where.replace('column', 'col')}).",
            ) from exc
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        where = _yaml_where(exc)
        raise SpecError(
            f"{origin}: not valid YAML{where}: {problem}",
            summary=f"not valid YAML{where.replace('column', 'col')}.",
        ) from exc
    except RecursionError as exc:
        raise SpecError(f"{origin}: document is nested too deeply to parse") from exc
    if _ANCHOR_RE.search(text):
        _check_aliases(data, text, origin)
    return data


def read_source(
    source: str | Path | dict[str, Any], warnings: list[str] | None = None
) -> tuple[Any, str]:
    if isinstance(source, dict):
        return source, "<dict>"
    if isinstance(source, Path) or (
        isinstance(source, str) and "\n" not in source and len(source) < 4096
    ):
        path = Path(source)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            return parse_text(text, origin=str(path), warnings=warnings), str(path)
        if isinstance(source, Path):
            raise SpecError(f"spec file not found: {path}")
    return parse_text(str(source), warnings=warnings), "<string>"


def _key(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


def _text(value: str, where: tuple[str, ...], warnings: list[str]) -> str:
    """``value``, with lone surrogates (unencodable in UTF-8) escaped as ``\\udXXX``."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        warnings.append(
            f"{pointer(*where)}: text with a lone surrogate (not encodable as UTF-8);"
            " escaped as \\uXXXX"
        )
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def normalise(doc: Any, warnings: list[str]) -> JSONDict:
    """Copy ``doc`` iteratively: string keys, depth capped at MAX_DEPTH, JSON-ish values.

    A node reached twice (a YAML alias) is copied once and stays shared, so an alias
    bomb costs its written size, not its expanded size; a shared graph is then measured
    (:func:`measure`) and refused when it would expand past MAX_NODES or loop.
    """
    if not isinstance(doc, dict):
        raise SpecError(
            "the document root is not a mapping (expected an OpenAPI object)",
            summary="not an OpenAPI document.",
        )
    root: JSONDict = {}
    copies: dict[int, Any] = {id(doc): root}
    shared = False
    # stack of (source container, target container, depth, pointer tokens)
    stack: list[tuple[Any, Any, int, tuple[str, ...]]] = [(doc, root, 0, ())]
    while stack:
        src, dst, depth, where = stack.pop()
        items = src.items() if isinstance(src, dict) else enumerate(src)
        for k, v in items:
            key = _text(_key(k), (*where, _key(k)), warnings) if isinstance(src, dict) else k
            if isinstance(v, dict | list):
                if id(v) in copies:
                    new: Any = copies[id(v)]
                    shared = True
                elif depth + 1 >= MAX_DEPTH:
                    warnings.append(
                        f"{pointer(*where, key)}: nested deeper than {MAX_DEPTH} levels;"
                        " replaced by an empty (any) schema"
                    )
                    new = {}
                else:
                    new = {} if isinstance(v, dict) else []
                    copies[id(v)] = new
                    stack.append((v, new, depth + 1, (*where, str(key))))
            elif isinstance(v, str):
                new = _text(v, (*where, str(key)), warnings)
            elif isinstance(v, int | float | bool) or v is None:
                new = v
            else:  # dates and other YAML scalars
                new = str(v)
            if isinstance(dst, dict):
                dst[key] = new
            else:
                dst.append(new)
    if shared and (found := measure(root, _plain_children)) is not None:
        raise SpecError(_PROBLEMS[found[0]].replace("YAML aliases", "shared nodes"))
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
    raise SpecError(
        "neither 'openapi: 3.x' nor 'swagger: 2.0' found at the document root",
        summary="not an OpenAPI document.",
    )
