"""Models of the Stripe API used by ``client.refunds`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from .._runtime.models import Literal, WireModel
from .shared import (
    Refund,
)

__all__ = [
    "GetRefundsResponse",
    "PostRefundsBody",
]


class GetRefundsResponse(WireModel, kw_only=True):
    """APIMethodRefundList"""

    data: list[Refund]
    has_more: bool
    object: Literal["list"]
    url: str


class PostRefundsBody(WireModel, kw_only=True):
    amount: int | None = None
    charge: str | None = None
    currency: str | None = None
    customer: str | None = None
    expand: list[str] | None = None
    instructions_email: str | None = None
    metadata: dict[str, str] | Literal[""] | None = None
    origin: Literal["customer_balance"] | None = None
    payment_intent: str | None = None
    reason: Literal["duplicate", "fraudulent", "requested_by_customer"] | None = None
    refund_application_fee: bool | None = None
    reverse_transfer: bool | None = None
