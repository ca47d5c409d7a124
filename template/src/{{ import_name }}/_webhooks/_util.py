"""Small helpers shared by the verifiers: header lookup, timestamps, secrets."""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Callable, Mapping, Sequence

from .errors import MalformedHeader, MissingHeader, StaleTimestamp

Clock = Callable[[], float]

_MAX_TS_DIGITS = 15


def get_header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive lookup; ``name`` must be lower case."""
    value = headers.get(name)
    if value is not None:
        return value
    for key, val in headers.items():
        if key.lower() == name:
            return val
    return None


def require_header(headers: Mapping[str, str], name: str) -> str:
    value = get_header(headers, name)
    if not value:
        raise MissingHeader(name)
    if not value.isascii():
        raise MalformedHeader(name)
    return value


def parse_timestamp(value: str, header: str) -> int:
    """Unix seconds, ASCII digits only (no sign, space, underscore or fraction)."""
    if not (0 < len(value) <= _MAX_TS_DIGITS and value.isascii() and value.isdigit()):
        raise MalformedHeader(header, "invalid timestamp in")
    return int(value)


def check_window(timestamp: int, tolerance: float | None, now: Clock) -> None:
    """Refuse timestamps more than ``tolerance`` seconds in the past or the future."""
    if tolerance is not None and abs(now() - timestamp) > tolerance:
        raise StaleTimestamp()


def check_tolerance(tolerance: float | None) -> float | None:
    if tolerance is not None and not tolerance > 0:
        raise ValueError("tolerance must be a positive number of seconds, or None")
    return tolerance


def secret_list(secrets: Sequence[str] | str, what: str = "secret") -> tuple[str, ...]:
    """Validate the configured secrets (several are allowed for rotation)."""
    if isinstance(secrets, str | bytes):
        raise TypeError(f"pass a sequence of {what}s, e.g. [{what}], not a single string")
    items = tuple(secrets)
    if not items:
        raise ValueError(f"at least one {what} is required")
    for item in items:
        if not isinstance(item, str) or not item:
            raise ValueError(f"every {what} must be a non-empty string")
    return items


def b64decode_strict(value: str) -> bytes:
    """Standard base64 with padding; raises ``ValueError`` on anything else."""
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("invalid base64") from exc


def default_clock() -> float:
    return time.time()
