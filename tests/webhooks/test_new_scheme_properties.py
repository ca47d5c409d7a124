"""Discord, Linear and the generic signed-timestamp window: any single-byte change to the
body, a signed header or the key is refused; timestamps are checked against an injected
clock in both directions; a replay is refused once its window has passed."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

wh: Any = importlib.import_module("ik_webhooks")

NOW = 1_700_000_000.0
PROFILE = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


class Clock:
    """An injectable clock the test moves by hand."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def flip(value: bytes, data: st.DataObject) -> bytes:
    index = data.draw(st.integers(0, len(value) - 1))
    return (
        value[:index] + bytes([value[index] ^ data.draw(st.integers(1, 255))]) + value[index + 1 :]
    )


def mutate(value: str, data: st.DataObject) -> str:
    index = data.draw(st.integers(0, len(value) - 1))
    replacement = data.draw(st.characters(min_codepoint=32, max_codepoint=0x24F))
    assume(replacement != value[index])
    return value[:index] + replacement + value[index + 1 :]


def refused(verifier: Any, body: bytes, headers: dict[str, str]) -> Any:
    with pytest.raises(wh.SignatureError) as info:
        verifier.verify(body, headers)
    return info.value


json_objects = st.dictionaries(
    st.text(min_size=1, max_size=8).filter(lambda k: k != "webhookTimestamp"),
    st.one_of(st.integers(), st.text(max_size=30), st.booleans(), st.none()),
    max_size=5,
)

# ------------------------------------------------------------------ Discord (Ed25519)


@pytest.fixture(scope="module")
def discord_keys() -> tuple[str, str]:
    pytest.importorskip("cryptography")
    pair: tuple[str, str] = wh.generate_discord_keypair()
    return pair


@PROFILE
@given(data=st.data(), body=st.binary(min_size=1, max_size=300))
def test_discord_single_byte_changes_refused(
    discord_keys: tuple[str, str], data: st.DataObject, body: bytes
) -> None:
    private, public = discord_keys
    headers = wh.sign_for_test("discord-ed25519", body, private, timestamp=int(NOW))
    verifier = wh.make_verifier("discord-ed25519", [public], now=Clock())
    verifier.verify(body, headers)
    refused(verifier, flip(body, data), headers)
    name = data.draw(st.sampled_from(sorted(headers)))
    refused(verifier, body, {**headers, name: mutate(headers[name], data)})
    other = mutate(public, data)
    try:
        changed = wh.make_verifier("discord-ed25519", [other], now=Clock())
    except ValueError:
        return  # not a key at all: refused when configured
    assume(other.lower() != public)
    refused(changed, body, headers)


@pytest.mark.parametrize(
    ("offset", "ok"), [(-301, False), (-300, True), (0, True), (300, True), (301, False)]
)
def test_discord_window_both_directions(
    discord_keys: tuple[str, str], offset: int, ok: bool
) -> None:
    private, public = discord_keys
    body = b'{"type":2,"id":"1"}'
    headers = wh.sign_for_test("discord-ed25519", body, private, timestamp=int(NOW) + offset)
    verifier = wh.make_verifier("discord-ed25519", [public], now=Clock())
    if ok:
        verifier.verify(body, headers)
    else:
        with pytest.raises(wh.StaleTimestamp):
            verifier.verify(body, headers)
    wh.make_verifier("discord-ed25519", [public], tolerance=None, now=Clock()).verify(body, headers)


def test_discord_rotation(discord_keys: tuple[str, str]) -> None:
    private, public = discord_keys
    new_private, new_public = wh.generate_discord_keypair()
    body = b'{"type":1}'
    both = wh.make_verifier("discord-ed25519", [new_public, public], now=Clock())
    for key in (private, new_private):
        both.verify(body, wh.sign_for_test("discord-ed25519", body, key, timestamp=int(NOW)))
    only_new = wh.make_verifier("discord-ed25519", [new_public], now=Clock())
    with pytest.raises(wh.BadSignature):
        only_new.verify(
            body, wh.sign_for_test("discord-ed25519", body, private, timestamp=int(NOW))
        )


# ------------------------------------------------------------------ Linear


def linear_body(payload: dict[str, Any], at: float = NOW) -> bytes:
    body: bytes = wh.body_with_timestamp(payload, timestamp=at)
    return body


@PROFILE
@given(data=st.data(), payload=json_objects)
def test_linear_single_byte_changes_refused(data: st.DataObject, payload: dict[str, Any]) -> None:
    body = linear_body(payload)
    headers = wh.sign_for_test("linear-hmac-sha256", body, "lin-secret")
    verifier = wh.make_verifier("linear-hmac-sha256", ["lin-secret"], now=Clock())
    verifier.verify(body, headers)
    refused(verifier, flip(body, data), headers)
    refused(verifier, body, {"Linear-Signature": mutate(headers["Linear-Signature"], data)})
    other = wh.make_verifier("linear-hmac-sha256", [mutate("lin-secret", data)], now=Clock())
    exc = refused(other, body, headers)
    assert "lin-secret" not in str(exc) and headers["Linear-Signature"] not in str(exc)


@pytest.mark.parametrize(
    ("offset_ms", "ok"),
    [(-60_001, False), (-60_000, True), (0, True), (60_000, True), (60_001, False)],
)
def test_linear_window_is_60_seconds_both_ways(offset_ms: int, ok: bool) -> None:
    body = linear_body({"type": "Issue"}, at=NOW + offset_ms / 1000)
    headers = {
        **wh.sign_for_test("linear-hmac-sha256", body, "s"),
        "Linear-Timestamp": str(int(NOW * 1000)),  # unsigned: ignored, as the SDK does
    }
    verifier = wh.make_verifier("linear-hmac-sha256", ["s"], now=Clock())
    if ok:
        verifier.verify(body, headers)
    else:
        with pytest.raises(wh.StaleTimestamp):
            verifier.verify(body, headers)


@pytest.mark.parametrize(
    "body",
    [b'{"type":"Issue"}', b'{"webhookTimestamp":"1700000000000"}', b"[]", b"{", b"nan"],
)
def test_linear_signed_but_unusable_timestamps_refused(body: bytes) -> None:
    headers = wh.sign_for_test("linear-hmac-sha256", body, "s")
    with pytest.raises(wh.MalformedPayload):
        wh.make_verifier("linear-hmac-sha256", ["s"], now=Clock()).verify(body, headers)


def test_linear_replay_refused_once_the_window_has_passed(tmp_path: Path) -> None:
    """Within 60 s a replay is a duplicate (not re-run); after that it is refused."""
    clock = Clock()
    seen: list[str] = []
    router = wh.WebhookRouter(
        wh.make_verifier("linear-hmac-sha256", ["s"], now=clock),
        preset="linear",
        inbox=wh.Inbox.sqlite(tmp_path / "inbox.sqlite3"),
    )
    router.on("Issue")(lambda event: seen.append(event.id))
    body = linear_body({"type": "Issue", "action": "create", "data": {"id": "i1"}})
    headers = {**wh.sign_for_test("linear-hmac-sha256", body, "s"), "Linear-Delivery": "d-1"}
    assert router.handle(body, headers).body["status"] == "accepted"
    clock.now += 59
    assert router.handle(body, headers).body["status"] == "duplicate"
    clock.now += 2
    late = router.handle(body, headers)
    assert late.status == 401 and late.body["error"] == "timestamp outside tolerance"
    assert seen == ["d-1"]


# ------------------------------------------------------------------ generic window


@pytest.mark.parametrize("unit", ["s", "ms"])
@pytest.mark.parametrize(("offset", "ok"), [(-121, False), (-120, True), (120, True), (121, False)])
def test_generic_body_field_window(unit: str, offset: int, ok: bool) -> None:
    clock = Clock()
    options = {
        "header": "X-Sig",
        "timestamp_field": "sent_at",
        "timestamp_unit": unit,
        "tolerance": 120,
        "now": clock,
    }
    body = wh.body_with_timestamp({"type": "x"}, field="sent_at", unit=unit, timestamp=NOW + offset)
    headers = wh.sign_for_test("generic-hmac", body, "g", header="X-Sig")
    verifier = wh.make_verifier("generic-hmac", ["g"], **options)
    if ok:
        verifier.verify(body, headers)
    else:
        with pytest.raises(wh.StaleTimestamp):
            verifier.verify(body, headers)


def test_generic_header_window_signs_the_timestamp() -> None:
    clock = Clock()
    options = {"header": "X-Sig", "timestamp_header": "X-Ts", "timestamp_separator": ":"}
    body = b'{"type":"x"}'
    headers = wh.sign_for_test("generic-hmac", body, "g", timestamp=int(NOW), **options)
    verifier = wh.make_verifier("generic-hmac", ["g"], now=clock, **options)
    verifier.verify(body, headers)
    with pytest.raises(wh.BadSignature):  # a fresh timestamp on an old signature
        verifier.verify(body, {**headers, "X-Ts": str(int(NOW) + 1)})
    with pytest.raises(wh.MissingHeader):
        verifier.verify(body, {"X-Sig": headers["X-Sig"]})
    clock.now += 301
    with pytest.raises(wh.StaleTimestamp):
        verifier.verify(body, headers)
    # without a timestamp source nothing changes: an old body still verifies (the default)
    plain = wh.make_verifier("generic-hmac", ["g"], header="X-Sig")
    plain.verify(body, wh.sign_for_test("generic-hmac", body, "g", header="X-Sig"))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timestamp_header": "X-Ts", "timestamp_field": "ts"}, "not both"),
        ({"tolerance": 60}, "needs timestamp_header or timestamp_field"),
        ({"timestamp_field": "ts", "timestamp_unit": "us"}, "'s' or 'ms'"),
        ({"timestamp_field": "ts", "tolerance": 0}, "positive"),
    ],
)
def test_generic_window_configuration_errors(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        wh.make_verifier("generic-hmac", ["g"], header="X-Sig", **options)


def test_body_timestamp_is_read_only_after_the_signature() -> None:
    """A forged body is refused as forged, without parsing it."""
    verifier = wh.make_verifier(
        "generic-hmac", ["g"], header="X-Sig", timestamp_field="ts", now=Clock()
    )
    with pytest.raises(wh.BadSignature):
        verifier.verify(b"{" * 100_000, {"X-Sig": "00"})
    assert json.loads(linear_body({}))["webhookTimestamp"] == int(NOW * 1000)
