"""Models of the OpenAI API used by ``client.models`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from .._runtime.models import WireModel

__all__ = [
    "ListModelsResponse",
    "Model",
]


class ListModelsResponse(WireModel, kw_only=True):
    object: str
    data: list[Model]


class Model(WireModel, kw_only=True):
    """Describes an OpenAI model offering that can be used with the API."""

    id: str
    created: int
    object: str
    owned_by: str
    shutdown_date: str | None = None
