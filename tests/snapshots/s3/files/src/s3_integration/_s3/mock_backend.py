"""The MockClient's backend for S3: ``MockBackend`` programming and recording the S3
calls by resource method (``memory.OPERATIONS``), the in-memory S3 answering every call
left unprogrammed. So ``mock.backend.on("objects.get").fails("unavailable", times=1)``
fails one GET (retried, mapped to the typed error as for any operation), then the store
answers again. S3 answers are XML: none goes into the JSON consumer pact."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

from .._testing import Behavior, Call, MockBackend, Reply, StreamReply, UnexpectedCallError
from .._testing.backend import _Dynamic
from .memory import OPERATIONS, MemoryS3

__all__ = ["S3Backend"]

Answer = Callable[[httpx.Request, Callable[[Any], bytes]], httpx.Response]


class _Unrecorded(StreamReply):
    """An answer the backend never records in the pact (it records no StreamReply)."""

    def __init__(self, answer: Answer) -> None:
        super().__init__([])
        self._answer = answer

    def response(self, request: httpx.Request, encode: Callable[[Any], bytes]) -> httpx.Response:
        return self._answer(request, encode)


def _unrecorded(outcome: Any) -> Any:
    """``outcome`` (a value or a ``Reply``) as an unrecorded answer; others unchanged."""
    if outcome is None or isinstance(outcome, BaseException | _Dynamic | StreamReply):
        return outcome
    reply = outcome if isinstance(outcome, Reply) else Reply(200, outcome, {})
    return _Unrecorded(reply.response)


class _S3Behavior(Behavior):
    """What one S3 call does next: programmed like any operation, kept out of the pact."""

    def _set(self, outcome: Any) -> MockBackend:
        return super()._set(_unrecorded(outcome))

    def sequence(self, *outcomes: Any) -> MockBackend:
        return super().sequence(*(_unrecorded(o) for o in outcomes))

    def calls(self, fn: Callable[[Call], Any]) -> MockBackend:
        return super().calls(lambda call: _unrecorded(fn(call)))


class S3Backend(MockBackend):
    """A ``MockBackend`` whose S3 calls default to ``store`` instead of fixtures."""

    def __init__(
        self,
        routes: Sequence[tuple[str, str, str]],
        fixtures: Mapping[str, Mapping[str, Any]],
        *,
        store: MemoryS3,
        prefix: str = "",
    ) -> None:
        super().__init__(routes, fixtures, prefix=prefix)
        self.store = store
        self._names = self._names | OPERATIONS
        self._serve_unprogrammed()

    def on(self, operation: str) -> Behavior:
        """The programmable behaviour of ``operation`` (an S3 call: ``"objects.get"``)."""
        if operation not in OPERATIONS:
            return super().on(operation)
        with self.lock:
            return self._behaviors.setdefault(operation, _S3Behavior(self, operation))

    def reset(self) -> None:
        """Forget programming and recorded calls (the store keeps its contents)."""
        super().reset()
        self._serve_unprogrammed()

    def _serve_unprogrammed(self) -> None:
        served = _Unrecorded(lambda request, _encode: self.store.serve(request))
        for name in OPERATIONS:  # `returns`/`fails` replace this; `times=` go before it
            self.on(name).calls(lambda _call: served)

    def _match(self, request: httpx.Request) -> tuple[str, dict[str, Any]]:
        try:
            return super()._match(request)
        except UnexpectedCallError:
            return self.store.operation_of(request)
