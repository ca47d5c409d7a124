"""Framework-neutral webhook router: verify, parse, persist, dispatch.

``WebhookRouter.handle(body, headers, url)`` turns one HTTP delivery into a
:class:`WebhookResponse`. Bad input never reaches a handler and never yields a 5xx:
413 too large, 400 malformed (header, JSON, form, missing type), 401 bad or missing
signature or stale timestamp, 422 unknown event type when configured to reject. With
an inbox, the event is committed before the 2xx is returned, duplicates are detected by
event id, and handler failures are recorded (``failed``) for ``drain()``/``replay()``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from ._async import resolve
from .discord import discord_event_type, discord_handshake, discord_reply
from .errors import SignatureError
from .events import (
    Extractor,
    PayloadError,
    WebhookEvent,
    as_batch,
    constant,
    first_of,
    header_field,
    json_field,
    parse_body,
)
from .inbox import DONE, DrainResult, Inbox, InboxStore, StoredEvent
from .schemes import Verifier

__all__ = ["PRESETS", "Preset", "WebhookResponse", "WebhookRouter", "slack_url_verification"]

logger = logging.getLogger(__name__.rsplit(".", 1)[0])

Handler = Callable[[Any], object]
H = TypeVar("H", bound=Handler)
Mapper = Callable[[WebhookEvent], Any]

DEFAULT_MAX_BODY = 1 << 20


Handshake = Callable[[Any], dict[str, Any] | None]


@dataclass(frozen=True, slots=True)
class Preset:
    """Where a provider puts the event type and id, and whether deliveries are batches.

    ``handshake``: for a provider that checks the endpoint before sending events, the
    reply to such a (signed) check, or ``None`` for an ordinary delivery.
    ``reply``: for a provider that reads the 2xx body (Discord), that body for a
    delivery's payload, or ``None`` to keep the router's own.
    """

    event_type: Extractor
    event_id: Extractor
    explode: Callable[[Any], Sequence[Any]] | None = None
    handshake: Handshake | None = None
    reply: Handshake | None = None


def slack_url_verification(payload: Any) -> dict[str, Any] | None:
    """Slack's Events API check: answer ``{"challenge": ...}`` with what it sent."""
    if not isinstance(payload, dict) or payload.get("type") != "url_verification":
        return None
    challenge = payload.get("challenge")
    if not isinstance(challenge, str) or not 0 < len(challenge) <= 512:
        return None
    return {"challenge": challenge}


PRESETS: dict[str, Preset] = {
    "stripe": Preset(json_field("type"), json_field("id")),
    "github": Preset(header_field("x-github-event"), header_field("x-github-delivery")),
    "slack": Preset(
        first_of(json_field("event", "type"), json_field("type"), json_field("command")),
        first_of(json_field("event_id"), json_field("trigger_id")),
        handshake=slack_url_verification,
    ),
    "shopify": Preset(
        first_of(header_field("x-shopify-topic"), header_field("shopify-topic")),
        first_of(
            header_field("x-shopify-webhook-id"),
            header_field("shopify-webhook-id"),
            header_field("x-shopify-event-id"),
        ),
    ),
    "standard-webhooks": Preset(json_field("type"), header_field("webhook-id")),
    "svix": Preset(
        json_field("type"), first_of(header_field("svix-id"), header_field("webhook-id"))
    ),
    "twilio": Preset(
        constant("twilio"),
        first_of(
            header_field("i-twilio-idempotency-token"),
            json_field("MessageSid"),
            json_field("CallSid"),
        ),
    ),
    "sendgrid": Preset(json_field("event"), json_field("sg_event_id"), as_batch),
    "square": Preset(json_field("type"), json_field("event_id")),
    "discord": Preset(
        discord_event_type, json_field("id"), handshake=discord_handshake, reply=discord_reply
    ),
    "linear": Preset(json_field("type"), header_field("linear-delivery")),
    "generic": Preset(json_field("type"), json_field("id")),
}


@dataclass(frozen=True, slots=True)
class WebhookResponse:
    status: int
    body: dict[str, Any] = field(default_factory=dict)
    headers: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json_bytes(self) -> bytes:
        return json.dumps(self.body, separators=(",", ":")).encode("utf-8")


def _reject(status: int, reason: str) -> WebhookResponse:
    return WebhookResponse(status, {"ok": False, "error": reason})


def lower_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-case names; a repeated header is joined with ``,`` (RFC 9110)."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    result: dict[str, str] = {}
    for name, value in items:
        key = name.lower()
        result[key] = f"{result[key]},{value}" if key in result else value
    return result


class WebhookRouter:
    """Dispatch verified deliveries to handlers registered with :meth:`on`.

    ``preset`` picks the event type/id extractors (see ``PRESETS``); ``event_type`` /
    ``event_id`` / ``explode`` override them. Without an id the body's SHA-256 is used.
    ``mapper`` turns the :class:`WebhookEvent` into your domain object before the
    handler (anti-corruption layer); a handler may register its own mapper.
    ``inbox``: an :class:`Inbox` or a bare store; ``process="inline"`` runs the handler
    after the commit and before the response, ``"deferred"`` leaves it to ``drain()``.
    ``ack``: ``"persisted"`` (default) answers 2xx once the event is committed, whatever
    the handler does; ``"handled"`` answers 500 until every event of the delivery is
    ``done``, so the provider keeps redelivering (a redelivery re-runs a failed event
    whose retry is due). Either way the event is in the inbox and nothing is lost.
    """

    def __init__(
        self,
        verifier: Verifier,
        *,
        preset: str | None = None,
        provider: str | None = None,
        event_type: Extractor | None = None,
        event_id: Extractor | None = None,
        explode: Callable[[Any], Sequence[Any]] | None = None,
        mapper: Mapper | None = None,
        inbox: Inbox | InboxStore | None = None,
        process: Literal["inline", "deferred"] = "inline",
        ack: Literal["persisted", "handled"] = "persisted",
        unknown_events: Literal["ack", "reject"] = "ack",
        max_body_bytes: int = DEFAULT_MAX_BODY,
        body_format: Literal["auto", "json", "form"] = "auto",
        log: logging.Logger | None = None,
    ) -> None:
        if not isinstance(verifier, Verifier):
            raise TypeError("verifier must implement verify(body, headers, url)")
        base = PRESETS[preset or "generic"]
        self.verifier = verifier
        self.provider = provider or preset or verifier.scheme
        self.event_type = event_type or base.event_type
        self.event_id = event_id or base.event_id
        self.explode = explode if explode is not None else base.explode
        self.handshake = base.handshake
        self.reply = base.reply
        self.mapper = mapper
        if inbox is not None and not isinstance(inbox, Inbox):
            inbox = Inbox(inbox)
        self.inbox: Inbox | None = inbox
        if process not in ("inline", "deferred"):
            raise ValueError("process must be 'inline' or 'deferred'")
        if process == "deferred" and inbox is None:
            raise ValueError("process='deferred' needs an inbox")
        self.process = process
        if ack not in ("persisted", "handled"):
            raise ValueError("ack must be 'persisted' or 'handled'")
        if ack == "handled" and (inbox is None or process != "inline"):
            raise ValueError("ack='handled' needs an inbox and process='inline'")
        self.ack = ack
        if unknown_events not in ("ack", "reject"):
            raise ValueError("unknown_events must be 'ack' or 'reject'")
        self.unknown_events = unknown_events
        if max_body_bytes <= 0:
            raise ValueError("max_body_bytes must be positive")
        self.max_body_bytes = max_body_bytes
        self.body_format = body_format
        self.log = log or logger
        self._handlers: dict[str, tuple[Handler, Mapper | None]] = {}

    def __repr__(self) -> str:
        return f"<WebhookRouter provider={self.provider!r} handlers={sorted(self._handlers)}>"

    # ----------------------------------------------------------------- registration

    def on(self, *event_types: str, mapper: Mapper | None = None) -> Callable[[H], H]:
        """Decorator: ``@router.on("payment_intent.succeeded")``; ``"*"`` catches all."""
        if not event_types:
            raise TypeError("on() needs at least one event type")

        def register(handler: H) -> H:
            for event_type in event_types:
                self.add_handler(event_type, handler, mapper=mapper)
            return handler

        return register

    def add_handler(
        self, event_type: str, handler: Handler, *, mapper: Mapper | None = None
    ) -> None:
        if event_type in self._handlers:
            raise ValueError(f"a handler for {event_type!r} is already registered")
        self._handlers[event_type] = (handler, mapper)

    def handles(self, event_type: str) -> bool:
        return event_type in self._handlers or "*" in self._handlers

    @property
    def event_types(self) -> list[str]:
        return sorted(self._handlers)

    # ----------------------------------------------------------------- dispatch

    def dispatch(self, event: WebhookEvent) -> object:
        """Map ``event`` and call its handler (raises what the mapper/handler raise).

        An ``async def`` handler (or mapper) is run to completion here, see ``_async``."""
        entry = self._handlers.get(event.type) or self._handlers.get("*")
        if entry is None:
            raise LookupError(f"no handler for event type {event.type!r}")
        handler, own_mapper = entry
        mapper = own_mapper or self.mapper
        mapped = resolve(mapper(event)) if mapper is not None else event
        return resolve(handler(mapped))

    def event_from_stored(self, stored: StoredEvent) -> WebhookEvent:
        payload = parse_body(stored.body, stored.headers.get("content-type"), self.body_format)
        return WebhookEvent(
            provider=stored.provider,
            id=stored.event_id,
            type=stored.event_type,
            payload=payload,
            body=stored.body,
            headers=stored.headers,
            received_at=stored.received_at,
            attempt=stored.attempts,
        )

    def _process_stored(self, stored: StoredEvent) -> object:
        return self.dispatch(self.event_from_stored(stored))

    # ----------------------------------------------------------------- delivery

    def parse(
        self, body: bytes, headers: Mapping[str, str], received_at: float | None = None
    ) -> list[WebhookEvent]:
        """Verified body -> events. Raises :class:`PayloadError` on bad shape."""
        payload = parse_body(body, headers.get("content-type"), self.body_format)
        return self._events(payload, body, headers, received_at)

    def _events(
        self,
        payload: Any,
        body: bytes,
        headers: Mapping[str, str],
        received_at: float | None = None,
    ) -> list[WebhookEvent]:
        received = time.time() if received_at is None else received_at
        if self.explode is None:
            items: Sequence[Any] = (payload,)
        else:
            try:
                items = self.explode(payload)
            except (TypeError, ValueError, KeyError) as exc:
                raise PayloadError("unexpected payload shape") from exc
        events = []
        for item in items:
            item_body = (
                body
                if self.explode is None
                else json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            )
            event_type = self.event_type(item, headers)
            if not event_type or not isinstance(event_type, str):
                raise PayloadError("missing event type")
            event_id = self.event_id(item, headers)
            if not event_id:
                event_id = "sha256:" + hashlib.sha256(item_body).hexdigest()
            events.append(
                WebhookEvent(
                    provider=self.provider,
                    id=str(event_id)[:255],
                    type=event_type,
                    payload=item,
                    body=item_body,
                    headers=headers,
                    received_at=received,
                )
            )
        return events

    def handle(
        self,
        body: bytes,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        url: str | None = None,
    ) -> WebhookResponse:
        """Process one HTTP delivery; always returns a response, never raises for input."""
        if len(body) > self.max_body_bytes:
            return self._refuse(413, "payload too large")
        lowered = lower_headers(headers)
        try:
            self.verifier.verify(body, lowered, url)
        except SignatureError as exc:
            return self._refuse(exc.status_code, exc.reason)
        try:
            payload = parse_body(body, lowered.get("content-type"), self.body_format)
            reply = self.handshake(payload) if self.handshake is not None else None
            if reply is not None:
                self.log.info("webhook endpoint check answered provider=%s", self.provider)
                return WebhookResponse(200, reply)
            events = self._events(payload, body, lowered)
        except PayloadError as exc:
            return self._refuse(400, str(exc))
        except (TypeError, ValueError, KeyError, AttributeError):
            return self._refuse(400, "unexpected payload shape")
        known = [e for e in events if self.handles(e.type)]
        if len(known) < len(events):
            unknown = sorted({e.type for e in events if not self.handles(e.type)})
            if self.unknown_events == "reject":
                return self._refuse(422, "unhandled event type")
            self.log.info(
                "webhook event type not handled provider=%s types=%s (acknowledged)",
                self.provider,
                ",".join(t[:100] for t in unknown),
            )
            if not known:
                return self._with_reply(
                    WebhookResponse(200, {"ok": True, "status": "ignored"}), payload
                )
        if self.inbox is None:
            response = self._run_direct(known)
        else:
            response = self._run_inbox(self.inbox, known)
        return self._with_reply(response, payload)

    def _with_reply(self, response: WebhookResponse, payload: Any) -> WebhookResponse:
        """The provider's own 2xx body (Discord's deferred interaction response)."""
        body = self.reply(payload) if self.reply is not None and response.ok else None
        return response if body is None else WebhookResponse(response.status, body)

    def _refuse(self, status: int, reason: str) -> WebhookResponse:
        self.log.warning(
            "webhook delivery refused provider=%s status=%d reason=%s",
            self.provider,
            status,
            reason,
        )
        return _reject(status, reason)

    def _run_direct(self, events: list[WebhookEvent]) -> WebhookResponse:
        for event in events:
            try:
                self.dispatch(event)
            except Exception as exc:
                # No inbox: let the provider retry. The body carries no detail.
                self.log.error(
                    "webhook handler failed provider=%s event_id=%s error=%s",
                    self.provider,
                    event.id,
                    type(exc).__name__,
                    exc_info=True,
                )
                return WebhookResponse(500, {"ok": False, "error": "handler failed"})
        return WebhookResponse(200, {"ok": True, "status": "processed"})

    def _run_inbox(self, inbox: Inbox, events: list[WebhookEvent]) -> WebhookResponse:
        claim = self.process == "inline"
        claimed: list[tuple[WebhookEvent, str]] = []
        new = 0
        try:
            for event in events:
                inserted, token = inbox.record(
                    event, claim=claim, include_failed=self.ack == "handled"
                )
                new += inserted
                if token is not None:
                    claimed.append((event, token))
        except Exception as exc:
            # The store is down: refuse so the provider retries later.
            self.log.error(
                "webhook inbox unavailable provider=%s error=%s",
                self.provider,
                type(exc).__name__,
            )
            return WebhookResponse(503, {"ok": False, "error": "inbox unavailable"})
        # Every event is committed: from here on the delivery is acknowledged.
        failed = 0
        for event, token in claimed:

            def work(event: WebhookEvent = event) -> object:
                return self.dispatch(event)

            try:
                if not inbox.run(event.provider, event.id, token, work):
                    failed += 1
            except Exception as exc:  # store failed while finishing: lease will expire
                self.log.error(
                    "webhook inbox finish failed provider=%s event_id=%s error=%s",
                    self.provider,
                    event.id,
                    type(exc).__name__,
                )
        if self.ack == "handled" and not self._all_done(inbox, events):
            return WebhookResponse(500, {"ok": False, "error": "not handled yet"})
        status = "accepted" if new else "duplicate"
        body: dict[str, Any] = {"ok": True, "status": status}
        if failed:
            body["failed"] = failed
        return WebhookResponse(200, body)

    def _all_done(self, inbox: Inbox, events: list[WebhookEvent]) -> bool:
        try:
            rows = [inbox.get(e.provider, e.id) for e in events]
        except Exception:  # store down: not known to be handled, so not acknowledged
            return False
        return all(row is not None and row.status == DONE for row in rows)

    # ----------------------------------------------------------------- replay

    def _need_inbox(self) -> Inbox:
        if self.inbox is None:
            raise RuntimeError("this router has no inbox")
        return self.inbox

    def drain(
        self,
        *,
        include_failed: bool = True,
        limit: int | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> DrainResult:
        """Run this provider's pending, due failed and lease-expired events."""
        return self._need_inbox().drain(
            self._process_stored,
            provider=self.provider,
            include_failed=include_failed,
            limit=limit,
            should_stop=should_stop,
        )

    def replay(self, *event_ids: str) -> DrainResult:
        """Re-run the given events, whatever their status."""
        return self._need_inbox().replay(self._process_stored, self.provider, event_ids)
