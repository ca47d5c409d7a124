"""Server-sent event streams of ``client.chat.completions.create(..., stream=True)`` against a
real streaming server on 127.0.0.1, and the MockClient's programmed streams."""

from __future__ import annotations

import asyncio
import json

import msgspec
import pytest

from openai_integration import (
    AsyncOpenAIClient,
    OpenAIClient,
    RateLimitError,
    StreamInterruptedError,
)
from openai_integration.testing import MockOpenAIClient
from openai_integration.types import CreateChatCompletionRequest, CreateChatCompletionStreamResponse

from ._local_server import Reply, ScriptedServer

#: A request synthesised from the spec's schema, and one chunk of the stream.
REQUEST = msgspec.convert(
    json.loads('{"messages": [{"content": "sample", "role": "developer"}], "model": "gpt-5.4"}'),
    CreateChatCompletionRequest,
)
CHUNK = '{"choices": [{"delta": {}, "finish_reason": "stop", "index": 1}], "created": 1, "id": "sample", "model": "sample", "object": "chat.completion.chunk"}'


def test_a_stream_delivers_typed_chunks_and_asks_for_a_stream(server: ScriptedServer) -> None:
    server.script = [Reply(events=(CHUNK, CHUNK, "[DONE]"))]
    with OpenAIClient(base_url=server.url) as client:
        stream = client.chat.completions.create(
            messages=REQUEST.messages,
            model=REQUEST.model,
            stream=True,
        )
        with stream:  # closes the connection even when the loop is left early
            chunks = list(stream)
    assert len(chunks) == 2
    assert all(isinstance(chunk, CreateChatCompletionStreamResponse) for chunk in chunks)
    sent = server.requests[0]
    assert json.loads(sent.body)["stream"] is True
    assert sent.headers["accept"] == "text/event-stream"


def test_a_rate_limit_before_the_first_event_is_retried(server: ScriptedServer) -> None:
    server.script = [
        Reply(
            status=429, body={"error": {"message": "slow down"}}, headers=(("Retry-After", "0"),)
        ),
        Reply(events=(CHUNK, "[DONE]")),
    ]
    with OpenAIClient(base_url=server.url, max_attempts=2) as client:
        stream = client.chat.completions.create(
            messages=REQUEST.messages,
            model=REQUEST.model,
            stream=True,
        )
        assert len(list(stream)) == 1
    assert len(server.requests) == 2


def test_a_stream_dropped_mid_way_raises_and_is_not_replayed(server: ScriptedServer) -> None:
    server.script = [Reply(events=(CHUNK, CHUNK, CHUNK), drop_after=1)]

    async def run() -> list[object]:
        got: list[object] = []
        async with AsyncOpenAIClient(base_url=server.url, max_attempts=3) as client:
            stream = await client.chat.completions.create(
                messages=REQUEST.messages,
                model=REQUEST.model,
                stream=True,
            )
            async with stream:
                async for chunk in stream:
                    got.append(chunk)
        return got

    with pytest.raises(StreamInterruptedError) as caught:
        asyncio.run(run())
    assert caught.value.events == 1
    assert len(server.requests) == 1


def test_the_mock_streams_programmed_chunks_and_fails_after_the_kth() -> None:
    mock = MockOpenAIClient()
    chunk = msgspec.json.decode(CHUNK)
    mock.backend.on("create_chat_completion").streams([chunk, chunk, chunk], fail_after=2)
    got = []
    with pytest.raises(StreamInterruptedError):
        for item in mock.chat.completions.create(
            messages=REQUEST.messages,
            model=REQUEST.model,
            stream=True,
        ):
            got.append(item)
    assert len(got) == 2
    call = mock.backend.assert_called("create_chat_completion")
    assert call.stream and call.body["stream"] is True
    mock.backend.reset()
    mock.backend.on("create_chat_completion").fails("rate_limit")
    with pytest.raises(RateLimitError):
        mock.chat.completions.create(
            messages=REQUEST.messages,
            model=REQUEST.model,
            stream=True,
        )


def test_the_mock_streams_the_fixture_chunk_when_not_programmed() -> None:
    mock = MockOpenAIClient()
    chunks = list(
        mock.chat.completions.create(
            messages=REQUEST.messages,
            model=REQUEST.model,
            stream=True,
        )
    )
    assert len(chunks) == 1 and isinstance(chunks[0], CreateChatCompletionStreamResponse)
