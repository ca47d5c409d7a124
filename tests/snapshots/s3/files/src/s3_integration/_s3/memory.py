"""An in-memory S3 behind an ``httpx.MockTransport``: what the MockClient answers S3
calls with (buckets, objects, ranges, listing pages, multipart uploads, S3's XML
errors), path-style or virtual-hosted, with no network and no credentials checked."""

from __future__ import annotations

import hashlib
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qsl, unquote
from xml.sax.saxutils import escape

import httpx

from .._runtime.xmlcodec import decode_xml
from .models import CompleteMultipartUpload, Delete

__all__ = ["OPERATIONS", "MemoryS3"]

#: The S3 calls by the resource method that sends them: what ``mock.backend.on(...)``
#: programs and ``mock.backend.calls`` records ("s3.unsupported": anything else).
OPERATIONS = frozenset(
    {
        "buckets.list",
        "buckets.create",
        "buckets.delete",
        "objects.put",
        "objects.get",
        "objects.head",
        "objects.delete",
        "objects.delete_many",
        "objects.copy",
        "objects.list_page",
        "multipart.create",
        "multipart.upload_part",
        "multipart.complete",
        "multipart.abort",
        "multipart.list_parts",
        "s3.unsupported",
    }
)
_BUCKET_CALLS = {"PUT": "buckets.create", "DELETE": "buckets.delete", "GET": "objects.list_page"}
_UPLOAD_CALLS = {
    "PUT": "multipart.upload_part",
    "POST": "multipart.complete",
    "DELETE": "multipart.abort",
    "GET": "multipart.list_parts",
}
_OBJECT_CALLS = {
    "PUT": "objects.put",
    "GET": "objects.get",
    "HEAD": "objects.head",
    "DELETE": "objects.delete",
}

_XMLNS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"'


@dataclass
class _Object:
    data: bytes
    content_type: str
    metadata: dict[str, str]
    modified: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def etag(self) -> str:
        return '"' + hashlib.md5(self.data, usedforsecurity=False).hexdigest() + '"'


def _xml(root: str, inner: str, status: int = 200) -> httpx.Response:
    body = f'<?xml version="1.0" encoding="UTF-8"?><{root} {_XMLNS}>{inner}</{root}>'
    return httpx.Response(
        status, content=body.encode(), headers={"content-type": "application/xml"}
    )


def _el(name: str, value: object) -> str:
    return f"<{name}>{escape(str(value))}</{name}>"


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class MemoryS3:
    """The store (``buckets``: name -> key -> object); ``transport()`` serves it and
    records every request in ``requests``."""

    def __init__(self, base_host: str = "mock.invalid") -> None:
        self.base_host = base_host
        self.buckets: dict[str, dict[str, _Object]] = {}
        self.uploads: dict[str, tuple[str, str, dict[int, bytes], _Object]] = {}
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def transport(self) -> httpx.MockTransport:
        """The store alone (no programmed failures: the MockClient's backend adds them)."""
        return httpx.MockTransport(self.serve)

    def serve(self, request: httpx.Request) -> httpx.Response:
        """Record ``request`` and answer it from the store."""
        with self._lock:
            self.requests.append(request)
            return self.handle(request)

    def operation_of(self, request: httpx.Request) -> tuple[str, dict[str, Any]]:
        """The operation ``request`` is (see ``OPERATIONS``) and its parameters."""
        bucket, key = self._split(request)
        query = dict(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))
        params: dict[str, Any] = {**query, "bucket": bucket, "key": key}
        method = request.method
        if bucket is None:
            name = "buckets.list" if method == "GET" else None
        elif key is None:
            name = "objects.delete_many" if "delete" in query else _BUCKET_CALLS.get(method)
        elif "uploads" in query:
            name = "multipart.create" if method == "POST" else None
        elif "uploadId" in query:
            name = _UPLOAD_CALLS.get(method)
        elif method == "PUT" and "x-amz-copy-source" in request.headers:
            name = "objects.copy"
        else:
            name = _OBJECT_CALLS.get(method)
        return name or "s3.unsupported", {k: v for k, v in params.items() if v is not None}

    def error(self, status: int, code: str, message: str) -> httpx.Response:
        request_id = uuid.uuid4().hex[:16].upper()
        inner = _el("Code", code) + _el("Message", message) + _el("RequestId", request_id)
        response = _xml("Error", inner, status)
        response.headers["x-amz-request-id"] = request_id
        return response

    def _split(self, request: httpx.Request) -> tuple[str | None, str | None]:
        host = request.url.host
        path = request.url.raw_path.decode("ascii").split("?")[0]
        if host != self.base_host and host.endswith("." + self.base_host):
            bucket: str | None = host[: -len(self.base_host) - 1]
            key = unquote(path[1:]) or None
        else:
            parts = path[1:].split("/", 1)
            bucket = unquote(parts[0]) or None
            key = unquote(parts[1]) if len(parts) > 1 and parts[1] else None
        return bucket, key

    def handle(self, request: httpx.Request) -> httpx.Response:
        bucket, key = self._split(request)
        query = dict(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))
        method = request.method
        if bucket is None:
            return self._list_buckets()
        if key is None:
            return self._bucket_call(method, bucket, query, request)
        if bucket not in self.buckets:
            return self.error(404, "NoSuchBucket", "The specified bucket does not exist")
        if "uploadId" in query or "uploads" in query:
            return self._multipart(method, bucket, key, query, request)
        return self._object_call(method, bucket, key, request)

    def _list_buckets(self) -> httpx.Response:
        items = "".join(
            f"<Bucket>{_el('Name', name)}{_el('CreationDate', _iso(datetime.now(UTC)))}</Bucket>"
            for name in sorted(self.buckets)
        )
        return _xml("ListAllMyBucketsResult", f"<Buckets>{items}</Buckets>")

    def _bucket_call(
        self, method: str, bucket: str, query: dict[str, str], request: httpx.Request
    ) -> httpx.Response:
        if method == "PUT":
            if bucket in self.buckets:
                return self.error(409, "BucketAlreadyOwnedByYou", "You already own it")
            self.buckets[bucket] = {}
            return httpx.Response(200)
        objects = self.buckets.get(bucket)
        if objects is None:
            return self.error(404, "NoSuchBucket", "The specified bucket does not exist")
        if method == "DELETE":
            if objects:
                return self.error(
                    409, "BucketNotEmpty", "The bucket you tried to delete is not empty"
                )
            del self.buckets[bucket]
            return httpx.Response(204)
        if method == "POST" and "delete" in query:
            document = decode_xml(request.content, Delete)
            deleted = ""
            for item in document.object:
                objects.pop(item.key, None)
                deleted += f"<Deleted>{_el('Key', item.key)}</Deleted>"
            return _xml("DeleteResult", "" if document.quiet else deleted)
        if method == "GET":
            return self._list_objects(bucket, objects, query)
        return self.error(405, "MethodNotAllowed", "not supported by the mock")

    def _list_objects(
        self, bucket: str, objects: dict[str, _Object], query: dict[str, str]
    ) -> httpx.Response:
        prefix = query.get("prefix", "")
        limit = int(query.get("max-keys") or 1000)
        after = query.get("continuation-token") or query.get("start-after") or ""
        keys = [k for k in sorted(objects) if k.startswith(prefix) and k > after]
        page, more = keys[:limit], len(keys) > limit
        contents = "".join(
            f"<Contents>{_el('Key', k)}{_el('LastModified', _iso(objects[k].modified))}"
            f"{_el('ETag', objects[k].etag)}{_el('Size', len(objects[k].data))}"
            "<StorageClass>STANDARD</StorageClass></Contents>"
            for k in page
        )
        inner = (
            _el("Name", bucket)
            + _el("Prefix", prefix)
            + _el("KeyCount", len(page))
            + _el("MaxKeys", limit)
            + _el("IsTruncated", "true" if more else "false")
            + contents
        )
        if more:
            inner += _el("NextContinuationToken", page[-1])
        return _xml("ListBucketResult", inner)

    def _object_call(
        self, method: str, bucket: str, key: str, request: httpx.Request
    ) -> httpx.Response:
        objects = self.buckets[bucket]
        if method == "PUT":
            source = request.headers.get("x-amz-copy-source")
            if source:
                src_bucket, _, src_key = unquote(source).lstrip("/").partition("/")
                found = self.buckets.get(src_bucket, {}).get(src_key)
                if found is None:
                    return self.error(404, "NoSuchKey", "The specified key does not exist.")
                objects[key] = _Object(found.data, found.content_type, dict(found.metadata))
                inner = _el("ETag", objects[key].etag) + _el(
                    "LastModified", _iso(objects[key].modified)
                )
                return _xml("CopyObjectResult", inner)
            obj = _Object(request.content, request.headers.get("content-type", ""), _meta(request))
            objects[key] = obj
            return httpx.Response(200, headers={"etag": obj.etag})
        if method == "DELETE":
            objects.pop(key, None)
            return httpx.Response(204)
        found = objects.get(key)
        if found is None:
            if method == "HEAD":
                return httpx.Response(404)
            return self.error(404, "NoSuchKey", "The specified key does not exist.")
        headers = {"etag": found.etag, "content-type": found.content_type or "binary/octet-stream"}
        headers["last-modified"] = format_datetime(found.modified, usegmt=True)
        headers.update({f"x-amz-meta-{k}": v for k, v in found.metadata.items()})
        data = found.data
        status = 200
        wanted = request.headers.get("range")
        if wanted and wanted.startswith("bytes="):
            first_text, _, last_text = wanted[6:].partition("-")
            first = int(first_text)
            last = min(int(last_text) if last_text else len(data) - 1, len(data) - 1)
            headers["content-range"] = f"bytes {first}-{last}/{len(data)}"
            data, status = data[first : last + 1], 206
        headers["content-length"] = str(len(data))
        if method == "HEAD":
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, content=data, headers=headers)

    def _multipart(
        self, method: str, bucket: str, key: str, query: dict[str, str], request: httpx.Request
    ) -> httpx.Response:
        if method == "POST" and "uploads" in query:
            upload_id = uuid.uuid4().hex
            template = _Object(b"", request.headers.get("content-type", ""), _meta(request))
            self.uploads[upload_id] = (bucket, key, {}, template)
            inner = _el("Bucket", bucket) + _el("Key", key) + _el("UploadId", upload_id)
            return _xml("InitiateMultipartUploadResult", inner)
        upload = self.uploads.get(query["uploadId"])
        if upload is None:
            return self.error(404, "NoSuchUpload", "The specified upload does not exist.")
        _, _, parts, template = upload
        if method == "PUT":
            number = int(query["partNumber"])
            parts[number] = request.content
            etag = '"' + hashlib.md5(request.content, usedforsecurity=False).hexdigest() + '"'
            return httpx.Response(200, headers={"etag": etag})
        if method == "DELETE":
            del self.uploads[query["uploadId"]]
            return httpx.Response(204)
        if method == "GET":
            listed = "".join(
                f"<Part>{_el('PartNumber', n)}{_el('Size', len(parts[n]))}</Part>"
                for n in sorted(parts)
            )
            inner = _el("Bucket", bucket) + _el("Key", key) + _el("UploadId", query["uploadId"])
            return _xml("ListPartsResult", inner + _el("IsTruncated", "false") + listed)
        document = decode_xml(request.content, CompleteMultipartUpload)
        numbers = [p.part_number for p in document.part]
        if any(n not in parts for n in numbers):
            return self.error(400, "InvalidPart", "One or more of the parts could not be found.")
        data = b"".join(parts[n] for n in numbers)
        self.buckets[bucket][key] = _Object(data, template.content_type, template.metadata)
        del self.uploads[query["uploadId"]]
        inner = (
            _el("Bucket", bucket) + _el("Key", key) + _el("ETag", self.buckets[bucket][key].etag)
        )
        return _xml("CompleteMultipartUploadResult", inner)


def _meta(request: httpx.Request) -> dict[str, str]:
    return {
        name[len("x-amz-meta-") :]: value
        for name, value in request.headers.items()
        if name.lower().startswith("x-amz-meta-")
    }
