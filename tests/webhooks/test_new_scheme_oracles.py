"""Square, Discord and Linear against their official libraries, in both directions:
the official library's signature (or published vector) verifies with us, and what our
``sign_for_test`` makes verifies with the official library."""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import time
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
oracle: Any = importlib.import_module("linear_oracle")  # @linear/sdk through node

# Square's published vector (the test suites of its Python, Ruby, PHP, Java and Node SDKs).
SQ_BODY = (
    '{"merchant_id":"MLEFBHHSJGVHD","type":"webhooks.test_notification",'
    '"event_id":"ac3ac95b-f97d-458c-a6e6-18981597e05f",'
    '"created_at":"2022-07-13T20:30:59.037339943Z",'
    '"data":{"type":"webhooks","id":"bc368e64-01aa-407e-b46e-3231809b1129"}}'
)
SQ_SIGNATURE = "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4="
SQ_KEY = "Ibxx_5AKakO-3qeNVR61Dw"
SQ_URL = "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9"
SQ_HEADER = "x-square-hmacsha256-signature"


# --------------------------------------------------------------------- Square


def square_helper() -> Any:
    module = pytest.importorskip("square.utils.webhooks_helper")
    return module.verify_signature


def test_square_published_vector_verifies_with_both() -> None:
    verify_signature = square_helper()
    assert verify_signature(
        request_body=SQ_BODY,
        signature_header=SQ_SIGNATURE,
        signature_key=SQ_KEY,
        notification_url=SQ_URL,
    )
    verifier = wh.make_verifier("square-hmac-sha256", [SQ_KEY])
    verifier.verify(SQ_BODY.encode(), {SQ_HEADER: SQ_SIGNATURE}, SQ_URL)
    pinned = wh.make_verifier("square-hmac-sha256", [SQ_KEY], notification_url=SQ_URL)
    pinned.verify(SQ_BODY.encode(), {SQ_HEADER: SQ_SIGNATURE}, "http://internal:8000/hooks")
    for url in (SQ_URL + "/", SQ_URL.replace("https", "http")):
        with pytest.raises(wh.BadSignature):  # the URL is signed
            verifier.verify(SQ_BODY.encode(), {SQ_HEADER: SQ_SIGNATURE}, url)
    assert wh.sign_for_test("square-hmac-sha256", SQ_BODY, SQ_KEY, url=SQ_URL) == {
        "X-Square-HmacSha256-Signature": SQ_SIGNATURE
    }


@pytest.mark.parametrize(
    "body",
    ['{"type":"payment.created","event_id":"e1","data":{"note":"héllo ✓"}}', '{"a":1}\n'],
)
def test_we_sign_square_official_accepts(body: str) -> None:
    verify_signature = square_helper()
    url = "https://hooks.example.com/square?tenant=7"
    headers = wh.sign_for_test("square-hmac-sha256", body, "sq-key", url=url)
    signature = headers["X-Square-HmacSha256-Signature"]
    assert verify_signature(
        request_body=body, signature_header=signature, signature_key="sq-key", notification_url=url
    )
    assert not verify_signature(
        request_body=body, signature_header=signature, signature_key="sq-kez", notification_url=url
    )
    wh.make_verifier("square-hmac-sha256", ["sq-key"]).verify(body.encode(), headers, url)


def test_square_needs_a_url_and_a_body() -> None:
    verifier = wh.make_verifier("square-hmac-sha256", [SQ_KEY])
    with pytest.raises(ValueError, match="notification URL"):
        verifier.verify(SQ_BODY.encode(), {SQ_HEADER: SQ_SIGNATURE}, None)
    empty = wh.sign_for_test("square-hmac-sha256", b"", SQ_KEY, url=SQ_URL)
    with pytest.raises(wh.MalformedPayload):  # as the official helper: never valid
        verifier.verify(b"", empty, SQ_URL)
    with pytest.raises(ValueError, match="http"):
        wh.make_verifier("square-hmac-sha256", [SQ_KEY], notification_url="webhook.site/x")


# --------------------------------------------------------------------- Discord


def discord_lib() -> Any:
    return pytest.importorskip("discord_interactions")


DC_BODY = b'{"type":2,"id":"1203456789012345678","data":{"name":"hello"},"token":"t"}'


def test_we_sign_discord_official_accepts() -> None:
    lib = discord_lib()
    private, public = wh.generate_discord_keypair()
    headers = wh.sign_for_test("discord-ed25519", DC_BODY, private)
    sig, ts = headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"]
    assert lib.verify_key(DC_BODY, sig, ts, public)
    assert not lib.verify_key(DC_BODY + b" ", sig, ts, public)
    assert not lib.verify_key(DC_BODY, sig, str(int(ts) + 1), public)
    _other, other_public = wh.generate_discord_keypair()
    assert not lib.verify_key(DC_BODY, sig, ts, other_public)
    wh.make_verifier("discord-ed25519", [public]).verify(DC_BODY, headers)


def test_official_discord_signature_we_accept() -> None:
    discord_lib()
    from nacl.signing import SigningKey  # discord-interactions' own crypto library

    signing = SigningKey.generate()
    public = signing.verify_key.encode().hex()
    ts = str(int(time.time()))
    signature = signing.sign(ts.encode() + DC_BODY).signature.hex()
    headers = {"X-Signature-Ed25519": signature, "X-Signature-Timestamp": ts}
    verifier = wh.make_verifier("discord-ed25519", [public])
    verifier.verify(DC_BODY, headers)
    with pytest.raises(wh.BadSignature):
        verifier.verify(DC_BODY.replace(b"hello", b"hellp"), headers)
    with pytest.raises(wh.MalformedHeader):  # Discord sends lower-case hex only
        verifier.verify(DC_BODY, {**headers, "X-Signature-Ed25519": signature.upper()})
    # the key as the Developer Portal shows it, upper-case or not, is the same key
    wh.make_verifier("discord-ed25519", [public.upper()]).verify(DC_BODY, headers)


def test_discord_key_configuration_is_checked() -> None:
    pytest.importorskip("cryptography")
    for bad in ("", "zz" * 32, "ab" * 31, "ab" * 33):
        with pytest.raises(ValueError):
            wh.make_verifier("discord-ed25519", [bad])
    verifier = wh.make_verifier("discord-ed25519", ["ab" * 32])
    assert "abab" not in repr(verifier)


# --------------------------------------------------------------------- Linear


def linear_body(offset_ms: int = 0, **extra: Any) -> tuple[bytes, int]:
    now_ms = int(time.time() * 1000)
    payload = {"action": "create", "type": "Issue", "data": {"id": "i1", "title": "Bug ✓"}}
    body = wh.body_with_timestamp({**payload, **extra}, timestamp=(now_ms + offset_ms) / 1000)
    return body, now_ms


def test_linear_sdk_accepts_what_we_sign() -> None:
    body, now_ms = linear_body()
    signature = wh.sign_for_test("linear-hmac-sha256", body, "lin_wh_secret")["Linear-Signature"]
    assert json.loads(body)["webhookTimestamp"] == now_ms
    [verdict] = oracle.sdk_verify([("lin_wh_secret", body, signature, now_ms)])
    assert verdict.ok, verdict.error
    clock = lambda: now_ms / 1000  # noqa: E731
    verifier = wh.make_verifier("linear-hmac-sha256", ["lin_wh_secret"], now=clock)
    verifier.verify(body, {"Linear-Signature": signature})


def test_we_accept_what_linear_signs() -> None:
    bodies = [linear_body()[0], linear_body(extra_field="é\u2028")[0]]
    signatures = oracle.sdk_sign("lin_wh_secret", bodies)
    for body, signature in zip(bodies, signatures, strict=True):
        assert signature == hmac.new(b"lin_wh_secret", body, hashlib.sha256).hexdigest()
        now = json.loads(body)["webhookTimestamp"] / 1000
        verifier = wh.make_verifier("linear-hmac-sha256", ["lin_wh_secret"], now=lambda n=now: n)
        verifier.verify(body, {"linear-signature": signature})


def _ours(secret: str, body: bytes, signature: str, now_ms: int) -> bool:
    verifier = wh.make_verifier("linear-hmac-sha256", [secret], now=lambda: now_ms / 1000)
    try:
        verifier.verify(body, {"linear-signature": signature})
    except wh.SignatureError:
        return False
    return True


def _raw_body(timestamp: object) -> bytes:
    return json.dumps({"type": "Issue", "webhookTimestamp": timestamp}).encode()


def test_linear_verdicts_match_the_sdk() -> None:
    """Window edges (±60 000 ms), odd timestamps, tampering: the same verdict as the SDK."""
    now_ms = 1_767_000_000_123
    secret = "lin_wh_secret"
    bodies: list[bytes] = [
        _raw_body(now_ms + offset)
        for offset in (0, -60_000, 60_000, -60_001, 60_001, -86_400_000, 10**12)
    ]
    bodies += [
        _raw_body(str(now_ms)),  # a string is not a number
        _raw_body(None),
        _raw_body(True),
        _raw_body(now_ms + 0.5),
        b'{"type":"Issue"}',
        b"[1, 2]",
        b'{"webhookTimestamp": 1e400}',  # Infinity
        b"not json",
        b'{"webhookTimestamp": %d, "webhookTimestamp": 1}' % now_ms,  # last one wins
    ]
    cases: list[tuple[str, bytes, str, int]] = []
    for body in bodies:
        good = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        cases.append((secret, body, good, now_ms))
        cases.append((secret, body, good.upper(), now_ms))
        cases.append((secret, body, good[:-1], now_ms))
        cases.append((secret + "x", body, good, now_ms))
    verdicts = oracle.sdk_verify(cases)
    ours = [_ours(*case) for case in cases]
    assert [v.ok for v in verdicts] == ours
    assert sum(ours) == 4, "exactly the in-window, correctly signed numeric timestamps pass"


def test_linear_tolerance_is_required() -> None:
    with pytest.raises(ValueError, match="tolerance"):
        wh.make_verifier("linear-hmac-sha256", ["s"], tolerance=None)
    with pytest.raises(ValueError):
        wh.make_verifier("linear-hmac-sha256", ["s"], tolerance=0)


def test_body_with_timestamp_units() -> None:
    stamped = json.loads(wh.body_with_timestamp(b'{"a":1}', timestamp=12.5))
    assert stamped == {"a": 1, "webhookTimestamp": 12500}
    seconds = json.loads(wh.body_with_timestamp({"a": 1}, field="ts", unit="s", timestamp=12.5))
    assert seconds == {"a": 1, "ts": 12}
