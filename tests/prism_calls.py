"""Call a generated client's resource methods with drawn arguments (run as a script).

    python tests/prism_calls.py PACKAGE CLIENT_CLASS PLAN.json BASE_URL

with the rendered project's ``src`` on ``PYTHONPATH``. Each plan step names a resource
call (``customers.list``), its arguments by the method's keyword names and a ``Prefer``
status for Prism (a step with ``"error": true`` asks for a declared error status: the
``APIStatusError`` it raises is reported, its class, status, message and parsed body,
with the raw response, for the test to check). Every argument is first converted to the
method's own type hint (``msgspec.convert``: a date-time string becomes the ``datetime``
the client takes), so the client's serialisation of its typed values is what Prism
validates. The decoded return value is the proof the response decodes; any other
exception is a failed step. A transport wrapping the client's own records what each
request put on the wire (path, query pairs, headers, body), for the test to check that
every drawn argument was sent.
Prints one JSON result per step, as a list, on the last line.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
import operator
import sys
import types
import typing
import warnings
from typing import Any
from urllib.parse import parse_qsl

import msgspec


def _given_type(hint: Any, file_input: Any, not_given: Any) -> Any:
    """``hint`` without ``NotGiven``; a file field takes bytes (drawn as base64)."""
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return bytes if hint == file_input else hint
    args = [a for a in typing.get_args(hint) if a is not not_given]
    given = functools.reduce(operator.or_, args)
    return bytes if given == file_input else given


class _Recorder:
    """A transport wrapping the client's own: keeps what each request put on the wire."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.sent: dict[str, Any] | None = None

    def handle_request(self, request: Any) -> Any:
        request.read()
        content = request.content
        self.sent = {
            "raw_path": request.url.raw_path.decode("ascii").partition("?")[0],
            "query": parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True),
            "headers": {k.lower(): v for k, v in request.headers.items()},
            "content_type": request.headers.get("content-type", ""),
            "body": content.decode("utf-8", "replace") if len(content) < 200_000 else "",
        }
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _consume(result: Any) -> None:
    """Read a stream (or page iterator) to its end so every chunk is decoded."""
    if hasattr(result, "__enter__") and hasattr(result, "__iter__"):
        with result:
            for _ in result:
                pass


def _status_error(exc: Any) -> dict[str, Any]:
    """What an error-status step checks: the class, status, message, parsed body."""
    response = exc.response
    return {
        "ok": False,
        "stage": "error",
        "error_class": type(exc).__name__,
        "status_code": exc.status_code,
        "message": str(exc),
        "body": json.dumps(exc.body, default=str),
        "response_text": response.text[:20_000],
        "content_type": response.headers.get("content-type", ""),
        "http_status": response.status_code,
    }


def main(package: str, client_class: str, plan_file: str, base_url: str) -> None:
    pkg = importlib.import_module(package)
    config_module = importlib.import_module(f"{package}._config")
    runtime = importlib.import_module(f"{package}._runtime")
    warnings.simplefilter("ignore", DeprecationWarning)
    config = config_module.make_config(base_url=base_url, max_attempts=1, timeout=20.0)
    config = dataclasses.replace(config, breaker=None, rate_limit=False)
    deadline = importlib.import_module(f"{package}._runtime.deadline")
    recorder = _Recorder(deadline.sync_transport())
    client = getattr(pkg, client_class)(config=config, transport=recorder)
    results: list[dict[str, Any]] = []
    for step in json.loads(open(plan_file).read()):  # noqa: PTH123, SIM115 - a script
        *path, verb = step["call"].split(".")
        resource = functools.reduce(getattr, path, client)
        method = getattr(resource, verb)
        module = sys.modules[type(resource).__module__]
        hints = typing.get_type_hints(method, globalns=vars(module))
        result: dict[str, Any] = {"call": step["call"], "index": step["index"], "ok": True}
        try:
            kwargs = {
                name: msgspec.convert(
                    value, _given_type(hints[name], runtime.FileInput, runtime.NotGiven)
                )
                for name, value in step["kwargs"].items()
            }
        except (msgspec.ValidationError, TypeError) as exc:  # the client's types refuse it
            results.append({**result, "ok": False, "stage": "convert", "error": str(exc)[:400]})
            continue
        recorder.sent = None
        prefer = f"code={step['status']}" + (", dynamic=false" if step.get("static") else "")
        headers = {"Prefer": prefer} if step.get("status") else None
        try:
            _consume(method(**kwargs, extra_headers=headers))
        except Exception as exc:
            if step.get("error") and isinstance(exc, pkg.APIStatusError):
                results.append({**result, **_status_error(exc), "sent": recorder.sent})
                continue
            response = getattr(exc, "response", None)
            body = response.text[:600] if response is not None else ""
            stage = "decode" if isinstance(exc, pkg.DecodingError) else "call"
            error = f"{type(exc).__name__}: {exc}"[:600]
            violations = response.headers.get("sl-violations", "") if response is not None else ""
            status = response.status_code if response is not None else 0
            result = {**result, "ok": False, "stage": stage, "error": error, "body": body}
            result |= {"http_status": status, "violations": violations[:600]}
        results.append({**result, "sent": recorder.sent})
    print(json.dumps(results))


if __name__ == "__main__":
    main(*sys.argv[1:5])
