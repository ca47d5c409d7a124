"""Verify the recorded consumer contract against the spec: requests through Prism, responses
and mapper contracts against the snapshot's schemas.

A request is sent to a Prism mock server serving the snapshot (Prism checks path, query,
headers and body against the spec and lists violations in its ``sl-violations`` header
or answers with a ``problem+json`` error); the recorded response body is validated
against the schema the snapshot declares for its status; each mapper that reads the
operation's response must find every field it reads in that schema; each webhook handler
must find its event type documented and every payload field it reads, with a type it
takes (``_tools.events``).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from typing import Any

import httpx

from .._tools.events import documents_webhooks, handler_problems
from .._tools.schemas import deref
from .contract import body_schema, schema_errors

__all__ = [
    "auth_headers",
    "mapper_problems",
    "readers",
    "request_problems",
    "response_problems",
    "status_schema",
    "webhook_problems",
    "webhooks_checked",
]

_PLACEHOLDER = "prism-placeholder-credential"


def auth_headers(snapshot: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Placeholder credentials (headers, query) for every security scheme of the spec."""
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    schemes = (snapshot.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        kind, where = scheme.get("type"), scheme.get("in")
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            token = base64.b64encode(f"{_PLACEHOLDER}:{_PLACEHOLDER}".encode()).decode()
            headers.setdefault("Authorization", f"Basic {token}")
        elif kind in ("http", "oauth2", "openIdConnect"):
            headers.setdefault("Authorization", f"Bearer {_PLACEHOLDER}")
        elif kind == "apiKey" and where == "header":
            headers[str(scheme["name"])] = _PLACEHOLDER
        elif kind == "apiKey" and where == "query":
            query[str(scheme["name"])] = _PLACEHOLDER
    return headers, query


def _required_headers(snapshot: Mapping[str, Any], route: str) -> dict[str, str]:
    """A placeholder for each header parameter the spec requires of ``route``.

    The contract records no header values (they are often credentials: Slack's ``token``
    header), so what the client sends there is supplied here for Prism to check the rest.
    """
    _, _, path = route.partition(" ")
    item = (snapshot.get("paths") or {}).get(path) or {}
    out: dict[str, str] = {}
    for ref in [
        *(item.get("parameters") or []),
        *(_path_item(snapshot, route).get("parameters") or []),
    ]:
        param = deref(ref, snapshot)[0]
        if param.get("in") != "header" or not param.get("required"):
            continue
        schema = deref(param.get("schema") or {}, snapshot)[0]
        value = schema.get("example", schema.get("default", (schema.get("enum") or [None])[0]))
        out[str(param["name"])] = _PLACEHOLDER if value is None else str(value)
    return out


def _meta(document: Mapping[str, Any], interaction: Mapping[str, Any]) -> dict[str, Any]:
    """What the contract records of ``interaction`` beside Pact's fields (route, operation)."""
    meta: dict[str, Any] = document["metadata"]["integrationKit"]["interactions"][
        interaction["description"]
    ]
    return meta


def _violations(header: str) -> list[dict[str, Any]]:
    """Prism's ``sl-violations`` header as a list; a long list is prefixed ("Too many
    violations! [...") and may be cut short, so what cannot be read whole is kept as one
    entry per side (request or response) it names, never dropped."""
    text = header[header.find("[") :] if "[" in header else header
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, list):
        return [v for v in parsed if isinstance(v, dict)]
    sides = [s for s in ("request", "response") if f'"location":["{s}"' in text]
    return [{"location": [s], "message": text[:300]} for s in sides or ["request"]]


def request_problems(
    interaction: Mapping[str, Any],
    base_url: str,
    snapshot: Mapping[str, Any],
    document: Mapping[str, Any],
) -> list[str]:
    """What Prism (serving the spec) finds wrong with the recorded request (``document``:
    the contract file, whose metadata names the interaction's route)."""
    request = interaction["request"]
    headers, query = auth_headers(snapshot)
    headers.update(request.get("headers") or {})
    params = [(k, v) for k, values in (request.get("query") or {}).items() for v in values]
    params += [(k, v) for k, v in query.items() if k not in dict(params)]
    for name, value in _required_headers(snapshot, _meta(document, interaction)["route"]).items():
        if name.lower() not in {h.lower() for h in headers}:
            headers[name] = value
    body = request.get("body")
    content = None
    if body is not None:
        content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    with httpx.Client(base_url=base_url, timeout=30.0) as client:
        response = client.request(
            request["method"], request["path"], params=params, headers=headers, content=content
        )
    problems: list[str] = []
    header = response.headers.get("sl-violations")
    if header:
        for v in _violations(header):
            location = [str(p) for p in v.get("location") or []]
            if location[:1] != ["response"]:
                where = ".".join(location)
                problems.append(f"request {where}: {str(v.get('message', ''))[:200]}")
    kind = response.headers.get("content-type", "")
    if "problem+json" in kind and not problems:
        detail = response.json() if response.content else {}
        title = detail.get("title") or detail.get("type") or response.status_code
        problems.append(f"Prism rejected the request ({response.status_code}): {title}")
    return problems


def _path_item(snapshot: Mapping[str, Any], route: str) -> dict[str, Any]:
    method, _, path = route.partition(" ")
    item = (snapshot.get("paths") or {}).get(path) or {}
    operation = item.get(method.lower())
    return dict(operation) if isinstance(operation, dict) else {}


def status_schema(
    snapshot: Mapping[str, Any], route: str, status: int
) -> tuple[dict[str, Any] | None, str]:
    """The JSON schema of ``route``'s response ``status`` (exact, ``2XX``, then
    ``default``), with components; ``(None, why)`` when the spec has none."""
    operation = _path_item(snapshot, route)
    if not operation:
        return None, f"{route} is not in the spec"
    responses = operation.get("responses") or {}
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        response = responses.get(key)
        if response is None:
            continue
        return body_schema(snapshot, response), ""  # None: declared without a JSON body
    return None, f"status {status} is not declared for {route}"


def _normal(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


def readers(document: Mapping[str, Any], operation: str, path: str) -> list[str]:
    """The mappers reading the response field at ``path`` (or inside it) of ``operation``."""
    path = _normal(path)
    out = []
    mappers = document.get("metadata", {}).get("integrationKit", {}).get("mappers", {})
    for name, contract in sorted(mappers.items()):
        where = contract.get("operations", {}).get(operation)
        if where is None:
            continue
        for wire in contract.get("fields", []):
            field = f"{where}.{wire}"
            if field == path or field.startswith(path + ".") or field.startswith(path + "[]"):
                out.append(f"{name} ({wire})")
                break
    return out


def response_problems(
    interaction: Mapping[str, Any], document: Mapping[str, Any], snapshot: Mapping[str, Any]
) -> list[str]:
    """Where the recorded response body breaks the spec's schema for its status (with the
    mappers reading each broken field)."""
    meta = _meta(document, interaction)
    response = interaction["response"]
    schema, why = status_schema(snapshot, meta["route"], int(response["status"]))
    if why:
        return [why]
    out = []
    if str(response["status"]).startswith("2"):  # the mappers read success responses
        out += mapper_problems(document, snapshot, meta["operation"])
    if schema is None or "body" not in response:
        return out
    for line in schema_errors(response["body"], schema):
        where = line.split(":", 1)[0]
        names = readers(document, meta["operation"], where)
        out.append(f"response {line}" + (f" [read by mapper {', '.join(names)}]" if names else ""))
    return out


def _resolve(node: Any, snapshot: Mapping[str, Any], depth: int = 0) -> list[dict[str, Any]]:
    """The object schemas ``node`` may be (through $ref, allOf, anyOf, oneOf)."""
    if depth > 16 or not isinstance(node, dict):
        return []
    ref = node.get("$ref")
    if isinstance(ref, str):
        target: Any = snapshot
        for part in ref.removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        return _resolve(target, snapshot, depth + 1)
    out = [node]
    for key in ("allOf", "anyOf", "oneOf"):
        for option in node.get(key) or []:
            out += _resolve(option, snapshot, depth + 1)
    return out


def _lookup(schema: Any, path: str, snapshot: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The schemas of the field ``path`` (``$.data[].email``) in ``schema`` ([]: absent)."""
    nodes = _resolve(schema, snapshot)
    for step in re.findall(r"\.([^.\[]+)|(\[\])", path.removeprefix("$")):
        key, items = step
        found: list[dict[str, Any]] = []
        for node in nodes:
            if items and "items" in node:
                found += _resolve(node["items"], snapshot)
            elif key and key in (node.get("properties") or {}):
                found += _resolve(node["properties"][key], snapshot)
            elif key and isinstance(node.get("additionalProperties"), dict):
                found += _resolve(node["additionalProperties"], snapshot)
        if not found:
            return []
        nodes = found
    return nodes


def _types(nodes: list[dict[str, Any]]) -> set[str]:
    """The JSON types the schemas allow (empty: any)."""
    kinds: set[str] = set()
    for node in nodes:
        kind = node.get("type")
        if kind is None and not any(k in node for k in ("allOf", "anyOf", "oneOf")):
            return set()  # untyped: anything
        if isinstance(kind, str):
            kinds.add(kind)
        elif isinstance(kind, list):
            kinds.update(str(k) for k in kind)
        if node.get("nullable"):
            kinds.add("null")
        if None in (node.get("enum") or []):
            kinds.add("null")
    return kinds


def mapper_problems(
    document: Mapping[str, Any], snapshot: Mapping[str, Any], operation: str | None = None
) -> list[str]:
    """Fields a mapper reads that the spec's success response of its operation lacks, or
    types it now declares that the mapper does not take (of ``operation`` only, if given)."""
    wanted = operation
    routes = {
        meta["operation"]: meta["route"]
        for meta in document["metadata"]["integrationKit"]["interactions"].values()
    }
    out = []
    mappers = document["metadata"]["integrationKit"].get("mappers", {})
    for name, contract in sorted(mappers.items()):
        for operation, where in sorted(contract.get("operations", {}).items()):
            route = routes.get(operation)
            if route is None or (wanted is not None and operation != wanted):
                continue  # not exercised by the tests
            schema, _ = status_schema(snapshot, route, 200)
            operation_spec = _path_item(snapshot, route)
            if schema is None:
                for status in sorted(operation_spec.get("responses") or {}):
                    if str(status).startswith("2"):
                        schema, _ = status_schema(snapshot, route, int(status))
                        break
            if schema is None:
                continue
            fields = contract.get("fields") or {}
            for wire in fields:
                nodes = _lookup(schema, f"{where}.{wire}", snapshot)
                if not nodes:
                    out.append(
                        f"mapper {name} ({wire}) in {operation}: the spec has no {where}.{wire}"
                    )
                    continue
                accepted = set(fields[wire]) if isinstance(fields, dict) else set()
                declared = _types(nodes)
                if accepted and declared - accepted:
                    takes, says = "|".join(sorted(accepted)), "|".join(sorted(declared))
                    out.append(
                        f"mapper {name} ({wire}) in {operation}: reads {takes},"
                        f" the spec says {says} at {where}.{wire}"
                    )
    return out


def webhook_problems(document: Mapping[str, Any], snapshot: Mapping[str, Any]) -> list[str]:
    """What the snapshot breaks of the webhook handler contracts: each line names the
    handler, the event type and the field (``[]`` without handler contracts)."""
    webhooks = document.get("metadata", {}).get("integrationKit", {}).get("webhooks") or {}
    return [problem.line() for problem in handler_problems(snapshot, webhooks)]


def webhooks_checked(document: Mapping[str, Any], snapshot: Mapping[str, Any]) -> str:
    """Why the handler contracts cannot be checked against ``snapshot`` ("" when they can)."""
    webhooks = document.get("metadata", {}).get("integrationKit", {}).get("webhooks") or {}
    if not webhooks.get("handlers"):
        return "no webhook handler contracts recorded"
    if not documents_webhooks(snapshot, str(webhooks.get("preset") or "")):
        return "the spec snapshot documents no webhook payloads"
    return ""
