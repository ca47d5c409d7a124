"""The S3 resources offline, over the MockClient's in-memory S3 (no network)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from s3_integration import (
    APITimeoutError,
    AsyncS3Client,
    CircuitOpenError,
    NotFoundError,
    RateLimitError,
    RawResponse,
    S3Client,
    ServerError,
)
from s3_integration._protocol import AsyncS3ClientProtocol, S3ClientProtocol
from s3_integration._s3 import MemoryS3, bucket_target
from s3_integration.testing import AsyncMockS3Client, MockS3Client, backend

FAILURES: list[tuple[str, type[Exception]]] = [
    ("rate_limit", RateLimitError),
    ("timeout", APITimeoutError),
    ("server_error", ServerError),
    ("unavailable", ServerError),
    ("circuit_open", CircuitOpenError),
]


def _store_and_read(client: S3ClientProtocol, key: str) -> bytes:
    """Application code typed against the Protocol: the real client or the mock."""
    client.objects.put("files", key, b"hello")
    with client.objects.get("files", key) as body:
        return body.read()


def test_multipart_upload_and_streamed_download(tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(bytes(range(256)) * (11 * 4096))  # 11 MiB: three 5 MiB parts
    with MockS3Client() as client:
        client.buckets.create("files")
        client.objects.upload("files", "big.bin", source, threshold=1, part_size=5 * 1024 * 1024)
        parts = [r for r in client.s3.requests if b"partNumber=" in r.url.query]
        assert len(parts) == 3
        assert (
            client.objects.download("files", "big.bin", tmp_path / "back.bin") == 11 * 1024 * 1024
        )
    assert (tmp_path / "back.bin").read_bytes() == source.read_bytes()


def test_no_such_key_is_not_found_with_code_and_request_id() -> None:
    with MockS3Client() as client:
        client.buckets.create("files")
        with pytest.raises(NotFoundError) as caught:
            client.objects.get("files", "missing").read()
    assert caught.value.code == "NoSuchKey"
    assert caught.value.request_id


def test_with_raw_response_gives_status_headers_and_the_parsed_result() -> None:
    with MockS3Client() as client:
        created = client.buckets.with_raw_response.create("files")
        assert created.status_code == 200
        assert created.parse() is None
        put = client.objects.with_raw_response.put("files", "a.txt", b"hello")
        assert isinstance(put, RawResponse)
        assert put.method == "PUT"
        assert put.parse().etag == put.headers["etag"]
        head = client.objects.with_raw_response.head("files", "a.txt")
        assert head.parse().content_length == 5
        got = client.objects.with_raw_response.get("files", "a.txt", range=(1, 3))
        assert got.status_code == 206
        assert got.headers["content-range"] == "bytes 1-3/5"
        with got.parse() as body:
            assert body.read() == b"ell"
        page = client.objects.with_raw_response.list_page("files")
        assert page.headers["content-type"] == "application/xml"
        assert [o.key for o in page.parse().contents] == ["a.txt"]
        assert [b.name for b in client.buckets.with_raw_response.list().parse()] == ["files"]
        upload = client.multipart.with_raw_response.create("files", "big.bin").parse()
        part = client.multipart.with_raw_response.upload_part(
            "files", "big.bin", upload.upload_id, 1, b"x"
        )
        assert part.parse().etag == part.headers["etag"]
        aborted = client.multipart.with_raw_response.abort("files", "big.bin", upload.upload_id)
        assert aborted.status_code == 204
        assert client.objects.with_raw_response.delete("files", "a.txt").status_code == 204
    assert client.s3.buckets == {"files": {}}


def test_async_with_raw_response() -> None:
    async def scenario() -> None:
        async with AsyncMockS3Client() as client:
            await client.buckets.create("files")
            put = await client.objects.with_raw_response.put("files", "a.txt", b"hello")
            assert put.parse().etag == put.headers["etag"]
            got = await client.objects.with_raw_response.get("files", "a.txt")
            body = got.parse()
            try:
                assert await body.read() == b"hello"
            finally:
                await body.aclose()
            deleted = await client.objects.with_raw_response.delete_many("files", ["a.txt"])
            assert [d.key for d in deleted.parse().deleted] == ["a.txt"]

    asyncio.run(scenario())


def test_the_mock_and_the_real_client_share_the_s3_protocol() -> None:
    """mypy checks the S3 resources of both clients against the Protocols."""
    real: S3ClientProtocol = S3Client()
    areal: AsyncS3ClientProtocol = AsyncS3Client()
    amock: AsyncS3ClientProtocol = AsyncMockS3Client()
    assert {type(real), type(areal), type(amock)}
    with MockS3Client() as client:
        client.buckets.create("files")
        assert _store_and_read(client, "p.txt") == b"hello"


@pytest.mark.parametrize(("kind", "error"), FAILURES, ids=[k for k, _ in FAILURES])
def test_injected_failures_reach_the_s3_calls(kind: str, error: type[Exception]) -> None:
    with MockS3Client() as client:
        client.buckets.create("files")
        client.objects.put("files", "a.txt", b"hello")
        client.backend.on("objects.get").fails(kind)
        with pytest.raises(error):
            client.objects.get("files", "a.txt")
        assert client.objects.head("files", "a.txt").content_length == 5  # others unaffected


def test_an_injected_503_is_retried_then_the_store_answers() -> None:
    with MockS3Client(max_attempts=2) as client:
        client.buckets.create("files")
        client.objects.put("files", "a.txt", b"hello")
        client.backend.on("objects.get").fails("unavailable", times=1)
        with client.objects.get("files", "a.txt") as body:
            assert body.read() == b"hello"
        assert len(client.backend.calls_to("objects.get")) == 2
        client.backend.assert_called("objects.put", times=1, bucket="files", key="a.txt")


def test_programmed_answers_and_a_shared_backend() -> None:
    """``returns`` replaces the store's answer; ``reset`` gives the store back."""
    store = MemoryS3(base_host="mock.invalid")
    with MockS3Client(mock=backend(s3=store)) as client:
        client.buckets.create("files")
        client.backend.on("objects.head").returns(
            None, headers={"content-length": "42", "etag": '"e"'}
        )
        assert client.objects.head("files", "missing").content_length == 42
        client.backend.on("buckets.list").raises(RuntimeError("boom"))
        with pytest.raises(RuntimeError, match="boom"):
            client.buckets.list()
        client.backend.reset()
        assert [b.name for b in client.buckets.list()] == ["files"]
        with pytest.raises(NotFoundError):
            client.objects.head("files", "missing")
    assert client.s3 is store
    with pytest.raises(ValueError, match="another MemoryS3"):
        MockS3Client(mock=backend(), s3=store)


def test_async_mock_injects_failures() -> None:
    async def scenario() -> None:
        async with AsyncMockS3Client() as client:
            await client.buckets.create("files")
            client.backend.on("objects.put").fails("rate_limit")
            with pytest.raises(RateLimitError):
                await client.objects.put("files", "a.txt", b"hello")

    asyncio.run(scenario())


def test_addressing() -> None:
    base = "https://s3.eu-west-3.amazonaws.com"
    assert bucket_target(base, "virtual", "logs", "a b/ü") == (
        "https://logs.s3.eu-west-3.amazonaws.com/a%20b/%C3%BC"
    )
    assert bucket_target(base, "path", "logs", "k") == "/logs/k"
    assert bucket_target("http://127.0.0.1:9000", "virtual", "logs", "k") == "/logs/k"
