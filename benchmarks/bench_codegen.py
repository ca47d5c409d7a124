"""Code generation benchmark: integration-kit's spec layer vs openapi-python-client.

Renders the full GitHub and Stripe specs with ``extensions/ik_spec`` (build_api +
templates + the ``ruff format`` post-render step) and with openapi-python-client 0.29.1
(installed in its own venv, ``build/opc-venv``, so its dependencies cannot clash; its own
``ruff`` post-hooks included), each in a fresh child process, and reports wall time,
peak memory (the child's max RSS) and operations generated vs. in the spec.

Run alone: ``.venv/bin/python benchmarks/bench_codegen.py``.  A common runner imports
``run()`` which returns rows ``{name, value, unit, baseline, ratio, goal}``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT.parent / "shared" / "specs"
OPC_VENV = ROOT / "build" / "opc-venv"
OPC_VERSION = "0.29.1"
TIMEOUT = 1200
CASES = {
    "github": "github_api.github.com.json",
    "stripe": "stripe_spec3_2024-04-10.json",
}

# A child that runs a command and reports its children's peak RSS (KiB on Linux).
_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
elapsed = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": proc.returncode, "seconds": elapsed, "max_rss_kib": rss,
                  "tail": (proc.stdout + proc.stderr)[-2000:]}))
"""

_OURS = """
import importlib.util, json, subprocess, sys
from pathlib import Path
root, spec, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
init = root / "extensions" / "ik_spec" / "__init__.py"
s = importlib.util.spec_from_file_location(
    "ik_bench", init, submodule_search_locations=[str(init.parent)])
m = importlib.util.module_from_spec(s); sys.modules["ik_bench"] = m; s.loader.exec_module(m)
import ik_bench.render as render
api = m.build_api(spec, selection=m.Selection(mode="all"))
files = render.render_package(api, out, client_class_name="Client", import_name="bench_pkg",
                              provider_name="Bench")
subprocess.run([sys.executable, "-m", "ruff", "format", "--isolated", "-q",
                *map(str, files)], check=True)
Path(sys.argv[4]).write_text(json.dumps({"operations": len(api.operations),
    "total": api.total_operations, "degraded": api.degraded}))
"""


def _measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *cmd],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )
    try:
        result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"rc": -1, "seconds": 0.0, "max_rss_kib": 0, "tail": proc.stderr[-2000:]}
    return result


def ensure_opc() -> Path | None:
    """openapi-python-client in its own venv (installed on first use); None if impossible."""
    exe = OPC_VENV / "bin" / "openapi-python-client"
    if exe.is_file():
        return exe
    try:
        subprocess.run([sys.executable, "-m", "venv", str(OPC_VENV)], check=True, timeout=300)
        subprocess.run(
            [
                str(OPC_VENV / "bin" / "pip"),
                "install",
                "-q",
                f"openapi-python-client=={OPC_VERSION}",
            ],
            check=True,
            timeout=900,
        )
    except (subprocess.SubprocessError, OSError):
        return None
    return exe if exe.is_file() else None


def _spec_operations(spec: Path) -> int:
    doc = json.loads(spec.read_text(encoding="utf-8"))
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(1 for item in doc.get("paths", {}).values() for k in item if k in methods)


def bench_ours(spec: Path, work: Path) -> dict[str, object]:
    stats = work / "ours.json"
    result = _measure(
        [sys.executable, "-c", _OURS, str(ROOT), str(spec), str(work / "ours"), str(stats)]
    )
    if result["rc"] == 0:
        result.update(json.loads(stats.read_text(encoding="utf-8")))
    return result


def bench_opc(exe: Path, spec: Path, work: Path) -> dict[str, object]:
    config = work / "opc.yaml"
    config.write_text("literal_enums: true\n", encoding="utf-8")
    out = work / "opc"
    env = dict(os.environ)
    env["PATH"] = f"{exe.parent}{os.pathsep}{env.get('PATH', '')}"
    result = _measure(
        [
            str(exe),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(out),
            "--overwrite",
            "--config",
            str(config),
        ],
        env=env,
    )
    api_dir = next(out.glob("*/api"), None) if out.exists() else None
    ops = 0
    if api_dir is not None:
        ops = sum(1 for p in api_dir.rglob("*.py") if p.name != "__init__.py")
    result["operations"] = ops
    return result


def _row(
    name: str, value: float | None, unit: str, baseline: float | None, goal: str
) -> dict[str, object]:
    ratio = round(value / baseline, 3) if value is not None and baseline else None
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "ratio": ratio,
        "goal": goal,
    }


def run() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    exe = ensure_opc()
    for case, filename in CASES.items():
        spec = SPECS / filename
        if not spec.is_file():
            rows.append(_row(f"codegen_{case}_unavailable", None, "spec missing", None, "-"))
            continue
        total = _spec_operations(spec)
        with tempfile.TemporaryDirectory(prefix=f"bench-{case}-") as tmp:
            work = Path(tmp)
            ours = bench_ours(spec, work)
            opc = bench_opc(exe, spec, work) if exe is not None else None
        ok_ours = ours["rc"] == 0
        ok_opc = opc is not None and opc["rc"] == 0 and int(str(opc["operations"])) > 0
        base_t = float(str(opc["seconds"])) if ok_opc and opc else None
        base_m = round(int(str(opc["max_rss_kib"])) / 1024, 1) if ok_opc and opc else None
        base_ops = float(str(opc["operations"])) if opc is not None else None
        rows.append(
            _row(
                f"codegen_{case}_seconds",
                round(float(str(ours["seconds"])), 2) if ok_ours else None,
                "s",
                round(base_t, 2) if base_t else None,
                "ratio < 1 (faster)",
            )
        )
        rows.append(
            _row(
                f"codegen_{case}_peak_rss",
                round(int(str(ours["max_rss_kib"])) / 1024, 1) if ok_ours else None,
                "MiB",
                base_m,
                "ratio < 1 (less memory)",
            )
        )
        rows.append(
            _row(
                f"codegen_{case}_operations",
                float(str(ours.get("operations", 0))) if ok_ours else None,
                f"of {total} in spec",
                base_ops,
                "= spec total; ratio >= 1",
            )
        )
        if not ok_ours:
            rows.append(
                _row(f"codegen_{case}_ours_error", None, str(ours["tail"])[-300:], None, "-")
            )
        if opc is None:
            rows.append(
                _row(
                    f"codegen_{case}_baseline_unavailable",
                    None,
                    "openapi-python-client could not be installed",
                    None,
                    "-",
                )
            )
        elif not ok_opc:
            rows.append(
                _row(f"codegen_{case}_baseline_failed", None, str(opc["tail"])[-300:], None, "-")
            )
    return rows


def main() -> None:
    rows = run()
    width = max(len(str(r["name"])) for r in rows)
    for r in rows:
        print(
            f"{r['name']:<{width}}  value={r['value']!s:<8} {r['unit']!s:<22}"
            f" baseline={r['baseline']!s:<8} ratio={r['ratio']!s:<6} goal: {r['goal']}"
        )
    shutil.rmtree(ROOT / "build" / "bench-tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
