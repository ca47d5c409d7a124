"""Large objects: a source split into parts read from disk, never held whole in memory.

A path or a seekable file is cut into :class:`FileSlice` views, each a rewindable
file of its own, so a part's retry sends it again from its start; a one-shot stream is
read one part at a time (at most ``concurrency`` parts in memory).
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .._runtime import ConfigurationError
from .requests import MAX_PART_SIZE, MAX_PARTS, MIN_PART_SIZE

__all__ = ["DEFAULT_CONCURRENCY", "DEFAULT_PART_SIZE", "DEFAULT_THRESHOLD", "FileSlice", "Source"]

DEFAULT_THRESHOLD = 16 * 1024 * 1024
DEFAULT_PART_SIZE = 8 * 1024 * 1024
DEFAULT_CONCURRENCY = 4


class FileSlice(io.RawIOBase):
    """Bytes ``[offset, offset + length)`` of a file, as a seekable binary file.

    It has no ``fileno`` (the runtime then measures it by seeking). Reads use
    ``os.pread`` where the file has a descriptor, which moves no shared position, so
    parts of one file are sent concurrently; other files are read under a lock."""

    def __init__(self, handle: Any, offset: int, length: int, lock: threading.Lock) -> None:
        super().__init__()
        self._handle = handle
        self._offset = offset
        self.length = length
        self._position = 0
        self._lock = lock
        try:
            self._fd: int | None = int(handle.fileno()) if hasattr(os, "pread") else None
        except (OSError, AttributeError, ValueError):
            self._fd = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self.length}[whence]
        self._position = max(0, min(self.length, base + offset))
        return self._position

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes in one allocation (``os.pread`` straight into the result)."""
        left = self.length - self._position
        if size < 0 or size > left:
            size = left
        if size <= 0:
            return b""
        data = self._read_at(self._offset + self._position, size)
        self._position += len(data)
        return data

    def _read_at(self, where: int, size: int) -> bytes:
        if self._fd is not None:
            return os.pread(self._fd, size, where)
        with self._lock:
            self._handle.seek(where)
            data: bytes = self._handle.read(size)
        return data

    def readinto(self, buffer: Any) -> int:
        left = self.length - self._position
        if left <= 0:
            return 0
        data = self._read_at(self._offset + self._position, min(len(buffer), left))
        count = len(data)
        memoryview(buffer)[:count] = data
        self._position += count
        return count


@dataclass
class Source:
    """What to upload: its size when known, and how to cut it into parts."""

    path: Path | None
    file: IO[bytes] | None
    data: bytes | None
    size: int | None
    start: int = 0

    @classmethod
    def of(cls, value: object) -> Source:
        if isinstance(value, bytes | bytearray | memoryview):
            data = bytes(value)
            return cls(None, None, data, len(data))
        if isinstance(value, str):
            raise ConfigurationError(
                "upload: pass a pathlib.Path for a file name (a str could be the data)"
            )
        if isinstance(value, os.PathLike):
            path = Path(os.fspath(value))
            if not path.is_file():
                raise ConfigurationError(f"upload: no such file {path.name!r}")
            return cls(path, None, None, path.stat().st_size)
        if callable(getattr(value, "read", None)):
            file: Any = value
            if isinstance(file, io.TextIOBase):
                raise ConfigurationError("upload: open the file in binary mode ('rb')")
            try:
                seekable = bool(file.seekable())
            except (AttributeError, OSError, ValueError):
                seekable = False
            if seekable:
                start = int(file.tell())
                end = int(file.seek(0, os.SEEK_END))
                file.seek(start)
                return cls(None, file, None, end - start, start)
            return cls(None, file, None, None)
        raise ConfigurationError(
            f"upload: expected bytes, a pathlib.Path or a binary file, got {type(value).__name__}"
        )

    def open(self) -> Any:
        """The file the parts are cut from (the caller's own file is not closed)."""
        if self.path is not None:
            return self.path.open("rb")
        return self.file

    def whole(self) -> object:
        """The body of a single ``PutObject``."""
        if self.data is not None:
            return self.data
        if self.path is not None:
            return self.path
        return self.file

    def parts(self, part_size: int, handle: Any = None) -> Iterator[tuple[int, object]]:
        """``(part number, body)`` in order; a body is bytes or a :class:`FileSlice` of
        ``handle`` (what :meth:`open` gave)."""
        lock = threading.Lock()
        check_part_size(part_size, self.size)
        number = 0
        if self.size is None:  # a one-shot stream: read part by part
            if self.file is None:  # pragma: no cover - Source.of sets one of the three
                raise ConfigurationError("upload: nothing to read")
            while True:
                chunk = _read_exactly(self.file, part_size)
                if not chunk and number:
                    return
                number += 1
                if number > MAX_PARTS:
                    raise ConfigurationError("upload: more than 10,000 parts; raise part_size")
                yield number, chunk
                if len(chunk) < part_size:
                    return
        for offset in range(0, max(self.size, 1), part_size):
            number += 1
            length = min(part_size, self.size - offset)
            if self.data is not None:
                yield number, self.data[offset : offset + length]
            else:
                yield number, FileSlice(handle, self.start + offset, length, lock)


def check_part_size(part_size: int, size: int | None) -> None:
    if not isinstance(part_size, int) or not MIN_PART_SIZE <= part_size <= MAX_PART_SIZE:
        raise ConfigurationError("part_size must be from 5 MiB to 5 GiB (S3's limits)")
    if size is not None and -(-size // part_size) > MAX_PARTS:
        raise ConfigurationError("upload: more than 10,000 parts; raise part_size")


def check_concurrency(concurrency: int) -> int:
    if not isinstance(concurrency, int) or not 1 <= concurrency <= 64:
        raise ConfigurationError("concurrency must be an int from 1 to 64")
    return concurrency


def _read_exactly(file: Any, size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = file.read(left)
        if not chunk:
            break
        chunks.append(bytes(chunk))
        left -= len(chunk)
    return b"".join(chunks)
