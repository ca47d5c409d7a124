"""The real kit: every preset copied at the previous release tag updates cleanly to HEAD.

No `.rej` files, no conflict markers (nobody edited the projects), and the updated
projects are green. Releases come from git tags or, in a clone without them, from
`releases.txt`; skipped only when HEAD is the first release.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .helpers import ROOT, check_project, failures, preset_names
from .test_update import git, save

pytestmark = pytest.mark.slow


def recorded_releases() -> dict[str, str]:
    """``releases.txt``: tag -> commit, for clones that arrived without their tags."""
    releases: dict[str, str] = {}
    for line in (ROOT / "releases.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            tag, commit = line.split()
            releases[tag] = commit
    return releases


def _is_before_head(commit: str) -> bool:
    try:
        head = git(ROOT, "rev-parse", "HEAD").strip()
        if git(ROOT, "rev-parse", f"{commit}^{{commit}}").strip() == head:
            return False
        git(ROOT, "merge-base", "--is-ancestor", commit, "HEAD")
    except subprocess.CalledProcessError:
        return False
    return True


def _previous_release() -> str | None:
    """The newest release tag (or recorded release) that HEAD descends from."""
    try:
        tags = git(ROOT, "tag", "--merged", "HEAD", "--sort=-v:refname", "v*").split()
    except subprocess.CalledProcessError:
        tags = []
    recorded = recorded_releases()
    candidates = tags + [tag for tag in reversed(recorded) if tag not in tags]
    for tag in candidates:
        if _is_before_head(recorded.get(tag, tag)):
            return tag
    return None


PREVIOUS = _previous_release()


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of the kit, its tags restored from releases.txt by ``kit.py tags``."""
    clone = tmp_path_factory.mktemp("kit") / "integration-kit"
    git(ROOT, "clone", "-q", str(ROOT), str(clone))
    subprocess.run([sys.executable, "kit.py", "tags"], cwd=clone, check=True, timeout=60)
    return clone


@pytest.mark.skipif(PREVIOUS is None, reason="no release tag before HEAD to update from")
@pytest.mark.parametrize("preset", preset_names())
def test_preset_updates_from_previous_release(kit: Path, tmp_path: Path, preset: str) -> None:
    """copier copy at the last tag, then copier update to HEAD: clean and green."""
    from copier import run_copy, run_update

    assert PREVIOUS is not None
    try:
        old_answers = git(kit, "show", f"{PREVIOUS}:presets/{preset}.yml")
    except subprocess.CalledProcessError:
        pytest.skip(f"{preset} did not exist at {PREVIOUS}")
    project = tmp_path / preset
    run_copy(
        src_path=str(kit),
        dst_path=str(project),
        data=yaml.safe_load(old_answers),
        defaults=True,
        unsafe=True,
        quiet=True,
        skip_tasks=True,
        vcs_ref=PREVIOUS,
    )
    flat = _argless_flat_method(project)
    if flat is not None:
        _write_user_test(project, flat)
    save(project, f"generated at {PREVIOUS}")
    run_update(
        dst_path=str(project),
        defaults=True,
        overwrite=True,
        unsafe=True,
        quiet=True,
        skip_tasks=True,
        vcs_ref="HEAD",
    )
    assert list(project.rglob("*.rej")) == []
    markers = subprocess.run(
        ["git", "grep", "-l", "-e", "^<<<<<<< "], cwd=project, capture_output=True, text=True
    )
    assert markers.stdout.split() == []
    assert failures(check_project(project)) == ""
    if flat is not None:  # the old flat method still works, and warns naming its successor
        strict = subprocess.run(
            [
                sys.executable,
                "-W",
                "error::DeprecationWarning",
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/test_my_app.py",
            ],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(project / "src")},
        )
        assert strict.returncode != 0
        assert f"{flat}() is deprecated: use client." in strict.stdout, strict.stdout[-2000:]


_FLAT = re.compile(r"\n    def (\w+)\(\n        self,\n(?P<params>(?:        .*\n)*?)    \) ->")


def _argless_flat_method(project: Path) -> str | None:
    """A method of the release's flat client callable without arguments (user code)."""
    client = next(project.glob("src/*/_client.py")).read_text(encoding="utf-8")
    for match in _FLAT.finditer(client):
        params = [p.strip() for p in match["params"].splitlines() if p.strip() not in ("", "*,")]
        if not match[1].startswith(("iter_", "_")) and all("= None" in p for p in params):
            return match[1]
    return None


def _write_user_test(project: Path, method: str) -> None:
    """User code written against the release: one call of a flat method, through the mock."""
    package = next(project.glob("src/*/_client.py")).parent.name
    testing = (project / "src" / package / "testing.py").read_text(encoding="utf-8")
    mock = re.search(r"^class (Mock\w+)\(", testing, re.M)
    assert mock is not None
    (project / "tests" / "test_my_app.py").write_text(
        '"""The team\'s own test, written at the release."""\n\n'
        f"from {package}.testing import {mock[1]}\n\n\n"
        f"def test_my_app_lists() -> None:\n"
        f"    with {mock[1]}() as client:\n"
        f"        client.{method}()\n",
        encoding="utf-8",
    )
