"""``generic-hmac``: an HMAC over the raw body in a configurable header, with an optional
signed-timestamp window.

The timestamp is either a header whose value is signed ahead of the body
(``"{timestamp}{separator}{body}"``, as Stripe and Slack do) or a numeric field of the
signed JSON body (as Linear does with ``webhookTimestamp``). Without either, no
timestamp is checked (the behaviour before the window existed): deduplicate on the
event id instead, as the inbox does.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from ._keyed import DEFAULT_TOLERANCE, Keyed, utf8_keys
from ._util import (
    Clock,
    check_tolerance,
    default_clock,
    parse_timestamp,
    require_header,
)
from .errors import BadSignature, MalformedHeader, MalformedPayload, StaleTimestamp

__all__ = ["GenericHmacVerifier", "body_timestamp"]

_DIGESTS = ("sha1", "sha256", "sha512")
_UNITS = {"s": 1.0, "ms": 1000.0}


def body_timestamp(body: bytes, field: str) -> float:
    """The JSON number ``field`` of the top-level object in ``body``.

    Raises :class:`MalformedPayload` when the body is not a JSON object, or the field is
    absent, not a number (strings and booleans are refused) or not finite.
    """
    try:
        payload: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise MalformedPayload("invalid JSON") from None
    if not isinstance(payload, dict):
        raise MalformedPayload("expected a JSON object")
    value = payload.get(field)
    if value is None:
        raise MalformedPayload("missing signed timestamp")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise MalformedPayload("invalid signed timestamp")
    return float(value)


class GenericHmacVerifier(Keyed):
    """HMAC over the raw body in a configurable header: ``header`` (e.g.
    ``"X-Signature"``), ``algorithm`` sha1/sha256/sha512, ``encoding`` hex/base64,
    optional ``prefix`` (e.g. ``"sha256="``). Hex is compared in lower case.

    Signed-timestamp window (off unless one source is given):

    * ``timestamp_header``: the header's ASCII digits are signed as
      ``"{ts}{timestamp_separator}{body}"`` (separator default ``"."``);
    * ``timestamp_field``: a JSON number at the top level of the (signed) body.

    ``timestamp_unit`` is ``"s"`` (default) or ``"ms"``; ``tolerance`` (seconds, default
    300 with a source) is checked in both directions against ``now``.
    """

    scheme: str = "generic-hmac"

    def __init__(
        self,
        secrets: Sequence[str],
        *,
        header: str,
        algorithm: Literal["sha1", "sha256", "sha512"] = "sha256",
        encoding: Literal["hex", "base64"] = "hex",
        prefix: str = "",
        timestamp_header: str | None = None,
        timestamp_separator: str = ".",
        timestamp_field: str | None = None,
        timestamp_unit: Literal["s", "ms"] = "s",
        tolerance: float | None = None,
        now: Clock = default_clock,
    ) -> None:
        super().__init__(utf8_keys(secrets))
        if not header:
            raise ValueError("generic-hmac needs the signature header name")
        if algorithm not in _DIGESTS:
            raise ValueError(f"algorithm must be one of {', '.join(_DIGESTS)}")
        if encoding not in ("hex", "base64"):
            raise ValueError("encoding must be 'hex' or 'base64'")
        if timestamp_header and timestamp_field:
            raise ValueError("give timestamp_header or timestamp_field, not both")
        if timestamp_unit not in _UNITS:
            raise ValueError("timestamp_unit must be 's' or 'ms'")
        windowed = bool(timestamp_header or timestamp_field)
        if tolerance is not None and not windowed:
            raise ValueError("tolerance needs timestamp_header or timestamp_field")
        if not timestamp_separator.isascii():
            raise ValueError("timestamp_separator must be ASCII")
        self.header = header.lower()
        self.algorithm = algorithm
        self.encoding = encoding
        self.prefix = prefix
        self.timestamp_header = timestamp_header.lower() if timestamp_header else None
        self.timestamp_separator = timestamp_separator.encode("ascii")
        self.timestamp_field = timestamp_field or None
        self._scale = _UNITS[timestamp_unit]
        window = DEFAULT_TOLERANCE if tolerance is None else tolerance
        check_tolerance(window)
        self.tolerance: float = window
        self._now = now

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        raw = require_header(headers, self.header)
        if not raw.startswith(self.prefix):
            raise MalformedHeader(self.header)
        signed_prefix = b""
        stamp: float | None = None
        if self.timestamp_header is not None:
            ts = require_header(headers, self.timestamp_header)
            stamp = parse_timestamp(ts, self.timestamp_header)
            signed_prefix = ts.encode("ascii") + self.timestamp_separator
        sent = (raw[len(self.prefix) :],)
        if self.encoding == "hex":
            ok = self._match_hex(body, sent, self.algorithm, prefix=signed_prefix)
        else:
            ok = self._match_b64(body, sent, self.algorithm, prefix=signed_prefix)
        if not ok:
            raise BadSignature()
        if self.timestamp_field is not None:  # parsed only once the body is authentic
            stamp = body_timestamp(body, self.timestamp_field)
        if stamp is not None:
            self._check_window(stamp)

    def _check_window(self, stamp: float) -> None:
        """Both directions, compared in the timestamp's own unit (exact for integers)."""
        if abs(self._now() * self._scale - stamp) > self.tolerance * self._scale:
            raise StaleTimestamp()
