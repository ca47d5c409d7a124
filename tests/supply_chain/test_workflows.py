"""Every rendered project's workflows and Dependabot config pass zizmor (offline, default
persona), and the CI matrix agrees with requires-python."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import VARIANTS

pytestmark = pytest.mark.slow

NEWEST_STABLE_MINOR = 15  # Python 3.15: update with template/.github/workflows/ci.yml.jinja
ZIZMOR = str(Path(sys.executable).with_name("zizmor"))


def zizmor(path: Path) -> tuple[int, list[dict[str, Any]]]:
    """zizmor's exit status and findings (JSON) for every workflow and config under path."""
    result = subprocess.run(
        [ZIZMOR, "--offline", "--strict-collection", "--no-progress", "--format", "json", "."],
        cwd=path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    findings: list[dict[str, Any]] = json.loads(result.stdout or "[]")
    return result.returncode, findings


def _workflow(project: Path, name: str) -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load((project / ".github/workflows" / name).read_text())
    return data


@pytest.mark.parametrize("variant", VARIANTS)
def test_zizmor_finds_nothing(project: Path) -> None:
    """No finding at zizmor's default persona in the rendered .github/."""
    code, findings = zizmor(project)
    assert [f["ident"] for f in findings] == [] and code == 0
    names = {p.name for p in (project / ".github/workflows").iterdir()}
    assert names == {"ci.yml", "contract.yml", "release.yml", "template-update.yml"}


@pytest.mark.parametrize("variant", ["stripe"])
def test_zizmor_catches_what_the_template_avoids(project: Path, tmp_path: Path) -> None:
    """The control: the old patterns (a tag ref, persisted credentials, an expansion in
    run:) each produce a finding, so a clean result above means something."""
    shutil.copytree(project / ".github", tmp_path / ".github")
    ci = tmp_path / ".github/workflows/contract.yml"
    text = ci.read_text()
    text = re.sub(r"actions/checkout@[0-9a-f]{40} # v\S+", "actions/checkout@v4", text)
    text = text.replace("\n        with:\n          persist-credentials: false", "")
    text = text.replace('"$SPEC_URL"', '"${{ vars.STRIPE_SPEC_URL }}"')
    ci.write_text(text)
    code, findings = zizmor(tmp_path)
    assert code != 0
    assert {"unpinned-uses", "artipacked", "template-injection"} <= {f["ident"] for f in findings}


@pytest.mark.parametrize("variant", ["stripe"])
def test_every_action_is_pinned_to_a_hash_with_its_version(project: Path) -> None:
    """`uses: owner/repo@<40 hex> # vX.Y.Z`, and one hash per action across workflows."""
    seen: dict[str, set[str]] = {}
    for workflow in (project / ".github/workflows").glob("*.yml"):
        for line in workflow.read_text().splitlines():
            if "uses:" in line:
                match = re.search(r"uses: ([\w./-]+)@([0-9a-f]{40}) # v\d+\.\d+\.\d+$", line)
                assert match, f"{workflow.name}: {line.strip()}"
                seen.setdefault(match[1], set()).add(match[2])
    assert all(len(hashes) == 1 for hashes in seen.values()), seen


@pytest.mark.parametrize("variant", ["stripe", "shopify-agent"])
def test_matrix_agrees_with_requires_python(project: Path) -> None:
    """CI tests every minor from requires-python's lower bound to the newest stable, and
    the classifiers list the same versions."""
    meta = tomllib.loads((project / "pyproject.toml").read_text())["project"]
    low = int(re.fullmatch(r">=3\.(\d+)", meta["requires-python"])[1])  # type: ignore[index]
    expected = [f"3.{m}" for m in range(low, NEWEST_STABLE_MINOR + 1)]
    check = _workflow(project, "ci.yml")["jobs"]["check"]
    assert check["strategy"]["matrix"]["python-version"] == expected
    prefix = "Programming Language :: Python :: "
    assert [c[len(prefix) :] for c in meta["classifiers"] if c.startswith(prefix)] == expected
    assert {"redis", "postgres"} <= set(check["services"])
    setup = next(s for s in check["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip"


@pytest.mark.parametrize("variant", ["stripe"])
def test_update_bot_checks_before_it_pushes_to_one_branch(project: Path) -> None:
    """One stable branch, the checks and the conflict list before the push, the pull
    request edited when one is open, CI dispatched when no separate token is set."""
    job = _workflow(project, "template-update.yml")["jobs"]["update"]
    assert job["env"]["BRANCH"] == "integration-kit/update"
    runs = [step.get("run", "") for step in job["steps"]]
    push = next(i for i, run in enumerate(runs) if "git push" in run)
    checks = next(i for i, run in enumerate(runs) if "mypy && pytest" in run)
    conflicts = next(i for i, run in enumerate(runs) if "<<<<<<<" in run)
    assert checks < push and conflicts < push
    assert "gh pr edit" in runs[push] and "gh workflow run ci.yml" in runs[push]
    assert "run_id" not in json.dumps(job).lower()


def _changelog_script(project: Path) -> str:
    job = _workflow(project, "template-update.yml")["jobs"]["update"]
    run = next(s["run"] for s in job["steps"] if "CHANGELOG.md" in s.get("run", ""))
    text: str = run.split("<<'PY'\n", 1)[1].split("\nPY\n", 1)[0]
    return text


@pytest.mark.parametrize("variant", ["stripe"])
def test_update_bot_adds_a_changelog_entry(project: Path, tmp_path: Path) -> None:
    """The bot's CHANGELOG.md step, run as the workflow runs it, adds one entry under
    Unreleased (and creates that section when a release has consumed it)."""
    script = tmp_path / "entry.py"
    script.write_text(_changelog_script(project))
    shutil.copy(project / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    for old, new in (("v0.1.0", "v0.2.0"), ("v0.2.0", "v0.3.0")):
        subprocess.run([sys.executable, str(script), old, new], cwd=tmp_path, check=True)
    text = (tmp_path / "CHANGELOG.md").read_text()
    unreleased = text.split("## Unreleased\n\n", 1)[1].splitlines()
    assert unreleased[:2] == [
        "- Updated from integration-kit v0.2.0 to v0.3.0 (template-update workflow).",
        "- Updated from integration-kit v0.1.0 to v0.2.0 (template-update workflow).",
    ]
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n## 0.3.0 - 2026-01-01\n\n- x\n")
    subprocess.run([sys.executable, str(script), "v0.3.0", "v0.4.0"], cwd=tmp_path, check=True)
    entry = "- Updated from integration-kit v0.3.0 to v0.4.0 (template-update workflow).\n"
    assert (tmp_path / "CHANGELOG.md").read_text() == (
        f"# Changelog\n\n## Unreleased\n\n{entry}\n## 0.3.0 - 2026-01-01\n\n- x\n"
    )


@pytest.mark.parametrize("variant", ["stripe"])
def test_dependabot_covers_actions_and_pip(project: Path) -> None:
    config = yaml.safe_load((project / ".github/dependabot.yml").read_text())
    assert {u["package-ecosystem"] for u in config["updates"]} == {"github-actions", "pip"}
