"""Constructors shared by the sync and async S3 clients."""

from __future__ import annotations

import httpx

from ._config import (
    DEFAULT_ADDRESSING,
    DEFAULT_BREAKER,
    DEFAULT_MAX_ATTEMPTS,
    DEFAULT_TIMEOUT,
    make_auth,
    make_config,
    make_rate_limiter,
)
from ._runtime import AsyncAPIClient, BreakerConfig, ClientConfig, Secret, SyncAPIClient
from ._s3 import Addressing, check_addressing

__all__ = ["AsyncClientBase", "SyncClientBase"]


class SyncClientBase(SyncAPIClient):
    """Credentials passed in (or ``auth=``, any ``httpx.Auth``), else from the environment,
    else from a ``.env`` file; every call has a timeout.

    ``breaker``: the circuit breaker's settings (``None``: no breaker); ``redis_url``
    (else ``$S3_REDIS_URL``): one rate-limit quota per API key shared by
    every process through Redis; ``config`` replaces every other setting.
    """

    _s3_addressing: Addressing = DEFAULT_ADDRESSING  # the constructor's addressing= wins

    def __init__(
        self,
        access_key_id: str | None = None,
        secret_access_key: str | Secret | None = None,
        *,
        session_token: str | Secret | None = None,
        region: str | None = None,
        addressing: Addressing | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        breaker: BreakerConfig | None = DEFAULT_BREAKER,
        redis_url: str | None = None,
        config: ClientConfig | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        credentials = auth or make_auth(
            access_key_id, secret_access_key, session_token=session_token, region=region
        )
        config = config or make_config(
            base_url=base_url,
            timeout=timeout,
            max_attempts=max_attempts,
            breaker=breaker,
            rate_limiter=make_rate_limiter(credentials, redis_url=redis_url, base_url=base_url),
        )
        super().__init__(config, credentials, http_client=http_client, transport=transport)
        self._s3_addressing = check_addressing(addressing or DEFAULT_ADDRESSING)


class AsyncClientBase(AsyncAPIClient):
    """The async twin of :class:`SyncClientBase`."""

    _s3_addressing: Addressing = DEFAULT_ADDRESSING  # the constructor's addressing= wins

    def __init__(
        self,
        access_key_id: str | None = None,
        secret_access_key: str | Secret | None = None,
        *,
        session_token: str | Secret | None = None,
        region: str | None = None,
        addressing: Addressing | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        breaker: BreakerConfig | None = DEFAULT_BREAKER,
        redis_url: str | None = None,
        config: ClientConfig | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        credentials = auth or make_auth(
            access_key_id, secret_access_key, session_token=session_token, region=region
        )
        config = config or make_config(
            base_url=base_url,
            timeout=timeout,
            max_attempts=max_attempts,
            breaker=breaker,
            rate_limiter=make_rate_limiter(credentials, redis_url=redis_url, base_url=base_url),
        )
        super().__init__(config, credentials, http_client=http_client, transport=transport)
        self._s3_addressing = check_addressing(addressing or DEFAULT_ADDRESSING)
