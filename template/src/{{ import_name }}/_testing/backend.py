"""The programmable, recording fake behind MockClients and the fixture transport.

Requests are matched to operations by method and path template; each operation answers
with its fixture (the spec's example, or a value synthesised from the schema) unless
programmed otherwise. Because the fake sits at the transport, the real client code runs
unchanged: retries, error mapping, decoding and the domain mappers included.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import msgspec

from . import pact
from .failures import Reply, StreamReply, failure

__all__ = ["Behavior", "Call", "MockBackend", "UnexpectedCallError"]


class UnexpectedCallError(AssertionError):
    """A request matched no operation, or an assertion about calls failed."""


@dataclass
class Call:
    """One recorded request: the operation, its path/query parameters and body."""

    operation: str
    method: str
    path: str
    params: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    #: the client asked for an event stream (``stream=True``, ``Accept: text/event-stream``)
    stream: bool = False


class Behavior:
    """What one operation does next; set with ``mock.on("op").returns(...)`` and friends."""

    def __init__(self, backend: MockBackend, operation: str) -> None:
        self._backend = backend
        self.operation = operation
        self._outcomes: list[Any] = []
        self._repeat: Any = None

    def returns(
        self, value: Any, *, status: int = 200, headers: Mapping[str, str] | None = None
    ) -> MockBackend:
        """Answer every call with ``value`` (a wire Struct, dict, list, bytes or str)."""
        return self._set(Reply(status, value, dict(headers or {})))

    def streams(
        self,
        chunks: Sequence[Any],
        *,
        fail_after: int | None = None,
        done: bool = True,
        headers: Mapping[str, str] | None = None,
    ) -> MockBackend:
        """Answer every call with an event stream of ``chunks`` (wire Structs, dicts, or
        str data), ended by ``[DONE]``; ``fail_after=k`` drops it after the k-th chunk."""
        return self._set(StreamReply(list(chunks), fail_after, done, dict(headers or {})))

    def raises(self, error: BaseException) -> MockBackend:
        """Raise ``error`` from the transport on every call (it reaches the caller)."""
        return self._set(error)

    def fails(self, kind: str, *, times: int | None = None) -> MockBackend:
        """Inject a failure: rate_limit, timeout, server_error, unavailable, circuit_open."""
        failure(kind)  # unknown kinds fail here, not on the first call
        if times is None:
            return self._set(_Dynamic(lambda _call: failure(kind), injected=True))
        with self._backend.lock:
            self._outcomes.extend(
                _Dynamic(lambda _call: failure(kind), injected=True) for _ in range(times)
            )
        return self._backend

    def sequence(self, *outcomes: Any) -> MockBackend:
        """Answer successive calls with these (values, exceptions, ``Reply``); then fixtures."""
        with self._backend.lock:
            self._outcomes.extend(outcomes)
        return self._backend

    def calls(self, fn: Callable[[Call], Any]) -> MockBackend:
        """Answer with ``fn(call)`` (a value, a ``Reply``, or raise)."""
        return self._set(_Dynamic(fn))

    def _set(self, outcome: Any) -> MockBackend:
        with self._backend.lock:
            self._outcomes.clear()
            self._repeat = outcome
        return self._backend

    def next(self) -> Any:
        with self._backend.lock:
            if self._outcomes:
                return self._outcomes.pop(0)
            return self._repeat


@dataclass
class _Dynamic:
    fn: Callable[[Call], Any]
    #: an injected failure (``fails``): not an interaction of the provider, not recorded
    injected: bool = False


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^{}/]+\})", template)
    regex = "".join("([^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile("^" + regex + "/?$")


def _param_names(template: str) -> list[str]:
    return re.findall(r"\{([^{}/]+)\}", template)


def _encode(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    return msgspec.json.encode(value)


def _body_of(request: httpx.Request) -> Any:
    content = request.content
    if not content:
        return None
    kind = request.headers.get("content-type", "")
    if "json" in kind:
        return json.loads(content)
    if "form-urlencoded" in kind:
        return dict(parse_qsl(content.decode(), keep_blank_values=True))
    return content


class MockBackend:
    """Routes requests to operations; programmable per operation; records every call."""

    def __init__(
        self,
        routes: Sequence[tuple[str, str, str]],
        fixtures: Mapping[str, Mapping[str, Any]],
        *,
        prefix: str = "",
    ) -> None:
        self.lock = threading.Lock()
        self.prefix = prefix
        self._routes = [
            (name, method.upper(), _compile(prefix + path), _param_names(path))
            for name, method, path in sorted(routes, key=lambda r: r[2].count("{"))
        ]
        self._templates = {name: f"{method.upper()} {path}" for name, method, path in routes}
        self._names = {name for name, _, _ in routes}
        self.fixtures = {name: dict(value) for name, value in fixtures.items()}
        self._behaviors: dict[str, Behavior] = {}
        self.calls: list[Call] = []

    def on(self, operation: str) -> Behavior:
        """The programmable behaviour of ``operation`` (the client's method name)."""
        if operation not in self._names:
            raise UnexpectedCallError(f"no operation {operation!r}; known: {sorted(self._names)}")
        with self.lock:
            return self._behaviors.setdefault(operation, Behavior(self, operation))

    def reset(self) -> None:
        """Forget programming and recorded calls."""
        with self.lock:
            self._behaviors.clear()
            self.calls.clear()

    def calls_to(self, operation: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.operation == operation]

    def assert_called(self, operation: str, *, times: int | None = None, **params: Any) -> Call:
        """The last call to ``operation`` (optionally checking the count and parameters)."""
        calls = self.calls_to(operation)
        if not calls or (times is not None and len(calls) != times):
            seen = [c.operation for c in self.calls]
            wanted = times or "at least 1"
            raise UnexpectedCallError(
                f"{operation} called {len(calls)} time(s), expected {wanted}; calls: {seen}"
            )
        last = calls[-1]
        for key, value in params.items():
            if str(last.params.get(key)) != str(value):
                raise UnexpectedCallError(
                    f"{operation}: {key}={last.params.get(key)!r}, expected {value!r}"
                )
        return last

    def transport(self) -> httpx.MockTransport:
        """An ``httpx.MockTransport`` (sync and async) answering from this backend."""
        return httpx.MockTransport(self.handle)

    def _match(self, request: httpx.Request) -> tuple[str, dict[str, Any]]:
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]  # %2F stays in a segment
        for name, method, regex, names in self._routes:
            found = regex.search(path) if method == request.method else None
            if found:
                values = [unquote(v) for v in found.groups()]
                return name, dict(zip(names, values, strict=True))
        raise UnexpectedCallError(f"no operation for {request.method} {path}")

    def handle(self, request: httpx.Request) -> httpx.Response:
        name, path_params = self._match(request)
        query: dict[str, Any] = {}
        for key, value in request.url.params.multi_items():
            query.setdefault(key, []).append(value)
        params = {k: v[0] if len(v) == 1 else v for k, v in query.items()}
        call = Call(
            name,
            request.method,
            request.url.path,
            {**path_params, **params},
            _body_of(request),
            dict(request.headers),
            request.headers.get("accept", "").startswith("text/event-stream"),
        )
        with self.lock:
            self.calls.append(call)
            behavior = self._behaviors.get(name)
        outcome = behavior.next() if behavior else None
        injected = isinstance(outcome, _Dynamic) and outcome.injected
        if isinstance(outcome, _Dynamic):
            outcome = outcome.fn(call)
        if outcome is None:
            fixture = self.fixtures.get(name, {"status": 200, "body": {}})
            if call.stream:
                outcome = StreamReply(list(fixture.get("stream") or []))
            else:
                outcome = Reply(int(fixture.get("status", 200)), fixture.get("body"), {})
        if isinstance(outcome, BaseException):
            if isinstance(outcome, httpx.RequestError):
                try:
                    _ = outcome.request
                except RuntimeError:  # created without a request: attach this one
                    outcome.request = request
            raise outcome
        if not isinstance(outcome, Reply | StreamReply):
            outcome = Reply(200, outcome, {})
        active = pact.recorder()
        if active is not None and isinstance(outcome, Reply) and not injected:
            active.record(name, self._templates[name], self.prefix, request, outcome)
        return outcome.response(request, _encode)
