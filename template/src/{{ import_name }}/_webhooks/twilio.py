"""Twilio request signatures (``X-Twilio-Signature``).

Form POST: HMAC over the full URL followed by every POST parameter sorted by name,
``name + value`` (repeated names: each distinct value, sorted, as twilio-python does).
JSON bodies (``bodySHA256`` variant): HMAC over the URL only, whose query carries
``bodySHA256=<hex sha256(body)>``, and the body hash must match too.
The URL is tried as given, with the default port added and with it removed, because
Twilio is inconsistent about ``:443``/``:80``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from ._keyed import Keyed
from ._util import get_header, require_header, secret_list
from .errors import BadSignature, MalformedHeader, MalformedPayload

__all__ = ["TwilioVerifier", "twilio_body_url", "twilio_signed_string"]

SIGNATURE_HEADER = "x-twilio-signature"
SETTINGS_HEADER = "x-twilio-webhooks-signature-settings"
_DEFAULT_PORTS = {"https": 443, "http": 80}
_VARIANTS = {
    "twilio-hmac-sha1": "sha1",
    "twilio-hmac-sha1-bodysha256": "sha1",
    "twilio-hmac-sha256-sharedkey": "sha256",
}


def other_port_form(url: str) -> str | None:
    """The URL with the scheme's default port added (or removed when present)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise MalformedPayload("invalid request URL") from None
    default = _DEFAULT_PORTS.get(parts.scheme)
    if default is None or not parts.netloc:
        return None
    if port is None:
        return urlunsplit(parts._replace(netloc=f"{parts.netloc}:{default}"))
    if port == default:
        return urlunsplit(parts._replace(netloc=parts.netloc.rsplit(":", 1)[0]))
    return None


def form_params(body: bytes) -> list[tuple[str, str]]:
    """``parse_qsl(body, keep_blank_values=True)`` with strict UTF-8, minus its overhead."""
    try:
        text = body.decode("utf-8")
        pairs: list[tuple[str, str]] = []
        for part in text.split("&"):
            if not part:
                continue
            name, _, value = part.partition("=")
            if "%" in part or "+" in part:
                name = unquote_plus(name, errors="strict")
                value = unquote_plus(value, errors="strict")
            pairs.append((name, value))
        return pairs
    except (UnicodeDecodeError, ValueError):
        raise MalformedPayload("invalid form body") from None


def twilio_signed_string(url: str, params: Sequence[tuple[str, str]]) -> str:
    """URL + each parameter name followed by its value, sorted by name then value;
    a repeated identical pair counts once (as twilio-python does)."""
    return url + "".join([name + value for name, value in sorted(set(params))])


def twilio_body_url(url: str, body: bytes) -> str:
    """Append ``bodySHA256=<hex>`` to ``url``, as Twilio does for JSON bodies."""
    digest = hashlib.sha256(body).hexdigest()
    return f"{url}{'&' if urlsplit(url).query else '?'}bodySHA256={digest}"


class TwilioVerifier(Keyed):
    """``twilio-hmac-sha1`` (Auth Token; form bodies, or JSON when the URL carries
    ``bodySHA256``), ``twilio-hmac-sha1-bodysha256`` (JSON only, ``bodySHA256`` required)
    and ``twilio-hmac-sha256-sharedkey`` (Webhooks Rule SharedKey, HMAC-SHA256).

    ``verify`` needs ``url``: the public URL Twilio requested, including the query.
    """

    scheme: str = "twilio-hmac-sha1"

    def __init__(self, secrets: Sequence[str], *, variant: str = "twilio-hmac-sha1") -> None:
        if variant not in _VARIANTS:
            raise ValueError(f"unknown Twilio variant {variant!r}")
        super().__init__([s.encode("utf-8") for s in secret_list(secrets, "auth token")])
        self.variant = variant
        self.scheme = variant
        self.digest = _VARIANTS[variant]

    def __repr__(self) -> str:
        return f"<TwilioVerifier scheme={self.variant!r} secrets={len(self._keys)}>"

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        if url is None:
            raise ValueError("Twilio verification needs the public request URL")
        raw = require_header(headers, SIGNATURE_HEADER)
        if self.digest == "sha256":
            settings = get_header(headers, SETTINGS_HEADER) or ""
            if "algorithm=HMAC_SHA256" not in settings.replace(" ", ""):
                raise MalformedHeader(SETTINGS_HEADER, "missing or unexpected")
        body_hash = None
        if "bodySHA256=" in url:
            query = url.partition("?")[2].partition("#")[0]
            body_hash = [p[11:] for p in query.split("&") if p.startswith("bodySHA256=")] or None
        if body_hash is not None:
            expected = hashlib.sha256(body).hexdigest()
            if len(body_hash) != 1 or not hmac.compare_digest(
                expected.encode(), body_hash[0].encode("utf-8", "replace")
            ):
                raise BadSignature("body hash mismatch")
            params: list[tuple[str, str]] = []
        elif self.variant == "twilio-hmac-sha1-bodysha256":
            raise MalformedPayload("URL has no bodySHA256")
        else:
            params = form_params(body)
        sent = (raw,)
        tail = twilio_signed_string("", params).encode("utf-8") if params else b""
        if self._match_b64(tail, sent, self.digest, prefix=url.encode("utf-8")):
            return
        other = other_port_form(url)
        if other is not None and self._match_b64(
            tail, sent, self.digest, prefix=other.encode("utf-8")
        ):
            return
        raise BadSignature()
