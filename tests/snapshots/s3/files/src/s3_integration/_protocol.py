"""The S3 clients' interface as Protocols.

Generated; do not edit. Both the client and its mock satisfy the Protocol (mypy checks
the conformity in the generated tests); type your application code against it and pass
either:

- `S3ClientProtocol`:
  `S3Client`,
  `testing.MockS3Client`
- `AsyncS3ClientProtocol`:
  `AsyncS3Client`,
  `testing.AsyncMockS3Client`
"""

from __future__ import annotations

from typing import Protocol

from ._resources import AsyncResources, Resources
from ._s3 import AsyncBuckets, AsyncMultipart, AsyncObjects, Buckets, Multipart, Objects

__all__ = ["AsyncS3ClientProtocol", "S3ClientProtocol"]


class S3ClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def buckets(self) -> Buckets: ...

    @property
    def objects(self) -> Objects: ...

    @property
    def multipart(self) -> Multipart: ...

    @property
    def domain(self) -> Resources: ...


class AsyncS3ClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def buckets(self) -> AsyncBuckets: ...

    @property
    def objects(self) -> AsyncObjects: ...

    @property
    def multipart(self) -> AsyncMultipart: ...

    @property
    def domain(self) -> AsyncResources: ...
