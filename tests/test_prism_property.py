"""Spec conformance, property-based: drawn arguments for every operation, against Prism.

For each preset with a spec, and each selected operation, hypothesis draws ``EXAMPLES``
argument sets from the snapshot's own parameter and body schemas (tests/
schema_strategies.py; path, query of every style, headers, bodies); the generated
client's resource method sends each to Prism, which runs with ``--errors`` (a request
the spec rejects is a 422, a failure here) and ``--dynamic --seed`` (each response is
drawn from the response schema, a ``Prefer: code=`` header cycles through every
declared 2xx status). Every call must succeed, its response decode into the typed
model, and every drawn argument reach the wire (a transport records each request). A
value the client legitimately cannot send is filtered with its reason, printed.

Each declared error response (4xx, 5xx; ``default`` as 500, a ``4XX`` range as 400, or
another when that one is declared itself) is asked once too, with the first draw,
through a client with one attempt (no retry, no sleep): the call must raise the class
the status means (``EXPECTED_ERROR``, written from HTTP, not the runtime's), with that
``status_code``, ``body`` the parsed JSON, and the provider's ``error.message`` or
``message`` in the exception message, no credential in it.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from extensions.hooks import load_sibling
from extensions.samples import resolve

from .helpers import preset_data, preset_names, render
from .prism import PRISM, call_resources, example_env, prism
from .schema_strategies import HEADER_TEXT, TEXT, values

pytestmark = pytest.mark.slow

#: argument sets drawn per operation (fewer when an operation has fewer distinct ones)
EXAMPLES = 12
PRESETS = [p for p in preset_names() if not preset_data(p).get("s3_api")]
_NO_STREAM = (
    "true asks for a text/event-stream answer, which Prism cannot mock (500, "
    "NO_COMPLEX_OBJECT_TEXT); sent as false (tests/runtime covers streams)"
)
#: where an empty string is not drawn, and why
_NO_EMPTY = {
    "path": "an empty, '.' or '..' path segment cannot be routed (the client refuses it)",
    "header": "Prism reads an empty header value as a missing header",
}


@dataclass
class Target:
    preset: str
    project: Path
    package: str
    client_class: str
    snapshot_path: Path
    snapshot: dict[str, Any]
    api: Any
    #: one step per drawn example: {"call", "index", "kwargs", "status"} and the checks
    plan: list[dict[str, Any]] = field(default_factory=list)
    #: (operation, argument) -> why a drawn value is not sent or not checked on the wire
    filtered: dict[tuple[str, str], str] = field(default_factory=dict)
    #: declared style -> operations declaring it; exercised styles
    declared: Counter[str] = field(default_factory=Counter)
    exercised: Counter[str] = field(default_factory=Counter)
    #: one step per declared error response: the first draw, ``Prefer: code=<status>``
    errors: list[dict[str, Any]] = field(default_factory=list)
    #: (operation, declared key such as ``default``) -> the status asked for it, or why not
    error_keys: dict[tuple[str, str], int | str] = field(default_factory=dict)


def _draw(strategy: st.SearchStrategy[Any], count: int) -> list[Any]:
    """``count`` examples of ``strategy``, the same ones on every run (derandomized)."""
    drawn: list[Any] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: Any) -> None:
        drawn.append(value)

    collect()
    return drawn


def _shapes(schema: Any, spec: Mapping[str, Any]) -> set[str]:
    """The value shapes a parameter schema admits: array, object, scalar."""
    schema = resolve(schema, spec)
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        return set().union(*(_shapes(m, spec) for m in members))
    kind = schema.get("type")
    if kind == "array" or "items" in schema:
        return {"array"}
    if kind == "object" or "properties" in schema:
        return {"object"}
    return {"scalar"}


def _shape_of(value: Any) -> str:
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "scalar"


def style_key(param: Mapping[str, Any], shape: str) -> str:
    """``query form explode array``: where, OpenAPI style (its default), explode, shape."""
    where = str(param.get("in"))
    style = param.get("style") or ("form" if where in ("query", "cookie") else "simple")
    explode = param.get("explode", style == "form")
    return f"{where} {style} {'explode' if explode else 'no-explode'} {shape}"


def _statuses(raw: Mapping[str, Any]) -> list[int]:
    """The operation's declared 2xx statuses (each is asked of Prism in turn)."""
    codes = [str(c) for c in raw.get("responses") or {}]
    return sorted(int(c) for c in codes if c.isdigit() and c.startswith("2"))


#: the class an error status raises, by its HTTP meaning (RFC 9110, RFC 6585), written
#: here rather than read from the runtime so the runtime's own table is under test
EXPECTED_ERROR = {
    400: "BadRequestError",  # Bad Request
    401: "AuthenticationError",  # Unauthorized: missing, wrong or expired credential
    403: "PermissionDeniedError",  # Forbidden
    404: "NotFoundError",  # Not Found
    409: "ConflictError",  # Conflict
    422: "UnprocessableEntityError",  # Unprocessable Content
    429: "RateLimitError",  # Too Many Requests
}
#: a range or ``default`` is asked as one representative status, the first not declared
_REPRESENTATIVE = {"4XX": (400, 499), "5XX": (500, 503), "default": (500, 400, 503)}


def expected_error(status: int) -> str:
    """Any 5xx is a ``ServerError``; a 4xx without a meaning of its own the base class."""
    return "ServerError" if status >= 500 else EXPECTED_ERROR.get(status, "APIStatusError")


def _error_statuses(raw: Mapping[str, Any]) -> dict[str, int | str]:
    """Each declared non-2xx response key -> the status asked for it (or why it is not)."""
    codes = [
        str(c).upper() if str(c).lower() != "default" else "default"
        for c in raw.get("responses") or {}
    ]
    exact = {int(c) for c in codes if c.isdigit()}
    chosen: dict[str, int | str] = {}
    for code in codes:
        if code.isdigit():
            if int(code) >= 400:
                chosen[code] = int(code)
            elif not code.startswith("2"):
                chosen[code] = "not an error status (3xx: tests/runtime covers redirects)"
        elif code in _REPRESENTATIVE:
            free = [s for s in _REPRESENTATIVE[code] if s not in exact]
            chosen[code] = free[0] if free else f"{code}: every representative is declared"
        elif not code.startswith("2"):
            chosen[code] = f"range {code} not asked"
    return chosen


def _operation_plan(target: Target, op: Any) -> None:
    snapshot = target.snapshot
    raw = snapshot["paths"][op.path][op.http_method.lower()]
    declared = {}
    for param in [*snapshot["paths"][op.path].get("parameters", []), *raw.get("parameters", [])]:
        param = resolve(param, snapshot)
        declared[(param.get("in"), param.get("name"))] = param
    method = op.resource_method
    arguments = [*method.positional, *method.keyword]
    by_wire = {(a.location, a.wire_name): a.py_name for a in arguments}
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    wire: dict[str, tuple[str, str, Mapping[str, Any]]] = {}  # py name -> (in, wire, param)
    for p in op.params:
        param = declared[(p.location, p.wire_name)]
        name = by_wire[(p.location, p.wire_name)]
        for shape in _shapes(param.get("schema", {}), snapshot):
            target.declared[style_key(param, shape)] += 1
        alphabet = HEADER_TEXT if p.location == "header" else TEXT
        strategy = values(param.get("schema", {}), snapshot, alphabet=alphabet)
        if p.location in _NO_EMPTY:
            if "" in _draw(strategy, 50):  # the schema admits "" (no minLength)
                target.filtered[(op.method_name, name)] = _NO_EMPTY[p.location]
            strategy = strategy.filter(lambda v: v not in ("", None, ".", ".."))
        # the spec's requirement (Prism checks it), also where the client relaxed it: the
        # credential parameters the auth already sends (ik_spec/credentials.py)
        (required if p.required or param.get("required") else optional)[name] = strategy
        wire[name] = (p.location, p.wire_name, param)
    body_fields: dict[str, str] = {}
    if method.body_mode in ("fields", "whole"):
        content: dict[str, Any] = (raw.get("requestBody") or {}).get("content", {})
        media: dict[str, Any] = next(iter(content.values()), {})
        body = values(media.get("schema", {}), snapshot)
        if method.body_mode == "whole":
            required[method.body_args[0].py_name] = body
        else:
            body_fields = {a.wire_name: a.py_name for a in method.body_args}
            required["\0body"] = body
        target.declared[f"body {op.body.content_type if op.body else '?'}"] += 1
    elif op.body is not None and method.body_mode != "none":
        target.filtered[(op.method_name, "body")] = f"{method.body_mode} body: not drawn"
    statuses = _statuses(raw)
    streams = any(
        "text/event-stream" in (r.get("content") or {}) for r in raw["responses"].values()
    )
    drawn = _draw(st.fixed_dictionaries(required, optional=optional), EXAMPLES)
    for index, kwargs in enumerate(drawn):
        fields = kwargs.pop("\0body", None)
        if isinstance(fields, dict):
            if streams and fields.get("stream") is True:
                fields["stream"] = False
                target.filtered[(op.method_name, "body.stream")] = _NO_STREAM
            for key, value in fields.items():
                if key in body_fields:
                    kwargs[body_fields[key]] = value
                else:
                    why = "not a field of the generated method (extra_body sends it)"
                    target.filtered[(op.method_name, f"body.{key}")] = why
        if body_fields or method.body_mode == "whole":
            target.exercised[f"body {op.body.content_type if op.body else '?'}"] += 1
        for name, value in kwargs.items():
            if name in wire and value is not None:
                target.exercised[style_key(wire[name][2], _shape_of(value))] += 1
        target.plan.append(
            {
                "call": op.resource_call,
                "index": index,
                "kwargs": kwargs,
                "status": statuses[index % len(statuses)] if statuses else None,
                "wire": {name: wire[name][:2] for name in kwargs if name in wire},
                "fields": {py: w for w, py in body_fields.items() if py in kwargs},
                "body_kind": op.body.kind if op.body is not None else "",
                "path": op.path,
            }
        )
    if not drawn:
        return
    first = target.plan[-len(drawn)]
    for code, status in _error_statuses(raw).items():
        target.error_keys[(op.method_name, code)] = status
        if isinstance(status, int):
            step = {**first, "index": len(target.errors), "status": status, "error": True}
            target.errors.append({**step, "declared": code, "operation": op.method_name})


@pytest.fixture(scope="module", params=PRESETS)
def target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Target:
    """The preset rendered once, its operations built, every example drawn."""
    preset = request.param
    project = render(preset_data(preset), tmp_path_factory.mktemp(preset) / preset)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    package = answers["import_name"]
    snapshot_path = project / "docs" / "external_api_specs" / f"{package}.json"
    snapshot = json.loads(snapshot_path.read_text())
    ik_spec = load_sibling("ik_spec")
    hints: dict[str, Any] = {
        "pagination": answers.get("pagination", "none"),
        "idempotency_header": answers.get("idempotency_header", ""),
        "path_defaults": load_sibling("render_context")._path_defaults(answers),
    }
    selection = ik_spec.Selection(mode="all", values=[])
    api = ik_spec.build_api(snapshot, selection=selection, preset=hints)
    made = Target(
        preset, project, package, answers["client_class_name"], snapshot_path, snapshot, api
    )
    for op in api.operations:
        _operation_plan(made, op)
    return made


def test_every_declared_style_is_drawn(target: Target) -> None:
    """Each parameter style the selected operations declare is in some drawn example."""
    print(f"\n[styles] {target.preset}: {len(target.api.operations)} operations")
    for key, count in sorted(target.declared.items()):
        print(f"  {key:40} declared {count:3}  drawn {target.exercised[key]:4}")
    reasons = Counter(target.filtered.values())
    for why, count in sorted(reasons.items()):
        names = sorted(f"{op}.{arg}" for (op, arg), w in target.filtered.items() if w == why)
        print(f"  filtered {count} x {why}: {', '.join(names)[:200]}")
    assert target.api.operations
    assert set(target.declared) <= set(+target.exercised), set(target.declared) - set(
        target.exercised
    )


def _blank(value: Any) -> bool:
    """No scalar inside: a query or form encodes it as nothing (``None``, ``[]``, ``{}``)."""
    if isinstance(value, dict):
        return all(_blank(v) for v in value.values())
    if isinstance(value, list):
        return all(_blank(v) for v in value)
    return value is None


def _wire_misses(step: dict[str, Any], sent: dict[str, Any]) -> list[str]:
    """Drawn arguments that did not reach the request (empty ones are not expected to)."""
    misses = []
    by_wire = {wire: name for name, (where, wire) in step["wire"].items() if where == "path"}
    template, got = step["path"].split("/"), sent["raw_path"].split("/")
    if len(template) != len(got):
        misses.append(f"path {sent['raw_path']} for {step['path']}")
    for part, segment in zip(template, got, strict=False):
        if part.startswith("{") and part.endswith("}") and part[1:-1] in by_wire:
            value = step["kwargs"][by_wire[part[1:-1]]]
            text = str(value).lower() if isinstance(value, bool) else str(value)
            if unquote(segment) != text:
                misses.append(f"path {part}: {segment!r} for {value!r}")
    keys = {key for key, _ in sent["query"]}
    for name, (where, wire_name) in step["wire"].items():
        value = step["kwargs"][name]
        if _blank(value):  # a query encodes an empty array or object as nothing
            continue
        if where == "query" and not any(
            k == wire_name or k.startswith(f"{wire_name}[") for k in keys
        ):
            misses.append(f"query {wire_name}")
        elif where == "header" and wire_name.lower() not in sent["headers"]:
            misses.append(f"header {wire_name}")
    if step["fields"] and step["body_kind"] == "json":
        body = json.loads(sent["body"] or "{}")
        misses += [f"body {w}" for py, w in step["fields"].items() if w not in body]
    elif step["fields"] and step["body_kind"] == "form":
        pairs = {unquote(p.partition("=")[0].replace("+", " ")) for p in sent["body"].split("&")}
        for py, w in step["fields"].items():
            if not _blank(step["kwargs"][py]) and not any(
                k == w or k.startswith(f"{w}[") for k in pairs
            ):
                misses.append(f"form {w}")
    return misses


@pytest.fixture(scope="module")
def _prism_installed() -> None:
    if not PRISM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Prism is not installed (npm ci) but CI=true: the property run must run")
        pytest.skip("Prism is not installed: run `npm ci` (kit.py test does it when npm exists)")


@pytest.fixture(scope="module")
def served(target: Target, _prism_installed: None) -> Iterator[str]:
    options = ["--errors", "--dynamic", "--seed", "1", "-v", "warn"]
    with prism(target.snapshot_path, options=options) as base_url:
        yield base_url


def test_drawn_calls_conform(target: Target, served: str) -> None:
    """Prism accepts every drawn call, every response decodes, every argument is sent."""
    started = time.monotonic()
    results = call_resources(
        target.project, target.package, target.client_class, target.plan, served
    )
    assert len(results) == len(target.plan)
    failed = []
    for step, result in zip(target.plan, results, strict=True):
        misses = _wire_misses(step, result["sent"]) if result["ok"] and result["sent"] else []
        if not result["ok"] or misses:
            failed.append({**result, "kwargs": step["kwargs"], "not_sent": misses})
    per_op = Counter(step["call"] for step in target.plan)
    print(
        f"\n[property] {target.preset}: {len(per_op)} operations, {len(target.plan)} calls "
        f"({min(per_op.values())}-{max(per_op.values())} per operation), "
        f"{time.monotonic() - started:.1f} s"
    )
    kinds = Counter(
        f"{f['call']} {f.get('stage', 'wire')}: {f.get('error', '')[:160]} {f['not_sent']} "
        f"{f.get('body', '')[-300:]} {f.get('violations', '')}"
        for f in failed
    )
    summary = "\n".join(f"{n:3} x {kind}" for kind, n in kinds.most_common())
    assert failed == [], summary + "\nfirst:\n" + json.dumps(failed[:2], indent=1, default=str)


def _provider_detail(body: Any) -> str | None:
    """The provider's own error text: Stripe's ``error.message``, GitHub's ``message``."""
    if not isinstance(body, dict):
        return None
    error = body.get("error")
    for candidate in (
        error.get("message") if isinstance(error, dict) else error,
        body.get("message"),
    ):
        if isinstance(candidate, str) and candidate.strip():
            return candidate
    return None


def _error_problems(step: dict[str, Any], result: dict[str, Any], secrets: list[str]) -> list[str]:
    """What is wrong with the error one declared error status raised (empty: nothing)."""
    status = step["status"]
    if result.get("stage") != "error":
        return [f"no APIStatusError: {result.get('error') or 'the call returned'}"]
    problems = []
    if "stoplight.io/prism/errors#" in result["response_text"]:  # not the declared answer
        problems.append(f"Prism's own error: {result['response_text'][:300]}")
    if result["http_status"] != status:  # Prism answered something else: a bad request?
        problems.append(f"Prism answered {result['http_status']} {result['response_text'][:200]}")
    if result["error_class"] != expected_error(status):
        problems.append(f"{result['error_class']}, expected {expected_error(status)}")
    if result["status_code"] != status:
        problems.append(f".status_code {result['status_code']}")
    message = result["message"]
    if not message.startswith(f"HTTP {status}") or "?" in message.partition(":")[0]:
        problems.append(f"message {message[:120]!r}")
    problems += [f"a secret in the message: {s[:4]}..." for s in secrets if s in message]
    if "json" in result["content_type"] and result["response_text"]:
        parsed = json.loads(result["response_text"])
        if json.loads(result["body"]) != json.loads(json.dumps(parsed, default=str)):
            problems.append(f".body {result['body'][:120]} is not the parsed JSON")
        detail = _provider_detail(parsed)
        if detail is not None and detail.strip()[:200] not in message:
            problems.append(f"the provider's message {detail[:60]!r} not in {message[:120]!r}")
    return problems


def _prism_invalid(result: dict[str, Any]) -> bool:
    """Prism's 500 for a response it generated that its own validator rejects."""
    return "stoplight.io/prism/errors#VIOLATIONS" in result.get("response_text", "")


def test_declared_errors_raise(target: Target, served: str) -> None:
    """Every declared error response raises the class its status means, decoded."""
    started = time.monotonic()
    results = call_resources(
        target.project, target.package, target.client_class, target.errors, served
    )
    assert len(results) == len(target.errors)
    # Prism's dynamic faker can draw an answer its own validator rejects (GitHub's 422:
    # ``errors[].value`` is a ``oneOf`` of nullable members): it then answers 500 with
    # its VIOLATIONS document. Such a step is asked again
    # for the static answer (``dynamic=false``, built from the schema), and said so.
    again = [
        i
        for i, (step, result) in enumerate(zip(target.errors, results, strict=True))
        if _prism_invalid(result)
    ]
    if again:
        steps = [{**target.errors[i], "static": True} for i in again]
        for i, result in zip(
            again,
            call_resources(target.project, target.package, target.client_class, steps, served),
            strict=True,
        ):
            results[i] = result
    secrets = [v for v in example_env(target.project).values() if len(v) >= 8]
    failed = {}
    for step, result in zip(target.errors, results, strict=True):
        problems = _error_problems(step, result, secrets)
        if problems:
            failed[f"{step['call']} {step['status']}"] = problems
    asked = Counter(step["status"] for step in target.errors)
    keys = Counter(
        f"{code}->{status}" if str(status) != code else code
        for (_, code), status in target.error_keys.items()
    )
    print(
        f"\n[errors] {target.preset}: {len(target.errors)} calls, "
        f"{len({s['call'] for s in target.errors})} operations, "
        f"{time.monotonic() - started:.1f} s; statuses "
        + ", ".join(f"{s} x{n}" for s, n in sorted(asked.items()))
    )
    if again:
        names = ", ".join(f"{target.errors[i]['call']} {target.errors[i]['status']}" for i in again)
        print(f"  asked again with dynamic=false (Prism drew an invalid answer): {names}")
    print("  declared: " + ", ".join(f"{k} x{n}" for k, n in sorted(keys.items())))
    # every declared error status of every selected operation was asked for, once
    declared = {
        (op.method_name, code)
        for op in target.api.operations
        for code, status in _error_statuses(
            target.snapshot["paths"][op.path][op.http_method.lower()]
        ).items()
        if isinstance(status, int)
    }
    asked_for = [(step["operation"], step["declared"]) for step in target.errors]
    assert sorted(asked_for) == sorted(declared), set(declared) ^ set(asked_for)
    summary = "\n".join(f"{k}: {'; '.join(v)}" for k, v in list(failed.items())[:20])
    assert failed == {}, f"{len(failed)} of {len(target.errors)} failed:\n{summary}"
