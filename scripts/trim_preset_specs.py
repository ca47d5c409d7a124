"""Rewrite presets/<name>/openapi.json from the full provider specs in ../shared/specs.

    .venv/bin/python scripts/trim_preset_specs.py [NAME ...]

Each snapshot keeps the operations listed in presets/_trim.yml, the webhook payloads
(`webhooks`/`x-webhooks`) of the event type the preset's starter handler takes
(presets/<name>.yml `webhook_scheme`, extensions/webhook_context.py), and the components
they reach, as a valid OpenAPI document (small enough for a mock server to start in seconds).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extensions.hooks import load_sibling  # noqa: E402
from extensions.projects import PRESETS, SHARED_SPECS  # noqa: E402


def _webhook_events(name: str) -> list[str]:
    """The event types the preset's starter handler takes (none without webhooks)."""
    answers = yaml.safe_load((PRESETS / f"{name}.yml").read_text()) or {}
    if not answers.get("webhooks"):
        return []
    return [load_sibling("webhook_context").webhook_setup(answers["webhook_scheme"]).event_type]


def main(names: list[str]) -> int:
    ik_spec = load_sibling("ik_spec")
    plan = yaml.safe_load((PRESETS / "_trim.yml").read_text())
    for name, entry in plan.items():
        if names and name not in names:
            continue
        api = ik_spec.build_api(
            SHARED_SPECS / entry["source"],
            selection=ik_spec.Selection(mode="operation_ids", values=entry["operation_ids"]),
            webhook_events=_webhook_events(name),
        )
        found = {op.operation_id for op in api.operations}
        missing = sorted(set(entry["operation_ids"]) - found)
        if missing:
            print(f"{name}: operations not in the spec: {', '.join(missing)}", file=sys.stderr)
            return 1
        out = PRESETS / name / "openapi.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(api.snapshot, indent=1, ensure_ascii=False) + "\n")
        hooks = sum(len(api.snapshot.get(k) or {}) for k in ("webhooks", "x-webhooks"))
        size = out.stat().st_size
        print(f"{name}: {len(api.operations)} operations, {hooks} webhooks, {size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
