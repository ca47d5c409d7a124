"""The project's own checks on a scratch copy: ruff, mypy --strict, pytest, in subprocesses.

The agent never imports or executes a proposal itself. :class:`Sandbox` copies the project
once per run into a temporary directory, writes a candidate file there and runs the
toolchain with a scrubbed environment (no API keys or other secrets: only ``PATH``,
locale and temp-dir variables, ``PYTHONPATH`` pointing at the copy, ``HOME`` inside the
copy) and a timeout per step. A failed candidate is rolled back in the copy; a kept one
stays, so later places are checked against it. mypy's cache may live outside the copy
(``cache_dir``, by default ``.integration-kit/.cache``): its paths are relative to the
project and its entries are checked by content, so every later run starts warm.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CheckError", "Sandbox", "TestOutcome", "headline", "missing_tools", "test_outcomes"]

TOOLS = ("ruff", "mypy", "pytest")
_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache",
    ".pytest_cache", "node_modules", "build", "dist", "*.egg-info", ".env", ".env.*",
    "agent-report.json", ".cache",
)  # fmt: skip
_ENV_KEEP = ("PATH", "SYSTEMROOT", "LANG", "LC_ALL", "LC_CTYPE", "TZ")
OUTPUT_TAIL = 1500


class CheckError(Exception):
    """A check failed: ``step`` names it; the message is its key line, ``detail`` the output."""

    def __init__(self, step: str, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.step = step
        self.detail = detail


@dataclass(frozen=True)
class TestOutcome:
    node: str
    outcome: str  # passed | failed | skipped | missing
    message: str = ""


def missing_tools(python: str, modules: Sequence[str] = TOOLS) -> list[str]:
    """The check tools (``modules``) ``python`` cannot import (one subprocess)."""
    probe = (
        "import importlib.util as u; "
        f"print(' '.join(m for m in {tuple(modules)!r} if u.find_spec(m) is None))"
    )
    try:
        result = subprocess.run(  # noqa: S603 - fixed argv
            [python, "-c", probe], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return list(modules)
    if result.returncode != 0:
        return list(modules)
    return result.stdout.split()


def _tail(text: str) -> str:
    text = text.strip()
    return text if len(text) <= OUTPUT_TAIL else "…" + text[-OUTPUT_TAIL:]


_KEY_LINE = re.compile(r"^(FAILED |ERROR |E {3}|.+: error: |.+:\d+:\d+: [A-Z]+\d+ )")


def headline(output: str) -> str:
    """The line of a tool's output that says what failed (pytest, mypy, ruff concise)."""
    lines = [line.rstrip() for line in output.splitlines() if line.strip()]
    for line in lines:
        if _KEY_LINE.match(line):
            return line.strip()[:300]
    return lines[-1][:300] if lines else "failed"


def _failure(step: str, result: subprocess.CompletedProcess[str]) -> CheckError:
    output = result.stdout + result.stderr
    return CheckError(step, headline(output), _tail(output))


def test_outcomes(junit_xml: Path, nodes: Sequence[str]) -> list[TestOutcome]:
    """Outcome of each pytest node id (``tests/test_x.py::test_y``) in a junit report."""
    try:
        tree = ET.parse(junit_xml)  # noqa: S314 - pytest's own report
    except (OSError, ET.ParseError):
        return [TestOutcome(n, "missing", "no pytest report") for n in nodes]
    cases = list(tree.iter("testcase"))
    out = []
    for node in nodes:
        path, _, name = node.partition("::")
        module = path.removesuffix(".py").replace("/", ".")
        found = [
            c
            for c in cases
            if c.get("classname") == module
            and (c.get("name") == name or str(c.get("name", "")).startswith(name + "["))
        ]
        if not found:
            out.append(TestOutcome(node, "missing", "not collected"))
            continue
        outcome, message = "passed", ""
        for case in found:
            for child in case:
                if child.tag in ("failure", "error"):
                    outcome, message = "failed", child.get("message", "")
                elif child.tag == "skipped" and outcome == "passed":
                    outcome, message = "skipped", child.get("message", "")
        out.append(TestOutcome(node, outcome, message))
    return out


@dataclass
class Sandbox:
    """A scratch copy of the project where candidates are checked."""

    root: Path
    python: str
    timeout: float = 600.0
    cache_dir: Path | None = None  # mypy's cache, kept between runs (default: per run)
    _tmp: Path = field(init=False)
    project: Path = field(init=False)

    def __post_init__(self) -> None:
        self._tmp = Path(tempfile.mkdtemp(prefix="ik-agent-"))
        self.project = self._tmp / "project"
        shutil.copytree(self.root, self.project, ignore=_IGNORE, symlinks=True)
        (self._tmp / "home").mkdir()

    def close(self) -> None:
        shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k in _ENV_KEEP}
        env.update(
            PYTHONPATH=str(self.project / "src"),
            PYTHONDONTWRITEBYTECODE="1",
            PYTHONHASHSEED="0",
            HOME=str(self._tmp / "home"),
            TMPDIR=str(self._tmp),
            TEMP=str(self._tmp),
            TMP=str(self._tmp),
            NO_COLOR="1",
        )
        return env

    def run(self, step: str, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(  # noqa: S603 - fixed argv, no shell
                [self.python, "-m", *args],
                cwd=self.project,
                env=self._env(),
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise CheckError(step, f"{step} timed out after {self.timeout:g}s") from exc

    def read(self, relative: str) -> str:
        return (self.project / relative).read_text(encoding="utf-8")

    def write(self, relative: str, text: str) -> None:
        (self.project / relative).write_text(text, encoding="utf-8")

    def format_file(self, relative: str) -> str:
        """``ruff format`` the file in the copy; its new text (CheckError if it cannot)."""
        result = self.run("ruff format", ["ruff", "format", "--no-cache", "--quiet", relative])
        if result.returncode != 0:
            raise _failure("ruff format", result)
        return self.read(relative)

    def check(self, tests: Sequence[str]) -> list[TestOutcome]:
        """ruff check, mypy --strict and pytest on the copy; the outcomes of ``tests``."""
        steps = {
            "ruff check": ["ruff", "check", "--no-cache", "--output-format=concise", "."],
            "mypy --strict": [
                "mypy",
                "--strict",
                "--cache-dir",
                str((self.cache_dir or self._tmp) / "mypy"),
                "--no-error-summary",
            ],
        }
        for step, args in steps.items():
            result = self.run(step, args)
            if result.returncode != 0:
                raise _failure(step, result)
        report = self._tmp / "junit.xml"
        report.unlink(missing_ok=True)
        result = self.run(
            "pytest",
            [
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-o",
                "junit_family=xunit2",
                f"--junitxml={report}",
            ],
        )
        if result.returncode != 0:
            raise _failure("pytest", result)
        return test_outcomes(report, tests)
