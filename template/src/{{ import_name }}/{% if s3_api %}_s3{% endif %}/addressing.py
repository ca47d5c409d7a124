"""Where a bucket and a key are sent: virtual-hosted (``https://bucket.host/key``) or
path-style (``https://host/bucket/key``).

Virtual-hosted addressing falls back to path-style, as botocore does, where the bucket
cannot be a host name: an IP address or ``localhost`` endpoint, or a bucket name that is
not a DNS label (upper case, ``_``) or, over https, contains a dot (the wildcard
certificate would not match).
"""

from __future__ import annotations

import ipaddress
import re
from typing import Literal
from urllib.parse import quote

import httpx

from .._runtime import ConfigurationError

__all__ = ["Addressing", "bucket_target", "check_addressing", "check_bucket", "encode_key"]

Addressing = Literal["virtual", "path"]
_BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9.\-_]{1,253}[a-z0-9]$", re.IGNORECASE)
_DNS_BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]$")


def check_addressing(value: str) -> Addressing:
    if value == "virtual":
        return "virtual"
    if value == "path":
        return "path"
    raise ConfigurationError(f"addressing must be 'virtual' or 'path', not {value!r}")


def check_bucket(bucket: str) -> str:
    """The bucket name, refused before sending when it cannot be one."""
    if not isinstance(bucket, str) or not _BUCKET_RE.match(bucket) or ".." in bucket:
        raise ConfigurationError(f"not a bucket name: {bucket!r} (3-255 letters, digits, . - _)")
    return bucket


def encode_key(key: str) -> str:
    """A key as a URL path: every byte percent-encoded but ``/`` and ``-_.~`` (what
    SigV4 signs for S3, which encodes the key once)."""
    if not isinstance(key, str) or not key:
        raise ConfigurationError("an object key must be a non-empty str")
    return quote(key, safe="/-_.~")


def _host_is_address(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def bucket_target(base_url: str, addressing: Addressing, bucket: str, key: str | None) -> str:
    """The path (path-style) or full URL (virtual-hosted) of ``bucket`` / ``key``."""
    check_bucket(bucket)
    suffix = "/" + encode_key(key) if key is not None else "/"
    base = httpx.URL(base_url)
    virtual = (
        addressing == "virtual"
        and not _host_is_address(base.host)
        and _DNS_BUCKET_RE.match(bucket) is not None
        and not (base.scheme == "https" and "." in bucket)
    )
    if not virtual:
        return f"/{quote(bucket, safe='')}{suffix if key is not None else ''}"
    port = f":{base.port}" if base.port else ""
    prefix = base.raw_path.decode("ascii").split("?")[0].rstrip("/")
    return f"{base.scheme}://{bucket}.{base.host}{port}{prefix}{suffix}"
