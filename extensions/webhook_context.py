"""What the webhook templates print for each signature scheme: names, options, a sample event.

The sample is a realistic delivery of the provider's (type, id, body, headers) used by the
generated tests and the starter handler, so both exercise the real extractors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["WebhookSetup", "webhook_setup"]


@dataclass(frozen=True)
class WebhookSetup:
    """Everything the generated webhook wiring needs for one scheme."""

    scheme: str  # the runtime's scheme name (make_verifier)
    preset: str  # the router preset (event type and id extractors)
    options: dict[str, str] = field(default_factory=dict)  # make_verifier/sign_for_test kwargs
    event_type: str = "example.event"
    event_id: str = "evt_test_1"
    body: str = ""
    content_type: str = "application/json"
    extra_headers: dict[str, str] = field(default_factory=dict)
    signs_url: bool = False  # Twilio and Square sign the full URL
    key_pair: str = ""  # the generator of a (private, public) pair when a public key verifies
    body_timestamp: str = ""  # Linear: the signed body field that must be fresh (ms)
    pins_url: bool = False  # Square: {env_prefix}_WEBHOOK_URL may pin the notification URL
    handler_name: str = "on_example_event"
    key_kind: str = "signing secret"  # what the secret variable holds, for .env.example
    # The starter handler's typed event (handlers.py): class name and (field, type, wire
    # path in the payload); the fields are in the handler's consumer contract. Empty: the
    # handler takes the untyped WebhookEvent.
    event_class: str = ""
    event_fields: tuple[tuple[str, str, str], ...] = ()


def _json(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"))


def webhook_setup(scheme: str) -> WebhookSetup:
    """The wiring for a questionnaire ``webhook_scheme`` answer."""
    if scheme == "stripe-v1":
        body = {
            "id": "evt_test_1",
            "object": "event",
            "type": "payment_intent.succeeded",
            "data": {"object": {"id": "pi_test_1", "object": "payment_intent", "amount": 2000}},
        }
        return WebhookSetup(
            scheme,
            "stripe",
            event_type="payment_intent.succeeded",
            body=_json(body),
            handler_name="on_payment_intent_succeeded",
            event_class="PaymentIntentSucceeded",
            event_fields=(
                ("event_id", "str", "id"),
                ("payment_intent", "str", "data.object.id"),
                ("amount", "int", "data.object.amount"),
            ),
        )
    if scheme == "github-sha256":
        return WebhookSetup(
            scheme,
            "github",
            event_type="issues",
            event_id="d8a3c1f0-0000-4000-8000-000000000001",
            body=_json({"action": "opened", "issue": {"number": 1, "title": "Bug"}}),
            extra_headers={
                "X-GitHub-Event": "issues",
                "X-GitHub-Delivery": "d8a3c1f0-0000-4000-8000-000000000001",
            },
            handler_name="on_issues",
            event_class="IssuesEvent",
            event_fields=(
                ("action", "str", "action"),
                ("number", "int", "issue.number"),
                ("title", "str", "issue.title"),
            ),
        )
    if scheme == "slack-v0":
        body = {"type": "event_callback", "event_id": "Ev0TEST1", "event": {"type": "app_mention"}}
        return WebhookSetup(
            scheme,
            "slack",
            event_type="app_mention",
            event_id="Ev0TEST1",
            body=_json(body),
            handler_name="on_app_mention",
            event_class="AppMention",
            event_fields=(("event_id", "str", "event_id"), ("kind", "str", "event.type")),
        )
    if scheme == "shopify-hmac-sha256":
        return WebhookSetup(
            scheme,
            "shopify",
            event_type="orders/create",
            event_id="b54557e4-test",
            body=_json({"id": 820982911946154508, "email": "jon@example.com"}),
            extra_headers={
                "X-Shopify-Topic": "orders/create",
                "X-Shopify-Webhook-Id": "b54557e4-test",
            },
            handler_name="on_orders_create",
        )
    if scheme in {"standard-webhooks-v1", "svix-v1"}:
        body = {"type": "response.completed", "data": {"id": "resp_test_1"}}
        return WebhookSetup(
            scheme,
            "standard-webhooks" if scheme.startswith("standard") else "svix",
            event_type="response.completed",
            event_id="msg_test_1",
            body=_json(body),
            handler_name="on_response_completed",
        )
    if scheme == "twilio-hmac-sha1":
        return WebhookSetup(
            scheme,
            "twilio",
            event_type="twilio",
            event_id="SMtest1",
            body="MessageSid=SMtest1&MessageStatus=delivered&To=%2B15005550006",
            content_type="application/x-www-form-urlencoded",
            signs_url=True,
            handler_name="on_status_callback",
        )
    if scheme == "sendgrid-ecdsa-p256":
        batch = [{"event": "delivered", "sg_event_id": "sg_test_1", "email": "a@example.com"}]
        return WebhookSetup(
            scheme,
            "sendgrid",
            event_type="delivered",
            event_id="sg_test_1",
            body=_json(batch),
            key_pair="generate_sendgrid_keypair",
            handler_name="on_delivered",
            key_kind="public key (base64)",
        )
    if scheme == "square-hmac-sha256":
        body = {
            "merchant_id": "MLTEST1",
            "type": "payment.updated",
            "event_id": "5f2b1d0c-test-4000-8000-000000000001",
            "created_at": "2025-01-01T00:00:00Z",
            "data": {"type": "payment", "id": "pay_test_1"},
        }
        return WebhookSetup(
            scheme,
            "square",
            event_type="payment.updated",
            event_id="5f2b1d0c-test-4000-8000-000000000001",
            body=_json(body),
            signs_url=True,
            pins_url=True,
            handler_name="on_payment_updated",
            key_kind="signature key",
        )
    if scheme == "discord-ed25519":
        interaction: dict[str, Any] = {
            "type": 2,
            "id": "1234567890123456781",
            "application_id": "1234567890123456789",
            "token": "interaction-token",
            "data": {"name": "hello"},
        }
        return WebhookSetup(
            scheme,
            "discord",
            event_type="application_command",
            event_id="1234567890123456781",
            body=_json(interaction),
            key_pair="generate_discord_keypair",
            handler_name="on_application_command",
            key_kind="application public key (hex)",
        )
    if scheme == "linear-hmac-sha256":
        body = {"action": "create", "type": "Issue", "data": {"id": "issue_test_1", "number": 1}}
        return WebhookSetup(
            scheme,
            "linear",
            event_type="Issue",
            event_id="7c1e9a52-test-4000-8000-000000000001",
            body=_json(body),
            extra_headers={
                "Linear-Delivery": "7c1e9a52-test-4000-8000-000000000001",
                "Linear-Event": "Issue",
            },
            body_timestamp="webhookTimestamp",
            handler_name="on_issue",
        )
    if scheme == "generic-hmac-sha256":
        return WebhookSetup(
            "generic-hmac",
            "generic",
            options={"header": "X-Signature", "algorithm": "sha256", "encoding": "hex"},
            body=_json({"id": "evt_test_1", "type": "example.event"}),
        )
    raise ValueError(f"unknown webhook scheme {scheme!r}")
