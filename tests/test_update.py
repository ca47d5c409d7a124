"""`copier update` across two tagged versions of a throwaway copy of the kit.

The user's edits survive, the template's change arrives, a real conflict is left with
visible markers, and a renamed question keeps its answer through `_migrations`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .helpers import ROOT

pytestmark = pytest.mark.slow

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Kit Test",
    "GIT_AUTHOR_EMAIL": "kit@example.com",
    "GIT_COMMITTER_NAME": "Kit Test",
    "GIT_COMMITTER_EMAIL": "kit@example.com",
}


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def save(repo: Path, message: str, tag: str | None = None) -> None:
    if not (repo / ".git").exists():
        git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    if tag:
        git(repo, "tag", tag)


def kit_copy(dst: Path) -> Path:
    """The kit's tracked and new files (what `git ls-files` sees) in a fresh repository."""
    listed = git(ROOT, "ls-files", "-co", "--exclude-standard", "-z").split("\0")
    for relative in filter(None, listed):
        source = ROOT / relative
        if source.is_file():
            target = dst / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    save(dst, "kit v1", tag="v1.0.0")
    return dst


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def test_update_keeps_user_edits_and_shows_conflicts(tmp_path: Path) -> None:
    """Template v1 → user edits → template v1.1 → update: nothing of the user's is lost."""
    from copier import run_copy, run_update

    kit = kit_copy(tmp_path / "kit")
    project = tmp_path / "acme"
    run_copy(
        src_path=str(kit),
        dst_path=str(project),
        data={"author_email": "me@example.com"},
        defaults=True,
        unsafe=True,
        quiet=True,
        vcs_ref="v1.0.0",
    )
    save(project, "generated")
    pkg = project / "src" / "acme_integration"

    # The user's edits: a domain model, a dependency, notes, and a line the kit also changes.
    (pkg / "domain.py").write_text(
        (pkg / "domain.py").read_text() + "\n\nclass Customer:\n    name: str = ''\n"
    )
    edit(
        project / "pyproject.toml", '"msgspec>=0.18,<1",', '"msgspec>=0.18,<1",\n    "tenacity>=8",'
    )
    (project / "README.md").write_text((project / "README.md").read_text() + "\n## Our notes\n")
    edit(pkg / "_config.py", "DEFAULT_TIMEOUT = 5.0", "DEFAULT_TIMEOUT = 9.0")
    save(project, "user edits")

    # The kit's next version: a changed line, a new file, and a renamed question.
    edit(
        kit / "template" / "src" / "{{ import_name }}" / "_config.py.jinja",
        "DEFAULT_TIMEOUT = {{ timeout | float }}",
        "DEFAULT_TIMEOUT = {{ timeout | float }}  # seconds, per attempt",
    )
    (kit / "template" / "UPGRADED.md").write_text("added in v1.1.0\n")
    for path in [kit / "copier.yml", kit / "template" / "pyproject.toml.jinja"]:
        path.write_text(path.read_text().replace("author_email", "maintainer_email"))
    with (kit / "copier.yml").open("a") as config:
        config.write(
            "\n_migrations:\n"
            "  - version: v1.1.0\n"
            "    when: \"{{ _stage == 'before' }}\"\n"
            '    command: ["{{ _copier_python }}", '
            '"{{ _copier_conf.src_path }}/extensions/migrate_answers.py", '
            "rename, author_email, maintainer_email]\n"
        )
    save(kit, "kit v1.1", tag="v1.1.0")

    run_update(
        dst_path=str(project),
        defaults=True,
        overwrite=True,
        unsafe=True,
        quiet=True,
        vcs_ref="v1.1.0",
    )

    assert (project / "UPGRADED.md").read_text() == "added in v1.1.0\n"
    assert "class Customer:" in (pkg / "domain.py").read_text()
    pyproject = (project / "pyproject.toml").read_text()
    assert '"tenacity>=8",' in pyproject
    assert "me@example.com" in pyproject
    assert "## Our notes" in (project / "README.md").read_text()
    merged = (pkg / "_config.py").read_text()
    assert "<<<<<<<" in merged and ">>>>>>>" in merged, merged[:800]
    assert "DEFAULT_TIMEOUT = 9.0" in merged
    assert "# seconds, per attempt" in merged
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert answers["maintainer_email"] == "me@example.com"
    assert "author_email" not in answers
    assert answers["_commit"] == "v1.1.0"
    assert list(project.rglob("*.rej")) == []


def test_batch_update_reports_a_failure_without_stopping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kit.py batch --update DIR` updates every integration; a broken one fails alone."""
    from copier import run_copy

    from extensions.batch import main as batch_main

    kit = kit_copy(tmp_path / "kit")
    integrations = tmp_path / "integrations"
    good = integrations / "good"
    run_copy(src_path=str(kit), dst_path=str(good), defaults=True, unsafe=True, quiet=True)
    save(good, "generated")
    broken = integrations / "broken"
    broken.mkdir()
    (broken / ".copier-answers.yml").write_text("_src_path: /nowhere\n")
    (kit / "template" / "UPGRADED.md").write_text("new\n")
    save(kit, "kit v1.1", tag="v1.1.0")

    code = batch_main(["--update", str(integrations), "--no-check", "--jobs", "2"])
    out = capsys.readouterr().out
    assert code != 0
    assert (good / "UPGRADED.md").read_text() == "new\n"
    lines = {line.split()[0]: line for line in out.splitlines() if line[:1].isalpha()}
    assert " ok " in lines["good"] and "FAILED" in lines["broken"], out
