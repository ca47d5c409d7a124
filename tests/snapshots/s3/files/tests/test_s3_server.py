"""The S3 client against a real S3-compatible server: moto's, started on 127.0.0.1.

moto is a dev dependency (``pip install -e '.[dev]'``). Without it these tests skip with
the reason; under CI (``CI=true``) a missing moto is a failure, not a skip.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from s3_integration import AsyncS3Client, NotFoundError, S3Client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def s3_url() -> Iterator[str]:
    """moto's standalone server on a free port, stopped by its PID."""
    if importlib.util.find_spec("moto") is None or importlib.util.find_spec("flask") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("moto[server] is not installed: CI must run the S3 server tests")
        pytest.skip("moto[server] is not installed: pip install -e '.[dev]'")
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("moto's server did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@pytest.fixture
def bucket() -> str:
    return f"it-{uuid.uuid4().hex[:12]}"


def test_objects_round_trip_with_range_head_and_not_found(s3_url: str, bucket: str) -> None:
    with S3Client(base_url=s3_url) as client:
        client.buckets.create(bucket)
        client.objects.put(bucket, "dir/ä b.txt", b"0123456789", metadata={"owner": "me"})
        head = client.objects.head(bucket, "dir/ä b.txt")
        assert head.content_length == 10 and head.metadata == {"owner": "me"}
        assert client.objects.get(bucket, "dir/ä b.txt", range=(2, 4)).read() == b"234"
        with pytest.raises(NotFoundError) as caught:
            client.objects.get(bucket, "missing").read()
        assert caught.value.code == "NoSuchKey"
        client.objects.delete(bucket, "dir/ä b.txt")
        client.buckets.delete(bucket)


def test_listing_pages_by_continuation_token(s3_url: str, bucket: str) -> None:
    with S3Client(base_url=s3_url) as client:
        client.buckets.create(bucket)
        keys = [f"k/{i:03d}" for i in range(25)]
        for key in keys:
            client.objects.put(bucket, key, b"x")
        assert [o.key for o in client.objects.list(bucket, prefix="k/", page_size=10)] == keys


def test_multipart_upload_download_and_presigned_url(
    s3_url: str, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(bytes(range(256)) * (11 * 4096))  # 11 MiB: three 5 MiB parts
    with S3Client(base_url=s3_url) as client:
        client.buckets.create(bucket)
        client.objects.upload(bucket, "big.bin", source, threshold=1, part_size=5 * 1024 * 1024)
        target = tmp_path / "back.bin"
        assert client.objects.download(bucket, "big.bin", target) == source.stat().st_size
        url = client.objects.presign(bucket, "big.bin", expires_in=300)
    assert target.read_bytes() == source.read_bytes()
    assert httpx.get(url).content[:256] == bytes(range(256))


def test_the_async_client(s3_url: str, bucket: str) -> None:
    import asyncio

    async def scenario() -> list[str]:
        async with AsyncS3Client(base_url=s3_url) as client:
            await client.buckets.create(bucket)
            await client.objects.put(bucket, "a", b"1")
            return [o.key async for o in client.objects.list(bucket)]

    assert asyncio.run(scenario()) == ["a"]
