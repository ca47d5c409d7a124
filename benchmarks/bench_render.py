"""Seconds to render one preset, and all presets sequentially vs in parallel."""

from __future__ import annotations

import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extensions.projects import preset_data, preset_names, render  # noqa: E402


def _render(name: str, out: str) -> float:
    started = time.perf_counter()
    render(preset_data(name), Path(out) / name)
    return time.perf_counter() - started


def run() -> list[dict[str, object]]:
    names = preset_names()
    with tempfile.TemporaryDirectory() as tmp:
        _render("stripe", f"{tmp}/warm")  # imports and first clone out of the measurement
        single = min(_render("stripe", f"{tmp}/s{i}") for i in range(3))
        started = time.perf_counter()
        for name in names:
            _render(name, f"{tmp}/seq")
        sequential = time.perf_counter() - started
        started = time.perf_counter()
        with ProcessPoolExecutor() as pool:
            list(pool.map(_render, names, [f"{tmp}/par"] * len(names)))
        parallel = time.perf_counter() - started
    return [
        {"name": "render stripe preset", "value": single, "unit": "s", "goal": "< 2 s"},
        {"name": f"render {len(names)} presets sequentially", "value": sequential, "unit": "s"},
        {
            "name": f"render {len(names)} presets in parallel",
            "value": parallel,
            "unit": "s",
            "baseline": sequential,
            "ratio": parallel / sequential,
            "goal": "scales with cores",
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
