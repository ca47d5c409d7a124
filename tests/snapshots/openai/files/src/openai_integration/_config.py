"""Settings of the OpenAI client.

Defaults come from the questionnaire. Credentials: the constructor's argument, else the
environment, else a ``.env`` file in the working directory (read, never exported).
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx

from ._runtime import (
    BearerAuth,
    BreakerConfig,
    ClientConfig,
    Secret,
    resolve_credential,
)

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_BREAKER",
    "DEFAULT_MAX_ATTEMPTS",
    "DEFAULT_TIMEOUT",
    "make_auth",
    "make_config",
]

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = 300.0
DEFAULT_BREAKER = BreakerConfig()  # in memory, one per client; see BreakerConfig
DEFAULT_MAX_ATTEMPTS = 3
BASE_URL_ENV = "OPENAI_BASE_URL"
API_KEY_ENV: str | None = "OPENAI_API_KEY"


def make_config(
    *,
    base_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    breaker: BreakerConfig | None = DEFAULT_BREAKER,
) -> ClientConfig:
    """Build the runtime configuration; ``OPENAI_BASE_URL`` overrides the default URL.

    ``breaker=None`` turns the circuit breaker off; a ``BreakerConfig`` with a
    ``RedisBreakerBackend`` shares it between processes.
    """
    return ClientConfig(
        base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
        timeout=timeout,
        max_attempts=max_attempts,
        breaker=breaker,
        idempotency_header=None,
        retry_hint_header=None,
        request_id_headers=("x-request-id",),
        query_array_style="repeat",
    )


def make_auth(
    api_key: str | Secret | None = None,
    *,
    env_file: str | Path | None = ".env",
) -> httpx.Auth | None:
    """The credentials: passed in, else from the environment, else from ``env_file``.

    A missing one raises ``MissingCredentialError`` naming the variable and the keyword.
    """
    secret = resolve_credential("OPENAI_API_KEY", api_key, keyword="api_key", env_file=env_file)
    return BearerAuth(secret)
