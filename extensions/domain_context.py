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


def _layer(ctx: dict[str, Any], api: Any, kit_root: Path, answers: ModuleType, dm: ModuleType) -> Any:
    source = str(ctx.get("domain_mapping") or "")
    if source:
        try:
            path = answers.resolve_spec_source(source, kit_root)
        except (FileNotFoundError, ValueError) as exc:
            layer = dm.build_domain(api, None)
            layer.warnings.append(f"domain_mapping: {exc}")
            return layer
        return dm.build_domain(api, dm.load_mapping_file(str(path), kit_root))
    if str(ctx.get("spec_source") or ""):
        return dm.build_domain(api, None)
    return dm.build_domain(api, dm.starter_mapping(api), starter=True)


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
    key = json.dumps(["domain", id(api), ctx.get("domain_mapping"), ctx.get("spec_source")])
    if key not in cache:
        layer = _layer(ctx, api, kit_root, answers, dm)
        cache[key] = {
            "domain": layer,
            "resources_sync": dm.resource_source(layer, False),
            "resources_async": dm.resource_source(layer, True),
            "resources_imports": dm.resource_imports(layer),
            "protocol": mocking.protocol_context(api, layer, ctx["client_class_name"]),
            "mock": mocking.mock_context(api, layer, ctx),
        }
    return cache[key]
