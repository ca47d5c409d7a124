"""Domain resources of the S3 clients (generated; do not edit).

Their methods return your domain objects (`domain.py`).

Each resource decodes the response into a view of the wire model (`_views.py`) and maps
it with the mapper of the same name in `mapping.py`; the raw wire methods stay on the
client for everything else.
"""

from __future__ import annotations

from ._runtime import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncResources",
    "Resources",
]


class Resources:
    """``client.domain``: the domain resources of the sync client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResources:
    """``client.domain``: the domain resources of the async client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
