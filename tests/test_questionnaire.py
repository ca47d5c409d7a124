"""copier.yml through copier itself: bad answers are refused before anything is written.

Rendered with pytest-copie's ``copie`` fixture (the copier ecosystem's test plugin): it
runs ``copier copy --trust --defaults`` into a fresh folder and returns the result or
the exception instead of raising.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .helpers import ROOT


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"import_name": "class"}, "keyword"),
        ({"import_name": "acme-client"}, "not a valid import name"),
        ({"client_class_name": "acme client"}, "PascalCase"),
        ({"base_url": "http://api.acme.com"}, "https"),
        ({"api_key_env": "acme key"}, "environment variable"),
        ({"env_prefix": "acme"}, "environment variable"),
        ({"timeout": -1}, "positive"),
        ({"max_attempts": 0}, "1 (no retries) to 10"),
        ({"spec_source": "no/such/spec.json"}, "No OpenAPI document"),
        ({"operations": [{"name": "def", "method": "GET", "path": "/x"}]}, "keyword"),
        ({"auth_scheme": "aws-sigv4", "aws_region": "Europe"}, "not an AWS region"),
        ({"auth_scheme": "aws-sigv4", "aws_service": "S3 API"}, "not an AWS service"),
        ({"s3_api": True}, "the S3 resources need SigV4"),
    ],
    ids=[
        "keyword",
        "dash",
        "class",
        "http",
        "env-space",
        "env-lower",
        "timeout",
        "attempts",
        "spec",
        "operation",
        "aws-region",
        "aws-service",
        "s3-without-sigv4",
    ],
)
def test_bad_answer_is_refused_and_nothing_is_written(
    copie: Any, data: dict[str, Any], message: str
) -> None:
    """copier stops with the validator's message; the destination stays empty."""
    result = copie.copy(extra_answers=data, template_dir=ROOT)
    assert result.exit_code != 0 and result.exception is not None
    assert re.search(re.escape(message), str(result.exception)), result.exception
    written = [p for p in copie.test_dir.rglob("*") if p.is_file()]
    assert written == []


def test_defaults_render_the_expected_files(copie: Any) -> None:
    """The defaults give a src-layout package with its answers, env example and snapshot."""
    result = copie.copy(template_dir=ROOT)
    assert result.exit_code == 0, result.exception
    dst: Path = result.project_dir
    for relative in [
        ".copier-answers.yml",
        ".env.example",
        ".gitignore",
        "pyproject.toml",
        "README.md",
        ".github/workflows/ci.yml",
        "docs/external_api_specs/acme_integration.json",
        "src/acme_integration/__init__.py",
        "src/acme_integration/py.typed",
        "src/acme_integration/_client.py",
        "src/acme_integration/_runtime/__init__.py",
        "tests/test_client.py",
    ]:
        assert (dst / relative).is_file(), relative
    env_example = (dst / ".env.example").read_text()
    assert "ACME_API_KEY=" in env_example
    assert "ACME_WEBHOOK_SECRET=" in env_example
    assert ".env" in (dst / ".gitignore").read_text().splitlines()
    leftovers = [p for p in dst.rglob("*") if p.is_file() and ("{{" in p.name or "{%" in p.name)]
    assert leftovers == []
