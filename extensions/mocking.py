"""Render values of the client Protocols, the MockClients and the contract tests.

The Protocols repeat each generated method's signature (the same strings
``_client.py`` prints), so mypy checks that the real client and the MockClient are
interchangeable. Fixtures are the spec's response examples, or values synthesised from
the response schemas by ``samples.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

__all__ = ["contract_operations", "mock_context", "protocol_context", "stream_context"]

_SAMPLES: Any = None
_CONTRACT: Any = None
_LIVE: Any = None
_TEMPLATE_TESTING = Path(__file__).resolve().parent.parent / "template" / "src"
_TEMPLATE_TESTING = _TEMPLATE_TESTING / "{{ import_name }}" / "_testing"


def _contract() -> Any:
    """The generated project's ``_testing/contract.py`` (to_json_schema, schema_errors):
    the fixtures are checked with the very code the generated contract tests use."""
    global _CONTRACT
    if _CONTRACT is None:
        import importlib.util

        path = _TEMPLATE_TESTING / "contract.py"
        spec = importlib.util.spec_from_file_location(f"_ik_contract_{abs(hash(path))}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _CONTRACT = module
    return _CONTRACT


def _samples() -> Any:
    global _SAMPLES  # loaded once, by path, like the other siblings
    if _SAMPLES is None:
        import importlib.util

        path = Path(__file__).with_name("samples.py")
        spec = importlib.util.spec_from_file_location(f"_ik_samples_{abs(hash(path))}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _SAMPLES = module
    return _SAMPLES


def _live() -> Any:
    """``live_contract.py`` (list → retrieve, create → delete), loaded once by path."""
    global _LIVE
    if _LIVE is None:
        import importlib.util

        path = Path(__file__).with_name("live_contract.py")
        spec = importlib.util.spec_from_file_location(f"_ik_live_{abs(hash(path))}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _LIVE = module
    return _LIVE


def _resource_call(api: Any, plan: dict[str, Any]) -> dict[str, Any]:
    """The plan's call as ``client.<resource>.<verb>(...)``: its path and keywords."""
    op = next(o for o in api.operations if o.method_name == plan["method"])
    method = op.resource_method
    by_wire = {(a.location, a.wire_name): a.py_name for a in [*method.positional, *method.keyword]}
    kwargs = {}
    for param in op.params:
        if param.py_name in plan["kwargs"]:
            name = by_wire.get((param.location, param.wire_name), param.py_name)
            kwargs[name] = plan["kwargs"][param.py_name]
    return {"call": op.resource_call, "call_kwargs": kwargs}


def protocol_context(api: Any, layer: Any, client_class_name: str) -> dict[str, Any]:
    """Names and imports of ``_protocol.py`` (the template prints the class bodies)."""
    printed = [
        *(s for op in api.aliased_operations for s in (op.return_type, *op.signature)),
    ]
    return {
        "name": f"{client_class_name}Protocol",
        "async_name": f"Async{client_class_name}Protocol",
        "needs_any": any(re.search(r"\bAny\b", s) for s in printed),
        "needs_wire": any("_wire." in s for s in printed),
        "resource_classes": sorted(
            f"{p}{r.class_name}" for r in layer.resources for p in ("", "Async")
        ),
    }


def _media(operation: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    responses = operation.get("responses") or {}
    for status in sorted(responses):
        if not str(status).startswith("2"):
            continue
        for media_type, media in (responses[status].get("content") or {}).items():
            if "json" in media_type:
                return int(status), media
        return int(status), None
    return 200, None


def _stream_fixture(raw: dict[str, Any], snapshot: dict[str, Any]) -> list[Any]:
    """One chunk synthesised from a 2xx ``text/event-stream`` schema (the mock's default
    answer to a streaming call)."""
    responses = raw.get("responses") or {}
    for status in sorted(responses):
        if not str(status).startswith("2"):
            continue
        for media_type, media in (responses[status].get("content") or {}).items():
            if media_type.lower().startswith("text/event-stream") and isinstance(media, dict):
                chunk = _samples().sample(media.get("schema") or {}, snapshot, required_only=True)
                return [{} if chunk is None else chunk]
    return []


def _fixture(op: Any, snapshot: dict[str, Any]) -> dict[str, Any]:
    raw = snapshot["paths"][op.path][op.http_method.lower()]
    if op.stream_chunk:
        stream = _stream_fixture(raw, snapshot)
        if op.response_kind == "stream":
            return {"status": 200, "body": None, "stream": stream}
        return {**_json_fixture(op, raw, snapshot), "stream": stream}
    return _json_fixture(op, raw, snapshot)


def _resolve_example(example: Any, snapshot: dict[str, Any]) -> Any:
    """An ``examples`` entry with its ``$ref`` (``#/components/examples/...``) followed."""
    for _ in range(8):
        if not (isinstance(example, dict) and isinstance(example.get("$ref"), str)):
            break
        node: Any = snapshot
        for part in example["$ref"].removeprefix("#/").split("/"):
            node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if node else {}
        example = node
    return example


def _valid(body: Any, media: dict[str, Any], snapshot: dict[str, Any]) -> bool:
    """Whether a provider example validates against its own schema (GitHub's check-run
    example has ``null`` where the schema wants an object): a fixture must be a response
    the provider could send, or the recorded consumer contract fails verification."""
    if not isinstance(media.get("schema"), dict):
        return True
    contract = _contract()
    schema = contract.to_json_schema(dict(media["schema"]))
    schema["components"] = _json_components(snapshot)
    return not contract.schema_errors(body, schema, limit=1)


#: The last snapshot's components as JSON Schema: converting Stripe's takes ~20 ms, and
#: every fixture is checked against them (one entry: a render uses one snapshot).
_COMPONENTS: list[tuple[dict[str, Any], Any]] = []


def _json_components(snapshot: dict[str, Any]) -> Any:
    if _COMPONENTS and _COMPONENTS[0][0] is snapshot:
        return _COMPONENTS[0][1]
    converted = _contract().to_json_schema(snapshot.get("components", {}))
    _COMPONENTS[:] = [(snapshot, converted)]
    return converted


def _json_fixture(op: Any, raw: dict[str, Any], snapshot: dict[str, Any]) -> dict[str, Any]:
    status, media = _media(raw)
    if op.response_kind != "json" or media is None:
        return {"status": 204 if op.response_kind == "none" else status, "body": None}
    candidates = [media["example"]] if "example" in media else []
    for example in (media.get("examples") or {}).values():
        example = _resolve_example(example, snapshot)
        if isinstance(example, dict) and "value" in example:
            candidates.append(example["value"])
    for body in candidates:
        if _valid(body, media, snapshot):
            return {"status": status, "body": body}
    schema = media.get("schema") or {}
    body = _samples().sample(schema, snapshot, required_only=True)
    if not _valid(body, media, snapshot):  # the schema's own example breaks it
        body = _samples().sample(schema, snapshot, required_only=True, examples=False)
    return {"status": status, "body": {} if body is None else body}


def mapped_operations(layer: Any) -> list[tuple[str, str, str]]:
    """(operation, mapper, where in the response) for each domain resource method: the
    mapper contracts of the Pact file (``$.data[]``: each item of ``data``)."""
    out = set()
    for resource in layer.resources:
        for m in resource.methods.values():
            if m.kind == "list":
                where = f"$.{m.items}[]" if m.items else "$[]"
            else:
                where = f"$.{m.envelope}" if m.envelope else "$"
            out.add((m.op.method_name, resource.mapper, where))
    return sorted(out)


def contract_operations(api: Any, layer: Any) -> list[dict[str, Any]]:
    """Read-only operations the contract tests call: GETs that need no argument (one
    the client fills itself, as Twilio's account SID from the user name, is none)."""
    mapped = {
        m.op.method_name: (r.mapper, m.items)
        for r in layer.resources
        for m in r.methods.values()
        if m.kind == "list"
    }
    out = []
    for op in api.operations:
        method = op.resource_method
        args = [*method.positional, *method.keyword] if method is not None else op.params
        required = [a for a in args if a.required]
        if op.http_method != "GET" or required or op.response_kind != "json":
            continue
        mapper, items = mapped.get(op.method_name, ("", ""))
        out.append(
            {
                "method": op.method_name,
                "call": op.resource_call,
                "http_method": op.http_method,
                "path": op.path,
                "mapper": mapper,
                "items": items,
            }
        )
    return out


_SAMPLE_BY_CONVERTER: dict[str, Any] = {
    "as_str": 1001,
    "as_int": "7",
    "iso_datetime": "2024-01-02T03:04:05Z",
    "timestamp": "2024-01-02T03:04:05Z",
    "iso_date": "2024-01-02",
    "unix_time": 1704164645,
    "decimal_str": "12.50",
    "minor_units": 1250,
    "currency_code": "usd",
    "expandable_id": "id_1",
    "upper": "sample",
    "lower": "SAMPLE",
}
_SAMPLE_BY_TYPE: dict[str, Any] = {"str": "sample", "int": 1, "float": 1.5, "bool": True}


def _model_sample(data: dict[str, Any], model: str, depth: int = 0) -> dict[str, Any]:
    """A provider object for a declared model without a wire schema (hand-listed path)."""
    models = dict(data.get("models") or {})
    enums = dict(data.get("enums") or {})
    out: dict[str, Any] = {}
    for name, spec in dict(models.get(model, {}).get("fields") or {}).items():
        spec = dict(spec or {})
        hint = str(spec.get("type") or "str").removesuffix(" | None")
        if spec.get("nested") and depth < 3:
            value: Any = _model_sample(data, str(spec["nested"]), depth + 1)
            value = [value] if hint.startswith("list[") else value
        elif spec.get("convert") in _SAMPLE_BY_CONVERTER:
            value = _SAMPLE_BY_CONVERTER[str(spec["convert"])]
        elif hint in enums:
            members = list(enums[hint].get("members") or ["unknown"])
            value = members[0]
        elif hint.startswith(("dict[", "list[")):
            value = {} if hint.startswith("dict[") else []
        else:
            value = _SAMPLE_BY_TYPE.get(hint, "sample")
        target = out
        wire = str(spec.get("wire") or name).split(".")
        for key in wire[:-1]:
            target = target.setdefault(key, {})
        target[wire[-1]] = value
    return out


def _describes(schema: dict[str, Any]) -> bool:
    """Whether a response schema says what the body holds (a hand-listed operation's is a
    bare ``{"type": "object"}``)."""
    return bool(
        schema.get("$ref")
        or schema.get("properties")
        or schema.get("items")
        or any(schema.get(k) for k in ("allOf", "anyOf", "oneOf"))
    )


def _declared_fixtures(
    layer: Any, data: dict[str, Any] | None, snapshot: dict[str, Any]
) -> dict[str, Any]:
    """Fixtures of resource operations whose responses have no schema (hand-listed); an
    operation the spec describes keeps its spec fixture (a provider's real shape)."""
    out: dict[str, Any] = {}
    for resource in layer.resources:
        if resource.view is not None or not data:
            continue
        item = _model_sample(data, resource.model)
        for method in resource.methods.values():
            raw = (snapshot.get("paths") or {}).get(method.op.path, {})
            _, media = _media(raw.get(method.op.http_method.lower()) or {})
            schema = media.get("schema") if media is not None else None
            if isinstance(schema, dict) and _describes(schema):
                continue
            if method.kind == "list":
                body: Any = {method.items: [item]} if method.items else [item]
            else:
                body = {method.envelope: item} if method.envelope else item
            out[method.op.method_name] = {"status": 200, "body": body}
    return out


def mock_context(
    api: Any, layer: Any, ctx: dict[str, Any], data: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Routes, fixtures (JSON text) and contract-test values of the generated testing."""
    snapshot = api.snapshot
    fixtures = {op.method_name: _fixture(op, snapshot) for op in api.operations}
    fixtures.update(_declared_fixtures(layer, data, snapshot))
    prefixes = [p.strip() for p in str(ctx.get("live_key_prefixes") or "").split(",") if p.strip()]
    contract_ops = contract_operations(api, layer)
    return {
        "routes": [(op.method_name, op.http_method, op.path) for op in api.operations],
        "fixtures_json": json.dumps(fixtures, indent=1, sort_keys=True, ensure_ascii=False),
        "contract_ops": contract_ops,
        "live": _live().live_plan(api, contract_ops, layer),
        "mapped_ops": mapped_operations(layer),
        "live_key_prefixes": prefixes,
        "get_ops": [op.method_name for op in api.operations if op.http_method == "GET"],
    }


def _enum_field(layer: Any, model: str) -> dict[str, str] | None:
    enums = {e["name"] for e in layer.enums}
    for cls in layer.classes:
        if cls["name"] != model:
            continue
        for decl in cls["fields"]:
            name, _, rest = decl.partition(": ")
            hint = rest.split(" = ")[0].removesuffix(" | None")
            if hint in enums:
                return {"name": name, "enum": hint}
    return None


def test_context(api: Any, layer: Any, data: dict[str, Any] | None) -> dict[str, Any]:
    """What the generated tests/test_domain.py exercises, per resource and operation."""
    models = dict((data or {}).get("models") or {})
    resources = []
    for r in layer.resources:
        fields = dict(models.get(r.model, {}).get("fields") or {})
        enum = _enum_field(layer, r.model)
        if enum is not None:
            spec = dict(fields.get(enum["name"]) or {})
            enum["wire"] = str(spec.get("wire") or enum["name"])
        item = {"attribute": r.attribute, "model": r.model, "enum": enum}
        for kind, method in r.methods.items():
            required = [p for p in [*method.op.path_params, *method.op.query_params] if p.required]
            item[kind] = {
                "op": method.op.method_name,
                "items": method.items,
                "envelope": method.envelope,
                # list: the required keywords (GitHub's owner, repo), sample values
                "args": ", ".join(
                    f"{p.py_name}={1 if p.type_hint == 'int' else repr('x')}"
                    for p in required
                    if kind == "list"
                ),
            }
            pag = method.op.pagination
            if kind == "list" and pag is not None and pag.style == "cursor" and method.items:
                item["pages"] = {"cursor": pag.cursor_param or "", "has_more": "has_more"}
        resources.append(item)
    plan = _samples().call_plan(api, api.snapshot)
    needs_body = {op.method_name for op in api.operations if op.body and op.body.required}
    simple = [
        p
        for p in plan
        if p["method"] not in needs_body
        and all(isinstance(v, str | int) and not isinstance(v, bool) for v in p["kwargs"].values())
    ]
    gets = {op.method_name for op in api.operations if op.http_method == "GET"}
    probe = next((p for p in simple if p["method"] in gets), simple[0] if simple else None)
    if probe is not None:
        probe = {**probe, **_resource_call(api, probe)}
    has_list = any("list" in r for r in resources)
    return {"resources": resources, "probe": probe, "has_list": has_list}


def stream_context(api: Any) -> dict[str, Any]:
    """The streaming methods the generated README and tests/test_streaming.py show.

    A method is testable when its JSON request body can be synthesised from the schema:
    the test decodes that sample into the body model and passes its required fields.
    """
    methods: list[dict[str, Any]] = []
    for root in api.resources:
        for res in root.walk():
            for m in res.methods:
                if m.stream_mode != "flag" or m.op.body is None or m.body_mode != "fields":
                    continue
                raw = api.snapshot["paths"][m.op.path][m.op.http_method.lower()]
                media = (raw.get("requestBody") or {}).get("content", {}).get(
                    m.op.body.content_type
                ) or {}
                body = _samples().sample(
                    media.get("schema") or {}, api.snapshot, required_only=True
                )
                chunks = _stream_fixture(raw, api.snapshot)
                model = next(
                    (x for x in api.models if "_wire." + x.class_name == m.op.body.type_hint), None
                )
                if model is None or not isinstance(body, dict) or not chunks:
                    continue
                attrs = {f.wire_name: f.py_name for f in model.fields}
                required = [(a.py_name, attrs[a.wire_name]) for a in m.body_args if a.required]
                methods.append(
                    {
                        "call": ".".join((*res.chain, m.name)),
                        "operation": m.op.method_name,
                        "flag": m.stream_arg.py_name,
                        "body_type": m.op.body.type_hint,
                        "body_json": json.dumps(body, sort_keys=True),
                        "chunk_type": m.op.stream_chunk,
                        "chunk_json": json.dumps(chunks[0], sort_keys=True),
                        "required": required,
                        "example_kwargs": ", ".join(f"{name}=..." for name, _ in required),
                    }
                )
    return {"methods": methods, "tested": methods[:1]}
