"""Domain resources, mappers and the MockClient (generated; do not edit).

The annotated assignments in ``test_clients_satisfy_the_protocols`` are the conformity
check: mypy fails the build if the real client and the mock drift apart.
"""

from __future__ import annotations

import asyncio

import pytest

from openai_integration import (
    APITimeoutError,
    AsyncOpenAIClient,
    CircuitOpenError,
    OpenAIClient,
    RateLimitError,
    ServerError,
)
from openai_integration._protocol import AsyncOpenAIClientProtocol, OpenAIClientProtocol
from openai_integration.testing import (
    AsyncMockOpenAIClient,
    Call,
    MockOpenAIClient,
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
    real: OpenAIClientProtocol = OpenAIClient(transport=fixture_transport())
    mock: OpenAIClientProtocol = MockOpenAIClient()
    areal: AsyncOpenAIClientProtocol = AsyncOpenAIClient()
    amock: AsyncOpenAIClientProtocol = AsyncMockOpenAIClient()
    assert {type(real), type(mock), type(areal), type(amock)}


def _probe(client: OpenAIClientProtocol) -> object:
    return client.files.list()


def test_every_operation_has_a_fixture() -> None:
    """Each operation answers offline from the spec's example or a synthesised value."""
    assert set(fixtures()) == {
        "create_chat_completion",
        "list_files",
        "create_file",
        "retrieve_file",
        "delete_file",
        "list_models",
        "retrieve_model",
        "create_response",
    }
    with MockOpenAIClient() as client:
        _probe(client)
        client.backend.assert_called("list_files", times=1)


@pytest.mark.parametrize(("kind", "error"), FAILURES, ids=[k for k, _ in FAILURES])
def test_injected_failures_raise_the_typed_errors(kind: str, error: type[Exception]) -> None:
    """Application code can test its handling of every failure the client reports."""
    with MockOpenAIClient() as client:
        client.backend.on("list_files").fails(kind)
        with pytest.raises(error):
            _probe(client)


def test_a_failure_then_success_is_retried() -> None:
    """``sequence`` scripts successive answers; the client's retry policy applies."""
    with MockOpenAIClient(max_attempts=2) as client:
        client.backend.on("list_files").sequence(Reply(503, {"error": "busy"}))
        _probe(client)
        assert len(client.backend.calls_to("list_files")) == 2


def test_programmed_answers_and_exceptions() -> None:
    """``returns``, ``raises`` and ``calls`` replace the fixture per operation."""
    seen: list[str] = []

    def answer(call: Call) -> Reply:
        seen.append(call.operation)
        return Reply(500, {"error": "x"})

    with MockOpenAIClient() as client:
        client.backend.on("list_files").calls(answer)
        with pytest.raises(ServerError):
            _probe(client)
        client.backend.on("list_files").raises(RuntimeError("boom"))
        with pytest.raises(RuntimeError, match="boom"):
            _probe(client)
    assert seen == ["list_files"]


def test_async_mock() -> None:
    """The async mock answers and fails the same way."""

    async def scenario() -> None:
        async with AsyncMockOpenAIClient() as client:
            await client.files.list()
            client.backend.on("list_files").fails("rate_limit")
            with pytest.raises(RateLimitError):
                await client.files.list()

    asyncio.run(scenario())


def test_real_client_end_to_end_over_the_fixture_transport() -> None:
    """``fixture_transport()`` runs the real client (auth, retries, decoding) offline."""
    with OpenAIClient(transport=fixture_transport()) as client:
        assert _probe(client) is not None
