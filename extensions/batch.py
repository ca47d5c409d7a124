"""Render many presets at once (or update many integrations) in parallel, then report.

    python3 kit.py batch [PRESET ...] [--out build/batch] [--jobs N] [--no-check]
    python3 kit.py batch --update DIR      # copier update every integration under DIR

One preset's failure is reported and does not stop the others; the exit code is non-zero
when any failed. Progress is printed as each preset finishes, then one table.
"""

from __future__ import annotations

import argparse
import os
import re
import time
import traceback
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from .projects import ROOT, check_project, preset_data, preset_names, render

__all__ = ["Outcome", "main", "run_one"]

_PYTEST_COUNTS = re.compile(r"(\d+) (passed|failed|error|errors)")
_REPORT_KINDS = ("renamed", "fallback", "widened", "dropped")
_REPORT_COUNT = re.compile(r"(\d+) (" + "|".join(_REPORT_KINDS) + r")\b")


def report_counts(project: Path) -> tuple[tuple[str, int], ...]:
    """The counts in the summary line of the project's docs/generation-report.md."""
    path = project / "docs" / "generation-report.md"
    if not path.is_file():
        return ()
    line = next(
        (ln for ln in path.read_text("utf-8").splitlines() if ln.startswith("generation report:")),
        "",
    )
    found = {kind: int(n) for n, kind in _REPORT_COUNT.findall(line.partition(";")[2])}
    return tuple((k, found.get(k, 0)) for k in _REPORT_KINDS)


@dataclass(frozen=True)
class Outcome:
    """What happened to one preset (or one integration, in update mode)."""

    name: str
    ok: bool
    files: int
    seconds: float
    passed: int
    failed: int
    detail: str
    #: counts of the generation report per kind ({"renamed": 3, ...})
    report: tuple[tuple[str, int], ...] = ()


def _counts(pytest_output: str) -> tuple[int, int]:
    passed = failed = 0
    for number, word in _PYTEST_COUNTS.findall(pytest_output):
        if word == "passed":
            passed += int(number)
        else:
            failed += int(number)
    return passed, failed


def run_one(name: str, out: str, check: bool, update: bool) -> Outcome:
    """Render (or update) one project and optionally run its checks; never raises."""
    started = time.perf_counter()
    project = Path(out) / name if not update else Path(out)
    try:
        if update:
            from copier import run_update

            run_update(
                dst_path=str(project), defaults=True, overwrite=True, unsafe=True, quiet=True
            )
        else:
            render(preset_data(name), project)
        files = sum(1 for p in project.rglob("*") if p.is_file() and ".git" not in p.parts)
        passed = failed = 0
        detail = ""
        if check:
            results = check_project(project)
            bad = [step for step, r in results.items() if r.returncode != 0]
            passed, failed = _counts(results["pytest"].stdout)
            detail = ", ".join(bad)
        ok = not detail
    except Exception as exc:  # one preset's failure must not stop the batch
        files, passed, failed, ok = 0, 0, 0, False
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        if os.environ.get("KIT_DEBUG"):
            traceback.print_exc()
    report = report_counts(project) if files else ()
    return Outcome(name, ok, files, time.perf_counter() - started, passed, failed, detail, report)


def _table(outcomes: Sequence[Outcome]) -> str:
    """One row per project; the report columns count docs/generation-report.md's items."""
    head = f"{'preset':<14} {'result':<7} {'files':>5} {'seconds':>8} {'passed':>6} {'failed':>6}"
    head += "".join(f" {k:>8}" for k in _REPORT_KINDS)
    lines = [head, "-" * len(head)]
    for o in sorted(outcomes, key=lambda o: o.name):
        counts = dict(o.report)
        report = "".join(f" {counts[k]:>8}" if k in counts else f" {'-':>8}" for k in _REPORT_KINDS)
        lines.append(
            f"{o.name:<14} {'ok' if o.ok else 'FAILED':<7} {o.files:>5} {o.seconds:>8.1f} "
            f"{o.passed:>6} {o.failed:>6}{report}" + (f"  {o.detail}" if o.detail else "")
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kit.py batch", description=__doc__.splitlines()[0])
    parser.add_argument("presets", nargs="*", help="presets to render (default: all)")
    parser.add_argument("--out", default=str(ROOT / "build" / "batch"), help="output folder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel jobs")
    parser.add_argument("--no-check", action="store_true", help="render only")
    parser.add_argument("--update", metavar="DIR", help="copier update every project in DIR")
    args = parser.parse_args(argv)

    if args.update:
        root = Path(args.update).resolve()
        targets = sorted(p.parent for p in root.glob("*/.copier-answers.yml"))
        jobs = [(str(t.name), str(t), True) for t in targets]
    else:
        names = args.presets or preset_names()
        unknown = sorted(set(names) - {*preset_names(), "defaults"})
        if unknown:
            parser.error(f"unknown presets: {', '.join(unknown)}")
        jobs = [(n, args.out, False) for n in names]
    if not jobs:
        print("nothing to do")
        return 1

    outcomes: list[Outcome] = []
    print(f"{len(jobs)} project(s), {args.jobs} job(s) in parallel", flush=True)
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, n, o, not args.no_check, u) for n, o, u in jobs]
        for done, future in enumerate(as_completed(futures), start=1):
            outcome = future.result()
            outcomes.append(outcome)
            state = "ok" if outcome.ok else f"FAILED {outcome.detail}"
            print(f"[{done}/{len(jobs)}] {outcome.name}: {state} ({outcome.seconds:.1f} s)")
    print(_table(outcomes))
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
