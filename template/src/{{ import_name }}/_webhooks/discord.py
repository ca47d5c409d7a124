"""Discord interactions: Ed25519 over ``X-Signature-Timestamp + body``, and the handshake.

``X-Signature-Ed25519`` is the hex signature; the verification key is the application's
public key (hex) from the Developer Portal. Needs the ``cryptography`` package (already
a dependency of the SendGrid scheme and of the generated dev tools), imported when a
verifier is built.

Discord checks the endpoint with a signed PING (``"type": 1``) that must be answered
``{"type": 1}`` (PONG), and with badly signed requests that must get a 401. Every other
interaction must be answered within 3 s: the ``discord`` preset answers with a deferred
response, and the handler follows up through the interaction token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._util import (
    Clock,
    check_tolerance,
    check_window,
    default_clock,
    parse_timestamp,
    require_header,
    secret_list,
)
from .errors import BadSignature, MalformedHeader

__all__ = [
    "INTERACTION_TYPES",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "DiscordVerifier",
    "discord_event_type",
    "discord_handshake",
    "discord_reply",
    "load_public_key",
]

SIGNATURE_HEADER = "x-signature-ed25519"
TIMESTAMP_HEADER = "x-signature-timestamp"
PING = 1
INTERACTION_TYPES = {
    1: "ping",
    2: "application_command",
    3: "message_component",
    4: "application_command_autocomplete",
    5: "modal_submit",
}
# Deferred answers: "thinking..." for commands and modals, a silent ack for components;
# autocomplete cannot be deferred, so it gets an empty list of choices.
_REPLIES: dict[int, dict[str, Any]] = {
    2: {"type": 5},
    3: {"type": 6},
    4: {"type": 8, "data": {"choices": []}},
    5: {"type": 5},
}
_HEX_SIGNATURE = re.compile(r"[0-9a-f]{128}")


def load_public_key(value: str) -> Any:
    """An Ed25519 public key from the 64 hex digits the Developer Portal shows."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # type: ignore[import-not-found,unused-ignore]

    text = value.strip()
    try:
        raw = bytes.fromhex(text)
    except ValueError:
        raw = b""
    if len(raw) != 32 or len(text) != 64:
        raise ValueError("a Discord public key is 64 hex digits (32 bytes)")
    return Ed25519PublicKey.from_public_bytes(raw)


class DiscordVerifier:
    """``discord-ed25519``. ``secrets`` are public keys (hex; several during rotation).

    The signature must be 128 lower-case hex digits (what Discord sends), so no other
    header text maps to the same signature bytes. ``discord-interactions`` checks no
    timestamp; this verifier refuses timestamps more than ``tolerance`` seconds (default
    300) away, past or future (``None`` disables).
    """

    scheme: str = "discord-ed25519"

    def __init__(
        self,
        secrets: Sequence[str],
        *,
        tolerance: float | None = 300.0,
        now: Clock = default_clock,
    ) -> None:
        from cryptography.exceptions import InvalidSignature  # type: ignore[import-not-found,unused-ignore]

        self._keys: tuple[Any, ...] = tuple(
            load_public_key(k) for k in secret_list(secrets, "public key")
        )
        self._invalid: type[Exception] = InvalidSignature
        self.tolerance = check_tolerance(tolerance)
        self._now = now

    def __repr__(self) -> str:
        return f"<DiscordVerifier keys={len(self._keys)}>"

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        sig_text = require_header(headers, SIGNATURE_HEADER)
        ts = require_header(headers, TIMESTAMP_HEADER)
        timestamp = parse_timestamp(ts, TIMESTAMP_HEADER)
        if _HEX_SIGNATURE.fullmatch(sig_text) is None:
            raise MalformedHeader(SIGNATURE_HEADER)
        signature = bytes.fromhex(sig_text)
        message = ts.encode("ascii") + body
        for key in self._keys:
            try:
                key.verify(signature, message)
            except self._invalid:
                continue
            check_window(timestamp, self.tolerance, self._now)
            return
        raise BadSignature()


def _kind(payload: Any) -> int | None:
    if not isinstance(payload, dict):
        return None
    kind = payload.get("type")
    return kind if isinstance(kind, int) and not isinstance(kind, bool) else None


def discord_event_type(payload: Any, headers: Mapping[str, str]) -> str | None:
    """``application_command``, ``message_component``, ... from the numeric ``type``."""
    kind = _kind(payload)
    return None if kind is None else INTERACTION_TYPES.get(kind, f"type_{kind}")


def discord_handshake(payload: Any) -> dict[str, Any] | None:
    """A verified PING is answered PONG; it reaches no handler and no inbox."""
    return {"type": PING} if _kind(payload) == PING else None


def discord_reply(payload: Any) -> dict[str, Any] | None:
    """The interaction response sent with the 2xx: deferred (see the module docstring)."""
    kind = _kind(payload)
    return None if kind is None else _REPLIES.get(kind)
