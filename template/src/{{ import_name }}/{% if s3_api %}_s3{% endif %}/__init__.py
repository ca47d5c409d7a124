"""S3 object storage: ``client.buckets``, ``client.objects``, ``client.multipart``.

Copied verbatim into packages generated with ``s3_api: true``. S3 speaks XML (decoded
by ``_runtime.xmlcodec`` into the models of ``models.py``), signs every attempt with
SigV4 (``_runtime.sigv4``) and addresses buckets by host or by path (``addressing.py``).
"""

from .addressing import Addressing, bucket_target, check_addressing, encode_key
from .memory import MemoryS3
from .models import (
    Bucket,
    CommonPrefix,
    CompletedPart,
    CompletedUpload,
    CopyResult,
    DeletedObject,
    DeleteError,
    DeleteResult,
    MultipartUpload,
    ObjectHead,
    ObjectsPage,
    ObjectSummary,
    Part,
    PartsPage,
    PutResult,
)
from .resources import AsyncBuckets, AsyncMultipart, AsyncObjects, Buckets, Multipart, Objects
from .transfer import DEFAULT_CONCURRENCY, DEFAULT_PART_SIZE, DEFAULT_THRESHOLD

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_PART_SIZE",
    "DEFAULT_THRESHOLD",
    "Addressing",
    "AsyncBuckets",
    "AsyncMultipart",
    "AsyncObjects",
    "Bucket",
    "Buckets",
    "CommonPrefix",
    "CompletedPart",
    "CompletedUpload",
    "CopyResult",
    "DeleteError",
    "DeleteResult",
    "DeletedObject",
    "MemoryS3",
    "Multipart",
    "MultipartUpload",
    "ObjectHead",
    "ObjectSummary",
    "Objects",
    "ObjectsPage",
    "Part",
    "PartsPage",
    "PutResult",
    "bucket_target",
    "check_addressing",
    "encode_key",
]
