"""Settings of the Twilio client.

Defaults come from the questionnaire. Credentials and the ``TWILIO_*`` settings: the
constructor's argument, else the environment, else a ``.env`` file in the working directory
(read, never exported).
"""

from __future__ import annotations

from pathlib import Path

import httpx

from ._runtime import (
    BasicAuth,
    BreakerConfig,
    ClientConfig,
    Limiter,
    Secret,
    env_setting,
    quota_identity,
    resolve_credential,
    shared_rate_limiter,
)

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_BREAKER",
    "DEFAULT_MAX_ATTEMPTS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "REDIS_URL_ENV",
    "make_auth",
    "make_config",
    "make_rate_limiter",
]

DEFAULT_BASE_URL = "https://api.twilio.com"
DEFAULT_TIMEOUT = 5.0
DEFAULT_BREAKER = BreakerConfig()  # in memory, one per client; see BreakerConfig
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024  # larger: ResponseTooLargeError
BASE_URL_ENV = "TWILIO_BASE_URL"
REDIS_URL_ENV = "TWILIO_REDIS_URL"
API_KEY_ENV: str | None = "TWILIO_AUTH_TOKEN"
USERNAME_ENV = "TWILIO_ACCOUNT_SID"


def make_config(
    *,
    base_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    breaker: BreakerConfig | None = DEFAULT_BREAKER,
    rate_limiter: Limiter | None = None,
) -> ClientConfig:
    """Build the runtime configuration; ``TWILIO_BASE_URL`` (environment or ``.env``)
    overrides the default URL.

    ``breaker=None`` turns the circuit breaker off; a ``BreakerConfig`` with a
    ``RedisBreakerBackend`` shares it between processes. ``rate_limiter``: a limiter
    shared between clients (``make_rate_limiter``); ``None`` gives each client its own.
    """
    return ClientConfig(
        base_url=base_url or env_setting(BASE_URL_ENV) or DEFAULT_BASE_URL,
        timeout=timeout,
        max_attempts=max_attempts,
        breaker=breaker,
        rate_limiter=rate_limiter,
        max_response_bytes=DEFAULT_MAX_RESPONSE_BYTES,
        idempotency_header=None,
        retry_hint_header=None,
        request_id_headers=("Twilio-Request-Id",),
        query_array_style="repeat",
    )


def make_rate_limiter(
    auth: httpx.Auth | None, *, redis_url: str | None = None, base_url: str | None = None
) -> Limiter | None:
    """One rate-limit quota per API key for every process, kept in Redis, when
    ``redis_url`` or ``TWILIO_REDIS_URL`` (environment or ``.env``) is set (extra
    ``redis``); else ``None``.

    The provider's rate-limit headers seen by any process set the quota, and every
    process takes its tokens from it. Redis unreachable (or ``redis`` not installed):
    one warning, then each process keeps its own limiter. Without credentials the
    quota is named by the base URL.
    """
    url = redis_url or env_setting(REDIS_URL_ENV)
    if not url:
        return None
    fallback = base_url or env_setting(BASE_URL_ENV) or DEFAULT_BASE_URL
    return shared_rate_limiter(url, quota_identity(auth, fallback))


def make_auth(
    auth_token: str | Secret | None = None,
    account_sid: str | None = None,
    *,
    env_file: str | Path | None = ".env",
) -> httpx.Auth | None:
    """The credentials: passed in, else from the environment, else from ``env_file``.

    A missing one raises ``MissingCredentialError`` naming the variable and the keyword.
    """
    secret = resolve_credential(
        "TWILIO_AUTH_TOKEN", auth_token, keyword="auth_token", env_file=env_file
    )
    username = resolve_credential(
        USERNAME_ENV, account_sid, keyword="account_sid", env_file=env_file
    ).get_secret_value()
    return BasicAuth(username, secret)
