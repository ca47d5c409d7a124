"""Per-call cost of the integration runtime and the generated client versus raw httpx.

Every ratio compares two paths doing the same work against the same server (a child
process on 127.0.0.1, ``_local_server.py``, answering a 1 KB JSON body over
keep-alive), timed in interleaved rounds; the ratio is the median of per-round ratios
of this process's CPU time per call (an upper bound of the end-to-end ratio, steady on
a busy machine), with the wall-clock median ratio beside it (``_ab.py``).

Same work, side by side:

* the generated client decodes into msgspec Structs (``_wire.Model``), so its baseline
  is raw ``httpx.Client`` / ``httpx.AsyncClient`` + ``msgspec.json.Decoder(_wire.Model)``
  on the same body, with the same ``Authorization`` header: what the runtime adds
  (retry loop, breaker, budget, rate limiter, deadline, size cap, auth scrubbing) is
  all the ratio measures. A row against raw httpx + ``.json()`` (stdlib ``json`` into
  dicts) is informational: it shows the typed decode is not what costs;
* the runtime's own ``_request`` + ``_decode`` (GET and POST, sync and async) against
  raw httpx + the same msgspec decode; the raw POST encodes its body with msgspec on
  every call, as the runtime does (the old benchmark's raw side sent pre-encoded bytes
  and read ``.content`` without decoding, so the two sides did different work);
* official SDKs (which build pydantic / StripeObject values) against raw httpx that
  encodes with ``json.dumps`` and decodes with ``.json()``; informational.

``run()`` returns rows for ``benchmarks/run.py``; run this file alone to print them.
About 30 s.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import msgspec

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from _ab import Pair, apaired, paired  # noqa: E402
from _local_server import LocalServer  # noqa: E402
from _sdk_calls import FACTORIES, openai_async_get  # noqa: E402

from tests import template_packages  # noqa: E402

GOAL_RATIO = 1.10  # the runtime may cost at most 10 % more per call than raw httpx
GOAL_BOOKKEEPING_US = 20.0
BOOKKEEPING_CALLS = 50_000
POST_BODY = {"name": "bench", "payload": "p" * 900}
AUTH = {"Authorization": "Bearer sk-bench"}
JSON_HEADERS = {"Content-Type": "application/json"}


class Thing(msgspec.Struct):
    """The server's body, as the runtime rows decode it on both sides."""

    id: str
    object: str
    created: int
    owned_by: str
    pad: str


THING = msgspec.json.Decoder(Thing)


def load_runtime(name: str = "ik_runtime_bench") -> ModuleType:
    return template_packages.load_runtime(name)


def _row(name: str, pair: Pair, goal: str) -> dict[str, object]:
    return {
        "name": name,
        "value": round(pair.value * 1e6, 1),
        "unit": "µs CPU/call",
        "baseline": round(pair.baseline * 1e6, 1),
        "ratio": round(pair.ratio, 3),
        "goal": f"{goal}; {pair.note()}",
    }


def _skipped(name: str, why: str) -> dict[str, object]:
    return {"name": name, "value": None, "unit": "µs/call", "goal": f"skipped: {why}"}


def _config(rt: ModuleType, url: str, **extra: Any) -> Any:
    return rt.ClientConfig(
        url, request_id_headers=("request-id",), idempotency_header="Idempotency-Key", **extra
    )


def _runtime_rows(rt: ModuleType, url: str) -> list[dict[str, object]]:
    goal = f"ratio <= {GOAL_RATIO}"
    get_url, post_url = url + "/v1/things/1", url + "/v1/things"
    with httpx.Client() as raw, rt.SyncAPIClient(_config(rt, url)) as client:
        sync_get = paired(
            lambda: THING.decode(raw.get(get_url).content),
            lambda: client._decode(client._request("GET", "/v1/things/1"), Thing),
        )
        sync_post = paired(
            lambda: THING.decode(
                raw.post(
                    post_url, content=msgspec.json.encode(POST_BODY), headers=JSON_HEADERS
                ).content
            ),
            lambda: client._decode(client._request("POST", "/v1/things", json=POST_BODY), Thing),
        )

    async def async_pairs() -> tuple[Pair, Pair]:
        async with httpx.AsyncClient() as araw, rt.AsyncAPIClient(_config(rt, url)) as aclient:

            async def raw_get() -> Thing:
                return THING.decode((await araw.get(get_url)).content)

            async def ours_get() -> Thing:
                return aclient._decode(await aclient._request("GET", "/v1/things/1"), Thing)  # type: ignore[no-any-return]

            async def raw_post() -> Thing:
                body = msgspec.json.encode(POST_BODY)
                answer = await araw.post(post_url, content=body, headers=JSON_HEADERS)
                return THING.decode(answer.content)

            async def ours_post() -> Thing:
                answer = await aclient._request("POST", "/v1/things", json=POST_BODY)
                return aclient._decode(answer, Thing)  # type: ignore[no-any-return]

            return await apaired(raw_get, ours_get), await apaired(raw_post, ours_post)

    async_get, async_post = asyncio.run(async_pairs())
    return [
        _row("runtime sync GET vs raw httpx.Client + msgspec", sync_get, goal),
        _row("runtime sync POST vs raw httpx.Client + msgspec", sync_post, goal),
        _row("runtime async GET vs raw httpx.AsyncClient + msgspec", async_get, goal),
        _row("runtime async POST vs raw httpx.AsyncClient + msgspec", async_post, goal),
    ]


def _otel_row(rt: ModuleType, url: str) -> dict[str, object]:
    """Sync GET with spans recorded by an SDK provider (no exporter) vs without."""
    name = "runtime sync GET, spans on vs off"
    if importlib.util.find_spec("opentelemetry.sdk") is None:
        return _skipped(name, "opentelemetry-sdk not installed")
    trace_sdk: Any = importlib.import_module("opentelemetry.sdk.trace")
    traced_config = _config(rt, url, tracer_provider=trace_sdk.TracerProvider())
    with rt.SyncAPIClient(_config(rt, url)) as plain, rt.SyncAPIClient(traced_config) as traced:
        pair = paired(
            lambda: plain._decode(plain._request("GET", "/v1/things/1"), Thing),
            lambda: traced._decode(traced._request("GET", "/v1/things/1"), Thing),
        )
    return _row(name, pair, "informational")


@contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """File descriptor 1 onto 2 (subprocesses too), so stdout carries only the table."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


@contextmanager
def _openai_package() -> Iterator[Any]:
    """The openai preset, rendered into a temporary directory and imported."""
    from extensions.projects import preset_data, render

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "openai" / "src"
        with _stdout_to_stderr():  # copier's tasks print the generation report
            render(preset_data("openai"), Path(tmp) / "openai")
        sys.path.insert(0, str(src))
        os.environ["OPENAI_API_KEY"] = "sk-bench"
        try:
            yield importlib.import_module("openai_integration")
        finally:
            sys.path.remove(str(src))
            os.environ.pop("OPENAI_API_KEY", None)
            for name in [m for m in sys.modules if m.split(".")[0] == "openai_integration"]:
                del sys.modules[name]


def _generated_rows(url: str) -> list[dict[str, object]]:
    """The rendered openai preset's ``models.retrieve`` (auth, route template, typed
    decode) against raw httpx + the same msgspec decode, and against the openai SDK."""
    goal = f"ratio <= {GOAL_RATIO}"
    model_url = url + "/v1/models/bench"
    have_sdk = importlib.util.find_spec("openai") is not None
    rows: list[dict[str, object]] = []
    with _openai_package() as package:
        model = msgspec.json.Decoder(package._wire.Model)
        with httpx.Client() as raw, package.OpenAIClient(base_url=url + "/v1") as client:
            ours = lambda: client.models.retrieve("bench")  # noqa: E731
            pair = paired(lambda: model.decode(raw.get(model_url, headers=AUTH).content), ours)
            rows.append(
                _row("generated sync models.retrieve vs raw httpx.Client + msgspec", pair, goal)
            )
            pair = paired(lambda: raw.get(model_url, headers=AUTH).json(), ours)
            rows.append(
                _row("generated sync models.retrieve vs raw httpx + .json()", pair, "informational")
            )
            if have_sdk:
                sdk_get = FACTORIES[0][1](url)[0]
                rows.append(
                    _row(
                        "generated sync models.retrieve vs openai SDK", paired(sdk_get, ours), "< 1"
                    )
                )

        async def async_rows() -> list[dict[str, object]]:
            out = []
            async with (
                httpx.AsyncClient() as araw,
                package.AsyncOpenAIClient(base_url=url + "/v1") as aclient,
            ):

                async def raw_get() -> object:
                    return model.decode((await araw.get(model_url, headers=AUTH)).content)

                async def ours_get() -> object:
                    return await aclient.models.retrieve("bench")

                pair = await apaired(raw_get, ours_get)
                out.append(
                    _row(
                        "generated async models.retrieve vs raw httpx.AsyncClient + msgspec",
                        pair,
                        goal,
                    )
                )
                if have_sdk:
                    pair = await apaired(openai_async_get(url), ours_get)
                    out.append(_row("generated async models.retrieve vs openai SDK", pair, "< 1"))
            return out

        rows += asyncio.run(async_rows())
    return rows


def _sdk_rows(url: str) -> list[dict[str, object]]:
    """Official SDKs (only if importable) against raw httpx + ``json`` both ways."""
    rows: list[dict[str, object]] = []
    with httpx.Client() as raw:

        def raw_get() -> object:
            return raw.get(url + "/v1/things/1", headers=AUTH).json()

        def raw_post() -> object:
            body = json.dumps({"input": "p" * 900}).encode()
            return raw.post(
                url + "/v1/things", content=body, headers={**AUTH, **JSON_HEADERS}
            ).json()

        for name, factory in FACTORIES:
            if importlib.util.find_spec(name) is None:
                rows.append(_skipped(f"{name} SDK", "not installed"))
                continue
            try:
                sdk_get, sdk_post = factory(url)
                for verb, sdk, baseline in (
                    ("GET", sdk_get, raw_get),
                    ("POST", sdk_post, raw_post),
                ):
                    pair = paired(baseline, sdk)
                    rows.append(
                        _row(f"{name} SDK {verb} vs raw httpx + json", pair, "informational")
                    )
            except Exception as exc:  # an SDK that dislikes the canned body is reported
                rows.append(_skipped(f"{name} SDK", type(exc).__name__))
    return rows


def _bookkeeping_row(rt: ModuleType) -> dict[str, object]:
    breaker = rt.CircuitBreaker(rt.BreakerConfig())
    budget = rt.RetryBudget()
    limiter = rt.RateLimiter()
    headers = httpx.Headers({"x-ratelimit-remaining": "100", "x-ratelimit-reset": "60"})
    key = breaker.key_for("api.example.com", "/v1/things/{id}")
    started = time.perf_counter()
    for _ in range(BOOKKEEPING_CALLS):
        admission = breaker.acquire(key)
        budget.deposit()
        limiter.acquire()
        limiter.update(200, headers)
        breaker.settle(key, admission, "success")
    per_call = (time.perf_counter() - started) / BOOKKEEPING_CALLS * 1e6
    return {
        "name": "breaker + budget + rate-limit bookkeeping",
        "value": round(per_call, 2),
        "unit": "µs/call",
        "goal": f"<= {GOAL_BOOKKEEPING_US} µs",
    }


def run() -> list[dict[str, object]]:
    """All rows: name, value, unit, baseline, ratio, goal."""
    rt = load_runtime()
    with LocalServer() as server:
        rows = _runtime_rows(rt, server.url)
        rows += _generated_rows(server.url)
        rows.append(_otel_row(rt, server.url))
        rows.append(_bookkeeping_row(rt))
        rows += _sdk_rows(server.url)
    return rows


if __name__ == "__main__":
    import run as runner

    started = time.monotonic()
    runner.print_table(run())
    print(f"\n({time.monotonic() - started:.1f} s)")
