"""The OpenAPI snapshot: the selected operations, the webhook payloads of the event types
the handlers take (``webhooks``/``x-webhooks``), and the components they reach."""

from __future__ import annotations

from typing import Any

from .loader import JSONDict, RefResolver, SpecError, unescape_pointer_token

_COMPONENT = "#/components/"


def _component_key(ref: str) -> tuple[str, str] | None:
    if not ref.startswith(_COMPONENT):
        return None
    parts = ref[len(_COMPONENT) :].split("/")
    if len(parts) != 2:
        return None
    return parts[0], unescape_pointer_token(parts[1])


class _Copier:
    def __init__(self, doc: JSONDict, warnings: list[str]) -> None:
        self.resolver = RefResolver(doc)
        self.warnings = warnings
        self.wanted: dict[tuple[str, str], Any] = {}
        self.queue: list[tuple[str, str]] = []
        self._inlining: set[str] = set()

    def copy(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.copy(v) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            key = _component_key(ref)
            if key is not None:
                try:
                    target = self.resolver.lookup(ref)
                except SpecError:
                    return {}
                if key not in self.wanted:
                    self.wanted[key] = target
                    self.queue.append(key)
                return {k: self.copy(v) for k, v in node.items()}
            # another local pointer (or a broken/external one): inline what it points at
            if ref in self._inlining:
                return {}
            try:
                target = self.resolver.lookup(ref)
            except SpecError:
                return {}
            self._inlining.add(ref)
            try:
                return self.copy(target)
            finally:
                self._inlining.discard(ref)
        out = {k: self.copy(v) for k, v in node.items()}
        if "default" in out and out["default"] is None and not _admits_null(out):
            del out["default"]  # an invalid default would stop validators and mock servers
        return out


def _admits_null(schema: JSONDict) -> bool:
    t = schema.get("type")
    return (
        schema.get("nullable") is True
        or t == "null"
        or (isinstance(t, list) and "null" in t)
        or "type" not in schema
    )


def _fix_operation(op: JSONDict) -> JSONDict:
    responses = op.get("responses")
    if not isinstance(responses, dict) or not responses:
        responses = {"default": {"description": "response"}}
    for resp in responses.values():
        if (
            isinstance(resp, dict)
            and "$ref" not in resp
            and not isinstance(resp.get("description"), str)
        ):
            resp["description"] = ""
    op["responses"] = responses
    _fix_parameters(op)
    return op


def _fix_parameters(holder: JSONDict) -> None:
    params = holder.get("parameters")
    if isinstance(params, list):
        for p in params:
            if isinstance(p, dict) and p.get("in") == "path":
                p["required"] = True


_WEBHOOK_SECTIONS = ("webhooks", "x-webhooks")


def _event_header(operation: Any, resolver: RefResolver) -> str:
    """The ``X-GitHub-Event`` header example of a webhook operation ("" if none)."""
    params = operation.get("parameters") if isinstance(operation, dict) else None
    for raw in params if isinstance(params, list) else []:
        param = raw
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            try:
                param = resolver.lookup(raw["$ref"])
            except SpecError:
                continue
        if isinstance(param, dict) and str(param.get("name", "")).lower() == "x-github-event":
            return str(param.get("example", ""))
    return ""


def _documents_event(name: str, item: Any, event: str, resolver: RefResolver) -> bool:
    """Whether webhook entry ``name`` is a payload of ``event``, by the rules the generated
    ``_tools/events.py`` finds it with: named for the type (``response.completed``, OpenAI's
    ``response_completed``) or one of its actions (``issues-opened``), or its
    ``X-GitHub-Event`` example is the type."""
    if name in (event, event.replace(".", "_")) or name.startswith(event + "-"):
        return True
    operations = item.values() if isinstance(item, dict) else ()
    return any(_event_header(op, resolver) == event for op in operations)


def _webhooks(doc: JSONDict, events: list[str], copier: _Copier) -> JSONDict:
    out: JSONDict = {}
    for section in _WEBHOOK_SECTIONS:
        entries = doc.get(section)
        if not isinstance(entries, dict) or not events:
            continue
        kept = {
            name: copier.copy(item)
            for name, item in entries.items()
            if any(_documents_event(name, item, e, copier.resolver) for e in events)
        }
        if kept:
            out[section] = kept
    return out


def build_snapshot(
    doc: JSONDict,
    version: str,
    selected: list[tuple[str, str]],
    warnings: list[str],
    webhook_events: list[str] | None = None,
) -> dict[str, Any]:
    copier = _Copier(doc, warnings)
    openapi = doc.get("openapi")
    if version == "2.0" or not isinstance(openapi, str):
        openapi = "3.0.3"
    info = doc.get("info") if isinstance(doc.get("info"), dict) else {}
    assert isinstance(info, dict)
    out: JSONDict = {"openapi": openapi}
    new_info = copier.copy(info)
    new_info["title"] = info.get("title") if isinstance(info.get("title"), str) else "API"
    new_info["version"] = str(info.get("version") or "0")
    out["info"] = new_info
    for key in ("jsonSchemaDialect", "servers", "security", "tags", "externalDocs"):
        if key in doc:
            out[key] = copier.copy(doc[key])
    paths: JSONDict = {}
    raw_paths = doc.get("paths") if isinstance(doc.get("paths"), dict) else {}
    assert isinstance(raw_paths, dict)
    for path, method in selected:
        item = raw_paths.get(path)
        if isinstance(item, dict) and "$ref" in item:
            try:
                item = copier.resolver.deref(item)
            except SpecError:
                continue
        if not isinstance(item, dict):
            continue
        new_item = paths.get(path)
        if new_item is None:
            new_item = {
                k: copier.copy(v)
                for k, v in item.items()
                if k in ("summary", "description", "servers", "parameters")
            }
            _fix_parameters(new_item)
            paths[path] = new_item
        new_item[method] = _fix_operation(copier.copy(item[method]))
    out["paths"] = paths
    out.update(_webhooks(doc, list(webhook_events or []), copier))

    components = doc.get("components") if isinstance(doc.get("components"), dict) else {}
    assert isinstance(components, dict)
    schemes = components.get("securitySchemes")
    if isinstance(schemes, dict):
        for name in schemes:
            copier.wanted.setdefault(("securitySchemes", name), schemes[name])
            copier.queue.append(("securitySchemes", name))
    new_components: dict[str, JSONDict] = {}
    done: set[tuple[str, str]] = set()
    while copier.queue:
        ckey = copier.queue.pop()
        if ckey in done:
            continue
        done.add(ckey)
        kind, cname = ckey
        value = copier.copy(copier.wanted[ckey])
        if kind == "responses" and isinstance(value, dict) and "$ref" not in value:
            value.setdefault("description", "")
        new_components.setdefault(kind, {})[cname] = value
    if new_components:
        out["components"] = {k: dict(sorted(v.items())) for k, v in sorted(new_components.items())}
    return out
