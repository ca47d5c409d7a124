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

__all__ = ["AsyncS3ClientProtocol", "S3ClientProtocol"]


class S3ClientProtocol(Protocol):
    """What application code may use of a sync client: the real one or the mock."""

    @property
    def domain(self) -> Resources: ...


class AsyncS3ClientProtocol(Protocol):
    """What application code may use of a async client: the real one or the mock."""

    @property
    def domain(self) -> AsyncResources: ...
