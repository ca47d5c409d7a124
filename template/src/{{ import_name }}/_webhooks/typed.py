"""Typed events: a router mapper that loads the event's JSON payload with a mapper.

    PAID = Mapper(PaymentSucceeded, {"amount": Field("data.object.amount")})
    router.add_handler("payment_intent.succeeded", on_paid, mapper=payload_mapper(PAID))

The handler then gets a ``PaymentSucceeded``, not the raw :class:`WebhookEvent`. The
mapper (a ``_mapping.Mapper``, or anything with ``load(src, path)``) stays reachable as
``.mapper``: the consumer contract reads from it the payload fields the handler relies
on (``<package>._testing.pact.webhook_contracts``).
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from .events import WebhookEvent

__all__ = ["PayloadLoader", "PayloadMapper", "payload_mapper"]

D = TypeVar("D")
D_co = TypeVar("D_co", covariant=True)


class PayloadLoader(Protocol[D_co]):  # noqa: UP046, RUF100 - supports Python 3.11
    """What :func:`payload_mapper` needs: ``_mapping.Mapper`` is one."""

    def load(self, src: Any, path: str = "$") -> D_co: ...


class PayloadMapper(Generic[D]):  # noqa: UP046, RUF100 - supports Python 3.11
    """Calls ``mapper.load(event.payload)``; a mapping error fails the event (replayable)."""

    __slots__ = ("mapper",)

    def __init__(self, mapper: PayloadLoader[D]) -> None:
        self.mapper = mapper

    def __call__(self, event: WebhookEvent) -> D:
        return self.mapper.load(event.payload, "$")

    def __repr__(self) -> str:
        return f"payload_mapper({self.mapper!r})"


def payload_mapper(mapper: PayloadLoader[D]) -> PayloadMapper[D]:  # noqa: UP047, RUF100
    """A router ``mapper=`` that hands the handler ``mapper.load(event.payload)``."""
    return PayloadMapper(mapper)
