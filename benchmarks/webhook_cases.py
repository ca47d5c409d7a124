"""What ``bench_webhooks.py`` times for each signature scheme: one signed ~2 KB delivery,
our verifier for it, the bare cryptographic floor doing the same work on the same bytes,
and the official libraries' verifiers where they are importable.

The floor is what no verifier can skip: the HMAC (or Ed25519 / ECDSA verification) over
the exact signed bytes, already concatenated, plus encoding and constant-time comparison
of the result; for Twilio's JSON variant also the body's SHA-256; for Linear also reading
``webhookTimestamp`` out of the signed JSON body (``json.loads``) and the window check.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

PAYLOAD_BYTES = 2048
Fn = Callable[[], object]


@dataclass
class Case:
    scheme: str
    verify: Fn  # our full verify (headers parsed, timestamp checked)
    floor: Fn
    floor_label: str = "bare HMAC"
    references: dict[str, Fn] = field(default_factory=dict)  # official libraries
    goal: str = ""  # when the <= 1.6x goal needs a word


def json_payload(event_id: str = "evt_bench", **extra: Any) -> bytes:
    base: dict[str, Any] = {"id": event_id, "type": "payment_intent.succeeded", "data": {}}
    base.update(extra)
    pad = PAYLOAD_BYTES - len(json.dumps(base, separators=(",", ":"))) - len(',"pad":""')
    base["pad"] = "x" * pad
    return json.dumps(base, separators=(",", ":")).encode()


def form_payload() -> bytes:
    params: dict[str, str] = {}
    n = 0
    while len(urlencode(params)) < PAYLOAD_BYTES - 60:
        params[f"Param{n:02d}"] = f"value-{n}-" + "y" * 50
        n += 1
    return urlencode(params).encode()


def hmac_floor(key: bytes, signed: bytes, digest: str = "sha256", b64: bool = False) -> Fn:
    """HMAC over the already-built signed bytes, encoded as the scheme sends it, compared."""
    mac = hmac.new(key, signed, digest)
    expected = base64.b64encode(mac.digest()).decode() if b64 else mac.hexdigest()
    if b64:
        return lambda: hmac.compare_digest(
            base64.b64encode(hmac.new(key, signed, digest).digest()).decode(), expected
        )
    return lambda: hmac.compare_digest(hmac.new(key, signed, digest).hexdigest(), expected)


def _ours(wh: Any, scheme: str, secret: str, body: bytes, headers: dict[str, str], **kw: Any) -> Fn:
    url = kw.pop("url", None)
    verifier = wh.make_verifier(scheme, [secret], **kw)
    lowered = {k.lower(): v for k, v in headers.items()}
    verifier.verify(body, lowered, url)  # must pass before it is timed
    return lambda: verifier.verify(body, lowered, url)


def hmac_cases(wh: Any) -> list[Case]:
    now = int(time.time())
    body = json_payload()
    ts = str(now).encode()
    cases: list[Case] = []

    def add(
        scheme: str,
        secret: str,
        signed: bytes,
        *,
        key: bytes | None = None,
        b64: bool = False,
        **kw: Any,
    ) -> Case:
        sign_kw = {k: kw[k] for k in ("url", "header", "timestamp_header") if k in kw}
        msg_id = kw.pop("msg_id", None)
        headers = wh.sign_for_test(scheme, body, secret, timestamp=now, msg_id=msg_id, **sign_kw)
        floor = hmac_floor(key or secret.encode(), signed, b64=b64)
        case = Case(scheme, _ours(wh, scheme, secret, body, headers, **kw), floor)
        case.references.update(references(scheme, secret, body, headers, kw.get("url")))
        cases.append(case)
        return case

    add("stripe-v1", "whsec_bench", ts + b"." + body)
    add("github-sha256", "gh-bench", body)
    add("slack-v0", "slack-bench", b"v0:" + ts + b":" + body)
    add("shopify-hmac-sha256", "shop-bench", body, b64=True)
    sw_secret = "whsec_" + base64.b64encode(b"k" * 32).decode()
    sw_signed = b"msg_bench." + ts + b"." + body
    for scheme in ("standard-webhooks-v1", "svix-v1"):
        add(scheme, sw_secret, sw_signed, key=b"k" * 32, b64=True, msg_id="msg_bench")
    sq_url = "https://hooks.example.com/square/notifications"
    add("square-hmac-sha256", "sq-bench", sq_url.encode() + body, b64=True, url=sq_url)
    add("generic-hmac", "gen-bench", body, header="X-Signature")
    windowed = add(
        "generic-hmac",
        "gen-bench",
        ts + b"." + body,
        header="X-Signature",
        timestamp_header="X-Timestamp",
    )
    windowed.scheme = "generic-hmac +timestamp"
    cases.append(linear_case(wh))
    cases.extend(twilio_cases(wh, body))
    return cases


def references(
    scheme: str, secret: str, body: bytes, headers: dict[str, str], url: str | None
) -> dict[str, Fn]:
    """The official libraries' verify for the same delivery, where importable."""
    lowered = {k.lower(): v for k, v in headers.items()}
    found: dict[str, Fn] = {}
    try:
        if scheme == "stripe-v1":
            import stripe

            header = lowered["stripe-signature"]
            found["stripe"] = lambda: stripe.WebhookSignature.verify_header(body, header, secret)
        elif scheme == "standard-webhooks-v1":
            import standardwebhooks

            hook = standardwebhooks.Webhook(secret)
            found["standardwebhooks"] = lambda: hook.verify(body, lowered, json_parse=False)
        elif scheme == "svix-v1":
            import svix

            svix_hook = svix.Webhook(secret)
            found["svix"] = lambda: svix_hook.verify(body, lowered)
        elif scheme == "slack-v0":
            from slack_sdk.signature import SignatureVerifier

            slack = SignatureVerifier(secret)
            found["slack_sdk"] = lambda: slack.is_valid_request(body, lowered)
        elif scheme == "square-hmac-sha256":
            from square.utils.webhooks_helper import verify_signature

            text, sig, where = body.decode(), lowered["x-square-hmacsha256-signature"], str(url)
            found["squareup"] = lambda: verify_signature(
                request_body=text,
                signature_header=sig,
                signature_key=secret,
                notification_url=where,
            )
    except ImportError:
        pass
    for fn in found.values():  # raises, or returns False, on a refusal
        assert fn() is not False, f"the official {scheme} verifier refused the delivery"
    return found


def linear_case(wh: Any) -> Case:
    now_ms = int(time.time() * 1000)
    body = json_payload(webhookTimestamp=now_ms)
    headers = wh.sign_for_test("linear-hmac-sha256", body, "lin-bench")
    mac_floor = hmac_floor(b"lin-bench", body)

    def floor() -> bool:
        stamp = json.loads(body)["webhookTimestamp"]
        return bool(mac_floor()) and abs(time.time() * 1000 - stamp) <= 60_000

    return Case(
        "linear-hmac-sha256",
        _ours(wh, "linear-hmac-sha256", "lin-bench", body, headers),
        floor,
        "HMAC + json.loads",
    )


def twilio_cases(wh: Any, body: bytes) -> list[Case]:
    form = form_payload()
    url = "https://hooks.example.com/twilio/sms?tenant=42"
    signed_form = url + "".join(k + v for k, v in sorted(parse_qsl(form.decode())))
    form_headers = wh.sign_for_test("twilio-hmac-sha1", form, "tw-bench", url=url)
    form_floor = hmac_floor(b"tw-bench", signed_form.encode(), "sha1", b64=True)
    twilio_form = Case(
        "twilio-hmac-sha1 form",
        _ours(wh, "twilio-hmac-sha1", "tw-bench", form, form_headers, url=url),
        form_floor,
        goal="1.6x: see parse floor",
    )

    def parse_and_floor() -> object:
        # the same floor plus the irreducible form work: decode, sort, concatenate
        params = sorted(parse_qsl(form.decode(), keep_blank_values=True))
        signed = (url + "".join(k + v for k, v in params)).encode()
        return hmac.new(b"tw-bench", signed, "sha1").digest()

    twilio_parsed = Case(
        "twilio-hmac-sha1 form",
        twilio_form.verify,
        parse_and_floor,
        "HMAC+parse_qsl+sort",
    )
    body_url = wh.twilio_body_url("https://hooks.example.com/twilio/conv", body)
    json_headers = wh.sign_for_test("twilio-hmac-sha1-bodysha256", body, "tw-bench", url=body_url)
    url_floor = hmac_floor(b"tw-bench", body_url.encode(), "sha1", b64=True)
    digest = hashlib.sha256(body).hexdigest()

    def body_floor() -> bool:
        ok = hmac.compare_digest(hashlib.sha256(body).hexdigest(), digest)
        return bool(url_floor()) and ok

    twilio_json = Case(
        "twilio-hmac-sha1-bodysha256",
        _ours(wh, "twilio-hmac-sha1-bodysha256", "tw-bench", body, json_headers, url=body_url),
        body_floor,
        "HMAC + SHA-256",
    )
    add_twilio_references(
        twilio_form, twilio_json, form, body, url, body_url, form_headers, json_headers
    )
    return [twilio_form, twilio_parsed, twilio_json]


def add_twilio_references(
    form_case: Case,
    json_case: Case,
    form: bytes,
    body: bytes,
    url: str,
    body_url: str,
    form_headers: dict[str, str],
    json_headers: dict[str, str],
) -> None:
    try:
        from twilio.request_validator import RequestValidator
    except ImportError:
        return
    validator = RequestValidator("tw-bench")
    sig = form_headers["X-Twilio-Signature"]
    # the official helper needs the parsed form, so parsing is part of its cost
    form_case.references["twilio"] = lambda: validator.validate(
        url, dict(parse_qsl(form.decode())), sig
    )
    text, json_sig = body.decode(), json_headers["X-Twilio-Signature"]
    json_case.references["twilio"] = lambda: validator.validate(body_url, text, json_sig)


def asymmetric_cases(wh: Any) -> list[Case]:
    """SendGrid (ECDSA P-256) and Discord (Ed25519) against a bare ``public_key.verify``."""
    try:
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec, ed25519
    except ImportError:
        return []
    now = int(time.time())
    body = json_payload()
    message = str(now).encode() + body
    private, public = wh.generate_sendgrid_keypair()
    headers = wh.sign_for_test("sendgrid-ecdsa-p256", body, private, timestamp=now)
    key: Any = serialization.load_der_public_key(base64.b64decode(public))
    der = base64.b64decode(headers["X-Twilio-Email-Event-Webhook-Signature"])
    algorithm = ec.ECDSA(hashes.SHA256())
    sendgrid = Case(
        "sendgrid-ecdsa-p256",
        _ours(wh, "sendgrid-ecdsa-p256", public, body, headers),
        lambda: key.verify(der, message, algorithm),
        "bare ECDSA",
    )
    try:
        from sendgrid.helpers.eventwebhook import EventWebhook

        official = EventWebhook(public)
        text, ts = body.decode(), str(now)
        sig = headers["X-Twilio-Email-Event-Webhook-Signature"]
        assert official.verify_signature(text, sig, ts)
        sendgrid.references["sendgrid"] = lambda: official.verify_signature(text, sig, ts)
    except ImportError:
        pass
    d_private, d_public = wh.generate_discord_keypair()
    d_headers = wh.sign_for_test("discord-ed25519", body, d_private, timestamp=now)
    d_key = ed25519.Ed25519PublicKey.from_public_bytes(bytes.fromhex(d_public))
    d_sig = bytes.fromhex(d_headers["X-Signature-Ed25519"])
    discord = Case(
        "discord-ed25519",
        _ours(wh, "discord-ed25519", d_public, body, d_headers),
        lambda: d_key.verify(d_sig, message),
        "bare Ed25519",
    )
    try:
        from discord_interactions import verify_key

        sig_hex, ts = d_headers["X-Signature-Ed25519"], str(now)
        assert verify_key(body, sig_hex, ts, d_public)
        discord.references["discord-interactions"] = lambda: verify_key(body, sig_hex, ts, d_public)
    except ImportError:
        pass
    return [sendgrid, discord]
