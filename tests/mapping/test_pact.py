"""The Pact writer (``_testing/pact.py``) and the drift command's contract report."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

ROUTES = [
    ("list_items", "GET", "/v1/items"),
    ("get_item", "GET", "/v1/items/{item_id}"),
    ("create_item", "POST", "/v1/items"),
]
FIXTURES = {
    "list_items": {"status": 200, "body": {"data": [{"id": "a", "email": "x@example.com"}]}},
    "get_item": {"status": 200, "body": {"id": "a", "created": "2024-01-02T03:04:05Z"}},
}


def _exercise(testing: ModuleType, order: list[str]) -> dict[str, Any]:
    pact = testing.pact
    recorder = pact.start()
    try:
        backend = testing.MockBackend(ROUTES, FIXTURES, prefix="/api")
        with httpx.Client(base_url="http://mock.test/api", transport=backend.transport()) as http:
            for step in order:
                if step == "list":
                    http.get("/v1/items", params={"limit": 2})
                elif step == "list-big":
                    backend.on("list_items").returns(
                        {"data": [{"id": "bbbbbbbb", "email": "long-email@example.com"}]}
                    )
                    http.get("/v1/items", params={"limit": 3})
                    backend.reset()
                elif step == "get":
                    http.get("/v1/items/it_1")
                elif step == "create":
                    http.post("/v1/items", json={"name": "n", "tags": ["a"]})
                elif step == "fail":
                    backend.on("get_item").fails("server_error")
                    http.get("/v1/items/it_2")
                    backend.on("get_item").fails("rate_limit", times=1)
                    http.get("/v1/items/it_3")
                    backend.reset()
                elif step == "paused":
                    with pact.paused():
                        backend.on("get_item").returns({"id": [{"unexpected": True}]})
                        http.get("/v1/items/it_4")
                        backend.reset()
    finally:
        assert pact.stop() is recorder
    document: dict[str, Any] = pact.build_pact(
        recorder.interactions(), consumer="c", provider="p", snapshot="s.json"
    )
    return document


def test_interactions_are_recorded_with_matchers(testing: ModuleType) -> None:
    document = _exercise(testing, ["list", "get", "create", "fail", "paused"])
    assert document["metadata"]["pactSpecification"]["version"] == "3.0.0"
    by_name = {i["description"]: i for i in document["interactions"]}
    assert sorted(by_name) == [
        "create_item POST /v1/items -> 200",
        "get_item GET /v1/items/it_1 -> 200",
        "list_items GET /v1/items -> 200",
    ]  # no injected failure, nothing from the paused block, the /api prefix stripped
    got = by_name["get_item GET /v1/items/it_1 -> 200"]
    assert got["request"]["matchingRules"]["path"]["matchers"] == [
        {"match": "regex", "regex": "^/v1/items/[^/]+$"}
    ]
    rules = got["response"]["matchingRules"]["body"]
    assert rules["$.id"] == {"matchers": [{"match": "type"}]}
    assert rules["$.created"]["matchers"][0]["match"] == "regex"
    listed = by_name["list_items GET /v1/items -> 200"]
    assert listed["request"]["query"] == {"limit": ["2"]}
    assert listed["response"]["matchingRules"]["body"]["$.data"] == {
        "matchers": [{"match": "type", "min": 0}]
    }
    assert "$.data[*].email" in listed["response"]["matchingRules"]["body"]
    created = by_name["create_item POST /v1/items -> 200"]
    assert created["request"]["body"] == {"name": "n", "tags": ["a"]}
    assert "$.tags[*]" in created["request"]["matchingRules"]["body"]
    meta = document["metadata"]["integrationKit"]["interactions"]
    assert meta["get_item GET /v1/items/it_1 -> 200"] == {
        "operation": "get_item",
        "route": "GET /v1/items/{item_id}",
    }
    assert "authorization" not in json.dumps(document).lower()


def test_the_file_does_not_depend_on_test_order(testing: ModuleType, tmp_path: Path) -> None:
    """Same-shape answers are one interaction, the smallest example kept, in any order."""
    one = _exercise(testing, ["list", "list-big", "get", "create"])
    two = _exercise(testing, ["create", "get", "list-big", "list"])
    assert one == two
    assert len(one["interactions"]) == 3
    listed = next(i for i in one["interactions"] if i["description"].startswith("list_items"))
    assert listed["response"]["body"]["data"][0]["id"] == "a"
    path = tmp_path / "contracts" / "x.pact.json"
    assert testing.pact.write(one, path) is True
    assert testing.pact.write(two, path) is False  # unchanged text: not rewritten
    assert testing.pact.load_pact(path) == one
    path.write_text('{"interactions": [], "metadata": {}}')
    with pytest.raises(ValueError, match="Pact specification"):
        testing.pact.load_pact(path)


def _spec(email_type: str) -> dict[str, Any]:
    item = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "email": {"type": email_type}},
    }
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": item}}}}
    page = {"type": "object", "properties": {"data": {"type": "array", "items": item}}}
    listed = {"200": {"description": "ok", "content": {"application/json": {"schema": page}}}}
    return {
        "openapi": "3.0.3",
        "paths": {
            "/v1/items": {"get": {"operationId": "list_items", "responses": listed}},
            "/v1/items/{item_id}": {
                "get": {
                    "operationId": "get_item",
                    "parameters": [
                        {"name": "item_id", "in": "path", "required": True, "schema": {}}
                    ],
                    "responses": ok,
                }
            },
        },
    }


def test_drift_names_the_interactions_and_mappers_a_change_breaks(
    testing: ModuleType, drift: ModuleType
) -> None:
    document = _exercise(testing, ["list", "get"])
    document["metadata"]["integrationKit"]["mappers"] = {
        "ITEM": {
            "fields": {"email": ["null", "string"], "id": ["string"]},
            "operations": {"get_item": "$", "list_items": "$.data[]"},
        }
    }
    broken = drift.broken_by(_spec("string"), _spec("integer"), document)
    subjects = sorted({b.subject for b in broken})
    assert subjects == [
        "interaction 'get_item GET /v1/items/it_1 -> 200'",
        "interaction 'list_items GET /v1/items -> 200'",
        "mapper ITEM (email) in get_item",
        "mapper ITEM (email) in list_items",
    ]
    assert {b.change.kind for b in broken} == {"type-changed"}
    assert drift.broken_by(_spec("string"), _spec("string"), document) == []


def test_verification_names_the_mapper_of_a_retyped_field(testing: ModuleType) -> None:
    from tests.mapping.conftest import load

    verify = load("_testing.verify")
    document = _exercise(testing, ["list"])
    document["metadata"]["integrationKit"]["mappers"] = {
        "ITEM": {"fields": {"email": ["null", "string"]}, "operations": {"list_items": "$.data[]"}}
    }
    (interaction,) = document["interactions"]
    assert verify.response_problems(interaction, document, _spec("string")) == []
    problems = verify.response_problems(interaction, document, _spec("integer"))
    assert any("[read by mapper ITEM (email)]" in p for p in problems), problems
    assert any(
        p.startswith("mapper ITEM (email) in list_items: reads null|string") for p in problems
    )
    spec = _spec("string")
    del spec["paths"]["/v1/items"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]["properties"]["data"]["items"]["properties"]["email"]
    assert verify.mapper_problems(document, spec) == [
        "mapper ITEM (email) in list_items: the spec has no $.data[].email"
    ]


def test_markdown_report_counts_and_explains(testing: ModuleType) -> None:
    """The nightly summary: verified, broken and skipped counts; why for the last two."""
    text = testing.markdown_report(
        "P contract verification",
        [
            ("t::a", "passed", ""),
            ("t::b", "failed", "E   AssertionError: $.email | integer"),
            ("t::c", "skipped", "no key"),
            ("t::a", "passed", ""),
        ],
    )
    assert text.splitlines()[:5] == [
        "# P contract verification",
        "",
        "| verified | broken | skipped |",
        "| ---: | ---: | ---: |",
        "| 1 | 1 | 1 |",
    ]
    assert "- `t::b`: E AssertionError: $.email \\| integer" in text
    assert "## Skipped\n\n- `t::c`: no key\n" in text
