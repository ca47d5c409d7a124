"""Per-call overhead of the integration runtime versus raw httpx, on a local server.

Measures sequential keep-alive calls returning a 1 KB JSON body (sync and async, GET
and POST), the pure bookkeeping cost of the breaker + retry budget + rate limiter per
call, the cost of OpenTelemetry spans when a provider is configured, and, when they
are importable, official SDKs (openai, anthropic, stripe; GET and POST) against the
same server. The raw httpx POST sends pre-encoded bytes, so the runtime's JSON
encoding counts as overhead. ``run()`` returns rows for ``benchmarks/run.py``; run
this file alone to print them. Bounded: about 15 s in total.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import socket
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import template_packages  # noqa: E402

CALLS = 600
ROUNDS = 3
BOOKKEEPING_CALLS = 50_000
GOAL_RATIO = 1.10  # the runtime may cost at most 10 % more per call than raw httpx
GOAL_BOOKKEEPING_US = 20.0
POST_BODY = {"name": "bench", "payload": "p" * 900}
POST_ENCODED = json.dumps(POST_BODY).encode()  # what raw httpx sends, encoded in advance
BODY_1K = json.dumps(
    {"id": "obj_1", "object": "model", "created": 0, "owned_by": "bench", "pad": "x" * 900}
).encode()


def load_runtime(name: str = "ik_runtime_bench") -> ModuleType:
    return template_packages.load_runtime(name)


class _Server:
    """Minimal keep-alive HTTP/1.1 server: every request gets the same 1 KB JSON body."""

    def __init__(self) -> None:
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._stop = threading.Event()
        self._response = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"request-id: req_bench\r\nContent-Length: "
            + str(len(BODY_1K)).encode()
            + b"\r\n\r\n"
            + BODY_1K
        )
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> _Server:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = b""
        with conn:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    try:
                        data = conn.recv(65536)
                    except OSError:
                        return
                    if not data:
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                while len(buffer) < length:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buffer += data
                buffer = buffer[length:]
                conn.sendall(self._response)


def _per_call_us(fn: Callable[[], object], calls: int = CALLS) -> float:
    for _ in range(50):
        fn()
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(calls):
            fn()
        best = min(best, (time.perf_counter() - started) / calls)
    return best * 1e6


def _pair_us(raw: Callable[[], object], ours: Callable[[], object]) -> tuple[float, float]:
    """Best per-call time of each, rounds interleaved so machine noise hits both alike."""
    best = {"raw": float("inf"), "ours": float("inf")}
    for fn in (raw, ours):
        for _ in range(50):
            fn()
    for _ in range(ROUNDS + 2):
        for key, fn in (("raw", raw), ("ours", ours)):
            started = time.perf_counter()
            for _ in range(CALLS // 2):
                fn()
            best[key] = min(best[key], (time.perf_counter() - started) / (CALLS // 2))
    return best["raw"] * 1e6, best["ours"] * 1e6


async def _apair_us(
    raw: Callable[[], Awaitable[object]], ours: Callable[[], Awaitable[object]]
) -> tuple[float, float]:
    best = {"raw": float("inf"), "ours": float("inf")}
    for fn in (raw, ours):
        for _ in range(50):
            await fn()
    for _ in range(ROUNDS + 2):
        for key, fn in (("raw", raw), ("ours", ours)):
            started = time.perf_counter()
            for _ in range(CALLS // 2):
                await fn()
            best[key] = min(best[key], (time.perf_counter() - started) / (CALLS // 2))
    return best["raw"] * 1e6, best["ours"] * 1e6


def _row(
    name: str, value: float, baseline: float | None, goal: str, unit: str = "µs/call"
) -> dict[str, object]:
    return {
        "name": name,
        "value": round(value, 2),
        "unit": unit,
        "baseline": round(baseline, 2) if baseline is not None else None,
        "ratio": round(value / baseline, 3) if baseline else None,
        "goal": goal,
    }


def _config(rt: ModuleType, url: str) -> Any:
    return rt.ClientConfig(
        url, request_id_headers=("request-id",), idempotency_header="Idempotency-Key"
    )


def _sync_rows(rt: ModuleType, url: str) -> list[dict[str, object]]:
    rows = []
    with httpx.Client(timeout=5.0) as raw, rt.SyncAPIClient(_config(rt, url)) as client:
        raw_get, ours_get = _pair_us(
            lambda: raw.get(url + "/v1/things/1").content,
            lambda: client._request("GET", "/v1/things/1").content,
        )
        headers = {"Content-Type": "application/json"}
        raw_post, ours_post = _pair_us(
            lambda: raw.post(url + "/v1/things", content=POST_ENCODED, headers=headers).content,
            lambda: client._request("POST", "/v1/things", json=POST_BODY).content,
        )
    goal = f"ratio <= {GOAL_RATIO}"
    rows.append(_row("runtime sync GET vs raw httpx", ours_get, raw_get, goal))
    rows.append(_row("runtime sync POST vs raw httpx", ours_post, raw_post, goal))
    return rows


def _async_rows(rt: ModuleType, url: str) -> list[dict[str, object]]:

    async def main() -> list[dict[str, object]]:
        async with (
            httpx.AsyncClient(timeout=5.0) as raw,
            rt.AsyncAPIClient(_config(rt, url)) as client,
        ):

            async def raw_get() -> object:
                return (await raw.get(url + "/v1/things/1")).content

            async def ours_get() -> object:
                return (await client._request("GET", "/v1/things/1")).content

            async def raw_post() -> object:
                headers = {"Content-Type": "application/json"}
                return (
                    await raw.post(url + "/v1/things", content=POST_ENCODED, headers=headers)
                ).content

            async def ours_post() -> object:
                return (await client._request("POST", "/v1/things", json=POST_BODY)).content

            results = [*await _apair_us(raw_get, ours_get), *await _apair_us(raw_post, ours_post)]
        goal = f"ratio <= {GOAL_RATIO}"
        return [
            _row("runtime async GET vs raw httpx", results[1], results[0], goal),
            _row("runtime async POST vs raw httpx", results[3], results[2], goal),
        ]

    return asyncio.run(main())


def _skipped(name: str, why: str) -> dict[str, object]:
    return {
        "name": name,
        "value": None,
        "unit": "µs/call",
        "baseline": None,
        "ratio": None,
        "goal": f"skipped: {why}",
    }


def _otel_row(rt: ModuleType, url: str) -> dict[str, object]:
    """Sync GET with spans recorded by an SDK provider (no exporter) vs without."""
    if importlib.util.find_spec("opentelemetry.sdk") is None:
        return _skipped("runtime sync GET, spans on vs off", "opentelemetry-sdk not installed")
    trace_sdk: Any = importlib.import_module("opentelemetry.sdk.trace")
    traced_config = rt.ClientConfig(
        url, request_id_headers=("request-id",), tracer_provider=trace_sdk.TracerProvider()
    )
    with (
        rt.SyncAPIClient(_config(rt, url)) as plain,
        rt.SyncAPIClient(traced_config) as traced,
    ):
        off, on = _pair_us(
            lambda: plain._request("GET", "/v1/things/1").content,
            lambda: traced._request("GET", "/v1/things/1").content,
        )
    return _row("runtime sync GET, spans on vs off", on, off, "informational")


def _generated_rows(url: str) -> list[dict[str, object]]:
    """The rendered openai preset's ``models.retrieve`` (auth, typed decode) against the
    same body: vs raw httpx + ``.json()``, and vs the official SDK's ``models.retrieve``."""
    import os
    import tempfile

    from extensions.projects import preset_data, render

    with tempfile.TemporaryDirectory() as tmp:
        render(preset_data("openai"), Path(tmp) / "openai")
        sys.path.insert(0, str(Path(tmp) / "openai" / "src"))
        os.environ["OPENAI_API_KEY"] = "sk-bench"
        try:
            package: Any = importlib.import_module("openai_integration")
            client = package.OpenAIClient(base_url=url + "/v1")
            ours = lambda: client.models.retrieve("bench")  # noqa: E731
            auth = {"Authorization": "Bearer sk-bench"}
            rows = []
            with httpx.Client(timeout=5.0) as raw:
                raw_us, ours_us = _pair_us(
                    lambda: raw.get(url + "/v1/models/bench", headers=auth).json(), ours
                )
                rows.append(
                    _row(
                        "generated openai models.retrieve vs raw httpx + .json()",
                        ours_us,
                        raw_us,
                        f"ratio <= {GOAL_RATIO}",
                    )
                )
            if importlib.util.find_spec("openai") is not None:
                sdk_get, _ = _openai_calls(url)
                sdk_us, ours_us = _pair_us(sdk_get, ours)
                rows.append(
                    _row("generated openai models.retrieve vs openai SDK", ours_us, sdk_us, "< 1")
                )
            client.close()
        finally:
            sys.path.remove(str(Path(tmp) / "openai" / "src"))
            os.environ.pop("OPENAI_API_KEY", None)
            for name in [m for m in sys.modules if m.split(".")[0] == "openai_integration"]:
                del sys.modules[name]
    return rows


def _bookkeeping_row(rt: ModuleType) -> dict[str, object]:
    breaker = rt.CircuitBreaker(rt.BreakerConfig())
    budget = rt.RetryBudget()
    limiter = rt.RateLimiter()
    headers = httpx.Headers({"x-ratelimit-remaining": "100", "x-ratelimit-reset": "60"})

    def one() -> None:
        admission = breaker.acquire("api.example.com")
        budget.deposit()
        limiter.acquire()
        limiter.update(200, headers)
        breaker.settle("api.example.com", admission, "success")

    started = time.perf_counter()
    for _ in range(BOOKKEEPING_CALLS):
        one()
    per_call = (time.perf_counter() - started) / BOOKKEEPING_CALLS * 1e6
    return _row(
        "breaker + budget + rate-limit bookkeeping", per_call, None, f"<= {GOAL_BOOKKEEPING_US} µs"
    )


SdkCalls = tuple[Callable[[], object], Callable[[], object]]  # (GET, POST)


def _openai_calls(url: str) -> SdkCalls:
    openai: Any = importlib.import_module("openai")
    client = openai.OpenAI(api_key="sk-bench", base_url=url + "/v1", max_retries=0)
    return (
        lambda: client.models.retrieve("bench"),
        lambda: client.moderations.create(input="p" * 900),
    )


def _anthropic_calls(url: str) -> SdkCalls:
    anthropic: Any = importlib.import_module("anthropic")
    client = anthropic.Anthropic(api_key="sk-bench", base_url=url, max_retries=0)
    message = [{"role": "user", "content": "p" * 900}]
    return (
        lambda: client.models.retrieve("bench"),
        lambda: client.messages.create(model="bench", max_tokens=1, messages=message),
    )


def _stripe_calls(url: str) -> SdkCalls:
    stripe: Any = importlib.import_module("stripe")
    client = stripe.StripeClient(
        "sk_test_bench", base_addresses={"api": url}, max_network_retries=0
    )
    customers = client.v1.customers if hasattr(client, "v1") else client.customers
    return (
        lambda: customers.retrieve("cus_bench"),
        lambda: customers.create(params={"description": "p" * 900}),
    )


def _sdk_rows(url: str) -> list[dict[str, object]]:
    """Official SDKs against the same server (only if importable), each paired with raw
    httpx in interleaved rounds so both see the same machine noise."""
    rows: list[dict[str, object]] = []
    headers = {"Content-Type": "application/json"}
    factories: list[tuple[str, Callable[[str], SdkCalls]]] = [
        ("openai", _openai_calls),
        ("anthropic", _anthropic_calls),
        ("stripe", _stripe_calls),
    ]
    with httpx.Client(timeout=5.0) as raw:

        def raw_get() -> object:
            return raw.get(url + "/v1/things/1").content

        def raw_post() -> object:
            return raw.post(url + "/v1/things", content=POST_ENCODED, headers=headers).content

        for name, factory in factories:
            if importlib.util.find_spec(name) is None:
                rows.append(_skipped(f"{name} SDK", "not installed"))
                continue
            try:
                sdk_get, sdk_post = factory(url)
                for verb, sdk, baseline in (
                    ("GET", sdk_get, raw_get),
                    ("POST", sdk_post, raw_post),
                ):
                    raw_us, sdk_us = _pair_us(baseline, sdk)
                    rows.append(
                        _row(f"{name} SDK {verb} vs raw httpx", sdk_us, raw_us, "informational")
                    )
            except Exception as exc:  # an SDK that dislikes our canned body is reported
                rows.append(_skipped(f"{name} SDK", type(exc).__name__))
    return rows


def run() -> list[dict[str, object]]:
    """All rows: name, value, unit, baseline, ratio, goal."""
    rt = load_runtime()
    with _Server() as server:
        rows = _sync_rows(rt, server.url)
        rows += _async_rows(rt, server.url)
        rows.append(_bookkeeping_row(rt))
        rows.append(_otel_row(rt, server.url))
        rows += _generated_rows(server.url)
        rows += _sdk_rows(server.url)
    return rows


def _print(rows: list[dict[str, object]]) -> None:
    width = max(len(str(row["name"])) for row in rows)
    header = f"{'benchmark':{width}} {'value':>10} {'unit':8} {'baseline':>9} {'ratio':>7}  goal"
    print(header)
    print("-" * len(header))
    for row in rows:
        cells = {key: "-" if row.get(key) is None else str(row.get(key)) for key in row}
        print(
            f"{cells['name']:{width}} {cells['value']:>10} {cells['unit']:8} "
            f"{cells['baseline']:>9} {cells['ratio']:>7}  {cells['goal']}"
        )


if __name__ == "__main__":
    started = time.monotonic()
    _print(run())
    print(f"\n({time.monotonic() - started:.1f} s)")
