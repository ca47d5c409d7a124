"""Fixtures: credentials in the environment and a real local HTTP server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ._local_server import ScriptedServer, serve

SECRET = "test-secret-value-0123456789"
USERNAME = "test-user"
ACCESS_KEY = "AKIDTESTEXAMPLE"


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """Every test starts with fake credentials set (tests that need none delete them),
    in an empty directory: a developer's own ``.env`` is never read by the tests."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    for name in ("AWS_SESSION_TOKEN", "AWS_REGION", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("S3_BASE_URL", raising=False)
    monkeypatch.delenv("S3_REDIS_URL", raising=False)
    return SECRET


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A scripted HTTP server on 127.0.0.1 that records what the client sends."""
    with serve() as running:
        yield running
