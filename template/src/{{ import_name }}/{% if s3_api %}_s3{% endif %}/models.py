"""The S3 answers as typed models (decoded from S3's XML by ``_runtime.xmlcodec``).

Field names are snake_case in Python and PascalCase on the wire (``rename="pascal"``),
as S3 writes them; repeated elements without a wrapper (``<Contents>``, ``<Part>``) are
``list`` fields named after the element.
"""

from __future__ import annotations

from datetime import datetime

import msgspec

__all__ = [
    "Bucket",
    "CommonPrefix",
    "CompletedPart",
    "CompletedUpload",
    "CopyResult",
    "DeleteError",
    "DeleteResult",
    "DeletedObject",
    "MultipartUpload",
    "ObjectHead",
    "ObjectSummary",
    "ObjectsPage",
    "Part",
    "PartsPage",
    "PutResult",
]


class _Model(msgspec.Struct, rename="pascal", kw_only=True):
    pass


class Bucket(_Model):
    """One bucket of ``ListBuckets``."""

    name: str
    creation_date: datetime | None = None


class _BucketList(_Model):
    bucket: list[Bucket] = []


class ListAllMyBucketsResult(_Model):
    buckets: _BucketList | None = None


class ObjectSummary(_Model):
    """One object of a ``ListObjectsV2`` page (``<Contents>``)."""

    key: str
    size: int = 0
    etag: str = msgspec.field(default="", name="ETag")
    last_modified: datetime | None = None
    storage_class: str | None = None


class CommonPrefix(_Model):
    """A "folder" of a listing with a ``delimiter``."""

    prefix: str


class ObjectsPage(_Model):
    """One ``ListObjectsV2`` page; ``next_continuation_token`` asks for the next."""

    name: str = ""
    prefix: str | None = None
    key_count: int = 0
    max_keys: int = 0
    is_truncated: bool = False
    contents: list[ObjectSummary] = []
    common_prefixes: list[CommonPrefix] = []
    continuation_token: str | None = None
    next_continuation_token: str | None = None


class PutResult(_Model):
    """What a ``PutObject`` (or a whole upload) returned."""

    etag: str = msgspec.field(default="", name="ETag")
    version_id: str | None = None


class ObjectHead(_Model):
    """An object's metadata (``HeadObject``; the headers of ``GetObject``)."""

    content_length: int = 0
    content_type: str | None = None
    etag: str = msgspec.field(default="", name="ETag")
    last_modified: str | None = None
    version_id: str | None = None
    metadata: dict[str, str] = {}


class CopyResult(_Model):
    """``CopyObject``'s answer (``<CopyObjectResult>``)."""

    etag: str = msgspec.field(default="", name="ETag")
    last_modified: datetime | None = None


class DeletedObject(_Model):
    key: str
    version_id: str | None = None


class DeleteError(_Model):
    key: str
    code: str = ""
    message: str = ""


class DeleteResult(_Model):
    """``DeleteObjects``: the keys deleted and those that failed (``<Error>``)."""

    deleted: list[DeletedObject] = []
    errors: list[DeleteError] = msgspec.field(default_factory=list, name="Error")


class MultipartUpload(_Model):
    """A started multipart upload (``<InitiateMultipartUploadResult>``)."""

    bucket: str
    key: str
    upload_id: str


class CompletedPart(_Model):
    """A part uploaded: its number and the ETag S3 gave it."""

    part_number: int
    etag: str = msgspec.field(name="ETag")


class Part(_Model):
    """One part of ``ListParts``."""

    part_number: int
    etag: str = msgspec.field(default="", name="ETag")
    size: int = 0
    last_modified: datetime | None = None


class PartsPage(_Model):
    """One ``ListParts`` page."""

    bucket: str = ""
    key: str = ""
    upload_id: str = ""
    is_truncated: bool = False
    next_part_number_marker: int | None = None
    parts: list[Part] = msgspec.field(default_factory=list, name="Part")


class CompletedUpload(_Model):
    """``CompleteMultipartUpload``'s answer."""

    location: str | None = None
    bucket: str = ""
    key: str = ""
    etag: str = msgspec.field(default="", name="ETag")


# Request documents ----------------------------------------------------------------------


class CreateBucketConfiguration(_Model):
    location_constraint: str


class ObjectIdentifier(_Model):
    key: str


class Delete(_Model):
    object: list[ObjectIdentifier]
    quiet: bool = False


class CompleteMultipartUpload(_Model):
    part: list[CompletedPart]
