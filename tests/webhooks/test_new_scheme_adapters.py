"""Square, Discord and Linear deliveries through the real ASGI and WSGI adapters."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
clients: Any = importlib.import_module("wh_clients")
Client = clients.Client
kind = clients.kind


def host(kind: str) -> str:
    return "http://testserver" if kind != "flask" else "http://localhost"


# --------------------------------------------------------------------- Discord


@pytest.fixture(scope="module")
def discord_keys() -> tuple[str, str]:
    pytest.importorskip("cryptography")
    pair: tuple[str, str] = wh.generate_discord_keypair()
    return pair


def discord_router(public: str, **options: Any) -> tuple[Any, list[Any]]:
    seen: list[Any] = []
    router = wh.WebhookRouter(
        wh.make_verifier("discord-ed25519", [public]), preset="discord", **options
    )
    router.on("application_command", "message_component")(seen.append)
    return router, seen


def discord_post(client: Any, payload: dict[str, Any], private: str) -> tuple[int, Any]:
    body = json.dumps(payload).encode()
    headers = wh.sign_for_test("discord-ed25519", body, private)
    return client.post(body, {**headers, "Content-Type": "application/json"})  # type: ignore[no-any-return]


def test_discord_ping_is_answered_pong(kind: str, discord_keys: tuple[str, str]) -> None:
    """Discord saves an Interactions Endpoint URL only after a signed PING gets PONG and
    a badly signed one gets 401."""
    private, public = discord_keys
    router, seen = discord_router(public)
    client = Client(kind, router)
    ping = {"type": 1, "id": "900", "application_id": "42"}
    assert discord_post(client, ping, private) == (200, {"type": 1})
    other_private, _ = wh.generate_discord_keypair()
    status, data = discord_post(client, ping, other_private)
    assert status == 401 and data.get("type") is None
    assert seen == []


def test_discord_interactions_get_a_deferred_answer(
    kind: str, discord_keys: tuple[str, str], tmp_path: Path
) -> None:
    private, public = discord_keys
    router, seen = discord_router(public, inbox=wh.Inbox.sqlite(tmp_path / "inbox.sqlite3"))
    client = Client(kind, router)
    command = {"type": 2, "id": "901", "data": {"name": "hello"}, "token": "tok"}
    assert discord_post(client, command, private) == (200, {"type": 5})
    assert discord_post(client, command, private) == (200, {"type": 5})  # duplicate: not re-run
    component = {"type": 3, "id": "902", "data": {"custom_id": "ok"}, "token": "tok"}
    assert discord_post(client, component, private) == (200, {"type": 6})
    autocomplete = {"type": 4, "id": "903", "data": {"name": "hello"}, "token": "tok"}
    status, data = discord_post(client, autocomplete, private)  # no handler: acknowledged
    assert (status, data) == (200, {"type": 8, "data": {"choices": []}})
    assert [(e.type, e.id) for e in seen] == [
        ("application_command", "901"),
        ("message_component", "902"),
    ]


def test_discord_handler_failure_is_not_answered_deferred(discord_keys: tuple[str, str]) -> None:
    """Without an inbox a failing handler still gets a 500, not a deferred answer."""
    private, public = discord_keys
    router = wh.WebhookRouter(wh.make_verifier("discord-ed25519", [public]), preset="discord")

    def boom(event: Any) -> None:
        raise RuntimeError("no")

    router.on("application_command")(boom)
    body = b'{"type":2,"id":"7"}'
    response = router.handle(body, wh.sign_for_test("discord-ed25519", body, private))
    assert response.status == 500 and "type" not in response.body


# --------------------------------------------------------------------- Square


def test_square_over_adapters_uses_the_notification_url(kind: str) -> None:
    key = "sq-signature-key"
    seen: list[Any] = []
    router = wh.WebhookRouter(wh.make_verifier("square-hmac-sha256", [key]), preset="square")
    router.on("payment.updated")(seen.append)
    body = json.dumps(
        {"merchant_id": "M1", "type": "payment.updated", "event_id": "e-1", "data": {}}
    ).encode()
    url = f"{host(kind)}/hooks?x=1"
    headers = {**wh.sign_for_test("square-hmac-sha256", body, key, url=url)}
    status, data = Client(kind, router).post(body, headers, path="/hooks?x=1")
    assert (status, data["ok"]) == (200, True)
    assert [(e.type, e.id) for e in seen] == [("payment.updated", "e-1")]
    public = "https://hooks.example.com/hooks?x=1"
    signed_public = wh.sign_for_test("square-hmac-sha256", body, key, url=public)
    assert Client(kind, router).post(body, signed_public, path="/hooks?x=1")[0] == 401
    proxied = Client(kind, router, public_base_url="https://hooks.example.com")
    assert proxied.post(body, signed_public, path="/hooks?x=1")[0] == 200


# --------------------------------------------------------------------- Linear


def test_linear_over_adapters(kind: str) -> None:
    seen: list[Any] = []
    router = wh.WebhookRouter(wh.make_verifier("linear-hmac-sha256", ["lin"]), preset="linear")
    router.on("Issue")(seen.append)
    body = wh.body_with_timestamp({"action": "create", "type": "Issue", "data": {"id": "i1"}})
    headers = {
        **wh.sign_for_test("linear-hmac-sha256", body, "lin"),
        "Linear-Delivery": "0b6f7a3e-delivery",
        "Linear-Event": "Issue",
        "Content-Type": "application/json",
    }
    status, data = Client(kind, router).post(body, headers)
    assert (status, data["ok"]) == (200, True)
    assert [(e.type, e.id) for e in seen] == [("Issue", "0b6f7a3e-delivery")]
    stale = wh.body_with_timestamp(json.loads(body), timestamp=1_700_000_000)
    stale_headers = {**headers, **wh.sign_for_test("linear-hmac-sha256", stale, "lin")}
    assert Client(kind, router).post(stale, stale_headers) == (
        401,
        {"ok": False, "error": "timestamp outside tolerance"},
    )
