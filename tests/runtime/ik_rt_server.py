"""A real, scripted, misbehaving HTTP/1.1 server on 127.0.0.1 for the runtime tests.

Every request is recorded (arrival time, method, target, headers, body) and answered
by ``behaviour(index, request) -> Action``. Actions: ``Respond``, ``Delay`` (respond
late), ``Stall`` (read the request, send nothing), ``Dribble`` (headers, then the body
a few bytes at a time), ``Reset`` (RST the connection), ``Huge`` (a large body, with or
without Content-Length). Every loop is bounded: sockets time out, stalls end at
``stop()`` or after their duration, and a connection serves at most 10 000 requests.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

__all__ = [
    "Action",
    "Delay",
    "Dribble",
    "Huge",
    "Recorded",
    "Reset",
    "Respond",
    "ScriptedServer",
    "Stall",
    "always",
    "first_n",
    "json_body",
    "sequence",
]

_MAX_REQUESTS_PER_CONNECTION = 10_000
_SOCKET_TIMEOUT = 10.0
_MAX_HEADER_BYTES = 64 * 1024


@dataclass
class Recorded:
    time: float
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""


class Action:
    pass


def json_body(obj: object) -> bytes:
    return json.dumps(obj).encode()


@dataclass
class Respond(Action):
    status: int = 200
    body: bytes | object = b"{}"
    headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json_body(self.body)


@dataclass
class Delay(Action):
    seconds: float
    then: Respond = field(default_factory=Respond)


@dataclass
class Stall(Action):
    seconds: float = 5.0


@dataclass
class Dribble(Action):
    """The body ``chunk`` bytes at a time, one chunk per ``interval``.

    ``stall_after``: after that many body bytes, send nothing more (until the server
    stops). ``dribble_head``: send the status line and headers that slowly too.
    """

    body: bytes = b'{"slow": "' + b"x" * 400 + b'"}'
    interval: float = 0.02
    chunk: int = 1
    status: int = 200
    stall_after: int | None = None
    dribble_head: bool = False


@dataclass
class Reset(Action):
    pass


@dataclass
class Huge(Action):
    size: int = 1_000_000
    chunked: bool = False


Behaviour = Callable[[int, Recorded], Action]


def always(action: Action) -> Behaviour:
    return lambda _index, _request: action


def first_n(n: int, failing: Action, then: Action | None = None) -> Behaviour:
    """The first ``n`` requests get ``failing``, the rest ``then`` (200 ``{}``)."""
    after = then or Respond()
    return lambda index, _request: failing if index < n else after


def sequence(actions: Iterable[Action], then: Action | None = None) -> Behaviour:
    items = list(actions)
    after = then or Respond()
    return lambda index, _request: items[index] if index < len(items) else after


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class _Handler(socketserver.BaseRequestHandler):
    server: _TCPServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(_SOCKET_TIMEOUT)
        owner = self.server.owner
        owner._track(sock)
        buffer = b""
        try:
            for _ in range(_MAX_REQUESTS_PER_CONNECTION):
                parsed = self._read_request(sock, buffer)
                if parsed is None:
                    return
                recorded, buffer = parsed
                index = owner._record(recorded)
                action = owner.behaviour(index, recorded)
                if not self._act(sock, action, owner):
                    return
                if recorded.headers.get("connection", "").lower() == "close":
                    return
        except OSError:
            return
        finally:
            owner._untrack(sock)

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
        length = int(headers.get("content-length", "0") or "0")
        while len(rest) < length:
            data = sock.recv(65536)
            if not data:
                return None
            rest += data
        body, rest = rest[:length], rest[length:]
        return Recorded(arrived, method, target, headers, body), rest

    @staticmethod
    def _head(status: int, headers: dict[str, str]) -> bytes:
        lines = [f"HTTP/1.1 {status} {_reason(status)}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def _respond(self, sock: socket.socket, action: Respond) -> None:
        payload = action.payload()
        headers = {"Content-Type": "application/json", "Content-Length": str(len(payload))}
        headers.update(action.headers)
        sock.sendall(self._head(action.status, headers) + payload)

    def _dribble(self, sock: socket.socket, action: Dribble, owner: ScriptedServer) -> bool:
        headers = {"Content-Type": "application/json", "Content-Length": str(len(action.body))}
        head = self._head(action.status, headers)
        head_step = action.chunk if action.dribble_head else len(head)
        for start in range(0, len(head), head_step):
            if action.dribble_head and owner.stopping.wait(action.interval):
                return False
            sock.sendall(head[start : start + head_step])
        for start in range(0, len(action.body), action.chunk):
            if action.stall_after is not None and start >= action.stall_after:
                owner.stopping.wait(_SOCKET_TIMEOUT)
                return False
            if owner.stopping.wait(action.interval):
                return False
            sock.sendall(action.body[start : start + action.chunk])
        return True

    def _act(self, sock: socket.socket, action: Action, owner: ScriptedServer) -> bool:
        """Perform ``action``; False closes the connection."""
        if isinstance(action, Respond):
            self._respond(sock, action)
            return True
        if isinstance(action, Delay):
            if owner.stopping.wait(action.seconds):
                return False
            self._respond(sock, action.then)
            return True
        if isinstance(action, Stall):
            owner.stopping.wait(action.seconds)
            return False
        if isinstance(action, Dribble):
            return self._dribble(sock, action, owner)
        if isinstance(action, Reset):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
            return False
        if isinstance(action, Huge):
            body = b'{"blob": "' + b"y" * action.size + b'"}'
            if action.chunked:
                sock.sendall(
                    self._head(
                        200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
                    )
                )
                for start in range(0, len(body), 16384):
                    piece = body[start : start + 16384]
                    sock.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                sock.sendall(b"0\r\n\r\n")
            else:
                sock.sendall(
                    self._head(
                        200, {"Content-Type": "application/json", "Content-Length": str(len(body))}
                    )
                    + body
                )
            return True
        raise TypeError(f"unknown action {action!r}")


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    owner: ScriptedServer


class ScriptedServer:
    """Start with ``with ScriptedServer(behaviour) as server:``; ``server.url`` is the base."""

    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour: Behaviour = behaviour or always(Respond())
        self.requests: list[Recorded] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._server = _TCPServer(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.port: int = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def _record(self, recorded: Recorded) -> int:
        with self._lock:
            self.requests.append(recorded)
            return len(self.requests) - 1

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _untrack(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(sock)

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def gaps(self) -> list[float]:
        times = [r.time for r in self.requests]
        return [b - a for a, b in itertools.pairwise(times)]

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
