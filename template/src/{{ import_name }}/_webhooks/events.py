"""The event value passed through the router and the inbox, and field extractors."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

__all__ = [
    "Extractor",
    "PayloadError",
    "WebhookEvent",
    "constant",
    "first_of",
    "header_field",
    "json_field",
    "parse_body",
]

Extractor = Callable[[Any, Mapping[str, str]], str | None]
"""``(payload, lower-cased headers) -> value or None``."""


class PayloadError(ValueError):
    """The verified body is not the expected JSON or form document."""


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One verified delivery (or one item of a batch delivery such as SendGrid's)."""

    provider: str
    id: str
    type: str
    payload: Any
    body: bytes = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)
    received_at: float = 0.0
    attempt: int = 1


def json_field(*path: str) -> Extractor:
    """Read ``payload[path[0]][path[1]]...`` as a string; ``None`` when absent."""

    def extract(payload: Any, headers: Mapping[str, str]) -> str | None:
        value = payload
        for key in path:
            if not isinstance(value, Mapping):
                return None
            value = value.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return None

    return extract


def header_field(name: str) -> Extractor:
    """Read a request header (case-insensitive)."""
    lowered = name.lower()

    def extract(payload: Any, headers: Mapping[str, str]) -> str | None:
        return headers.get(lowered) or None

    return extract


def constant(value: str) -> Extractor:
    def extract(payload: Any, headers: Mapping[str, str]) -> str | None:
        return value

    return extract


def first_of(*extractors: Extractor) -> Extractor:
    def extract(payload: Any, headers: Mapping[str, str]) -> str | None:
        for extractor in extractors:
            value = extractor(payload, headers)
            if value:
                return value
        return None

    return extract


def parse_body(body: bytes, content_type: str | None, body_format: str = "auto") -> Any:
    """JSON, or a form body as ``dict[str, str | list[str]]`` (repeated names -> list)."""
    is_form = body_format == "form" or (
        body_format == "auto"
        and (content_type or "").split(";")[0].strip().lower()
        == "application/x-www-form-urlencoded"
    )
    if is_form:
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError):
            raise PayloadError("invalid form body") from None
        form: dict[str, Any] = {}
        for name, value in pairs:
            if name in form:
                previous = form[name]
                form[name] = (
                    [*previous, value]
                    if isinstance(previous, list)
                    else [
                        previous,
                        value,
                    ]
                )
            else:
                form[name] = value
        return form
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise PayloadError("invalid JSON") from None


def as_batch(payload: Any) -> Sequence[Any]:
    """Explode a JSON array delivery (SendGrid) into its items."""
    if not isinstance(payload, list) or not payload:
        raise PayloadError("expected a non-empty JSON array")
    return payload
