"""Your Shopify webhook handlers.

This file is yours: rendered once, never overwritten by `copier update`. Each handler runs
once per event (duplicate deliveries are dropped); an exception marks the event failed in
the inbox, and the worker (``python -m shopify_integration._webhooks.cli work``) retries it
with backoff until it succeeds or runs out of attempts (``dead``, see ``cli list``).
"""

from __future__ import annotations

import logging

from ._webhooks import WebhookEvent, WebhookRouter

log = logging.getLogger(__name__)


def register(router: WebhookRouter) -> None:
    """Attach the handlers to ``router`` (``make_router`` calls this)."""
    router.add_handler("orders/create", on_orders_create)


def on_orders_create(event: WebhookEvent) -> None:
    """Handle "orders/create" events (an ``async def`` works too)."""
    log.info("%s event %s received", event.type, event.id)
