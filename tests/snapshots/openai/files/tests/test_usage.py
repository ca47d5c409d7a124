"""The public surface as users write it: typed calls that mypy --strict checks (generated).

Each call names a resource, a verb and keywords; renaming any of them, or changing a
return type, fails mypy on this file before it fails a user's code. The calls run
against the mock, answering with the spec's examples (an example that does not match
its own schema is reported as drift, not as a failure of the client).
"""

from __future__ import annotations

import asyncio

from openai_integration import DecodingError, types
from openai_integration.testing import AsyncMockOpenAIClient, MockOpenAIClient


def test_every_simple_call_through_the_mock() -> None:
    """Each resource method whose required arguments are plain values, called for real."""
    decoded: list[object] = []
    drift: list[str] = []
    with MockOpenAIClient() as client:
        try:
            result_1: types.ListFilesResponse = client.files.list()
            decoded.append(result_1)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_2: types.OpenAIFile = client.files.retrieve("x")
            decoded.append(result_2)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_3: types.DeleteFileResponse = client.files.delete("x")
            decoded.append(result_3)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_4: types.ListModelsResponse = client.models.list()
            decoded.append(result_4)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_5: types.Model = client.models.retrieve("gpt-4o-mini")
            decoded.append(result_5)
        except DecodingError as exc:
            drift.append(str(exc))
        try:
            result_6: types.Response = client.responses.create()
            decoded.append(result_6)
        except DecodingError as exc:
            drift.append(str(exc))
        raw = client.files.with_raw_response.list()
        assert raw.status_code < 300
    assert len(decoded) + len(drift) == 6
    assert decoded, drift


def test_the_async_tree_mirrors_the_sync_one() -> None:
    """The async client has the same resources and verbs, awaited."""
    decoded: list[object] = []

    async def scenario() -> None:
        async with AsyncMockOpenAIClient() as client:
            try:
                result_1: types.ListFilesResponse = await client.files.list()
                decoded.append(result_1)
            except DecodingError:
                decoded.append(None)
            try:
                result_2: types.OpenAIFile = await client.files.retrieve("x")
                decoded.append(result_2)
            except DecodingError:
                decoded.append(None)
            try:
                result_3: types.DeleteFileResponse = await client.files.delete("x")
                decoded.append(result_3)
            except DecodingError:
                decoded.append(None)
            try:
                result_4: types.ListModelsResponse = await client.models.list()
                decoded.append(result_4)
            except DecodingError:
                decoded.append(None)
            try:
                result_5: types.Model = await client.models.retrieve("gpt-4o-mini")
                decoded.append(result_5)
            except DecodingError:
                decoded.append(None)
            try:
                result_6: types.Response = await client.responses.create()
                decoded.append(result_6)
            except DecodingError:
                decoded.append(None)

    asyncio.run(scenario())
    assert len(decoded) == 6
