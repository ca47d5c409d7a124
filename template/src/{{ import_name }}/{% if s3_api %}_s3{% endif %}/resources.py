"""``client.buckets``, ``client.objects`` and ``client.multipart``: S3's operations, sync
and async (the same methods; the async ones are awaited)."""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from functools import cached_property
from typing import Any, TypeVar

import httpx

from .._runtime import AsyncAPIClient, AsyncBinaryResponse, BinaryResponse, SyncAPIClient
from . import raw
from . import requests as rq
from .models import (
    Bucket,
    CompletedPart,
    CompletedUpload,
    CopyResult,
    DeleteResult,
    ListAllMyBucketsResult,
    MultipartUpload,
    ObjectHead,
    ObjectsPage,
    ObjectSummary,
    PartsPage,
    PutResult,
)
from .transfer import (
    DEFAULT_CONCURRENCY,
    DEFAULT_PART_SIZE,
    DEFAULT_THRESHOLD,
    Source,
    check_concurrency,
    check_part_size,
)

__all__ = [
    "AsyncBuckets",
    "AsyncMultipart",
    "AsyncObjects",
    "Buckets",
    "Multipart",
    "Objects",
]

Range = str | tuple[int, int] | None
T = TypeVar("T")


def _nothing(_response: httpx.Response) -> None:
    return None


def _xml(type_: type[T]) -> Callable[[httpx.Response], T]:  # noqa: UP047, RUF100
    return lambda response: rq.decode(response, type_)


def _bucket_list(response: httpx.Response) -> builtins.list[Bucket]:
    result = rq.decode(response, ListAllMyBucketsResult)
    return list(result.buckets.bucket) if result.buckets else []


def _head(response: httpx.Response) -> ObjectHead:
    return rq.head_from(response.headers)


def _part(part_number: int) -> Callable[[httpx.Response], CompletedPart]:
    return lambda r: CompletedPart(part_number=part_number, etag=r.headers.get("etag", ""))


class Buckets:
    """``client.buckets``: ListBuckets, CreateBucket, DeleteBucket."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._t = rq.Target(client)

    @cached_property
    def with_raw_response(self) -> raw.BucketsWithRawResponse:
        """The same calls, each returning its :class:`RawResponse` (status, headers,
        ``parse()``); not the helpers of several requests (list, upload, download)."""
        return raw.BucketsWithRawResponse(self)

    def _send(self, plan: rq.Plan, parse: Callable[[httpx.Response], T], **more: Any) -> T:  # noqa: UP047, RUF100
        """Send ``plan``; ``parse(response)``, or its ``RawResponse`` (``with_raw_response``)."""
        response = self._client._request(plan.method, plan.target, **plan.options(**more))
        return self._client._result(response, parse)

    def list(self) -> builtins.list[Bucket]:
        """Every bucket of the account."""
        return self._send(rq.list_buckets(), _bucket_list)

    def create(self, bucket: str, *, region: str | None = None) -> None:
        """Create ``bucket`` (in ``region``, default: the credentials' region)."""
        return self._send(rq.create_bucket(self._t, bucket, region), _nothing)

    def delete(self, bucket: str) -> None:
        """Delete the (empty) ``bucket``."""
        return self._send(rq.delete_bucket(self._t, bucket), _nothing)


class Objects:
    """``client.objects``: put, get (ranges), head, delete, delete_many, copy, list
    (paged by continuation token), upload and download of large files, presign."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._t = rq.Target(client)

    @cached_property
    def with_raw_response(self) -> raw.ObjectsWithRawResponse:
        """The same calls, each returning its :class:`RawResponse` (status, headers,
        ``parse()``); not the helpers of several requests (list, upload, download)."""
        return raw.ObjectsWithRawResponse(self)

    def _send(self, plan: rq.Plan, parse: Callable[[httpx.Response], T], **more: Any) -> T:  # noqa: UP047, RUF100
        """Send ``plan``; ``parse(response)``, or its ``RawResponse`` (``with_raw_response``)."""
        response = self._client._request(plan.method, plan.target, **plan.options(**more))
        return self._client._result(response, parse)

    def put(
        self,
        bucket: str,
        key: str,
        body: bytes | os.PathLike[str] | Any,
        *,
        content_type: str | None = None,
        metadata: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PutResult:
        """Store ``body`` (bytes, a ``Path`` or a binary file, streamed from disk)."""
        plan = rq.put_object(self._t, bucket, key, body, content_type, metadata)
        return self._send(plan, rq.put_result, timeout=timeout)

    def get(
        self,
        bucket: str,
        key: str,
        *,
        range: Range = None,  # noqa: A002 - S3's own name for it
    ) -> BinaryResponse:
        """The object's body, open: ``.read()``, ``.iter_bytes()``, ``.write_to_file()``;
        ``range=(first, last)`` asks for those bytes only (inclusive)."""
        plan = rq.get_object(self._t, bucket, key, range)
        return self._client._download(plan.method, plan.target, **plan.options())

    def download(self, bucket: str, key: str, path: str | os.PathLike[str]) -> int:
        """Stream the object into ``path`` (replaced once complete); the bytes written."""
        with self.get(bucket, key) as body:
            return body.write_to_file(path)

    def head(self, bucket: str, key: str) -> ObjectHead:
        """The object's size, type, ETag and metadata (``NotFoundError`` if absent)."""
        return self._send(rq.head_object(self._t, bucket, key), _head)

    def delete(self, bucket: str, key: str) -> None:
        """Delete the object (no error if it was absent: S3's rule)."""
        return self._send(rq.delete_object(self._t, bucket, key), _nothing)

    def delete_many(self, bucket: str, keys: Iterable[str], *, quiet: bool = False) -> DeleteResult:
        """Delete up to 1,000 keys in one call; failures are listed in ``errors``."""
        return self._send(rq.delete_objects(self._t, bucket, keys, quiet), _xml(DeleteResult))

    def copy(self, source_bucket: str, source_key: str, bucket: str, key: str) -> CopyResult:
        """Copy an object server-side."""
        plan = rq.copy_object(self._t, source_bucket, source_key, bucket, key)
        return self._send(plan, _xml(CopyResult))

    def list_page(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        delimiter: str | None = None,
        continuation_token: str | None = None,
        start_after: str | None = None,
        max_keys: int | None = None,
    ) -> ObjectsPage:
        """One ``ListObjectsV2`` page (up to ``max_keys``, at most 1,000)."""
        plan = rq.list_objects(
            self._t, bucket, prefix, delimiter, continuation_token, start_after, max_keys
        )
        return self._send(plan, _xml(ObjectsPage))

    def list(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        start_after: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[ObjectSummary]:
        """Every object (under ``prefix``), page after page, fetched as iterated."""
        token: str | None = None
        while True:
            page = self.list_page(
                bucket,
                prefix=prefix,
                continuation_token=token,
                start_after=start_after,
                max_keys=page_size,
            )
            yield from page.contents
            token = page.next_continuation_token
            if not page.is_truncated or not token:
                return

    def presign(self, bucket: str, key: str, *, method: str = "GET", expires_in: int = 3600) -> str:
        """A URL anyone may ``method`` (GET or PUT) for ``expires_in`` seconds."""
        return self._t.presign(method, bucket, key, expires_in)

    def upload(
        self,
        bucket: str,
        key: str,
        source: bytes | os.PathLike[str] | Any,
        *,
        content_type: str | None = None,
        metadata: Mapping[str, str] | None = None,
        threshold: int = DEFAULT_THRESHOLD,
        part_size: int = DEFAULT_PART_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> PutResult:
        """Upload ``source`` (bytes, a ``Path`` or a binary file) streaming from disk:
        one ``PutObject`` up to ``threshold`` bytes, else a multipart upload of
        ``part_size`` parts, ``concurrency`` at a time, each retried on its own; a
        failed upload is aborted on the server."""
        src = Source.of(source)
        check_concurrency(concurrency)
        check_part_size(part_size, src.size)  # refused before an upload is started
        if src.size is not None and src.size <= threshold:
            return self.put(bucket, key, src.whole(), content_type=content_type, metadata=metadata)
        multipart = Multipart(self._client)
        upload = multipart.create(bucket, key, content_type=content_type, metadata=metadata)
        handle = src.open()
        try:
            parts = self._send_parts(multipart, upload, src, handle, part_size, concurrency)
            done = multipart.complete(bucket, key, upload.upload_id, parts)
        except BaseException:
            with contextlib.suppress(Exception):
                multipart.abort(bucket, key, upload.upload_id)
            raise
        finally:
            if src.path is not None:
                handle.close()
        return PutResult(etag=done.etag)

    @staticmethod
    def _send_parts(
        multipart: Multipart,
        upload: MultipartUpload,
        src: Source,
        handle: Any,
        part_size: int,
        concurrency: int,
    ) -> builtins.list[CompletedPart]:
        done: builtins.list[CompletedPart] = []
        running: set[Future[CompletedPart]] = set()

        def collect(futures: set[Future[CompletedPart]]) -> None:
            for future in futures:
                done.append(future.result())  # the first failure raises

        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            try:
                for number, body in src.parts(part_size, handle):
                    if len(running) >= concurrency:  # at most `concurrency` parts in flight
                        finished, running = wait(running, return_when=FIRST_EXCEPTION)
                        collect(finished)
                    running.add(
                        pool.submit(
                            multipart.upload_part,
                            upload.bucket,
                            upload.key,
                            upload.upload_id,
                            number,
                            body,
                        )
                    )
                finished, running = wait(running, return_when=FIRST_EXCEPTION)
                collect(finished)
                collect(running)
            except BaseException:
                for future in running:
                    future.cancel()
                raise
        return done


class Multipart:
    """``client.multipart``: CreateMultipartUpload, UploadPart, CompleteMultipartUpload,
    AbortMultipartUpload, ListParts (``client.objects.upload`` drives them for you)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._t = rq.Target(client)

    @cached_property
    def with_raw_response(self) -> raw.MultipartWithRawResponse:
        """The same calls, each returning its :class:`RawResponse` (status, headers,
        ``parse()``); not the helpers of several requests (list, upload, download)."""
        return raw.MultipartWithRawResponse(self)

    def _send(self, plan: rq.Plan, parse: Callable[[httpx.Response], T], **more: Any) -> T:  # noqa: UP047, RUF100
        """Send ``plan``; ``parse(response)``, or its ``RawResponse`` (``with_raw_response``)."""
        response = self._client._request(plan.method, plan.target, **plan.options(**more))
        return self._client._result(response, parse)

    def create(
        self,
        bucket: str,
        key: str,
        *,
        content_type: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> MultipartUpload:
        plan = rq.create_upload(self._t, bucket, key, content_type, metadata)
        return self._send(plan, _xml(MultipartUpload))

    def upload_part(
        self, bucket: str, key: str, upload_id: str, part_number: int, body: bytes | Any
    ) -> CompletedPart:
        """Upload one part (5 MiB at least, but the last); retried on its own."""
        plan = rq.upload_part(self._t, bucket, key, upload_id, part_number, body)
        return self._send(plan, _part(part_number))

    def complete(
        self, bucket: str, key: str, upload_id: str, parts: Iterable[CompletedPart]
    ) -> CompletedUpload:
        plan = rq.complete_upload(self._t, bucket, key, upload_id, parts)
        return self._send(plan, _xml(CompletedUpload))

    def abort(self, bucket: str, key: str, upload_id: str) -> None:
        return self._send(rq.abort_upload(self._t, bucket, key, upload_id), _nothing)

    def list_parts(
        self,
        bucket: str,
        key: str,
        upload_id: str,
        *,
        max_parts: int | None = None,
        part_number_marker: int | None = None,
    ) -> PartsPage:
        plan = rq.list_parts(self._t, bucket, key, upload_id, max_parts, part_number_marker)
        return self._send(plan, _xml(PartsPage))


# -- async ---------------------------------------------------------------------------------


class AsyncBuckets:
    """The async twin of :class:`Buckets`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._t = rq.Target(client)

    @cached_property
    def with_raw_response(self) -> raw.AsyncBucketsWithRawResponse:
        """The same calls, each returning its :class:`RawResponse` (status, headers,
        ``parse()``); not the helpers of several requests (list, upload, download)."""
        return raw.AsyncBucketsWithRawResponse(self)

    async def _send(self, plan: rq.Plan, parse: Callable[[httpx.Response], T], **more: Any) -> T:  # noqa: UP047, RUF100
        """Send ``plan``; ``parse(response)``, or its ``RawResponse`` (``with_raw_response``)."""
        response = await self._client._request(plan.method, plan.target, **plan.options(**more))
        return self._client._result(response, parse)

    async def list(self) -> builtins.list[Bucket]:
        return await self._send(rq.list_buckets(), _bucket_list)

    async def create(self, bucket: str, *, region: str | None = None) -> None:
        return await self._send(rq.create_bucket(self._t, bucket, region), _nothing)

    async def delete(self, bucket: str) -> None:
        return await self._send(rq.delete_bucket(self._t, bucket), _nothing)


class AsyncObjects:
    """The async twin of :class:`Objects`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._t = rq.Target(client)

    @cached_property
    def with_raw_response(self) -> raw.AsyncObjectsWithRawResponse:
        """The same calls, each returning its :class:`RawResponse` (status, headers,
        ``parse()``); not the helpers of several requests (list, upload, download)."""
        return raw.AsyncObjectsWithRawResponse(self)

    async def _send(self, plan: rq.Plan, parse: Callable[[httpx.Response], T], **more: Any) -> T:  # noqa: UP047, RUF100
        """Send ``plan``; ``parse(response)``, or its ``RawResponse`` (``with_raw_response``)."""
        response = await self._client._request(plan.method, plan.target, **plan.options(**more))
        return self._client._result(response, parse)

    async def put(
        self,
        bucket: str,
        key: str,
        body: bytes | os.PathLike[str] | Any,
        *,
        content_type: str | None = None,
        metadata: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PutResult:
        plan = rq.put_object(self._t, bucket, key, body, content_type, metadata)
        return await self._send(plan, rq.put_result, timeout=timeout)

    async def get(
        self,
        bucket: str,
        key: str,
        *,
        range: Range = None,  # noqa: A002 - S3's own name for it
    ) -> AsyncBinaryResponse:
        plan = rq.get_object(self._t, bucket, key, range)
        return await self._client._download(plan.method, plan.target, **plan.options())

    async def download(self, bucket: str, key: str, path: str | os.PathLike[str]) -> int:
        body = await self.get(bucket, key)
        try:
            return await body.write_to_file(path)
        finally:
            await body.aclose()

    async def head(self, bucket: str, key: str) -> ObjectHead:
        return await self._send(rq.head_object(self._t, bucket, key), _head)

    async def delete(self, bucket: str, key: str) -> None:
        return await self._send(rq.delete_object(self._t, bucket, key), _nothing)

    async def delete_many(
        self, bucket: str, keys: Iterable[str], *, quiet: bool = False
    ) -> DeleteResult:
        return await self._send(rq.delete_objects(self._t, bucket, keys, quiet), _xml(DeleteResult))

    async def copy(self, source_bucket: str, source_key: str, bucket: str, key: str) -> CopyResult:
        plan = rq.copy_object(self._t, source_bucket, source_key, bucket, key)
        return await self._send(plan, _xml(CopyResult))

    async def list_page(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        delimiter: str | None = None,
        continuation_token: str | None = None,
        start_after: str | None = None,
        max_keys: int | None = None,
    ) -> ObjectsPage:
        plan = rq.list_objects(
            self._t, bucket, prefix, delimiter, continuation_token, start_after, max_keys
        )
        return await self._send(plan, _xml(ObjectsPage))

    async def list(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        start_after: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ObjectSummary]:
        token: str | None = None
        while True:
            page = await self.list_page(
                bucket,
                prefix=prefix,
                continuation_token=token,
                start_after=start_after,
                max_keys=page_size,
            )
            for item in page.contents:
                yield item
            token = page.next_continuation_token
            if not page.is_truncated or not token:
                return

    def presign(self, bucket: str, key: str, *, method: str = "GET", expires_in: int = 3600) -> str:
        return self._t.presign(method, bucket, key, expires_in)

    async def upload(
        self,
        bucket: str,
        key: str,
        source: bytes | os.PathLike[str] | Any,
        *,
        content_type: str | None = None,
        metadata: Mapping[str, str] | None = None,
        threshold: int = DEFAULT_THRESHOLD,
        part_size: int = DEFAULT_PART_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> PutResult:
        src = Source.of(source)
        check_concurrency(concurrency)
        check_part_size(part_size, src.size)  # refused before an upload is started
        if src.size is not None and src.size <= threshold:
            return await self.put(
                bucket, key, src.whole(), content_type=content_type, metadata=metadata
            )
        multipart = AsyncMultipart(self._client)
        upload = await multipart.create(bucket, key, content_type=content_type, metadata=metadata)
        handle = src.open()
        try:
            parts = await self._send_parts(multipart, upload, src, handle, part_size, concurrency)
            done = await multipart.complete(bucket, key, upload.upload_id, parts)
        except BaseException:
            with contextlib.suppress(Exception):
                await multipart.abort(bucket, key, upload.upload_id)
            raise
        finally:
            if src.path is not None:
                handle.close()
        return PutResult(etag=done.etag)

    @staticmethod
    async def _send_parts(
        multipart: AsyncMultipart,
        upload: MultipartUpload,
        src: Source,
        handle: Any,
        part_size: int,
        concurrency: int,
    ) -> builtins.list[CompletedPart]:
        slots = asyncio.Semaphore(concurrency)

        async def send(number: int, body: object) -> CompletedPart:
            try:
                return await multipart.upload_part(
                    upload.bucket, upload.key, upload.upload_id, number, body
                )
            finally:
                slots.release()

        tasks: builtins.list[asyncio.Task[CompletedPart]] = []
        try:
            async with asyncio.TaskGroup() as group:
                for number, body in src.parts(part_size, handle):
                    await slots.acquire()  # at most `concurrency` parts in flight
                    tasks.append(group.create_task(send(number, body)))
        except BaseExceptionGroup as group_error:
            raise group_error.exceptions[0] from None
        return [task.result() for task in tasks]


class AsyncMultipart:
    """The async twin of :class:`Multipart`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._t = rq.Target(client)

    @cached_property
    def with_raw_response(self) -> raw.AsyncMultipartWithRawResponse:
        """The same calls, each returning its :class:`RawResponse` (status, headers,
        ``parse()``); not the helpers of several requests (list, upload, download)."""
        return raw.AsyncMultipartWithRawResponse(self)

    async def _send(self, plan: rq.Plan, parse: Callable[[httpx.Response], T], **more: Any) -> T:  # noqa: UP047, RUF100
        """Send ``plan``; ``parse(response)``, or its ``RawResponse`` (``with_raw_response``)."""
        response = await self._client._request(plan.method, plan.target, **plan.options(**more))
        return self._client._result(response, parse)

    async def create(
        self,
        bucket: str,
        key: str,
        *,
        content_type: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> MultipartUpload:
        plan = rq.create_upload(self._t, bucket, key, content_type, metadata)
        return await self._send(plan, _xml(MultipartUpload))

    async def upload_part(
        self, bucket: str, key: str, upload_id: str, part_number: int, body: bytes | Any
    ) -> CompletedPart:
        plan = rq.upload_part(self._t, bucket, key, upload_id, part_number, body)
        return await self._send(plan, _part(part_number))

    async def complete(
        self, bucket: str, key: str, upload_id: str, parts: Iterable[CompletedPart]
    ) -> CompletedUpload:
        plan = rq.complete_upload(self._t, bucket, key, upload_id, parts)
        return await self._send(plan, _xml(CompletedUpload))

    async def abort(self, bucket: str, key: str, upload_id: str) -> None:
        return await self._send(rq.abort_upload(self._t, bucket, key, upload_id), _nothing)

    async def list_parts(
        self,
        bucket: str,
        key: str,
        upload_id: str,
        *,
        max_parts: int | None = None,
        part_number_marker: int | None = None,
    ) -> PartsPage:
        plan = rq.list_parts(self._t, bucket, key, upload_id, max_parts, part_number_marker)
        return await self._send(plan, _xml(PartsPage))
