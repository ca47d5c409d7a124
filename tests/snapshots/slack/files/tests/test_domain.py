"""Domain resources, mappers and the MockClient (generated; do not edit).

The annotated assignments in ``test_clients_satisfy_the_protocols`` are the conformity
check: mypy fails the build if the real client and the mock drift apart.
"""

from __future__ import annotations

import asyncio

import pytest

from slack_integration import (
    APITimeoutError,
    AsyncSlackClient,
    CircuitOpenError,
    RateLimitError,
    ServerError,
    SlackClient,
)
from slack_integration._protocol import AsyncSlackClientProtocol, SlackClientProtocol
from slack_integration.testing import (
    AsyncMockSlackClient,
    Call,
    MockSlackClient,
    Reply,
    fixture_transport,
    fixtures,
)

FAILURES: list[tuple[str, type[Exception]]] = [
    ("rate_limit", RateLimitError),
    ("timeout", APITimeoutError),
    ("server_error", ServerError),
    ("unavailable", ServerError),
    ("circuit_open", CircuitOpenError),
]


def test_clients_satisfy_the_protocols() -> None:
    """Real clients and mocks are interchangeable wherever the Protocols are used."""
    real: SlackClientProtocol = SlackClient(transport=fixture_transport())
    mock: SlackClientProtocol = MockSlackClient()
    areal: AsyncSlackClientProtocol = AsyncSlackClient()
    amock: AsyncSlackClientProtocol = AsyncMockSlackClient()
    assert {type(real), type(mock), type(areal), type(amock)}


def _probe(client: SlackClientProtocol) -> object:
    return client.conversations.history()


def test_every_operation_has_a_fixture() -> None:
    """Each operation answers offline from the spec's example or a synthesised value."""
    assert set(fixtures()) == {
        "chat_post_message",
        "chat_update",
        "conversations_history",
        "conversations_info",
        "conversations_list",
    }
    with MockSlackClient() as client:
        _probe(client)
        client.backend.assert_called("conversations_history", times=1)


@pytest.mark.parametrize(("kind", "error"), FAILURES, ids=[k for k, _ in FAILURES])
def test_injected_failures_raise_the_typed_errors(kind: str, error: type[Exception]) -> None:
    """Application code can test its handling of every failure the client reports."""
    with MockSlackClient() as client:
        client.backend.on("conversations_history").fails(kind)
        with pytest.raises(error):
            _probe(client)


def test_a_failure_then_success_is_retried() -> None:
    """``sequence`` scripts successive answers; the client's retry policy applies."""
    with MockSlackClient(max_attempts=2) as client:
        client.backend.on("conversations_history").sequence(Reply(503, {"error": "busy"}))
        _probe(client)
        assert len(client.backend.calls_to("conversations_history")) == 2


def test_programmed_answers_and_exceptions() -> None:
    """``returns``, ``raises`` and ``calls`` replace the fixture per operation."""
    seen: list[str] = []

    def answer(call: Call) -> Reply:
        seen.append(call.operation)
        return Reply(500, {"error": "x"})

    with MockSlackClient() as client:
        client.backend.on("conversations_history").calls(answer)
        with pytest.raises(ServerError):
            _probe(client)
        client.backend.on("conversations_history").raises(RuntimeError("boom"))
        with pytest.raises(RuntimeError, match="boom"):
            _probe(client)
    assert seen == ["conversations_history"]


def test_async_mock() -> None:
    """The async mock answers and fails the same way."""

    async def scenario() -> None:
        async with AsyncMockSlackClient() as client:
            await client.conversations.history()
            client.backend.on("conversations_history").fails("rate_limit")
            with pytest.raises(RateLimitError):
                await client.conversations.history()

    asyncio.run(scenario())


def test_real_client_end_to_end_over_the_fixture_transport() -> None:
    """``fixture_transport()`` runs the real client (auth, retries, decoding) offline."""
    with SlackClient(transport=fixture_transport()) as client:
        assert _probe(client) is not None
