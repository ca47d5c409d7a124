"""Settings of the S3 client.

Defaults come from the questionnaire. Credentials and the ``S3_*`` settings: the
constructor's argument, else the environment, else a ``.env`` file in the working directory
(read, never exported).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import httpx

from ._runtime import (
    BreakerConfig,
    ClientConfig,
    Limiter,
    MissingCredentialError,
    Secret,
    SigV4Auth,
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

DEFAULT_BASE_URL = "https://s3.us-east-1.amazonaws.com"
DEFAULT_TIMEOUT = 30.0
DEFAULT_BREAKER = BreakerConfig()  # in memory, one per client; see BreakerConfig
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024  # larger: ResponseTooLargeError
BASE_URL_ENV = "S3_BASE_URL"
REDIS_URL_ENV = "S3_REDIS_URL"
API_KEY_ENV: str | None = "AWS_SECRET_ACCESS_KEY"
ACCESS_KEY_ENV = "AWS_ACCESS_KEY_ID"
SESSION_TOKEN_ENV = "AWS_SESSION_TOKEN"  # noqa: S105 - a variable name
REGION_ENVS = ("AWS_REGION", "AWS_DEFAULT_REGION")
DEFAULT_REGION = "us-east-1"
SERVICE = "s3"  # the service name signed into every request
DEFAULT_ADDRESSING: Literal["virtual", "path"] = "virtual"  # virtual-hosted or path-style buckets


def make_config(
    *,
    base_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    breaker: BreakerConfig | None = DEFAULT_BREAKER,
    rate_limiter: Limiter | None = None,
) -> ClientConfig:
    """Build the runtime configuration; ``S3_BASE_URL`` (environment or ``.env``)
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
        request_id_headers=("x-amz-request-id",),
        query_array_style="repeat",
        allow_subdomains=True,  # virtual-hosted buckets: bucket.<endpoint host>
    )


def make_rate_limiter(
    auth: httpx.Auth | None, *, redis_url: str | None = None, base_url: str | None = None
) -> Limiter | None:
    """One rate-limit quota per API key for every process, kept in Redis, when
    ``redis_url`` or ``S3_REDIS_URL`` (environment or ``.env``) is set (extra
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
    access_key_id: str | None = None,
    secret_access_key: str | Secret | None = None,
    *,
    session_token: str | Secret | None = None,
    region: str | None = None,
    env_file: str | Path | None = ".env",
) -> httpx.Auth | None:
    """The credentials: passed in, else from the environment, else from ``env_file``.

    A missing one raises ``MissingCredentialError`` naming the variable and the keyword.
    """
    access_key = resolve_credential(
        ACCESS_KEY_ENV, access_key_id, keyword="access_key_id", env_file=env_file
    ).get_secret_value()
    secret = resolve_credential(
        "AWS_SECRET_ACCESS_KEY", secret_access_key, keyword="secret_access_key", env_file=env_file
    )
    token: str | Secret | None = session_token
    if token is None and access_key_id is None:  # the environment's token goes with its key
        try:
            token = resolve_credential(
                SESSION_TOKEN_ENV, None, keyword="session_token", env_file=env_file
            )
        except MissingCredentialError:
            token = None
    chosen = region
    for name in () if chosen else REGION_ENVS:  # the environment, then env_file
        try:
            found = resolve_credential(name, None, keyword="region", env_file=env_file)
        except MissingCredentialError:
            continue
        chosen = found.get_secret_value()
        break
    return SigV4Auth(
        access_key_id=access_key,
        secret_access_key=secret,
        session_token=token,
        region=(chosen or DEFAULT_REGION).strip(),
        service=SERVICE,
    )
