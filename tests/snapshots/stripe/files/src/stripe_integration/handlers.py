"""Your Stripe webhook handlers.

This file is yours: rendered once, never overwritten by `copier update`. Each handler runs
once per event (duplicate deliveries are dropped); an exception marks the event failed in
the inbox, and the worker (``python -m stripe_integration._webhooks.cli work``) retries it
with backoff until it succeeds or runs out of attempts (``dead``, see ``cli list``).

A handler registered with ``mapper=payload_mapper(MAPPER)`` gets a typed event: the
fields its mapper reads are part of the consumer contract (``contracts/``), checked
against the spec snapshot and by the ``drift`` command.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ._mapping import Field, Mapper
from ._webhooks import WebhookRouter, payload_mapper

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PaymentIntentSucceeded:
    """What on_payment_intent_succeeded reads of a "payment_intent.succeeded" event."""

    event_id: str
    payment_intent: str
    amount: int


PAYMENT_INTENT_SUCCEEDED = Mapper(
    PaymentIntentSucceeded,
    {
        "event_id": Field("id"),
        "payment_intent": Field("data.object.id"),
        "amount": Field("data.object.amount"),
    },
)


def register(router: WebhookRouter) -> None:
    """Attach the handlers to ``router`` (``make_router`` calls this)."""
    router.add_handler(
        "payment_intent.succeeded",
        on_payment_intent_succeeded,
        mapper=payload_mapper(PAYMENT_INTENT_SUCCEEDED),
    )


async def on_payment_intent_succeeded(event: PaymentIntentSucceeded) -> None:
    """Handle "payment_intent.succeeded" events.

    ``async def`` is fine: the ASGI app awaits it on the server's event loop, and the
    worker (``cli work``) runs it to completion, before the event is marked done.
    """
    log.info("%s received: %r", "payment_intent.succeeded", event)
