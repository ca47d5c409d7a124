"""Your Slack webhook handlers.

This file is yours: rendered once, never overwritten by `copier update`. Each handler runs
once per event (duplicate deliveries are dropped); an exception marks the event failed in
the inbox, and the worker (``python -m slack_integration._webhooks.cli work``) retries it
with backoff until it succeeds or runs out of attempts (``dead``, see ``cli list``).
"""

from __future__ import annotations

import logging

from ._webhooks import WebhookEvent, WebhookRouter

log = logging.getLogger(__name__)


def register(router: WebhookRouter) -> None:
    """Attach the handlers to ``router`` (``make_router`` calls this)."""
    router.add_handler("app_mention", on_app_mention)


async def on_app_mention(event: WebhookEvent) -> None:
    """Handle "app_mention" events.

    ``async def`` is fine: the ASGI app awaits it on the server's event loop, and the
    worker (``cli work``) runs it to completion, before the event is marked done.
    """
    log.info("%s event %s received", event.type, event.id)
