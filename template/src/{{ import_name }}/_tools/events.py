"""Webhook payloads in a spec, and the handler contracts checked against them.

Where a spec documents an event type's payload:

- OpenAPI 3.1 ``webhooks`` (or GitHub's ``x-webhooks``): the JSON request body of each
  entry named for the type (``response.completed``, or OpenAI's ``response_completed``),
  or for one of its actions
  (``issues-opened``), or whose ``X-GitHub-Event`` header example is the type. Several
  entries (one per action) are alternatives: a field must be in one of them.
- Stripe (``components.schemas.event``, no webhook section): the ``event`` object with
  ``data.object`` as the resource the type names (``payment_intent.succeeded`` →
  ``payment_intent``; ``customer.subscription.created`` → ``subscription``).

A spec that documents no webhook payloads at all checks nothing (reported as skipped).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .schemas import deref, object_view, type_set

__all__ = ["Problem", "documents_webhooks", "event_payloads", "field_types", "handler_problems"]


@dataclass(frozen=True, order=True)
class Problem:
    """What a spec breaks of one handler's contract (``field`` empty: the whole event)."""

    handler: str
    event: str
    field: str
    kind: str  # "webhook-event-removed", "webhook-field-removed", "webhook-type-changed"
    detail: str

    def subject(self) -> str:
        field = f" ({self.field})" if self.field else ""
        return f"handler {self.handler}{field} for {self.event}"

    def line(self) -> str:
        return f"{self.subject()}: {self.detail}"


def _entries(spec: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("webhooks", "x-webhooks"):
        section = spec.get(key)
        if isinstance(section, Mapping):
            out.update(section)
    return out


def _stripe_event(spec: Mapping[str, Any]) -> dict[str, Any] | None:
    schemas = (spec.get("components") or {}).get("schemas") or {}
    event = schemas.get("event")
    if not isinstance(event, Mapping) or "data" not in (event.get("properties") or {}):
        return None
    return dict(event)


def documents_webhooks(spec: Mapping[str, Any], preset: str) -> bool:
    """Whether ``spec`` describes any webhook payload (else nothing can be checked)."""
    return bool(_entries(spec)) or (preset == "stripe" and _stripe_event(spec) is not None)


def _header_example(operation: Mapping[str, Any], spec: Mapping[str, Any]) -> str:
    for raw in operation.get("parameters") or []:
        param = deref(raw, spec)[0]
        if str(param.get("name", "")).lower() == "x-github-event":
            return str(param.get("example", ""))
    return ""


def _body(operation: Mapping[str, Any], spec: Mapping[str, Any]) -> Any:
    body = deref(operation.get("requestBody") or {}, spec)[0]
    for media, content in (body.get("content") or {}).items():
        if "json" in media and isinstance(content, Mapping) and "schema" in content:
            return content["schema"]
    return None


def event_payloads(spec: Mapping[str, Any], preset: str, event_type: str) -> list[Any]:
    """The schemas an ``event_type`` delivery may have ([]: the type is not documented)."""
    out = []
    for name, item in sorted(_entries(spec).items()):
        for operation in (item or {}).values() if isinstance(item, Mapping) else ():
            if not isinstance(operation, Mapping):
                continue
            named = name in (event_type, event_type.replace(".", "_"))
            named = named or name.startswith(event_type + "-")
            if named or _header_example(operation, spec) == event_type:
                schema = _body(operation, spec)
                if schema is not None:
                    out.append(schema)
    event = _stripe_event(spec) if preset == "stripe" else None
    if event is not None and "." in event_type:
        schemas = (spec.get("components") or {}).get("schemas") or {}
        prefix = event_type.rsplit(".", 1)[0]
        for name in (prefix, prefix.replace(".", "_"), prefix.rsplit(".", 1)[-1]):
            if name in schemas:
                props = dict(event.get("properties") or {})
                data = deref(props.get("data") or {}, spec)[0]
                data_props = {**(data.get("properties") or {})}
                data_props["object"] = {"$ref": f"#/components/schemas/{name}"}
                props["data"] = {"type": "object", "properties": data_props}
                out.append({**event, "properties": props})
                break
    return out


def field_types(spec: Mapping[str, Any], roots: list[Any], wire: str) -> set[str] | None:
    """The JSON types ``spec`` declares for the payload field ``wire`` (``a.b``,
    ``items[].name``) in any of ``roots``; ``None`` when none has it, empty: any type."""
    nodes = [deref(root, spec)[0] for root in roots]
    for step in re.findall(r"[^.\[\]]+|\[\]", wire):
        found = []
        for node in nodes:
            if step == "[]":
                if "items" in node:
                    found.append(deref(node["items"], spec)[0])
                continue
            props, _ = object_view(node, spec)
            if step in props:
                found.append(deref(props[step], spec)[0])
            elif isinstance(node.get("additionalProperties"), Mapping):
                found.append(deref(node["additionalProperties"], spec)[0])
        if not found:
            return None
        nodes = found
    kinds: set[str] = set()
    for node in nodes:
        one = type_set(node, spec)
        if not one:
            return set()
        kinds |= one
    return kinds


def _widen(kinds: set[str]) -> set[str]:
    return kinds | {"integer"} if "number" in kinds else kinds


def handler_problems(spec: Mapping[str, Any], webhooks: Mapping[str, Any]) -> list[Problem]:
    """What ``spec`` breaks of the handler contracts (the Pact file's
    ``metadata.integrationKit.webhooks``): an event type it no longer documents, a field
    a handler reads that no payload has, or a type the handler's mapper does not take."""
    preset = str(webhooks.get("preset") or "")
    if not documents_webhooks(spec, preset):
        return []
    out = []
    for handler, contract in sorted((webhooks.get("handlers") or {}).items()):
        for event in contract.get("events") or []:
            roots = event_payloads(spec, preset, event)
            if not roots:
                detail = (
                    "the spec does not document this event type (a handler you added?"
                    " copy the event's payload entries from the provider's spec)"
                )
                out.append(Problem(handler, event, "", "webhook-event-removed", detail))
                continue
            for wire, accepted in sorted((contract.get("fields") or {}).items()):
                declared = field_types(spec, roots, wire)
                if declared is None:
                    detail = f"field removed: the payload has no $.{wire}"
                    out.append(Problem(handler, event, wire, "webhook-field-removed", detail))
                elif accepted and declared and declared - _widen(set(accepted)):
                    takes, says = "|".join(sorted(accepted)), "|".join(sorted(declared))
                    detail = f"reads {takes}, the spec says {says}"
                    out.append(Problem(handler, event, wire, "webhook-type-changed", detail))
    return out
