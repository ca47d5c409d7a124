"""Router behaviour through the ASGI (Starlette TestClient) and WSGI (Flask) adapters."""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest

wh: Any = importlib.import_module("ik_webhooks")
clients: Any = importlib.import_module("wh_clients")
Client = clients.Client
KINDS = clients.KINDS
kind = clients.kind

SECRET = "whsec_router_test_secret"
EVENT = {"id": "evt_100", "type": "payment_intent.succeeded", "data": {"amount": 5}}
BODY = json.dumps(EVENT).encode()


@dataclass
class Paid:
    id: str
    amount: int


def make_router(**options: Any) -> tuple[Any, list[Any]]:
    seen: list[Any] = []
    router = wh.WebhookRouter(wh.make_verifier("stripe-v1", [SECRET]), preset="stripe", **options)

    def handle(event: Any) -> None:
        seen.append(event)

    router.on("payment_intent.succeeded", "charge.refunded")(handle)
    return router, seen


def signed(body: bytes = BODY, secret: str = SECRET, **extra: str) -> dict[str, str]:
    headers: dict[str, str] = wh.sign_for_test("stripe-v1", body, secret)
    headers["Content-Type"] = "application/json"
    headers.update(extra)
    return headers


def test_valid_delivery_dispatches(kind: str) -> None:
    router, seen = make_router()
    status, data = Client(kind, router).post(BODY, signed())
    assert status == 200 and data["ok"] is True
    assert len(seen) == 1
    assert seen[0].id == "evt_100" and seen[0].type == "payment_intent.succeeded"
    assert seen[0].payload == EVENT and seen[0].body == BODY


@pytest.mark.parametrize(
    ("mangle", "status", "reason"),
    [
        (lambda h: {**h, "Stripe-Signature": h["Stripe-Signature"][:-1] + "0"}, 401, "signature"),
        (lambda h: {k: v for k, v in h.items() if k != "Stripe-Signature"}, 401, "missing"),
        (lambda h: {**h, "Stripe-Signature": "garbage"}, 400, "header"),
        (lambda h: {**h, "Stripe-Signature": "t=1,v1=" + "0" * 64}, 401, "signature"),
    ],
)
def test_bad_signatures_are_4xx_and_never_dispatch(
    kind: str,
    mangle: Callable[[dict[str, str]], dict[str, str]],
    status: int,
    reason: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    router, seen = make_router()
    good = signed()
    headers = mangle(good)
    if headers.get("Stripe-Signature", "").endswith("0") and headers == good:
        headers["Stripe-Signature"] = headers["Stripe-Signature"][:-1] + "1"
    with caplog.at_level(logging.DEBUG):
        got, data = Client(kind, router).post(BODY, headers)
    assert got == status
    assert data["ok"] is False and reason in data["error"]
    assert seen == []
    expected_sig = good["Stripe-Signature"].split("v1=")[1]
    leaked = json.dumps(data) + caplog.text
    assert SECRET not in leaked and expected_sig not in leaked


def test_stale_timestamp_is_401(kind: str) -> None:
    router, seen = make_router()
    headers = wh.sign_for_test("stripe-v1", BODY, SECRET, timestamp=1_000_000)
    status, data = Client(kind, router).post(BODY, headers)
    assert status == 401 and "timestamp" in data["error"] and seen == []


def test_invalid_json_with_valid_signature_is_400(kind: str) -> None:
    router, seen = make_router()
    body = b'{"id": "evt_1", "type": '
    status, data = Client(kind, router).post(body, signed(body))
    assert status == 400 and data["error"] == "invalid JSON" and seen == []


@pytest.mark.parametrize(
    "body", [b'["not", "an", "object"]', b'{"id": "evt_1"}', b'{"type": ["x"]}', b"null"]
)
def test_missing_event_type_is_400(kind: str, body: bytes) -> None:
    router, seen = make_router()
    status, _data = Client(kind, router).post(body, signed(body))
    assert status == 400 and seen == []


def test_too_large_is_413_without_verifying(kind: str) -> None:
    router, seen = make_router(max_body_bytes=1024)
    body = json.dumps({**EVENT, "pad": "x" * 2000}).encode()
    status, data = Client(kind, router).post(body, signed(body))
    assert status == 413 and data["error"] == "payload too large" and seen == []
    small = json.dumps({**EVENT, "pad": "x" * 100}).encode()
    assert Client(kind, router).post(small, signed(small))[0] == 200


def test_default_limit_is_one_mebibyte(kind: str) -> None:
    router, _ = make_router()
    assert router.max_body_bytes == 1 << 20
    body = b'{"type":"payment_intent.succeeded","pad":"' + b"x" * (1 << 20) + b'"}'
    assert Client(kind, router).post(body, signed(body))[0] == 413


def test_unknown_event_type_acknowledged_and_logged(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    router, seen = make_router()
    body = json.dumps({"id": "evt_2", "type": "customer.created"}).encode()
    with caplog.at_level(logging.INFO):
        status, data = Client(kind, router).post(body, signed(body))
    assert status == 200 and data["status"] == "ignored" and seen == []
    assert "customer.created" in caplog.text


def test_unknown_event_type_can_be_rejected(kind: str) -> None:
    router, seen = make_router(unknown_events="reject")
    body = json.dumps({"id": "evt_2", "type": "customer.created"}).encode()
    status, _data = Client(kind, router).post(body, signed(body))
    assert status == 422 and seen == []


def test_wildcard_handler_and_mapper() -> None:
    def to_domain(event: Any) -> Paid:
        return Paid(id=event.id, amount=event.payload["data"]["amount"])

    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]), preset="stripe", mapper=to_domain
    )
    got: list[Any] = []
    router.on("*")(got.append)
    special: list[Any] = []
    router.on("charge.refunded", mapper=lambda e: ("refund", e.id))(special.append)
    assert router.handle(BODY, signed()).status == 200
    refund = json.dumps({"id": "evt_r", "type": "charge.refunded"}).encode()
    assert router.handle(refund, signed(refund)).status == 200
    assert got == [Paid(id="evt_100", amount=5)]
    assert special == [("refund", "evt_r")]
    with pytest.raises(ValueError):
        router.on("charge.refunded")(print)


def test_handler_failure_without_inbox_is_generic_500(caplog: pytest.LogCaptureFixture) -> None:
    router = wh.WebhookRouter(wh.make_verifier("stripe-v1", [SECRET]), preset="stripe")

    def boom(event: Any) -> None:
        raise RuntimeError("db password is hunter2")

    router.on("payment_intent.succeeded")(boom)
    response = router.handle(BODY, signed())
    assert response.status == 500 and "hunter2" not in response.json_bytes().decode()


def test_method_not_allowed_asgi() -> None:
    router, _ = make_router()
    from starlette.applications import Starlette
    from starlette.routing import Route
    from starlette.testclient import TestClient

    app = Starlette(routes=[Route("/hooks", wh.WebhookASGIApp(router), methods=["POST", "GET"])])
    assert TestClient(app).get("/hooks").status_code == 405


def test_github_preset_uses_headers(kind: str) -> None:
    secret = "gh-secret"
    router = wh.WebhookRouter(wh.make_verifier("github-sha256", [secret]), preset="github")
    seen: list[Any] = []
    router.on("push")(seen.append)
    body = json.dumps({"ref": "refs/heads/main"}).encode()
    headers = wh.sign_for_test(
        "github-sha256",
        body,
        secret,
        extra_headers={
            "X-GitHub-Event": "push",
            "X-GitHub-Delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
            "Content-Type": "application/json",
        },
    )
    status, _ = Client(kind, router).post(body, headers)
    assert status == 200
    assert seen[0].type == "push" and seen[0].id == "72d3162e-cc78-11e3-81ab-4c9367dc0958"
    assert router.provider == "github"


def test_twilio_form_over_adapters_uses_request_url(kind: str) -> None:
    token = "twilio-token"
    router = wh.WebhookRouter(wh.make_verifier("twilio-hmac-sha1", [token]), preset="twilio")
    seen: list[Any] = []
    router.on("twilio")(seen.append)
    params = {"MessageSid": "SM1", "Body": "hi there+you", "From": "+15550001111"}
    body = urlencode(params).encode()
    host = "http://testserver" if kind != "flask" else "http://localhost"
    url = f"{host}/hooks?tenant=a%20b"
    headers = wh.sign_for_test("twilio-hmac-sha1", body, token, url=url)
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    status, data = Client(kind, router).post(body, headers, path="/hooks?tenant=a%20b")
    assert (status, data["ok"]) == (200, True)
    assert seen[0].payload == params and seen[0].id == "SM1"
    # behind a proxy: the public URL differs from the one the app sees
    public = "https://hooks.example.com"
    headers = wh.sign_for_test("twilio-hmac-sha1", body, token, url=f"{public}/hooks?tenant=a%20b")
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    assert Client(kind, router).post(body, headers, "/hooks?tenant=a%20b")[0] == 401
    proxied = Client(kind, router, public_base_url=public)
    assert proxied.post(body, headers, "/hooks?tenant=a%20b")[0] == 200


def test_sendgrid_batch_is_exploded() -> None:
    pytest.importorskip("cryptography")
    private, public = wh.generate_sendgrid_keypair()
    router = wh.WebhookRouter(wh.make_verifier("sendgrid-ecdsa-p256", [public]), preset="sendgrid")
    seen: list[Any] = []
    router.on("delivered", "open")(seen.append)
    batch = [
        {"event": "delivered", "sg_event_id": "a1", "email": "x@example.com"},
        {"event": "open", "sg_event_id": "a2", "email": "x@example.com"},
        {"event": "bounce", "sg_event_id": "a3", "email": "x@example.com"},
    ]
    body = json.dumps(batch).encode() + b"\r\n"
    response = router.handle(body, wh.sign_for_test("sendgrid-ecdsa-p256", body, private))
    assert response.status == 200
    assert [(e.type, e.id) for e in seen] == [("delivered", "a1"), ("open", "a2")]
    bad = router.handle(b"{}", wh.sign_for_test("sendgrid-ecdsa-p256", b"{}", private))
    assert bad.status == 400


def test_headers_are_case_insensitive_and_pairs_accepted() -> None:
    router, seen = make_router()
    pairs = [(k.upper(), v) for k, v in signed().items()]
    assert router.handle(BODY, pairs).status == 200 and len(seen) == 1


@pytest.fixture
def sqlite_router(tmp_path: Any) -> Iterator[tuple[Any, list[Any]]]:
    router, seen = make_router(inbox=wh.Inbox.sqlite(tmp_path / "inbox.db"))
    yield router, seen
    router.inbox.close()


def test_adapters_with_inbox_ack_and_dedupe(kind: str, sqlite_router: Any) -> None:
    router, seen = sqlite_router
    client = Client(kind, router)
    assert client.post(BODY, signed()) == (200, {"ok": True, "status": "accepted"})
    assert client.post(BODY, signed()) == (200, {"ok": True, "status": "duplicate"})
    assert len(seen) == 1
    assert router.inbox.get("stripe", "evt_100").status == "done"


# --------------------------------------------------------------------- Slack handshake

SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def slack_signed(body: bytes, secret: str = SLACK_SECRET) -> dict[str, str]:
    """Headers as Slack sends them, signed by slack_sdk (the official library)."""
    import time

    signature_module = pytest.importorskip("slack_sdk.signature")
    timestamp = str(int(time.time()))
    signature = signature_module.SignatureVerifier(secret).generate_signature(
        timestamp=timestamp, body=body
    )
    return {
        "X-Slack-Signature": signature,
        "X-Slack-Request-Timestamp": timestamp,
        "Content-Type": "application/json",
    }


def slack_router() -> tuple[Any, list[Any]]:
    seen: list[Any] = []
    router = wh.WebhookRouter(wh.make_verifier("slack-v0", [SLACK_SECRET]), preset="slack")
    router.on("app_mention")(seen.append)
    return router, seen


def test_slack_url_verification_gets_its_challenge_back(kind: str) -> None:
    """Slack enables an Events API URL only after it answers the signed challenge."""
    router, seen = slack_router()
    check = {
        "token": "t",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        "type": "url_verification",
    }
    body = json.dumps(check).encode()
    status, data = Client(kind, router).post(body, slack_signed(body))
    assert status == 200 and data == {"challenge": check["challenge"]}
    forged, data = Client(kind, router).post(body, slack_signed(body, secret="not-the-secret"))
    assert forged == 401 and "challenge" not in data
    event = {"type": "event_callback", "event_id": "Ev1", "event": {"type": "app_mention"}}
    body = json.dumps(event).encode()
    status, data = Client(kind, router).post(body, slack_signed(body))
    assert status == 200 and data["status"] == "processed"
    assert [e.id for e in seen] == ["Ev1"]
