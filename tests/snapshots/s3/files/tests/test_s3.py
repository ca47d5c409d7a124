"""The S3 resources offline, over the MockClient's in-memory S3 (no network)."""

from __future__ import annotations

from pathlib import Path

import pytest

from s3_integration import NotFoundError
from s3_integration._s3 import bucket_target
from s3_integration.testing import MockS3Client


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


def test_addressing() -> None:
    base = "https://s3.eu-west-3.amazonaws.com"
    assert bucket_target(base, "virtual", "logs", "a b/ü") == (
        "https://logs.s3.eu-west-3.amazonaws.com/a%20b/%C3%BC"
    )
    assert bucket_target(base, "path", "logs", "k") == "/logs/k"
    assert bucket_target("http://127.0.0.1:9000", "virtual", "logs", "k") == "/logs/k"
