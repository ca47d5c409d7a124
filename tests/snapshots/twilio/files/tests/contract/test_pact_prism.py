"""The recorded consumer contract (``contracts/``) against Prism serving the spec snapshot
(generated; do not edit).

Every interaction the tests programmed on the MockClient must be valid for the spec: the
request as Prism checks it, the recorded response against the schema of its status, and
every field a mapper reads must exist in the response schema; every event type a webhook
handler takes must be documented, with the payload fields it reads. Offline, no account::

    python -m twilio_integration._tools.prism_spec prism-spec.json
    npx @stoplight/prism-cli mock prism-spec.json &
    TWILIO_PRISM_URL=http://127.0.0.1:4010 pytest -m contract_prism

Skipped when ``TWILIO_PRISM_URL`` is unset or no contract was recorded yet (a full
``pytest`` run writes it).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from twilio_integration._testing import pact
from twilio_integration._testing.verify import (
    mapper_problems,
    request_problems,
    response_problems,
    webhook_problems,
    webhooks_checked,
)

pytestmark = pytest.mark.contract_prism

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "contracts" / "twilio_integration.pact.json"
SNAPSHOT = ROOT / "docs" / "external_api_specs" / "twilio_integration.json"
PRISM_URL = os.environ.get("TWILIO_PRISM_URL", "")


def _document() -> dict[str, Any]:
    return pact.load_pact(CONTRACT) if CONTRACT.is_file() else {"interactions": []}


def _snapshot() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


INTERACTIONS = [pytest.param(i, id=i["description"]) for i in _document()["interactions"]]


@pytest.fixture
def prism_url() -> str:
    if not PRISM_URL:
        pytest.skip("set TWILIO_PRISM_URL to a Prism mock of the snapshot")
    if not CONTRACT.is_file():
        pytest.skip(f"no contract yet: run the whole test suite to write {CONTRACT.name}")
    return PRISM_URL


@pytest.mark.parametrize("interaction", INTERACTIONS)
def test_interaction_is_valid_for_the_spec(interaction: dict[str, Any], prism_url: str) -> None:
    """Prism accepts the request; the recorded response validates against the snapshot."""
    snapshot, document = _snapshot(), _document()
    problems = request_problems(interaction, prism_url, snapshot, document)
    problems += response_problems(interaction, document, snapshot)
    assert problems == [], f"{interaction['description']}:\n" + "\n".join(problems)


def test_mappers_find_their_fields_in_the_spec(prism_url: str) -> None:
    """Every field a mapper reads is in the response schema of each operation it maps."""
    problems = mapper_problems(_document(), _snapshot())
    assert problems == [], "\n".join(problems)


def test_webhook_handlers_find_their_events_in_the_spec(prism_url: str) -> None:
    """Every event type a handler takes is documented, with each payload field its typed
    event reads, in a type its mapper takes (checked on the snapshot, run with the rest)."""
    why = webhooks_checked(_document(), _snapshot())
    if why:
        pytest.skip(why)
    problems = webhook_problems(_document(), _snapshot())
    assert problems == [], "\n".join(problems)
