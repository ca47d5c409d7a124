"""A tiny spec-driven provider for the mapping-place tests: two operations, one example.

``list_widgets`` documents an example; ``get_widget`` does not, so it gets an
``get_widget.example`` place. The mapping declares ``Widget.size_cm`` as
``convert: place``: a size whose meaning depends on its sibling ``unit``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["MAPPING", "SPEC", "write"]

_WIDGET = {
    "type": "object",
    "required": ["id", "size"],
    "properties": {
        "id": {"type": "string"},
        "size": {"type": "integer"},
        "unit": {"type": "string", "description": "mm, cm or in"},
    },
}

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Widgetly", "version": "1"},
    "servers": [{"url": "https://api.widgetly.example"}],
    "paths": {
        "/v1/widgets": {
            "get": {
                "operationId": "list_widgets",
                "responses": {
                    "200": {
                        "description": "A page of widgets.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["data"],
                                    "properties": {
                                        "data": {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/Widget"},
                                        }
                                    },
                                },
                                "example": {"data": [{"id": "w_1", "size": 120, "unit": "mm"}]},
                            }
                        },
                    }
                },
            }
        },
        "/v1/widgets/{widget_id}": {
            "get": {
                "operationId": "get_widget",
                "parameters": [
                    {
                        "name": "widget_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "One widget.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    }
                },
            }
        },
    },
    "components": {"schemas": {"Widget": _WIDGET}},
}

MAPPING = """\
models:
  Widget:
    wire: Widget
    fields:
      id: {type: str, read_only: true, required: true, default: ""}
      size_cm: {type: float | None, wire: size, convert: place, needs: unit}
resources:
  widgets:
    model: Widget
    list: {operation: list_widgets, items: data}
    get: {operation: get_widget}
"""


def write(directory: Path) -> dict[str, Any]:
    """The spec and the mapping under ``directory``; the answers that render them."""
    directory.mkdir(parents=True, exist_ok=True)
    spec, mapping = directory / "openapi.json", directory / "mapping.yml"
    spec.write_text(json.dumps(SPEC, indent=2), encoding="utf-8")
    mapping.write_text(MAPPING, encoding="utf-8")
    return {
        "provider_name": "Widgetly",
        "base_url": "https://api.widgetly.example",
        "spec_source": str(spec),
        "operation_selection": "all",
        "domain_mapping": str(mapping),
        "agent_hook": True,
    }
