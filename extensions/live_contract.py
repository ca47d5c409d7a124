"""What the live contract tests call beyond argument-less reads (issue 21, item 2).

Computed at render time and printed as data in ``tests/contract/test_contract.py``:

- **reads with arguments**: a JSON ``GET`` whose required arguments (beyond those the
  client fills itself) are all path or query scalars; it runs when
  ``<PREFIX>_CONTRACT_ARGS`` supplies each of them by wire name (the plan maps wire
  names to the method's keyword names), else it is skipped naming what is missing;
- **list → retrieve**: a ``GET <collection>/{id}`` with a list of the same collection
  (``GET <collection>``, argument-less or a read with arguments): the test takes the
  first item's id from the live list; any other argument (``owner``, ``repo``) comes
  from ``<PREFIX>_CONTRACT_ARGS`` like a read's;
- **create → delete**: a ``create`` (``POST <collection>``) whose required arguments are
  all body fields with a scalar example, default or enum in the spec, and whose object
  a ``DELETE <collection>/{id}`` removes again;
- **not run**: every other read and write, with why (the report lists them as skipped).

The rules are deliberately conservative: a write runs only when the spec itself gives
every value it needs and the object it creates has a way back.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["live_plan"]

_EXTENSION = re.compile(r"\.(json|xml)$")
_TRAILING_PARAM = re.compile(r"^(?P<collection>.*)/\{(?P<param>[^/{}]+)\}$")
_SCALARS = (str, int, float, bool)
_WRITES = ("POST", "PUT", "PATCH", "DELETE")
#: argument types a JSON scalar from ``<PREFIX>_CONTRACT_ARGS`` can stand for
_SCALAR_HINTS = ("str", "int", "float", "bool")


def _deref(snapshot: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` chains (a few hops; anything else is returned as is)."""
    for _ in range(16):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = snapshot
        for part in node["$ref"].removeprefix("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        node = target
    return node


def _split(path: str) -> tuple[str, str, str] | None:
    """``(collection, param, extension)`` of a path ending in a parameter, else None."""
    match = _EXTENSION.search(path)
    ext = match.group(0) if match else ""
    found = _TRAILING_PARAM.match(path.removesuffix(ext) if ext else path)
    if found is None:
        return None
    return found.group("collection") + ext, found.group("param"), ext


def _item_path(collection: str) -> str:
    """``<collection>/{id}``, an extension kept last (``/Calls/{id}.json``)."""
    match = _EXTENSION.search(collection)
    ext = match.group(0) if match else ""
    return f"{collection.removesuffix(ext) if ext else collection}/{{id}}{ext}"


def _json_schema(snapshot: dict[str, Any], op: Any) -> dict[str, Any]:
    """The first 2xx JSON response schema of an operation, dereferenced ({} if none)."""
    raw = snapshot.get("paths", {}).get(op.path, {}).get(op.http_method.lower(), {})
    for status, response in sorted((raw.get("responses") or {}).items()):
        if not str(status).startswith("2"):
            continue
        for media, content in (_deref(snapshot, response).get("content") or {}).items():
            if "json" in media and isinstance(content, dict):
                schema = _deref(snapshot, content.get("schema"))
                return schema if isinstance(schema, dict) else {}
    return {}


def _properties(snapshot: dict[str, Any], schema: Any) -> dict[str, Any]:
    """An object schema's properties, ``allOf`` members merged."""
    schema = _deref(snapshot, schema)
    if not isinstance(schema, dict):
        return {}
    out = dict(schema.get("properties") or {})
    for member in schema.get("allOf") or []:
        out.update(_properties(snapshot, member))
    return out


def _items_schema(snapshot: dict[str, Any], schema: dict[str, Any], items: str) -> Any:
    if items:
        schema = _deref(snapshot, _properties(snapshot, schema).get(items)) or {}
    return _deref(snapshot, schema.get("items")) if isinstance(schema, dict) else None


def _list_items(snapshot: dict[str, Any], op: Any, mapped_items: str) -> str | None:
    """The field holding a list response's items ('' for a top-level array, None when
    it cannot be told)."""
    if op.pagination is not None and op.pagination.items_field:
        return str(op.pagination.items_field)
    if mapped_items:
        return mapped_items
    schema = _json_schema(snapshot, op)
    if schema.get("type") == "array":
        return ""
    props = {name: _deref(snapshot, prop) for name, prop in _properties(snapshot, schema).items()}
    arrays = [n for n, p in props.items() if isinstance(p, dict) and p.get("type") == "array"]
    return arrays[0] if len(arrays) == 1 else None


def _id_field(properties: dict[str, Any], param: str) -> str:
    """The item field a path parameter names: itself (any case: Twilio's ``{Sid}`` is
    ``sid``), ``number`` for ``issue_number``, ``id`` for ``customer_id``, else ``id``."""
    by_lower = {name.lower(): name for name in properties}
    for candidate in (param, param.rpartition("_")[2], "id"):
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return "id"


def _required_args(op: Any) -> list[Any]:
    method = op.resource_method
    args = [*method.positional, *method.keyword] if method is not None else []
    return [a for a in args if a.required]


def _needs(op: Any, id_param: str = "") -> tuple[dict[str, str], str]:
    """``{wire name: keyword name}`` of the required arguments (the path parameter
    ``id_param`` aside) a read takes from ``<PREFIX>_CONTRACT_ARGS``, or why it cannot."""
    needs: dict[str, str] = {}
    path_order = {name: i for i, name in enumerate(re.findall(r"\{([^/{}]+)\}", op.path))}
    ordered = sorted(_required_args(op), key=lambda a: path_order.get(a.wire_name, len(path_order)))
    for arg in ordered:
        if arg.location == "path" and arg.wire_name == id_param:
            continue
        if arg.location not in ("path", "query"):
            return {}, f"needs the {arg.location} {arg.wire_name!r}"
        if arg.type_hint not in _SCALAR_HINTS:
            return {}, f"needs {arg.wire_name!r} of type {arg.type_hint} (not a scalar)"
        needs[arg.wire_name] = arg.py_name
    return needs, ""


def _mapped_lists(layer: Any) -> dict[str, tuple[str, str]]:
    """(mapper, items field) of each list operation a domain resource maps."""
    if layer is None:
        return {}
    return {
        m.op.method_name: (r.mapper, m.items)
        for r in layer.resources
        for m in r.methods.values()
        if m.kind == "list"
    }


def _example(snapshot: dict[str, Any], schema: Any) -> tuple[bool, Any]:
    """A scalar the spec gives for a field (example, default, first enum value)."""
    schema = _deref(snapshot, schema)
    if not isinstance(schema, dict):
        return False, None
    candidates = [schema[k] for k in ("example", "default") if k in schema]
    candidates += [v for v in schema.get("enum") or [] if v not in ("", None)][:1]
    for value in candidates:
        if isinstance(value, _SCALARS):
            return True, value
    return False, None


def _body_properties(snapshot: dict[str, Any], op: Any) -> dict[str, Any]:
    raw = snapshot.get("paths", {}).get(op.path, {}).get(op.http_method.lower(), {})
    body = _deref(snapshot, raw.get("requestBody")) or {}
    for content in (body.get("content") or {}).values():
        if isinstance(content, dict):
            return _properties(snapshot, content.get("schema"))
    return {}


def _create_kwargs(snapshot: dict[str, Any], op: Any) -> tuple[dict[str, Any], str]:
    """The keyword arguments of a create, from the spec alone, or why there are none."""
    method = op.resource_method
    if method is None or method.body_mode not in ("fields", "none"):
        return {}, "its body is not sent as fields (nothing to fill from the spec)"
    required = _required_args(op)
    others = [a.py_name for a in required if a.location != "body"]
    if others:
        return {}, f"needs {', '.join(others)} (no argument-less source for them)"
    properties = _body_properties(snapshot, op)
    kwargs: dict[str, Any] = {}
    for arg in required:
        found, value = _example(snapshot, properties.get(arg.wire_name))
        if not found:
            return {}, f"required field {arg.wire_name!r} has no scalar example in the spec"
        kwargs[arg.py_name] = value
    return kwargs, ""


def _reads(
    api: Any, contract_ops: list[dict[str, Any]], layer: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[str, str]]]:
    """Reads with arguments, list → retrieve pairs and the reads not run (with why)."""
    snapshot = api.snapshot
    mapped = _mapped_lists(layer)
    argless = {op["method"] for op in contract_ops}
    # lists to take ids from: argument-less ones, then reads with arguments
    lists: dict[str, tuple[Any, str, dict[str, str]]] = {}
    by_route = {(op.http_method, op.path): op for op in api.operations}
    for contract_op in contract_ops:
        lists[contract_op["path"]] = (
            by_route[("GET", contract_op["path"])],
            str(contract_op["items"]),
            {},
        )
    gets = [
        op
        for op in api.operations
        if op.http_method == "GET" and op.response_kind == "json" and op.method_name not in argless
    ]
    for op in gets:
        needs, why = _needs(op)
        if not why:
            lists.setdefault(op.path, (op, mapped.get(op.method_name, ("", ""))[1], needs))
    reads: list[dict[str, Any]] = []
    retrieves: list[dict[str, Any]] = []
    not_run: list[tuple[str, str]] = []
    for op in gets:
        split = _split(op.path)
        why = ""
        if split is not None:
            collection, param, _ext = split
            extra, why = _needs(op, param)
            listed = lists.get(collection)
            if why:
                why += " as well as its id"
            elif listed is None:
                why = f"no list GET {collection} to take an id from"
            else:
                list_op, mapped_items, list_needs = listed
                items = _list_items(snapshot, list_op, mapped_items)
                if items is None:
                    why = f"cannot tell where GET {collection} holds its items"
                else:
                    item = _items_schema(snapshot, _json_schema(snapshot, list_op), items)
                    retrieves.append(
                        {
                            "method": op.method_name,
                            "call": op.resource_call,
                            "path": op.path,
                            "list": list_op.method_name,
                            "list_call": list_op.resource_call,
                            "items": items,
                            "id_field": _id_field(_properties(snapshot, item), param),
                            "list_needs": list_needs,
                            "needs": extra,
                        }
                    )
                    continue
        needs, why_args = _needs(op)
        if why_args:
            not_run.append((op.method_name, why or why_args))
            continue
        mapper, items = mapped.get(op.method_name, ("", ""))
        reads.append(
            {
                "method": op.method_name,
                "call": op.resource_call,
                "path": op.path,
                "mapper": mapper,
                "items": items,
                "needs": needs,
            }
        )
    return reads, retrieves, not_run


def live_plan(api: Any, contract_ops: list[dict[str, Any]], layer: Any = None) -> dict[str, Any]:
    """``reads`` (with arguments), ``retrieves``, ``creates`` and ``not_run``
    (operation, why) of the live tests."""
    snapshot = api.snapshot
    reads, retrieves, not_run = _reads(api, contract_ops, layer)
    creates: list[dict[str, Any]] = []
    cleanups: set[str] = set()
    for op in api.operations:
        if op.http_method != "POST" or not op.resource_call.endswith(".create"):
            continue
        delete = next(
            (
                o
                for o in api.operations
                if o.http_method == "DELETE" and (_split(o.path) or ("",))[0] == op.path
            ),
            None,
        )
        kwargs, why = _create_kwargs(snapshot, op)
        if delete is None:
            why = f"no DELETE {_item_path(op.path)} to remove what it creates"
        elif not why and len(_required_args(delete)) != 1:
            why = f"{delete.method_name} needs more than the id to clean up"
        properties = _properties(snapshot, _json_schema(snapshot, op))
        if not why and delete is not None:
            param = (_split(delete.path) or ("", "id"))[1]
            id_field = _id_field(properties, param)
            if id_field not in properties:
                why = f"its response has no {id_field!r} field to delete it by"
        if why:
            not_run.append((op.method_name, why))
            continue
        assert delete is not None
        cleanups.add(delete.method_name)
        creates.append(
            {
                "method": op.method_name,
                "call": op.resource_call,
                "path": op.path,
                "kwargs": kwargs,
                "id_field": id_field,
                "delete": delete.method_name,
                "delete_call": delete.resource_call,
                "delete_path": delete.path,
            }
        )
    done = {op.method_name for op in api.operations if op.method_name in cleanups}
    done |= {c["method"] for c in creates} | {n for n, _ in not_run}
    for op in api.operations:
        if op.http_method in _WRITES and op.method_name not in done:
            not_run.append((op.method_name, "a write other than create → delete"))
    return {
        "reads": reads,
        "retrieves": retrieves,
        "creates": creates,
        "not_run": sorted(not_run),
    }
