"""Staleness: a fill records the hash of the spec it was made from; a spec change shows.

``status`` marks the fills whose spec changed as stale (exit 4); ``fill`` leaves them alone
and says so (exit 4, nothing sent); ``fill --stale`` sends the spec diff and refreshes
them through the same checks.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .fake_llm import FakeLLM
from .project import GOOD_EXAMPLE, GOOD_PARSE, PARSE_FILE, TEST_FILE
from .test_agent_fill import KEY, KEY_ENV, _shared_cache, fenced, report

__all__ = ["_shared_cache"]

SPEC = "docs/external_api_specs/demo.json"


def _spec(root: Path, **extra: dict[str, str]) -> None:
    """The spec with an Order schema (id, name, total_price and ``extra`` properties)."""
    spec: dict[str, Any] = json.loads((root / SPEC).read_text())
    properties = {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "total_price": {"type": "string"},
        **extra,
    }
    spec["components"] = {"schemas": {"Order": {"type": "object", "properties": properties}}}
    (root / SPEC).write_text(json.dumps(spec, indent=2) + "\n")


def _cli(agent: ModuleType, root: Path, *args: str) -> tuple[int, list[str]]:
    lines: list[str] = []
    environ = {
        KEY_ENV: KEY,
        "INTEGRATION_KIT_AGENT_CACHE": os.environ["INTEGRATION_KIT_AGENT_CACHE"],
    }
    if args[0] == "fill":
        args = (*args, "--python", sys.executable)
    code = agent.cli.main(["--root", str(root), *args], environ=environ, say=lines.append)
    return code, lines


def _files(root: Path) -> dict[str, str]:
    return {f: (root / f).read_text() for f in (PARSE_FILE, TEST_FILE)}


EXAMPLE_V2 = GOOD_EXAMPLE.replace('"409.94"}', '"409.94", "currency": "EUR"}')
PARSE_V2 = GOOD_PARSE.replace("    total_price: str\n", "    total_price: str\n    currency: str\n")


def test_a_spec_change_makes_fills_stale_and_fill_stale_refreshes_them(
    agent: ModuleType, llm: FakeLLM, project: Path
) -> None:
    _spec(project)
    llm.push(fenced(GOOD_EXAMPLE), fenced(GOOD_PARSE))
    assert _cli(agent, project, "fill")[0] == 0
    code, lines = _cli(agent, project, "status")
    assert (code, lines[-1]) == (0, "0 open, 2 filled, 0 stale, 0 missing")
    old_text = (project / SPEC).read_text()

    _spec(project, currency={"type": "string"})  # the provider adds a field
    code, lines = _cli(agent, project, "status")
    assert code == 4 and lines[-1] == "0 open, 0 filled, 2 stale, 0 missing"
    assert lines[0].startswith("stale    get_order.example") and lines[0].endswith(
        f"(changed: {SPEC})"
    )

    # without --stale: reported, left alone, nothing sent, non-zero for CI
    sent, before = len(llm.seen), _files(project)
    code, lines = _cli(agent, project, "fill")
    assert code == 4
    assert lines[0] == (
        f"integration-kit agent: get_order.example is stale ({SPEC} changed since it was "
        "filled); left alone (refresh it with: fill --stale)"
    )
    assert lines[-1] == "integration-kit agent: no open places to fill"
    assert len(llm.seen) == sent and _files(project) == before

    # --stale, a refused answer: same checks, the place stays stale and unchanged
    bad = PARSE_V2.replace("return convert(", "return 1  # ").replace(
        'payload["order"], Order)', ""
    )
    llm.push(fenced(bad))
    code, lines = _cli(agent, project, "fill", "--stale", "--place", "get_order.parse")
    assert code == 1
    assert report(project)["get_order.parse"]["step"] == "mypy --strict"
    assert _files(project) == before
    assert _cli(agent, project, "status")[0] == 4

    # --stale: the diff goes to the model; the refreshed code is checked and kept
    llm.push(fenced(EXAMPLE_V2), fenced(PARSE_V2))
    code, lines = _cli(agent, project, "fill", "--stale")
    assert code == 0, lines
    prompt = llm.seen[-2].body["messages"][0]["content"]
    assert "its sources changed since" in prompt
    assert f"--- {SPEC} (when filled)" in prompt and f"+++ {SPEC} (now)" in prompt
    assert "+" + " " * 10 + '"currency": {' in prompt
    assert "currency: str" in (project / PARSE_FILE).read_text()
    code, lines = _cli(agent, project, "status")
    assert (code, lines[-1]) == (0, "0 open, 2 filled, 0 stale, 0 missing")
    entries = json.loads((project / ".integration-kit/provenance.json").read_text())["entries"]
    new_sha = agent.sources.sha256((project / SPEC).read_text())
    assert [e["sources"] for e in entries[-2:]] == [{SPEC: new_sha}] * 2
    old_sha = entries[0]["sources"][SPEC]
    assert (project / ".integration-kit/sources" / old_sha).read_text() == old_text


def test_a_fill_edited_by_hand_is_never_stale(
    agent: ModuleType, llm: FakeLLM, project: Path
) -> None:
    _spec(project)
    llm.push(fenced(GOOD_EXAMPLE))
    assert _cli(agent, project, "fill", "--place", "get_order.example")[0] == 0
    path = project / TEST_FILE
    path.write_text(path.read_text().replace('"#1001"', '"#1002"'))  # the user's now
    _spec(project, currency={"type": "string"})
    code, lines = _cli(agent, project, "status")
    assert code == 0 and lines[-1] == "1 open, 1 filled, 0 stale, 0 missing"


def test_a_url_source_is_compared_only_when_fetched(
    agent: ModuleType, llm: FakeLLM, project: Path
) -> None:
    """status never fetches: a URL source counts as changed only against a fetched hash."""
    llm.push(fenced(GOOD_EXAMPLE))
    assert _cli(agent, project, "fill", "--place", "get_order.example")[0] == 0
    record = project / ".integration-kit/provenance.json"
    data = json.loads(record.read_text())
    url = "https://docs.example/orders"
    data["entries"][0]["sources"][url] = agent.sources.sha256("the page as it was")
    record.write_text(json.dumps(data))
    manifest = agent.manifest.load_manifest(project)
    states = agent.manifest.place_states(project, manifest)
    assert agent.sources.stale_places(project, manifest, states) == {}
    same = {url: agent.sources.sha256("the page as it was")}
    assert agent.sources.stale_places(project, manifest, states, same) == {}
    moved = {url: agent.sources.sha256("the page now")}
    found = agent.sources.stale_places(project, manifest, states, moved)
    assert list(found) == ["get_order.example"] and found["get_order.example"][1] == [url]
