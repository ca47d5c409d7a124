"""Linear: ``Linear-Signature`` = hex HMAC-SHA256 of the raw body, and the body's signed
``webhookTimestamp`` (milliseconds) must be within 60 s of now, past or future.

A port of ``LinearWebhookClient.verify`` from ``@linear/sdk`` (the kit tests it against
the SDK itself through node): the signature is checked first, then the body is parsed
and ``webhookTimestamp`` must be a finite JSON number. The ``Linear-Timestamp`` header
is not signed, and, like the SDK, this verifier ignores it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._util import Clock, default_clock
from .generic import GenericHmacVerifier

__all__ = ["SIGNATURE_HEADER", "TIMESTAMP_FIELD", "LinearVerifier"]

SIGNATURE_HEADER = "linear-signature"
TIMESTAMP_FIELD = "webhookTimestamp"
TOLERANCE = 60.0


class LinearVerifier(GenericHmacVerifier):
    """``linear-hmac-sha256``; ``secrets`` are webhook signing secrets (rotation: several)."""

    scheme: str = "linear-hmac-sha256"

    def __init__(
        self, secrets: Sequence[str], *, tolerance: float = TOLERANCE, now: Clock = default_clock
    ) -> None:
        if tolerance is None:
            raise ValueError("Linear's webhookTimestamp is always checked: give a tolerance")
        super().__init__(
            secrets,
            header=SIGNATURE_HEADER,
            timestamp_field=TIMESTAMP_FIELD,
            timestamp_unit="ms",
            tolerance=tolerance,
            now=now,
        )
