"""Release tags travel: a fresh clone gets its tags back from releases.txt via kit.py.

A clone carries no tags unless they were pushed; `python3 kit.py tags` (and every other
kit.py command, before anything else) recreates the ones releases.txt lists, so copier
finds the kit's versions. The copier half runs the real `copier` CLI as a user would.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .test_update import git, save
from .test_update_from_release import recorded_releases

COPIER = Path(sys.executable).with_name("copier")


def kit_tags(clone: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "kit.py", "tags"],
        cwd=clone,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh clone of the kit with every tag deleted, as from a host that lost them."""
    from .helpers import ROOT

    path = tmp_path_factory.mktemp("clone") / "integration-kit"
    git(ROOT, "clone", "-q", "--no-tags", str(ROOT), str(path))
    for tag in git(path, "tag").split():
        git(path, "tag", "-d", tag)
    return path


def test_kit_py_restores_every_listed_tag_once(clone: Path) -> None:
    releases = recorded_releases()
    assert releases, "releases.txt lists no release"
    first = kit_tags(clone)
    assert set(git(clone, "tag").split()) == set(releases)
    for tag, commit in releases.items():
        assert git(clone, "rev-parse", f"{tag}^{{commit}}").strip() == commit
        assert f"restored release tag {tag}" in first.stdout
    assert kit_tags(clone).stdout == ""  # nothing left to do


def test_a_tag_naming_another_commit_is_left_alone(tmp_path: Path) -> None:
    from .helpers import ROOT

    path = tmp_path / "kit"
    git(ROOT, "clone", "-q", "--no-tags", str(ROOT), str(path))
    tag = next(iter(recorded_releases()))
    git(path, "tag", "-f", tag, "HEAD")
    head = git(path, "rev-parse", "HEAD").strip()
    out = kit_tags(path).stdout
    assert f"tag {tag} names {head[:12]}" in out and "left alone" in out
    assert git(path, "rev-parse", f"{tag}^{{commit}}").strip() == head


def test_a_malformed_releases_line_is_refused_with_its_line(tmp_path: Path) -> None:
    from .helpers import ROOT

    path = tmp_path / "kit"
    git(ROOT, "clone", "-q", "--no-tags", str(ROOT), str(path))
    (path / "releases.txt").write_text("# header\nv9.9.9 deadbeef\n")
    result = subprocess.run(
        [sys.executable, "kit.py", "tags"], cwd=path, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "releases.txt:2: expected 'TAG COMMIT'" in result.stderr


@pytest.mark.slow
def test_copier_sees_the_restored_releases(clone: Path, tmp_path: Path) -> None:
    """copy --vcs-ref at the oldest release, check-update sees a newer tag, update to it."""
    kit_tags(clone)
    oldest = next(iter(recorded_releases()))
    answers = tmp_path / "answers.yml"
    answers.write_text(git(clone, "show", f"{oldest}:presets/slack.yml"))
    project = tmp_path / "slack"
    copier = [str(COPIER)]
    subprocess.run(
        [*copier, "copy", "--trust", "--defaults", "--skip-tasks", "--vcs-ref", oldest,
         "--data-file", str(answers), str(clone), str(project)],
        check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert f"_commit: {oldest}\n" in (project / ".copier-answers.yml").read_text()
    save(project, f"generated at {oldest}")
    git(clone, "tag", "v99.0.0", "HEAD")  # a newer release, as the next tag would be
    try:
        check = subprocess.run(
            [*copier, "check-update", "--output-format", "json"],
            cwd=project, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        assert '"update_available": true' in check.stdout, check.stdout + check.stderr
        assert "99.0.0" in check.stdout
        subprocess.run(
            [*copier, "update", "--trust", "--defaults", "--skip-tasks"],
            cwd=project, check=True, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
    finally:
        git(clone, "tag", "-d", "v99.0.0")
    assert "_commit: v99.0.0\n" in (project / ".copier-answers.yml").read_text()
    assert list(project.rglob("*.rej")) == []
