"""Render each option that changes the output and run the generated project's own checks.

Every render must pass ruff check, ruff format --check, mypy --strict and its own pytest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .helpers import check_project, failures, preset_data, render

pytestmark = pytest.mark.slow

MATRIX: dict[str, dict[str, Any]] = {
    "defaults": {},
    "basic-wsgi-sendgrid": {
        "auth_scheme": "basic",
        "webhook_adapter": "wsgi",
        "webhook_scheme": "sendgrid-ecdsa-p256",
        "python_min": "3.12",
        "license": "MIT",
    },
    "header-no-webhooks": {"auth_scheme": "header", "webhooks": False, "max_attempts": 1},
    "query-auth": {"auth_scheme": "query", "auth_key_name": "key", "timeout": 2.5},
    "no-auth": {"auth_scheme": "none", "provider_name": "Zoë Weather"},
    "square": {"webhook_scheme": "square-hmac-sha256", "provider_name": "Square Pay"},
    "discord-wsgi": {"webhook_scheme": "discord-ed25519", "webhook_adapter": "wsgi"},
    "linear": {"webhook_scheme": "linear-hmac-sha256", "python_min": "3.13"},
    "sigv4-execute-api": {"auth_scheme": "aws-sigv4", "aws_service": "execute-api"},
    "s3-path-py313": {
        **preset_data("s3"),
        "s3_addressing": "path",
        "base_url": "http://localhost:9000",
        "python_min": "3.13",
    },
}


@pytest.mark.parametrize("name", list(MATRIX))
def test_render_is_green(tmp_path: Path, name: str) -> None:
    """The generated project passes its own lint, type and test checks as rendered."""
    project = render(MATRIX[name], tmp_path / name)
    results = check_project(project)
    assert failures(results) == ""


def _break(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new))


@pytest.mark.parametrize("mutation", ["no-auth-header", "no-timeout"])
def test_generated_tests_catch_a_broken_client(tmp_path: Path, mutation: str) -> None:
    """The generated suite fails when auth or the timeout is not applied."""
    project = render({}, tmp_path / "acme")
    config = project / "src" / "acme_integration" / "_config.py"
    if mutation == "no-auth-header":
        _break(config, "return BearerAuth(", "return None and BearerAuth(")
    else:
        _break(config, "timeout=timeout,", "timeout=30.0,")
    results = check_project(project, pytest_args=("-x", "tests/test_client.py"))
    assert results["pytest"].returncode != 0, results["pytest"].stdout[-2000:]
