"""Views of Stripe wire models (generated; do not edit).

Each holds only the fields a mapper reads.

The domain resources decode responses into these, so a change to a field you do not
map can never break them, and decoding skips everything else. ``gc=False``: views hold
plain JSON values only (no reference cycles), so the garbage collector can skip them.
"""

from __future__ import annotations

from typing import Any

from ._runtime.models import Literal, WireModel
from ._wire import Address, PaymentIntent

__all__ = [
    "CustomerPage",
    "CustomerView",
    "PaymentPage",
    "PaymentView",
    "PostalAddressView",
    "RefundPage",
    "RefundView",
]


class PostalAddressView(WireModel, kw_only=True, gc=False):
    """The Address fields that PostalAddress reads."""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PaymentView(WireModel, kw_only=True, gc=False):
    """The PaymentIntent fields that Payment reads."""

    amount: int
    created: int
    currency: str
    customer: Any = None
    description: str | None = None
    id: str
    livemode: bool
    metadata: dict[str, str] | None = None
    receipt_email: str | None = None
    status: Literal[
        "canceled",
        "processing",
        "requires_action",
        "requires_capture",
        "requires_confirmation",
        "requires_payment_method",
        "succeeded",
    ]


class CustomerView(WireModel, kw_only=True, gc=False):
    """The Customer fields that Customer reads."""

    address: Address | None = None
    created: int
    description: str | None = None
    email: str | None = None
    id: str
    metadata: dict[str, str] | None = None
    name: str | None = None
    phone: str | None = None


class RefundView(WireModel, kw_only=True, gc=False):
    """The Refund fields that Refund reads."""

    amount: int
    created: int
    currency: str
    id: str
    metadata: dict[str, str] | None = None
    payment_intent: str | PaymentIntent | None = None
    reason: (
        Literal["duplicate", "expired_uncaptured_charge", "fraudulent", "requested_by_customer"]
        | None
    ) = None
    status: str | None = None


class PaymentPage(WireModel, kw_only=True, gc=False):
    """A page of Payment items."""

    data: list[PaymentView]


class CustomerPage(WireModel, kw_only=True, gc=False):
    """A page of Customer items."""

    data: list[CustomerView]


class RefundPage(WireModel, kw_only=True, gc=False):
    """A page of Refund items."""

    data: list[RefundView]
