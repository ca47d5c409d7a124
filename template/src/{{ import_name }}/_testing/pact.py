"""Consumer contracts: the interactions the tests program on the MockClient, as a Pact file.

While a recorder is active (the generated ``tests/conftest.py`` starts one for the
session), every answer the ``MockBackend`` gives from a fixture or from programming is
recorded: request method, path (with a regex matcher from the route template), query,
body shape; response status and body with type/regex matchers. Injected failures
(``fails(...)``, ``raises(...)``), 5xx and 429 answers (the client acts on their status
alone) and event streams are not interactions of the provider.

The file is Pact specification v3 JSON, written by :func:`write` (see docs/design.md for
why not pact-python). It is deterministic: interactions that differ only in their values
are one interaction, the smallest example is kept, keys and interactions are sorted, and
nothing time- or run-dependent is written. ``metadata.integrationKit`` carries what Pact
has no field for: each interaction's operation and route, the mapper contracts (the
wire fields each ``mapping.py`` mapper reads, per operation) and the webhook handler
contracts (the event types each handler in ``handlers.py`` takes, and the payload fields
its typed event's mapper reads).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import msgspec

__all__ = [
    "PactRecorder",
    "body_paths",
    "build_pact",
    "load_pact",
    "mapper_contracts",
    "matching_rules",
    "paused",
    "recorder",
    "start",
    "stop",
    "webhook_contracts",
    "write",
]

PACT_VERSION = "3.0.0"
_DATETIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$"
_DATE = r"^\d{4}-\d{2}-\d{2}$"
_LOCK = threading.Lock()
_ACTIVE: PactRecorder | None = None


@dataclass(frozen=True)
class _Interaction:
    operation: str
    route: str  # "GET /v1/customers/{customer}"
    request: dict[str, Any]
    response: dict[str, Any]

    def key(self) -> str:
        shapes = (
            self.operation,
            self.request["method"],
            sorted(self.request.get("query", {})),
            _shape_key(self.request.get("body")),
            self.response["status"],
            _shape_key(self.response.get("body")),
        )
        return json.dumps(shapes, sort_keys=True)

    def size(self) -> tuple[int, str]:
        text = json.dumps([self.request, self.response], sort_keys=True, default=str)
        return len(text), text


def _shape_key(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _shape_key(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_shape_key(value[0])] if value else []
    return _kind(value)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object" if isinstance(value, dict) else "array"


def _json_value(body: Any) -> Any:
    """A recorded body as JSON data (``None`` when it is not JSON)."""
    if body is None:
        return None
    if isinstance(body, bytes | str):
        try:
            return json.loads(body)
        except ValueError:
            return None
    return msgspec.to_builtins(body)


class PactRecorder:
    """Collects interactions (thread-safe); one per distinct request/response shape."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_key: dict[str, _Interaction] = {}

    def record(
        self, operation: str, route: str, prefix: str, request: httpx.Request, reply: Any
    ) -> None:
        path = request.url.path
        if prefix and path.startswith(prefix):
            path = path[len(prefix) :] or "/"
        req: dict[str, Any] = {"method": request.method, "path": path}
        query: dict[str, list[str]] = {}
        for key, value in request.url.params.multi_items():
            query.setdefault(key, []).append(value)
        if query:
            req["query"] = query
        kind = request.headers.get("content-type", "").split(";")[0].strip()
        if request.content:
            if "json" in kind:
                req["headers"] = {"Content-Type": kind}
                req["body"] = json.loads(request.content)
            elif "form-urlencoded" in kind:
                req["headers"] = {"Content-Type": kind}
                req["body"] = request.content.decode()
            else:  # multipart and raw uploads: the bytes are the test's, not a shape
                req["headers"] = {"Content-Type": kind or "application/octet-stream"}
        if reply.status >= 500 or reply.status == 429:
            return  # a fault the code handles by status alone: no provider shape relied on
        resp: dict[str, Any] = {"status": int(reply.status)}
        body = _json_value(reply.body)
        if body is not None and reply.status != 204:
            resp["headers"] = {"Content-Type": "application/json"}
            resp["body"] = body
        found = _Interaction(operation, route, req, resp)
        key = found.key()
        with self._lock:
            kept = self._by_key.get(key)
            if kept is None or found.size() < kept.size():
                self._by_key[key] = found

    def interactions(self) -> list[_Interaction]:
        with self._lock:
            return list(self._by_key.values())


def start() -> PactRecorder:
    """Start recording (every MockBackend feeds the one active recorder)."""
    global _ACTIVE
    with _LOCK:
        _ACTIVE = PactRecorder()
        return _ACTIVE


def stop() -> PactRecorder | None:
    global _ACTIVE
    with _LOCK:
        active, _ACTIVE = _ACTIVE, None
        return active


def recorder() -> PactRecorder | None:
    return _ACTIVE


@contextmanager
def paused() -> Iterator[None]:
    """Record nothing inside: for tests that answer with data the provider never sends
    (``@pytest.mark.not_in_contract``: malformed bodies that test the error paths)."""
    global _ACTIVE
    with _LOCK:
        active, _ACTIVE = _ACTIVE, None
    try:
        yield
    finally:
        with _LOCK:
            _ACTIVE = active


def _step(path: str, key: str) -> str:
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}['{key}']"


def matching_rules(value: Any, path: str = "$") -> dict[str, Any]:
    """Pact v3 body matchers: by type everywhere, integer/decimal for numbers, a regex
    for ISO dates and timestamps; arrays by type with their items' rules at ``[*]``."""
    rules: dict[str, Any] = {}
    if isinstance(value, dict):
        rules[path] = {"matchers": [{"match": "type"}]}
        for key in sorted(value):
            rules.update(matching_rules(value[key], _step(path, key)))
    elif isinstance(value, list):
        rules[path] = {"matchers": [{"match": "type", "min": 0}]}
        if value:
            rules.update(matching_rules(value[0], f"{path}[*]"))
    elif isinstance(value, bool) or value is None:
        rules[path] = {"matchers": [{"match": "type"}]}
    elif isinstance(value, int):
        rules[path] = {"matchers": [{"match": "integer"}]}
    elif isinstance(value, float):
        rules[path] = {"matchers": [{"match": "decimal"}]}
    elif isinstance(value, str) and re.match(_DATETIME, value):
        rules[path] = {"matchers": [{"match": "regex", "regex": _DATETIME}]}
    elif isinstance(value, str) and re.match(_DATE, value):
        rules[path] = {"matchers": [{"match": "regex", "regex": _DATE}]}
    else:
        rules[path] = {"matchers": [{"match": "type"}]}
    return rules


def body_paths(value: Any, path: str = "$") -> list[str]:
    """The JSON paths a body has (list items as ``[]``), as the drift command names them."""
    out = [path]
    if isinstance(value, dict):
        for key in sorted(value):
            out += body_paths(value[key], f"{path}.{key}")
    elif isinstance(value, list) and value:
        out += body_paths(value[0], f"{path}[]")
    return out


def _route_regex(template: str) -> str:
    parts = re.split(r"(\{[^{}/]+\})", template)
    return "^" + "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$"


def _description(item: _Interaction, index: int) -> str:
    base = f"{item.operation} {item.request['method']} {item.request['path']}"
    base += f" -> {item.response['status']}"
    return base if index == 0 else f"{base} #{index + 1}"


def mapper_contracts(
    mapping: Any, mapped: Iterable[tuple[str, str, str]]
) -> dict[str, dict[str, Any]]:
    """Each mapper's contract: the wire fields it reads (nested ones dotted, list items
    ``[]``) with the JSON types it accepts for each, and where it applies in each
    operation's response (``$.data[]``)."""
    out: dict[str, dict[str, Any]] = {}
    for operation, const, where in sorted(mapped):
        mapper = getattr(mapping, const, None)
        if mapper is None:
            continue
        entry = out.setdefault(const, {"fields": _mapper_fields(mapper), "operations": {}})
        entry["operations"][operation] = where
    return out


_JSON_TYPES = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    list: "array",
    tuple: "array",
    dict: "object",
}


def _accepted(plan: Any) -> list[str]:
    """The JSON types a mapper field takes ([] when a converter or nested mapper decides)."""
    if plan.check is None:
        return []
    checks = plan.check if isinstance(plan.check, tuple) else (plan.check,)
    kinds = {_JSON_TYPES[c] for c in checks if c in _JSON_TYPES}
    if len(kinds) != len(checks):
        return []
    if "number" in kinds:
        kinds.add("integer")
    if not plan.required:
        kinds.add("null")  # nullable, or a default covers a missing or null value
    return sorted(kinds)


def _mapper_fields(mapper: Any, prefix: str = "", depth: int = 0) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for plan in mapper.plans:
        name = prefix + ".".join(plan.wire)
        fields[name] = _accepted(plan)
        nested = plan.spec.nested
        if nested is not None and depth < 8:
            inner = name + ("[]." if plan.spec.many else ".")
            fields.update(_mapper_fields(nested, inner, depth + 1))
    return dict(sorted(fields.items()))


class _Registrations:
    """Stands in for a ``WebhookRouter`` while ``register(router)`` runs: records each
    (event type, handler, mapper) and dispatches nothing."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Any, Any]] = []

    def add_handler(self, event_type: str, handler: Any, *, mapper: Any = None) -> None:
        self.seen.append((event_type, handler, mapper))

    def on(self, *event_types: str, mapper: Any = None) -> Callable[[Any], Any]:
        def decorate(handler: Any) -> Any:
            for event_type in event_types:
                self.add_handler(event_type, handler, mapper=mapper)
            return handler

        return decorate


def webhook_contracts(register: Callable[[Any], object], preset: str) -> dict[str, Any]:
    """Each webhook handler's contract, from the handlers ``register(router)`` attaches:
    the event types it takes and, when its mapper is a ``payload_mapper(MAPPER)``, the
    payload fields ``MAPPER`` reads with the JSON types it accepts (a handler taking the
    raw ``WebhookEvent`` relies on no field). ``"*"`` (every type) is not a contract."""
    registrations = _Registrations()
    register(registrations)
    handlers: dict[str, dict[str, Any]] = {}
    for event_type, handler, mapper in registrations.seen:
        if event_type == "*":
            continue
        name = str(getattr(handler, "__qualname__", None) or handler)
        loader = getattr(mapper, "mapper", None)
        fields = _mapper_fields(loader) if hasattr(loader, "plans") else {}
        entry = {"events": [event_type], "fields": fields}
        if hasattr(loader, "plans"):
            entry["mapper"] = getattr(getattr(loader, "domain", None), "__name__", repr(loader))
        kept = handlers.get(name)
        if kept is not None and kept["fields"] == fields:
            kept["events"] = sorted({*kept["events"], event_type})
            continue
        handlers[name if kept is None else f"{name} ({event_type})"] = entry
    return {"preset": preset, "handlers": dict(sorted(handlers.items()))}


def build_pact(
    interactions: Iterable[_Interaction],
    *,
    consumer: str,
    provider: str,
    base_path: str = "",
    snapshot: str = "",
    mappers: Mapping[str, Any] | None = None,
    webhooks: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The Pact v3 document of ``interactions`` (sorted, descriptions unique)."""
    ordered = sorted(
        interactions,
        key=lambda i: (i.operation, i.request["path"], i.response["status"], i.key(), i.size()),
    )
    counts: dict[tuple[str, str, str, int], int] = {}
    pact_items: list[dict[str, Any]] = []
    index: dict[str, Any] = {}
    for item in ordered:
        group = (item.operation, item.request["method"], item.request["path"])
        slot = (*group, item.response["status"])
        number = counts.get(slot, 0)
        counts[slot] = number + 1
        description = _description(item, number)
        request = dict(item.request)
        request_rules: dict[str, Any] = {
            "path": {"matchers": [{"match": "regex", "regex": _route_regex(item.route.split()[1])}]}
        }
        if "query" in request:
            request_rules["query"] = {
                key: {"matchers": [{"match": "type", "min": 1}]} for key in sorted(request["query"])
            }
        if isinstance(request.get("body"), dict | list):
            request_rules["body"] = matching_rules(request["body"])
        request["matchingRules"] = request_rules
        response = dict(item.response)
        if "body" in response:
            response["matchingRules"] = {"body": matching_rules(response["body"])}
        pact_items.append({"description": description, "request": request, "response": response})
        index[description] = {"operation": item.operation, "route": item.route}
    return {
        "consumer": {"name": consumer},
        "provider": {"name": provider},
        "interactions": pact_items,
        "metadata": {
            "pactSpecification": {"version": PACT_VERSION},
            "integrationKit": {
                "basePath": base_path,
                "snapshot": snapshot,
                "interactions": index,
                "mappers": dict(mappers or {}),
                **({"webhooks": dict(webhooks)} if webhooks else {}),
            },
        },
    }


def write(document: Mapping[str, Any], path: Path) -> bool:
    """Write the Pact file (sorted keys, 2-space indent); ``False`` when unchanged."""
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def load_pact(path: Path | str) -> dict[str, Any]:
    """A Pact file written by :func:`write`; ``ValueError`` when it is not one."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise ValueError(f"{path} is not a Pact file (no interactions)")
    version = str(data.get("metadata", {}).get("pactSpecification", {}).get("version", ""))
    if not version.startswith(("3.", "4.")):
        raise ValueError(f"{path}: Pact specification {version or '?'} (3 or 4 expected)")
    return data
