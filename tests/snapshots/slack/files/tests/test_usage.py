"""The public surface as users write it: typed calls that mypy --strict checks (generated).

Each call names a resource, a verb and keywords; renaming any of them, or changing a
return type, fails mypy on this file before it fails a user's code. The calls run
against the mock, answering with the spec's examples (an example that does not match
its own schema is reported as drift, not as a failure of the client).
"""

from __future__ import annotations

import asyncio

from slack_integration import DecodingError, types
from slack_integration.testing import AsyncMockSlackClient, MockSlackClient


def test_every_simple_call_through_the_mock() -> None:
    """Each resource method whose required arguments are plain values, called for real."""
    decoded: list[object] = []
    drift: list[str] = []
    with MockSlackClient() as client:
        try:
            result_1: types.ChatPostMessageResponse = client.chat.post_message(channel="x")
            decoded.append(result_1)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_2: types.ChatUpdateResponse = client.chat.update(channel="x", ts="x")
            decoded.append(result_2)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_3: types.ConversationsHistoryResponse = client.conversations.history()
            decoded.append(result_3)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_4: types.ConversationsInfoResponse = client.conversations.info()
            decoded.append(result_4)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_5: types.ConversationsListResponse = client.conversations.list()
            decoded.append(result_5)
        except DecodingError as exc:
            drift.append(str(exc))
        raw = client.chat.with_raw_response.post_message(channel="x")
        assert raw.status_code < 300
    assert len(decoded) + len(drift) == 5
    assert decoded, drift


def test_the_async_tree_mirrors_the_sync_one() -> None:
    """The async client has the same resources and verbs, awaited."""
    decoded: list[object] = []

    async def scenario() -> None:
        async with AsyncMockSlackClient() as client:
            try:
                result_1: types.ChatPostMessageResponse = await client.chat.post_message(
                    channel="x"
                )
                decoded.append(result_1)
            except DecodingError:
                decoded.append(None)
            try:
                result_2: types.ChatUpdateResponse = await client.chat.update(channel="x", ts="x")
                decoded.append(result_2)
            except DecodingError:
                decoded.append(None)
            try:
                result_3: types.ConversationsHistoryResponse = await client.conversations.history()
                decoded.append(result_3)
            except DecodingError:
                decoded.append(None)
            try:
                result_4: types.ConversationsInfoResponse = await client.conversations.info()
                decoded.append(result_4)
            except DecodingError:
                decoded.append(None)
            try:
                result_5: types.ConversationsListResponse = await client.conversations.list()
                decoded.append(result_5)
            except DecodingError:
                decoded.append(None)

    asyncio.run(scenario())
    assert len(decoded) == 5
