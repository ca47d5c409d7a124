"""Optional OpenTelemetry spans: used only when ``opentelemetry`` is importable."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from typing import Any

__all__ = ["span"]

_UNSET: Any = object()
_trace: Any = _UNSET


def _get_trace() -> Any:
    global _trace
    if _trace is _UNSET:
        try:
            _trace = importlib.import_module("opentelemetry.trace")
        except ImportError:
            _trace = None
    return _trace


class _NullSpan:
    def set_attribute(self, key: str, value: object) -> None:
        return None


_NULL = _NullSpan()


@contextlib.contextmanager
def span(name: str, **attributes: str | int | float | bool) -> Iterator[Any]:
    """A client span named ``name`` (attributes never include query strings or headers)."""
    trace = _get_trace()
    if trace is None:
        yield _NULL
        return
    tracer = trace.get_tracer("integration_runtime")
    with tracer.start_as_current_span(
        name, kind=trace.SpanKind.CLIENT, attributes=attributes
    ) as current:
        yield current
