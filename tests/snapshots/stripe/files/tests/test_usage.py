"""The public surface as users write it: typed calls that mypy --strict checks (generated).

Each call names a resource, a verb and keywords; renaming any of them, or changing a
return type, fails mypy on this file before it fails a user's code. The calls run
against the mock, answering with the spec's examples (an example that does not match
its own schema is reported as drift, not as a failure of the client).
"""

from __future__ import annotations

import asyncio

from stripe_integration import DecodingError, types
from stripe_integration.testing import AsyncMockStripeClient, MockStripeClient


def test_every_simple_call_through_the_mock() -> None:
    """Each resource method whose required arguments are plain values, called for real."""
    decoded: list[object] = []
    drift: list[str] = []
    with MockStripeClient() as client:
        try:
            result_1: types.GetCustomersResponse = client.customers.list()
            decoded.append(result_1)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_2: types.Customer = client.customers.create()
            decoded.append(result_2)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_3: types.Customer | types.DeletedCustomer = client.customers.retrieve("x")
            decoded.append(result_3)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_4: types.Customer = client.customers.update("x")
            decoded.append(result_4)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_5: types.DeletedCustomer = client.customers.delete("x")
            decoded.append(result_5)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_6: types.GetEventsResponse = client.events.list()
            decoded.append(result_6)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_7: types.Event = client.events.retrieve("x")
            decoded.append(result_7)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_8: types.GetPaymentIntentsResponse = client.payment_intents.list()
            decoded.append(result_8)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_9: types.PaymentIntent = client.payment_intents.create(amount=1, currency="x")
            decoded.append(result_9)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_10: types.PaymentIntent = client.payment_intents.retrieve("x")
            decoded.append(result_10)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_11: types.PaymentIntent = client.payment_intents.cancel("x")
            decoded.append(result_11)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_12: types.PaymentIntent = client.payment_intents.confirm("x")
            decoded.append(result_12)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_13: types.GetRefundsResponse = client.refunds.list()
            decoded.append(result_13)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_14: types.Refund = client.refunds.create()
            decoded.append(result_14)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_15: types.Refund = client.refunds.retrieve("x")
            decoded.append(result_15)
        except DecodingError as exc:
            drift.append(str(exc))
        raw = client.customers.with_raw_response.list()
        assert raw.status_code < 300
    assert len(decoded) + len(drift) == 15
    assert decoded, drift


def test_the_async_tree_mirrors_the_sync_one() -> None:
    """The async client has the same resources and verbs, awaited."""
    decoded: list[object] = []

    async def scenario() -> None:
        async with AsyncMockStripeClient() as client:
            try:
                result_1: types.GetCustomersResponse = await client.customers.list()
                decoded.append(result_1)
            except DecodingError:
                decoded.append(None)
            try:
                result_2: types.Customer = await client.customers.create()
                decoded.append(result_2)
            except DecodingError:
                decoded.append(None)
            try:
                result_3: types.Customer | types.DeletedCustomer = await client.customers.retrieve(
                    "x"
                )
                decoded.append(result_3)
            except DecodingError:
                decoded.append(None)
            try:
                result_4: types.Customer = await client.customers.update("x")
                decoded.append(result_4)
            except DecodingError:
                decoded.append(None)
            try:
                result_5: types.DeletedCustomer = await client.customers.delete("x")
                decoded.append(result_5)
            except DecodingError:
                decoded.append(None)
            try:
                result_6: types.GetEventsResponse = await client.events.list()
                decoded.append(result_6)
            except DecodingError:
                decoded.append(None)
            try:
                result_7: types.Event = await client.events.retrieve("x")
                decoded.append(result_7)
            except DecodingError:
                decoded.append(None)
            try:
                result_8: types.GetPaymentIntentsResponse = await client.payment_intents.list()
                decoded.append(result_8)
            except DecodingError:
                decoded.append(None)
            try:
                result_9: types.PaymentIntent = await client.payment_intents.create(
                    amount=1, currency="x"
                )
                decoded.append(result_9)
            except DecodingError:
                decoded.append(None)
            try:
                result_10: types.PaymentIntent = await client.payment_intents.retrieve("x")
                decoded.append(result_10)
            except DecodingError:
                decoded.append(None)
            try:
                result_11: types.PaymentIntent = await client.payment_intents.cancel("x")
                decoded.append(result_11)
            except DecodingError:
                decoded.append(None)
            try:
                result_12: types.PaymentIntent = await client.payment_intents.confirm("x")
                decoded.append(result_12)
            except DecodingError:
                decoded.append(None)
            try:
                result_13: types.GetRefundsResponse = await client.refunds.list()
                decoded.append(result_13)
            except DecodingError:
                decoded.append(None)
            try:
                result_14: types.Refund = await client.refunds.create()
                decoded.append(result_14)
            except DecodingError:
                decoded.append(None)
            try:
                result_15: types.Refund = await client.refunds.retrieve("x")
                decoded.append(result_15)
            except DecodingError:
                decoded.append(None)

    asyncio.run(scenario())
    assert len(decoded) == 15
