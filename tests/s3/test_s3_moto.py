"""The generated S3 client against moto's standalone S3 server (a real HTTP server)."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("aws_env")


def _client(pkg: ModuleType, url: str, **kw: Any) -> Any:
    return pkg.S3Client(base_url=url, addressing="path", **kw)


def _bucket() -> str:
    return f"ik-{uuid.uuid4().hex[:12]}"


def test_bucket_lifecycle(s3_package: ModuleType, moto_url: str) -> None:
    name = _bucket()
    with _client(s3_package, moto_url) as client:
        client.buckets.create(name)
        assert name in [b.name for b in client.buckets.list()]
        client.buckets.delete(name)
        assert name not in [b.name for b in client.buckets.list()]


def test_put_get_head_delete_copy(s3_package: ModuleType, moto_url: str) -> None:
    name, key = _bucket(), "dir/a key with spaces ü.txt"
    with _client(s3_package, moto_url) as client:
        client.buckets.create(name)
        put = client.objects.put(name, key, b"0123456789", metadata={"owner": "kit"})
        assert put.etag
        head = client.objects.head(name, key)
        assert head.content_length == 10 and head.metadata == {"owner": "kit"}
        assert client.objects.get(name, key).read() == b"0123456789"
        assert client.objects.get(name, key, range=(2, 4)).read() == b"234"
        copied = client.objects.copy(name, key, name, "copy.txt")
        assert copied.etag == put.etag
        result = client.objects.delete_many(name, [key, "copy.txt"])
        assert sorted(d.key for d in result.deleted) == sorted([key, "copy.txt"])
        with pytest.raises(s3_package.NotFoundError):
            client.objects.head(name, key)


def test_fifteen_hundred_keys_over_several_pages(s3_package: ModuleType, moto_url: str) -> None:
    name = _bucket()
    sent: list[str] = []

    def count(request: httpx.Request) -> None:
        if "list-type=2" in str(request.url):
            sent.append(str(request.url))

    with _client(s3_package, moto_url) as client:
        client.buckets.create(name)
        keys = [f"k/{i:05d}" for i in range(1500)]
        for key in keys:
            client.objects.put(name, key, b"x")
        client._http.event_hooks["request"].append(count)
        listed = [o.key for o in client.objects.list(name, prefix="k/", page_size=400)]
    assert listed == keys
    assert len(sent) == 4  # 400 + 400 + 400 + 300
    assert "continuation-token=" in sent[-1]


def test_presigned_url_fetched_with_plain_httpx(s3_package: ModuleType, moto_url: str) -> None:
    name = _bucket()
    with _client(s3_package, moto_url) as client:
        client.buckets.create(name)
        client.objects.put(name, "shared.txt", b"presigned body")
        url = client.objects.presign(name, "shared.txt", expires_in=300)
        put_url = client.objects.presign(name, "up.txt", method="PUT", expires_in=300)
    assert "X-Amz-Signature=" in url and "moto-secret" not in url
    assert httpx.get(url).content == b"presigned body"
    assert httpx.put(put_url, content=b"via url").status_code == 200
    with _client(s3_package, moto_url) as client:
        assert client.objects.get(name, "up.txt").read() == b"via url"


def test_no_such_key_maps_to_not_found(s3_package: ModuleType, moto_url: str) -> None:
    name = _bucket()
    with _client(s3_package, moto_url) as client:
        client.buckets.create(name)
        with pytest.raises(s3_package.NotFoundError) as caught:
            client.objects.get(name, "missing.txt").read()
    error = caught.value
    assert error.code == "NoSuchKey"
    assert error.request_id
    assert error.status_code == 404


def test_multipart_upload_of_a_file_above_the_threshold(
    s3_package: ModuleType, moto_url: str, tmp_path: Path
) -> None:
    name = _bucket()
    source = tmp_path / "big.bin"
    block = bytes(range(256)) * 4096  # 1 MiB
    with source.open("wb") as out:
        for i in range(12):
            out.write(bytes([i]) + block[1:])
    parts: list[str] = []

    def count(request: httpx.Request) -> None:
        if "partNumber=" in str(request.url):
            parts.append(str(request.url))

    with _client(s3_package, moto_url) as client:
        client.buckets.create(name)
        client._http.event_hooks["request"].append(count)
        client.objects.upload(
            name, "big.bin", source, threshold=6 * 1024 * 1024, part_size=5 * 1024 * 1024
        )
        assert len(parts) == 3
        target = tmp_path / "back.bin"
        assert client.objects.download(name, "big.bin", target) == source.stat().st_size
    assert target.read_bytes() == source.read_bytes()


def test_failed_upload_is_aborted_on_the_server(
    s3_package: ModuleType, moto_url: str, tmp_path: Path
) -> None:
    name = _bucket()
    source = tmp_path / "big.bin"
    source.write_bytes(b"a" * (11 * 1024 * 1024))
    with _client(s3_package, moto_url, max_attempts=1) as client:
        client.buckets.create(name)
        seen: list[str] = []

        def fail_third_part(request: httpx.Request) -> None:
            seen.append(request.method)
            if "partNumber=3" in str(request.url):
                raise httpx.ConnectError("injected", request=request)

        client._http.event_hooks["request"].append(fail_third_part)
        with pytest.raises(s3_package.APIError):
            client.objects.upload(name, "big.bin", source, threshold=1, part_size=5 * 1024 * 1024)
        assert seen[-1] == "DELETE"  # AbortMultipartUpload
        page = client._request("GET", f"/{name}", params={"uploads": ""})
        assert b"<Upload>" not in page.content


def test_async_client_round_trip(s3_package: ModuleType, moto_url: str) -> None:
    name = _bucket()

    async def scenario() -> list[str]:
        async with s3_package.AsyncS3Client(base_url=moto_url, addressing="path") as client:
            await client.buckets.create(name)
            await client.objects.put(name, "a", b"1")
            await client.objects.put(name, "b", b"2")
            body = await client.objects.get(name, "b")
            assert await body.read() == b"2"
            return [o.key async for o in client.objects.list(name, page_size=1)]

    assert asyncio.run(scenario()) == ["a", "b"]
