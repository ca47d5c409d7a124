"""Path-parameter samples meet the spec's schema (issue: Twilio's contract rejected by
Prism, 422, for ``mock-account`` and ``"x"`` against ``^AC[0-9a-fA-F]{32}$``).

The pattern generator is checked on patterns from the Twilio, GitHub, Slack and SendGrid
specs (each result re-checked by ``re`` itself), and a tiny spec through ``build_api``
shows where the samples go: the usage calls, the mock's account (the path parameter the
client fills from the basic-auth user name), and the generation report for a pattern no
value is generated for.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from extensions.hooks import load_sibling

ik = load_sibling("ik_spec")
patterns = ik.patterns  # a submodule of the package (resources.py imports it)

REAL = [
    ("^AC[0-9a-fA-F]{32}$", "AC" + "0" * 32),  # Twilio
    ("^(SM|MM)[0-9a-fA-F]{32}$", "SM" + "0" * 32),  # Twilio, first alternative
    ("^sha256:[a-f0-9]{64}$", "sha256:" + "a" * 64),  # GitHub: the first of the class
    ("^[A-Za-z0-9.\\-_]+$", "A"),  # GitHub: a class, lowest count 1
    (
        "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$",
        "AA==",
    ),  # GitHub base64
    ("^\\d{10}\\.\\d{6}$", "0000000000.000000"),  # Slack timestamp
    ("^[UW][A-Z0-9]{8,}$|^$", "UAAAAAAAA"),  # Slack, first alternative of a branch
    ("^$|^[A-Za-z0-9]+", "A"),  # SendGrid: the empty alternative is no path value
    ("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\b", "A@A.AA"),  # SendGrid
    ("^[^/]+$", "a"),  # negated: the first candidate the class lets through
    ("cus_\\w+?", "cus_a"),  # unanchored, lazy
]


@pytest.mark.parametrize(("pattern", "expected"), REAL)
def test_a_real_pattern_gives_its_first_shortest_match(pattern: str, expected: str) -> None:
    value = patterns.from_pattern(pattern)
    assert value == expected
    assert re.search(pattern, value)


@pytest.mark.parametrize("pattern", ["(?=a)b", "^(a)\\1$", "[", "^[^\\W\\d_]{2}(?<!x)$"])
def test_an_unsupported_or_invalid_pattern_gives_none(pattern: str) -> None:
    assert patterns.from_pattern(pattern) is None


def test_example_then_enum_then_pattern_then_length() -> None:
    sample = patterns.sample_string
    sid = {"pattern": "^AC[0-9a-fA-F]{32}$", "minLength": 34, "maxLength": 34}
    assert sample({**sid, "example": "AC" + "f" * 32}) == "AC" + "f" * 32
    assert sample({**sid, "example": "ACbad"}) == "AC" + "0" * 32  # an invalid example
    assert sample({"enum": ["gpt", "o1"], "pattern": "^o"}) == "o1"
    assert sample({"pattern": "^a+$", "minLength": 3}) == "aaa"  # padded to minLength
    assert sample({"pattern": "^a{2}$", "minLength": 3}) is None  # cannot be met
    assert sample({"type": "string"}) is None  # nothing to meet: the caller's value


def _spec(account: str, sid: str) -> dict[str, Any]:
    def param(name: str, pattern: str) -> dict[str, Any]:
        schema = {"type": "string", "pattern": pattern}
        return {"name": name, "in": "path", "required": True, "schema": schema}

    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/v1/Accounts/{AccountSid}/Calls/{Sid}.json": {
                "get": {
                    "operationId": "FetchCall",
                    "parameters": [param("AccountSid", account), param("Sid", sid)],
                    "responses": ok,
                }
            },
            "/v1/Accounts/{AccountSid}/Queues/{Sid}.json": {
                "get": {
                    "operationId": "FetchQueue",
                    "parameters": [
                        param("AccountSid", account),
                        {"$ref": "#/components/parameters/Queue"},
                    ],
                    "responses": ok,
                }
            },
        },
        "components": {"parameters": {"Queue": param("Sid", "^QU[0-9a-f]{2}$")}},
    }


def _build(account: str, sid: str) -> Any:
    preset = {"path_defaults": {"*accountsid": "_auth_username"}}
    return ik.build_api(_spec(account, sid), preset=preset)


def test_the_usage_calls_and_the_mock_account_meet_the_patterns() -> None:
    api = _build("^AC[0-9a-fA-F]{32}$", "^CA[0-9a-fA-F]{32}$")
    calls = {f"{path}.{m.name}": args for path, m, args in api.usage_calls}
    assert calls == {
        "calls.retrieve": ['"CA' + "0" * 32 + '"'],
        "queues.retrieve": ['"QU00"'],  # a $ref'd parameter's schema
    }
    accounts = {r.username_sample for r in api.resources}
    assert accounts == {'"AC' + "0" * 32 + '"'}
    assert not [w for w in api.warnings if "no sample value" in w]


def test_an_unmet_pattern_keeps_the_placeholder_and_is_reported() -> None:
    api = _build("^AC[0-9a-fA-F]{32}$", "(?=CA)x")
    calls = {f"{path}.{m.name}": args for path, m, args in api.usage_calls}
    assert calls["calls.retrieve"] == ['"x"']
    items = [i for i in ik.build_report(api).items if "no sample value" in i.what]
    assert [(i.where, i.kind) for i in items] == [
        ("#/paths/~1v1~1Accounts~1{AccountSid}~1Calls~1{Sid}.json/get", "other")
    ]
    assert "'Sid'" in items[0].what and "(?=CA)x" in items[0].what
