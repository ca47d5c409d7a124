# mypy: disable-error-code="import-not-found,name-defined,misc,no-any-return"
"""XML bodies: hardened parsing, typed decoding and encoding, AWS error documents."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import msgspec
import pytest
from ik_rt_server import Respond, ScriptedServer, always, first_n

try:
    import defusedxml  # noqa: F401
except ImportError:  # pragma: no cover - the [test] extra installs it
    if os.environ.get("CI") == "true":
        raise
    pytest.skip("defusedxml is not installed", allow_module_level=True)

NS = "http://s3.amazonaws.com/doc/2006-03-01/"


class Owner(msgspec.Struct, kw_only=True):
    ID: str | None = None
    DisplayName: str | None = None


class Item(msgspec.Struct, kw_only=True):
    key: str = msgspec.field(name="Key")
    size: int = msgspec.field(name="Size")
    modified: datetime = msgspec.field(name="LastModified")
    owner: Owner | None = msgspec.field(default=None, name="Owner")


class Listing(msgspec.Struct, kw_only=True):
    Name: str
    KeyCount: int
    IsTruncated: bool
    NextContinuationToken: str | None = None
    Contents: list[Item] = msgspec.field(default_factory=list)
    CommonPrefixes: list[str] = msgspec.field(default_factory=list)


class Part(msgspec.Struct, kw_only=True):
    PartNumber: int
    ETag: str


class Complete(msgspec.Struct, kw_only=True):
    Part: list[Part]
    Note: str | None = None
    Quiet: bool = False


def listing(items: int, truncated: bool = True) -> bytes:
    contents = "".join(
        f"<Contents><Key>k{i} &amp; é</Key><Size>{i * 10}</Size>"
        f"<LastModified>2026-03-14T15:09:26.000Z</LastModified>"
        f"<Owner><ID>o{i}</ID></Owner></Contents>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="{NS}">'
        f"<Name>bucket</Name><KeyCount>{items}</KeyCount>"
        f"<IsTruncated>{'true' if truncated else 'false'}</IsTruncated>"
        f"<NextContinuationToken>tok/+=</NextContinuationToken>{contents}</ListBucketResult>"
    ).encode()


def test_decodes_repeated_elements_into_a_typed_list(rt: ModuleType) -> None:
    from ik_runtime.xmlcodec import decode_xml

    result = decode_xml(listing(3), Listing)
    assert (result.Name, result.KeyCount, result.IsTruncated) == ("bucket", 3, True)
    assert [c.key for c in result.Contents] == ["k0 & é", "k1 & é", "k2 & é"]
    assert result.Contents[2].size == 20
    assert result.Contents[0].modified == datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)
    assert result.Contents[1].owner == Owner(ID="o1")
    assert result.NextContinuationToken == "tok/+="


def test_one_repeated_element_is_still_a_list_and_none_is_empty(rt: ModuleType) -> None:
    from ik_runtime.xmlcodec import decode_xml

    assert len(decode_xml(listing(1), Listing).Contents) == 1
    empty = decode_xml(listing(0, truncated=False), Listing)
    assert (empty.Contents, empty.IsTruncated, empty.KeyCount) == ([], False, 0)


def test_a_missing_required_element_is_a_decoding_error(rt: ModuleType) -> None:
    from ik_runtime.xmlcodec import decode_xml

    with pytest.raises(rt.DecodingError, match=r"KeyCount"):
        decode_xml(
            b"<ListBucketResult><Name>b</Name><IsTruncated>false</IsTruncated></ListBucketResult>",
            Listing,
        )
    with pytest.raises(rt.DecodingError, match="malformed"):
        decode_xml(b"<ListBucketResult><Name>b</Name>", Listing)


def test_encode_round_trips_and_escapes(rt: ModuleType) -> None:
    from ik_runtime.xmlcodec import decode_xml, encode_xml

    value = Complete(
        Part=[Part(PartNumber=1, ETag='"a&b"'), Part(PartNumber=2, ETag="<c>")], Quiet=True
    )
    data = encode_xml("CompleteMultipartUpload", value, xmlns=NS)
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload xmlns=')
    assert b"<Note>" not in data and b"&lt;c&gt;" in data and b"<Quiet>true</Quiet>" in data
    assert decode_xml(data, Complete) == value


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ListBucketResult><Name>&lol9;</Name><KeyCount>1</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<ListBucketResult><Name>&x;</Name><KeyCount>1</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>
"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">
<ListBucketResult><Name>b</Name><KeyCount>1</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>
"""


@pytest.mark.parametrize(
    "body", [BILLION_LAUGHS, XXE, EXTERNAL_DTD], ids=["billion-laughs", "xxe", "external-dtd"]
)
def test_entity_expansion_and_external_entities_are_refused_quickly(
    rt: ModuleType, body: bytes
) -> None:
    from ik_runtime.xmlcodec import XmlError, decode_xml

    started = time.perf_counter()
    with pytest.raises(XmlError, match="refused XML body"):
        decode_xml(body, Listing)
    # Expanding &lol9; would be 10^9 "lol"s (3 GB); refusing it is parsing ~1 KB.
    assert time.perf_counter() - started < 1.0


def test_the_stdlib_parser_would_expand_it(rt: ModuleType) -> None:
    """The control: the payload is live, so the refusal above is defusedxml's doing."""
    from xml.etree.ElementTree import fromstring  # the unsafe parser: the point of the test

    small = BILLION_LAUGHS.replace(b"&lol9;", b"&lol2;")
    root = fromstring(small)  # noqa: S314
    assert root.findtext("Name") == "lol" * 100


def client(rt: ModuleType, server: ScriptedServer) -> Any:
    config = rt.ClientConfig(
        server.url,
        timeout=5.0,
        backoff_base=0.01,
        backoff_cap=0.02,
        breaker=None,
        request_id_headers=("x-amz-request-id",),
    )
    return rt.SyncAPIClient(config)


def s3_error(code: str, message: str, request_id: str = "DOCREQ1") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code>'
        f"<Message>{message}</Message>"
        f"<Key>missing.txt</Key><RequestId>{request_id}</RequestId><HostId>h</HostId></Error>"
    ).encode()


def test_s3_error_document_maps_to_not_found_with_code_and_request_id(
    rt: ModuleType, serve: Callable[..., ScriptedServer]
) -> None:
    server = serve(
        always(
            Respond(
                404,
                s3_error("NoSuchKey", "The specified key does not exist."),
                {"Content-Type": "application/xml", "x-amz-request-id": "HDRREQ9"},
            )
        )
    )
    with client(rt, server) as c, pytest.raises(rt.NotFoundError) as info:
        c._request("GET", "/bucket/missing.txt")
    error = info.value
    assert error.code == "NoSuchKey"
    assert error.request_id == "HDRREQ9"  # the header wins over the document's
    assert "NoSuchKey: The specified key does not exist." in str(error)
    assert error.body["Key"] == "missing.txt"


def test_request_id_from_the_document_when_no_header(
    rt: ModuleType, serve: Callable[..., ScriptedServer]
) -> None:
    server = serve(always(Respond(409, s3_error("BucketAlreadyOwnedByYou", "yours"), {})))
    with client(rt, server) as c, pytest.raises(rt.ConflictError) as info:
        c._request("PUT", "/bucket")
    assert (info.value.code, info.value.request_id) == ("BucketAlreadyOwnedByYou", "DOCREQ1")


def test_slow_down_is_retried_then_surfaces_as_a_server_error(
    rt: ModuleType, serve: Callable[..., ScriptedServer]
) -> None:
    server = serve(first_n(2, Respond(503, s3_error("SlowDown", "Reduce your request rate."), {})))
    with client(rt, server) as c:
        assert c._request("GET", "/bucket").status_code == 200
    assert len(server.requests) == 3
    server2 = serve(always(Respond(503, s3_error("SlowDown", "Reduce your request rate."), {})))
    with client(rt, server2) as c, pytest.raises(rt.ServerError) as info:
        c._request("GET", "/bucket")
    assert info.value.code == "SlowDown"


def test_an_html_error_page_and_json_errors_keep_working(
    rt: ModuleType, serve: Callable[..., ScriptedServer]
) -> None:
    server = serve(
        always(Respond(404, b"<html><body>nope</body></html>", {"Content-Type": "text/html"}))
    )
    with client(rt, server) as c, pytest.raises(rt.NotFoundError) as info:
        c._request("GET", "/x")
    assert info.value.code is None
    server2 = serve(always(Respond(404, {"error": {"message": "no such thing"}})))
    with client(rt, server2) as c, pytest.raises(rt.NotFoundError, match="no such thing") as info2:
        c._request("GET", "/x")
    assert info2.value.code is None
