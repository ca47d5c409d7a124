"""Lease heartbeat: while a handler runs, its event's lease is extended.

A lease only has to outlive a *dead* worker's silence, not the slowest handler: one
daemon thread per :class:`Inbox` renews, every third of the lease, the lease of each
event that has been running for that long (``store.renew``, guarded by the token, so a
renewal after the result was recorded, or after another worker took the event over,
changes nothing). An event that finishes within a third of its lease costs nothing. A
process that is killed, or stalls as a whole, renews nothing, so its events are taken
over once the lease expires, as before.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["Heartbeat"]


class Heartbeat:
    def __init__(
        self,
        renew: Callable[..., bool],
        *,
        lease_seconds: float,
        clock: Callable[[], float],
    ) -> None:
        self._renew = renew
        self._lease = lease_seconds
        self._interval = lease_seconds / 3
        self._clock = clock
        self._lock = threading.Lock()
        self._running: dict[int, list[Any]] = {}  # run id -> [provider, id, token, due]
        self._next = 0
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.renewals = 0

    @contextmanager
    def holding(self, provider: str, event_id: str, token: str) -> Iterator[None]:
        """Keep the lease of ``(provider, event_id)`` alive until the block ends."""
        with self._lock:
            run = self._next
            self._next += 1
            self._running[run] = [provider, event_id, token, time.monotonic() + self._interval]
            if self._thread is None and not self._stop.is_set():
                self._thread = threading.Thread(
                    target=self._beat, name="webhook-lease-heartbeat", daemon=True
                )
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                del self._running[run]

    def _beat(self) -> None:
        while not self._stop.wait(min(self._interval / 4, 1.0)):
            self.beat(time.monotonic())

    def beat(self, now: float) -> None:
        """Renew every running event whose renewal is due at ``now`` (monotonic)."""
        with self._lock:
            due = [entry for entry in self._running.values() if entry[3] <= now]
            for entry in due:
                entry[3] = now + self._interval
        for provider, event_id, token, _ in due:
            try:
                if self._renew(
                    provider, event_id, token=token, lease_until=self._clock() + self._lease
                ):
                    self.renewals += 1
            except Exception:  # noqa: S112 - a missed beat: retried at the next one
                continue

    def close(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout=5)
