"""Contract tests: the real SendGrid API checked against the spec snapshot,
the mappers and the MockClient's fixtures (generated; do not edit).

They are skipped unless enabled, so a plain ``pytest`` never calls the API::

    SENDGRID_API_KEY=<a test-mode key> SENDGRID_CONTRACT=1 pytest -m contract tests/contract

Locally, against Prism serving the snapshot (no real account needed)::

    npx @stoplight/prism-cli mock docs/external_api_specs/sendgrid_integration.json
    SENDGRID_BASE_URL=http://127.0.0.1:4010 SENDGRID_API_KEY=prism SENDGRID_CONTRACT=1 pytest -m contract tests/contract

Reads that need path or query arguments (``owner``, ``repo``) run when
``SENDGRID_CONTRACT_ARGS`` gives them, a JSON object of wire name → value::

    SENDGRID_CONTRACT_ARGS = '{"owner": "octocat", "repo": "Hello-World"}'

(else they are skipped, naming what is missing). Beyond the reads they retrieve an item
by an id taken from its live list (list → retrieve) and, with a test-mode credential
only, create an object the spec gives every value for and delete it again (create →
delete; ``SENDGRID_CONTRACT_WRITES=0`` turns the writes off). Every request waits its turn: at most
``SENDGRID_CONTRACT_RATE`` requests a second (default 1).

Where real responses no longer match the fixtures, a diff is printed at the end of the
run and written to ``contract-fixture-drift.diff``. A run with either switch on writes
``contract-report.md`` (verified, broken, skipped with why): the nightly job summary.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sendgrid_integration import SendGridClient
from sendgrid_integration._testing.contract import (
    PacedTransport,
    Pacer,
    live_key_problem,
    markdown_report,
    pace_rate,
    parse_contract_args,
    write_mode_problem,
)

# Read at import: the package's autouse fixture would replace them with fake values.
ENABLED = os.environ.get("SENDGRID_CONTRACT") == "1"
API_KEY = os.environ.get("SENDGRID_API_KEY", "")
LIVE_KEY_PREFIXES: list[str] = []
PRISM = bool(os.environ.get("SENDGRID_PRISM_URL"))
WRITES = os.environ.get("SENDGRID_CONTRACT_WRITES", "1") != "0"
RATE_ENV = "SENDGRID_CONTRACT_RATE"
ARGS_ENV = "SENDGRID_CONTRACT_ARGS"
try:  # a bad value fails the run before any request (pytest_collection_modifyitems)
    CONTRACT_ARGS, ARGS_PROBLEM = parse_contract_args(os.environ.get(ARGS_ENV), name=ARGS_ENV), ""
except ValueError as exc:
    CONTRACT_ARGS, ARGS_PROBLEM = {}, str(exc)
# One pacer for the whole run: every live request, retries included, waits its turn.
PACER = Pacer(pace_rate(os.environ.get(RATE_ENV), name=RATE_ENV))
DRIFT_REPORT = Path("contract-fixture-drift.diff")
REPORT = Path("contract-report.md")
_DIFFS: list[str] = []
_RESULTS: list[tuple[str, str, str]] = []


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> str:
    """Replaces the package's fake credentials with the real ones, or skips (the Prism
    verification needs neither: it has its own switch, ``SENDGRID_PRISM_URL``)."""
    if request.node.get_closest_marker("contract_prism"):
        return ""
    if not ENABLED:
        pytest.skip("contract tests: set SENDGRID_CONTRACT=1 (and real credentials) to run")
    if not API_KEY:
        pytest.skip("contract tests: SENDGRID_API_KEY is not set")
    problem = live_key_problem(API_KEY, LIVE_KEY_PREFIXES)
    if problem:
        pytest.fail(problem + "; use a test-mode credential")
    monkeypatch.setenv("SENDGRID_API_KEY", API_KEY)
    return API_KEY


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A malformed ``SENDGRID_CONTRACT_ARGS`` stops an enabled run before any test."""
    if ENABLED and ARGS_PROBLEM:
        raise pytest.UsageError(ARGS_PROBLEM)


@pytest.fixture
def contract_args() -> dict[str, Any]:
    """Path and query arguments of the live reads, by wire name (``SENDGRID_CONTRACT_ARGS``)."""
    return CONTRACT_ARGS


@pytest.fixture
def live_client(credentials: str) -> Iterator[SendGridClient]:
    """The client with the real credentials, every request paced by ``PACER``."""
    with SendGridClient(transport=PacedTransport(PACER)) as client:
        yield client


@pytest.fixture
def write_mode(credentials: str) -> None:
    """Skips a write unless the credential is a test-mode one (live keys already fail
    the run in ``credentials``) and ``SENDGRID_CONTRACT_WRITES`` is not ``0``."""
    if not WRITES:
        pytest.skip("writes turned off (SENDGRID_CONTRACT_WRITES=0)")
    problem = write_mode_problem(credentials, LIVE_KEY_PREFIXES)
    if problem:
        pytest.skip(problem)


@pytest.fixture
def cleanup() -> Iterator[list[Callable[[], object]]]:
    """Register an undo for everything a test creates; all run, newest first, even on failure."""
    undo: list[Callable[[], object]] = []
    yield undo
    for action in reversed(undo):
        try:
            action()
        except Exception as exc:  # report, keep cleaning
            warnings.warn(f"contract cleanup failed: {exc!r}", stacklevel=1)


@pytest.fixture
def fixture_drift() -> list[str]:
    """Diffs between the MockClient's fixtures and real responses, reported at the end."""
    return _DIFFS


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Collect the contract tests' outcomes for ``contract-report.md``."""
    if "tests/contract/" not in report.nodeid.replace("\\", "/"):
        return
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
        _RESULTS.append((report.nodeid, "skipped", str(reason).removeprefix("Skipped: ")))
    elif report.failed:
        message = report.longreprtext.strip().splitlines()
        _RESULTS.append(
            (report.nodeid, "failed", next((m for m in message if m.startswith("E ")), ""))
        )
    elif report.when == "call":
        _RESULTS.append((report.nodeid, "passed", ""))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if (ENABLED or PRISM) and _RESULTS:
        title = "SendGrid contract verification"
        notes = []
        if PACER.requests:
            notes.append(
                f"{PACER.requests} live requests, at most {PACER.rate:g} a second"
                f" ({RATE_ENV}); {PACER.waited:.1f} s spent waiting"
            )
        REPORT.write_text(markdown_report(title, _RESULTS, notes), encoding="utf-8")
        terminalreporter.write_line(f"contract report written to {REPORT}")
    if not _DIFFS:
        return
    DRIFT_REPORT.write_text("\n\n".join(_DIFFS) + "\n", encoding="utf-8")
    terminalreporter.section("fixtures that no longer match real responses")
    for diff in _DIFFS:
        terminalreporter.write_line(diff)
    terminalreporter.write_line(f"(written to {DRIFT_REPORT})")
