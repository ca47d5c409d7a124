"""Whole ``copier copy`` and ``copier update`` processes, as a user runs them.

Each measurement is one ``copier`` command line in a fresh process (interpreter start,
imports, git clone of the template, render, tasks), against a fresh clone of the kit
with its release tags restored by ``kit.py tags``. The baseline is the same command on a
one-file template (and its answers file) in the same run, so the ratio is what the kit itself costs.
Goals (issue 18): a preset copies in under 2 s, updates in under 5 s.

The kit keeps compiled templates and other content-keyed results in a user cache dir
(docs/design.md, "Render speed"); here it is ``INTEGRATION_KIT_CACHE_DIR`` in the run's
temp dir. The first round measures each kit command with an empty cache of its own (a
first run, or after the kit changed), the later rounds with the cache the earlier
commands filled (the usual case); the goals hold for the warm rows. Wall time is what a
user waits; the CPU-time rows (the process and everything it ran) barely move when other
work shares the machine, so they compare runs on a busy one.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIER = Path(sys.executable).with_name("copier")
PRESET = "stripe"
ROUNDS = 4
GIT_ENV = {
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.invalid",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.invalid",
}


def _git(cwd: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


Timing = tuple[float, float]  # (wall seconds, CPU seconds of the process and its children)


def _timed(cmd: list[str], cwd: Path, cache: Path | None = None) -> Timing:
    env = {**os.environ}
    if cache is not None:
        env["INTEGRATION_KIT_CACHE_DIR"] = str(cache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{result.stderr[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def _commit(repo: Path, message: str, tag: str | None = None) -> None:
    if not (repo / ".git").exists():
        _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message)
    if tag:
        _git(repo, "tag", tag)


def _one_file_template(root: Path) -> Path:
    """A template of one file and one question, tagged v1 and v2."""
    tpl = root / "one-file"
    tpl.mkdir()
    (tpl / "copier.yml").write_text("name:\n  type: str\n  default: world\n")
    (tpl / "hello.txt.jinja").write_text("hello {{ name }}\n")
    answers = "{{ _copier_conf.answers_file }}.jinja"  # what copier update needs
    (tpl / answers).write_text("{{ _copier_answers | to_nice_yaml }}")
    _commit(tpl, "v1", "v1.0.0")
    (tpl / "hello.txt.jinja").write_text("hello, {{ name }}!\n")
    _commit(tpl, "v2", "v2.0.0")
    return tpl


def _copy(src: Path, dst: Path, *extra: str) -> list[str]:
    return [str(COPIER), "copy", "--trust", "--defaults", "--quiet", *extra, str(src), str(dst)]


def _update() -> list[str]:
    return [str(COPIER), "update", "--trust", "--defaults", "--quiet"]


def _copy_then_update(
    src: Path, dst: Path, old: str, caches: tuple[Path, Path], *extra: str
) -> tuple[Timing, Timing]:
    """(seconds to copy at HEAD, seconds to update a copy made at ``old`` to HEAD), the
    copy with the kit cache ``caches[0]``, the update with ``caches[1]``."""
    dst.mkdir(parents=True)
    # --vcs-ref HEAD: without it copier copies the newest release tag, not the checkout
    head_copy = _timed(_copy(src, dst / "head", "--vcs-ref", "HEAD", *extra), dst, caches[0])
    _timed(_copy(src, dst / "old", "--vcs-ref", old, *extra), dst, caches[0])
    _commit(dst / "old", f"generated at {old}")
    update = _timed([*_update(), "--vcs-ref", "HEAD"], dst / "old", caches[1])
    return head_copy, update


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        baseline_tpl = _one_file_template(root)
        kit = root / "integration-kit"
        _git(ROOT, "clone", "-q", str(ROOT), str(kit))
        subprocess.run([sys.executable, "kit.py", "tags"], cwd=kit, check=True)
        releases = _git(kit, "tag", "--list", "v*", "--sort=v:refname").split()
        old = releases[-1] if releases else "HEAD"
        data = ["--data-file", str(kit / "presets" / f"{PRESET}.yml")]
        timings: dict[str, list[Timing]] = {
            "base copy": [],
            "base update": [],
            "copy": [],
            "update": [],
        }
        warm = root / "cache"
        for i in range(ROUNDS):
            out = root / f"round{i}"
            caches = (out / "cache-copy", out / "cache-update") if i == 0 else (warm, warm)
            b = _copy_then_update(baseline_tpl, out / "baseline", "v1.0.0", caches)
            k = _copy_then_update(kit, out / "kit", old, caches, *data)
            for name, timing in zip(timings, (*b, *k), strict=True):
                timings[name].append(timing)
    update = f"copier update {PRESET} {old} -> HEAD"
    rows = [
        (f"copier copy {PRESET} (whole process)", "copy", 0, "< 2 s"),
        (f"{update} (whole process)", "update", 0, "< 5 s"),
        (f"copier copy {PRESET}, CPU time", "copy", 1, ""),
        (f"{update}, CPU time", "update", 1, ""),
    ]
    out_rows = [
        _row(name, timings[kind][1:], timings[f"base {kind}"], i, goal)
        for name, kind, i, goal in rows
    ]
    for kind, name in (("copy", f"copier copy {PRESET}"), ("update", update)):
        out_rows.append(
            _row(f"{name}, empty kit cache", timings[kind][:1], timings[f"base {kind}"], 0, "")
        )
    return out_rows


def _row(
    name: str, kit: list[Timing], base: list[Timing], index: int, goal: str
) -> dict[str, object]:
    """One table row: the best kit timing against the best baseline one (wall or CPU)."""
    value, baseline = min(t[index] for t in kit), min(t[index] for t in base)
    return {
        "name": name,
        "value": value,
        "unit": "s",
        "baseline": baseline,
        "ratio": value / baseline,
        "goal": goal,
    }


if __name__ == "__main__":
    for row in run():
        print(row)
