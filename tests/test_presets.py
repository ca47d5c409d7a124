"""Every preset renders into a project that is green as generated (the heaviest renders).

Each render runs ruff check, ruff format --check, mypy --strict and its own pytest.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extensions.batch import main as batch_main

from .helpers import PRESETS, check_project, failures, preset_data, preset_names, render

pytestmark = pytest.mark.slow


def test_presets_are_complete() -> None:
    """Each preset names its provider, auth, webhook scheme (with webhooks) and a spec,
    operations or the S3 operations."""
    for name in preset_names():
        data = yaml.safe_load((PRESETS / f"{name}.yml").read_text())
        assert data["provider_name"] and data["auth_scheme"], name
        if data.get("webhooks", True):
            assert data["webhook_scheme"], name
        if data.get("spec_source"):
            assert (PRESETS.parent / data["spec_source"]).is_file(), name
        elif data.get("s3_api"):  # the kit's verbatim S3 operations
            assert data["auth_scheme"] == "aws-sigv4", name
        else:
            assert data["operations"], name


def test_presets_record_their_timeouts_and_size_caps(tmp_path: Path) -> None:
    """OpenAI's long reads and large bodies are answers, so ``copier update`` keeps them;
    a preset that sets neither keeps the defaults (5 s, 10 MiB), recorded too."""
    for name, timeout, mib in (("openai", 300.0, 100), ("stripe", 5.0, 10)):
        project = render(preset_data(name), tmp_path / name)
        answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
        assert (answers["timeout"], answers["max_response_mib"]) == (timeout, mib), name
        config = next(project.glob("src/*/_config.py")).read_text()
        assert f"DEFAULT_MAX_RESPONSE_BYTES = {mib} * 1024 * 1024" in config, name


@pytest.mark.parametrize("preset", preset_names())
def test_preset_project_is_green(tmp_path: Path, preset: str) -> None:
    """ruff, ruff format --check, mypy --strict and the project's pytest all pass."""
    project = render(preset_data(preset), tmp_path / preset)
    assert failures(check_project(project)) == ""


def test_batch_renders_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The batch command renders several presets in parallel and prints a table."""
    code = batch_main(["shopify", "twilio", "--no-check", "--jobs", "2", "--out", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert (tmp_path / "shopify" / "pyproject.toml").is_file()
    assert (tmp_path / "twilio" / "pyproject.toml").is_file()
    assert "preset" in out and "shopify" in out and "twilio" in out
    header = next(line for line in out.splitlines() if line.startswith("preset"))
    assert header.split()[-4:] == ["renamed", "fallback", "widened", "dropped"]
    from extensions.batch import report_counts

    counts = dict(report_counts(tmp_path / "twilio"))
    row = next(line for line in out.splitlines() if line.startswith("twilio "))
    assert row.split()[6:10] == [str(counts[k]) for k in header.split()[-4:]]
    assert sum(counts.values()) > 0  # Twilio's spec has renames (AccountSid -> account_sid)


def test_generated_project_installs_in_its_own_venv(tmp_path: Path) -> None:
    """pip install -e '.[dev]' of a render works (a real build backend, resolvable
    dependencies), and the checks pass with only what the project itself declares."""
    from extensions.projects import install_project

    project = render(preset_data("shopify"), tmp_path / "shopify")
    python = install_project(project)
    assert failures(check_project(project, python=python)) == ""
