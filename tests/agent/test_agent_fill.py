"""End to end: ``fill`` against the fake LLM, one scripted answer per outcome.

Each scenario runs the real command (``cli.main``) on the demo project: proposals go
through every gate, the ruff/mypy/pytest ones in subprocesses on a scratch copy.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .fake_llm import Answer, FakeLLM
from .project import GOOD_EXAMPLE, GOOD_PARSE, PARSE_FILE, TEST_FILE, agents_yml, make_project

KEY_ENV = "IK_TEST_AGENT_KEY"
CACHE_ENV = "INTEGRATION_KIT_AGENT_CACHE"
KEY = "sk-test-fedcba9876543210"
CHECKED = "tests/test_sandbox.py"
SANDBOX_TEST = '''\
"""Runs inside the agent's scratch copy: no secrets there."""

import os
from pathlib import Path


def test_no_secrets_in_the_sandbox() -> None:
    assert "IK_TEST_AGENT_KEY" not in os.environ
    assert not Path(".env").exists()
'''


def fenced(code: str) -> Answer:
    return Answer(text=f"Here is the code.\n\n```python\n{code}```\n")


@pytest.fixture(autouse=True)
def _shared_cache(mypy_cache: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, mypy_cache)


def run(agent: ModuleType, root: Path, *args: str, key: str | None = KEY) -> tuple[int, list[str]]:
    lines: list[str] = []
    environ = {CACHE_ENV: os.environ[CACHE_ENV]}
    if key:
        environ[KEY_ENV] = key
    argv = ["--root", str(root), "fill", "--python", sys.executable, *args]
    code = agent.cli.main(argv, environ=environ, say=lines.append)
    return code, lines


def report(root: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / ".integration-kit/agent-report.json").read_text())
    return {o["place"]: o for o in data["outcomes"]}


@pytest.fixture
def demo(project: Path) -> Path:
    (project / CHECKED).write_text(SANDBOX_TEST)
    return project


def _snapshot(root: Path) -> dict[str, str]:
    return {f: (root / f).read_text() for f in (PARSE_FILE, TEST_FILE)}


def test_good_bodies_are_kept_with_provenance(
    agent: ModuleType, llm: FakeLLM, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anthropic format: both places filled, validated, written, and their origin recorded."""
    llm.push(fenced(GOOD_EXAMPLE), fenced(GOOD_PARSE))
    monkeypatch.setenv(KEY_ENV, KEY)  # in our environment: the sandbox must not inherit it
    lines: list[str] = []
    argv = ["--root", str(demo), "fill", "--python", sys.executable]
    assert agent.cli.main(argv, say=lines.append) == 0
    assert lines[-1] == "integration-kit agent: 2 of 2 open places filled by fake-model-1"
    parse_text = (demo / PARSE_FILE).read_text()
    assert "class Order(WireModel):" in parse_text
    prompt_prefix = agent.llm.request_hash(llm.seen[1].body)[:12]
    assert f"# integration-kit: filled by fake-model-1 prompt={prompt_prefix} spec=" in parse_text
    assert 'return {"order": {"id": 450789469' in (demo / TEST_FILE).read_text()
    entries = json.loads((demo / ".integration-kit/provenance.json").read_text())["entries"]
    assert [e["place"] for e in entries] == ["get_order.example", "get_order.parse"]
    first_request = llm.seen[0].body
    assert entries[0]["prompt_sha256"] == agent.llm.request_hash(first_request)
    assert entries[0]["model"] == "fake-model-1" and entries[0]["provider"] == "anthropic"
    assert len(entries[0]["spec_sha256"]) == 64 and entries[0]["checks"][-1] == "pytest"
    system = first_request["system"]
    assert "# integration-kit: open get_order.example" in system
    assert {t["name"] for t in first_request["tools"]} == {
        "read_url",
        "read_file",
        "write_file",
        "generate_sdk",
    }
    assert all(
        s.state == "filled"
        for s in agent.manifest.place_states(demo, agent.manifest.load_manifest(demo))
    )
    assert llm.problems == []


def test_tools_then_write_file_openai_format(
    agent: ModuleType, llm: FakeLLM, tmp_path: Path
) -> None:
    """OpenAI format: the model reads files and the SDK, then proposes the whole file."""
    root = make_project(tmp_path / "demo", llm.url, "openai-compatible")
    (root / CHECKED).write_text(SANDBOX_TEST)
    original = (root / TEST_FILE).read_text()
    region = agent.markers.find_regions(original)["get_order.example"]
    whole = agent.markers.replace_body(original, region, GOOD_EXAMPLE)
    llm.push(
        Answer(
            tool_calls=(
                ("read_file", {"path": TEST_FILE}),
                ("read_file", {"path": ".env"}),
                ("generate_sdk", {"operation_id": "get_order"}),
            )
        ),
        Answer(tool_calls=(("write_file", {"path": TEST_FILE, "content": whole}),)),
        fenced(GOOD_PARSE),
    )
    code, lines = run(agent, root)
    assert code == 0, lines
    assert llm.problems == []
    results = [m for m in llm.seen[1].body["messages"] if m["role"] == "tool"]
    assert "def example_get_order" in results[0]["content"]
    assert "outside the agent's context window" in results[1]["content"]
    assert "must-never-be-read" not in json.dumps(llm.seen[1].body)
    assert (
        "def get_order(self" in results[2]["content"] and '"operationId"' in results[2]["content"]
    )
    assert GOOD_EXAMPLE.splitlines()[2].strip() in (root / TEST_FILE).read_text()


@pytest.mark.parametrize(
    ("answer", "step", "reason"),
    [
        (
            fenced("def example_get_order() -> dict[str, Any]:\n    return {'a': \n"),
            "ast",
            "syntax error",
        ),
        (
            fenced(
                "def example_get_order() -> dict[str, Any]:\n"
                "    import os\n\n    os.system('touch {canary}')\n    return {{}}\n"
            ),
            "policy",
            "imports os",
        ),
        (Answer(text="Sorry, I can't do that."), "extract", "no ```python block"),
        (
            fenced("def example_get_order() -> dict[str, Any]:\n    return [1, 2]\n"),
            "mypy --strict",
            "Incompatible return value type",
        ),
        (
            fenced(
                "def example_get_order() -> dict[str, Any]:\n    return [1, 2]  # type: ignore\n"
            ),
            "pytest",
            "",
        ),
    ],
    ids=["syntax-error", "os-system", "no-code", "mypy", "pytest"],
)
def test_bad_answers_are_discarded_and_the_default_stays(
    agent: ModuleType,
    llm: FakeLLM,
    demo: Path,
    tmp_path: Path,
    answer: Answer,
    step: str,
    reason: str,
) -> None:
    canary = tmp_path / "canary-was-created"
    answer = Answer(text=answer.text.replace("{canary}", str(canary)).replace("{{}}", "{}"))
    before = _snapshot(demo)
    llm.push(answer)
    code, lines = run(agent, demo, "--place", "get_order.example")
    assert code == 1
    outcome = report(demo)["get_order.example"]
    assert outcome["status"] == "discarded" and outcome["step"] == step
    assert reason in outcome["reason"]
    assert [(t["attempt"], t["step"]) for t in outcome["tries"]] == [(1, step)]
    assert f"get_order.example: discarded - refused by {step}: " in "\n".join(lines)
    assert _snapshot(demo) == before
    assert not canary.exists()
    assert not (demo / ".integration-kit/provenance.json").exists()
    assert f"1 keep their defaults (refused by {step} 1; why: " in lines[-1]


def test_an_edit_outside_the_place_is_discarded(
    agent: ModuleType, llm: FakeLLM, demo: Path
) -> None:
    original = (demo / TEST_FILE).read_text()
    region = agent.markers.find_regions(original)["get_order.example"]
    whole = agent.markers.replace_body(original, region, GOOD_EXAMPLE)
    tampered = whole.replace("assert result is not None", "assert True")
    before = _snapshot(demo)
    llm.push(Answer(tool_calls=(("write_file", {"path": TEST_FILE, "content": tampered}),)))
    code, _ = run(agent, demo, "--place", "get_order.example")
    assert code == 1
    outcome = report(demo)["get_order.example"]
    assert outcome["step"] == "scope"
    assert "'assert result is not None' became 'assert True'" in outcome["reason"]
    assert _snapshot(demo) == before
    assert llm.problems == []  # the refusal went back as the write_file call's tool_result


def test_a_discarded_answer_is_sent_back_once(
    agent: ModuleType, llm: FakeLLM, tmp_path: Path
) -> None:
    """With two attempts, the reason goes back to the model and its second answer is kept."""
    root = make_project(tmp_path / "demo", llm.url, attempts_per_place=2)
    wrong = "def example_get_order() -> dict[str, Any]:\n    return {1: 2}  # not JSON keys\n"
    llm.push(fenced(wrong.replace("{1: 2}", "[]")), fenced(GOOD_EXAMPLE))
    code, lines = run(agent, root, "--place", "get_order.example")
    assert code == 0
    outcome = report(root)["get_order.example"]
    assert outcome["attempts"] == 2
    first, second = outcome["tries"]
    assert (first["attempt"], first["step"], second) == (
        1,
        "mypy --strict",
        {"attempt": 2, "step": "", "reason": "", "detail": ""},
    )
    assert "Incompatible return value type" in first["reason"] and first["detail"]
    assert any(
        ln.startswith("  get_order.example attempt 1: refused by mypy --strict: ") for ln in lines
    )
    assert "  get_order.example: kept (attempt 2)" in lines
    feedback = llm.seen[1].body["messages"][-1]["content"]
    assert "was discarded: mypy --strict" in feedback


def test_a_timeout_skips_the_place_and_the_run_goes_on(
    agent: ModuleType, llm: FakeLLM, tmp_path: Path
) -> None:
    root = make_project(tmp_path / "demo", llm.url, timeout=0.3, max_attempts=1)
    llm.push(Answer(stall=5.0), fenced(GOOD_PARSE))
    started = time.monotonic()
    code, lines = run(agent, root)
    assert code == 1
    outcomes = report(root)
    assert outcomes["get_order.example"]["status"] == "error"
    assert "timed out" in outcomes["get_order.example"]["reason"]
    # the parser is kept: its test may skip while the example it needs is still open
    assert outcomes["get_order.parse"]["status"] == "kept"
    assert "1 of 2 open places filled" in lines[-1]
    assert time.monotonic() - started < 30


def test_429_with_retry_after_then_a_good_body(agent: ModuleType, llm: FakeLLM, demo: Path) -> None:
    llm.push(Answer(status=429, headers=(("Retry-After", "1"),)), fenced(GOOD_EXAMPLE))
    code, _ = run(agent, demo, "--place", "get_order.example")
    assert code == 0
    first, second = llm.seen
    assert second.at - first.at >= 0.95
    assert report(demo)["get_order.example"]["status"] == "kept"


def test_a_long_429_stops_the_run_in_one_line(agent: ModuleType, llm: FakeLLM, demo: Path) -> None:
    llm.push(Answer(status=429, headers=(("Retry-After", "3600"),)))
    before = _snapshot(demo)
    code, lines = run(agent, demo)
    assert code == 3
    assert lines[-1].startswith("integration-kit agent: ") and "rate limiting" in lines[-1]
    assert lines[-1].endswith("2 open places keep their defaults")
    assert report(demo)["get_order.parse"]["status"] == "skipped"
    assert _snapshot(demo) == before and len(llm.seen) == 1
    llm.push(Answer(status=429, headers=(("Retry-After", "3600"),)))
    code, lines = run(agent, demo, "--copier-task")
    assert code == 0 and len(lines) == 1


def test_without_a_key_one_line_and_nothing_sent(
    agent: ModuleType, llm: FakeLLM, demo: Path
) -> None:
    before = _snapshot(demo)
    code, lines = run(agent, demo, key=None)
    assert code == 3
    assert lines == [
        "integration-kit agent: IK_TEST_AGENT_KEY is not set; 2 open places keep their "
        "defaults (set it, then run: python -m demo._agent fill)"
    ]
    code, lines = run(agent, demo, "--copier-task", key=None)
    assert code == 0 and len(lines) == 1
    assert llm.seen == [] and _snapshot(demo) == before


def test_without_network_one_line(agent: ModuleType, tmp_path: Path) -> None:
    with FakeLLM() as gone:
        url = gone.url
    root = make_project(tmp_path / "demo", url, max_attempts=1)
    before = _snapshot(root)
    code, lines = run(agent, root, "--copier-task")
    assert code == 0
    assert len(lines) == 1 and f"cannot reach {url}" in lines[0]
    assert lines[0].endswith("2 open places keep their defaults")
    assert _snapshot(root) == before


def test_status_and_nothing_left_to_fill(agent: ModuleType, llm: FakeLLM, demo: Path) -> None:
    lines: list[str] = []
    assert agent.cli.main(["--root", str(demo), "status"], say=lines.append) == 0
    assert lines[-1] == "2 open, 0 filled, 0 stale, 0 missing"
    code, lines = run(agent, demo, "--place", "no.such.place")
    assert (code, lines) == (0, ["integration-kit agent: no open places to fill"])


def test_broken_config_is_a_usage_error(agent: ModuleType, demo: Path) -> None:
    (demo / ".integration-kit/agents.yml").write_text(
        agents_yml("http://example.com")  # plain http to a remote host
    )
    code, lines = run(agent, demo)
    assert code == 2 and "base_url must use https" in lines[0]
    code, lines = run(agent, demo, "--copier-task")
    assert code == 0 and len(lines) == 1


def test_a_red_project_stops_the_run(agent: ModuleType, llm: FakeLLM, demo: Path) -> None:
    """When the project fails its own tests before any change, no proposal is blamed."""
    (demo / "tests/test_red.py").write_text(
        'def test_red() -> None:\n    raise AssertionError("red")\n'
    )
    llm.push(fenced(GOOD_EXAMPLE))
    code, lines = run(agent, demo)
    assert code == 3
    assert "the project fails pytest before any change; fix that first" in lines[-1]
    outcomes = report(demo)
    assert outcomes["get_order.example"]["status"] == "error"
    assert outcomes["get_order.parse"]["status"] == "skipped"
    assert len(llm.seen) == 1


def test_a_model_that_only_calls_tools_gets_a_verdict_and_a_second_chance(
    agent: ModuleType, llm: FakeLLM, tmp_path: Path
) -> None:
    """Out of tool rounds: its pending calls are answered with the verdict, then it answers."""
    root = make_project(tmp_path / "demo", llm.url, max_tool_rounds=1, attempts_per_place=2)
    look = Answer(tool_calls=(("read_file", {"path": PARSE_FILE}),))
    llm.push(look, look, fenced(GOOD_EXAMPLE))
    code, _ = run(agent, root, "--place", "get_order.example")
    assert code == 0
    assert llm.problems == []  # every tool_use had its tool_result, turns alternated
    last = llm.seen[2].body["messages"][-1]["content"]
    assert last[0]["type"] == "tool_result" and "still calling tools" in last[0]["content"]
