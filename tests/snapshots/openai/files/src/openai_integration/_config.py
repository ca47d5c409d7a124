"""Settings of the OpenAI client.

Defaults come from the questionnaire; secrets come from the environment only.
"""

from __future__ import annotations

import os

import httpx

from ._runtime import (
    BearerAuth,
    BreakerConfig,
    ClientConfig,
    require_env,
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


def make_auth() -> httpx.Auth | None:
    """Read the credentials from the environment (a missing one raises, naming the variable)."""
    return BearerAuth(require_env("OPENAI_API_KEY"))
