"""Run the Prism mock server on a spec snapshot, and drive a generated client against it.

Prism validates every request against the spec (a bad one gets a 4xx with the
violations) and answers with a response built from the spec, which the client must
decode into its typed model.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .helpers import ROOT
from .template_packages import load_package

PRISM = ROOT / "node_modules" / ".bin" / "prism"

DRIVER = """
import dataclasses, functools, json, operator, re, sys, types, typing, warnings
import msgspec
import {pkg} as pkg
from {pkg} import _config, _deprecated
from {pkg}._runtime import FileInput, NotGiven

warnings.simplefilter("ignore", DeprecationWarning)


def _given_type(hint):
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return hint
    args = [a for a in typing.get_args(hint) if a is not NotGiven]
    given = functools.reduce(operator.or_, args)
    return bytes if given == FileInput else given  # a file field: send the sample's bytes


def resource_call(client, step, kwargs):
    *path, verb = step["call"].split(".")
    resource = functools.reduce(getattr, path, client)
    method = getattr(resource, verb)
    kwargs = {{step["params"].get(k, k): v for k, v in kwargs.items()}}
    if step["body"] is not None and (step["body_fields"] is not None or step["body_name"]):
        module = sys.modules[type(resource).__module__]
        hints = typing.get_type_hints(method, globalns=vars(module))
        if step["body_fields"] is None:
            name = step["body_name"]
            kwargs[name] = msgspec.convert(step["body"], hints[name])
        else:
            for wire, value in step["body"].items():
                name = step["body_fields"][wire]
                kwargs[name] = msgspec.convert(value, _given_type(hints[name]))
    return getattr(resource.with_raw_response, verb)(**kwargs).headers

plan = json.load(open(sys.argv[1]))
config = _config.make_config(base_url=sys.argv[2], max_attempts=1, timeout=20.0)
client = pkg.{cls}(config=dataclasses.replace(config, breaker=None, rate_limit=False))
results = []
for step in plan:
    kwargs = dict(step["kwargs"])
    try:
        if step.get("call"):  # the resource method, keywords flattened
            headers = resource_call(client, step, kwargs)
        else:  # the deprecated flat method (a body model)
            method = getattr(client, step["method"])
            if step["body"] is not None:
                hints = typing.get_type_hints(method, globalns=vars(_deprecated))
                kwargs["body"] = msgspec.convert(step["body"], hints["body"])
            method(**kwargs)
            headers = client._last_response.headers
        # Prism lists violations in a header (cut short, "Too many violations! [...", when long)
        header = headers.get("sl-violations") or ""
        where = set(re.findall(r'"location":\\["([a-z]+)"', header)) - {{"response"}}
        results.append({{"method": step["method"], "call": step.get("call"), "ok": not where,
                         "error": header[:600]}})
    except pkg.DecodingError as exc:  # the request was valid; the spec's own example is not
        headers = getattr(exc, "response", None)
        results.append({{"method": step["method"], "call": step.get("call"), "ok": True,
                         "drift": str(exc)[:300]}})
    except Exception as exc:
        response = getattr(exc, "response", None)
        body = response.text[:600] if response is not None else ""
        results.append({{"method": step["method"], "call": step.get("call"), "ok": False,
                         "error": f"{{type(exc).__name__}}: {{exc}}"[:600], "body": body}})
print(json.dumps(results))
"""


def mock_document(
    snapshot: dict[str, Any], full_depth: int = 2, max_depth: int = 10
) -> dict[str, Any]:
    """The generated package's ``_tools/prism_spec.mock_document`` (one implementation:
    the generated CI serves the same document the kit's tests do)."""
    module = load_package("_tools", "ik_pkg._tools.prism_spec")
    document: dict[str, Any] = module.mock_document(snapshot, full_depth, max_depth)
    return document


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def prism(
    spec: Path, *, startup_timeout: float = 90.0, options: Sequence[str] = ()
) -> Iterator[str]:
    """Serve ``spec`` with Prism on 127.0.0.1; yields the base URL; always stops it.

    ``options`` are more ``prism mock`` flags (``--errors``, ``--dynamic``, ``--seed``)."""
    port = _free_port()
    log = spec.parent / f"prism-{port}.log"
    served = spec.parent / f"prism-{port}.json"
    served.write_text(json.dumps(mock_document(json.loads(spec.read_text()))))
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(PRISM), "mock", str(served), "-h", "127.0.0.1", "-p", str(port), *options],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + startup_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"Prism exited:\n{log.read_text()[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"Prism did not start in {startup_timeout} s")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def example_env(project: Path) -> dict[str, str]:
    """The variables of the project's .env.example with placeholder values (no base URL,
    no Redis URL: the optional URLs stay unset)."""
    env: dict[str, str] = {}
    for line in (project / ".env.example").read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not line.startswith("#") and not name.endswith(("_BASE_URL", "_REDIS_URL")):
            env[name.strip()] = value.strip() or "placeholder"
    return env


def drive(
    project: Path, package: str, client_class: str, plan: list[dict[str, Any]], base_url: str
) -> list[dict[str, Any]]:
    """Call every operation of ``plan`` with the generated client; one result per call."""
    driver = project / "prism_driver.py"
    driver.write_text(DRIVER.format(pkg=package, cls=client_class))
    plan_file = project / "prism_plan.json"
    plan_file.write_text(json.dumps(plan))
    env = {**os.environ, **example_env(project), "PYTHONPATH": str(project / "src")}
    result = subprocess.run(
        [sys.executable, str(driver), str(plan_file), base_url],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-4000:])
    results: list[dict[str, Any]] = json.loads(result.stdout.strip().splitlines()[-1])
    return results


CALLS = Path(__file__).with_name("prism_calls.py")


def call_resources(
    project: Path, package: str, client_class: str, plan: list[dict[str, Any]], base_url: str
) -> list[dict[str, Any]]:
    """Run ``tests/prism_calls.py`` on ``plan`` (resource calls with typed arguments)."""
    plan_file = project / "prism_property_plan.json"
    plan_file.write_text(json.dumps(plan))
    env = {**os.environ, **example_env(project), "PYTHONPATH": str(project / "src")}
    result = subprocess.run(
        [sys.executable, str(CALLS), package, client_class, str(plan_file), base_url],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-4000:])
    results: list[dict[str, Any]] = json.loads(result.stdout.strip().splitlines()[-1])
    return results
