"""Server-sent event throughput: the runtime's streams versus raw httpx + httpx-sse.

A local keep-alive server answers every request with the same chunked
``text/event-stream`` body: ``EVENTS`` chat-completion chunks (OpenAI's shape, about
300 bytes each) and ``data: [DONE]``, written a few events per TCP send. The baseline
reads it with ``httpx.Client.stream`` + ``httpx_sse.EventSource`` and decodes each event
with the same msgspec decoder; the measured side is ``SyncAPIClient._stream`` (what a
generated ``create(..., stream=True)`` calls), with its breaker, byte cap, idle
timeout and typed errors. Rounds interleave the two; the ratio is the median of the
per-round time ratios (goal ≤ 1.10). The async client is measured the same way.
"""

from __future__ import annotations

import asyncio
import socket
import socketserver
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import msgspec
from httpx_sse import EventSource

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import template_packages  # noqa: E402

EVENTS = 3000
ROUNDS = 25
GOAL_RATIO = 1.10
EVENTS_PER_SEND = 4


class Delta(msgspec.Struct):
    content: str | None = None
    role: str | None = None


class Choice(msgspec.Struct):
    index: int
    delta: Delta
    finish_reason: str | None = None


class Chunk(msgspec.Struct):
    id: str
    object: str
    created: int
    model: str
    choices: list[Choice]
    system_fingerprint: str | None = None


def _body() -> bytes:
    pieces = []
    for i in range(EVENTS):
        chunk = Chunk(
            id="chatcmpl-bench",
            object="chat.completion.chunk",
            created=1_700_000_000,
            model="gpt-bench",
            choices=[Choice(index=0, delta=Delta(content=f"token {i} " * 8))],
            system_fingerprint="fp_bench",
        )
        pieces.append(b"data: " + msgspec.json.encode(chunk) + b"\n\n")
    pieces.append(b"data: [DONE]\n\n")
    out = bytearray()
    for start in range(0, len(pieces), EVENTS_PER_SEND):
        data = b"".join(pieces[start : start + EVENTS_PER_SEND])
        out += f"{len(data):x}\r\n".encode() + data + b"\r\n"
    return bytes(out + b"0\r\n\r\n")


BODY = _body()
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(10)
        buffer = b""
        for _ in range(10_000):
            while b"\r\n\r\n" not in buffer:
                data = sock.recv(65536)
                if not data:
                    return
                buffer += data
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            while len(buffer) < length:
                buffer += sock.recv(65536)
            buffer = buffer[length:]
            sock.sendall(HEAD + BODY)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def _raw_sync(http: httpx.Client, url: str) -> int:
    decoder = msgspec.json.Decoder(Chunk)
    count = 0
    with http.stream("POST", url, content=b"{}", headers={"accept": "text/event-stream"}) as r:
        for sse in EventSource(r).iter_sse():
            if sse.data == "[DONE]":
                break
            decoder.decode(sse.data)
            count += 1
    return count


def _client_sync(client: Any) -> int:
    count = 0
    with client._stream(Chunk, "POST", "/v1/chat/completions", json={}) as stream:
        for _chunk in stream:
            count += 1
    return count


async def _raw_async(http: httpx.AsyncClient, url: str) -> int:
    decoder = msgspec.json.Decoder(Chunk)
    count = 0
    async with http.stream(
        "POST", url, content=b"{}", headers={"accept": "text/event-stream"}
    ) as r:
        async for sse in EventSource(r).aiter_sse():
            if sse.data == "[DONE]":
                break
            decoder.decode(sse.data)
            count += 1
    return count


async def _client_async(client: Any) -> int:
    count = 0
    stream = await client._stream(Chunk, "POST", "/v1/chat/completions", json={})
    async with stream:
        async for _chunk in stream:
            count += 1
    return count


def _timed(fn: Any) -> float:
    started = time.perf_counter()
    count = fn()
    elapsed = time.perf_counter() - started
    assert count == EVENTS, count
    return elapsed


def _rows(label: str, raw: list[float], ours: list[float]) -> list[dict[str, object]]:
    ratio = statistics.median(o / r for o, r in zip(ours, raw, strict=True))
    return [
        {
            "name": f"{label} events/s (runtime stream vs raw httpx + httpx-sse)",
            "value": EVENTS / statistics.median(ours),
            "unit": "events/s",
            "baseline": EVENTS / statistics.median(raw),
            "ratio": ratio,
            "goal": f"<= {GOAL_RATIO}",
        }
    ]


def run() -> list[dict[str, object]]:
    rt = template_packages.load_runtime("ik_runtime_bench_stream")
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    url = base + "/v1/chat/completions"
    config = rt.ClientConfig(base + "/v1", timeout=10.0)
    rows: list[dict[str, object]] = []
    try:
        with httpx.Client(timeout=10.0) as http, rt.SyncAPIClient(config) as client:
            _timed(lambda: _raw_sync(http, url))  # warm both pools
            _timed(lambda: _client_sync(client))
            raw, ours = [], []
            for _ in range(ROUNDS):
                raw.append(_timed(lambda: _raw_sync(http, url)))
                ours.append(_timed(lambda: _client_sync(client)))
            rows += _rows("sync", raw, ours)

        async def measure() -> tuple[list[float], list[float]]:
            async with httpx.AsyncClient(timeout=10.0) as http, rt.AsyncAPIClient(config) as client:

                async def timed(coro: Any) -> float:
                    started = time.perf_counter()
                    count = await coro
                    assert count == EVENTS, count
                    return time.perf_counter() - started

                await timed(_raw_async(http, url))
                await timed(_client_async(client))
                raw_a, ours_a = [], []
                for _ in range(ROUNDS):
                    raw_a.append(await timed(_raw_async(http, url)))
                    ours_a.append(await timed(_client_async(client)))
                return raw_a, ours_a

        raw_a, ours_a = asyncio.run(measure())
        rows += _rows("async", raw_a, ours_a)
    finally:
        server.shutdown()
        server.server_close()
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
