"""``docs:``: the provider's documentation shown to the model, hashed into provenance."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from .fake_llm import FakeLLM
from .project import GOOD_EXAMPLE, make_project
from .test_agent_fill import CACHE_ENV, KEY, KEY_ENV, _shared_cache, fenced

__all__ = ["_shared_cache"]

PAGE = '# Demo orders\n\n`GET /orders/{order_id}.json` returns `{"order": {"id": 1}}`.\n'


def _settings(**docs: Any) -> dict[str, Any]:
    return {"agents": {"integration": {"model": "m", "base_url": "https://x.example",
                                       "api_key_env": "K", **docs}}}  # fmt: skip


@pytest.mark.parametrize(
    ("docs", "message"),
    [
        ("docs/*.md", "docs must be a list"),
        (["http://example.com/api"], "must be an https URL"),
        (["https://user:pw@example.com/api"], "must not carry credentials"),
        (["/etc/passwd"], "must be relative to the project"),
        (["../other/*.md"], "must be relative to the project"),
    ],
)
def test_docs_setting_refuses(agent: ModuleType, docs: object, message: str) -> None:
    with pytest.raises(agent.config.ConfigError, match=message):
        agent.config.parse_config(_settings(docs=docs))


def test_docs_are_shown_with_their_names_and_hashed_into_provenance(
    agent: ModuleType, llm: FakeLLM, tmp_path: Path
) -> None:
    root = make_project(
        tmp_path / "demo", llm.url, docs=["docs/provider/*.md", "docs/missing/*.md", ".env"]
    )
    (root / "docs/provider").mkdir(parents=True)
    (root / "docs/provider/orders.md").write_text(PAGE)
    llm.push(fenced(GOOD_EXAMPLE))
    lines: list[str] = []
    argv = ["--root", str(root), "fill", "--python", sys.executable, "--place", "get_order.example"]
    environ = {KEY_ENV: KEY, CACHE_ENV: os.environ[CACHE_ENV]}
    assert agent.cli.main(argv, environ=environ, say=lines.append) == 0, lines
    assert "integration-kit agent: docs: 'docs/missing/*.md' matches no file" in lines
    assert "integration-kit agent: docs: '.env' matches no file" in lines  # never a secret
    prompt = llm.seen[0].body["messages"][0]["content"]
    assert "The provider's documentation, from docs/provider/orders.md:" in prompt
    assert "`GET /orders/{order_id}.json` returns" in prompt
    assert "must-never-be-read" not in json.dumps(llm.seen[0].body)
    entry = json.loads((root / ".integration-kit/provenance.json").read_text())["entries"][0]
    assert entry["sources"]["docs/provider/orders.md"] == agent.sources.sha256(PAGE)
    assert set(entry["sources"]) == {"docs/external_api_specs/demo.json", "docs/provider/orders.md"}

    (root / "docs/provider/orders.md").write_text(PAGE + "\nNew: `currency`.\n")
    lines.clear()
    assert agent.cli.main(["--root", str(root), "status"], say=lines.append) == 4
    assert lines[0].endswith("(changed: docs/provider/orders.md)")


def test_a_docs_url_is_fetched_through_the_runtime_client_size_capped(
    agent: ModuleType, tmp_path: Path
) -> None:
    """https only and capped (the fetch itself is the runtime client; no real network)."""
    pages = {
        "/api": httpx.Response(200, text=PAGE),
        "/huge": httpx.Response(200, text="x" * (agent.tools.MAX_URL_BYTES + 10)),
    }
    transport = httpx.MockTransport(lambda request: pages[request.url.path])
    config = agent.config.parse_config(_settings(docs=["https://docs.example/api"]), "integration")
    docs = agent.docs.load_docs(tmp_path, config, warn=print, transport=transport)
    assert [(d.name, d.text) for d in docs] == [("https://docs.example/api", PAGE)]
    config = agent.config.parse_config(_settings(docs=["https://docs.example/huge"]))
    with pytest.raises(
        agent.docs.DocsError, match=re.escape("cannot read https://docs.example/huge")
    ):
        agent.docs.load_docs(tmp_path, config, warn=print, transport=transport)
