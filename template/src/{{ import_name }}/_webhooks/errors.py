"""Errors raised while verifying a webhook delivery.

Every message is a short, fixed description of what was wrong with the request. No
message ever contains a secret, a key or the expected signature, so they are safe to
return to the caller and to log.
"""

from __future__ import annotations

__all__ = [
    "BadSignature",
    "MalformedHeader",
    "MalformedPayload",
    "MissingHeader",
    "SignatureError",
    "StaleTimestamp",
]


class SignatureError(Exception):
    """The delivery could not be authenticated. ``reason`` is safe to show and log."""

    status_code: int = 401

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class MissingHeader(SignatureError):  # noqa: N818
    """A header the scheme needs is absent or empty."""

    status_code = 401

    def __init__(self, header: str) -> None:
        super().__init__(f"missing header {header}")
        self.header = header


class MalformedHeader(SignatureError):  # noqa: N818
    """A signature or timestamp header cannot be parsed."""

    status_code = 400

    def __init__(self, header: str, what: str = "malformed") -> None:
        super().__init__(f"{what} header {header}")
        self.header = header


class MalformedPayload(SignatureError):  # noqa: N818
    """The body cannot be what the scheme signs (e.g. not a form body, empty)."""

    status_code = 400


class BadSignature(SignatureError):  # noqa: N818
    """No configured secret or key produces any of the signatures sent."""

    status_code = 401

    def __init__(self, reason: str = "signature mismatch") -> None:
        super().__init__(reason)


class StaleTimestamp(SignatureError):  # noqa: N818
    """The signed timestamp is outside the tolerance window (past or future)."""

    status_code = 401

    def __init__(self, reason: str = "timestamp outside tolerance") -> None:
        super().__init__(reason)
