"""The error raised when provider data does not fit the domain model."""

from __future__ import annotations

__all__ = ["VALUE_EXCERPT_CHARS", "MappingError", "excerpt"]

VALUE_EXCERPT_CHARS = 120


def excerpt(value: object, limit: int = VALUE_EXCERPT_CHARS) -> str:
    """``repr(value)`` cut to ``limit`` characters (provider data can be large)."""
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not hide the real problem
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[:limit] + "…"


class MappingError(ValueError):
    """Provider data does not fit the domain model.

    ``path`` is the JSON path of the offending value in the provider's terms
    (``$.data[3].customer.email``), ``reason`` says what is wrong and ``value`` is a
    truncated ``repr`` of what the provider sent.
    """

    def __init__(self, path: str, reason: str, value: object = None) -> None:
        self.path = path
        self.reason = reason
        self.value = excerpt(value)
        super().__init__(f"{path}: {reason} (provider sent {self.value})")
