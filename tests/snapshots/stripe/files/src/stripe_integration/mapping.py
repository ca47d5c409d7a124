"""How Stripe data becomes your domain objects (and back): one Mapper per class.

This file is yours: rendered once, never overwritten by `copier update`. A mapper lists
only what differs from the default rule (same field name, converted to the provider's
case); unknown provider fields are ignored, a missing required field or a wrong type
raises MappingError with the JSON path, unknown enum values become UNKNOWN (and are
logged). The generated `_resources.py` uses the constants below by name.
"""

from __future__ import annotations

from . import domain
from ._mapping import Field, Mapper, currency_code, enum_map, expandable_id, minor_units, unix_time

__all__ = [
    "CUSTOMER",
    "PAYMENT",
    "POSTAL_ADDRESS",
    "REFUND",
]

POSTAL_ADDRESS = Mapper(domain.PostalAddress)

PAYMENT = Mapper(
    domain.Payment,
    {
        "id": Field(read_only=True, required=True),
        "amount": Field(convert=minor_units("currency")),
        "currency": Field(convert=currency_code),
        "status": Field(
            convert=enum_map(
                domain.PaymentStatus,
                {
                    "requires_payment_method": domain.PaymentStatus.PENDING,
                    "requires_confirmation": domain.PaymentStatus.PENDING,
                    "requires_action": domain.PaymentStatus.PENDING,
                },
            ),
            read_only=True,
        ),
        "customer_id": Field("customer", convert=expandable_id),
        "created_at": Field("created", convert=unix_time, read_only=True),
        "livemode": Field(read_only=True),
    },
)

CUSTOMER = Mapper(
    domain.Customer,
    {
        "id": Field(read_only=True, required=True),
        "address": Field(nested=POSTAL_ADDRESS),
        "created_at": Field("created", convert=unix_time, read_only=True),
    },
)

REFUND = Mapper(
    domain.Refund,
    {
        "id": Field(read_only=True, required=True),
        "amount": Field(convert=minor_units("currency")),
        "currency": Field(convert=currency_code),
        "payment_id": Field("payment_intent", convert=expandable_id),
        "status": Field(convert=enum_map(domain.RefundStatus), read_only=True),
        "created_at": Field("created", convert=unix_time, read_only=True),
    },
)
