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

import httpx

__all__ = ["BREAKER_STATE", "end_call_span", "start_call_span", "tracer"]

_UNSET: Any = object()
_trace: Any = _UNSET
_cache: tuple[Any, Any] | None = None  # (provider, tracer) of the last lookup

INSTRUMENTATION_NAME = "integration_runtime"
BREAKER_STATE = "integration.breaker.state"


def _get_trace() -> Any:
    global _trace
    if _trace is _UNSET:
        try:
            _trace = importlib.import_module("opentelemetry.trace")
        except ImportError:
            _trace = None
    return _trace


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


def start_call_span(traced: Any, method: str, url: httpx.URL, route: str | None = None) -> Any:
    """The context manager of a CLIENT span for one logical call (made current), named
    ``METHOD route-template`` so ids never make span names unbounded."""
    template = route or url.path
    attributes: dict[str, str | int] = {
        "http.request.method": method,
        "url.path": url.path,
        "url.template": template,
        "server.address": url.host,
    }
    if url.port is not None:
        attributes["server.port"] = url.port
    return traced.start_as_current_span(
        f"{method} {template}", kind=_get_trace().SpanKind.CLIENT, attributes=attributes
    )


def end_call_span(
    current: Any, attempts: int, status: int | None, error: BaseException | None
) -> None:
    """Record the outcome; the span itself ends when its context manager exits."""
    current.set_attribute("integration.attempts", attempts)
    if attempts > 1:
        current.set_attribute("http.request.resend_count", attempts - 1)
    error_status = getattr(error, "status_code", None)
    if isinstance(error_status, int):
        status = error_status
    if status is not None:
        current.set_attribute("http.response.status_code", status)
    if error is not None:
        current.set_attribute("error.type", type(error).__name__)
