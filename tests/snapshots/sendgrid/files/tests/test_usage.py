"""The public surface as users write it: typed calls that mypy --strict checks (generated).

Each call names a resource, a verb and keywords; renaming any of them, or changing a
return type, fails mypy on this file before it fails a user's code. The calls run
against the mock, answering with the spec's examples (an example that does not match
its own schema is reported as drift, not as a failure of the client).
"""

from __future__ import annotations

import asyncio

from sendgrid_integration import DecodingError, types
from sendgrid_integration.testing import AsyncMockSendGridClient, MockSendGridClient


def test_every_simple_call_through_the_mock() -> None:
    """Each resource method whose required arguments are plain values, called for real."""
    decoded: list[object] = []
    drift: list[str] = []
    with MockSendGridClient() as client:
        try:
            result_1: types.GetUserWebhooksEventSettingsSignedResponse = (
                client.user.webhooks.event.settings.signed.retrieve()
            )
            decoded.append(result_1)
        except DecodingError as exc:
            drift.append(str(exc))
        raw = client.user.webhooks.event.settings.signed.with_raw_response.retrieve()
        assert raw.status_code < 300
    assert len(decoded) + len(drift) == 1
    assert decoded, drift


def test_the_async_tree_mirrors_the_sync_one() -> None:
    """The async client has the same resources and verbs, awaited."""
    decoded: list[object] = []

    async def scenario() -> None:
        async with AsyncMockSendGridClient() as client:
            try:
                result_1: types.GetUserWebhooksEventSettingsSignedResponse = (
                    await client.user.webhooks.event.settings.signed.retrieve()
                )
                decoded.append(result_1)
            except DecodingError:
                decoded.append(None)

    asyncio.run(scenario())
    assert len(decoded) == 1
