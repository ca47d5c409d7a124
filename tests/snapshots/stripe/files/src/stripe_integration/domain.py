"""Your domain models: the names and types your application uses for Stripe data.

This file is yours. It is rendered once, on `copier copy`; `copier update` never
overwrites it (files whose names start with `_` are the kit's and are regenerated).
`mapping.py` (also yours) declares how Stripe's data fills these classes; the
generated `_resources.py` refers to the class names below, so keep them (or an alias).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

__all__ = [
    "Customer",
    "Payment",
    "PaymentStatus",
    "PostalAddress",
    "Refund",
    "RefundStatus",
]


class PaymentStatus(enum.StrEnum):
    """Where a payment stands, in your terms (Stripe's seven statuses folded into five)."""

    PENDING = "pending"
    PROCESSING = "processing"
    REQUIRES_CAPTURE = "requires_capture"
    SUCCEEDED = "succeeded"
    CANCELED = "canceled"
    UNKNOWN = "unknown"


class RefundStatus(enum.StrEnum):
    """Where a refund stands."""

    PENDING = "pending"
    REQUIRES_ACTION = "requires_action"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"
    UNKNOWN = "unknown"


@dataclass(slots=True, kw_only=True)
class PostalAddress:
    """A postal address."""

    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    country: str | None = None


@dataclass(slots=True, kw_only=True)
class Payment:
    """A payment (Stripe PaymentIntent); amounts in major units."""

    id: str = ""
    amount: Decimal
    currency: str
    status: PaymentStatus = PaymentStatus.UNKNOWN
    customer_id: str | None = None
    description: str = ""
    receipt_email: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    created_at: datetime | None = None
    livemode: bool = False


@dataclass(slots=True, kw_only=True)
class Customer:
    """A customer."""

    id: str = ""
    email: str | None = None
    name: str | None = None
    phone: str | None = None
    description: str | None = None
    address: PostalAddress | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    created_at: datetime | None = None


@dataclass(slots=True, kw_only=True)
class Refund:
    """A refund of a payment; amounts in major units."""

    id: str = ""
    amount: Decimal
    currency: str
    payment_id: str | None = None
    status: RefundStatus = RefundStatus.UNKNOWN
    reason: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    created_at: datetime | None = None
