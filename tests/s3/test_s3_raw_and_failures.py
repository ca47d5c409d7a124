"""``with_raw_response`` on the S3 resources (against moto's server) and the MockClient's
failure injection reaching the S3 calls (over the in-memory S3)."""

from __future__ import annotations

import asyncio
import importlib
import uuid
from types import ModuleType

import pytest

pytestmark = pytest.mark.usefixtures("aws_env")

MiB = 1024 * 1024


@pytest.fixture(scope="module")
def testing(s3_package: ModuleType) -> ModuleType:
    """The generated package's ``testing`` module (``MockS3Client``)."""
    return importlib.import_module(s3_package.__name__ + ".testing")


def test_raw_responses_carry_moto_headers(s3_package: ModuleType, moto_url: str) -> None:
    bucket = f"ik-{uuid.uuid4().hex[:12]}"
    with s3_package.S3Client(base_url=moto_url, addressing="path") as client:
        client.buckets.create(bucket)
        put = client.objects.with_raw_response.put(bucket, "k.txt", b"0123456789")
        assert isinstance(put, s3_package.RawResponse)
        assert put.status_code == 200
        # moto names its id x-amzn-requestid; S3's own header is the configured one
        assert put.request_id == put.headers.get("x-amz-request-id")
        assert put.headers["last-modified"]
        assert put.parse().etag == put.headers["etag"]
        got = client.objects.with_raw_response.get(bucket, "k.txt", range=(2, 4))
        assert (got.status_code, got.headers["content-range"]) == (206, "bytes 2-4/10")
        with got.parse() as body:
            assert body.read() == b"234"
        head = client.objects.with_raw_response.head(bucket, "k.txt")
        assert head.parse().content_length == int(head.headers["content-length"]) == 10
        deleted = client.objects.with_raw_response.delete(bucket, "k.txt")
        assert deleted.status_code == 204 and deleted.parse() is None

    async def listing() -> list[str]:
        async with s3_package.AsyncS3Client(base_url=moto_url, addressing="path") as aclient:
            page = await aclient.objects.with_raw_response.list_page(bucket)
            assert page.headers["content-type"].startswith("application/xml")
            await aclient.buckets.delete(bucket)
            return [o.key for o in page.parse().contents]

    assert asyncio.run(listing()) == []


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("unavailable", "ServerError"),
        ("rate_limit", "RateLimitError"),
        ("timeout", "APITimeoutError"),
        ("circuit_open", "CircuitOpenError"),
    ],
)
def test_injected_failures_raise_the_mapped_errors(
    s3_package: ModuleType, testing: ModuleType, kind: str, error: str
) -> None:
    with testing.MockS3Client() as client:
        client.buckets.create("files")
        client.objects.put("files", "a.txt", b"hello")
        client.backend.on("objects.get").fails(kind, times=1)
        with pytest.raises(getattr(s3_package, error)):
            client.objects.get("files", "a.txt")
        assert client.objects.get("files", "a.txt").read() == b"hello"  # once only
    assert [c.operation for c in client.backend.calls][-2:] == ["objects.get"] * 2


def test_a_failed_part_is_retried_on_its_own(s3_package: ModuleType, testing: ModuleType) -> None:
    data = bytes(range(256)) * (11 * 4096)  # 11 MiB: three parts
    with testing.MockS3Client(max_attempts=2) as client:
        client.buckets.create("files")
        client.backend.on("multipart.upload_part").fails("server_error", times=1)
        client.objects.upload("files", "big", data, threshold=1, part_size=5 * MiB)
        assert len(client.backend.calls_to("multipart.upload_part")) == 4
        client.backend.assert_called("multipart.complete", times=1, key="big")
        assert client.objects.get("files", "big").read() == data


def test_a_part_failing_past_the_retries_aborts_the_upload(
    s3_package: ModuleType, testing: ModuleType
) -> None:
    with testing.MockS3Client() as client:
        client.buckets.create("files")
        client.backend.on("multipart.upload_part").fails("unavailable")
        with pytest.raises(s3_package.ServerError):
            client.objects.upload("files", "big", b"x" * 6 * MiB, threshold=1, part_size=5 * MiB)
        client.backend.assert_called("multipart.abort", times=1)
        assert client.s3.uploads == {}
        assert client.s3.buckets == {"files": {}}


def test_unknown_operations_are_refused_with_the_s3_names(
    s3_package: ModuleType, testing: ModuleType
) -> None:
    client = testing.MockS3Client()
    with pytest.raises(testing.UnexpectedCallError, match=r"objects\.get"):
        client.backend.on("objects.fetch")
    client.close()
