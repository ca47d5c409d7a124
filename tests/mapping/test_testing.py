"""The mock backend (routing, programming, failures, recording) and contract helpers."""

from __future__ import annotations

from types import ModuleType

import httpx
import pytest

ROUTES = [
    ("list_items", "GET", "/v1/items"),
    ("search_items", "GET", "/v1/items/search"),
    ("get_item", "GET", "/v1/items/{item_id}"),
    ("create_item", "POST", "/v1/items"),
    ("delete_item", "DELETE", "/v1/items/{item_id}"),
]
FIXTURES = {
    "list_items": {"status": 200, "body": {"data": [{"id": "a"}]}},
    "get_item": {"status": 200, "body": {"id": "a"}},
    "delete_item": {"status": 204, "body": None},
}


@pytest.fixture
def backend(testing: ModuleType) -> object:
    return testing.MockBackend(ROUTES, FIXTURES, prefix="/api")


def client(backend: object) -> httpx.Client:
    return httpx.Client(base_url="http://mock.test/api", transport=backend.transport())  # type: ignore[attr-defined]


def test_routes_fixtures_and_recording(backend: object) -> None:
    with client(backend) as http:
        assert http.get("/v1/items", params={"limit": 2}).json() == {"data": [{"id": "a"}]}
        assert http.get("/v1/items/search").json() == {}  # no fixture: an empty object
        assert http.get("/v1/items/a%2Fb").json() == {"id": "a"}
        assert http.delete("/v1/items/x").status_code == 204
        http.post("/v1/items", json={"name": "n"})
    calls = backend.calls  # type: ignore[attr-defined]
    assert [c.operation for c in calls] == [
        "list_items",
        "search_items",
        "get_item",
        "delete_item",
        "create_item",
    ]
    assert calls[0].params == {"limit": "2"} and calls[4].body == {"name": "n"}
    backend.assert_called("get_item", times=1)  # type: ignore[attr-defined]
    backend.assert_called("list_items", limit=2)  # type: ignore[attr-defined]


def test_unknown_request_and_assertion_failures(testing: ModuleType, backend: object) -> None:
    with client(backend) as http, pytest.raises(testing.UnexpectedCallError, match="no operation"):
        http.get("/v2/nothing")
    with pytest.raises(testing.UnexpectedCallError, match="called 0 time"):
        backend.assert_called("create_item")  # type: ignore[attr-defined]
    with pytest.raises(testing.UnexpectedCallError, match="known"):
        backend.on("nope")  # type: ignore[attr-defined]


def test_programming(testing: ModuleType, backend: object) -> None:
    b: object = backend
    b.on("get_item").sequence(testing.Reply(503, {"e": 1}), {"id": "second"})  # type: ignore[attr-defined]
    b.on("list_items").calls(lambda call: {"seen": call.params})  # type: ignore[attr-defined]
    with client(backend) as http:
        assert http.get("/v1/items/1").status_code == 503
        assert http.get("/v1/items/1").json() == {"id": "second"}
        assert http.get("/v1/items/1").json() == {"id": "a"}  # back to the fixture
        assert http.get("/v1/items", params={"q": "x"}).json() == {"seen": {"q": "x"}}
        b.on("get_item").raises(RuntimeError("boom"))  # type: ignore[attr-defined]
        with pytest.raises(RuntimeError, match="boom"):
            http.get("/v1/items/1")
        b.reset()  # type: ignore[attr-defined]
        assert http.get("/v1/items/1").json() == {"id": "a"}


@pytest.mark.parametrize(
    ("kind", "status"), [("rate_limit", 429), ("server_error", 500), ("unavailable", 503)]
)
def test_failures_as_responses(backend: object, kind: str, status: int) -> None:
    backend.on("get_item").fails(kind, times=1)  # type: ignore[attr-defined]
    with client(backend) as http:
        first = http.get("/v1/items/1")
        assert first.status_code == status
        assert http.get("/v1/items/1").status_code == 200
    if kind == "rate_limit":
        assert first.headers["retry-after"] == "0"


def test_failures_as_exceptions(testing: ModuleType, backend: object) -> None:
    runtime_errors = testing.failures.CircuitOpenError
    backend.on("get_item").fails("timeout")  # type: ignore[attr-defined]
    with client(backend) as http, pytest.raises(httpx.ReadTimeout):
        http.get("/v1/items/1")
    backend.on("get_item").fails("circuit_open")  # type: ignore[attr-defined]
    with client(backend) as http, pytest.raises(runtime_errors):
        http.get("/v1/items/1")
    with pytest.raises(ValueError, match="unknown failure"):
        backend.on("get_item").fails("meteor")  # type: ignore[attr-defined]


def test_openapi_nullable_becomes_json_schema(testing: ModuleType) -> None:
    snapshot = {
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/X"}}
                            }
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "X": {
                    "type": "object",
                    "required": ["a"],
                    "properties": {
                        "a": {"type": "string", "nullable": True, "enum": ["p", "q"]},
                        "b": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
                    },
                }
            }
        },
    }
    schema = testing.response_schema(snapshot, "GET", "/x")
    assert testing.schema_errors({"a": None, "b": 1}, schema) == []
    errors = testing.schema_errors({"a": "z", "b": 0}, schema)
    assert [e.split(":")[0] for e in errors] == ["$.a", "$.b"]


def test_shape_diff_and_live_key_guard(testing: ModuleType) -> None:
    fixture = {"data": [{"id": "a", "email": "x"}], "has_more": False}
    real = {"data": [{"id": "b", "email": None, "name": "n"}], "has_more": True}
    diff = testing.shape_diff(fixture, real, name="list")
    assert "-$.data[].email: string" in diff and "+$.data[].email: null" in diff
    assert testing.shape_diff({"id": "a"}, {"id": "b", "more": 1}) == ""
    assert testing.live_key_problem("sk_live_123", ["sk_live_", "rk_live_"])
    assert testing.live_key_problem("sk_test_123", ["sk_live_"]) == ""
