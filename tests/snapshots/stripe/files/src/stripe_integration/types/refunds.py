"""Models of the Stripe API used by ``client.refunds`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from .._runtime.models import WireModel
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
    object: str
    url: str


class PostRefundsBody(WireModel, kw_only=True):
    amount: int | None = None
    charge: str | None = None
    currency: str | None = None
    customer: str | None = None
    expand: list[str] | None = None
    instructions_email: str | None = None
    metadata: dict[str, str] | str | None = None
    origin: str | None = None
    payment_intent: str | None = None
    reason: str | None = None
    refund_application_fee: bool | None = None
    reverse_transfer: bool | None = None
