"""Domain resources, mappers and the MockClient (generated; do not edit).

The annotated assignments in ``test_clients_satisfy_the_protocols`` are the conformity
check: mypy fails the build if the real client and the mock drift apart.
"""

from __future__ import annotations

import asyncio

import pytest

from twilio_integration import (
    APITimeoutError,
    AsyncTwilioClient,
    CircuitOpenError,
    RateLimitError,
    ServerError,
    TwilioClient,
)
from twilio_integration._protocol import AsyncTwilioClientProtocol, TwilioClientProtocol
from twilio_integration.testing import (
    AsyncMockTwilioClient,
    Call,
    MockTwilioClient,
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
    real: TwilioClientProtocol = TwilioClient(transport=fixture_transport())
    mock: TwilioClientProtocol = MockTwilioClient()
    areal: AsyncTwilioClientProtocol = AsyncTwilioClient()
    amock: AsyncTwilioClientProtocol = AsyncMockTwilioClient()
    assert {type(real), type(mock), type(areal), type(amock)}


def _probe(client: TwilioClientProtocol) -> object:
    return client.calls.list(
        account_sid="ACd18Afc9fbC6A4943D8BD4932FafB3bda",
    )


def test_every_operation_has_a_fixture() -> None:
    """Each operation answers offline from the spec's example or a synthesised value."""
    assert set(fixtures()) == {
        "list_call",
        "create_call",
        "fetch_call",
        "list_message",
        "create_message",
        "fetch_message",
    }
    with MockTwilioClient() as client:
        _probe(client)
        client.backend.assert_called("list_call", times=1)


@pytest.mark.parametrize(("kind", "error"), FAILURES, ids=[k for k, _ in FAILURES])
def test_injected_failures_raise_the_typed_errors(kind: str, error: type[Exception]) -> None:
    """Application code can test its handling of every failure the client reports."""
    with MockTwilioClient() as client:
        client.backend.on("list_call").fails(kind)
        with pytest.raises(error):
            _probe(client)


def test_a_failure_then_success_is_retried() -> None:
    """``sequence`` scripts successive answers; the client's retry policy applies."""
    with MockTwilioClient(max_attempts=2) as client:
        client.backend.on("list_call").sequence(Reply(503, {"error": "busy"}))
        _probe(client)
        assert len(client.backend.calls_to("list_call")) == 2


def test_programmed_answers_and_exceptions() -> None:
    """``returns``, ``raises`` and ``calls`` replace the fixture per operation."""
    seen: list[str] = []

    def answer(call: Call) -> Reply:
        seen.append(call.operation)
        return Reply(500, {"error": "x"})

    with MockTwilioClient() as client:
        client.backend.on("list_call").calls(answer)
        with pytest.raises(ServerError):
            _probe(client)
        client.backend.on("list_call").raises(RuntimeError("boom"))
        with pytest.raises(RuntimeError, match="boom"):
            _probe(client)
    assert seen == ["list_call"]


def test_async_mock() -> None:
    """The async mock answers and fails the same way."""

    async def scenario() -> None:
        async with AsyncMockTwilioClient() as client:
            await client.calls.list(
                account_sid="ACd18Afc9fbC6A4943D8BD4932FafB3bda",
            )
            client.backend.on("list_call").fails("rate_limit")
            with pytest.raises(RateLimitError):
                await client.calls.list(
                    account_sid="ACd18Afc9fbC6A4943D8BD4932FafB3bda",
                )

    asyncio.run(scenario())


def test_real_client_end_to_end_over_the_fixture_transport() -> None:
    """``fixture_transport()`` runs the real client (auth, retries, decoding) offline."""
    with TwilioClient(transport=fixture_transport()) as client:
        assert _probe(client) is not None
