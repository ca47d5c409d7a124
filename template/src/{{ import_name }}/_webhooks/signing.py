"""Sign test deliveries exactly as each provider does, for tests and local replay.

``sign_for_test(scheme, payload, secret)`` returns the headers to send with
``payload``. Never use it to "re-sign" production traffic.
"""

from __future__ import annotations

import base64
import hmac
import json
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .schemes import standard_webhooks_key
from .twilio import form_params, twilio_signed_string

__all__ = [
    "body_with_timestamp",
    "generate_discord_keypair",
    "generate_sendgrid_keypair",
    "sign_for_test",
]


def _as_bytes(payload: bytes | str) -> bytes:
    return payload.encode("utf-8") if isinstance(payload, str) else payload


def _secrets(secret: str | Sequence[str]) -> list[str]:
    return [secret] if isinstance(secret, str) else list(secret)


def _hex(key: str, message: bytes, digest: str = "sha256") -> str:
    return hmac.digest(key.encode("utf-8"), message, digest).hex()


def _b64(key: bytes, message: bytes, digest: str = "sha256") -> str:
    return base64.b64encode(hmac.digest(key, message, digest)).decode("ascii")


def sign_for_test(
    scheme: str,
    payload: bytes | str,
    secret: str | Sequence[str],
    *,
    timestamp: int | None = None,
    url: str | None = None,
    msg_id: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    **options: str,
) -> dict[str, str]:
    """Headers that make ``payload`` verify under ``scheme`` with ``secret``.

    ``secret`` may be a list: schemes that carry several signatures (Stripe, Standard
    Webhooks, Svix) then include one per secret, like a provider during a secret roll.
    ``timestamp`` defaults to now. Twilio needs ``url`` (for the bodySHA256 variant the
    URL must already carry ``bodySHA256``, see ``twilio_body_url``); so does Square (the
    notification URL). SendGrid's ``secret`` is the PEM private key (see
    ``generate_sendgrid_keypair``), Discord's the hex private key
    (``generate_discord_keypair``). Linear signs the body as given: stamp it first with
    ``body_with_timestamp``. ``generic-hmac`` takes ``header``, ``algorithm``,
    ``encoding``, ``prefix`` and ``timestamp_header``/``timestamp_separator`` options.
    """
    body = _as_bytes(payload)
    ts = str(int(time.time()) if timestamp is None else timestamp)
    keys = _secrets(secret)
    headers: dict[str, str]
    if scheme == "stripe-v1":
        sigs = ",".join(f"v1={_hex(k, ts.encode() + b'.' + body)}" for k in keys)
        headers = {"Stripe-Signature": f"t={ts},{sigs}"}
    elif scheme == "github-sha256":
        headers = {"X-Hub-Signature-256": "sha256=" + _hex(keys[0], body)}
    elif scheme == "slack-v0":
        headers = {
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": "v0=" + _hex(keys[0], b"v0:" + ts.encode() + b":" + body),
        }
    elif scheme == "shopify-hmac-sha256":
        headers = {
            "X-Shopify-Topic": options.get("topic", "orders/create"),
            "X-Shopify-Shop-Domain": options.get("shop_domain", "example.myshopify.com"),
            "X-Shopify-API-Version": options.get("api_version", "2025-01"),
            "X-Shopify-Webhook-Id": msg_id or str(uuid.uuid4()),
            "X-Shopify-Hmac-Sha256": _b64(keys[0].encode("utf-8"), body),
        }
    elif scheme in ("standard-webhooks-v1", "svix-v1"):
        prefix = "svix-" if scheme == "svix-v1" else "webhook-"
        mid = msg_id or f"msg_{uuid.uuid4().hex}"
        message = f"{mid}.{ts}.".encode() + body
        sigs = " ".join(f"v1,{_b64(standard_webhooks_key(k), message)}" for k in keys)
        headers = {f"{prefix}id": mid, f"{prefix}timestamp": ts, f"{prefix}signature": sigs}
    elif scheme.startswith("twilio-"):
        headers = _sign_twilio(scheme, body, keys[0], url)
    elif scheme == "sendgrid-ecdsa-p256":
        headers = _sign_sendgrid(body, keys[0], ts)
    elif scheme == "square-hmac-sha256":
        if not url:
            raise ValueError("Square signatures need url= (the notification URL)")
        signature = _b64(keys[0].encode("utf-8"), url.encode("utf-8") + body)
        headers = {"X-Square-HmacSha256-Signature": signature}
    elif scheme == "discord-ed25519":
        headers = _sign_discord(body, keys[0], ts)
    elif scheme == "linear-hmac-sha256":
        headers = {"Linear-Signature": _hex(keys[0], body)}
    elif scheme == "generic-hmac":
        headers = _sign_generic(body, keys[0], ts, options)
    else:
        raise ValueError(f"unknown webhook scheme {scheme!r}")
    if extra_headers:
        headers.update(extra_headers)
    return headers


def _sign_generic(body: bytes, key: str, ts: str, options: Mapping[str, str]) -> dict[str, str]:
    header = options.get("header")
    if not header:
        raise ValueError("generic-hmac needs header=")
    ts_header = options.get("timestamp_header")
    signed = ts.encode() + options.get("timestamp_separator", ".").encode() if ts_header else b""
    raw = hmac.digest(key.encode("utf-8"), signed + body, options.get("algorithm", "sha256"))
    encoded = (
        raw.hex() if options.get("encoding", "hex") == "hex" else base64.b64encode(raw).decode()
    )
    headers = {header: options.get("prefix", "") + encoded}
    if ts_header:
        headers[ts_header] = ts
    return headers


def body_with_timestamp(
    payload: bytes | str | Mapping[str, Any],
    *,
    field: str = "webhookTimestamp",
    unit: str = "ms",
    timestamp: float | None = None,
) -> bytes:
    """The JSON object ``payload`` with ``field`` set to now (or ``timestamp``, in
    seconds) in ``unit`` ``"ms"`` (Linear's ``webhookTimestamp``) or ``"s"``."""
    data = dict(json.loads(payload) if isinstance(payload, bytes | str) else payload)
    seconds = time.time() if timestamp is None else timestamp
    data[field] = int(seconds * 1000) if unit == "ms" else int(seconds)
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _sign_discord(body: bytes, private_hex: str, ts: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # type: ignore[import-not-found,unused-ignore]

    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    signature: bytes = key.sign(ts.encode("ascii") + body)
    return {"X-Signature-Ed25519": signature.hex(), "X-Signature-Timestamp": ts}


def generate_discord_keypair() -> tuple[str, str]:
    """A fresh Ed25519 pair as hex: (private key, public key as the Developer Portal shows it)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # type: ignore[import-not-found,unused-ignore]
    from cryptography.hazmat.primitives.serialization import (  # type: ignore[import-not-found,unused-ignore]
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return seed.hex(), public.hex()


def _sign_twilio(scheme: str, body: bytes, token: str, url: str | None) -> dict[str, str]:
    if url is None:
        raise ValueError("Twilio signatures need url=")
    has_hash = "bodySHA256" in parse_qs(urlsplit(url).query)
    if scheme == "twilio-hmac-sha1-bodysha256" and not has_hash:
        raise ValueError("the URL must carry bodySHA256; build it with twilio_body_url()")
    params = [] if has_hash else form_params(body)
    digest = "sha256" if scheme == "twilio-hmac-sha256-sharedkey" else "sha1"
    message = twilio_signed_string(url, params).encode("utf-8")
    headers = {"X-Twilio-Signature": _b64(token.encode("utf-8"), message, digest)}
    if digest == "sha256":
        headers["X-Twilio-Webhooks-Signature-Settings"] = (
            "key=webhooks_sharedkey_test,algorithm=HMAC_SHA256"
        )
    return headers


def _sign_sendgrid(body: bytes, private_pem: str, ts: str) -> dict[str, str]:
    from cryptography.hazmat.primitives import hashes  # type: ignore[import-not-found,unused-ignore]
    from cryptography.hazmat.primitives.asymmetric import ec  # type: ignore[import-not-found,unused-ignore]
    from cryptography.hazmat.primitives.serialization import load_pem_private_key  # type: ignore[import-not-found,unused-ignore]

    key = load_pem_private_key(private_pem.encode("ascii"), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("SendGrid signing needs an EC P-256 private key (PEM)")
    signature = key.sign(ts.encode("ascii") + body, ec.ECDSA(hashes.SHA256()))
    return {
        "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(signature).decode("ascii"),
        "X-Twilio-Email-Event-Webhook-Timestamp": ts,
    }


def generate_sendgrid_keypair() -> tuple[str, str]:
    """A fresh P-256 pair: (private key PEM, public key as SendGrid shows it: base64 DER)."""
    from cryptography.hazmat.primitives.asymmetric import ec  # type: ignore[import-not-found,unused-ignore]
    from cryptography.hazmat.primitives.serialization import (  # type: ignore[import-not-found,unused-ignore]
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    private = ec.generate_private_key(ec.SECP256R1())
    pem = private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode("ascii")
    der = private.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return pem, base64.b64encode(der).decode("ascii")
