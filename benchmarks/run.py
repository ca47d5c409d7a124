"""Run every benchmark in this folder and print one table of ratios.

    .venv/bin/python benchmarks/run.py [NAME ...]     # e.g. runtime webhooks codegen render

Each ``bench_<name>.py`` exposes ``run() -> list[dict]`` rows with the keys
name, value, unit, baseline, ratio and goal; baselines are measured in the same run.
"""

from __future__ import annotations

import importlib.util
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 999.5 else f"{value:,.0f}"
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= 72 else text[:69] + "..."


def main(argv: list[str]) -> int:
    wanted = set(argv)
    rows: list[dict[str, object]] = []
    failed = False
    for path in sorted(HERE.glob("bench_*.py")):
        short = path.stem.removeprefix("bench_")
        if wanted and short not in wanted:
            continue
        print(f"[bench] {short} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            module_rows = _load(path).run()
        except Exception:
            traceback.print_exc()
            failed = True
            rows.append({"name": f"{short}: FAILED", "value": None})
            continue
        for row in module_rows:
            rows.append({**row, "name": f"{short}: {row['name']}"})
        print(f"[bench] {short} took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print_table(rows)
    return 1 if failed else 0


def print_table(rows: list[dict[str, object]]) -> None:
    """The one table: name, value, unit, baseline, ratio, goal."""
    columns = ["name", "value", "unit", "baseline", "ratio", "goal"]
    table = [[_fmt(row.get(c)) for c in columns] for row in rows]
    widths = [
        max(len(c), *(len(r[i]) for r in table)) if table else len(c) for i, c in enumerate(columns)
    ]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in table:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
