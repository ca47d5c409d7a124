"""AWS Signature Version 4 as an ``httpx.Auth``, and presigned URLs.

httpx runs an auth flow for every ``send``, and the runtime sends once per attempt, so a
retried request is signed again with a fresh ``X-Amz-Date``. The canonical request
follows AWS's specification and botocore's choices (the kit's tests compare both byte
for byte): every header but hop-by-hop ones and ``User-Agent`` is signed; for S3 the
path is signed as sent and ``X-Amz-Content-SHA256`` is always set; for other services
the path is normalised and encoded once more.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import quote, unquote

import httpx

from .auth import _as_secret, _SecretAuth
from .errors import ConfigurationError, MissingCredentialError
from .secrets import Secret

__all__ = [
    "EMPTY_SHA256",
    "UNSIGNED_PAYLOAD",
    "AwsCredentials",
    "PayloadSigning",
    "SigV4Auth",
    "canonical_query",
    "sha256_hex",
]

UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
ALGORITHM = "AWS4-HMAC-SHA256"
MAX_PRESIGN_SECONDS = 7 * 24 * 3600
PayloadSigning = Literal["auto", "hash", "unsigned"]

# What botocore leaves out (SIGNED_HEADERS_BLACKLIST): hop-by-hop headers a proxy may
# change, User-Agent, tracing headers; the Authorization header is being computed.
_UNSIGNED_HEADERS = frozenset(
    {
        "authorization",
        "baggage",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "traceparent",
        "tracestate",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    }
)
_SAFE = "-_.~"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, repr=False)
class AwsCredentials:
    """An access key pair and optional session token (``repr`` hides the secrets)."""

    access_key_id: str
    secret_access_key: Secret
    session_token: Secret | None = None

    def __repr__(self) -> str:
        token = ", session_token=***" if self.session_token else ""
        return f"AwsCredentials(access_key_id={self.access_key_id!r}, secret=***{token})"


def canonical_query(raw_query: str) -> str:
    """The query string in SigV4's canonical form: every name and value percent-encoded
    (``%20`` for a space, only ``-_.~`` left as is), pairs sorted by encoded name, then
    value. A ``+`` in ``raw_query`` is a space (how httpx and HTML forms write one)."""
    if not raw_query:
        return ""
    pairs = []
    for part in raw_query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        name = quote(unquote(name.replace("+", " ")), safe=_SAFE)
        value = quote(unquote(value.replace("+", " ")), safe=_SAFE)
        pairs.append((name, value))
    return "&".join(f"{n}={v}" for n, v in sorted(pairs))


def _remove_dot_segments(path: str) -> str:
    # botocore.utils.remove_dot_segments: empty and "." segments dropped, ".." pops.
    out: list[str] = []
    for segment in path.split("/"):
        if not segment or segment == ".":
            continue
        if segment == "..":
            if out:
                out.pop()
        else:
            out.append(segment)
    first = "/" if path.startswith("/") else ""
    last = "/" if path.endswith("/") and out else ""
    return first + "/".join(out) + last


def _header_value(value: str) -> str:
    return " ".join(value.split())


class SigV4Auth(_SecretAuth):
    """Signs each request (each attempt) with AWS Signature Version 4.

    ``payload``: ``"auto"`` hashes a body held in memory and sends ``UNSIGNED-PAYLOAD``
    for a streamed one (a file uploaded from disk is not read twice); ``"hash"`` refuses
    a streamed body it cannot hash; ``"unsigned"`` never hashes. A request that already
    carries ``X-Amz-Content-SHA256`` (a caller who hashed the part) keeps it. ``clock``
    returns an aware UTC ``datetime`` (tests inject one).
    """

    def __init__(
        self,
        *,
        access_key_id: str,
        secret_access_key: Secret | str,
        region: str,
        service: str = "s3",
        session_token: Secret | str | None = None,
        payload: PayloadSigning = "auto",
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        if not access_key_id:
            raise ConfigurationError("SigV4Auth needs an access key id")
        if not region or not service:
            raise ConfigurationError("SigV4Auth needs a region and a service name")
        if payload not in ("auto", "hash", "unsigned"):
            raise ConfigurationError(f"payload must be auto, hash or unsigned, not {payload!r}")
        token = _as_secret(session_token) if session_token else None
        self.credentials = AwsCredentials(access_key_id, _as_secret(secret_access_key), token)
        self._secret = self.credentials.secret_access_key
        self.region = region
        self.service = service
        self.payload = payload
        self._clock = clock
        self._guard_logs()

    @classmethod
    def from_env(
        cls,
        *,
        region: str | None = None,
        service: str = "s3",
        payload: PayloadSigning = "auto",
        environ: dict[str, str] | None = None,
    ) -> SigV4Auth:
        """Credentials from ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY`` and the
        optional ``AWS_SESSION_TOKEN``; the region from ``region``, else ``AWS_REGION``,
        else ``AWS_DEFAULT_REGION``. A missing variable is named, never a value."""
        env = os.environ if environ is None else environ

        def need(name: str) -> str:
            value = (env.get(name) or "").strip()
            if not value:
                raise MissingCredentialError(
                    f"environment variable {name} is not set (or is empty)", variable=name
                )
            return value

        region = region or (env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or "").strip()
        if not region:
            raise MissingCredentialError(
                "no AWS region: pass region=, or set AWS_REGION (or AWS_DEFAULT_REGION)",
                variable="AWS_REGION",
            )
        return cls(
            access_key_id=need("AWS_ACCESS_KEY_ID"),
            secret_access_key=need("AWS_SECRET_ACCESS_KEY"),
            session_token=(env.get("AWS_SESSION_TOKEN") or "").strip() or None,
            region=region,
            service=service,
            payload=payload,
        )

    def _secret_values(self) -> tuple[str, ...]:
        token = self.credentials.session_token
        values = (self._secret.get_secret_value(),)
        return values + ((token.get_secret_value(),) if token else ())

    def __repr__(self) -> str:
        return (
            f"SigV4Auth(access_key_id={self.credentials.access_key_id!r}, region={self.region!r},"
            f" service={self.service!r}, secret=***)"
        )

    # -- the pieces, public for tests and for callers that sign by hand -----------------

    def canonical_uri(self, raw_path: str) -> str:
        path = raw_path or "/"
        if self.service == "s3":
            return path  # S3 signs the path as sent (keys are encoded once, by the caller)
        return quote(_remove_dot_segments(path) or "/", safe="/~")

    def scope(self, timestamp: str) -> str:
        return f"{timestamp[:8]}/{self.region}/{self.service}/aws4_request"

    def signing_key(self, date: str) -> bytes:
        key = ("AWS4" + self._secret.get_secret_value()).encode()
        for part in (date, self.region, self.service, "aws4_request"):
            key = hmac.new(key, part.encode(), hashlib.sha256).digest()
        return key

    def string_to_sign(self, timestamp: str, canonical_request: str) -> str:
        digest = sha256_hex(canonical_request.encode())
        return f"{ALGORITHM}\n{timestamp}\n{self.scope(timestamp)}\n{digest}"

    def signature(self, timestamp: str, canonical_request: str) -> str:
        key = self.signing_key(timestamp[:8])
        text = self.string_to_sign(timestamp, canonical_request)
        return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()

    def _payload_hash(self, request: httpx.Request) -> str:
        given: str | None = request.headers.get("x-amz-content-sha256")
        if given:
            return given
        if self.payload == "unsigned":
            return UNSIGNED_PAYLOAD
        try:
            content = request.content
        except httpx.RequestNotRead:
            if self.payload == "hash":
                raise ConfigurationError(
                    "payload='hash' cannot hash a streamed body; pass bytes, set"
                    " X-Amz-Content-SHA256 yourself, or use payload='auto'"
                ) from None
            return UNSIGNED_PAYLOAD
        return sha256_hex(content) if content else EMPTY_SHA256

    @staticmethod
    def _split(url: httpx.URL) -> tuple[str, str]:
        path, _, query = url.raw_path.decode("ascii").partition("?")
        return path, query

    def _headers_to_sign(self, request: httpx.Request) -> list[tuple[str, str]]:
        grouped: dict[str, list[str]] = {}
        for name, value in request.headers.multi_items():
            lname = name.lower()
            if lname not in _UNSIGNED_HEADERS:
                grouped.setdefault(lname, []).append(_header_value(value))
        return [(name, ",".join(grouped[name])) for name in sorted(grouped)]

    def canonical_request(self, request: httpx.Request, payload_hash: str) -> tuple[str, str]:
        """``(canonical request, signed header names)`` for a request ready to sign."""
        path, query = self._split(request.url)
        headers = self._headers_to_sign(request)
        signed = ";".join(name for name, _ in headers)
        lines = "".join(f"{name}:{value}\n" for name, value in headers)
        text = "\n".join(
            [
                request.method.upper(),
                self.canonical_uri(path),
                canonical_query(query),
                lines,
                signed,
                payload_hash,
            ]
        )
        return text, signed

    def sign(self, request: httpx.Request) -> httpx.Request:
        """Sign ``request`` in place (the date, token and payload headers are set)."""
        timestamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        _, query = self._split(request.url)
        canonical = canonical_query(query)
        if canonical != query:  # send exactly what is signed (httpx writes "+" for spaces)
            request.url = request.url.copy_with(query=canonical.encode("ascii") or None)
        for name in ("authorization", "x-amz-date", "x-amz-security-token"):
            request.headers.pop(name, None)
        request.headers["X-Amz-Date"] = timestamp
        token = self.credentials.session_token
        if token:
            request.headers["X-Amz-Security-Token"] = token.get_secret_value()
        payload_hash = self._payload_hash(request)
        if self.service == "s3" or payload_hash == UNSIGNED_PAYLOAD:
            request.headers["X-Amz-Content-SHA256"] = payload_hash
        text, signed = self.canonical_request(request, payload_hash)
        signature = self.signature(timestamp, text)
        request.headers["Authorization"] = (
            f"{ALGORITHM} Credential={self.credentials.access_key_id}/{self.scope(timestamp)},"
            f" SignedHeaders={signed}, Signature={signature}"
        )
        return request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        yield self.sign(request)

    def presign(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        expires_in: int = 3600,
        headers: dict[str, str] | None = None,
    ) -> str:
        """A presigned URL: anyone holding it may send ``method`` to ``url`` (with exactly
        ``headers``, which are signed) for ``expires_in`` seconds (1 s to 7 days)."""
        if not 1 <= expires_in <= MAX_PRESIGN_SECONDS:
            raise ConfigurationError("expires_in must be between 1 second and 7 days")
        target = httpx.URL(url)
        timestamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        request = httpx.Request(method.upper(), target)
        # Only Host and the caller's headers are signed (httpx adds Content-Length: 0).
        request.headers = httpx.Headers({"host": request.headers["host"], **(headers or {})})
        signed_headers = ";".join(name for name, _ in self._headers_to_sign(request))
        params = [
            ("X-Amz-Algorithm", ALGORITHM),
            ("X-Amz-Credential", f"{self.credentials.access_key_id}/{self.scope(timestamp)}"),
            ("X-Amz-Date", timestamp),
            ("X-Amz-Expires", str(expires_in)),
            ("X-Amz-SignedHeaders", signed_headers),
        ]
        token = self.credentials.session_token
        if token:
            params.append(("X-Amz-Security-Token", token.get_secret_value()))
        _, query = self._split(target)
        extra = "&".join(f"{quote(n, safe=_SAFE)}={quote(v, safe=_SAFE)}" for n, v in params)
        full = canonical_query(f"{query}&{extra}" if query else extra)
        request.url = target.copy_with(query=full.encode("ascii"))
        payload = UNSIGNED_PAYLOAD if self.service == "s3" else EMPTY_SHA256
        text, _ = self.canonical_request(request, payload)
        signature = self.signature(timestamp, text)
        return str(target.copy_with(query=f"{full}&X-Amz-Signature={signature}".encode("ascii")))
