"""Every preset's generated client against Prism serving the preset's spec snapshot.

No request may be rejected as invalid, and every response must decode into its typed
model. Prism comes from npm (package.json); `kit.py test` and `.ci/run` install it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

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


@pytest.mark.parametrize("preset", preset_names())
def test_every_operation_round_trips(tmp_path: Path, preset: str) -> None:
    """Each selected operation is called once; Prism accepts it and the reply decodes."""
    data = preset_data(preset)
    project = render(data, tmp_path / preset)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    package, client_class = answers["import_name"], answers["client_class_name"]
    snapshot_path = project / "docs" / "external_api_specs" / f"{package}.json"
    snapshot = json.loads(snapshot_path.read_text())

    ik_spec, samples = load_sibling("ik_spec"), load_sibling("samples")
    api = ik_spec.build_api(snapshot, selection=ik_spec.Selection(mode="all", values=[]))
    plan = samples.call_plan(api, api.snapshot)
    assert len(plan) == len(api.operations) > 0

    with prism(snapshot_path) as base_url:
        results = drive(project, package, client_class, plan, base_url)
    failed = [r for r in results if not r["ok"]]
    assert failed == [], json.dumps(failed, indent=1)[:6000]
