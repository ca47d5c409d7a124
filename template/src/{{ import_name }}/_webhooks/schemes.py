"""Signature verifiers, one per provider scheme, all over the RAW request body bytes.

Each verifier accepts several secrets (rotation), compares with
:func:`hmac.compare_digest`, and raises a :class:`~.errors.SignatureError` subclass
whose message never contains a secret or an expected signature.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from ._keyed import DEFAULT_TOLERANCE, Keyed, utf8_keys
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
from .generic import GenericHmacVerifier

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


@runtime_checkable
class Verifier(Protocol):
    """Checks one delivery; returns ``None`` or raises ``SignatureError``."""

    scheme: str

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None: ...


# --------------------------------------------------------------------------- Stripe


class StripeVerifier(Keyed):
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
        super().__init__(utf8_keys(secrets))
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


class GitHubVerifier(Keyed):
    """``X-Hub-Signature-256: sha256=<hex>`` over the raw body. No timestamp is signed:
    deduplicate on ``X-GitHub-Delivery`` (the router and inbox do)."""

    scheme: str = "github-sha256"
    header = "x-hub-signature-256"

    def __init__(self, secrets: Sequence[str]) -> None:
        super().__init__(utf8_keys(secrets))

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        raw = require_header(headers, self.header)
        if not raw.startswith("sha256="):
            raise MalformedHeader(self.header)
        if not self._match_hex(body, (raw[7:],)):
            raise BadSignature()


# --------------------------------------------------------------------------- Slack


class SlackVerifier(Keyed):
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
        super().__init__(utf8_keys(secrets))
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


class ShopifyVerifier(Keyed):
    """``X-Shopify-Hmac-Sha256: <base64>`` over the raw body, keyed by the client secret.

    Like ``@shopify/shopify-api``, by default also requires the topic, shop-domain,
    API-version and webhook-id headers and a non-empty body. Newer deliveries use the
    unprefixed ``shopify-*`` header names; both are accepted.
    """

    scheme: str = "shopify-hmac-sha256"
    header = "x-shopify-hmac-sha256"

    def __init__(self, secrets: Sequence[str], *, require_metadata: bool = True) -> None:
        super().__init__(utf8_keys(secrets))
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


class StandardWebhooksVerifier(Keyed):
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
        self._header_names = tuple(
            (p + "id", p + "timestamp", p + "signature") for p in self.prefixes
        )

    def _names(self, headers: Mapping[str, str]) -> tuple[str, str, str]:
        """The (id, timestamp, signature) header names of the prefix this delivery uses."""
        names = self._header_names
        if len(names) > 1:
            for candidate in names:
                if get_header(headers, candidate[0]) is not None:
                    return candidate
        return names[-1]

    def verify(self, body: bytes, headers: Mapping[str, str], url: str | None = None) -> None:
        id_name, ts_name, sig_name = self._names(headers)
        msg_id = require_header(headers, id_name)
        ts = require_header(headers, ts_name)
        raw = require_header(headers, sig_name)
        if "." in msg_id:
            raise MalformedHeader(id_name)
        timestamp = parse_timestamp(ts, ts_name)
        if " " not in raw and raw.startswith("v1,"):
            sent: Sequence[str] = (raw[3:],)  # the usual case: one signature
        else:
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


# --------------------------------------------------------------------------- factory


def _twilio(variant: str) -> Callable[..., Verifier]:
    def build(secrets: Sequence[str], **options: Any) -> Verifier:
        from .twilio import TwilioVerifier

        return TwilioVerifier(secrets, variant=variant, **options)

    return build


def _lazy(module: str, name: str) -> Callable[..., Verifier]:
    """A factory importing ``.module`` only when its scheme is used."""

    def build(secrets: Sequence[str], **options: Any) -> Verifier:
        import importlib

        factory: Callable[..., Verifier] = getattr(
            importlib.import_module(f".{module}", __package__), name
        )
        return factory(secrets, **options)

    return build


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
    "sendgrid-ecdsa-p256": _lazy("sendgrid", "SendGridVerifier"),
    "square-hmac-sha256": _lazy("square", "SquareVerifier"),
    "discord-ed25519": _lazy("discord", "DiscordVerifier"),
    "linear-hmac-sha256": _lazy("linear", "LinearVerifier"),
    "generic-hmac": GenericHmacVerifier,
}


def make_verifier(scheme: str, secrets: Sequence[str], **options: Any) -> Verifier:
    """Build the verifier for ``scheme`` (see ``SCHEMES``) with one or more secrets.

    ``options`` are the scheme's keyword arguments, e.g. ``tolerance=300``, ``now=``
    (clock), ``header=``/``algorithm=``/``encoding=``/``prefix=`` and the optional
    ``timestamp_*`` window for ``generic-hmac``, ``notification_url=`` for Square.
    For ``sendgrid-ecdsa-p256`` and ``discord-ed25519`` the "secrets" are public keys
    (SendGrid: base64 DER or PEM; Discord: hex).
    """
    try:
        factory = SCHEMES[scheme]
    except KeyError:
        raise ValueError(
            f"unknown webhook scheme {scheme!r}; known: {', '.join(sorted(SCHEMES))}"
        ) from None
    return factory(secrets, **options)
