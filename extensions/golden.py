"""Golden records of rendered presets: what a template change does, as a reviewable diff.

Per preset, ``tests/snapshots/<preset>/`` holds the generated per-provider files in full
and ``MANIFEST`` lists every file with its SHA-256. Files copied verbatim from the kit
(``_runtime/``, ``_webhooks/``, ...) and the spec snapshot are tracked by hash only: they
are the kit's own files, reviewed where they live; so are the hash-locked
``requirements/`` (written by scripts/lock_toolchain.py). Machine-specific answers (``_commit``,
``_src_path``) are left out.

    .venv/bin/python -m extensions.golden --update    # the one way snapshots change
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .projects import ROOT, preset_data, preset_names, render

__all__ = ["SNAPSHOTS", "collect", "compare", "main"]

SNAPSHOTS = ROOT / "tests" / "snapshots"
_VERBATIM_DIRS = {"_runtime", "_webhooks", "_mapping", "_testing", "_tools", "_agent"}
_HASH_ONLY_PARTS = {"external_api_specs", "requirements"}
_VOLATILE_PREFIXES = ("_commit:", "_src_path:")


def _normalise(relative: str, data: bytes) -> bytes:
    if relative == ".copier-answers.yml":
        lines = data.decode().splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith(_VOLATILE_PREFIXES)]
        return "".join(kept).encode()
    return data


def _files(project: Path) -> Iterator[tuple[str, bytes]]:
    for path in sorted(project.rglob("*")):
        if path.is_file() and not {".git", "__pycache__", ".mypy_cache"} & set(path.parts):
            relative = path.relative_to(project).as_posix()
            yield relative, _normalise(relative, path.read_bytes())


def collect(project: Path) -> tuple[str, dict[str, bytes]]:
    """(manifest text, files kept in full) for a rendered project."""
    manifest: list[str] = []
    full: dict[str, bytes] = {}
    for relative, data in _files(project):
        manifest.append(f"{hashlib.sha256(data).hexdigest()}  {relative}")
        parts = set(relative.split("/"))
        if not (parts & _VERBATIM_DIRS or parts & _HASH_ONLY_PARTS):
            full[relative] = data
    return "\n".join(manifest) + "\n", full


def _write(preset: str, project: Path) -> None:
    manifest, full = collect(project)
    target = SNAPSHOTS / preset
    shutil.rmtree(target, ignore_errors=True)
    for relative, data in full.items():
        out = target / "files" / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    (target / "MANIFEST").write_text(manifest)


def compare(preset: str, project: Path) -> list[str]:
    """Differences between a fresh render and the stored snapshot (empty when equal)."""
    target = SNAPSHOTS / preset
    if not (target / "MANIFEST").is_file():
        return [f"no snapshot for {preset}: run python -m extensions.golden --update"]
    manifest, full = collect(project)
    want = dict(_pairs((target / "MANIFEST").read_text()))
    have = dict(_pairs(manifest))
    problems = [f"new file: {p}" for p in sorted(have.keys() - want.keys())]
    problems += [f"missing file: {p}" for p in sorted(want.keys() - have.keys())]
    for path in sorted(have.keys() & want.keys()):
        if have[path] != want[path]:
            stored = target / "files" / path
            detail = ""
            if stored.is_file() and path in full:
                detail = _first_difference(stored.read_bytes(), full[path])
            problems.append(f"changed: {path}{detail}")
    return problems


def _pairs(text: str) -> Iterator[tuple[str, str]]:
    for line in text.splitlines():
        digest, _, path = line.partition("  ")
        yield path, digest


def _first_difference(old: bytes, new: bytes) -> str:
    old_lines, new_lines = old.decode().splitlines(), new.decode().splitlines()
    for number, (a, b) in enumerate(zip(old_lines, new_lines, strict=False), start=1):
        if a != b:
            return f" (line {number}: {a.strip()[:80]!r} -> {b.strip()[:80]!r})"
    return f" ({len(old_lines)} -> {len(new_lines)} lines)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="check or refresh the golden snapshots")
    parser.add_argument("presets", nargs="*", help="default: all")
    parser.add_argument("--update", action="store_true", help="rewrite the snapshots")
    args = parser.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for preset in args.presets or preset_names():
            project = render(preset_data(preset), Path(tmp) / preset)
            if args.update:
                _write(preset, project)
                print(f"{preset}: snapshot written")
                continue
            problems = compare(preset, project)
            failed = failed or bool(problems)
            print(f"{preset}: {'ok' if not problems else 'DIFFERS'}", *problems, sep="\n  ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
