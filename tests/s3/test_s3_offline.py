"""The generated S3 client over scripted transports: signing per attempt, part retries,
addressing and the refusals that come before anything is sent."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("aws_env")

MiB = 1024 * 1024


def _ticking_clock() -> Callable[[], datetime]:
    start = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    counter = itertools.count()
    return lambda: start + timedelta(seconds=next(counter))


def _recording(sent: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    return httpx.MockTransport(handler)


def _auth(pkg: ModuleType) -> Any:
    return pkg._runtime.SigV4Auth(
        access_key_id="AKIDOFFLINE",
        secret_access_key="offline-secret",
        region="eu-west-3",
        clock=_ticking_clock(),
    )


def test_every_retry_is_signed_again(s3_package: ModuleType) -> None:
    """A 503 then a 200: two attempts, two dates, two signatures."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(503, headers={"retry-after": "0"})
        return httpx.Response(200, headers={"etag": '"abc"'})

    client = s3_package.S3Client(
        auth=_auth(s3_package),
        base_url="https://s3.eu-west-3.amazonaws.com",
        transport=httpx.MockTransport(handler),
    )
    with client:
        assert client.objects.put("bucket", "key", b"body").etag == '"abc"'
    assert len(seen) == 2
    dates = [r.headers["x-amz-date"] for r in seen]
    signatures = [r.headers["authorization"].rsplit("Signature=", 1)[1] for r in seen]
    assert dates[0] != dates[1] and signatures[0] != signatures[1]
    assert all(r.url.host == "bucket.s3.eu-west-3.amazonaws.com" for r in seen)


def test_a_failed_part_is_retried_alone_from_disk(s3_package: ModuleType, tmp_path: Path) -> None:
    """Part 2 fails once with a 500: it alone is sent again, with the same bytes."""
    store = s3_package._s3.MemoryS3(base_host="s3.eu-west-3.amazonaws.com")
    inner = store.transport()
    attempts: dict[str, list[bytes]] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        query = request.url.query.decode()
        if "partNumber=" in query:
            number = query.split("partNumber=")[1].split("&")[0]
            attempts.setdefault(number, []).append(request.content)
            if number == "2" and len(attempts[number]) == 1:
                return httpx.Response(500)
        answer: httpx.Response = inner.handle_request(request)
        return answer

    source = tmp_path / "big.bin"
    source.write_bytes(b"".join(bytes([i]) * MiB for i in range(12)))
    client = s3_package.S3Client(
        auth=_auth(s3_package),
        base_url="https://s3.eu-west-3.amazonaws.com",
        transport=httpx.MockTransport(handler),
    )
    with client:
        client.buckets.create("bucket")
        client.objects.upload(
            "bucket", "big", source, threshold=1, part_size=5 * MiB, concurrency=2
        )
    assert {k: len(v) for k, v in attempts.items()} == {"1": 1, "2": 2, "3": 1}
    assert attempts["2"][0] == attempts["2"][1] == source.read_bytes()[5 * MiB : 10 * MiB]
    assert store.buckets["bucket"]["big"].data == source.read_bytes()


def test_other_hosts_stay_refused(s3_package: ModuleType) -> None:
    """allow_subdomains admits bucket.<endpoint host>, never another origin."""
    client = s3_package.S3Client(
        auth=_auth(s3_package),
        base_url="https://s3.eu-west-3.amazonaws.com",
        transport=httpx.MockTransport(lambda r: httpx.Response(200)),
    )
    refused = s3_package._runtime.ConfigurationError
    with client:
        with pytest.raises(refused, match="another origin"):
            client._request("GET", "https://evil.example.com/s3.eu-west-3.amazonaws.com")
        with pytest.raises(refused, match="another origin"):
            client._request("GET", "http://bucket.s3.eu-west-3.amazonaws.com/")
        with pytest.raises(refused, match="another origin"):
            client._request("GET", "https://s3.eu-west-3.amazonaws.com.evil.example/")
        assert client._request("GET", "https://b.s3.eu-west-3.amazonaws.com/").status_code == 200


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.objects.put("Bad Bucket", "k", b""), "not a bucket name"),
        (lambda c: c.objects.put("bucket", "", b""), "non-empty str"),
        (lambda c: c.objects.delete_many("bucket", []), "1 to 1000 keys"),
        (lambda c: c.objects.list_page("bucket", max_keys=5000), "max_keys"),
        (lambda c: c.objects.get("bucket", "k", range=(5, 1)), "first <= last"),
        (lambda c: c.objects.upload("bucket", "k", "a-str"), "pathlib.Path"),
        (lambda c: c.objects.upload("bucket", "k", b"x", threshold=0, part_size=1), "5 MiB"),
        (lambda c: c.objects.presign("bucket", "k", expires_in=8 * 86400), "7 days"),
    ],
    ids=["bucket", "key", "delete-many", "max-keys", "range", "str-source", "part", "expiry"],
)
def test_bad_arguments_are_refused_before_sending(
    s3_package: ModuleType, call: Callable[[Any], object], message: str
) -> None:
    sent: list[httpx.Request] = []
    client = s3_package.S3Client(
        auth=_auth(s3_package),
        base_url="https://s3.eu-west-3.amazonaws.com",
        transport=_recording(sent),
    )
    with client, pytest.raises(s3_package._runtime.ConfigurationError, match=message):
        call(client)
    assert sent == []


def test_credentials_from_the_environment_with_session_token(
    s3_package: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_SESSION_TOKEN", "session-token-value")
    monkeypatch.setenv("AWS_REGION", "ap-south-1")
    seen: list[httpx.Request] = []
    client = s3_package.S3Client(
        base_url="https://s3.ap-south-1.amazonaws.com",
        transport=_recording(seen),
    )
    with client:
        client.buckets.delete("bucket")
    sent = seen[0].headers
    assert sent["x-amz-security-token"] == "session-token-value"
    assert "/ap-south-1/s3/aws4_request" in sent["authorization"]
    assert "session-token-value" not in repr(client._auth)
    explicit = s3_package.S3Client(access_key_id="AKIDX", secret_access_key="sx")
    assert explicit._auth.credentials.session_token is None  # not the environment's token


def test_complete_and_delete_many_are_retried_plain_posts_are_not(
    s3_package: ModuleType, tmp_path: Path
) -> None:
    """S3's repeatable POSTs are retried after a 500; another POST is sent once (a 503
    with Retry-After is retried for any method: the server did no work)."""
    store = s3_package._s3.MemoryS3(base_host="s3.eu-west-3.amazonaws.com")
    inner = store.transport()
    failed: set[str] = set()
    posts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            kind = request.url.query.decode().split("=")[0] or request.url.path
            posts.append(kind)
            if kind not in failed:
                failed.add(kind)
                return httpx.Response(500)
        answer: httpx.Response = inner.handle_request(request)
        return answer

    source = tmp_path / "big.bin"
    source.write_bytes(b"z" * (6 * MiB))
    client = s3_package.S3Client(
        auth=_auth(s3_package),
        base_url="https://s3.eu-west-3.amazonaws.com",
        transport=httpx.MockTransport(handler),
    )
    with client:
        client.buckets.create("bucket")
        client.objects.upload("bucket", "big", source, threshold=1, part_size=5 * MiB)
        assert client.objects.delete_many("bucket", ["big"]).deleted[0].key == "big"
        with pytest.raises(s3_package.ServerError):
            client._request("POST", "https://bucket.s3.eu-west-3.amazonaws.com/plain")
    assert posts == ["uploads", "uploads", "uploadId", "uploadId", "delete", "delete", "/plain"]


def test_region_from_a_dotenv_file(
    s3_package: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without AWS_REGION in the environment, the region comes from .env like the keys."""
    monkeypatch.delenv("AWS_REGION")
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("AWS_REGION=eu-north-1\n", encoding="utf-8")
    assert s3_package.S3Client()._auth.region == "eu-north-1"
    (tmp_path / ".env").unlink()
    assert s3_package.S3Client()._auth.region == "us-east-1"  # the questionnaire's default
    assert s3_package.S3Client(region="sa-east-1")._auth.region == "sa-east-1"
