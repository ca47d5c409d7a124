"""How generated clients obtain the Redis-shared rate limiter: one per process per Redis
URL and API key (``shared_rate_limiter``), named by the key an auth holds
(``quota_identity``), and a URL of another scheme refused at once. No Redis needed."""

from __future__ import annotations

from collections.abc import Generator
from types import ModuleType

import httpx
import pytest

KEY = "sk_test_SHAREDQUOTA_0123456789"


def test_one_limiter_per_process_per_url_and_key(rt: ModuleType) -> None:
    first = rt.shared_rate_limiter("redis://127.0.0.1:1/0", KEY)
    assert rt.shared_rate_limiter("redis://127.0.0.1:1/0", KEY) is first
    assert rt.shared_rate_limiter("redis://127.0.0.1:1/0", KEY + "x") is not first
    assert rt.shared_rate_limiter("redis://127.0.0.1:1/1", KEY) is not first
    assert rt.shared_rate_limiter("redis://127.0.0.1:1/0", KEY, prefix="other:") is not first


def test_the_redis_key_is_a_digest_never_the_api_key(rt: ModuleType) -> None:
    limiter = rt.shared_rate_limiter("redis://127.0.0.1:1/0", KEY)
    assert limiter.key.startswith("integration:ratelimit:")
    assert "SHAREDQUOTA" not in limiter.key and "SHAREDQUOTA" not in repr(limiter)


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379", "127.0.0.1:6379", ""])
def test_a_url_of_another_scheme_is_refused_without_echoing_it(rt: ModuleType, url: str) -> None:
    with pytest.raises(rt.ConfigurationError) as caught:
        rt.shared_rate_limiter(url, KEY)
    assert "redis://" in str(caught.value)
    assert not url or url not in str(caught.value)


class _CustomAuth(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        yield request


def test_the_quota_is_named_by_the_api_key_else_the_fallback(rt: ModuleType) -> None:
    assert rt.quota_identity(rt.BearerAuth(KEY), "https://api.example.com") == KEY
    assert rt.quota_identity(rt.HeaderKeyAuth("x-api-key", KEY), "f") == KEY
    assert rt.quota_identity(rt.QueryKeyAuth("key", KEY), "f") == KEY
    assert rt.quota_identity(rt.BasicAuth("AC123", KEY), "f") == KEY  # the token, not the user
    assert rt.quota_identity(None, "https://api.example.com") == "https://api.example.com"
    assert rt.quota_identity(_CustomAuth(), "https://api.example.com") == "https://api.example.com"
