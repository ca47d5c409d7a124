"""Print, per spec, how many schema uses degrade to ``Any``/``dict[str, Any]``.

    .venv/bin/python scripts/fallback_table.py [SPEC ...]   (default: ../shared specs)

Columns: operations, models, schema uses (type hints built), fallbacks (count and share
of uses), field renames (Struct attributes whose name differs from the wire name).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extensions.ik_spec import build_api  # noqa: E402

SHARED = Path("/work/shared/specs")


def main(argv: list[str]) -> int:
    specs = [Path(a) for a in argv] or sorted(SHARED.glob("*.*"))
    head = ("ops", "models", "uses", "fallbacks", "share", "renames")
    print(f"{'spec':40} " + " ".join(f"{h:>{max(len(h), 5)}}" for h in head))
    for spec in specs:
        api = build_api(spec)
        renames = sum(f.py_name != f.wire_name for m in api.models for f in m.fields)
        share = api.degraded / api.schema_uses if api.schema_uses else 0.0
        print(
            f"{spec.name:40} {len(api.operations):5} {len(api.models):6} {api.schema_uses:5}"
            f" {api.degraded:9} {share:5.1%} {renames:7}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
