"""The flat, operationId-named methods of the S3 clients: deprecated (generated; do not edit).

Each one warns and names its replacement, ``client.<resource>.<verb>(...)``; they go in
the next release.
"""

from __future__ import annotations

from ._runtime import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncDeprecatedMethods", "DeprecatedMethods"]


class DeprecatedMethods(SyncAPIClient):
    """The flat methods of :class:`S3Client` (deprecated)."""


class AsyncDeprecatedMethods(AsyncAPIClient):
    """The flat methods of :class:`AsyncS3Client` (deprecated)."""
