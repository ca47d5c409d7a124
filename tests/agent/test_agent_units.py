"""The agent's pure parts: markers, policy, config, manifest states, static gates, prompts."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .project import GOOD_PARSE, PARSE_FILE, TEST_FILE, agents_yml, make_project

TEXT = """\
x = 1
# integration-kit: open a.b
def f() -> int:
    raise NotImplementedError("open")


# integration-kit: end a.b
y = 2
"""


def test_markers_find_read_and_replace(agent: ModuleType) -> None:
    markers = agent.markers
    regions = markers.find_regions(TEXT)
    assert list(regions) == ["a.b"]
    region = regions["a.b"]
    assert (region.start, region.end, region.indent) == (1, 6, "")
    assert markers.body(TEXT, region).startswith("def f() -> int:")
    new = markers.replace_body(TEXT, region, "    def f() -> int:\n        return 1\n")
    assert "return 1" in new and "raise" not in new
    assert markers.outside(new, markers.find_regions(new)["a.b"]) == markers.outside(TEXT, region)
    assert new.startswith("x = 1\n") and new.endswith("# integration-kit: end a.b\ny = 2\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# integration-kit: open a\n", "never closed"),
        ("# integration-kit: end a\n", "without its open marker"),
        ("# integration-kit: open a\n# integration-kit: open b\n", "opens inside"),
        (
            "# integration-kit: open a\n# integration-kit: end a\n"
            "# integration-kit: open a\n# integration-kit: end a\n",
            "appears twice",
        ),
        ("# integration-kit: open a\n    # integration-kit: end a\n", "not aligned"),
        ("# integration-kit: open a b\n", "malformed"),
        ("#integration-kit:open a\n", "malformed"),
    ],
    ids=["unclosed", "stray-end", "nested", "duplicate", "misaligned", "spaces", "squashed"],
)
def test_bad_markers_are_refused(agent: ModuleType, text: str, message: str) -> None:
    with pytest.raises(agent.markers.MarkerError, match=message):
        agent.markers.find_regions(text)


def _place(agent: ModuleType, tmp_path: Path, place_id: str = "get_order.parse") -> Any:
    root = make_project(tmp_path / "p", "http://127.0.0.1:9")
    return agent.manifest.load_manifest(root).place(place_id)


PAYLOADS = {
    "os-system": ("import os\nos.system('touch /tmp/x')\n", "imports os"),
    "os-inside": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        "    import os\n    return os.system('id')\n",
        "imports os: processes",
    ),
    "subprocess": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        "    import subprocess\n    return subprocess.run(['id'])\n",
        "imports subprocess",
    ),
    "socket": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        "    import socket\n    return socket.create_connection(('example.com', 80))\n",
        "no business reaching the network",
    ),
    "httpx": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        "    from httpx import get\n    return get('https://example.com')\n",
        "no business reaching the network",
    ),
    "client": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        "    return DemoClient().get_order(order_id='1', served=payload)\n",
        "uses DemoClient",
    ),
    "eval": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n    return eval('1')\n",
        "uses eval",
    ),
    "dunder": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        "    return ().__class__.__bases__[0].__subclasses__()\n",
        "introspection",
    ),
    "getattr": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n    return getattr(payload, 'x')\n",
        "uses getattr",
    ),
    "import-time": ("print('hi')\n", "runs a Call at import time"),
    "relative": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        "    from . import _client\n    return _client\n",
        "relative import",
    ),
    "json-not-allowed": (
        "def parse_get_order(payload: dict[str, Any]) -> Any:\n"
        "    import json\n    return json.dumps(payload)\n",
        "imports json (allowed here",
    ),
}


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_policy_refuses(agent: ModuleType, tmp_path: Path, name: str) -> None:
    """Forbidden imports, calls and escapes are found on the syntax tree."""
    code, expected = PAYLOADS[name]
    problems = agent.policy.check_policy(code, _place(agent, tmp_path))
    assert any(expected in p for p in problems), problems


def test_policy_accepts_a_pure_parser(agent: ModuleType, tmp_path: Path) -> None:
    code = GOOD_PARSE + (
        "\n\ndef _when(text: str) -> Any:\n"
        "    from datetime import datetime\n\n    return datetime.fromisoformat(text)\n"
    )
    assert agent.policy.check_policy(code, _place(agent, tmp_path)) == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("def other(payload: dict[str, Any]) -> Any:\n    return 1\n", "must define"),
        ("def parse_get_order(data: dict[str, Any]) -> Any:\n    return 1\n", "must take"),
        (
            "def parse_get_order(payload: dict[str, Any], x: int) -> Any:\n    return 1\n",
            "must take",
        ),
        ("def parse_get_order(payload: dict[str, Any]):\n    return 1\n", "return annotation"),
        ("async def parse_get_order(payload: dict[str, Any]) -> Any:\n    return 1\n", "async"),
    ],
)
def test_shape_keeps_the_signature(
    agent: ModuleType, tmp_path: Path, code: str, expected: str
) -> None:
    problems = agent.policy.check_shape(code, _place(agent, tmp_path))
    assert problems and expected in problems[0]


def test_shape_checks_a_fixed_return_type(agent: ModuleType, tmp_path: Path) -> None:
    place = _place(agent, tmp_path, "get_order.example")
    assert (
        agent.policy.check_shape("def example_get_order() -> dict[str,Any]:\n  return {}\n", place)
        == []
    )
    problems = agent.policy.check_shape(
        "def example_get_order() -> list[Any]:\n  return []\n", place
    )
    assert "must return dict[str, Any]" in problems[0]


def test_config_reads_the_shape_and_checks_it(agent: ModuleType) -> None:
    config_mod = agent.config
    data = json.loads(agents_yml("https://api.anthropic.com"))
    config = config_mod.parse_config(data)
    assert config.provider == "anthropic" and config.temperature == 0.2
    assert config.tools == ("read_url", "read_file", "write_file", "generate_sdk")
    assert config.include == ("src/demo/**/*.py", "docs/external_api_specs/*.json")
    assert config_mod.api_key(config, {}) is None
    key = config_mod.api_key(config, {"IK_TEST_AGENT_KEY": " sk-1 "})
    assert key.get_secret_value() == "sk-1" and "sk-1" not in repr(key)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"provider": "cohere"}, "provider must be"),
        ({"base_url": "http://api.example.com"}, "https"),
        ({"base_url": "https://user:pw@api.example.com"}, "credentials"),
        ({"model": "two words"}, "model"),
        ({"api_key_env": "lower"}, "api_key_env"),
        ({"api_key": "sk-in-a-file"}, "unknown setting"),
        ({"temperature": 3}, "temperature"),
        ({"tools": ["shell"]}, "tools"),
        ({"context_window": {"include": ["../secrets/*"]}}, "relative to the project"),
    ],
)
def test_config_refuses(agent: ModuleType, change: dict[str, Any], message: str) -> None:
    data = json.loads(agents_yml("https://api.anthropic.com"))
    data["agents"]["integration"].update(change)
    with pytest.raises(agent.config.ConfigError, match=message):
        agent.config.parse_config(data)


def test_manifest_states_and_sync(agent: ModuleType, tmp_path: Path) -> None:
    """Places are open until changed; a place deleted from its file is re-added by sync."""
    manifest_mod = agent.manifest
    root = make_project(tmp_path / "p", "http://127.0.0.1:9")
    manifest = manifest_mod.load_manifest(root)
    assert [p.id for p in manifest.ordered()] == ["get_order.example", "get_order.parse"]
    states = {s.place.id: s.state for s in manifest_mod.place_states(root, manifest)}
    assert states == {"get_order.example": "open", "get_order.parse": "open"}
    parse_file = root / PARSE_FILE
    original = parse_file.read_text()
    parse_file.write_text(original.split("# integration-kit: open")[0])
    states = {s.place.id: s.state for s in manifest_mod.place_states(root, manifest)}
    assert states["get_order.parse"] == "missing"
    assert manifest_mod.sync(root, manifest) == (["get_order.parse"], [])
    states = {s.place.id: s.state for s in manifest_mod.place_states(root, manifest)}
    assert states["get_order.parse"] == "open"
    region = agent.markers.find_regions(parse_file.read_text())["get_order.parse"]
    reworded = (  # a later kit version's default: still open
        'def parse_get_order(payload: dict[str, Any]) -> Any:\n    """Other words."""\n'
        '    raise NotImplementedError("not yet")\n'
    )
    parse_file.write_text(agent.markers.replace_body(parse_file.read_text(), region, reworded))
    states = {s.place.id: s.state for s in manifest_mod.place_states(root, manifest)}
    assert states["get_order.parse"] == "open"
    filled = agent.markers.replace_body(parse_file.read_text(), region, GOOD_PARSE)
    parse_file.write_text(filled)
    states = {s.place.id: s.state for s in manifest_mod.place_states(root, manifest)}
    assert states["get_order.parse"] == "filled"


def test_static_gates(agent: ModuleType, tmp_path: Path) -> None:
    """Syntax, scope and policy are refused before any subprocess runs."""
    validate = agent.validate
    place = _place(agent, tmp_path)
    original = (tmp_path / "p" / PARSE_FILE).read_text()
    good = validate.candidate(original, place, validate.Proposal(code=GOOD_PARSE), "# c")
    validate.static_check(original, good, place)
    with pytest.raises(validate.RefusedError) as caught:
        validate.candidate(original, place, validate.Proposal(code="def parse_get_order(:\n"), "#")
    assert caught.value.step == "ast"
    outside = original.replace("import msgspec", "import msgspec, os")
    proposal = validate.Proposal(file_text=outside, path=PARSE_FILE)
    with pytest.raises(validate.RefusedError, match="edits outside the place") as caught:
        validate.candidate(original, place, proposal, "#")
    assert caught.value.step == "scope"
    sneaky = (
        "# integration-kit: open get_order.parse\n"
        + GOOD_PARSE
        + ("# integration-kit: end get_order.parse\n\nEXTRA = 1\n")
    )
    with pytest.raises(validate.RefusedError, match="outside the place's markers"):
        validate.candidate(original, place, validate.Proposal(code=sneaky), "#")
    other = validate.Proposal(file_text=original, path=TEST_FILE)
    with pytest.raises(validate.RefusedError, match="write_file targets"):
        validate.candidate(original, place, other, "#")


def test_extract_code_prefers_the_block_defining_the_symbol(
    agent: ModuleType, tmp_path: Path
) -> None:
    place = _place(agent, tmp_path)
    text = "First a sketch:\n```\nx = 1\n```\nThen:\n```python\n" + GOOD_PARSE + "```\n"
    assert agent.validate.extract_code(text, place) == GOOD_PARSE
    with pytest.raises(agent.validate.RefusedError, match="no ```python block"):
        agent.validate.extract_code("I cannot help with that.", place)


def test_prompt_shows_the_place_and_never_secrets(agent: ModuleType, tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "http://127.0.0.1:9")
    manifest = agent.manifest.load_manifest(root)
    config = agent.config.load_config(root)
    place = manifest.place("get_order.parse")
    system = agent.prompt.system_prompt(manifest, place, config)
    user = agent.prompt.user_prompt(root, manifest, place, config)
    assert "# integration-kit: open get_order.parse" in system
    assert "parse_get_order(payload: dict[str, Any])" in system
    assert f"File {PARSE_FILE}" in user and '"operationId": "get_order"' in user
    assert "must-never-be-read" not in user and '"block"' not in user
    assert not agent.context.allowed_file(root, config, manifest, ".env")
    assert not agent.context.allowed_file(root, config, manifest, "../p/.env")
    assert agent.context.allowed_file(root, config, manifest, "src/demo/_client.py")


def test_keep_refuses_a_file_edited_meanwhile_and_records_provenance(
    agent: ModuleType, tmp_path: Path
) -> None:
    root = make_project(tmp_path / "p", "http://127.0.0.1:9")
    path = root / PARSE_FILE
    original = path.read_text()
    region = agent.markers.find_regions(original)["get_order.parse"]
    new = agent.markers.replace_body(original, region, GOOD_PARSE)
    details = {
        "provider": "anthropic",
        "model": "m",
        "prompt_sha256": "p" * 64,
        "spec_sha256": "s" * 64,
        "checks": [],
        "attempt": 1,
    }
    with pytest.raises(RuntimeError, match="changed while the agent ran"):
        agent.apply.keep(
            root,
            place_id="get_order.parse",
            file=PARSE_FILE,
            baseline=original + "# edited\n",
            text=new,
            details=details,
        )
    assert path.read_text() == original
    entry = agent.apply.keep(
        root,
        place_id="get_order.parse",
        file=PARSE_FILE,
        baseline=original,
        text=new,
        details=details,
    )
    assert path.read_text() == new
    log = json.loads((root / ".integration-kit/provenance.json").read_text())["entries"]
    assert log[0]["code_sha256"] == entry.code_sha256 and log[0]["model"] == "m"
