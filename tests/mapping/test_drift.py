"""Spec drift on a real pair: the Stripe preset snapshot against the full Stripe spec,
unchanged and with scripted edits of the kind providers make."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import FULL_STRIPE, PRESET_SNAPSHOT

pytestmark = pytest.mark.skipif(not FULL_STRIPE.is_file(), reason="full Stripe spec not present")


@cache
def _full() -> str:
    return FULL_STRIPE.read_text(encoding="utf-8")


def full_spec() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_full())
    return data


def snapshot() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PRESET_SNAPSHOT.read_text(encoding="utf-8"))
    return data


def kinds(changes: list[Any], *, breaking: bool | None = None) -> set[tuple[str, str]]:
    return {(c.kind, c.where) for c in changes if breaking is None or c.breaking == breaking}


def test_snapshot_against_its_own_source_has_no_breaking_change(drift: ModuleType) -> None:
    changes = drift.compare(snapshot(), full_spec())
    assert [c for c in changes if c.breaking] == []


def test_scripted_edits_are_reported(drift: ModuleType) -> None:
    new = full_spec()
    schemas = new["components"]["schemas"]
    del schemas["payment_intent"]["properties"]["receipt_email"]  # removed field
    phone = schemas["customer"]["properties"].pop("phone")  # renamed field
    schemas["customer"]["properties"]["phone_number"] = phone
    schemas["customer"]["properties"]["email"] = {"type": "integer", "nullable": True}
    status = schemas["payment_intent"]["properties"]["status"]
    status["enum"] = [v for v in status["enum"] if v != "requires_capture"]
    new["paths"]["/v1/customers"]["get"]["parameters"].append(
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    del new["paths"]["/v1/refunds/{refund}"]["get"]  # removed operation
    body = new["paths"]["/v1/refunds"]["post"]["requestBody"]["content"]
    form = body["application/x-www-form-urlencoded"]["schema"]["properties"]
    form["reason"]["enum"] = ["duplicate"]  # a value we may send is gone
    schemas["payment_intent"]["properties"]["brand_new"] = {"type": "string"}  # additive

    changes = drift.compare(snapshot(), new)
    breaking = kinds(changes, breaking=True)
    found = {kind for kind, _ in breaking}
    assert {
        "field-removed",
        "type-changed",
        "new-required-param",
        "operation-removed",
        "enum-value-removed",
    } <= found
    assert ("operation-removed", "GET /v1/refunds/{refund}") in breaking
    assert any(w.startswith("GET /v1/customers query parameter region") for k, w in breaking), (
        breaking
    )
    assert any(w.endswith(".receipt_email") for k, w in breaking if k == "field-removed")
    renamed = [c for c in changes if c.where.endswith(".phone")]
    assert renamed and "renamed to phone_number" in renamed[0].detail
    assert any(w.endswith(".email") for k, w in breaking if k == "type-changed")
    assert any(
        k == "enum-value-removed" and "body" in w and "POST /v1/refunds" in w for k, w in breaking
    )
    nonbreaking = kinds(changes, breaking=False)
    assert any(w.endswith(".brand_new") for k, w in nonbreaking if k == "field-added")
    # A response enum losing a value is reported, but we only stop receiving it.
    assert any(k == "enum-value-removed" and "$" in w for k, w in nonbreaking)


def test_moved_operation_and_selection(drift: ModuleType) -> None:
    new = full_spec()
    new["paths"]["/v2/customers"] = new["paths"].pop("/v1/customers")
    changes = drift.compare(snapshot(), new, operations=["GetCustomers"])
    assert [(c.kind, c.breaking) for c in changes] == [("operation-moved", True)]


def test_cli_exit_codes(
    drift: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.json"
    old.write_text(PRESET_SNAPSHOT.read_text(encoding="utf-8"), encoding="utf-8")
    same = tmp_path / "same.yaml"  # YAML input too
    same.write_text("openapi: 3.0.0\npaths: {}\n", encoding="utf-8")
    assert drift.main([str(FULL_STRIPE), "--old", str(old)]) == 0
    assert drift.main([str(same), "--old", str(old)]) == 1
    out = capsys.readouterr().out
    assert "BREAKING operation-removed" in out
    assert drift.main([str(tmp_path / "missing.json"), "--old", str(old)]) == 2
    edited = copy.deepcopy(snapshot())
    edited["swagger"] = "2.0"
    swagger = tmp_path / "swagger.json"
    swagger.write_text(json.dumps(edited), encoding="utf-8")
    assert drift.main([str(swagger), "--old", str(old), "--json"]) == 2
