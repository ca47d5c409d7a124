"""Square: ``x-square-hmacsha256-signature`` = base64 HMAC-SHA256 over the notification
URL followed by the raw body, keyed by the subscription's signature key.

The URL is the notification URL exactly as registered with Square. By default it is the
URL the request arrived at (the adapters pass it; behind a proxy give them
``public_base_url``); ``notification_url=`` pins it instead. No timestamp is signed:
deduplicate on ``event_id`` (the ``square`` preset and the inbox do).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ._keyed import Keyed
from ._util import require_header, secret_list
from .errors import BadSignature, MalformedPayload

__all__ = ["SIGNATURE_HEADER", "SquareVerifier"]

SIGNATURE_HEADER = "x-square-hmacsha256-signature"


class SquareVerifier(Keyed):
    """``square-hmac-sha256``; ``secrets`` are signature keys (several during rotation)."""

    scheme: str = "square-hmac-sha256"

    def __init__(self, secrets: Sequence[str], *, notification_url: str | None = None) -> None:
        super().__init__([s.encode("utf-8") for s in secret_list(secrets, "signature key")])
        if notification_url is not None and not notification_url.startswith(
            ("https://", "http://")
        ):
            raise ValueError("notification_url must be the http(s) URL registered with Square")
        self.notification_url = notification_url or None

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        raw = require_header(headers, SIGNATURE_HEADER)
        target = self.notification_url or url
        if not target:
            raise ValueError("Square verification needs the notification URL")
        if not body:  # as Square's helper: an empty body is never a genuine event
            raise MalformedPayload("empty body")
        if not self._match_b64(body, (raw,), prefix=target.encode("utf-8")):
            raise BadSignature()
