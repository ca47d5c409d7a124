"""Read-only operations of the real API against the snapshot, mappers and fixtures (generated).

See ``conftest.py`` for how to enable them; add your own write tests here with the
``cleanup`` fixture so that nothing they create outlives the run.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from s3_integration import S3Client, mapping
from s3_integration._testing import response_schema, schema_errors, shape_diff
from s3_integration.testing import fixtures

pytestmark = pytest.mark.contract

SNAPSHOT = (
    Path(__file__).resolve().parents[2] / "docs" / "external_api_specs" / "s3_integration.json"
)
# (operation, client call, path in the snapshot, mapper in mapping.py or "", items field)
OPERATIONS: list[tuple[str, str, str, str, str]] = []


def _snapshot() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("method", "call", "path", "mapper", "items"), OPERATIONS, ids=[o[0] for o in OPERATIONS]
)
def test_read_only_operation_matches_the_contract(
    method: str, call: str, path: str, mapper: str, items: str, fixture_drift: list[str]
) -> None:
    """The response validates against the snapshot's schema and maps to domain objects."""
    resource_path, _, verb = call.rpartition(".")
    with S3Client() as client:
        resource: Any = functools.reduce(getattr, resource_path.split("."), client)
        raw = getattr(resource.with_raw_response, verb)()
        body = raw.http_response.json()
    schema = response_schema(_snapshot(), "GET", path)
    if schema is not None:
        errors = schema_errors(body, schema)
        assert errors == [], f"{method}: the response no longer matches the snapshot"
    if mapper:
        getattr(mapping, mapper).load_many(body.get(items) if items else body, f"$.{items}")
    diff = shape_diff(fixtures()[method]["body"], body, name=method)
    if diff:
        fixture_drift.append(diff)
