"""The benchmarks' HTTP server: a child process on 127.0.0.1, stopped by its PID.

Every request, whatever its method or path, gets the same 1 KB JSON body over
keep-alive HTTP/1.1. A separate process, so the server's work never competes with the
measured client for the GIL; both sides of every ratio talk to this one server.

    with LocalServer() as server:
        httpx.get(server.url + "/v1/models/bench")
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from pathlib import Path

__all__ = ["BODY_1K", "LocalServer"]

BODY_1K = json.dumps(
    {"id": "obj_1", "object": "model", "created": 0, "owned_by": "bench", "pad": "x" * 900}
).encode()
_RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nrequest-id: req_bench\r\n"
    b"x-request-id: req_bench\r\nContent-Length: "
    + str(len(BODY_1K)).encode()
    + b"\r\n\r\n"
    + BODY_1K
)


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _serve(conn: socket.socket) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    with conn:
        while True:
            while b"\r\n\r\n" not in buffer:
                data = conn.recv(65536)
                if not data:
                    return
                buffer += data
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            length = _content_length(head)
            while len(buffer) < length:
                data = conn.recv(65536)
                if not data:
                    return
                buffer += data
            buffer = buffer[length:]
            conn.sendall(_RESPONSE)


def _main() -> None:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    print(sock.getsockname()[1], flush=True)
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=_serve, args=(conn,), daemon=True).start()


class LocalServer:
    """Start the server process on entry, terminate it (by PID) on exit."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> LocalServer:
        self._proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve())],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        port = self._proc.stdout.readline().strip()
        if not port.isdigit():
            self.__exit__()
            raise RuntimeError("the benchmark server did not start")
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(timeout=5)
            if self._proc.stdout is not None:
                self._proc.stdout.close()
            self._proc = None


if __name__ == "__main__":
    _main()
