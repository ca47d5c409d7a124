"""Cross-checks against documented test vectors and the providers' official libraries.

Official library signs -> we accept; our ``sign_for_test`` -> official library accepts.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import pytest

wh: Any = importlib.import_module("ik_webhooks")
twilio_mod: Any = importlib.import_module("ik_webhooks.twilio")

BODY = json.dumps({"id": "evt_1", "type": "payment_intent.succeeded", "data": {"n": "é"}}).encode()
NOW = int(time.time())


@pytest.fixture(autouse=True)
def _fresh_now() -> None:
    """Signatures are made "now": a long test session must not age them past tolerance."""
    global NOW
    NOW = int(time.time())


# --------------------------------------------------------------------- documented vectors


def test_github_documented_vector() -> None:
    secret = "It's a Secret to Everybody"
    expected = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    verifier = wh.make_verifier("github-sha256", [secret])
    verifier.verify(b"Hello, World!", {"X-Hub-Signature-256": expected})
    assert wh.sign_for_test("github-sha256", b"Hello, World!", secret) == {
        "X-Hub-Signature-256": expected
    }
    with pytest.raises(wh.BadSignature):
        verifier.verify(b"Hello, World?", {"X-Hub-Signature-256": expected})
    with pytest.raises(wh.BadSignature):  # upper-case hex is not what GitHub sends
        verifier.verify(
            b"Hello, World!",
            {"X-Hub-Signature-256": expected.upper()[:7].lower() + expected[7:].upper()},
        )


TWILIO_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
TWILIO_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}


def test_twilio_documented_vector() -> None:
    body = urlencode(TWILIO_PARAMS).encode()
    verifier = wh.make_verifier("twilio-hmac-sha1", ["12345"])
    headers = {"X-Twilio-Signature": "0/KCTR6DLpKmkAf8muzZqo1nDgQ="}
    verifier.verify(body, headers, TWILIO_URL)
    assert wh.sign_for_test("twilio-hmac-sha1", body, "12345", url=TWILIO_URL) == headers
    with pytest.raises(wh.BadSignature):
        verifier.verify(body, headers, TWILIO_URL.replace("https", "http"))
    with pytest.raises(wh.BadSignature):
        verifier.verify(body.replace(b"1234", b"1235"), headers, TWILIO_URL)
    # Twilio is inconsistent about the default port: both forms verify.
    verifier.verify(body, headers, "https://mycompany.com:443/myapp.php?foo=1&bar=2")
    with pytest.raises(wh.BadSignature):
        verifier.verify(body, headers, "https://mycompany.com:8443/myapp.php?foo=1&bar=2")


# --------------------------------------------------------------------- Stripe


def test_stripe_official_signs_we_accept() -> None:
    stripe = pytest.importorskip("stripe")
    secret = "whsec_test_secret"
    header = stripe.WebhookSignature.generate_signature_header(BODY.decode(), secret, NOW)
    wh.make_verifier("stripe-v1", [secret]).verify(BODY, {"Stripe-Signature": header})


def test_we_sign_stripe_official_accepts() -> None:
    stripe = pytest.importorskip("stripe")
    secret = "whsec_test_secret"
    headers = wh.sign_for_test("stripe-v1", BODY, secret)
    assert stripe.WebhookSignature.verify_header(
        BODY, headers["Stripe-Signature"], secret, tolerance=300
    )
    event = stripe.Webhook.construct_event(BODY, headers["Stripe-Signature"], secret)
    assert event["id"] == "evt_1"
    # and the other way round for a rotation header with two v1 entries
    two = wh.sign_for_test("stripe-v1", BODY, ["whsec_old", secret])
    assert stripe.WebhookSignature.verify_header(BODY, two["Stripe-Signature"], secret)
    assert stripe.WebhookSignature.verify_header(BODY, two["Stripe-Signature"], "whsec_old")


def test_stripe_key_is_not_base64_decoded() -> None:
    secret = "whsec_" + base64.b64encode(b"k" * 24).decode()
    wrong = hmac.new(base64.b64decode(secret[6:]), f"{NOW}.".encode() + BODY, "sha256")
    with pytest.raises(wh.BadSignature):
        wh.make_verifier("stripe-v1", [secret]).verify(
            BODY, {"stripe-signature": f"t={NOW},v1={wrong.hexdigest()}"}
        )


def test_stripe_v0_only_and_spaces_fail_like_official() -> None:
    secret = "whsec_x"
    verifier = wh.make_verifier("stripe-v1", [secret])
    sig = wh.sign_for_test("stripe-v1", BODY, secret, timestamp=NOW)["Stripe-Signature"]
    with pytest.raises(wh.BadSignature):
        verifier.verify(BODY, {"Stripe-Signature": sig.replace("v1=", "v0=")})
    with pytest.raises(wh.BadSignature):
        verifier.verify(BODY, {"Stripe-Signature": sig.replace(",", ", ")})
    # unknown and v0 entries are ignored next to a valid v1
    verifier.verify(BODY, {"Stripe-Signature": sig + ",v0=abc,foo=bar"})


# --------------------------------------------------------------------- Standard Webhooks / Svix

SW_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.mark.parametrize("module", ["standardwebhooks", "svix"])
def test_standard_webhooks_official_signs_we_accept(module: str) -> None:
    lib = pytest.importorskip(module)
    hook = lib.Webhook(SW_SECRET)
    stamp = datetime.fromtimestamp(NOW, tz=UTC)
    signature = hook.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", stamp, BODY.decode())
    for scheme, prefix in (("standard-webhooks-v1", "webhook-"), ("svix-v1", "svix-")):
        headers = {
            f"{prefix}id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
            f"{prefix}timestamp": str(NOW),
            f"{prefix}signature": f"v1a,abc {signature}",
        }
        wh.make_verifier(scheme, [SW_SECRET]).verify(BODY, headers)


def test_we_sign_standard_webhooks_official_accepts() -> None:
    std = pytest.importorskip("standardwebhooks")
    svix = pytest.importorskip("svix")
    headers = wh.sign_for_test("standard-webhooks-v1", BODY, SW_SECRET)
    std.Webhook(SW_SECRET).verify(BODY, headers)
    svix_headers = wh.sign_for_test("svix-v1", BODY, SW_SECRET)
    svix.Webhook(SW_SECRET).verify(BODY, svix_headers)
    # the un-prefixed secret form is the same key
    svix.Webhook(SW_SECRET[6:]).verify(BODY, svix_headers)
    wh.make_verifier("svix-v1", [SW_SECRET[6:]]).verify(BODY, svix_headers)
    # Svix also accepts webhook-* headers
    wh.make_verifier("svix-v1", [SW_SECRET]).verify(BODY, headers)


def test_standard_webhooks_key_must_be_base64_decoded() -> None:
    message = f"msg_1.{NOW}.".encode() + BODY
    literal = base64.b64encode(hmac.digest(SW_SECRET.encode(), message, "sha256")).decode()
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(NOW),
        "webhook-signature": f"v1,{literal}",
    }
    with pytest.raises(wh.BadSignature):
        wh.make_verifier("standard-webhooks-v1", [SW_SECRET]).verify(BODY, headers)


# --------------------------------------------------------------------- Slack


def test_slack_official_both_ways() -> None:
    sig_mod = pytest.importorskip("slack_sdk.signature")
    secret = "8f742231b10e8888abcd99yyyzzz85a5"
    official = sig_mod.SignatureVerifier(secret)
    signature = official.generate_signature(timestamp=str(NOW), body=BODY)
    wh.make_verifier("slack-v0", [secret]).verify(
        BODY, {"X-Slack-Signature": signature, "X-Slack-Request-Timestamp": str(NOW)}
    )
    ours = wh.sign_for_test("slack-v0", BODY, secret)
    assert official.is_valid_request(BODY, ours)


def test_slack_form_body_is_verified_raw() -> None:
    secret = "s3cr3t"
    body = b"token=x&team_id=T1&text=hello+world%21&command=%2Fecho"
    headers = wh.sign_for_test("slack-v0", body, secret)
    verifier = wh.make_verifier("slack-v0", [secret])
    verifier.verify(body, headers)
    with pytest.raises(wh.BadSignature):  # re-encoding + as %20 breaks it, as it must
        verifier.verify(body.replace(b"+", b"%20"), headers)


# --------------------------------------------------------------------- Twilio


def test_twilio_official_both_ways_form() -> None:
    rv = pytest.importorskip("twilio.request_validator")
    token = "auth_token_123"
    params = {**TWILIO_PARAMS, "Body": "héllo & bye", "Empty": ""}
    body = urlencode(params).encode()
    validator = rv.RequestValidator(token)
    signature = validator.compute_signature(TWILIO_URL, params)
    wh.make_verifier("twilio-hmac-sha1", [token]).verify(
        body, {"X-Twilio-Signature": signature}, TWILIO_URL
    )
    ours = wh.sign_for_test("twilio-hmac-sha1", body, token, url=TWILIO_URL)
    assert validator.validate(TWILIO_URL, params, ours["X-Twilio-Signature"])


def test_twilio_official_both_ways_json_body() -> None:
    rv = pytest.importorskip("twilio.request_validator")
    token = "auth_token_123"
    url = wh.twilio_body_url("https://example.com/conversations?x=1", BODY)
    validator = rv.RequestValidator(token)
    signature = validator.compute_signature(url, {})
    for scheme in ("twilio-hmac-sha1-bodysha256", "twilio-hmac-sha1"):
        wh.make_verifier(scheme, [token]).verify(BODY, {"X-Twilio-Signature": signature}, url)
    ours = wh.sign_for_test("twilio-hmac-sha1-bodysha256", BODY, token, url=url)
    assert validator.validate(url, BODY.decode(), ours["X-Twilio-Signature"])
    with pytest.raises(wh.BadSignature):  # body changed: the body hash no longer matches
        wh.make_verifier("twilio-hmac-sha1-bodysha256", [token]).verify(
            BODY + b" ", {"X-Twilio-Signature": signature}, url
        )
    with pytest.raises(wh.MalformedPayload):
        wh.make_verifier("twilio-hmac-sha1-bodysha256", [token]).verify(
            BODY, {"X-Twilio-Signature": signature}, "https://example.com/conversations"
        )


def test_twilio_sharedkey_sha256_official() -> None:
    rv = pytest.importorskip("twilio.request_validator")
    key = "shared_key_secret"
    body = urlencode(TWILIO_PARAMS).encode()
    validator = rv.RequestValidator(key)
    signature = validator.compute_signature(TWILIO_URL, TWILIO_PARAMS, algorithm="HMAC_SHA256")
    settings = "key=webhooks_sharedkey_1,algorithm=HMAC_SHA256"
    headers = {"X-Twilio-Signature": signature, "X-Twilio-Webhooks-Signature-Settings": settings}
    verifier = wh.make_verifier("twilio-hmac-sha256-sharedkey", [key])
    verifier.verify(body, headers, TWILIO_URL)
    ours = wh.sign_for_test("twilio-hmac-sha256-sharedkey", body, key, url=TWILIO_URL)
    algorithm = rv.get_signature_algorithm(ours["X-Twilio-Webhooks-Signature-Settings"])
    assert validator.validate(TWILIO_URL, TWILIO_PARAMS, ours["X-Twilio-Signature"], algorithm)
    with pytest.raises(wh.MalformedHeader):  # the SHA-1 scheme header is refused here
        verifier.verify(body, {"X-Twilio-Signature": signature}, TWILIO_URL)


def test_twilio_repeated_params_match_official() -> None:
    rv = pytest.importorskip("twilio.request_validator")
    from werkzeug.datastructures import MultiDict

    pairs = [("b", "2"), ("a", "z"), ("a", "y"), ("a", "z")]
    body = urlencode(pairs).encode()
    signature = rv.RequestValidator("tok").compute_signature(TWILIO_URL, MultiDict(pairs))
    wh.make_verifier("twilio-hmac-sha1", ["tok"]).verify(
        body, {"x-twilio-signature": signature}, TWILIO_URL
    )


# --------------------------------------------------------------------- SendGrid


@pytest.fixture(scope="module")
def sendgrid_keys() -> tuple[str, str]:
    pytest.importorskip("cryptography")
    pair: tuple[str, str] = wh.generate_sendgrid_keypair()
    return pair


SG_BODY = b'[{"email":"a@example.com","event":"delivered","sg_event_id":"sg1","timestamp":1}]\r\n'


def test_we_sign_sendgrid_official_accepts(sendgrid_keys: tuple[str, str]) -> None:
    eventwebhook = pytest.importorskip("sendgrid.helpers.eventwebhook")
    private, public = sendgrid_keys
    headers = wh.sign_for_test("sendgrid-ecdsa-p256", SG_BODY, private)
    official = eventwebhook.EventWebhook(public)
    assert official.verify_signature(
        SG_BODY.decode(),
        headers["X-Twilio-Email-Event-Webhook-Signature"],
        headers["X-Twilio-Email-Event-Webhook-Timestamp"],
    )
    wh.make_verifier("sendgrid-ecdsa-p256", [public]).verify(SG_BODY, headers)


def test_foreign_sendgrid_signature_we_accept(sendgrid_keys: tuple[str, str]) -> None:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    private_pem, public = sendgrid_keys
    key: Any = serialization.load_pem_private_key(private_pem.encode(), password=None)
    ts = str(NOW)
    der = key.sign(ts.encode() + SG_BODY, ec.ECDSA(hashes.SHA256()))
    headers = {
        "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(der).decode(),
        "X-Twilio-Email-Event-Webhook-Timestamp": ts,
    }
    verifier = wh.make_verifier("sendgrid-ecdsa-p256", [public])
    verifier.verify(SG_BODY, headers)
    with pytest.raises(wh.BadSignature):  # the trailing CRLF is signed
        verifier.verify(SG_BODY.rstrip(), headers)
    # raw r||s (P1363) is not DER: refused
    r, s = decode_dss_signature(der)
    raw = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    headers["X-Twilio-Email-Event-Webhook-Signature"] = base64.b64encode(raw).decode()
    with pytest.raises(wh.SignatureError):
        verifier.verify(SG_BODY, headers)


# --------------------------------------------------------------------- Shopify and generic


def test_shopify_matches_documented_formula() -> None:
    secret = "shpss_client_secret"
    headers = wh.sign_for_test("shopify-hmac-sha256", BODY, secret)
    expected = base64.b64encode(hmac.new(secret.encode(), BODY, hashlib.sha256).digest())
    assert headers["X-Shopify-Hmac-Sha256"] == expected.decode()
    verifier = wh.make_verifier("shopify-hmac-sha256", [secret])
    verifier.verify(BODY, headers)
    # new unprefixed header names
    unprefixed = {k.lower().removeprefix("x-"): v for k, v in headers.items()}
    verifier.verify(BODY, unprefixed)
    # hex instead of base64 fails; missing topic and empty body are refused
    hex_headers = {
        **headers,
        "X-Shopify-Hmac-Sha256": hmac.new(secret.encode(), BODY, hashlib.sha256).hexdigest(),
    }
    with pytest.raises(wh.BadSignature):
        verifier.verify(BODY, hex_headers)
    no_topic = {k: v for k, v in headers.items() if k != "X-Shopify-Topic"}
    with pytest.raises(wh.MissingHeader):
        verifier.verify(BODY, no_topic)
    wh.make_verifier("shopify-hmac-sha256", [secret], require_metadata=False).verify(BODY, no_topic)
    empty = wh.sign_for_test("shopify-hmac-sha256", b"", secret)
    with pytest.raises(wh.MalformedPayload):
        verifier.verify(b"", empty)


@pytest.mark.parametrize(
    ("algorithm", "encoding", "prefix"),
    [("sha1", "hex", "sha1="), ("sha256", "base64", ""), ("sha512", "hex", "")],
)
def test_generic_hmac(algorithm: str, encoding: str, prefix: str) -> None:
    secret = "generic-secret"
    digest = hmac.new(secret.encode(), BODY, algorithm).digest()
    value = digest.hex() if encoding == "hex" else base64.b64encode(digest).decode()
    options = {
        "header": "Linear-Signature",
        "algorithm": algorithm,
        "encoding": encoding,
        "prefix": prefix,
    }
    verifier = wh.make_verifier("generic-hmac", [secret], **options)
    verifier.verify(BODY, {"linear-signature": prefix + value})
    assert wh.sign_for_test("generic-hmac", BODY, secret, **options) == {
        "Linear-Signature": prefix + value
    }
    with pytest.raises(wh.BadSignature):
        verifier.verify(BODY + b"x", {"linear-signature": prefix + value})


def test_make_verifier_rejects_bad_configuration() -> None:
    with pytest.raises(ValueError, match="unknown webhook scheme"):
        wh.make_verifier("nope", ["x"])
    with pytest.raises(TypeError):
        wh.make_verifier("github-sha256", "a-single-string")
    with pytest.raises(ValueError):
        wh.make_verifier("github-sha256", [])
    with pytest.raises(ValueError):
        wh.make_verifier("github-sha256", [""])
    with pytest.raises(ValueError):
        wh.make_verifier("svix-v1", ["whsec_!!!not-base64"])
    with pytest.raises(ValueError):
        wh.make_verifier("stripe-v1", ["x"], tolerance=0)
    with pytest.raises(TypeError):
        wh.make_verifier("stripe-v1", ["x"], bogus=1)
    assert sorted(wh.SCHEMES) == sorted(
        [
            "stripe-v1",
            "github-sha256",
            "slack-v0",
            "shopify-hmac-sha256",
            "standard-webhooks-v1",
            "svix-v1",
            "twilio-hmac-sha1",
            "twilio-hmac-sha1-bodysha256",
            "twilio-hmac-sha256-sharedkey",
            "sendgrid-ecdsa-p256",
            "square-hmac-sha256",
            "discord-ed25519",
            "linear-hmac-sha256",
            "generic-hmac",
        ]
    )


def test_repr_hides_secrets() -> None:
    for scheme in ("stripe-v1", "github-sha256", "twilio-hmac-sha1", "svix-v1"):
        secret = SW_SECRET if scheme == "svix-v1" else "topsecretvalue"
        verifier = wh.make_verifier(scheme, [secret])
        assert secret not in repr(verifier)
        assert "MfKQ9r8" not in repr(verifier)
        assert "topsecret" not in repr(verifier)


def test_twilio_signed_string_sorting() -> None:
    params = [("b", "1"), ("a", "2"), ("a", "1")]
    assert twilio_mod.twilio_signed_string("u", params) == "ua1a2b1"
