"""SendGrid signed Event Webhook: ECDSA P-256 / SHA-256 over ``timestamp + body``.

The signature header is base64 of an ASN.1 DER signature; the verification key is the
base64 DER SubjectPublicKeyInfo shown under Mail Settings (PEM is accepted too).
Needs the ``cryptography`` package, imported when a verifier is built.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import Any

from ._util import (
    Clock,
    b64decode_strict,
    check_tolerance,
    check_window,
    default_clock,
    parse_timestamp,
    require_header,
    secret_list,
)
from .errors import BadSignature, MalformedHeader

__all__ = ["SIGNATURE_HEADER", "TIMESTAMP_HEADER", "SendGridVerifier", "load_public_key"]

SIGNATURE_HEADER = "x-twilio-email-event-webhook-signature"
TIMESTAMP_HEADER = "x-twilio-email-event-webhook-timestamp"


def load_public_key(value: str) -> Any:
    """A P-256 public key from base64 DER (SendGrid's format) or PEM text."""
    from cryptography.hazmat.primitives.asymmetric import ec  # type: ignore[import-not-found,unused-ignore]
    from cryptography.hazmat.primitives.serialization import (  # type: ignore[import-not-found,unused-ignore]
        load_der_public_key,
        load_pem_public_key,
    )

    text = value.strip()
    try:
        if text.startswith("-----BEGIN"):
            key = load_pem_public_key(text.encode("ascii"))
        else:
            key = load_der_public_key(b64decode_strict("".join(text.split())))
    except ValueError:
        raise ValueError("invalid SendGrid public key (expected base64 DER or PEM)") from None
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise ValueError("the SendGrid verification key must be an EC P-256 public key")
    return key


class SendGridVerifier:
    """``sendgrid-ecdsa-p256``. ``secrets`` are public keys (several during rotation).

    The official helper checks no timestamp; this verifier refuses timestamps more
    than ``tolerance`` seconds (default 300) away, past or future (``None`` disables).
    """

    scheme: str = "sendgrid-ecdsa-p256"

    def __init__(
        self,
        secrets: Sequence[str],
        *,
        tolerance: float | None = 300.0,
        now: Clock = default_clock,
    ) -> None:
        from cryptography.exceptions import InvalidSignature  # type: ignore[import-not-found,unused-ignore]
        from cryptography.hazmat.primitives import hashes  # type: ignore[import-not-found,unused-ignore]
        from cryptography.hazmat.primitives.asymmetric import ec  # type: ignore[import-not-found,unused-ignore]

        self._keys: tuple[Any, ...] = tuple(
            load_public_key(k) for k in secret_list(secrets, "public key")
        )
        self._invalid: type[Exception] = InvalidSignature
        self._algorithm: Any = ec.ECDSA(hashes.SHA256())
        self.tolerance = check_tolerance(tolerance)
        self._now = now

    def __repr__(self) -> str:
        return f"<SendGridVerifier keys={len(self._keys)}>"

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        sig_text = require_header(headers, SIGNATURE_HEADER)
        ts = require_header(headers, TIMESTAMP_HEADER)
        timestamp = parse_timestamp(ts, TIMESTAMP_HEADER)
        try:
            signature = b64decode_strict(sig_text)
        except ValueError:
            raise MalformedHeader(SIGNATURE_HEADER) from None
        # Refuse non-canonical base64 (e.g. stray low bits in the last character) so
        # that no other header text maps to the same signature bytes.
        if not signature or base64.b64encode(signature).decode("ascii") != sig_text:
            raise MalformedHeader(SIGNATURE_HEADER)
        message = ts.encode("ascii") + body
        for key in self._keys:
            try:
                key.verify(signature, message, self._algorithm)
            except (self._invalid, ValueError):
                continue
            check_window(timestamp, self.tolerance, self._now)
            return
        raise BadSignature()
