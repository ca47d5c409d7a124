"""What each S3 operation sends and how its answer is read, shared by the sync and
async resources (which only differ in how they wait)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from .._runtime import APIStatusError, ConfigurationError
from .._runtime.xmlcodec import decode_xml, encode_xml, xml_error_fields
from .addressing import Addressing, bucket_target, check_bucket, encode_key
from .models import (
    CompletedPart,
    CompleteMultipartUpload,
    CreateBucketConfiguration,
    Delete,
    ObjectHead,
    ObjectIdentifier,
    PutResult,
)

__all__ = ["Plan", "Target", "decode", "head_from", "put_result"]

T = TypeVar("T")
XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/"
MAX_DELETE_KEYS = 1000
MIN_PART_SIZE = 5 * 1024 * 1024
MAX_PART_SIZE = 5 * 1024 * 1024 * 1024
MAX_PARTS = 10_000


@dataclass
class Plan:
    """One request: ``client._request(plan.method, plan.target, **plan.options())``."""

    method: str
    target: str
    params: dict[str, object] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content: object = None
    idempotent: bool | None = None  # True: a POST S3 lets us repeat, retried like a PUT

    def options(self, **more: object) -> dict[str, Any]:
        out: dict[str, Any] = {"headers": self.headers or None}
        if self.idempotent is not None:
            out["idempotent"] = self.idempotent
        if self.params:
            out["params"] = self.params
        if self.content is not None:
            out["content"] = self.content
        out.update({k: v for k, v in more.items() if v is not None})
        return out


class Target:
    """Builds the URLs of one client's buckets and keys."""

    def __init__(self, client: Any) -> None:
        self._base_url: str = client.config.base_url
        self._addressing: Addressing = getattr(client, "_s3_addressing", "virtual")
        self._auth: httpx.Auth | None = client._auth

    def of(self, bucket: str, key: str | None = None) -> str:
        return bucket_target(self._base_url, self._addressing, bucket, key)

    def url(self, bucket: str, key: str | None = None) -> str:
        target = self.of(bucket, key)
        return target if "://" in target else self._base_url.rstrip("/") + target

    @property
    def region(self) -> str | None:
        region = getattr(self._auth, "region", None)
        return region if isinstance(region, str) else None

    def presign(self, method: str, bucket: str, key: str, expires_in: int) -> str:
        presign = getattr(self._auth, "presign", None)
        if presign is None:
            raise ConfigurationError("presigned URLs need the client's SigV4 credentials")
        url: str = presign(method, self.url(bucket, key), expires_in=expires_in)
        return url


def decode(response: httpx.Response, type_: type[T]) -> T:  # noqa: UP047, RUF100
    """The XML body as ``type_``; an ``<Error>`` in a 200 answer (S3 sends them for
    ``CopyObject`` and ``CompleteMultipartUpload``) raises as the error it is."""
    fields = xml_error_fields(response.content)
    if fields.get("Code"):
        request_id = fields.get("RequestId") or response.headers.get("x-amz-request-id")
        error = APIStatusError(
            response.status_code,
            response,
            request_id,
            message=f"S3 error in a {response.status_code} answer: {fields['Code']}",
            body=fields,
        )
        error.code = fields["Code"]
        raise error
    return decode_xml(response.content, type_, status_code=response.status_code)


def put_result(response: httpx.Response) -> PutResult:
    return PutResult(
        etag=response.headers.get("etag", ""),
        version_id=response.headers.get("x-amz-version-id"),
    )


def head_from(headers: httpx.Headers) -> ObjectHead:
    metadata = {
        name[len("x-amz-meta-") :]: value
        for name, value in headers.items()
        if name.lower().startswith("x-amz-meta-")
    }
    return ObjectHead(
        content_length=int(headers.get("content-length") or 0),
        content_type=headers.get("content-type"),
        etag=headers.get("etag", ""),
        last_modified=headers.get("last-modified"),
        version_id=headers.get("x-amz-version-id"),
        metadata=metadata,
    )


def object_headers(content_type: str | None, metadata: Mapping[str, str] | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if content_type:
        headers["content-type"] = content_type
    for name, value in (metadata or {}).items():
        if not name or not all(c.isalnum() or c in "-_" for c in name):
            raise ConfigurationError(f"metadata names are letters, digits, - and _: {name!r}")
        headers[f"x-amz-meta-{name.lower()}"] = str(value)
    return headers


def range_header(range_: str | tuple[int, int] | None) -> dict[str, str]:
    """``(first, last)`` byte positions (inclusive, as HTTP) or a ``bytes=...`` string."""
    if range_ is None:
        return {}
    if isinstance(range_, tuple):
        first, last = range_
        if not (isinstance(first, int) and isinstance(last, int)) or not 0 <= first <= last:
            raise ConfigurationError("range=(first, last) needs 0 <= first <= last")
        return {"range": f"bytes={first}-{last}"}
    if not isinstance(range_, str) or not range_.startswith("bytes="):
        raise ConfigurationError("range must be (first, last) or a 'bytes=...' string")
    return {"range": range_}


# -- the operations ------------------------------------------------------------------------


def list_buckets() -> Plan:
    return Plan("GET", "/")


def create_bucket(t: Target, bucket: str, region: str | None) -> Plan:
    region = region if region is not None else t.region
    content = None
    if region and region not in ("us-east-1", "auto"):
        config = CreateBucketConfiguration(location_constraint=region)
        content = encode_xml("CreateBucketConfiguration", config, xmlns=XMLNS)
    headers = {"content-type": "application/xml"} if content else {}
    return Plan("PUT", t.of(bucket), headers=headers, content=content)


def delete_bucket(t: Target, bucket: str) -> Plan:
    return Plan("DELETE", t.of(bucket))


def put_object(
    t: Target,
    bucket: str,
    key: str,
    body: object,
    content_type: str | None,
    metadata: Mapping[str, str] | None,
) -> Plan:
    headers = object_headers(content_type or "application/octet-stream", metadata)
    return Plan("PUT", t.of(bucket, key), headers=headers, content=body)


def get_object(t: Target, bucket: str, key: str, range_: str | tuple[int, int] | None) -> Plan:
    return Plan("GET", t.of(bucket, key), headers=range_header(range_))


def head_object(t: Target, bucket: str, key: str) -> Plan:
    return Plan("HEAD", t.of(bucket, key))


def delete_object(t: Target, bucket: str, key: str) -> Plan:
    return Plan("DELETE", t.of(bucket, key))


def delete_objects(t: Target, bucket: str, keys: Iterable[str], quiet: bool) -> Plan:
    listed = list(keys)
    for k in listed:
        encode_key(k)  # refuses an empty or non-str key before sending
    if not listed or len(listed) > MAX_DELETE_KEYS:
        raise ConfigurationError(f"delete_many takes 1 to {MAX_DELETE_KEYS} keys per call")
    document = Delete(object=[ObjectIdentifier(key=k) for k in listed], quiet=quiet)
    content = encode_xml("Delete", document, xmlns=XMLNS)
    md5 = base64.b64encode(hashlib.md5(content, usedforsecurity=False).digest()).decode()
    headers = {"content-type": "application/xml", "content-md5": md5}
    params: dict[str, object] = {"delete": ""}
    return Plan("POST", t.of(bucket), params, headers, content, idempotent=True)


def copy_object(t: Target, source_bucket: str, source_key: str, bucket: str, key: str) -> Plan:
    source = f"/{check_bucket(source_bucket)}/{encode_key(source_key)}"
    return Plan("PUT", t.of(bucket, key), headers={"x-amz-copy-source": source})


def list_objects(
    t: Target,
    bucket: str,
    prefix: str | None,
    delimiter: str | None,
    continuation_token: str | None,
    start_after: str | None,
    max_keys: int | None,
) -> Plan:
    if max_keys is not None and not (isinstance(max_keys, int) and 1 <= max_keys <= 1000):
        raise ConfigurationError("max_keys must be an int from 1 to 1000")
    params: dict[str, object] = {"list-type": "2"}
    for name, value in (
        ("prefix", prefix),
        ("delimiter", delimiter),
        ("continuation-token", continuation_token),
        ("start-after", start_after),
        ("max-keys", max_keys),
    ):
        if value is not None:
            params[name] = str(value)
    return Plan("GET", t.of(bucket), params=params)


def create_upload(
    t: Target, bucket: str, key: str, content_type: str | None, metadata: Mapping[str, str] | None
) -> Plan:
    headers = object_headers(content_type or "application/octet-stream", metadata)
    # Repeating it at worst leaves an unused upload behind (botocore retries it too).
    return Plan("POST", t.of(bucket, key), params={"uploads": ""}, headers=headers, idempotent=True)


def check_part_number(part_number: int) -> int:
    if not isinstance(part_number, int) or not 1 <= part_number <= MAX_PARTS:
        raise ConfigurationError(f"part_number must be an int from 1 to {MAX_PARTS}")
    return part_number


def upload_part(
    t: Target, bucket: str, key: str, upload_id: str, part_number: int, body: object
) -> Plan:
    params: dict[str, object] = {
        "partNumber": str(check_part_number(part_number)),
        "uploadId": upload_id,
    }
    return Plan("PUT", t.of(bucket, key), params=params, content=body)


def complete_upload(
    t: Target, bucket: str, key: str, upload_id: str, parts: Iterable[CompletedPart]
) -> Plan:
    ordered = sorted(parts, key=lambda p: p.part_number)
    if not ordered:
        raise ConfigurationError("complete needs at least one uploaded part")
    content = encode_xml(
        "CompleteMultipartUpload", CompleteMultipartUpload(part=ordered), xmlns=XMLNS
    )
    headers = {"content-type": "application/xml"}
    params: dict[str, object] = {"uploadId": upload_id}
    return Plan("POST", t.of(bucket, key), params, headers, content, idempotent=True)


def abort_upload(t: Target, bucket: str, key: str, upload_id: str) -> Plan:
    return Plan("DELETE", t.of(bucket, key), params={"uploadId": upload_id})


def list_parts(
    t: Target,
    bucket: str,
    key: str,
    upload_id: str,
    max_parts: int | None,
    part_number_marker: int | None,
) -> Plan:
    params: dict[str, object] = {"uploadId": upload_id}
    if max_parts is not None:
        params["max-parts"] = str(max_parts)
    if part_number_marker is not None:
        params["part-number-marker"] = str(part_number_marker)
    return Plan("GET", t.of(bucket, key), params=params)
