"""Base class of generated wire models."""

from __future__ import annotations

import msgspec

__all__ = ["WireModel"]


class WireModel(msgspec.Struct, kw_only=True, omit_defaults=True):
    """msgspec Struct base: keyword-only fields, defaults omitted when encoding, unknown
    fields ignored when decoding (APIs add fields without notice)."""
