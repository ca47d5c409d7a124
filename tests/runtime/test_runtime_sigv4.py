# mypy: disable-error-code="import-not-found,import-untyped,no-untyped-call,misc,no-any-return"
"""SigV4 signing compared byte for byte with botocore's signers (the oracle).

Each case signs one request with the runtime's ``SigV4Auth`` at a fixed instant, then
hands botocore the same request (method, URL as sent, the caller's headers, body) at the
same instant: the canonical requests and the Authorization headers must be identical.
Presigned URLs are compared with ``S3SigV4QueryAuth`` and with a botocore S3 client's
``generate_presigned_url``, query parameter by query parameter.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import ModuleType, SimpleNamespace
from typing import Any
from unittest import mock
from urllib.parse import parse_qsl, quote, urlsplit

import httpx
import pytest

try:
    import botocore.auth as bauth
    import botocore.session
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
except ImportError:  # pragma: no cover - the [test] extra installs botocore
    if os.environ.get("CI") == "true":
        raise
    pytest.skip("botocore (the SigV4 oracle) is not installed", allow_module_level=True)

NOW = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)
KEY_ID = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEH0aCXVzLWVhc3QtMSJHMEUCIQD/token+with/slash=="
MIB = 1024 * 1024


@dataclass
class Case:
    id: str
    method: str
    url: str
    service: str = "s3"
    region: str = "us-east-1"
    params: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    streamed: bool = False
    token: str | None = None
    payload: str = "auto"


def key_path(key: str) -> str:
    """How an S3 client puts a key in the path: encoded once, ``/`` kept."""
    return quote(key, safe="/~")


CASES = [
    Case("list-buckets", "GET", "http://127.0.0.1:5000/"),
    Case(
        "query-ordering",
        "GET",
        "http://127.0.0.1:5000/bucket",
        params={
            "prefix": "photos/2026 march",
            "list-type": "2",
            "max-keys": "1000",
            "continuation-token": "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=",
            "delimiter": "/",
        },
    ),
    Case(
        "repeated-query-names",
        "GET",
        "http://127.0.0.1:5000/bucket",
        params=[("tag", "b"), ("tag", "a"), ("Tag", "c"), ("_x", "~y")],
    ),
    Case("subresource-no-value", "POST", "http://127.0.0.1:5000/b/big.bin", params={"uploads": ""}),
    Case(
        "key-with-spaces",
        "PUT",
        "http://127.0.0.1:5000/bucket/" + key_path("my folder/annual report (final).pdf"),
        body=b"%PDF-1.7",
    ),
    Case(
        "key-with-unicode",
        "PUT",
        "http://127.0.0.1:5000/bucket/" + key_path("données/été/naïve 文件 🚀.txt"),
        headers={"Content-Type": "text/plain; charset=utf-8"},
        body=b"bonjour",
    ),
    Case(
        "key-with-reserved-chars",
        "GET",
        "http://127.0.0.1:5000/bucket/" + key_path("a+b=c&d;e,f@g:h$i!j'k(l)m*n"),
    ),
    Case("empty-body-put", "PUT", "http://127.0.0.1:5000/bucket/empty.txt", body=b""),
    Case(
        "large-body-5mib",
        "PUT",
        "http://127.0.0.1:5000/bucket/large.bin",
        body=bytes(range(256)) * (5 * MIB // 256),
    ),
    Case(
        "session-token",
        "GET",
        "https://s3.eu-west-1.amazonaws.com/bucket/key.txt",
        region="eu-west-1",
        token=TOKEN,
    ),
    Case(
        "virtual-hosted-https",
        "GET",
        "https://my-bucket.s3.eu-central-1.amazonaws.com/dir/obj.json",
        region="eu-central-1",
        headers={"Range": "bytes=0-99"},
    ),
    Case(
        "header-whitespace-and-meta",
        "PUT",
        "http://127.0.0.1:5000/bucket/meta.txt",
        headers={
            "x-amz-meta-Note": "  several   spaces\there  ",
            "X-Amz-Meta-Owner": "Ada",
            "Content-MD5": "1B2M2Y8AsgTpgAmY7PhCfg==",
            "Cache-Control": "max-age=60",
        },
        body=b"x",
    ),
    Case(
        "delete-objects-xml",
        "POST",
        "http://127.0.0.1:5000/bucket",
        params={"delete": ""},
        headers={"Content-Type": "application/xml"},
        body=b"<Delete><Object><Key>a</Key></Object><Quiet>true</Quiet></Delete>",
    ),
    Case(
        "unsigned-payload",
        "PUT",
        "https://s3.us-west-2.amazonaws.com/bucket/u.bin",
        region="us-west-2",
        body=b"payload not hashed",
        payload="unsigned",
    ),
    Case(
        "streamed-body-unsigned",
        "PUT",
        "http://127.0.0.1:5000/bucket/stream.bin",
        body=b"chunk-one|chunk-two",
        streamed=True,
    ),
    Case(
        "upload-part-with-token",
        "PUT",
        "http://127.0.0.1:5000/bucket/big.bin",
        params={
            "partNumber": "3",
            "uploadId": "VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA",
        },
        body=b"p" * 1000,
        token=TOKEN,
    ),
    Case(
        "other-service-path-normalised",
        "GET",
        "https://abc123.execute-api.us-east-1.amazonaws.com/prod/./a/../items/my item",
        service="execute-api",
        params={"q": "x y", "Z": "1"},
    ),
    Case(
        "other-service-post-json",
        "POST",
        "https://sqs.eu-west-1.amazonaws.com/",
        service="sqs",
        region="eu-west-1",
        headers={
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": "AmazonSQS.ListQueues",
        },
        body=b"{}",
        token=TOKEN,
    ),
    Case(
        "other-service-unsigned",
        "POST",
        "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/f%3A1/invocations",
        service="lambda",
        body=b'{"a": 1}',
        payload="unsigned",
    ),
]


@pytest.fixture
def frozen() -> Iterator[None]:
    with mock.patch.object(bauth, "get_current_datetime", lambda: NOW.replace(tzinfo=None)):
        yield


def ours(rt: ModuleType, case: Case) -> Any:
    return rt.SigV4Auth(
        access_key_id=KEY_ID,
        secret_access_key=SECRET,
        region=case.region,
        service=case.service,
        session_token=case.token,
        payload=case.payload,
        clock=lambda: NOW,
    )


def build(case: Case) -> httpx.Request:
    if case.streamed:
        body = case.body or b""
        content: Any = iter([body[: len(body) // 2], body[len(body) // 2 :]])
    else:
        content = case.body
    return httpx.Request(
        case.method, case.url, params=case.params, headers=case.headers, content=content
    )


def oracle(case: Case, sent: httpx.Request) -> tuple[str, Any]:
    """botocore signs the request as ours sent it, minus the headers a signer adds."""
    added = {"authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"}
    headers = [(k, v) for k, v in sent.headers.multi_items() if k.lower() not in added]
    request = AWSRequest(method=case.method, url=str(sent.url), data=case.body)
    for name, value in headers:  # HTTPHeaders keeps repeated names, as httpx does
        request.headers.add_header(name, value)
    credentials = Credentials(KEY_ID, SECRET, case.token)
    signer_cls = bauth.S3SigV4Auth if case.service == "s3" else bauth.SigV4Auth
    signer = signer_cls(credentials, case.service, case.region)
    unsigned = case.payload == "unsigned" or case.streamed
    if unsigned and case.service == "s3":
        request.context["client_config"] = SimpleNamespace(s3={"payload_signing_enabled": False})
    elif unsigned:
        request.context["payload_signing_enabled"] = False
    seen: list[str] = []
    compute = signer.canonical_request

    def record(r: Any) -> str:
        seen.append(compute(r))
        return seen[-1]

    signer.canonical_request = record
    signer.add_auth(request)
    return seen[0], request


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_signature_matches_botocore(rt: ModuleType, frozen: None, case: Case) -> None:
    auth = ours(rt, case)
    request = auth.sign(build(case))
    canonical, expected = oracle(case, request)
    payload = request.headers.get("x-amz-content-sha256") or auth._payload_hash(request)
    mine, _ = auth.canonical_request(request, payload)
    assert mine == canonical
    assert request.headers["Authorization"] == expected.headers["Authorization"]
    assert request.headers["X-Amz-Date"] == expected.headers["X-Amz-Date"]
    if case.token:
        assert request.headers["X-Amz-Security-Token"] == case.token
    assert request.headers.get("X-Amz-Content-SHA256") == expected.headers.get(
        "X-Amz-Content-SHA256"
    )


def test_the_table_covers_what_the_issue_lists() -> None:
    ids = {c.id for c in CASES}
    assert {"query-ordering", "key-with-spaces", "key-with-unicode", "empty-body-put"} <= ids
    assert {"large-body-5mib", "session-token", "streamed-body-unsigned"} <= ids
    assert len(CASES) >= 19


def test_a_space_in_the_query_is_sent_as_signed(rt: ModuleType) -> None:
    """httpx writes ``+`` for a space; the signer rewrites the query to ``%20``, so the
    server's canonical form equals ours."""
    case = CASES[1]
    request = ours(rt, case).sign(build(case))
    assert "prefix=photos%2F2026%20march" in str(request.url)
    assert "+" not in request.url.query.decode()


def test_each_attempt_is_signed_again_with_a_fresh_date(rt: ModuleType) -> None:
    instants = iter([NOW, NOW.replace(second=59)])
    auth = rt.SigV4Auth(
        access_key_id=KEY_ID,
        secret_access_key=SECRET,
        region="us-east-1",
        clock=lambda: next(instants),
    )
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers["X-Amz-Date"], request.headers["Authorization"]))
        return httpx.Response(503 if len(seen) == 1 else 200)

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.get("http://s3.test/b")
        client.get("http://s3.test/b")
    assert seen[0][0] != seen[1][0]
    assert seen[0][1] != seen[1][1]


def test_hash_mode_refuses_a_streamed_body(rt: ModuleType) -> None:
    case = Case("x", "PUT", "http://127.0.0.1:5000/b/k", body=b"ab", streamed=True, payload="hash")
    with pytest.raises(rt.ConfigurationError, match="cannot hash a streamed body"):
        ours(rt, case).sign(build(case))


def test_secrets_stay_out_of_reprs(rt: ModuleType) -> None:
    auth = ours(rt, Case("x", "GET", "http://h/", token=TOKEN))
    text = repr(auth) + repr(auth.credentials) + str(auth.credentials)
    assert SECRET not in text and TOKEN not in text
    assert KEY_ID in text


def test_credentials_from_the_standard_environment(rt: ModuleType) -> None:
    env = {
        "AWS_ACCESS_KEY_ID": KEY_ID,
        "AWS_SECRET_ACCESS_KEY": SECRET,
        "AWS_SESSION_TOKEN": TOKEN,
        "AWS_DEFAULT_REGION": "ap-south-1",
    }
    auth = rt.SigV4Auth.from_env(environ=env)
    assert (auth.region, auth.credentials.access_key_id) == ("ap-south-1", KEY_ID)
    assert auth.credentials.session_token.get_secret_value() == TOKEN
    assert rt.SigV4Auth.from_env(environ={**env, "AWS_REGION": "eu-north-1"}).region == "eu-north-1"
    with pytest.raises(rt.MissingCredentialError) as info:
        rt.SigV4Auth.from_env(
            environ={k: v for k, v in env.items() if k != "AWS_SECRET_ACCESS_KEY"}
        )
    assert info.value.variable == "AWS_SECRET_ACCESS_KEY"
    assert SECRET not in str(info.value)
    with pytest.raises(rt.MissingCredentialError, match="AWS_REGION"):
        rt.SigV4Auth.from_env(
            environ={"AWS_ACCESS_KEY_ID": KEY_ID, "AWS_SECRET_ACCESS_KEY": SECRET}
        )


# -- presigned URLs ------------------------------------------------------------------

PRESIGN_CASES = [
    ("get", "GET", "http://127.0.0.1:5000/bucket/report.pdf", None, 3600),
    ("put", "PUT", "http://127.0.0.1:5000/bucket/upload.bin", None, 900),
    ("unicode-key", "GET", "http://127.0.0.1:5000/b/" + key_path("été/naïve 文件.txt"), None, 60),
    ("token", "GET", "https://s3.eu-west-1.amazonaws.com/b/k", TOKEN, 604800),
    (
        "with-query",
        "GET",
        "https://b.s3.amazonaws.com/k?versionId=3%2FL4kq&response-content-disposition=attachment%3B%20filename%3D%22a%20b.txt%22",
        None,
        300,
    ),
]


@pytest.mark.parametrize(
    ("method", "url", "token", "expires"),
    [c[1:] for c in PRESIGN_CASES],
    ids=[c[0] for c in PRESIGN_CASES],
)
def test_presigned_url_matches_botocore(
    rt: ModuleType, frozen: None, method: str, url: str, token: str | None, expires: int
) -> None:
    region = "eu-west-1" if "eu-west-1" in url else "us-east-1"
    auth = rt.SigV4Auth(
        access_key_id=KEY_ID,
        secret_access_key=SECRET,
        region=region,
        session_token=token,
        clock=lambda: NOW,
    )
    mine = auth.presign(method, url, expires_in=expires)
    request = AWSRequest(method=method, url=url)
    bauth.S3SigV4QueryAuth(
        Credentials(KEY_ID, SECRET, token), "s3", region, expires=expires
    ).add_auth(request)
    assert urlsplit(mine)[:3] == urlsplit(request.url)[:3]
    assert sorted(parse_qsl(urlsplit(mine).query)) == sorted(parse_qsl(urlsplit(request.url).query))


def test_presigned_url_matches_a_botocore_client(rt: ModuleType, frozen: None) -> None:
    session = botocore.session.get_session()
    client = session.create_client(
        "s3",
        region_name="us-east-1",
        endpoint_url="http://127.0.0.1:5000",
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET,
        config=botocore.config.Config(signature_version="s3v4", s3={"addressing_style": "path"}),
    )
    expected = client.generate_presigned_url(
        "get_object", Params={"Bucket": "bucket", "Key": "dir/a file.txt"}, ExpiresIn=120
    )
    auth = rt.SigV4Auth(
        access_key_id=KEY_ID, secret_access_key=SECRET, region="us-east-1", clock=lambda: NOW
    )
    mine = auth.presign(
        "GET", "http://127.0.0.1:5000/bucket/" + key_path("dir/a file.txt"), expires_in=120
    )
    assert urlsplit(mine).path == urlsplit(expected).path
    assert sorted(parse_qsl(urlsplit(mine).query)) == sorted(parse_qsl(urlsplit(expected).query))


def test_presign_refuses_expiry_out_of_range(rt: ModuleType) -> None:
    auth = rt.SigV4Auth(access_key_id=KEY_ID, secret_access_key=SECRET, region="us-east-1")
    for bad in (0, 604801):
        with pytest.raises(rt.ConfigurationError, match="expires_in"):
            auth.presign("GET", "http://h/b/k", expires_in=bad)


def test_signing_a_large_body_is_not_slow(rt: ModuleType) -> None:
    """Hashing is the cost: 5 MiB is signed well within a second even on a busy box."""
    case = CASES[8]
    started = time.perf_counter()
    ours(rt, case).sign(build(case))
    assert time.perf_counter() - started < 2.0
