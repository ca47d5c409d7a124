"""The Anthropic Messages API (``POST {base_url}/v1/messages``), tools included."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from .._runtime import APIError, HeaderKeyAuth, Secret, WireModel
from .config import AgentConfig
from .llm import LLMHTTP, Reply, ToolCall, ToolSpec, Turn, describe_error, http_config

__all__ = ["ANTHROPIC_VERSION", "AnthropicClient"]

ANTHROPIC_VERSION = "2023-06-01"


class _Block(WireModel):
    type: str
    text: str | None = None
    id: str | None = None
    name: str | None = None
    input: dict[str, Any] | None = None


class _Usage(WireModel):
    input_tokens: int = 0
    output_tokens: int = 0


class _Message(WireModel):
    content: list[_Block]
    stop_reason: str | None = None
    model: str = ""
    usage: _Usage | None = None


def _message(turn: Turn) -> dict[str, Any]:
    if turn.tool_results:
        return {
            "role": "user",
            "content": [
                {
                    "type": "tool_result",
                    "tool_use_id": r.call_id,
                    "content": r.content,
                    "is_error": r.is_error,
                }
                for r in turn.tool_results
            ],
        }
    if turn.role == "user" or not turn.tool_calls:
        return {"role": turn.role, "content": turn.text or "(empty)"}
    blocks: list[dict[str, Any]] = [{"type": "text", "text": turn.text}] if turn.text else []
    blocks += [
        {"type": "tool_use", "id": c.id, "name": c.name, "input": dict(c.arguments)}
        for c in turn.tool_calls
    ]
    return {"role": "assistant", "content": blocks}


class AnthropicClient:
    """``ChatClient`` for Anthropic: ``x-api-key`` and ``anthropic-version`` headers."""

    def __init__(
        self, config: AgentConfig, key: Secret, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.model = config.model
        self._config = config
        self._http = LLMHTTP(
            http_config(config, headers={"anthropic-version": ANTHROPIC_VERSION}),
            HeaderKeyAuth("x-api-key", key),
            transport=transport,
        )

    def request_body(
        self, system: str, turns: Sequence[Turn], tools: Sequence[ToolSpec]
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self._config.model,
            "max_tokens": self._config.max_tokens,
            "temperature": self._config.temperature,
            "system": system,
            "messages": [_message(t) for t in turns],
        }
        if tools:
            body["tools"] = [
                {"name": t.name, "description": t.description, "input_schema": dict(t.parameters)}
                for t in tools
            ]
        return body

    def complete(self, system: str, turns: Sequence[Turn], tools: Sequence[ToolSpec]) -> Reply:
        body = self.request_body(system, turns, tools)
        try:
            message: _Message = self._http.post_json("/v1/messages", body, _Message)
        except APIError as exc:
            raise describe_error(exc, self._config) from exc
        text = "".join(b.text or "" for b in message.content if b.type == "text")
        calls = tuple(
            ToolCall(b.id or f"call_{i}", b.name or "", b.input or {})
            for i, b in enumerate(message.content)
            if b.type == "tool_use"
        )
        usage = message.usage or _Usage()
        return Reply(
            text,
            calls,
            message.stop_reason or "",
            message.model,
            {"input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens},
        )

    def close(self) -> None:
        self._http.close()
