"""The kit's own code passes the checks it demands of generated projects."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .helpers import ROOT

KIT_PATHS = ["extensions", "tests", "benchmarks", "scripts", "kit.py"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "--no-cache", *KIT_PATHS),
        ("ruff", "format", "--check", "--no-cache", *KIT_PATHS),
        ("mypy", "extensions", "benchmarks", "scripts", "kit.py", "tests"),
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_kit_code_is_clean(command: tuple[str, ...]) -> None:
    """ruff and mypy (strict, from pyproject.toml) report nothing on the kit."""
    result = _run(*command)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
