"""The pagination style a spec's list operations show, for the question's default.

Each GET operation votes for what it documents: a ``Link`` response header votes
``link``, a ``next_page_uri`` property of its response votes ``next_uri``, and an item-id
cursor (a ``starting_after`` or ``after`` query parameter with a ``has_more`` response
property: what the runtime's cursor pages follow) votes ``cursor``. Opaque-token
cursors (Slack's ``cursor`` with ``response_metadata.next_cursor``) have no style of
their own and vote nothing. The style with the most votes wins (ties in that order: cursor, link,
next_uri); no vote is ``none``. Results are cached on the file's path, size and mtime.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from .loader import RefResolver, SpecError, normalise, read_source

__all__ = ["detect_pagination", "pagination_of"]

_ORDER = ("cursor", "link", "next_uri")
_ITEM_CURSORS = {"starting_after", "after"}
_CACHE: dict[tuple[str, int, int], str] = {}
_MAX_DEPTH = 32


def detect_pagination(path: Path) -> str:
    """``cursor``, ``link``, ``next_uri`` or ``none`` for the spec at ``path``.

    A document that cannot be read is ``none``: its validator reports why.
    """
    try:
        stat = path.stat()
    except OSError:
        return "none"
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _CACHE:
        try:
            raw, _origin = read_source(path)
            doc = normalise(raw, [])
        except Exception:  # the spec question's validator names the problem
            _CACHE[key] = "none"
        else:
            _CACHE[key] = pagination_of(doc) if isinstance(doc, dict) else "none"
    return _CACHE[key]


def pagination_of(doc: dict[str, Any]) -> str:
    """The style of an already loaded document (OpenAPI 3.x or Swagger 2.0)."""
    refs = RefResolver(doc)
    votes: Counter[str] = Counter()
    paths = doc.get("paths")
    for item in (paths or {}).values() if isinstance(paths, dict) else ():
        item = _deref(refs, item)
        get = _deref(refs, item.get("get")) if isinstance(item, dict) else None
        if not isinstance(get, dict) or not isinstance(item, dict):
            continue
        style = _vote(refs, [*_list(item.get("parameters")), *_list(get.get("parameters"))], get)
        if style:
            votes[style] += 1
    if not votes:
        return "none"
    return max(_ORDER, key=lambda style: (votes[style], -_ORDER.index(style)))


def _vote(refs: RefResolver, parameters: list[object], get: dict[str, Any]) -> str:
    responses = _deref(refs, get.get("responses"))
    fields: set[str] = set()
    for code, response in responses.items() if isinstance(responses, dict) else ():
        response = _deref(refs, response)
        if not str(code).startswith("2") or not isinstance(response, dict):
            continue
        headers = _deref(refs, response.get("headers"))
        if isinstance(headers, dict) and any(str(h).lower() == "link" for h in headers):
            return "link"
        for schema in _schemas(response):
            fields |= _properties(refs, schema)
    if "next_page_uri" in fields:
        return "next_uri"
    names = set()
    for parameter in parameters:
        parameter = _deref(refs, parameter)
        if isinstance(parameter, dict) and parameter.get("in") == "query":
            names.add(str(parameter.get("name")))
    return "cursor" if names & _ITEM_CURSORS and "has_more" in fields else ""


def _schemas(response: dict[str, Any]) -> list[object]:
    if "schema" in response:  # Swagger 2.0
        return [response["schema"]]
    content = response.get("content")
    if not isinstance(content, dict):
        return []
    return [m.get("schema") for m in content.values() if isinstance(m, dict)]


def _properties(refs: RefResolver, schema: object, depth: int = 0) -> set[str]:
    """Property names of ``schema``, through ``allOf`` (the shapes list pages take)."""
    schema = _deref(refs, schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return set()
    props = schema.get("properties")
    names = set(props) if isinstance(props, dict) else set()
    for part in _list(schema.get("allOf")):
        names |= _properties(refs, part, depth + 1)
    return names


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _deref(refs: RefResolver, node: object) -> Any:
    """Follow local ``$ref``s; an unresolvable, external or cyclic one is ``None``."""
    try:
        return refs.deref(node)
    except SpecError:
        return None
