"""Optional OpenTelemetry spans: used only when ``opentelemetry`` is importable."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from typing import Any

__all__ = ["span"]

_UNSET: Any = object()
_tracer: Any = _UNSET


def _get_tracer() -> Any:
    global _tracer
    if _tracer is _UNSET:
        try:
            trace: Any = importlib.import_module("opentelemetry.trace")
        except ImportError:
            _tracer = None
        else:
            _tracer = trace.get_tracer("integration_runtime")
    return _tracer


class _NullSpan:
    def set_attribute(self, key: str, value: object) -> None:
        return None


_NULL = _NullSpan()


@contextlib.contextmanager
def span(name: str, **attributes: str | int | float | bool) -> Iterator[Any]:
    """A client span named ``name`` (attributes never include query strings or headers)."""
    tracer = _get_tracer()
    if tracer is None:
        yield _NULL
        return
    with tracer.start_as_current_span(name, attributes=attributes) as current:
        yield current
