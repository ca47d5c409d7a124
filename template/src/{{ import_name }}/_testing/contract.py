"""Helpers of the contract tests: schema validation, fixture drift, live-key and
test-mode guards, pacing of live calls."""

from __future__ import annotations

import copy
import difflib
import importlib
import json
import math
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpx

__all__ = [
    "PacedTransport",
    "Pacer",
    "body_schema",
    "first_item_id",
    "live_key_problem",
    "markdown_report",
    "pace_rate",
    "parse_contract_args",
    "response_schema",
    "schema_errors",
    "shape",
    "shape_diff",
    "to_json_schema",
    "write_mode_problem",
]


def to_json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 schema as JSON Schema (``nullable``, boolean exclusive bounds)."""
    if isinstance(node, list):
        return [to_json_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if not k.startswith("x-")}
    if out.pop("nullable", False):
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif "$ref" in out or "anyOf" in out or "oneOf" in out or "allOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    for bound in ("Minimum", "Maximum"):
        flag = out.get(f"exclusive{bound}")
        if isinstance(flag, bool):
            key = bound.lower()
            if flag and key in out:
                out[f"exclusive{bound}"] = out.pop(key)
            else:
                out.pop(f"exclusive{bound}")
    for key in (
        "example",
        "discriminator",
        "xml",
        "externalDocs",
        "deprecated",
        "readOnly",
        "writeOnly",
    ):
        out.pop(key, None)
    return out


def body_schema(snapshot: Mapping[str, Any], response: Mapping[str, Any]) -> dict[str, Any] | None:
    """The JSON schema of one response object's JSON body, with the snapshot's components
    (``None`` when it declares no JSON body)."""
    for media, content in (response.get("content") or {}).items():
        if "json" in media and "schema" in content:
            schema = to_json_schema(copy.deepcopy(content["schema"]))
            schema["components"] = to_json_schema(snapshot.get("components", {}))
            return dict(schema)
    return None


def response_schema(snapshot: Mapping[str, Any], method: str, path: str) -> dict[str, Any] | None:
    """The JSON schema of the first 2xx JSON response of an operation, with components."""
    operation = snapshot.get("paths", {}).get(path, {}).get(method.lower(), {})
    for status, response in sorted(operation.get("responses", {}).items()):
        if str(status).startswith("2"):
            schema = body_schema(snapshot, response)
            if schema is not None:
                return schema
    return None


def schema_errors(instance: Any, schema: Mapping[str, Any], limit: int = 20) -> list[str]:
    """Validation errors as ``$.path: message`` lines (jsonschema is a dev dependency)."""
    jsonschema: Any = importlib.import_module("jsonschema")  # a dev dependency

    validator = jsonschema.Draft202012Validator(dict(schema))
    out = []
    for error in validator.iter_errors(instance):
        where = "$" + "".join(
            f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path
        )
        out.append(f"{where}: {error.message[:200]}")
        if len(out) >= limit:
            break
    return out


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shape(value: Any, path: str = "$") -> list[str]:
    """``path: type`` lines describing a JSON value (lists by their first item)."""
    lines = [f"{path}: {_kind(value)}"]
    if isinstance(value, dict):
        for key in sorted(value):
            lines += shape(value[key], f"{path}.{key}")
    elif isinstance(value, list) and value:
        lines += shape(value[0], f"{path}[]")
    return lines


def shape_diff(fixture: Any, real: Any, *, name: str = "") -> str:
    """A unified diff of the fixture's shape against a real response ('' when they agree
    on every field the fixture has: a real response may carry more)."""
    real_lines = set(shape(real))
    missing = [line for line in shape(fixture) if line not in real_lines]
    if not missing:
        return ""
    fixture_lines = shape(fixture)
    diff = difflib.unified_diff(
        fixture_lines, sorted(real_lines), f"fixture/{name}", f"real/{name}", lineterm="", n=0
    )
    return "\n".join(diff)


def live_key_problem(secret: str, prefixes: Iterable[str]) -> str:
    """Why the contract tests refuse this credential ('' when it is acceptable)."""
    for prefix in prefixes:
        if prefix and secret.startswith(prefix):
            return f"refusing to run contract tests with a live-mode credential ({prefix}…)"
    return ""


def write_mode_problem(secret: str, live_prefixes: Iterable[str]) -> str:
    """Why writes may not run with this credential ('' when it is a test-mode one).

    Positive identification only: the test-mode prefixes are the live ones with
    ``live`` read as ``test`` (Stripe: ``sk_live_`` → ``sk_test_``); a provider without
    live prefixes has no test mode the package knows, so nothing is written there.
    """
    live = [p for p in live_prefixes if p]
    problem = live_key_problem(secret, live)
    if problem:
        return problem
    test = [p.replace("live", "test") for p in live if "live" in p]
    if not test:
        return "writes need a test mode, and none is known for this provider"
    if not secret.startswith(tuple(test)):
        named = ", ".join(f"{p}…" for p in test)
        return f"writes run only with a test-mode credential ({named})"
    return ""


def first_item_id(body: Any, items: str, field: str) -> str | None:
    """``field`` of the first item of a list response (``items`` names the array, ''
    for a top-level one), as the string a path takes; None when the list is empty."""
    rows = body.get(items) if items and isinstance(body, dict) else body
    if not isinstance(rows, list) or not rows or not isinstance(rows[0], dict):
        return None
    value = rows[0].get(field)
    return None if value is None or isinstance(value, bool | dict | list) else str(value)


def pace_rate(value: str | None, *, name: str, default: float = 1.0) -> float:
    """Requests per second from an environment value (``default`` when unset)."""
    if value is None or not value.strip():
        return default
    try:
        rate = float(value)
    except ValueError:
        rate = math.nan
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"{name} must be a positive number of requests per second")
    return rate


def parse_contract_args(value: str | None, *, name: str) -> dict[str, str | int | float | bool]:
    """Arguments of the live reads from an environment value: a JSON object of wire
    name → string, number or boolean (``{}`` when unset or blank). Errors name the
    variable, never its value."""
    if value is None or not value.strip():
        return {}
    try:
        data = json.loads(value)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ValueError(f"{name} is not valid JSON ({where})") from None
    if not isinstance(data, dict):
        raise ValueError(f'{name} must be a JSON object, e.g. {{"owner": "octocat"}}')
    bad = sorted(k for k, v in data.items() if not isinstance(v, str | int | float | bool))
    if bad:
        raise ValueError(f"{name}: {', '.join(bad)} must be a string, number or boolean")
    return data


class Pacer:
    """A token bucket: at most ``rate`` requests a second on average, ``burst`` at once.

    ``reserve`` books the next slot and says how long to wait for it (thread-safe;
    concurrent callers queue up behind each other); ``wait`` also sleeps. The clock and
    sleep are injectable, so tests count and check the waits without a wall clock.
    """

    def __init__(
        self,
        rate: float,
        *,
        burst: int = 1,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        if not (math.isfinite(rate) and rate > 0) or burst < 1:
            raise ValueError("a Pacer needs a positive rate and a burst of at least 1")
        self.rate = rate
        self.burst = burst
        self.requests = 0
        self.waited = 0.0
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tokens = float(burst)
        self._last: float | None = None

    def reserve(self) -> float:
        """Take the next slot; the seconds to wait before using it."""
        with self._lock:
            now = self._clock()
            if self._last is not None:
                self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens -= 1.0
            wait = 0.0 if self._tokens >= 0 else -self._tokens / self.rate
            self.requests += 1
            self.waited += wait
            return wait

    def wait(self) -> float:
        """Take the next slot and sleep until it; the seconds slept."""
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)
        return delay


class PacedTransport(httpx.BaseTransport):
    """An httpx transport that waits for the pacer before every request it sends
    (retries included): ``Client(transport=PacedTransport(pacer))``."""

    def __init__(self, pacer: Pacer, inner: httpx.BaseTransport | None = None) -> None:
        self.pacer = pacer
        self._inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.pacer.wait()
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def markdown_report(
    title: str, results: Iterable[tuple[str, str, str]], notes: Iterable[str] = ()
) -> str:
    """The run's summary for people: ``results`` are (test id, outcome, detail) with
    outcome ``passed``, ``failed`` or ``skipped``; verified/broken/skipped with why;
    ``notes`` are lines printed under the counts (the pacing of live calls)."""
    rows = sorted(set(results))
    groups = {k: [(t, d) for t, o, d in rows if o == k] for k in ("passed", "failed", "skipped")}
    lines = [
        f"# {title}",
        "",
        "| verified | broken | skipped |",
        "| ---: | ---: | ---: |",
        f"| {len(groups['passed'])} | {len(groups['failed'])} | {len(groups['skipped'])} |",
    ]
    extra = list(notes)
    if extra:
        lines += ["", *extra]
    for outcome, heading in (("failed", "Broken"), ("skipped", "Skipped")):
        if groups[outcome]:
            lines += ["", f"## {heading}", ""]
            for test, detail in groups[outcome]:
                detail = " ".join(detail.split())[:300].replace("|", "\\|")
                lines.append(f"- `{test}`: {detail}" if detail else f"- `{test}`")
    return "\n".join(lines) + "\n"
