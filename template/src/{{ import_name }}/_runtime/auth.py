"""Authentication schemes as ``httpx.Auth`` flows; credentials are held in :class:`Secret`."""

from __future__ import annotations

import base64
import logging
import threading
from collections import OrderedDict
from collections.abc import Generator, Mapping

import httpx

from .errors import ConfigurationError
from .secrets import Secret, secret_forms

__all__ = [
    "CREDENTIAL_NAMES",
    "BasicAuth",
    "BearerAuth",
    "HeaderKeyAuth",
    "NoAuth",
    "QueryKeyAuth",
    "guard_credentials",
    "secret_values",
]

NoAuth = None
"""No authentication: pass ``NoAuth`` (that is, ``None``) as the client's ``auth``."""


class _RedactingFilter(logging.Filter):
    """Scrubs registered secret values from records of the ``httpx`` logger, which logs
    every request URL (and so a key sent as a query parameter) at INFO level.

    The auths' own secrets are kept for the life of the process; values passed per call
    (:func:`guard_credentials`) are kept in a bounded most-recent set: each call registers
    its values again before it sends anything, so the values of the calls in flight are
    always present, and a process serving many users' tokens does not grow without end.
    """

    RECENT = 1024

    def __init__(self) -> None:
        super().__init__()
        self._pinned: set[str] = set()
        self._recent: OrderedDict[str, None] = OrderedDict()
        self._ordered: tuple[str, ...] = ()  # longest first; replaced whole, read lock-free
        self._lock = threading.Lock()

    def register(self, value: str, *, transient: bool = False) -> None:
        forms = secret_forms(value)
        with self._lock:
            changed = False
            for form in forms:
                if transient and form not in self._pinned:
                    changed |= form not in self._recent
                    self._recent[form] = None
                    self._recent.move_to_end(form)
                elif form not in self._pinned:
                    self._pinned.add(form)
                    self._recent.pop(form, None)
                    changed = True
            while len(self._recent) > self.RECENT:
                self._recent.popitem(last=False)
                changed = True
            if changed:
                values = self._pinned | self._recent.keys()
                self._ordered = tuple(sorted(values, key=len, reverse=True))

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._ordered
        if not secrets:
            return True
        message = record.getMessage()
        redacted = message
        for value in secrets:
            if value in redacted:
                redacted = redacted.replace(value, "***")
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


_httpx_filter = _RedactingFilter()
# A logger's filters see only records logged to that very logger, so each is named.
for _name in (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
):
    logging.getLogger(_name).addFilter(_httpx_filter)


#: Header and query parameter names (lower case) whose value is a credential: a value a
#: call sends under one of them (Slack's ``token`` header or query parameter, passed
#: explicitly) is scrubbed from the httpx and httpcore logs like the auth's own secret.
CREDENTIAL_NAMES = frozenset(
    {"authorization", "proxy-authorization", "token", "access_token", "api_key", "apikey"}
    | {"x-api-key", "api-key", "x-auth-token"}
)


def guard_credentials(headers: Mapping[str, str], params: Mapping[str, object] | None) -> None:
    """Register the values sent under :data:`CREDENTIAL_NAMES` with the log filter."""
    items = [*headers.items(), *(params or {}).items()]
    for name, value in items:
        if name.lower() in CREDENTIAL_NAMES and isinstance(value, str) and len(value) >= 4:
            value = value.removeprefix("Bearer ").removeprefix("Basic ")
            _httpx_filter.register(value, transient=True)


def _as_secret(value: Secret | str) -> Secret:
    if isinstance(value, Secret):
        return value
    if isinstance(value, str):
        return Secret(value)
    raise ConfigurationError("credentials must be a Secret or a str")


class _SecretAuth(httpx.Auth):
    _secret: Secret

    def _secret_values(self) -> tuple[str, ...]:
        return (self._secret.get_secret_value(),)

    def _guard_logs(self) -> None:
        """Scrub this auth's secrets, in every form, from httpx and httpcore log records
        (httpx logs URLs at INFO, httpcore the response headers at DEBUG)."""
        for value in self._secret_values():
            _httpx_filter.register(value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(***)"


class BearerAuth(_SecretAuth):
    """``Authorization: Bearer <secret>``."""

    def __init__(self, secret: Secret | str) -> None:
        self._secret = _as_secret(secret)
        self._guard_logs()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {self._secret.get_secret_value()}"
        yield request


class BasicAuth(_SecretAuth):
    """HTTP Basic: ``Authorization: Basic base64(username:secret)`` (Stripe, Twilio)."""

    def __init__(self, username: str, secret: Secret | str) -> None:
        self.username = username
        self._secret = _as_secret(secret)
        self._guard_logs()

    def _token(self) -> str:
        raw = f"{self.username}:{self._secret.get_secret_value()}".encode()
        return base64.b64encode(raw).decode("ascii")

    def _secret_values(self) -> tuple[str, ...]:
        return (self._secret.get_secret_value(), self._token())

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Basic {self._token()}"
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, secret=***)"


class HeaderKeyAuth(_SecretAuth):
    """The key in a custom header, e.g. ``x-api-key`` (Anthropic)."""

    def __init__(self, header: str, secret: Secret | str) -> None:
        if not header:
            raise ConfigurationError("HeaderKeyAuth needs a header name")
        self.header = header
        self._secret = _as_secret(secret)
        self._guard_logs()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.headers[self.header] = self._secret.get_secret_value()
        yield request

    def __repr__(self) -> str:
        return f"HeaderKeyAuth(header={self.header!r}, secret=***)"


class QueryKeyAuth(_SecretAuth):
    """The key as a query parameter. The runtime never logs query strings."""

    def __init__(self, param: str, secret: Secret | str) -> None:
        if not param:
            raise ConfigurationError("QueryKeyAuth needs a parameter name")
        self.param = param
        self._secret = _as_secret(secret)
        self._guard_logs()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.url = request.url.copy_set_param(self.param, self._secret.get_secret_value())
        yield request

    def __repr__(self) -> str:
        return f"QueryKeyAuth(param={self.param!r}, secret=***)"


def secret_values(auth: httpx.Auth | None) -> tuple[str, ...]:
    """Raw secret values an auth object holds (used to scrub messages), longest first."""
    getter = getattr(auth, "_secret_values", None)
    if getter is None:
        return ()
    values: tuple[str, ...] = getter()
    forms = {form for v in values if v for form in secret_forms(v)}
    return tuple(sorted(forms, key=len, reverse=True))
