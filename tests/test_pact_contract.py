"""The consumer contract end to end (issue 21): a generated project's own tests record it,
Prism serving the snapshot verifies it, and a retyped field a mapper reads is named by
both the verification and the drift command (interaction and mapper), and so is a retyped
payload field the webhook handler reads: Stripe's snapshot documents the event object,
GitHub's keeps the ``x-webhooks`` entries of the handler's ``issues`` event.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .helpers import preset_data, render
from .prism import PRISM, prism

pytestmark = pytest.mark.slow

# preset: (schema in components.schemas, its property the mapper reads, mapper, operation)
RETYPED = {
    "stripe": ("customer", "email", "CUSTOMER", "get_customers"),
    "github": ("issue", "title", "TRACKED_ISSUE", "issues_list_for_repo"),
}
# preset: (handler, event type, payload field its typed event reads, the schema, property,
# the type written over it, the verification's words for it)
HANDLER = {
    "stripe": (
        "on_payment_intent_succeeded",
        "payment_intent.succeeded",
        "data.object.amount",
        "payment_intent",
        "amount",
        "string",
        "reads integer, the spec says string",
    ),
    # one action's payload (issues-assigned and others) retyped: the alternatives disagree
    "github": (
        "on_issues",
        "issues",
        "issue.title",
        "webhooks_issue",
        "title",
        "integer",
        "reads string, the spec says integer|string",
    ),
}


@pytest.fixture(scope="module", autouse=True)
def _prism_installed() -> None:
    if not PRISM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Prism is not installed (npm ci) but CI=true: the contract must run")
        pytest.skip("Prism is not installed: run `npm ci` (kit.py test does it when npm exists)")


def _run(project: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    environ = {**os.environ, "PYTHONPATH": str(project / "src"), **(env or {})}
    result = subprocess.run(
        [sys.executable, *args],
        cwd=project,
        env=environ,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def _pytest(project: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    return _run(project, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, env=env)


@pytest.mark.parametrize("preset", sorted(RETYPED))
def test_recorded_contract_verifies_and_drift_names_what_breaks(
    tmp_path: Path, preset: str
) -> None:
    project = render(preset_data(preset), tmp_path / preset)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    package, prefix = answers["import_name"], answers["env_prefix"]
    contract = project / "contracts" / f"{package}.pact.json"
    snapshot = project / "docs" / "external_api_specs" / f"{package}.json"

    # 1. a plain pytest run writes the contract; a second run writes the same bytes
    assert not contract.exists()
    code, out = _pytest(project)
    assert code == 0, out[-4000:]
    first = contract.read_text(encoding="utf-8")
    code, out = _pytest(project)
    assert code == 0, out[-4000:]
    assert contract.read_text(encoding="utf-8") == first, "the contract is not deterministic"
    document: dict[str, Any] = json.loads(first)
    assert document["metadata"]["pactSpecification"]["version"] == "3.0.0"
    interactions = document["interactions"]
    assert len(interactions) >= 5
    for item in interactions:
        rules = item["request"]["matchingRules"]["path"]["matchers"]
        assert rules[0]["match"] == "regex", item["description"]
        if "body" in item["response"]:
            assert item["response"]["matchingRules"]["body"]["$"], item["description"]
        assert "Authorization" not in json.dumps(item), "a credential header was recorded"
    schema, field, mapper, operation = RETYPED[preset]
    contracts = document["metadata"]["integrationKit"]["mappers"]
    assert field in contracts[mapper]["fields"]
    assert operation in contracts[mapper]["operations"]
    mapped = [
        d
        for d, meta in document["metadata"]["integrationKit"]["interactions"].items()
        if meta["operation"] == operation
    ]
    assert mapped, f"no recorded interaction of {operation}"
    handler, event, read, event_schema, event_field, retyped, says = HANDLER[preset]
    webhooks = document["metadata"]["integrationKit"]["webhooks"]
    assert webhooks["handlers"][handler]["events"] == [event]
    assert read in webhooks["handlers"][handler]["fields"]

    # 2. Prism serving the snapshot: every interaction, mapper field and handler field is
    # valid (the handler check runs: the snapshot documents the event's payloads)
    with prism(snapshot) as url:
        code, out = _pytest(
            project, "-m", "contract_prism", "-rs", env={f"{prefix}_PRISM_URL": url}
        )
    assert code == 0, out[-6000:]
    assert f"{len(interactions) + 2} passed" in out, out[-2000:]
    assert "skipped" not in out, out[-2000:]

    # 3. retype the field the mapper reads: verification and drift both name it
    original = tmp_path / "original.json"
    original.write_text(snapshot.read_text(encoding="utf-8"), encoding="utf-8")
    spec = json.loads(snapshot.read_text(encoding="utf-8"))
    spec["components"]["schemas"][schema]["properties"][field] = {"type": "integer"}
    # and a payload field the webhook handler reads
    spec["components"]["schemas"][event_schema]["properties"][event_field] = {"type": retyped}
    snapshot.write_text(json.dumps(spec), encoding="utf-8")
    with prism(snapshot) as url:
        code, out = _pytest(project, "-m", "contract_prism", env={f"{prefix}_PRISM_URL": url})
    assert code == 1, out[-4000:]
    assert f"mapper {mapper} ({field})" in out, out[-4000:]
    for description in mapped:  # each interaction the mapper reads fails, by name
        assert description in out, out[-4000:]
    assert f"handler {handler} ({read}) for {event}: {says}" in out, out[-4000:]

    code, out = _run(
        project,
        "-m",
        f"{package}._tools.drift",
        str(snapshot),
        "--old",
        str(original),
        "--contract",
        str(contract),
    )
    assert code == 1, out
    assert f"BROKEN mapper {mapper} ({field}) in {operation}" in out, out
    for description in mapped:
        assert f"BROKEN interaction {description!r}" in out, out
    assert f"BROKEN handler {handler} ({read}) for {event}: webhook-type-changed" in out, out


@pytest.mark.parametrize(
    "preset", [p for p in ("openai", "sendgrid", "slack", "twilio") if p not in RETYPED]
)
def test_every_spec_presets_recorded_contract_verifies_against_prism(
    tmp_path: Path, preset: str
) -> None:
    """The generated CI's Prism step as a new user runs it: the contract the project's own
    tests record is valid for its snapshot (OpenAI's ``Response`` example, which breaks its
    own schema, once made the fixture and failed it)."""
    project = render(preset_data(preset), tmp_path / preset)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    package, prefix = answers["import_name"], answers["env_prefix"]
    code, out = _pytest(project)
    assert code == 0, out[-4000:]
    assert (project / "contracts" / f"{package}.pact.json").is_file()
    snapshot = project / "docs" / "external_api_specs" / f"{package}.json"
    with prism(snapshot) as url:
        code, out = _pytest(
            project, "-m", "contract_prism", "-rs", env={f"{prefix}_PRISM_URL": url}
        )
    assert code == 0, out[-6000:]
    assert " passed" in out and "failed" not in out, out[-2000:]
