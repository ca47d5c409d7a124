"""``client.<buckets|objects|multipart>.with_raw_response``: the S3 resources' calls of
one request each, returning the call's :class:`RawResponse` (status, headers, request
id, ``parse()`` to the usual result), through the runtime's wrappers the generated
resources use. ``objects.with_raw_response.get`` parses to the open binary body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from .resources import AsyncBuckets, AsyncMultipart, AsyncObjects, Buckets, Multipart, Objects

__all__ = [
    "AsyncBucketsWithRawResponse",
    "AsyncMultipartWithRawResponse",
    "AsyncObjectsWithRawResponse",
    "BucketsWithRawResponse",
    "MultipartWithRawResponse",
    "ObjectsWithRawResponse",
]


class BucketsWithRawResponse:
    """:class:`Buckets` with every call returning its :class:`RawResponse`."""

    def __init__(self, resource: Buckets) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class ObjectsWithRawResponse:
    """:class:`Objects` with every one-request call returning its :class:`RawResponse`."""

    def __init__(self, resource: Objects) -> None:
        self.put = to_raw_response_wrapper(resource.put)
        self.get = to_raw_response_wrapper(resource.get)
        self.head = to_raw_response_wrapper(resource.head)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.copy = to_raw_response_wrapper(resource.copy)
        self.list_page = to_raw_response_wrapper(resource.list_page)


class MultipartWithRawResponse:
    """:class:`Multipart` with every call returning its :class:`RawResponse`."""

    def __init__(self, resource: Multipart) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.upload_part = to_raw_response_wrapper(resource.upload_part)
        self.complete = to_raw_response_wrapper(resource.complete)
        self.abort = to_raw_response_wrapper(resource.abort)
        self.list_parts = to_raw_response_wrapper(resource.list_parts)


class AsyncBucketsWithRawResponse:
    """The async twin of :class:`BucketsWithRawResponse`."""

    def __init__(self, resource: AsyncBuckets) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncObjectsWithRawResponse:
    """The async twin of :class:`ObjectsWithRawResponse`."""

    def __init__(self, resource: AsyncObjects) -> None:
        self.put = async_to_raw_response_wrapper(resource.put)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.head = async_to_raw_response_wrapper(resource.head)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.delete_many = async_to_raw_response_wrapper(resource.delete_many)
        self.copy = async_to_raw_response_wrapper(resource.copy)
        self.list_page = async_to_raw_response_wrapper(resource.list_page)


class AsyncMultipartWithRawResponse:
    """The async twin of :class:`MultipartWithRawResponse`."""

    def __init__(self, resource: AsyncMultipart) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.upload_part = async_to_raw_response_wrapper(resource.upload_part)
        self.complete = async_to_raw_response_wrapper(resource.complete)
        self.abort = async_to_raw_response_wrapper(resource.abort)
        self.list_parts = async_to_raw_response_wrapper(resource.list_parts)
