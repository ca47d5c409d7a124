# mypy: disable-error-code="import-not-found,misc,no-any-return"
"""The scripted server of ``ik_rt_server`` with streaming actions, on 127.0.0.1.

``SSE(steps)`` answers ``text/event-stream`` with a chunked body: each ``bytes`` step
is one chunk (split raw events anywhere to test the parser), ``Pause(s)`` waits,
``Stall()`` sends nothing more until the server stops, ``Drop()`` closes the
connection without the final chunk. ``Download(size)`` answers a binary body, with
``Content-Length`` or chunked, optionally stalling or dropping after some bytes.

Request bodies larger than 1 MiB are not kept: the server reads them as they arrive
(``Content-Length`` or chunked), and records their size and SHA-256 in the request's
headers ``x-received-bytes`` / ``x-received-sha256`` (so a 200 MB upload costs the
test process no memory). Every wait ends at ``stop()``.
"""

from __future__ import annotations

import hashlib
import socket
import struct
import time
from dataclasses import dataclass, field

from ik_rt_server import (
    _MAX_HEADER_BYTES,
    _SOCKET_TIMEOUT,
    Action,
    Recorded,
    ScriptedServer,
    _Handler,
)

__all__ = ["SSE", "Download", "Drop", "Pause", "Stall", "StreamingServer", "event"]

_KEEP_LIMIT = 1024 * 1024


def event(data: str, *, name: str = "", id: str = "", retry: int | None = None) -> bytes:
    """One SSE event (multi-line ``data`` becomes several ``data:`` lines)."""
    lines = [f"event: {name}"] if name else []
    if id:
        lines.append(f"id: {id}")
    if retry is not None:
        lines.append(f"retry: {retry}")
    lines += [f"data: {line}" for line in data.split("\n")]
    return ("\n".join(lines) + "\n\n").encode()


@dataclass
class Pause:
    seconds: float


@dataclass
class Stall:
    pass


@dataclass
class Drop:
    pass


@dataclass
class SSE(Action):
    steps: list[bytes | Pause | Stall | Drop]
    content_type: str = "text/event-stream"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Download(Action):
    size: int
    content_type: str = "application/octet-stream"
    chunk: int = 64 * 1024
    declared: bool = True  # send Content-Length (else chunked)
    stall_after: int | None = None
    drop_after: int | None = None

    def byte(self, index: int) -> int:
        return (index * 7 + 3) % 251

    def body(self) -> bytes:
        # byte() repeats every 251 bytes: tile one period instead of a Python loop per
        # byte, which took seconds for megabytes on a saturated CPU (the server shares
        # the GIL with the client under test, whose read timeout then fired).
        period = bytes(self.byte(i) for i in range(251))
        return (period * (self.size // 251 + 1))[: self.size]


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


class _StreamHandler(_Handler):
    @staticmethod
    def _read_request(sock: socket.socket, buffer: bytes) -> tuple[Recorded, bytes] | None:
        while b"\r\n\r\n" not in buffer:
            if len(buffer) > _MAX_HEADER_BYTES:
                return None
            data = sock.recv(65536)
            if not data:
                return None
            buffer += data
        head, _, rest = buffer.partition(b"\r\n\r\n")
        arrived = time.monotonic()
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        reader = _BodyReader(sock, rest)
        if headers.get("transfer-encoding", "").lower() == "chunked":
            ok = reader.chunked()
        else:
            ok = reader.exactly(int(headers.get("content-length", "0") or "0"))
        if not ok:
            return None
        headers["x-received-bytes"] = str(reader.size)
        headers["x-received-sha256"] = reader.digest.hexdigest()
        body = bytes(reader.kept) if reader.size <= _KEEP_LIMIT else b""
        return Recorded(arrived, method, target, headers, body), reader.rest

    def _act(self, sock: socket.socket, action: Action, owner: ScriptedServer) -> bool:
        if isinstance(action, SSE):
            return self._sse(sock, action, owner)
        if isinstance(action, Download):
            return self._download(sock, action, owner)
        return super()._act(sock, action, owner)

    def _sse(self, sock: socket.socket, action: SSE, owner: ScriptedServer) -> bool:
        headers = {"Content-Type": action.content_type, "Transfer-Encoding": "chunked"}
        headers.update(action.headers)
        sock.sendall(self._head(200, headers))
        for step in action.steps:
            if isinstance(step, bytes):
                sock.sendall(_chunk(step))
            elif isinstance(step, Pause):
                if owner.stopping.wait(step.seconds):
                    return False
            elif isinstance(step, Stall):
                owner.stopping.wait(_SOCKET_TIMEOUT * 3)
                return False
            else:
                _reset(sock)
                return False
        sock.sendall(b"0\r\n\r\n")
        return True

    def _download(self, sock: socket.socket, action: Download, owner: ScriptedServer) -> bool:
        headers = {"Content-Type": action.content_type}
        if action.declared:
            headers["Content-Length"] = str(action.size)
        else:
            headers["Transfer-Encoding"] = "chunked"
        sock.sendall(self._head(200, headers))
        body = action.body()
        for start in range(0, action.size, action.chunk):
            if action.stall_after is not None and start >= action.stall_after:
                owner.stopping.wait(_SOCKET_TIMEOUT * 3)
                return False
            if action.drop_after is not None and start >= action.drop_after:
                _reset(sock)
                return False
            piece = body[start : start + action.chunk]
            sock.sendall(piece if action.declared else _chunk(piece))
        if not action.declared:
            sock.sendall(b"0\r\n\r\n")
        return True


def _reset(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class _BodyReader:
    """Reads a request body off the socket, hashing it, keeping only the first MiB."""

    def __init__(self, sock: socket.socket, rest: bytes) -> None:
        self._sock = sock
        self.rest = rest
        self.size = 0
        self.digest = hashlib.sha256()
        self.kept = bytearray()

    def _fill(self) -> bool:
        data = self._sock.recv(1 << 20)
        if not data:
            return False
        self.rest += data
        return True

    def _take(self, data: bytes) -> None:
        self.size += len(data)
        self.digest.update(data)
        if len(self.kept) < _KEEP_LIMIT:
            self.kept += data[: _KEEP_LIMIT - len(self.kept)]

    def exactly(self, length: int) -> bool:
        remaining = length
        while remaining > 0:
            if not self.rest and not self._fill():
                return False
            piece, self.rest = self.rest[:remaining], self.rest[remaining:]
            self._take(piece)
            remaining -= len(piece)
        return True

    def _line(self) -> bytes | None:
        while b"\r\n" not in self.rest:
            if not self._fill():
                return None
        line, _, self.rest = self.rest.partition(b"\r\n")
        return line

    def chunked(self) -> bool:
        while True:
            line = self._line()
            if line is None:
                return False
            size = int(line.split(b";")[0] or b"0", 16)
            if size == 0:
                return self._line() is not None
            if not self.exactly(size):
                return False
            if self._line() is None:
                return False


class StreamingServer(ScriptedServer):
    """``ScriptedServer`` that also performs ``SSE`` and ``Download`` actions."""

    def __init__(self, behaviour: object = None) -> None:
        super().__init__(behaviour)
        self._server.RequestHandlerClass = _StreamHandler
