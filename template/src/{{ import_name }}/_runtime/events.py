"""Structured events: every retry, give-up, breaker transition and rate-limit wait.

Events go to the stdlib logger ``integration_runtime`` (one line each, ``key=value``
fields; the event itself is attached to the record as ``record.integration_event``)
and, when configured, to ``ClientConfig.event_hook``. Fields never contain secrets,
headers or query strings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

__all__ = ["LOGGER_NAME", "RuntimeEvent", "emit", "logger"]

LOGGER_NAME = "integration_runtime"
logger = logging.getLogger(LOGGER_NAME)

_LEVELS = {
    "request": logging.DEBUG,
    "retry": logging.INFO,
    "give_up": logging.WARNING,
    "breaker_transition": logging.WARNING,
    "breaker_rejected": logging.INFO,
    "rate_limit_wait": logging.INFO,
    "backend_error": logging.WARNING,
    "hook_error": logging.ERROR,
}


@dataclass(frozen=True)
class RuntimeEvent:
    """``name`` is one of ``request``, ``retry``, ``give_up``, ``breaker_transition``,
    ``breaker_rejected``, ``rate_limit_wait``, ``backend_error``; ``fields`` holds
    e.g. ``attempt``, ``wait``, ``reason``, ``method``, ``path``, ``request_id``."""

    name: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def format(self) -> str:
        parts = [self.name]
        parts.extend(f"{key}={_fmt(value)}" for key, value in self.fields.items())
        return " ".join(parts)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, str):
        return value if value and " " not in value and "=" not in value else repr(value)
    return str(value)


def emit(
    name: str,
    hook: Callable[[RuntimeEvent], None] | None,
    **fields: object,
) -> RuntimeEvent:
    """Log the event and pass it to ``hook``; a failing hook is logged, never raised."""
    event = RuntimeEvent(name, dict(fields))
    level = _LEVELS.get(name, logging.INFO)
    if logger.isEnabledFor(level):
        logger.log(level, "%s", event.format(), extra={"integration_event": event})
    if hook is not None:
        try:
            hook(event)
        except Exception as exc:  # a broken hook must not break the call
            logger.error("hook_error event=%s error=%s", name, type(exc).__name__)
    return event
