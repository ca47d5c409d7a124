"""Optional OpenTelemetry spans: one CLIENT span per logical call.

Used only when ``opentelemetry`` is importable and a tracer provider is configured
(``ClientConfig.tracer_provider``, or the global one set with
``opentelemetry.trace.set_tracer_provider``); otherwise a call costs no tracing work.

A span carries ``http.request.method``, ``url.path`` (never the query string),
``server.address``, ``http.response.status_code``, ``http.request.resend_count``,
``integration.attempts`` and ``integration.breaker.state`` (the breaker's state when
the last attempt was admitted, or ``open`` when it refused the call), and one
``retry`` event per retry with its attempt, wait and reason. A failed call gets
``error.type`` and an error status. No header, query string or secret is recorded.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["tracer"]

_UNSET: Any = object()
_trace: Any = _UNSET
_cache: tuple[Any, Any] | None = None  # (provider, tracer) of the last lookup

INSTRUMENTATION_NAME = "integration_runtime"


def _get_trace() -> Any:
    global _trace
    if _trace is _UNSET:
        try:
            _trace = importlib.import_module("opentelemetry.trace")
        except ImportError:
            _trace = None
    return _trace


def span_kind_client() -> Any:
    return _get_trace().SpanKind.CLIENT


def tracer(provider: Any = None) -> Any | None:
    """The tracer for this call, or ``None`` when there is nothing to report to."""
    global _cache
    trace = _get_trace()
    if trace is None:
        return None
    if provider is None:
        provider = trace.get_tracer_provider()
        if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
            return None  # OpenTelemetry installed but not configured: skip the work
    cache = _cache
    if cache is not None and cache[0] is provider:
        return cache[1]
    found = provider.get_tracer(INSTRUMENTATION_NAME)
    _cache = (provider, found)
    return found
