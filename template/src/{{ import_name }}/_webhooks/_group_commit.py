"""Group commit: concurrent callers' writes share one transaction (and one fsync).

A caller that finds no commit in progress becomes the *leader*: it takes every queued
item (up to ``max_batch``), hands them to ``commit`` as one batch, and wakes each waiting
caller with its own result. Callers that arrive meanwhile queue up; when the leader is
done it promotes the first of them to lead the next batch, so a batch forms exactly
while the previous one is being written and no caller ever waits on a timer. Nobody
returns before the commit holding its item has returned: ``submit`` is as durable as
``commit`` is. With a single caller it is one commit per item, as without batching.

This is the classic database technique (PostgreSQL and InnoDB do it for their logs);
SQLite has none of its own across threads, so it is written here (about 60 lines).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["GroupCommit"]

T = TypeVar("T")


@dataclass(slots=True, eq=False)
class _Waiter(Generic[T]):  # noqa: UP046, RUF100
    item: T
    ready: threading.Event = field(default_factory=threading.Event)
    lead: bool = False
    done: bool = False
    result: bool = False
    error: BaseException | None = None


class GroupCommit(Generic[T]):  # noqa: UP046, RUF100
    """``submit(item)`` returns ``commit([..., item, ...])``'s result for ``item``.

    ``commit(batch)`` writes the whole batch and returns, per item, its bool result or
    the exception to raise in that item's caller.
    """

    def __init__(
        self,
        commit: Callable[[Sequence[T]], Sequence[bool | BaseException]],
        *,
        max_batch: int = 256,
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self._commit = commit
        self.max_batch = max_batch
        self._mutex = threading.Lock()
        self._queue: list[_Waiter[T]] = []
        self._leading = False
        self.commits = 0  # batches written
        self.items = 0  # items written

    @property
    def queued(self) -> int:
        with self._mutex:
            return len(self._queue)

    def submit(self, item: T) -> bool:
        waiter = _Waiter(item)
        with self._mutex:
            self._queue.append(waiter)
            waiter.lead = not self._leading
            self._leading = True
        if not waiter.lead:
            waiter.ready.wait()
        if not waiter.done:  # leading: our item is first in the queue
            self._lead()
        if waiter.error is not None:
            raise waiter.error
        return waiter.result

    def _lead(self) -> None:
        with self._mutex:
            batch = self._queue[: self.max_batch]
            del self._queue[: self.max_batch]
        try:
            results = self._commit([w.item for w in batch])
            if len(results) != len(batch):
                raise RuntimeError("commit returned the wrong number of results")
            for waiter, result in zip(batch, results, strict=True):
                if isinstance(result, BaseException):
                    waiter.error = result
                else:
                    waiter.result = result
            with self._mutex:
                self.commits += 1
                self.items += len(batch)
        except Exception as exc:
            for waiter in batch:
                waiter.error = exc
        except BaseException:  # KeyboardInterrupt and the like: raised in this thread only
            for waiter in batch:
                waiter.error = RuntimeError("the commit holding this item was interrupted")
            raise
        finally:
            with self._mutex:
                if self._queue:
                    self._queue[0].lead = True
                    self._queue[0].ready.set()
                else:
                    self._leading = False
            for waiter in batch:
                waiter.done = True
                waiter.ready.set()
