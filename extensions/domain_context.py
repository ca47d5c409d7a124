"""Render-context values of the domain layer, the MockClient and the contract tests.

Called by ``render_context.build``; everything the templates under
``template/src/{{ import_name }}/`` (domain, mapping, _views, _resources, _protocol,
testing) and ``template/tests/`` print is computed here.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["build"]


def _declaration(
    ctx: dict[str, Any], api: Any, kit_root: Path, answers: ModuleType, dm: ModuleType
) -> tuple[dict[str, Any] | None, bool, str]:
    """The mapping declaration, whether it is the starter, and a problem (or '')."""
    source = str(ctx.get("domain_mapping") or "")
    if source:
        try:
            path = answers.resolve_spec_source(source, kit_root)
        except (FileNotFoundError, ValueError) as exc:
            return None, False, f"domain_mapping: {exc}"
        return dm.load_mapping_file(str(path), kit_root), False, ""
    if str(ctx.get("spec_source") or ""):
        return None, False, ""
    return dm.starter_mapping(api), True, ""


def build(
    ctx: dict[str, Any],
    api: Any,
    kit_root: Path,
    answers: ModuleType,
    cache: dict[str, Any],
    load: Any,
) -> dict[str, Any]:
    dm = load("domain_mapping")
    mocking = load("mocking")
    key = json.dumps(
        [
            "domain",
            id(api),
            ctx.get("domain_mapping"),
            ctx.get("spec_source"),
            ctx.get("live_key_prefixes"),
            ctx["client_class_name"],
        ]
    )
    if key not in cache:
        data, starter, problem = _declaration(ctx, api, kit_root, answers, dm)
        layer = dm.build_domain(api, data, starter=starter)
        if problem:
            layer.warnings.append(problem)
        cache[key] = {
            "domain": layer,
            "resources_module": dm.resource_context(layer),
            "protocol": mocking.protocol_context(api, layer, ctx["client_class_name"]),
            "mock": mocking.mock_context(api, layer, ctx, data),
            "streaming": mocking.stream_context(api),
            "domain_tests": mocking.test_context(api, layer, data),
        }
    result: dict[str, Any] = cache[key]
    return result
