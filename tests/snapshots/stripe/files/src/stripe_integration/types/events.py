"""Models of the Stripe API used by ``client.events`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any

from .._runtime.models import WireModel

__all__ = [
    "Event",
    "GetEventsResponse",
    "NotificationEventData",
    "NotificationEventRequest",
]


class GetEventsResponse(WireModel, kw_only=True):
    """NotificationEventList"""

    data: list[Event]
    has_more: bool
    object: str
    url: str


class Event(WireModel, kw_only=True):
    """Events are our way of letting you know when something interesting happens in
    your account. When an interesting event occurs, we create a new `Event`
    object. For example, when a charge succeeds, we create a `charge.succeeded`
    event, and when an invoice payment attempt fails, we create an
    `invoice.payment_failed` event. Certain API requests might create multiple
    events. For example, if you create a new subscription for a
    customer, you receive both a `customer.subscription.created` event and a
    `charge.succeeded` event.

    Events occur when the state of another API resource changes. The event's data
    field embeds the resource's state at the time of the change. For
    example, a `charge.succeeded` event contains a charge, and an
    `invoice.payment_failed` event contains an invoice.

    As with other API resources, you can use endpoints to retrieve an
    [individual event](https://stripe.com/docs/api#retrieve_event) or a [list of
    events](https://stripe.com/docs/api#list_events)
    from the API. We also have a separate
    [webhooks](http://en.wikipedia.org/wiki/Webhook) system for sending the
    `Event` objects directly to an endpoint on your server. You can manage
    webhooks in your
    [account settings](https://dashboard.stripe.com/account/webhooks). Learn how
    to [listen for events](https://docs.stripe.com/webhooks)
    so that your integration can automatically trigger reactions.

    When using [Connect](https://docs.stripe.com/connect), you can also receive event
    notifications
    that occur in connected accounts. For these events, there's an
    additional `account` attribute in the received `Event` object.

    We only guarantee access to events through the [Retrieve Event
    API](https://stripe.com/docs/api#retrieve_event)
    for 30 days.
    """

    account: str | None = None
    api_version: str | None = None
    created: int
    data: NotificationEventData
    id: str
    livemode: bool
    object: str
    pending_webhooks: int
    request: NotificationEventRequest | None = None
    type: str


class NotificationEventData(WireModel, kw_only=True):
    """NotificationEventData"""

    object: dict[str, Any]
    previous_attributes: dict[str, Any] | None = None


class NotificationEventRequest(WireModel, kw_only=True):
    """NotificationEventRequest"""

    id: str | None = None
    idempotency_key: str | None = None
