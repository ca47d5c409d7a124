"""A small generated-like project with two open places, for the agent tests.

It has what the agent relies on — the manifest, agents.yml, a spec snapshot, marked
places with ``NotImplementedError`` defaults, and tests that skip until they are filled —
and nothing else, so ruff, mypy --strict and pytest on its scratch copy take a second.
The place blocks come from the kit's own generator helpers (``extensions/agent_places``),
so markers and defaults are the ones real projects get.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from extensions import agent_places
from extensions.ik_spec import filters

__all__ = [
    "GOOD_EXAMPLE",
    "GOOD_PARSE",
    "PARSE_FILE",
    "TEST_FILE",
    "make_project",
]

PACKAGE = "demo"
PARSE_FILE = f"src/{PACKAGE}/open_places.py"
TEST_FILE = "tests/test_open_places.py"

GOOD_EXAMPLE = '''\
def example_get_order() -> dict[str, Any]:
    """One response body of GET /orders/{order_id}.json, as documented."""
    return {"order": {"id": 450789469, "name": "#1001", "total_price": "409.94"}}
'''

GOOD_PARSE = '''\
class Order(WireModel):
    """An order, as the provider documents it."""

    id: int
    name: str
    total_price: str


def parse_get_order(payload: dict[str, Any]) -> Order:
    """The order inside the ``{"order": ...}`` envelope."""
    return convert(payload["order"], Order)
'''

_PYPROJECT = """\
[project]
name = "demo"
version = "0"
requires-python = ">=3.11"

[tool.ruff]
line-length = 100
target-version = "py311"

[tool.ruff.lint]
select = ["E", "F", "W", "I", "B", "UP", "S"]

[tool.ruff.lint.per-file-ignores]
"tests/**" = ["S101", "E501"]
"src/demo/open_places.py" = ["E501"]

[tool.mypy]
strict = true
python_version = "3.11"
files = ["src", "tests"]

[tool.pytest.ini_options]
testpaths = ["tests"]
"""

_CLIENT = '''\
"""A stand-in for the generated client (no network in these tests)."""

from __future__ import annotations

from typing import Any


class DemoClient:
    """Returns what it is given, as the real client returns decoded JSON."""

    def get_order(self, *, order_id: str, served: dict[str, Any]) -> dict[str, Any]:
        """``GET /orders/{order_id}.json``"""
        return dict(served)
'''

_PARSE_HEADER = '''\
"""Typed results of the operations listed by hand (this file is yours)."""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec

__all__ = ["WireModel", "convert", "parse_get_order"]

T = TypeVar("T")


class WireModel(msgspec.Struct, kw_only=True):
    """Base of the response models (stands in for the runtime's)."""


def convert(payload: object, type_: type[T]) -> T:
    """``payload`` as ``type_`` (strict)."""
    return msgspec.convert(payload, type_)


'''

_TEST_HEADER = '''\
"""Examples of the operations listed by hand, and the tests of their open places."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from demo import open_places
from demo._client import DemoClient

T = TypeVar("T")


def _filled(fill: Callable[[], T]) -> T:
    try:
        return fill()
    except NotImplementedError as exc:
        pytest.skip(str(exc))


'''

_ROUND_TRIP = '''

def test_get_order_example_round_trips() -> None:
    """The example comes back from the client unchanged."""
    payload = _filled(example_get_order)
    assert DemoClient().get_order(order_id="example", served=payload) == payload


def test_get_order_parses_its_example() -> None:
    """parse_get_order accepts the example."""
    payload = _filled(example_get_order)
    result = _filled(lambda: open_places.parse_get_order(payload))
    assert result is not None
'''


def _places() -> tuple[dict[str, Any], dict[str, Any]]:
    """The two manifest entries, their blocks built by the kit's generator helpers."""
    common = {
        "operation_id": "get_order",
        "http": "GET /orders/{order_id}.json",
        "client_method": "DemoClient.get_order",
        "wire_type": "dict[str, Any]",
        "network": False,
        "allowed_imports": list(agent_places.ALLOWED_IMPORTS),
        "forbidden_names": ["httpx", "socket", "DemoClient"],
    }
    example_code = (
        "def example_get_order() -> dict[str, Any]:\n"
        '    """One response body of ``get_order``, as documented."""\n'
        + agent_places._raise("get_order.example", filters.pystr)
    )
    parse_code = (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        '    """The typed result of ``get_order``."""\n'
        + agent_places._raise("get_order.parse", filters.pystr)
    )
    example = {
        **common,
        "id": "get_order.example",
        "kind": "example_payload",
        "file": TEST_FILE,
        "symbol": "example_get_order",
        "signature": "def example_get_order() -> dict[str, Any]",
        "parameters": [],
        "returns": "dict[str, Any]",
        "domain_type": "dict[str, Any]",
        "tests": [f"{TEST_FILE}::test_get_order_example_round_trips"],
        "depends_on": [],
        "task": "Return one documented response body.",
        "default": agent_places._raise("get_order.example", filters.pystr),
        "block": agent_places._marked("get_order.example", example_code) + _ROUND_TRIP,
    }
    parse = {
        **common,
        "id": "get_order.parse",
        "kind": "response_parser",
        "file": PARSE_FILE,
        "symbol": "parse_get_order",
        "signature": "def parse_get_order(payload: dict[str, Any]) -> Any",
        "parameters": ["payload: dict[str, Any]"],
        "returns": None,
        "domain_type": "a WireModel defined in the place",
        "tests": [f"{TEST_FILE}::test_get_order_parses_its_example"],
        "depends_on": ["get_order.example"],
        "task": "Define the response model and parse_get_order.",
        "default": agent_places._raise("get_order.parse", filters.pystr),
        "block": agent_places._marked("get_order.parse", parse_code),
    }
    return example, parse


def agents_yml(base_url: str, provider: str = "anthropic", **settings: Any) -> str:
    values: dict[str, Any] = {
        "provider": provider,
        "model": "fake-model-1",
        "base_url": base_url,
        "api_key_env": "IK_TEST_AGENT_KEY",
        "temperature": 0.2,
        "timeout": 5.0,
        "max_attempts": 2,
        "attempts_per_place": 1,
        "max_tool_rounds": 3,
        "tools": ["read_url", "read_file", "write_file", "generate_sdk"],
        "context_window": {
            "include": [f"src/{PACKAGE}/**/*.py", "docs/external_api_specs/*.json"],
            "max_chars": 20000,
        },
        "checks_timeout": 120,
    }
    values.update(settings)
    return json.dumps({"agents": {"integration": values}}, indent=2)  # JSON is YAML


def make_project(root: Path, base_url: str, provider: str = "anthropic", **settings: Any) -> Path:
    """Write the project under ``root``; its agents.yml points at ``base_url``."""
    example, parse = _places()
    files = {
        "pyproject.toml": _PYPROJECT,
        f"src/{PACKAGE}/__init__.py": '"""Demo."""\n',
        f"src/{PACKAGE}/py.typed": "",
        f"src/{PACKAGE}/_client.py": _CLIENT,
        PARSE_FILE: _PARSE_HEADER + parse["block"],
        "tests/__init__.py": "",
        TEST_FILE: _TEST_HEADER + example["block"],
        ".env": "IK_TEST_AGENT_KEY=must-never-be-read\n",
        "docs/external_api_specs/demo.json": json.dumps(
            {
                "openapi": "3.0.3",
                "info": {"title": "Demo", "version": "0"},
                "paths": {
                    "/orders/{order_id}.json": {
                        "get": {
                            "operationId": "get_order",
                            "responses": {"200": {"description": "OK"}},
                        }
                    }
                },
            },
            indent=2,
        ),
        ".integration-kit/agents.yml": agents_yml(base_url, provider, **settings),
        ".integration-kit/agent-manifest.json": json.dumps(
            {
                "format": agent_places.MANIFEST_FORMAT,
                "generated_by": "integration-kit tests",
                "package": PACKAGE,
                "provider": "Demo",
                "client_class": "DemoClient",
                "client_module": f"src/{PACKAGE}/_client.py",
                "spec": "docs/external_api_specs/demo.json",
                "markers": {"open": agent_places.MARK_OPEN, "end": agent_places.MARK_END},
                "checks": agent_places.CHECKS,
                "places": [example, parse],
            },
            indent=2,
        ),
    }
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
