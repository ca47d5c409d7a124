"""A real HTTP server on 127.0.0.1 for the package's own tests.

It answers with scripted replies and records every request, so tests check what the
client really sent (headers, path, body) and how it behaves when the server stalls.
Every connection is bounded in time; the server stops when the test ends.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["Recorded", "Reply", "ScriptedServer", "serve"]


@dataclass(frozen=True)
class Reply:
    """What the server answers: a status, a JSON body and headers, or a stall.

    ``events`` makes it a ``text/event-stream`` answer, one ``data:`` event each, sent
    one at a time (a ``: keep-alive`` comment between them); ``drop_after`` closes the
    connection after that many events, without ending the stream.
    """

    status: int = 200
    body: object = field(default_factory=dict)
    headers: tuple[tuple[str, str], ...] = ()
    stall_seconds: float = 0.0
    events: tuple[str, ...] = ()
    drop_after: int | None = None


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """Replies from ``script`` in order (the last one repeats) and records requests."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self._server = server
        self.script: list[Reply] = [Reply()]
        self.requests: list[Recorded] = []
        host, port = server.server_address[:2]
        self.url = f"http://{host!s}:{port}"

    def next_reply(self) -> Reply:
        index = min(len(self.requests) - 1, len(self.script) - 1)
        return self.script[max(index, 0)]


def _handler(state: list[ScriptedServer]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 10

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            scripted = state[0]
            headers = {k.lower(): v for k, v in self.headers.items()}
            scripted.requests.append(Recorded(self.command, self.path, headers, body))
            reply = scripted.next_reply()
            if reply.stall_seconds:
                time.sleep(reply.stall_seconds)
                return
            if reply.events:
                self._events(reply)
                return
            payload = json.dumps(reply.body).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in reply.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def _events(self, reply: Reply) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for index, data in enumerate(reply.events):
                if reply.drop_after is not None and index >= reply.drop_after:
                    self.close_connection = True
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                for piece in (f"data: {data}\n\n", ": keep-alive\n\n"):
                    raw = piece.encode()
                    self.wfile.write(f"{len(raw):x}\r\n".encode() + raw + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve  # noqa: N815

    return Handler


@contextmanager
def serve() -> Iterator[ScriptedServer]:
    """Run a scripted server on a free port of 127.0.0.1 for the duration of a test."""
    state: list[ScriptedServer] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.append(ScriptedServer(server))
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield state[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
