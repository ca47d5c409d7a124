"""Fixtures: credentials in the environment and a real local HTTP server.

Every interaction the tests program on the MockClient is recorded; a full, green run
writes them as the consumer contract ``contracts/shopify_integration.pact.json`` (Pact v3;
see ``tests/contract``). A partial run (``-k``, ``-m``, test ids or files) leaves it alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shopify_integration import handlers, mapping
from shopify_integration._testing import pact
from shopify_integration.testing import MAPPED_OPERATIONS

from ._local_server import ScriptedServer, serve

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "contracts" / "shopify_integration.pact.json"
SNAPSHOT = "docs/external_api_specs/shopify_integration.json"

pact.start()  # at import, before any test builds a MockClient


@pytest.fixture(autouse=True)
def _contract_recording(request: pytest.FixtureRequest) -> Iterator[None]:
    """Tests marked ``not_in_contract`` (deliberately malformed answers) are not recorded."""
    if request.node.get_closest_marker("not_in_contract"):
        with pact.paused():
            yield
    else:
        yield


def _partial(config: pytest.Config) -> bool:
    """A run of some tests only: its interactions are not the whole contract (so is each
    pytest-xdist worker's share: run without ``-n`` to refresh the contract)."""
    if hasattr(config, "workerinput") or getattr(config.option, "numprocesses", None):
        return True
    if config.option.keyword or config.option.markexpr or getattr(config.option, "lf", False):
        return True
    return any("::" in arg or arg.endswith(".py") for arg in config.args)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    active = pact.stop()
    if active is None or exitstatus != 0 or _partial(session.config):
        return
    interactions = active.interactions()
    if not interactions:
        return
    document = pact.build_pact(
        interactions,
        consumer="shopify-integration",
        provider="Shopify",
        snapshot=SNAPSHOT,
        mappers=pact.mapper_contracts(mapping, MAPPED_OPERATIONS),
        webhooks=pact.webhook_contracts(handlers.register, preset="shopify"),
    )
    pact.write(document, CONTRACT)


SECRET = "test-secret-value-0123456789"
USERNAME = "test-user"


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """Every test starts with fake credentials set (tests that need none delete them),
    in an empty directory: a developer's own ``.env`` is never read by the tests."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SHOPIFY_ACCESS_TOKEN", SECRET)
    monkeypatch.delenv("SHOPIFY_BASE_URL", raising=False)
    monkeypatch.delenv("SHOPIFY_REDIS_URL", raising=False)
    return SECRET


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A scripted HTTP server on 127.0.0.1 that records what the client sends."""
    with serve() as running:
        yield running
