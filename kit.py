#!/usr/bin/env python3
"""integration-kit's two entry points; each bootstraps its own virtual environment.

    python3 kit.py demo [PRESET]   render a preset (default: the questionnaire's defaults)
                                   into build/PRESET and run the generated project's checks
    python3 kit.py test [ARGS]     run the kit's whole test suite (ARGS go to pytest)
    python3 kit.py batch [...]     render every preset in parallel (see extensions/batch.py)
    python3 kit.py tags            restore the release tags listed in releases.txt

Every command first restores missing release tags from releases.txt (a clone does not
carry tags unless they were pushed), so copier finds the kit's versions for
`copier copy --vcs-ref`, `copier update` and `copier check-update`.

Only python3, pip and git are needed; npm is used when present to install the Prism mock
server for the round-trip tests and @linear/sdk, the Linear webhook verifier oracle.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_PYTHON = VENV / "bin" / "python"


def _say(message: str) -> None:
    print(f"[kit] {message}", flush=True)


def _run(cmd: list[str], **kwargs: object) -> None:
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def _timed(what: str, cmd: list[str], **kwargs: object) -> None:
    """Run a long step between a start line and a done line with its duration."""
    _say(f"{what} ...")
    started = time.monotonic()
    _run(cmd, **kwargs)
    _say(f"{what}: done in {time.monotonic() - started:.0f} s")


def recorded_releases() -> dict[str, str]:
    """``releases.txt``: release tag -> the full commit it names, oldest first."""
    releases: dict[str, str] = {}
    for number, line in enumerate((ROOT / "releases.txt").read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split()
        if len(fields) != 2 or len(fields[1]) != 40:
            msg = f"releases.txt:{number}: expected 'TAG COMMIT' (40 hex digits), got {line!r}"
            raise SystemExit(msg)
        releases[fields[0]] = fields[1]
    return releases


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
    )


def restore_release_tags() -> None:
    """Create each tag of releases.txt that this clone lacks; never move an existing one."""
    if shutil.which("git") is None or _git("rev-parse", "--git-dir").returncode != 0:
        return
    present = set(_git("tag", "--list").stdout.split())
    for tag, commit in recorded_releases().items():
        if tag in present:
            named = _git("rev-parse", f"{tag}^{{commit}}").stdout.strip()
            if named != commit:
                _say(f"tag {tag} names {named[:12]}, releases.txt says {commit[:12]}: left alone")
            continue
        if _git("cat-file", "-e", f"{commit}^{{commit}}").returncode != 0:
            _say(f"release {tag}: commit {commit[:12]} is not in this clone (shallow?); skipped")
            continue
        _git("tag", tag, commit)
        _say(f"restored release tag {tag} -> {commit[:12]} (from releases.txt)")


def bootstrap() -> None:
    """Create .venv with the kit's test dependencies, then re-run this command inside it."""
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not VENV_PYTHON.exists():
        _say(f"creating {VENV.relative_to(ROOT)}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".kit-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        pip = [str(VENV_PYTHON), "-m", "pip", "install", "-q"]
        _timed("upgrading pip", [*pip, "--upgrade", "pip"])
        _timed(
            "installing the kit's dependencies (pip install -e '.[test]')",
            [*pip, "-e", f"{ROOT}[test]"],
        )
        stamp.write_text(wanted)
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(ROOT / "kit.py"), *sys.argv[1:]])  # noqa: S606


NODE_TOOLS = (
    Path("node_modules") / ".bin" / "prism",
    Path("node_modules") / "@linear" / "sdk" / "package.json",
)


def ensure_node_tools() -> None:
    """Install package.json's tools (Prism, @linear/sdk) from npm when npm is available."""
    if all((ROOT / tool).exists() for tool in NODE_TOOLS):
        return
    npm = shutil.which("npm")
    if npm is None:
        _say("npm not found: the Prism round-trip and Linear SDK oracle tests will be skipped")
        return
    _timed(
        "installing the node test tools (npm ci)",
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=ROOT,
    )


def demo(args: list[str]) -> int:
    """Render one preset into build/ and run the generated project's own checks."""
    sys.path.insert(0, str(ROOT))
    from extensions.projects import check_project, install_project, preset_data, render

    name = args[0] if args else "defaults"
    out = ROOT / "build" / name
    _say(f"rendering {name} into {out.relative_to(ROOT)} ...")
    started = time.monotonic()
    render(preset_data(name), out)
    files = sum(1 for p in out.rglob("*") if p.is_file())
    _say(f"rendered {files} files in {time.monotonic() - started:.1f} s")
    _say(f"installing it into {out.name}/.venv (pip install -e '.[dev]') ...")
    started = time.monotonic()
    python = install_project(out)
    _say(f"installed in {time.monotonic() - started:.0f} s")
    _say("running ruff check, ruff format --check, mypy --strict, pytest")
    results = check_project(out, verbose=True, python=python)
    for step, result in results.items():
        _say(f"{step}: {'ok' if result.returncode == 0 else 'FAILED'}")
    return 0 if all(r.returncode == 0 for r in results.values()) else 1


def test(args: list[str]) -> int:
    """Run the kit's whole test suite in parallel on the machine's cores."""
    ensure_node_tools()
    workers = str(min(os.cpu_count() or 1, 4))
    cmd = [str(VENV_PYTHON), "-m", "pytest", "-n", workers, "--dist", "loadgroup", *args]
    _say(" ".join(cmd[2:]))
    started = time.monotonic()
    code = subprocess.run(cmd, cwd=ROOT, check=False).returncode
    minutes, seconds = divmod(time.monotonic() - started, 60)
    _say(f"whole suite: {int(minutes)} min {seconds:.0f} s wall time on {workers} workers")
    return code


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"demo", "test", "batch", "tags"}:
        print(__doc__)
        return 2
    restore_release_tags()
    if sys.argv[1] == "tags":
        return 0
    bootstrap()
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "batch":
        sys.path.insert(0, str(ROOT))
        from extensions.batch import main as batch_main

        return batch_main(rest)
    return demo(rest) if command == "demo" else test(rest)


if __name__ == "__main__":
    sys.exit(main())
