"""Receiving webhooks: signature schemes, router, durable inbox, ASGI/WSGI adapters.

    verifier = make_verifier("stripe-v1", [os.environ["STRIPE_WEBHOOK_SECRET"]])
    router = WebhookRouter(verifier, preset="stripe", inbox=Inbox.sqlite("inbox.db"))

    @router.on("payment_intent.succeeded")
    def paid(event: WebhookEvent) -> None: ...

    app.mount("/hooks/stripe", WebhookASGIApp(router))      # Starlette / FastAPI
    flask_app.add_url_rule("/hooks/stripe", view_func=flask_view(router), methods=["POST"])

Optional dependencies are imported only where used: ``cryptography`` (SendGrid, Discord),
``psycopg`` (``PostgresStore``), ``starlette`` / ``flask`` (their helpers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .asgi import WebhookASGIApp, starlette_endpoint
from .errors import (
    BadSignature,
    MalformedHeader,
    MalformedPayload,
    MissingHeader,
    SignatureError,
    StaleTimestamp,
)
from .events import (
    Extractor,
    PayloadError,
    WebhookEvent,
    constant,
    first_of,
    header_field,
    json_field,
)
from .inbox import (
    DEAD,
    DONE,
    FAILED,
    PENDING,
    PROCESSING,
    DrainResult,
    Inbox,
    InboxStore,
    RetryPolicy,
    SQLiteStore,
    StoredEvent,
)
from .router import PRESETS, Preset, WebhookResponse, WebhookRouter
from .schemes import SCHEMES, Verifier, make_verifier
from .signing import (
    body_with_timestamp,
    generate_discord_keypair,
    generate_sendgrid_keypair,
    sign_for_test,
)
from .twilio import twilio_body_url
from .typed import PayloadMapper, payload_mapper
from .worker import WorkerStats, run_worker
from .wsgi import WebhookWSGIApp, flask_view

if TYPE_CHECKING:
    from .pgstore import PostgresStore

__all__ = [
    "DEAD",
    "DONE",
    "FAILED",
    "PENDING",
    "PRESETS",
    "PROCESSING",
    "SCHEMES",
    "BadSignature",
    "DrainResult",
    "Extractor",
    "Inbox",
    "InboxStore",
    "MalformedHeader",
    "MalformedPayload",
    "MissingHeader",
    "PayloadError",
    "PayloadMapper",
    "PostgresStore",
    "Preset",
    "RetryPolicy",
    "SQLiteStore",
    "SignatureError",
    "StaleTimestamp",
    "StoredEvent",
    "Verifier",
    "WebhookASGIApp",
    "WebhookEvent",
    "WebhookResponse",
    "WebhookRouter",
    "WebhookWSGIApp",
    "WorkerStats",
    "body_with_timestamp",
    "constant",
    "first_of",
    "flask_view",
    "generate_discord_keypair",
    "generate_sendgrid_keypair",
    "header_field",
    "json_field",
    "make_verifier",
    "payload_mapper",
    "run_worker",
    "sign_for_test",
    "starlette_endpoint",
    "twilio_body_url",
]


def __getattr__(name: str) -> Any:
    # PostgresStore's module imports psycopg only when a store is created, but keep the
    # module itself lazy too so ``import <pkg>._webhooks`` stays minimal.
    if name == "PostgresStore":
        from .pgstore import PostgresStore

        return PostgresStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
