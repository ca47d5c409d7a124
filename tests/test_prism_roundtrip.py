"""Every preset's generated client against Prism serving the preset's spec snapshot.

No request may be rejected as invalid, and every response must decode into its typed
model. Prism comes from npm (package.json); `kit.py test` and `.ci/run` install it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from extensions.hooks import load_sibling

from .helpers import preset_data, preset_names, render
from .prism import PRISM, drive, prism

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def _prism_installed() -> None:
    if not PRISM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Prism is not installed (npm ci) but CI=true: the round trip must run")
        pytest.skip("Prism is not installed: run `npm ci` (kit.py test does it when npm exists)")


def _resource_step(api: Any, step: dict[str, Any]) -> dict[str, Any]:
    """The plan's step as a resource call: keyword names and body fields by wire name."""
    op = next(o for o in api.operations if o.method_name == step["method"])
    method = op.resource_method
    by_wire = {(a.location, a.wire_name): a.py_name for a in [*method.positional, *method.keyword]}
    params = {p.py_name: by_wire[(p.location, p.wire_name)] for p in op.params}
    fields = None
    if method.body_mode == "fields":
        fields = {a.wire_name: a.py_name for a in method.body_args}
    whole = method.body_args[0].py_name if method.body_mode == "whole" else ""
    return {
        **step,
        "call": op.resource_call,
        "params": params,
        "body_fields": fields,
        "body_name": whole,
    }


def _pass_credential_params(api: Any, plan: list[dict[str, Any]]) -> None:
    """A placeholder for each credential parameter the spec requires but the client made
    optional (Slack's ``token`` header; ik_spec/credentials.py): Prism still demands it."""
    for op, step in zip(api.operations, plan, strict=True):
        raw = api.snapshot["paths"][op.path][op.http_method.lower()]
        required = {
            (p.get("in"), p.get("name")) for p in raw.get("parameters", []) if p.get("required")
        }
        for param in op.params:
            if not param.required and (param.location, param.wire_name) in required:
                step["kwargs"][param.py_name] = "placeholder"


# the S3 preset has no spec operations (its resources are verbatim; tests/s3 runs them on moto)
@pytest.mark.parametrize("preset", [p for p in preset_names() if not preset_data(p).get("s3_api")])
def test_every_operation_round_trips(tmp_path: Path, preset: str) -> None:
    """Each selected operation is called once; Prism accepts it and the reply decodes."""
    data = preset_data(preset)
    project = render(data, tmp_path / preset)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    package, client_class = answers["import_name"], answers["client_class_name"]
    snapshot_path = project / "docs" / "external_api_specs" / f"{package}.json"
    snapshot = json.loads(snapshot_path.read_text())

    ik_spec, samples = load_sibling("ik_spec"), load_sibling("samples")
    hints: dict[str, Any] = {
        "pagination": answers.get("pagination", "none"),
        "idempotency_header": answers.get("idempotency_header", ""),
        "path_defaults": load_sibling("render_context")._path_defaults(answers),
    }
    api = ik_spec.build_api(
        snapshot, selection=ik_spec.Selection(mode="all", values=[]), preset=hints
    )
    flat = samples.call_plan(api, api.snapshot)
    assert len(flat) == len(api.operations) > 0
    _pass_credential_params(api, flat)
    # every operation twice: through its resource method (keywords) and its flat alias
    plan = [_resource_step(api, step) for step in flat] + flat

    with prism(snapshot_path) as base_url:
        results = drive(project, package, client_class, plan, base_url)
    failed = [r for r in results if not r["ok"]]
    for r in results:
        if r.get("drift"):  # a spec example that does not match its own schema: reported
            print(f"[prism] {preset} {r['method']}: example drift: {r['drift']}")
    assert failed == [], json.dumps(failed, indent=1)[:6000]
