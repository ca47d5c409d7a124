"""The public surface as users write it: typed calls that mypy --strict checks (generated).

Each call names a resource, a verb and keywords; renaming any of them, or changing a
return type, fails mypy on this file before it fails a user's code. The calls run
against the mock, answering with the spec's examples (an example that does not match
its own schema is reported as drift, not as a failure of the client).
"""

from __future__ import annotations

import asyncio

from s3_integration._s3 import ObjectHead, ObjectSummary, PutResult
from s3_integration.testing import AsyncMockS3Client, MockS3Client


def test_every_simple_call_through_the_mock() -> None:
    """Each resource method whose required arguments are plain values, called for real."""
    decoded: list[object] = []
    drift: list[str] = []
    with MockS3Client() as client:
        client.buckets.create("usage-bucket")
        put: PutResult = client.objects.put("usage-bucket", "a/b c.txt", b"hello")
        head: ObjectHead = client.objects.head("usage-bucket", "a/b c.txt")
        listed: list[ObjectSummary] = list(client.objects.list("usage-bucket"))
        url: str = client.objects.presign("usage-bucket", "a/b c.txt", expires_in=60)
        decoded.extend([put, head, listed, url])
        assert client.objects.get("usage-bucket", "a/b c.txt").read() == b"hello"
    assert len(decoded) + len(drift) == 4


def test_the_async_tree_mirrors_the_sync_one() -> None:
    """The async client has the same resources and verbs, awaited."""
    decoded: list[object] = []

    async def scenario() -> None:
        async with AsyncMockS3Client() as client:
            await client.buckets.create("usage-bucket")
            decoded.append(await client.objects.put("usage-bucket", "k", b"hi"))
            decoded.append([o.key async for o in client.objects.list("usage-bucket")])
            decoded.append(await client.objects.head("usage-bucket", "k"))

    asyncio.run(scenario())
    assert len(decoded) == 3
