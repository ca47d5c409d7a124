"""Typed S3 clients (generated from the OpenAPI document; do not edit).

``client.<resource>.<verb>(...)``: the resources are in ``resources/``, one module
each; ``client.domain.<resource>`` returns your domain objects (``domain.py``).
"""

from __future__ import annotations

from functools import cached_property

from ._base import AsyncClientBase, SyncClientBase
from ._deprecated import AsyncDeprecatedMethods, DeprecatedMethods
from ._resources import AsyncResources, Resources
from ._s3 import AsyncBuckets, AsyncMultipart, AsyncObjects, Buckets, Multipart, Objects

__all__ = ["AsyncS3Client", "S3Client"]


class S3Client(SyncClientBase, DeprecatedMethods):
    """Synchronous S3 client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def buckets(self) -> Buckets:
        """``client.buckets``: list, create, delete."""
        return Buckets(self)

    @cached_property
    def objects(self) -> Objects:
        """``client.objects``: put, get, head, delete, copy, list, upload, download, presign."""
        return Objects(self)

    @cached_property
    def multipart(self) -> Multipart:
        """``client.multipart``: create, upload_part, complete, abort, list_parts."""
        return Multipart(self)

    @cached_property
    def domain(self) -> Resources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return Resources(self)


class AsyncS3Client(AsyncClientBase, AsyncDeprecatedMethods):
    """Asynchronous S3 client: ``client.<resource>.<verb>(...)``.

    One attribute per resource (``resources/``), ``domain`` for the mapped domain
    objects, ``with_options(...)`` for a configured copy sharing the connection pool.
    """

    @cached_property
    def buckets(self) -> AsyncBuckets:
        """``client.buckets``: list, create, delete."""
        return AsyncBuckets(self)

    @cached_property
    def objects(self) -> AsyncObjects:
        """``client.objects``: put, get, head, delete, copy, list, upload, download, presign."""
        return AsyncObjects(self)

    @cached_property
    def multipart(self) -> AsyncMultipart:
        """``client.multipart``: create, upload_part, complete, abort, list_parts."""
        return AsyncMultipart(self)

    @cached_property
    def domain(self) -> AsyncResources:
        """The domain resources: their methods return your ``domain.py`` objects."""
        return AsyncResources(self)
