"""Test doubles of the S3 client (generated; do not edit).

`MockS3Client` / `AsyncMockS3Client` are the real clients over an
in-memory transport: same methods and domain resources (the shared Protocols in
`_protocol.py`), no network, no credentials. Every operation answers with its fixture
(the spec's example or a value synthesised from the schema) until programmed::

    mock = MockS3Client()

The S3 resources (``buckets``, ``objects``, ``multipart``) answer from an in-memory S3
(``mock.s3``, a ``MemoryS3``: ``mock.s3.buckets`` holds what was stored). The backend
programs and records their calls by method (``_s3.memory.OPERATIONS``), like any other::

    mock.backend.on("objects.get").fails("unavailable", times=1)
    mock.backend.assert_called("objects.get", bucket="files", key="a.txt")

`fixture_transport()` gives the same fake as an `httpx.MockTransport` for running a
real client end to end offline: `S3Client(transport=fixture_transport())`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ._client import AsyncS3Client, S3Client
from ._config import DEFAULT_BASE_URL, make_config
from ._protocol import AsyncS3ClientProtocol, S3ClientProtocol
from ._runtime import AsyncAPIClient, SigV4Auth, SyncAPIClient
from ._s3 import MemoryS3
from ._s3.mock_backend import S3Backend
from ._testing import FAILURES, Call, MockBackend, Reply, UnexpectedCallError

__all__ = [
    "FAILURES",
    "MAPPED_OPERATIONS",
    "ROUTES",
    "AsyncMockS3Client",
    "Call",
    "MockBackend",
    "MockS3Client",
    "Reply",
    "UnexpectedCallError",
    "backend",
    "fixture_transport",
    "fixtures",
]

MOCK_BASE_URL = "http://mock.invalid"
# Requests are signed as for real (the fake checks no signature): presigned URLs work.
_MOCK_AUTH = SigV4Auth(
    access_key_id="MOCKACCESSKEY",
    secret_access_key="mock-secret",  # noqa: S106 - a fake
    region="us-east-1",
    service="s3",
)
ROUTES: list[tuple[str, str, str]] = []

# (operation, mapper in mapping.py, where it reads the response): the mapper contracts
MAPPED_OPERATIONS: list[tuple[str, str, str]] = []


def fixtures() -> dict[str, dict[str, Any]]:
    """Each operation's default answer: ``{"status": int, "body": JSON}`` (a fresh copy)."""
    text = resources.files(__package__).joinpath("_mock_fixtures.json").read_text("utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


def backend(*, base_url: str = MOCK_BASE_URL, s3: MemoryS3 | None = None) -> S3Backend:
    """A fresh programmable fake for a client whose base URL is ``base_url``, answering
    the S3 calls left unprogrammed from ``s3`` (default: a new, empty ``MemoryS3``)."""
    parts = urlsplit(base_url)
    store = s3 or MemoryS3(base_host=parts.hostname or "")
    return S3Backend(ROUTES, fixtures(), prefix=parts.path.rstrip("/"), store=store)


def fixture_transport(mock: MockBackend | None = None) -> Any:
    """An ``httpx.MockTransport`` answering from fixtures, for the real client's default
    base URL (pass ``base_url=`` to the client only together with a matching backend)."""
    return (mock or backend(base_url=DEFAULT_BASE_URL)).transport()


def _s3_fakes(mock: MockBackend | None, s3: MemoryS3 | None) -> tuple[MemoryS3, S3Backend]:
    """The store and the backend programming its calls (``mock`` from ``backend()``)."""
    if mock is None:
        fake = backend(s3=s3)
        return fake.store, fake
    if not isinstance(mock, S3Backend):
        raise TypeError("mock= must be an S3 backend: testing.backend()")
    if s3 is not None and s3 is not mock.store:
        raise ValueError("mock= serves another MemoryS3: pass that one as s3= or none")
    return mock.store, mock


class MockS3Client(S3Client):
    """The sync client over the fake: ``backend`` programs answers and records calls."""

    def __init__(
        self, *, mock: MockBackend | None = None, s3: MemoryS3 | None = None, max_attempts: int = 1
    ) -> None:
        self.s3, self.backend = _s3_fakes(mock, s3)
        config = make_config(base_url=MOCK_BASE_URL, max_attempts=max_attempts)
        SyncAPIClient.__init__(self, config, _MOCK_AUTH, transport=self.backend.transport())


class AsyncMockS3Client(AsyncS3Client):
    """The async client over the fake: ``backend`` programs answers and records calls."""

    def __init__(
        self, *, mock: MockBackend | None = None, s3: MemoryS3 | None = None, max_attempts: int = 1
    ) -> None:
        self.s3, self.backend = _s3_fakes(mock, s3)
        config = make_config(base_url=MOCK_BASE_URL, max_attempts=max_attempts)
        AsyncAPIClient.__init__(self, config, _MOCK_AUTH, transport=self.backend.transport())


def _conforms(
    sync: MockS3Client, async_: AsyncMockS3Client
) -> tuple[S3ClientProtocol, AsyncS3ClientProtocol]:
    """mypy checks here that the mocks satisfy the client Protocols."""
    return sync, async_
