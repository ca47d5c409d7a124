"""Webhook handler contracts (issue 21 item 3) against real webhook payload schemas.

The generated ``_tools/events.py`` (and ``drift.py``, loaded from the template, no render)
finds an event type's payloads in a spec and checks the fields a handler's typed event
reads; ``payload_mapper`` and ``pact.webhook_contracts`` are checked too. The GitHub
handler contract is checked against the full GitHub spec, whose ``x-webhooks`` describe
each ``issues`` action, and the snapshot builder is shown to keep exactly the entries
of the handled event types; the Stripe and GitHub end-to-end runs (render, record,
Prism, drift) are in test_pact_contract.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from extensions.hooks import load_sibling
from extensions.webhook_context import webhook_setup

from .helpers import ROOT, SHARED_SPECS
from .template_packages import load_package

GITHUB_SPEC = SHARED_SPECS / "github_api.github.com.json"
JSON_TYPES = {"str": "string", "int": "integer"}


@pytest.fixture(scope="module")
def tools() -> ModuleType:
    """The template's ``_tools.events``."""
    return load_package("_tools", "ik_pkg._tools.events")


@pytest.fixture(scope="module")
def drift(tools: ModuleType) -> ModuleType:
    return load_package("_tools", "ik_pkg._tools.drift")


def starter_contract(scheme: str, preset: str) -> dict[str, Any]:
    """The handler contract the generated conftest records for the starter handler."""
    setup = webhook_setup(scheme)
    fields = {wire: [JSON_TYPES[kind]] for _, kind, wire in setup.event_fields}
    handler = {"events": [setup.event_type], "fields": fields, "mapper": setup.event_class}
    return {"preset": preset, "handlers": {setup.handler_name: handler}}


@pytest.fixture
def github() -> dict[str, Any]:
    if not GITHUB_SPEC.is_file():
        pytest.skip(f"{GITHUB_SPEC} is absent (../shared/specs)")
    spec: dict[str, Any] = json.loads(GITHUB_SPEC.read_text(encoding="utf-8"))
    return spec


def test_github_issues_handler_holds_then_breaks(
    tools: ModuleType, drift: ModuleType, github: dict[str, Any]
) -> None:
    """The ``issues`` handler's fields are in GitHub's x-webhooks payloads; retyping
    ``issue.title`` in one action's payload, then dropping the event, is named."""
    contract = starter_contract("github-sha256", "github")
    assert len(tools.event_payloads(github, "github", "issues")) >= 10  # one per action
    assert tools.handler_problems(github, contract) == []

    schemas = github["components"]["schemas"]
    schemas["webhook-issues-opened"]["properties"]["issue"]["properties"]["title"] = {
        "type": "integer"
    }
    lines = [p.line() for p in tools.handler_problems(github, contract)]
    assert lines == [
        "handler on_issues (issue.title) for issues: reads string, the spec says integer|string"
    ]

    old = json.loads(GITHUB_SPEC.read_text(encoding="utf-8"))
    for name in [n for n in github["x-webhooks"] if n.startswith("issues-")]:
        del github["x-webhooks"][name]
    pact = {"interactions": [], "metadata": {"integrationKit": {"webhooks": contract}}}
    broken = [b.line() for b in drift.broken_by(old, github, pact)]
    assert broken == [
        "BROKEN handler on_issues for issues: webhook-event-removed webhook issues:"
        " the spec does not document this event type (a handler you added? copy the"
        " event's payload entries from the provider's spec)"
    ]


def _stripe_like() -> dict[str, Any]:
    event = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string"},
            "data": {"$ref": "#/components/schemas/notification_event_data"},
        },
    }
    data = {"type": "object", "properties": {"object": {"type": "object"}}}
    intent = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "amount": {"type": "integer"}},
    }
    schemas = {"event": event, "notification_event_data": data, "payment_intent": intent}
    return {"openapi": "3.0.0", "paths": {}, "components": {"schemas": schemas}}


def test_stripe_payload_is_the_event_with_its_resource(
    tools: ModuleType, drift: ModuleType
) -> None:
    """``payment_intent.succeeded`` is the event object with ``data.object`` a
    ``payment_intent``; a removed field is named by verification and by drift."""
    contract = starter_contract("stripe-v1", "stripe")
    spec = _stripe_like()
    assert tools.handler_problems(spec, contract) == []
    new = _stripe_like()
    del new["components"]["schemas"]["payment_intent"]["properties"]["amount"]
    assert [p.line() for p in tools.handler_problems(new, contract)] == [
        "handler on_payment_intent_succeeded (data.object.amount) for"
        " payment_intent.succeeded: field removed: the payload has no $.data.object.amount"
    ]
    pact = {"interactions": [], "metadata": {"integrationKit": {"webhooks": contract}}}
    [broken] = drift.broken_by(spec, new, pact)
    assert broken.subject == (
        "handler on_payment_intent_succeeded (data.object.amount) for payment_intent.succeeded"
    )
    assert broken.change.kind == "webhook-field-removed"


def test_a_spec_without_webhook_payloads_checks_nothing(tools: ModuleType) -> None:
    """Slack's Web API spec documents no event payloads: nothing to check, no false alarm."""
    spec = json.loads((ROOT / "presets" / "slack" / "openapi.json").read_text())
    contract = starter_contract("slack-v0", "slack")
    assert not tools.documents_webhooks(spec, "slack")
    assert tools.handler_problems(spec, contract) == []


@dataclass(frozen=True)
class Paid:
    event_id: str
    amount: int


def test_payload_mapper_types_the_event_and_its_fields_are_the_contract() -> None:
    """``payload_mapper(MAPPER)`` hands the handler ``MAPPER.load(payload)`` (a missing
    field is a MappingError naming it); ``webhook_contracts`` reads the same fields from
    the mapper, the raw-event handler's event types only, and skips ``"*"``."""
    webhooks = load_package("_webhooks", "ik_pkg._webhooks")
    mapping = load_package("_mapping", "ik_pkg._mapping")
    pact = load_package("_testing", "ik_pkg._testing.pact")
    paid = mapping.Mapper(
        Paid, {"event_id": mapping.Field("id"), "amount": mapping.Field("data.object.amount")}
    )
    seen: list[Any] = []

    def register(router: Any) -> None:
        router.add_handler(
            "payment_intent.succeeded", seen.append, mapper=webhooks.payload_mapper(paid)
        )
        router.on("charge.refunded", "charge.updated")(print)
        router.on("*")(print)

    verifier = webhooks.make_verifier("stripe-v1", ["whsec_test"])
    router = webhooks.WebhookRouter(verifier, preset="stripe")
    register(router)
    payload: dict[str, Any] = {
        "id": "evt_1",
        "type": "payment_intent.succeeded",
        "data": {"object": {"amount": 5}},
    }
    event = webhooks.WebhookEvent("stripe", "evt_1", "payment_intent.succeeded", payload, b"", {})
    router.dispatch(event)
    assert seen == [Paid("evt_1", 5)]
    del payload["data"]["object"]["amount"]
    with pytest.raises(mapping.MappingError, match=r"data\.object\.amount"):
        router.dispatch(event)

    assert pact.webhook_contracts(register, "stripe") == {
        "preset": "stripe",
        "handlers": {
            "list.append": {
                "events": ["payment_intent.succeeded"],
                "fields": {"data.object.amount": ["integer"], "id": ["string"]},
                "mapper": "Paid",
            },
            "print": {"events": ["charge.refunded", "charge.updated"], "fields": {}},
        },
    }


def _hook(event: str, schema: str) -> dict[str, Any]:
    header = {"name": "X-GitHub-Event", "in": "header", "example": event}
    body = {"content": {"application/json": {"schema": {"$ref": schema}}}}
    return {"post": {"parameters": [header], "requestBody": body, "responses": {}}}


def test_snapshot_keeps_the_handled_event_payloads_and_what_they_reach() -> None:
    """``issues`` keeps its actions and the entry its header names, with the components
    they reach (transitively); other entries and components go; no model is generated."""
    ref = "#/components/schemas/"
    item = {"type": "object", "properties": {"title": {"type": "string"}}}
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/ping": {"get": {"operationId": "ping", "responses": {"204": {}}}}},
        "x-webhooks": {
            "issues-opened": _hook("issues", ref + "opened"),
            "renamed-entry": _hook("issues", ref + "opened"),
            "issue-comment-created": _hook("issue_comment", ref + "comment"),
            "issuesx": _hook("issuesx", ref + "comment"),
        },
        "webhooks": {
            "response_completed": _hook("", ref + "done"),
            "response_failed": _hook("", ref + "comment"),
        },
        "components": {
            "schemas": {
                "opened": {"type": "object", "properties": {"issue": {"$ref": ref + "issue"}}},
                "issue": item,
                "done": item,
                "comment": item,
            }
        },
    }
    ik_spec = load_sibling("ik_spec")
    plain = ik_spec.build_api(doc)
    api = ik_spec.build_api(doc, webhook_events=["issues", "response.completed"])
    assert list(api.snapshot["x-webhooks"]) == ["issues-opened", "renamed-entry"]
    assert list(api.snapshot["webhooks"]) == ["response_completed"]
    assert sorted(api.snapshot["components"]["schemas"]) == ["done", "issue", "opened"]
    assert "x-webhooks" not in plain.snapshot and "webhooks" not in plain.snapshot
    assert "components" not in plain.snapshot
    assert [m.class_name for m in api.models] == [m.class_name for m in plain.models] == []
    assert [o.operation_id for o in api.operations] == ["ping"]
