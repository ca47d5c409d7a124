"""Request bodies read from disk as they are sent: multipart files and binary bodies.

A file field or a binary body takes a path (``pathlib.Path``), an open binary file,
``bytes``, or ``(filename, file, content_type)``; nothing is read into memory whole.
httpx sends multipart files in 64 KiB chunks (and seeks back to the start for each
attempt); a binary body is sent in 64 KiB chunks with its ``Content-Length`` when the
size is known. A body that can be rewound (bytes, a path, a seekable file) is retried
like any other; a one-shot iterator (a generator, a pipe) is never retried once its
first chunk was taken. Files opened here from a path are closed when the call ends.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, TypeAlias

from .errors import ConfigurationError

__all__ = ["BinaryBody", "FileContent", "FileInput", "UploadBody", "open_files", "upload_body"]

CHUNK = 64 * 1024

FileContent: TypeAlias = bytes | IO[bytes] | os.PathLike[str]  # noqa: UP040, RUF100
"""What a file field holds: bytes, an open binary file, or a path on disk."""
FileInput: TypeAlias = (  # noqa: UP040, RUF100
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""A file field: the content, or ``(filename, content)``, or ``(filename, content, type)``."""
BinaryBody: TypeAlias = bytes | IO[bytes] | os.PathLike[str] | Iterable[bytes]  # noqa: UP040, RUF100
"""A binary request body: bytes, an open binary file, a path, or chunks (sent once)."""


def _refuse_text(value: object, where: str) -> None:
    if isinstance(value, str):
        raise ConfigurationError(
            f"{where}: a str is ambiguous; pass pathlib.Path(...) for a file on disk, or"
            " bytes for the content"
        )
    if isinstance(value, io.TextIOBase):
        raise ConfigurationError(f"{where}: open the file in binary mode ('rb')")


def _guess_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _file(value: object, where: str, opened: list[IO[bytes]]) -> Any:
    """One file field as httpx takes it; a path is opened (and recorded in ``opened``)."""
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not (value[0] is None or isinstance(value[0], str)):
            raise ConfigurationError(
                f"{where}: a file tuple is (filename, content) or (filename, content, type)"
            )
        name, content = value[0], value[1]
        content_type = value[2] if len(value) == 3 else None
        inner = _file(content, where, opened)
        if isinstance(inner, tuple):  # a path: its own name and type unless given
            name = name if name is not None else inner[0]
            content_type = content_type if content_type is not None else inner[2]
            inner = inner[1]
        if content_type is None and name:
            content_type = _guess_type(name)
        return (name, inner, content_type) if content_type else (name, inner)
    _refuse_text(value, where)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, os.PathLike):
        path = Path(os.fspath(value))
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise ConfigurationError(f"{where}: cannot open {path.name!r}: {exc.strerror}") from exc
        opened.append(handle)
        return (path.name, handle, _guess_type(path.name))
    if callable(getattr(value, "read", None)):
        return value
    raise ConfigurationError(
        f"{where}: expected bytes, a binary file, a pathlib.Path or a (filename, content)"
        f" tuple, got {type(value).__name__}"
    )


def open_files(files: Mapping[str, object]) -> tuple[list[tuple[str, Any]], list[IO[bytes]]]:
    """httpx ``files=`` pairs for ``files`` (a list value is several files of one field),
    and the files opened from paths (close them when the call is over)."""
    pairs: list[tuple[str, Any]] = []
    opened: list[IO[bytes]] = []
    try:
        for name, value in files.items():
            values = value if isinstance(value, list) else [value]
            for item in values:
                pairs.append((name, _file(item, f"file field {name!r}", opened)))
    except BaseException:
        for handle in opened:
            handle.close()
        raise
    return pairs, opened


class UploadBody:
    """A binary request body sent in chunks; ``for_sync()``/``for_async()`` give httpx
    ``content=`` for one attempt."""

    def __init__(
        self,
        source: IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
        *,
        length: int | None,
        start: int | None,
    ) -> None:
        self._source = source
        self.length = length
        self._start = start  # the seek position of a rewindable file; None: one-shot
        self.started = False

    @property
    def replayable(self) -> bool:
        """Whether another attempt can send the body again from its start."""
        return self._start is not None or not self.started

    def _chunks(self) -> Iterator[bytes]:
        self.started = True
        source = self._source
        if self._start is not None:
            handle: Any = source
            handle.seek(self._start)
            while chunk := handle.read(CHUNK):
                yield chunk
            return
        if isinstance(source, AsyncIterable):
            raise ConfigurationError("an async iterable body needs the async client")
        for chunk in source:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise ConfigurationError("a body iterable must yield bytes")
            yield bytes(chunk)

    async def _achunks(self) -> AsyncIterator[bytes]:
        source = self._source
        if isinstance(source, AsyncIterable):
            self.started = True
            async for chunk in source:
                if not isinstance(chunk, bytes | bytearray | memoryview):
                    raise ConfigurationError("a body iterable must yield bytes")
                yield bytes(chunk)
            return
        for chunk in self._chunks():  # a file: blocking reads of 64 KiB, as httpx's own
            yield chunk

    def for_sync(self) -> Iterable[bytes]:
        return _SyncView(self)

    def for_async(self) -> AsyncIterable[bytes]:
        return _AsyncView(self)


class _SyncView:
    def __init__(self, body: UploadBody) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        return self._body._chunks()


class _AsyncView:
    def __init__(self, body: UploadBody) -> None:
        self._body = body

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._body._achunks()


def _size_from(handle: Any, start: int) -> int | None:
    try:
        return max(0, os.fstat(handle.fileno()).st_size - start)
    except (OSError, AttributeError, io.UnsupportedOperation):
        pass
    try:
        end = handle.seek(0, os.SEEK_END)
        handle.seek(start)
        return max(0, int(end) - start)
    except (OSError, AttributeError, io.UnsupportedOperation):
        return None


def upload_body(value: object, opened: list[IO[bytes]]) -> bytes | UploadBody:
    """``value`` (bytes, a path, a binary file, chunks) as a request body."""
    _refuse_text(value, "content")
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, os.PathLike):
        path = Path(os.fspath(value))
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise ConfigurationError(f"content: cannot open {path.name!r}: {exc.strerror}") from exc
        opened.append(handle)
        return UploadBody(handle, length=_size_from(handle, 0), start=0)
    if callable(getattr(value, "read", None)):
        file: Any = value
        seekable = False
        try:
            seekable = bool(file.seekable())
        except (AttributeError, OSError, ValueError):
            seekable = False
        if seekable:
            start = int(file.tell())
            return UploadBody(file, length=_size_from(file, start), start=start)
        return UploadBody(_read_chunks(file), length=None, start=None)
    if isinstance(value, Iterable | AsyncIterable) and not isinstance(value, Mapping):
        return UploadBody(value, length=None, start=None)
    raise ConfigurationError(
        "content: expected bytes, a binary file, a pathlib.Path or an iterable of bytes,"
        f" got {type(value).__name__}"
    )


def _read_chunks(file: Any) -> Iterator[bytes]:
    while chunk := file.read(CHUNK):
        yield chunk
