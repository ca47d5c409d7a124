"""Compare the stored spec snapshot with a newer spec, for the operations in use.

    python -m <package>._tools.drift NEW [--old SNAPSHOT] [--contract PACT] [--json]

``NEW`` is a file (JSON, or YAML with PyYAML installed) or an http(s) URL; ``--old``
defaults to ``docs/external_api_specs/<package>.json``, the snapshot the client was
generated from. Reported: removed operations, new required parameters, removed or
renamed fields, type changes, removed enum values (breaking when they affect what the
client sends or decodes). With the consumer contract (``--contract``, by default
``contracts/<package>.pact.json`` when it exists) the breaking changes are also named by
the recorded interactions, the ``mapping.py`` mappers and the webhook handlers they break
(an event type no longer documented, a payload field a handler reads removed or
retyped). Exit status 1 when anything breaking was found, 2 on bad input.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .events import handler_problems
from .schemas import EMPTY, deref, enum_values, object_view, type_set

__all__ = ["Broken", "Change", "broken_by", "compare", "load_spec", "main"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_MAX_DEPTH = 32


@dataclass(frozen=True)
class Change:
    """One difference: ``where`` is ``METHOD /path`` plus a JSON path into the payload."""

    breaking: bool
    kind: str
    where: str
    detail: str

    def line(self) -> str:
        flag = "BREAKING" if self.breaking else "ok      "
        return f"{flag} {self.kind:<22} {self.where}: {self.detail}"


def _norm(path: str) -> str:
    return re.sub(r"\{[^{}]*\}", "{}", path)


def _operations(doc: Mapping[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    out = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            if isinstance(item.get(method), Mapping):
                op = dict(item[method])
                op["parameters"] = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
                out[(method.upper(), _norm(path))] = (path, op)
    return out


class _Comparer:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._seen: set[tuple[int, int, str]] = set()
        self._queue: deque[tuple[Any, Any, str, str, int]] = deque()
        self._index: dict[tuple[str, object], int] = {}

    def add(self, breaking: bool, kind: str, where: str, detail: str, ident: object = None) -> None:
        """Record a change; one found again (same ``ident``) keeps its shortest path."""
        change = Change(breaking, kind, where, detail)
        if ident is None:
            self.changes.append(change)
            return
        key = (kind, ident)
        index = self._index.get(key)
        if index is None:
            self._index[key] = len(self.changes)
            self.changes.append(change)
        elif where.count(".") < self.changes[index].where.count("."):
            self.changes[index] = change

    def schema(self, old: Any, new: Any, where: str, direction: str, depth: int = 0) -> None:
        """Compare two schemas; ``direction`` is "request" (we send) or "response" (we read).

        Breadth first: nested schemas are queued, so each shared component is compared
        once, at its shortest path from the operation (the one reported)."""
        self._queue.append((old, new, where, direction, depth))
        if len(self._queue) > 1:
            return  # an outer call is draining the queue
        while self._queue:
            self._visit(*self._queue[0])
            self._queue.popleft()

    def _visit(self, old: Any, new: Any, where: str, direction: str, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        key = (id(old), id(new), direction)  # the documents are not mutated: ids are stable
        if key in self._seen:
            return
        self._seen.add(key)
        old_s, _ = deref(old, self.old)
        new_s, _ = deref(new, self.new)
        if old_s is not old or new_s is not new:  # followed a reference: key the target too
            key = (id(old_s), id(new_s), direction)
            if key in self._seen:
                return
            self._seen.add(key)
        self._types(old_s, new_s, where, direction)
        self._enums(old_s, new_s, where, direction)
        old_props, old_req = object_view(old_s, self.old)
        new_props, new_req = object_view(new_s, self.new)
        removed = [n for n in old_props if n not in new_props]
        added = [n for n in new_props if n not in old_props]
        for name in removed:
            hint = self._rename(old_props[name], {n: new_props[n] for n in added})
            detail = f"field removed{hint}"
            self.add(True, "field-removed", f"{where}.{name}", detail, id(old_props[name]))
        for name in added:
            if direction == "request" and name in new_req:
                ident = id(new_props[name])
                self.add(True, "new-required-field", f"{where}.{name}", "must now be sent", ident)
            else:
                ident = id(new_props[name])
                self.add(False, "field-added", f"{where}.{name}", "new optional field", ident)
        for name, old_prop in old_props.items():
            if name not in new_props:
                continue
            here = f"{where}.{name}"
            if direction == "response" and name in old_req and name not in new_req:
                self.add(True, "field-now-optional", here, "may now be missing", id(old_prop))
            if direction == "request" and name in new_req and name not in old_req:
                self.add(True, "field-now-required", here, "must now be sent", id(old_prop))
            self.schema(old_prop, new_props[name], here, direction, depth + 1)
        if "items" in old_s and "items" in new_s:
            self.schema(old_s["items"], new_s["items"], f"{where}[]", direction, depth + 1)

    def _rename(self, old_prop: Any, candidates: Mapping[str, Any]) -> str:
        kinds = type_set(deref(old_prop, self.old)[0], self.old)
        same = [
            n for n, s in candidates.items() if type_set(deref(s, self.new)[0], self.new) == kinds
        ]
        return f" (renamed to {same[0]}?)" if len(same) == 1 else ""

    def _types(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: str, direction: str
    ) -> None:
        old_t, new_t = type_set(old, self.old), type_set(new, self.new)
        if not old_t or not new_t or old_t == new_t:
            return
        if direction == "response":  # we must decode every type the provider may send
            breaking = bool(new_t - _widen(old_t))
        else:  # the provider must accept every type we may send
            breaking = bool(old_t - _widen(new_t))
        detail = f"type {'|'.join(sorted(old_t))} → {'|'.join(sorted(new_t))}"
        self.add(breaking, "type-changed", where, detail, (id(old), direction))

    def _enums(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: str, direction: str
    ) -> None:
        old_e, new_e = enum_values(old, self.old), enum_values(new, self.new)
        if old_e is None or new_e is None:
            return
        gone, came = sorted(old_e - new_e), sorted(new_e - old_e)
        if gone:
            # We may still send a removed value; we simply stop receiving one.
            ident = (id(old), direction)
            self.add(direction == "request", "enum-value-removed", where, ", ".join(gone), ident)
        if came:
            # A new value we may receive maps to UNKNOWN in the domain layer.
            self.add(False, "enum-value-added", where, ", ".join(came), (id(old), direction))

    def operation(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self._seen = set()  # each operation reports from its own (shortest) paths
        self._parameters(label, old, new)
        old_body, new_body = _body_schema(old), _body_schema(new)
        if old_body is None and new_body is not None and _body_required(new):
            self.add(True, "new-required-body", label, "a request body is now required")
        elif old_body is not None and new_body is not None:
            self.schema(old_body, new_body, f"{label} body $", "request")
        old_resp, new_resp = _response_schema(old), _response_schema(new)
        if old_resp is not None and new_resp is None:
            self.add(True, "response-removed", label, "the success response has no JSON body")
        elif old_resp is not None and new_resp is not None:
            self.schema(old_resp[1], new_resp[1], f"{label} {old_resp[0]} $", "response")

    def _parameters(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        def index(
            op: Mapping[str, Any], doc: Mapping[str, Any]
        ) -> dict[tuple[str, str], dict[str, Any]]:
            out = {}
            for raw in op.get("parameters") or []:
                param = deref(raw, doc)[0]
                out[(str(param.get("in")), str(param.get("name")))] = param
            return out

        old_p, new_p = index(old, self.old), index(new, self.new)
        for key, param in new_p.items():
            where = f"{label} {key[0]} parameter {key[1]}"
            if key not in old_p and param.get("required"):
                self.add(True, "new-required-param", where, "must now be sent")
            elif key in old_p and param.get("required") and not old_p[key].get("required"):
                self.add(True, "param-now-required", where, "must now be sent")
        for key, param in old_p.items():
            where = f"{label} {key[0]} parameter {key[1]}"
            if key not in new_p:
                self.add(True, "param-removed", where, "the client still sends it")
                continue
            self.schema(
                param.get("schema") or EMPTY, new_p[key].get("schema") or EMPTY, where, "request"
            )


def _widen(kinds: set[str]) -> set[str]:
    """A ``number`` slot also takes integers."""
    return kinds | {"integer"} if "number" in kinds else kinds


def _body_schema(op: Mapping[str, Any]) -> Any:
    for media, content in ((op.get("requestBody") or {}).get("content") or {}).items():
        if "json" in media or "form" in media:
            return content.get("schema") or EMPTY
    return None


def _body_required(op: Mapping[str, Any]) -> bool:
    return bool((op.get("requestBody") or {}).get("required"))


def _response_schema(op: Mapping[str, Any]) -> tuple[str, Any] | None:
    for status, response in sorted((op.get("responses") or {}).items()):
        if not str(status).startswith("2") or not isinstance(response, Mapping):
            continue
        for media, content in (response.get("content") or {}).items():
            if "json" in media:
                return str(status), content.get("schema") or EMPTY
    return None


def compare(
    old: Mapping[str, Any], new: Mapping[str, Any], *, operations: Iterable[str] | None = None
) -> list[Change]:
    """Changes from ``old`` to ``new`` for the operations of ``old`` (or those named, by
    operationId or ``METHOD /path``). Operations are matched by method and path (path
    parameter names may differ), then by operationId."""
    wanted = set(operations) if operations is not None else None
    new_ops = _operations(new)
    by_id = {
        op.get("operationId"): key for key, (_, op) in new_ops.items() if op.get("operationId")
    }
    comparer = _Comparer(old, new)
    if str(new.get("swagger", "")).startswith("2"):
        raise ValueError("the new document is Swagger 2.0; convert it to OpenAPI 3 first")
    for key, (path, op) in sorted(_operations(old).items()):
        label = f"{key[0]} {path}"
        if wanted is not None and op.get("operationId") not in wanted and label not in wanted:
            continue
        found = new_ops.get(key)
        if found is None and op.get("operationId") in by_id:
            moved = by_id[op["operationId"]]
            comparer.add(True, "operation-moved", label, f"now {moved[0]} {new_ops[moved][0]}")
            continue
        if found is None:
            comparer.add(True, "operation-removed", label, "no longer in the spec")
            continue
        if found[1].get("deprecated") and not op.get("deprecated"):
            comparer.add(False, "operation-deprecated", label, "marked deprecated")
        comparer.operation(label, op, found[1])
    return comparer.changes


@dataclass(frozen=True)
class Broken:
    """A recorded interaction or a mapper that a breaking change breaks."""

    # "interaction <description>", "mapper <NAME> (<field>) in <operation>" or
    # "handler <name> (<field>) for <event type>"
    subject: str
    change: Change

    def line(self) -> str:
        return (
            f"BROKEN {self.subject}: {self.change.kind} {self.change.where}: {self.change.detail}"
        )


#: changes every interaction of the operation is broken by, whatever it sent or received
_WHOLE_OPERATION = {
    "operation-removed",
    "operation-moved",
    "new-required-body",
    "new-required-param",
    "param-now-required",
    "new-required-field",
    "field-now-required",
    "response-removed",
}


def _paths(value: Any, path: str = "$") -> set[str]:
    out = {path}
    if isinstance(value, dict):
        for key, item in value.items():
            out |= _paths(item, f"{path}.{key}")
    elif isinstance(value, list) and value:
        out |= _paths(value[0], f"{path}[]")
    return out


def _form_paths(body: str) -> set[str]:
    """``a[b][0]=x`` form keys as the JSON paths ``$.a.b[]`` (and their parents)."""
    from urllib.parse import parse_qsl

    out = {"$"}
    for key, _ in parse_qsl(body, keep_blank_values=True):
        head, *rest = re.findall(r"[^\[\]]+|\[\]", key.replace("][", "].["))
        path = f"$.{head}"
        out.add(path)
        for part in rest:
            part = part.strip(".")
            path += "[]" if part.isdigit() or part == "[]" else f".{part}"
            out.add(path)
    return out


def _affects(path: str, recorded: set[str]) -> bool:
    """A change at ``path`` touches a recorded body that has the field (or a parent of a
    removed field: removing a field the body never had breaks nothing it relies on)."""
    return path in recorded


def broken_by(
    old: Mapping[str, Any], new: Mapping[str, Any], contract: Mapping[str, Any]
) -> list[Broken]:
    """The recorded interactions and mappers of the Pact file ``contract`` that the
    breaking changes from ``old`` to ``new`` break. Each recorded operation is compared
    on its own, so a shared schema's change is found in every operation using it; an
    interaction is broken when it sent or received what changed, or when a mapper that
    reads its response reads what changed."""
    meta = (contract.get("metadata") or {}).get("integrationKit") or {}
    index: dict[str, Any] = meta.get("interactions") or {}
    by_operation: dict[str, list[dict[str, Any]]] = {}
    routes: dict[str, str] = {}
    for interaction in contract.get("interactions") or []:
        entry = index.get(interaction.get("description")) or {}
        if entry.get("operation") and entry.get("route"):
            by_operation.setdefault(entry["operation"], []).append(interaction)
            routes[entry["operation"]] = entry["route"]
    out: list[Broken] = []
    for operation, route in sorted(routes.items()):
        changes = [c for c in compare(old, new, operations=[route]) if c.breaking]
        for change in changes:
            detail = change.where[len(route) :].strip()
            readers = _mapper_readers(meta, operation, detail)
            for name in readers:
                out.append(Broken(f"mapper {name} in {operation}", change))
            for interaction in by_operation[operation]:
                status = str((interaction.get("response") or {}).get("status"))
                via = readers and detail.split(" ", 1)[0] == status
                if via or _breaks(change, detail, interaction):
                    out.append(Broken(f"interaction {interaction['description']!r}", change))
    return out + _broken_handlers(old, new, meta.get("webhooks") or {})


def _broken_handlers(
    old: Mapping[str, Any], new: Mapping[str, Any], webhooks: Mapping[str, Any]
) -> list[Broken]:
    """The webhook handlers whose contract ``new`` breaks and ``old`` did not."""
    before = set(handler_problems(old, webhooks))
    out = []
    for problem in handler_problems(new, webhooks):
        if problem not in before:
            where = f"webhook {problem.event}" + (f" $.{problem.field}" if problem.field else "")
            out.append(Broken(problem.subject(), Change(True, problem.kind, where, problem.detail)))
    return out


def _mapper_readers(meta: Mapping[str, Any], operation: str, detail: str) -> list[str]:
    """``NAME (field)`` of the mappers reading the response field ``detail`` changed."""
    status, _, where = detail.partition(" ")
    if not status[:1].isdigit() or not where.startswith("$"):
        return []
    out = []
    for name, mapper in sorted((meta.get("mappers") or {}).items()):
        base = (mapper.get("operations") or {}).get(operation)
        if base is None:
            continue
        for field in mapper.get("fields") or []:
            full = f"{base}.{field}"
            if full == where or full.startswith((where + ".", where + "[]")):
                out.append(f"{name} ({field})")
                break
    return out


def _breaks(change: Change, detail: str, interaction: Mapping[str, Any]) -> bool:
    if change.kind in _WHOLE_OPERATION or not detail:
        return True
    request, response = interaction.get("request") or {}, interaction.get("response") or {}
    head, _, where = detail.partition(" ")
    if head == "body":
        body = request.get("body")
        recorded = _form_paths(body) if isinstance(body, str) else _paths(body)
        return body is not None and _affects(where, recorded)
    if where.startswith("parameter "):
        name = where.removeprefix("parameter ")
        if head == "query":
            return name in (request.get("query") or {})
        return True  # path parameters are always sent; headers are not recorded
    if head[:1].isdigit():
        if str(response.get("status")) != head or "body" not in response:
            return False
        return _affects(where, _paths(response["body"]))
    return True


def load_spec(source: str) -> dict[str, Any]:
    """A spec from a path or an http(s) URL (JSON, or YAML when PyYAML is installed)."""
    if source.startswith(("http://", "https://")):
        import httpx

        response = httpx.get(source, timeout=30.0, follow_redirects=True)
        response.raise_for_status()
        text = response.text
    else:
        text = Path(source).read_text(encoding="utf-8")
    if text.lstrip().startswith("{"):
        data = json.loads(text)
    else:
        try:
            yaml: Any = importlib.import_module("yaml")
        except ImportError:
            raise ValueError(f"{source} is YAML: install PyYAML, or convert it to JSON") from None
        data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"{source} is not an OpenAPI document")
    return data


def main(argv: Sequence[str] | None = None) -> int:
    package = (__package__ or "package").split(".")[0]
    parser = argparse.ArgumentParser(
        prog=f"python -m {package}._tools.drift", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("new", help="the newer spec: a file or an http(s) URL")
    parser.add_argument(
        "--old", default=f"docs/external_api_specs/{package}.json", help="the stored snapshot"
    )
    parser.add_argument(
        "--operation", action="append", help="only this operationId or 'METHOD /path'"
    )
    parser.add_argument(
        "--contract",
        default=f"contracts/{package}.pact.json",
        help="the recorded consumer contract (Pact JSON); skipped when the file is absent",
    )
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    parser.add_argument("--all", action="store_true", help="also list non-breaking changes")
    args = parser.parse_args(argv)
    try:
        old, new = load_spec(args.old), load_spec(args.new)
        changes = compare(old, new, operations=args.operation)
        contract: dict[str, Any] | None = None
        if Path(args.contract).is_file():
            contract = json.loads(Path(args.contract).read_text(encoding="utf-8"))
            if not isinstance(contract, dict) or "interactions" not in contract:
                raise ValueError(f"{args.contract} is not a Pact file")
    except (OSError, ValueError) as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 2
    breaking = [c for c in changes if c.breaking]
    broken = broken_by(old, new, contract) if contract is not None else []
    if args.json:
        report = [asdict(c) for c in changes]
        if contract is not None:  # each change with what of the contract it breaks
            report += [{"broken": b.subject, **asdict(b.change)} for b in broken]
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for change in changes if args.all else breaking:
            print(change.line())
        for item in broken:
            print(item.line())
        print(f"{len(breaking)} breaking, {len(changes) - len(breaking)} non-breaking change(s)")
        if contract is not None:
            subjects = {b.subject for b in broken}
            print(f"{len(subjects)} recorded interaction(s)/mapper(s)/handler(s) broken")
    return 1 if breaking or broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
