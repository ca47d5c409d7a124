"""Your Slack webhook handlers.

This file is yours: rendered once, never overwritten by `copier update`. Each handler runs
once per event (duplicate deliveries are dropped); an exception marks the event failed in
the inbox, and the worker (``python -m slack_integration._webhooks.cli work``) retries it
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
class AppMention:
    """What on_app_mention reads of a "app_mention" event."""

    event_id: str
    kind: str


APP_MENTION = Mapper(
    AppMention,
    {
        "kind": Field("event.type"),
    },
)


def register(router: WebhookRouter) -> None:
    """Attach the handlers to ``router`` (``make_router`` calls this)."""
    router.add_handler(
        "app_mention",
        on_app_mention,
        mapper=payload_mapper(APP_MENTION),
    )


async def on_app_mention(event: AppMention) -> None:
    """Handle "app_mention" events.

    ``async def`` is fine: the ASGI app awaits it on the server's event loop, and the
    worker (``cli work``) runs it to completion, before the event is marked done.
    """
    log.info("%s received: %r", "app_mention", event)
