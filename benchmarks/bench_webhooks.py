"""Webhook verification and inbox throughput benchmark.

On the same ~2 KB payloads it measures:

* the floor: a bare ``hmac.new(key, signed_string, digest).hexdigest()`` plus
  ``hmac.compare_digest`` on the already-built signed string (for SendGrid: a bare
  ECDSA ``public_key.verify``);
* each of our schemes' full ``verify`` (headers parsed, timestamp checked), as a ratio of
  that floor (goal: <= 1.6x);
* each official library's verify (when importable), as a ratio of the same floor;
* verified-and-persisted events/s through the ASGI adapter with the SQLite inbox
  (synchronous=FULL, one core; goal: >= 1,000/s).

``run()`` returns rows ``{name, value, unit, baseline, ratio, goal}``; running the file
prints them as a table. Bounded to well under 60 s.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
MODULE_NAME = "ik_webhooks"
sys.path.insert(0, str(ROOT))

from tests.template_packages import load_package  # noqa: E402

PAYLOAD_BYTES = 2048
RATIO_GOAL = 1.6
THROUGHPUT_GOAL = 1000.0
TIME_PER_MEASURE = 0.15  # seconds per timing sample
REPEATS = 5


def load() -> ModuleType:
    return load_package("_webhooks", MODULE_NAME)


def json_payload(event_id: str = "evt_bench") -> bytes:
    base = {"id": event_id, "type": "payment_intent.succeeded", "object": "event", "data": {}}
    body = json.dumps(base).encode()
    pad = PAYLOAD_BYTES - len(body) - len(',"pad":""')
    base["pad"] = "x" * pad
    return json.dumps(base, separators=(",", ":")).encode()


def form_payload() -> bytes:
    params: dict[str, str] = {}
    n = 0
    while len(urlencode(params)) < PAYLOAD_BYTES - 60:
        params[f"Param{n:02d}"] = f"value-{n}-" + "y" * 50
        n += 1
    return urlencode(params).encode()


def _calibrate(fn: Callable[[], object]) -> int:
    number = 1
    while True:
        elapsed = timeit.timeit(fn, number=number)
        if elapsed >= TIME_PER_MEASURE / 4 or number >= 1 << 20:
            break
        number *= 4
    return max(1, int(number * (TIME_PER_MEASURE / max(elapsed, 1e-9))))


def interleaved(fns: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best-of-REPEATS seconds per call; the functions are sampled in turns so that a
    noisy neighbour slows all of them alike instead of skewing one ratio."""
    numbers = {name: _calibrate(fn) for name, fn in fns.items()}
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(REPEATS):
        for name, fn in fns.items():
            sample = timeit.timeit(fn, number=numbers[name]) / numbers[name]
            best[name] = min(best[name], sample)
    return best


def hmac_floor(key: bytes, signed: bytes, digest: str) -> Callable[[], object]:
    expected = hmac.new(key, signed, digest).hexdigest()

    def floor() -> bool:
        return hmac.compare_digest(hmac.new(key, signed, digest).hexdigest(), expected)

    return floor


def _row(
    name: str, value: float, unit: str, baseline: float | None, goal: str
) -> dict[str, object]:
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 3),
        "ratio": None if baseline is None else round(value / baseline, 2),
        "goal": goal,
    }


def scheme_cases(wh: Any) -> list[dict[str, Any]]:
    now = int(time.time())
    body = json_payload()
    form = form_payload()
    url = "https://hooks.example.com/twilio/sms?tenant=42"
    body_url = wh.twilio_body_url("https://hooks.example.com/twilio/conv", body)
    sw_secret = "whsec_" + base64.b64encode(b"k" * 32).decode()
    cases: list[dict[str, Any]] = []

    def add(scheme: str, secret: str, signed: bytes, digest: str, key: bytes, **kw: Any) -> None:
        payload = kw.pop("payload", body)
        req_url = kw.pop("url", None)
        headers = wh.sign_for_test(scheme, payload, secret, timestamp=now, url=req_url)
        cases.append(
            {
                "scheme": scheme,
                "secret": secret,
                "payload": payload,
                "headers": {k.lower(): v for k, v in headers.items()},
                "url": req_url,
                "floor": hmac_floor(key, signed, digest),
            }
        )

    add("stripe-v1", "whsec_bench", f"{now}.".encode() + body, "sha256", b"whsec_bench")
    add("github-sha256", "gh-bench", body, "sha256", b"gh-bench")
    add("slack-v0", "slack-bench", f"v0:{now}:".encode() + body, "sha256", b"slack-bench")
    add("shopify-hmac-sha256", "shop-bench", body, "sha256", b"shop-bench")
    sw_key = base64.b64decode(sw_secret[6:])
    for scheme in ("standard-webhooks-v1", "svix-v1"):
        add(scheme, sw_secret, f"msg_bench.{now}.".encode() + body, "sha256", sw_key)
    # Standard Webhooks ids are random in sign_for_test; rebuild with the fixed id.
    for case in cases[-2:]:
        prefix = "svix-" if case["scheme"] == "svix-v1" else "webhook-"
        case["headers"] = {
            k.lower(): v
            for k, v in wh.sign_for_test(
                case["scheme"], body, sw_secret, timestamp=now, msg_id="msg_bench"
            ).items()
        }
        assert prefix + "id" in case["headers"]
    from urllib.parse import parse_qsl

    signed_form = url + "".join(k + v for k, v in sorted(parse_qsl(form.decode())))
    add(
        "twilio-hmac-sha1",
        "tw-bench",
        signed_form.encode(),
        "sha1",
        b"tw-bench",
        payload=form,
        url=url,
    )
    add(
        "twilio-hmac-sha1-bodysha256",
        "tw-bench",
        body_url.encode(),
        "sha1",
        b"tw-bench",
        url=body_url,
    )
    # its bare cryptographic work is the URL HMAC *and* the body's SHA-256
    url_floor = cases[-1]["floor"]
    body_digest = hashlib.sha256(body).hexdigest()

    def body_floor() -> bool:
        ok = hmac.compare_digest(hashlib.sha256(body).hexdigest(), body_digest)
        return bool(url_floor()) and ok

    cases[-1]["floor"] = body_floor
    cases.append(
        {
            "scheme": "generic-hmac",
            "secret": "gen-bench",
            "payload": body,
            "headers": {
                "x-signature": "sha256=" + hmac.new(b"gen-bench", body, "sha256").hexdigest()
            },
            "url": None,
            "options": {"header": "X-Signature", "prefix": "sha256="},
            "floor": hmac_floor(b"gen-bench", body, "sha256"),
        }
    )
    return cases


def official_verifiers(case: dict[str, Any]) -> list[tuple[str, Callable[[], object]]]:
    scheme, body, headers = case["scheme"], case["payload"], case["headers"]
    secret, url = case["secret"], case["url"]
    found: list[tuple[str, Callable[[], object]]] = []
    try:
        if scheme == "stripe-v1":
            import stripe

            header = headers["stripe-signature"]
            found.append(
                (
                    "stripe",
                    lambda: stripe.WebhookSignature.verify_header(
                        body, header, secret, tolerance=300
                    ),
                )
            )
        elif scheme == "standard-webhooks-v1":
            import standardwebhooks

            hook = standardwebhooks.Webhook(secret)
            found.append(("standardwebhooks", lambda: hook.verify(body, headers, json_parse=False)))
        elif scheme == "svix-v1":
            import svix

            svix_hook = svix.Webhook(secret)
            found.append(("svix", lambda: svix_hook.verify(body, headers)))
        elif scheme == "slack-v0":
            from slack_sdk.signature import SignatureVerifier

            verifier = SignatureVerifier(secret)
            found.append(("slack_sdk", lambda: verifier.is_valid_request(body, headers)))
        elif scheme == "twilio-hmac-sha1":
            from urllib.parse import parse_qsl

            from twilio.request_validator import RequestValidator

            validator = RequestValidator(secret)
            sig = headers["x-twilio-signature"]

            def twilio_form() -> bool:
                # the official helper needs the parsed form, so parsing is part of it
                return bool(validator.validate(url, dict(parse_qsl(body.decode())), sig))

            found.append(("twilio", twilio_form))
        elif scheme == "twilio-hmac-sha1-bodysha256":
            from twilio.request_validator import RequestValidator

            json_validator = RequestValidator(secret)
            text = body.decode()
            sig = headers["x-twilio-signature"]
            found.append(("twilio", lambda: json_validator.validate(url, text, sig)))
    except ImportError:
        pass
    return found


def bench_schemes(wh: Any) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    goal = f"<= {RATIO_GOAL}x floor"
    for case in scheme_cases(wh):
        verifier = wh.make_verifier(case["scheme"], [case["secret"]], **case.get("options", {}))
        body, headers, url = case["payload"], case["headers"], case["url"]
        verifier.verify(body, headers, url)  # must pass before it is timed

        def ours(v: Any = verifier, b: bytes = body, h: Any = headers, u: Any = url) -> object:
            return v.verify(b, h, u)

        fns: dict[str, Callable[[], object]] = {"floor": case["floor"], "ours": ours}
        for lib, fn in official_verifiers(case):
            fn()
            fns[lib] = fn
        timings = interleaved(fns)
        floor = timings.pop("floor") * 1e6
        rows.append(_row(f"verify {case['scheme']} (floor)", floor, "us", None, "-"))
        for name, seconds in timings.items():
            rows.append(
                _row(
                    f"verify {case['scheme']} ({name})",
                    seconds * 1e6,
                    "us",
                    floor,
                    goal if name == "ours" else "reference",
                )
            )
    rows.extend(bench_sendgrid(wh))
    return rows


def bench_sendgrid(wh: Any) -> list[dict[str, object]]:
    try:
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
    except ImportError:
        return []
    private, public = wh.generate_sendgrid_keypair()
    body = json_payload()
    now = int(time.time())
    headers = {
        k.lower(): v
        for k, v in wh.sign_for_test("sendgrid-ecdsa-p256", body, private, timestamp=now).items()
    }
    key: Any = serialization.load_der_public_key(base64.b64decode(public))
    signature = base64.b64decode(headers["x-twilio-email-event-webhook-signature"])
    message = str(now).encode() + body
    algorithm = ec.ECDSA(hashes.SHA256())
    verifier = wh.make_verifier("sendgrid-ecdsa-p256", [public])
    fns: dict[str, Callable[[], object]] = {
        "floor": lambda: key.verify(signature, message, algorithm),
        "ours": lambda: verifier.verify(body, headers),
    }
    try:
        from sendgrid.helpers.eventwebhook import EventWebhook

        official = EventWebhook(public)
        text = body.decode()
        sig, ts = headers["x-twilio-email-event-webhook-signature"], str(now)
        assert official.verify_signature(text, sig, ts)
        fns["sendgrid"] = lambda: official.verify_signature(text, sig, ts)
    except ImportError:
        pass
    timings = interleaved(fns)
    floor = timings.pop("floor") * 1e6
    rows = [_row("verify sendgrid-ecdsa-p256 (floor: bare ECDSA verify)", floor, "us", None, "-")]
    for name, seconds in timings.items():
        goal = f"<= {RATIO_GOAL}x floor" if name == "ours" else "reference"
        rows.append(_row(f"verify sendgrid-ecdsa-p256 ({name})", seconds * 1e6, "us", floor, goal))
    return rows


def bench_asgi_inbox(
    wh: Any, synchronous: str = "FULL", seconds: float = 2.5, max_events: int = 6000
) -> dict[str, object]:
    """Verified-and-persisted events/s: ASGI app -> verify -> SQLite inbox -> handler,
    one delivery at a time. With FULL every acknowledgement waits for an fsync, so the
    figure is bounded by the disk's fsync latency; NORMAL survives process crashes
    (SIGKILL) but not power loss."""
    secret = "whsec_throughput"
    with tempfile.TemporaryDirectory() as tmp:
        store = wh.SQLiteStore(Path(tmp) / "inbox.sqlite3", synchronous=synchronous)
        router = wh.WebhookRouter(
            wh.make_verifier("stripe-v1", [secret]), preset="stripe", inbox=wh.Inbox(store)
        )
        router.on("payment_intent.succeeded")(lambda event: None)
        app = wh.WebhookASGIApp(router)
        deliveries = []
        for n in range(max_events):
            body = json_payload(f"evt_{n:08d}")
            headers = wh.sign_for_test("stripe-v1", body, secret)
            raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
            raw += [(b"content-type", b"application/json"), (b"host", b"bench")]
            deliveries.append((body, raw))

        async def drive() -> tuple[int, float]:
            statuses: list[int] = []

            async def send(message: Any) -> None:
                if message["type"] == "http.response.start":
                    statuses.append(message["status"])

            start = time.perf_counter()
            done = 0
            for body, raw in deliveries:
                scope = {
                    "type": "http",
                    "method": "POST",
                    "scheme": "http",
                    "path": "/hooks",
                    "raw_path": b"/hooks",
                    "query_string": b"",
                    "headers": raw,
                }
                sent = False

                async def receive(body: bytes = body) -> dict[str, Any]:
                    nonlocal sent
                    if sent:
                        return {"type": "http.disconnect"}
                    sent = True
                    return {"type": "http.request", "body": body, "more_body": False}

                await app(scope, receive, send)
                done += 1
                if time.perf_counter() - start > seconds:
                    break
            elapsed = time.perf_counter() - start
            assert statuses == [200] * done, "benchmark deliveries must all be accepted"
            return done, elapsed

        count, elapsed = asyncio.run(drive())
        persisted = store.counts()["done"]
        store.close()
    assert persisted == count
    return _row(
        f"asgi+sqlite inbox synchronous={synchronous} (verified, persisted, handled)",
        count / elapsed,
        "events/s",
        None,
        f">= {THROUGHPUT_GOAL:,.0f}/s",
    )


def run() -> list[dict[str, object]]:
    wh = load()
    rows = bench_schemes(wh)
    rows.append(bench_asgi_inbox(wh, "FULL"))
    rows.append(bench_asgi_inbox(wh, "NORMAL"))
    return rows


def format_table(rows: list[dict[str, object]]) -> str:
    cols = ("name", "value", "unit", "baseline", "ratio", "goal")
    cells = [[("" if r[c] is None else str(r[c])) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


if __name__ == "__main__":
    started = time.perf_counter()
    print(format_table(run()))
    print(
        f"({time.perf_counter() - started:.1f} s, payload {PAYLOAD_BYTES} B, "
        f"{datetime.now(tz=UTC):%Y-%m-%d %H:%M} UTC)"
    )
