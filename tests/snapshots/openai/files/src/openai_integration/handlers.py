"""Your OpenAI webhook handlers.

This file is yours: rendered once, never overwritten by `copier update`. Each handler runs
once per event (duplicate deliveries are dropped); an exception marks the event failed in
the inbox, and ``python -m openai_integration._webhooks.cli drain`` runs it again later.
"""

from __future__ import annotations

import logging

from ._webhooks import WebhookEvent, WebhookRouter

log = logging.getLogger(__name__)


def register(router: WebhookRouter) -> None:
    """Attach the handlers to ``router`` (``make_router`` calls this)."""
    router.add_handler("response.completed", on_response_completed)


def on_response_completed(event: WebhookEvent) -> None:
    """Handle "response.completed" events."""
    log.info("%s event %s received", event.type, event.id)
