"""The Stripe API's resources, one module each (generated; do not edit).

``client.<resource>.<verb>(...)``; each class has an ``Async`` twin and a
``WithRawResponse`` view (``client.<resource>.with_raw_response.<verb>(...)``).
"""

from .customers import (
    AsyncCustomers,
    AsyncCustomersWithRawResponse,
    Customers,
    CustomersWithRawResponse,
)
from .events import (
    AsyncEvents,
    AsyncEventsWithRawResponse,
    Events,
    EventsWithRawResponse,
)
from .payment_intents import (
    AsyncPaymentIntents,
    AsyncPaymentIntentsWithRawResponse,
    PaymentIntents,
    PaymentIntentsWithRawResponse,
)
from .refunds import (
    AsyncRefunds,
    AsyncRefundsWithRawResponse,
    Refunds,
    RefundsWithRawResponse,
)

__all__ = [
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncPaymentIntents",
    "AsyncPaymentIntentsWithRawResponse",
    "AsyncRefunds",
    "AsyncRefundsWithRawResponse",
    "Customers",
    "CustomersWithRawResponse",
    "Events",
    "EventsWithRawResponse",
    "PaymentIntents",
    "PaymentIntentsWithRawResponse",
    "Refunds",
    "RefundsWithRawResponse",
]
