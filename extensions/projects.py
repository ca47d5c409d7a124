"""Render the kit with copier's API and run a generated project's own checks.

Used by `kit.py`, the batch command and the kit's tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PRESETS = ROOT / "presets"
SHARED_SPECS = Path(os.environ.get("IK_SHARED_SPECS") or ROOT.parent / "shared" / "specs")

__all__ = [
    "PRESETS",
    "ROOT",
    "SHARED_SPECS",
    "check_project",
    "failures",
    "install_project",
    "preset_data",
    "preset_names",
    "render",
]


def preset_names() -> list[str]:
    """The providers in ``presets/`` (files starting with ``_`` are not presets)."""
    return sorted(p.stem for p in PRESETS.glob("*.yml") if not p.name.startswith("_"))


def preset_data(name: str) -> dict[str, Any]:
    """The answers of ``presets/<name>.yml`` (``defaults`` gives none: the questionnaire's)."""
    if name == "defaults":
        return {}
    path = PRESETS / f"{name}.yml"
    if not path.is_file():
        known = preset_names()
        raise SystemExit(f"unknown preset {name!r}; known: defaults, {', '.join(known)}")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def render(data: dict[str, Any], dst: Path, *, src: Path = ROOT, vcs_ref: str = "HEAD") -> Path:
    """``copier copy --trust --defaults`` of the kit (working tree included) into ``dst``."""
    from copier import run_copy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # copier's DirtyLocalWarning for a working tree
        run_copy(
            src_path=str(src),
            dst_path=str(dst),
            data=data,
            defaults=True,
            unsafe=True,
            overwrite=True,
            quiet=True,
            vcs_ref=vcs_ref,
        )
    return dst


def install_project(project: Path) -> Path:
    """A fresh ``project/.venv`` with the project installed (``pip install -e '.[dev]'``)."""
    import venv

    env_dir = project / ".venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "-e", f"{project}[dev]"],
        check=True,
        timeout=900,
    )
    return python


def _mypy_cache() -> list[str]:
    """``--cache-dir`` for mypy when ``IK_MYPY_CACHE_DIR`` names one (the kit's tests).

    mypy's incremental cache checks each module's source hash and options, so one cache
    shared by the renders of one test process stays correct; what it saves is re-reading
    typeshed, httpx and msgspec (about 4 s of a 5 s cold check) for every render.
    """
    cache = os.environ.get("IK_MYPY_CACHE_DIR")
    return ["--cache-dir", cache] if cache else []


def check_project(
    project: Path,
    *,
    verbose: bool = False,
    pytest_args: tuple[str, ...] = (),
    python: Path | None = None,
) -> dict[str, subprocess.CompletedProcess[str]]:
    """Run ruff check, ruff format --check, mypy --strict and pytest inside ``project``.

    The generated package is put on ``PYTHONPATH`` (its dependencies are the kit's test
    dependencies, already installed), so checking a render costs no install.
    """
    env = {**os.environ, "PYTHONPATH": str(project / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    exe = str(python or sys.executable)
    steps = {
        "ruff check": [exe, "-m", "ruff", "check", "--no-cache", "--extend-exclude", ".venv", "."],
        "ruff format": [
            exe,
            "-m",
            "ruff",
            "format",
            "--check",
            "--no-cache",
            "--exclude",
            ".venv",
            ".",
        ],
        "mypy --strict": [exe, "-m", "mypy", "--strict", *_mypy_cache()],
        "pytest": [exe, "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args],
    }
    results: dict[str, subprocess.CompletedProcess[str]] = {}
    for step, cmd in steps.items():
        result = subprocess.run(
            cmd, cwd=project, env=env, capture_output=True, text=True, timeout=900, check=False
        )
        results[step] = result
        if verbose:
            tail = (result.stdout + result.stderr).strip().splitlines()[-15:]
            print(f"--- {step} (exit {result.returncode})", *tail, sep="\n", flush=True)
    return results


def failures(results: dict[str, subprocess.CompletedProcess[str]]) -> str:
    """A readable summary of the steps that failed (empty when all passed)."""
    return "\n".join(
        f"== {step} exited {r.returncode}\n{(r.stdout + r.stderr)[-4000:]}"
        for step, r in results.items()
        if r.returncode != 0
    )
