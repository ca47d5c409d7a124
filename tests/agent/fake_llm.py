"""A fake LLM API on 127.0.0.1 that speaks both real wire formats and replays a script.

``POST /v1/messages`` answers as the Anthropic Messages API, ``POST .../chat/completions``
as an OpenAI-compatible endpoint. Each request takes the next :class:`Answer` of the
script (an exhausted script answers 500): text, tool calls, an error status with
headers (``429`` + ``Retry-After``), or a stall. Requests are checked against each
format's required headers and fields (a malformed one gets a 400, as the real APIs do)
and recorded. Every loop is bounded: stalls end after their duration or at ``stop()``,
sockets time out, and the server shuts itself down after ``lifetime`` seconds.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

__all__ = ["Answer", "FakeLLM", "Seen"]


@dataclass(frozen=True)
class Answer:
    """One scripted reply: the model's text and tool calls, or an HTTP error, or a stall."""

    text: str = ""
    tool_calls: tuple[tuple[str, dict[str, Any]], ...] = ()
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    stall: float = 0.0


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float


@dataclass
class _State:
    script: list[Answer] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _anthropic_problems(headers: dict[str, str], body: dict[str, Any]) -> list[str]:
    problems = []
    if not headers.get("x-api-key"):
        problems.append("x-api-key header missing")
    if headers.get("anthropic-version") != "2023-06-01":
        problems.append("anthropic-version header missing")
    for key in ("model", "max_tokens", "messages"):
        if key not in body:
            problems.append(f"{key} missing")
    messages = body.get("messages") or []
    roles = [m.get("role") for m in messages]
    if not roles or roles[0] != "user" or roles[-1] != "user":
        problems.append("messages must start and end with a user turn")
    if any(a == b for a, b in itertools.pairwise(roles)):
        problems.append("roles must alternate")
    for previous, current in itertools.pairwise(messages):
        uses = [
            b["id"]
            for b in previous.get("content", [])
            if isinstance(b, dict) and b.get("type") == "tool_use"
        ]
        if uses:
            results = [
                b.get("tool_use_id")
                for b in current.get("content", [])
                if isinstance(b, dict) and b.get("type") == "tool_result"
            ]
            if sorted(uses) != sorted(str(r) for r in results):
                problems.append("every tool_use needs a tool_result in the next turn")
    return problems


def _openai_problems(headers: dict[str, str], body: dict[str, Any]) -> list[str]:
    problems = []
    if not headers.get("authorization", "").startswith("Bearer "):
        problems.append("Authorization: Bearer missing")
    for key in ("model", "messages"):
        if key not in body:
            problems.append(f"{key} missing")
    messages = body.get("messages") or []
    if not messages or messages[0].get("role") != "system":
        problems.append("the first message should be the system prompt")
    pending: set[str] = set()
    for message in messages:
        if message.get("role") == "tool":
            pending.discard(str(message.get("tool_call_id")))
        elif pending:
            problems.append("every tool call needs a tool message")
        for call in message.get("tool_calls") or []:
            pending.add(str(call["id"]))
            json.loads(call["function"]["arguments"])  # must be a JSON string
    return problems


def _anthropic_reply(n: int, model: str, answer: Answer) -> dict[str, Any]:
    content: list[dict[str, Any]] = [{"type": "text", "text": answer.text}] if answer.text else []
    content += [
        {"type": "tool_use", "id": f"toolu_{n}_{i}", "name": name, "input": args}
        for i, (name, args) in enumerate(answer.tool_calls)
    ]
    return {
        "id": f"msg_{n}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": "tool_use" if answer.tool_calls else "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 100, "output_tokens": 50},
    }


def _openai_reply(n: int, model: str, answer: Answer) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": answer.text or None}
    if answer.tool_calls:
        message["tool_calls"] = [
            {
                "id": f"call_{n}_{i}",
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(args)},
            }
            for i, (name, args) in enumerate(answer.tool_calls)
        ]
    return {
        "id": f"chatcmpl-{n}",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "tool_calls" if answer.tool_calls else "stop",
            }
        ],
        "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
    }


def _error_body(anthropic: bool, status: int) -> dict[str, Any]:
    kind = "rate_limit_error" if status == 429 else "api_error"
    if anthropic:
        return {"type": "error", "error": {"type": kind, "message": f"scripted {status}"}}
    return {"error": {"message": f"scripted {status}", "type": kind, "code": None}}


def _handler(state: _State) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 10

        def log_message(self, format: str, *args: object) -> None:
            return

        def _send(self, status: int, body: object, headers: tuple[tuple[str, str], ...]) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("request-id", f"req_{len(state.seen)}")
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            anthropic = self.path.endswith("/v1/messages")
            if not anthropic and not self.path.endswith("/chat/completions"):
                self._send(404, {"error": {"message": "not found"}}, ())
                return
            try:
                body = json.loads(raw)
            except ValueError:
                self._send(400, _error_body(anthropic, 400), ())
                return
            with state.lock:
                state.seen.append(Seen(self.path, headers, body, time.monotonic()))
                n = len(state.seen)
                answer = state.script.pop(0) if state.script else None
            problems = (_anthropic_problems if anthropic else _openai_problems)(headers, body)
            if problems:
                state.problems.extend(problems)
                self._send(400, _error_body(anthropic, 400), ())
                return
            if answer is None:
                self._send(500, _error_body(anthropic, 500), (("x-should-retry", "false"),))
                return
            if answer.stall:
                state.stopping.wait(answer.stall)
                self.close_connection = True
                return
            if answer.status != 200:
                self._send(answer.status, _error_body(anthropic, answer.status), answer.headers)
                return
            model = str(body.get("model", ""))
            reply = _anthropic_reply if anthropic else _openai_reply
            self._send(200, reply(n, model, answer), answer.headers)

    return Handler


class FakeLLM:
    """``with FakeLLM([...]) as llm:`` — ``llm.url`` is the base URL of both formats."""

    def __init__(self, script: list[Answer] | None = None, *, lifetime: float = 60.0) -> None:
        self._state = _State(script=list(script or []))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self._state))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,))
        self._thread.daemon = True
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port}"

    @property
    def seen(self) -> list[Seen]:
        return list(self._state.seen)

    @property
    def problems(self) -> list[str]:
        return list(self._state.problems)

    def push(self, *answers: Answer) -> None:
        with self._state.lock:
            self._state.script.extend(answers)

    def start(self) -> Self:
        self._thread.start()
        self._timer.start()
        return self

    def stop(self) -> None:
        self._state.stopping.set()
        self._timer.cancel()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
