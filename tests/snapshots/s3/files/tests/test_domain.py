"""Domain resources, mappers and the MockClient (generated; do not edit).

The annotated assignments in ``test_clients_satisfy_the_protocols`` are the conformity
check: mypy fails the build if the real client and the mock drift apart.
"""

from __future__ import annotations

from s3_integration import (
    APITimeoutError,
    AsyncS3Client,
    CircuitOpenError,
    RateLimitError,
    S3Client,
    ServerError,
)
from s3_integration._protocol import AsyncS3ClientProtocol, S3ClientProtocol
from s3_integration.testing import (
    AsyncMockS3Client,
    MockS3Client,
    fixture_transport,
)

FAILURES: list[tuple[str, type[Exception]]] = [
    ("rate_limit", RateLimitError),
    ("timeout", APITimeoutError),
    ("server_error", ServerError),
    ("unavailable", ServerError),
    ("circuit_open", CircuitOpenError),
]


def test_clients_satisfy_the_protocols() -> None:
    """Real clients and mocks are interchangeable wherever the Protocols are used."""
    real: S3ClientProtocol = S3Client(transport=fixture_transport())
    mock: S3ClientProtocol = MockS3Client()
    areal: AsyncS3ClientProtocol = AsyncS3Client()
    amock: AsyncS3ClientProtocol = AsyncMockS3Client()
    assert {type(real), type(mock), type(areal), type(amock)}
