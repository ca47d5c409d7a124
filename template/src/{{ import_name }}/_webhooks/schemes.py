"""Signature verifiers, one per provider scheme, all over the RAW request body bytes.

Each verifier accepts several secrets (rotation), compares with
:func:`hmac.compare_digest`, and raises a :class:`~.errors.SignatureError` subclass
whose message never contains a secret or an expected signature.
"""

from __future__ import annotations

import binascii
import hmac
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Protocol, runtime_checkable

from ._util import (
    Clock,
    b64decode_strict,
    check_tolerance,
    check_window,
    default_clock,
    get_header,
    parse_timestamp,
    require_header,
    secret_list,
)
from .errors import BadSignature, MalformedHeader, MalformedPayload, MissingHeader

__all__ = [
    "SCHEMES",
    "GenericHmacVerifier",
    "GitHubVerifier",
    "ShopifyVerifier",
    "SlackVerifier",
    "StandardWebhooksVerifier",
    "StripeVerifier",
    "Verifier",
    "make_verifier",
    "standard_webhooks_key",
]

DEFAULT_TOLERANCE = 300.0


@runtime_checkable
class Verifier(Protocol):
    """Checks one delivery; returns ``None`` or raises ``SignatureError``."""

    scheme: str

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None: ...


class _Keyed:
    """Holds secrets as pre-keyed HMAC states; never shows them in ``repr``."""

    scheme: str = ""

    def __init__(self, keys: Sequence[bytes]) -> None:
        self._keys: tuple[bytes, ...] = tuple(keys)
        self._bases: dict[str, tuple[hmac.HMAC, ...]] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} scheme={self.scheme!r} secrets={len(self._keys)}>"

    def _macs(self, prefix: bytes, body: bytes, digest: str) -> list[hmac.HMAC]:
        """One finished HMAC per secret over ``prefix + body`` (without copying body).
        The keyed inner/outer states are computed once and copied per request."""
        bases = self._bases.get(digest)
        if bases is None:
            bases = tuple(hmac.new(key, digestmod=digest) for key in self._keys)
            self._bases[digest] = bases
        macs = []
        for base in bases:
            mac = base.copy()
            if prefix:
                mac.update(prefix)
            mac.update(body)
            macs.append(mac)
        return macs

    def _match_hex(
        self, message: bytes, sent: Sequence[str], digest: str = "sha256", prefix: bytes = b""
    ) -> bool:
        found = False
        for mac in self._macs(prefix, message, digest):
            expected = mac.hexdigest()
            for candidate in sent:
                # No early exit: every pair is compared, in constant time each.
                found |= hmac.compare_digest(expected, candidate)
        return found

    def _match_b64(
        self, message: bytes, sent: Sequence[str], digest: str = "sha256", prefix: bytes = b""
    ) -> bool:
        found = False
        for mac in self._macs(prefix, message, digest):
            expected = binascii.b2a_base64(mac.digest(), newline=False).decode("ascii")
            for candidate in sent:
                found |= hmac.compare_digest(expected, candidate)
        return found


def _utf8_keys(secrets: Sequence[str]) -> list[bytes]:
    return [s.encode("utf-8") for s in secret_list(secrets)]


# --------------------------------------------------------------------------- Stripe


class StripeVerifier(_Keyed):
    """``Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>...]``; signs ``"{t}.{body}"``.

    The key is the whole endpoint secret (``whsec_...``) as UTF-8, not base64-decoded.
    Any ``v1`` may match (Stripe sends two during a secret roll); ``v0`` is ignored.
    """

    scheme: str = "stripe-v1"
    header = "stripe-signature"

    def __init__(
        self,
        secrets: Sequence[str],
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: Clock = default_clock,
    ) -> None:
        super().__init__(_utf8_keys(secrets))
        self.tolerance = check_tolerance(tolerance)
        self._now = now

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        raw = require_header(headers, self.header)
        t: str | None = None
        sent: list[str] = []
        for item in raw.split(","):
            key, sep, value = item.partition("=")
            if key == "v1":
                sent.append(value)
            elif key == "t":
                if t is not None or not sep:
                    raise MalformedHeader(self.header)
                t = value
        if t is None:
            raise MalformedHeader(self.header, "no timestamp in")
        timestamp = parse_timestamp(t, self.header)
        if not sent:
            raise BadSignature("no v1 signature")
        if not self._match_hex(body, sent, prefix=t.encode("ascii") + b"."):
            raise BadSignature()
        check_window(timestamp, self.tolerance, self._now)


# --------------------------------------------------------------------------- GitHub


class GitHubVerifier(_Keyed):
    """``X-Hub-Signature-256: sha256=<hex>`` over the raw body. No timestamp is signed:
    deduplicate on ``X-GitHub-Delivery`` (the router and inbox do)."""

    scheme: str = "github-sha256"
    header = "x-hub-signature-256"

    def __init__(self, secrets: Sequence[str]) -> None:
        super().__init__(_utf8_keys(secrets))

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        raw = require_header(headers, self.header)
        if not raw.startswith("sha256="):
            raise MalformedHeader(self.header)
        if not self._match_hex(body, (raw[7:],)):
            raise BadSignature()


# --------------------------------------------------------------------------- Slack


class SlackVerifier(_Keyed):
    """``X-Slack-Signature: v0=<hex>`` over ``"v0:{ts}:{body}"``, with
    ``X-Slack-Request-Timestamp`` checked in both directions."""

    scheme: str = "slack-v0"
    header = "x-slack-signature"
    ts_header = "x-slack-request-timestamp"

    def __init__(
        self,
        secrets: Sequence[str],
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: Clock = default_clock,
    ) -> None:
        super().__init__(_utf8_keys(secrets))
        self.tolerance = check_tolerance(tolerance)
        self._now = now

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        raw = require_header(headers, self.header)
        ts = require_header(headers, self.ts_header)
        timestamp = parse_timestamp(ts, self.ts_header)
        if not raw.startswith("v0="):
            raise MalformedHeader(self.header)
        if not self._match_hex(body, (raw[3:],), prefix=b"v0:" + ts.encode("ascii") + b":"):
            raise BadSignature()
        check_window(timestamp, self.tolerance, self._now)


# --------------------------------------------------------------------------- Shopify

SHOPIFY_METADATA = ("topic", "shop-domain", "api-version", "webhook-id")


class ShopifyVerifier(_Keyed):
    """``X-Shopify-Hmac-Sha256: <base64>`` over the raw body, keyed by the client secret.

    Like ``@shopify/shopify-api``, by default also requires the topic, shop-domain,
    API-version and webhook-id headers and a non-empty body. Newer deliveries use the
    unprefixed ``shopify-*`` header names; both are accepted.
    """

    scheme: str = "shopify-hmac-sha256"
    header = "x-shopify-hmac-sha256"

    def __init__(self, secrets: Sequence[str], *, require_metadata: bool = True) -> None:
        super().__init__(_utf8_keys(secrets))
        self.require_metadata = require_metadata

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        prefix = "x-shopify-"
        raw = get_header(headers, self.header)
        if not raw:
            prefix = "shopify-"
            raw = get_header(headers, "shopify-hmac-sha256")
        if not raw:
            raise MissingHeader(self.header)
        if not raw.isascii():
            raise MalformedHeader(self.header)
        if self.require_metadata:
            for name in SHOPIFY_METADATA:
                if not get_header(headers, prefix + name):
                    raise MissingHeader(prefix + name)
            if not body:
                raise MalformedPayload("empty body")
        if not self._match_b64(body, (raw,)):
            raise BadSignature()


# ------------------------------------------------------------ Standard Webhooks / Svix


def standard_webhooks_key(secret: str) -> bytes:
    """``whsec_<base64>`` (prefix optional, padding optional) to the raw HMAC key."""
    value = secret.removeprefix("whsec_").rstrip("=")
    try:
        key = b64decode_strict(value + "=" * (-len(value) % 4))
    except ValueError:
        raise ValueError("a Standard Webhooks secret must be whsec_ + base64") from None
    if not key:
        raise ValueError("a Standard Webhooks secret must not be empty")
    return key


class StandardWebhooksVerifier(_Keyed):
    """Standard Webhooks (``webhook-id``/``-timestamp``/``-signature``) and Svix
    (``svix-*``): HMAC-SHA256 base64 over ``"{id}.{ts}.{body}"``; the signature header
    is a space-separated list of ``v1,<base64>`` entries (other versions ignored)."""

    scheme: str = "standard-webhooks-v1"
    prefixes: tuple[str, ...] = ("webhook-",)

    def __init__(
        self,
        secrets: Sequence[str],
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: Clock = default_clock,
    ) -> None:
        super().__init__([standard_webhooks_key(s) for s in secret_list(secrets)])
        self.tolerance = check_tolerance(tolerance)
        self._now = now

    def _prefix(self, headers: Mapping[str, str]) -> str:
        if len(self.prefixes) == 1:
            return self.prefixes[0]
        for prefix in self.prefixes:
            if get_header(headers, prefix + "id") is not None:
                return prefix
        return self.prefixes[-1]

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        prefix = self._prefix(headers)
        msg_id = require_header(headers, prefix + "id")
        ts = require_header(headers, prefix + "timestamp")
        raw = require_header(headers, prefix + "signature")
        if "." in msg_id:
            raise MalformedHeader(prefix + "id")
        timestamp = parse_timestamp(ts, prefix + "timestamp")
        sent = [entry[3:] for entry in raw.split(" ") if entry.startswith("v1,")]
        if not sent:
            raise BadSignature("no v1 signature")
        if not self._match_b64(body, sent, prefix=f"{msg_id}.{ts}.".encode("ascii")):
            raise BadSignature()
        check_window(timestamp, self.tolerance, self._now)


class SvixVerifier(StandardWebhooksVerifier):
    """Svix: the Standard Webhooks scheme with ``svix-*`` (or ``webhook-*``) headers."""

    scheme: str = "svix-v1"
    prefixes = ("svix-", "webhook-")


# --------------------------------------------------------------------------- generic

_DIGESTS = ("sha1", "sha256", "sha512")


class GenericHmacVerifier(_Keyed):
    """HMAC over the raw body in a configurable header: ``header`` (e.g.
    ``"Linear-Signature"``), ``algorithm`` sha1/sha256/sha512, ``encoding`` hex/base64,
    optional ``prefix`` (e.g. ``"sha256="``). Hex is compared in lower case."""

    scheme: str = "generic-hmac"

    def __init__(
        self,
        secrets: Sequence[str],
        *,
        header: str,
        algorithm: Literal["sha1", "sha256", "sha512"] = "sha256",
        encoding: Literal["hex", "base64"] = "hex",
        prefix: str = "",
    ) -> None:
        super().__init__(_utf8_keys(secrets))
        if not header:
            raise ValueError("generic-hmac needs the signature header name")
        if algorithm not in _DIGESTS:
            raise ValueError(f"algorithm must be one of {', '.join(_DIGESTS)}")
        if encoding not in ("hex", "base64"):
            raise ValueError("encoding must be 'hex' or 'base64'")
        self.header = header.lower()
        self.algorithm = algorithm
        self.encoding = encoding
        self.prefix = prefix

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        raw = require_header(headers, self.header)
        if not raw.startswith(self.prefix):
            raise MalformedHeader(self.header)
        sent = (raw[len(self.prefix) :],)
        if self.encoding == "hex":
            ok = self._match_hex(body, sent, self.algorithm)
        else:
            ok = self._match_b64(body, sent, self.algorithm)
        if not ok:
            raise BadSignature()


# --------------------------------------------------------------------------- factory


def _twilio(variant: str) -> Callable[..., Verifier]:
    def build(secrets: Sequence[str], **options: Any) -> Verifier:
        from .twilio import TwilioVerifier

        return TwilioVerifier(secrets, variant=variant, **options)

    return build


def _sendgrid(secrets: Sequence[str], **options: Any) -> Verifier:
    from .sendgrid import SendGridVerifier

    return SendGridVerifier(secrets, **options)


SCHEMES: dict[str, Callable[..., Verifier]] = {
    "stripe-v1": StripeVerifier,
    "github-sha256": GitHubVerifier,
    "slack-v0": SlackVerifier,
    "shopify-hmac-sha256": ShopifyVerifier,
    "standard-webhooks-v1": StandardWebhooksVerifier,
    "svix-v1": SvixVerifier,
    "twilio-hmac-sha1": _twilio("twilio-hmac-sha1"),
    "twilio-hmac-sha1-bodysha256": _twilio("twilio-hmac-sha1-bodysha256"),
    "twilio-hmac-sha256-sharedkey": _twilio("twilio-hmac-sha256-sharedkey"),
    "sendgrid-ecdsa-p256": _sendgrid,
    "generic-hmac": GenericHmacVerifier,
}


def make_verifier(scheme: str, secrets: Sequence[str], **options: Any) -> Verifier:
    """Build the verifier for ``scheme`` (see ``SCHEMES``) with one or more secrets.

    ``options`` are the scheme's keyword arguments, e.g. ``tolerance=300``, ``now=``
    (clock), ``header=``/``algorithm=``/``encoding=``/``prefix=`` for ``generic-hmac``.
    For ``sendgrid-ecdsa-p256`` the "secrets" are public keys (base64 DER or PEM).
    """
    try:
        factory = SCHEMES[scheme]
    except KeyError:
        raise ValueError(
            f"unknown webhook scheme {scheme!r}; known: {', '.join(sorted(SCHEMES))}"
        ) from None
    return factory(secrets, **options)
