"""The MockClient's backend for S3: ``MockBackend`` programming and recording the S3
calls by resource method (``memory.OPERATIONS``), the in-memory S3 answering every call
left unprogrammed. So ``mock.backend.on("objects.get").fails("unavailable", times=1)``
fails one GET (retried, mapped to the typed error as for any operation), then the store
answers again."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

from .._testing import MockBackend, Reply, UnexpectedCallError
from .memory import OPERATIONS, MemoryS3

__all__ = ["S3Backend"]


class _Served(Reply):
    """The answer of an unprogrammed S3 call: the store's."""

    def __init__(self, store: MemoryS3) -> None:
        super().__init__()
        self.store = store

    def response(self, request: httpx.Request, encode: Callable[[Any], bytes]) -> httpx.Response:
        return self.store.serve(request)


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

    def reset(self) -> None:
        """Forget programming and recorded calls (the store keeps its contents)."""
        super().reset()
        self._serve_unprogrammed()

    def _serve_unprogrammed(self) -> None:
        served = _Served(self.store)
        for name in OPERATIONS:  # `returns`/`fails` replace this; `times=` go before it
            self.on(name).calls(lambda _call: served)

    def _match(self, request: httpx.Request) -> tuple[str, dict[str, Any]]:
        try:
            return super()._match(request)
        except UnexpectedCallError:
            return self.store.operation_of(request)
