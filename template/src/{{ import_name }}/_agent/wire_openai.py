"""OpenAI-compatible chat completions (``POST {base_url}/chat/completions``), tools included.

Works with any endpoint that speaks this format (OpenAI, Azure-style gateways, vLLM,
Ollama, LiteLLM…): the base URL usually ends in ``/v1``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import httpx

from .._runtime import APIError, BearerAuth, Secret, WireModel
from .config import AgentConfig
from .llm import (
    LLMHTTP,
    LLMError,
    Reply,
    ToolCall,
    ToolSpec,
    Turn,
    decode_arguments,
    describe_error,
    http_config,
)

__all__ = ["OpenAIClient"]


class _Function(WireModel):
    name: str = ""
    arguments: str = ""


class _ToolCall(WireModel):
    id: str = ""
    type: str = "function"
    function: _Function | None = None


class _Message(WireModel):
    content: str | None = None
    tool_calls: list[_ToolCall] | None = None


class _Choice(WireModel):
    message: _Message
    finish_reason: str | None = None


class _Usage(WireModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0


class _Completion(WireModel):
    choices: list[_Choice]
    model: str = ""
    usage: _Usage | None = None


def _messages(system: str, turns: Sequence[Turn]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"role": "system", "content": system}]
    for turn in turns:
        if turn.tool_results:
            out += [
                {"role": "tool", "tool_call_id": r.call_id, "content": r.content}
                for r in turn.tool_results
            ]
        elif turn.role == "assistant" and turn.tool_calls:
            out.append(
                {
                    "role": "assistant",
                    "content": turn.text or None,
                    "tool_calls": [
                        {
                            "id": c.id,
                            "type": "function",
                            "function": {
                                "name": c.name,
                                "arguments": json.dumps(dict(c.arguments), ensure_ascii=False),
                            },
                        }
                        for c in turn.tool_calls
                    ],
                }
            )
        else:
            out.append({"role": turn.role, "content": turn.text})
    return out


class OpenAIClient:
    """``ChatClient`` for OpenAI-compatible endpoints: ``Authorization: Bearer``."""

    def __init__(
        self, config: AgentConfig, key: Secret, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.model = config.model
        self._config = config
        self._http = LLMHTTP(http_config(config, headers={}), BearerAuth(key), transport=transport)

    def request_body(
        self, system: str, turns: Sequence[Turn], tools: Sequence[ToolSpec]
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self._config.model,
            "temperature": self._config.temperature,
            "max_tokens": self._config.max_tokens,
            "messages": _messages(system, turns),
        }
        if tools:
            body["tools"] = [
                {
                    "type": "function",
                    "function": {
                        "name": t.name,
                        "description": t.description,
                        "parameters": dict(t.parameters),
                    },
                }
                for t in tools
            ]
        return body

    def complete(self, system: str, turns: Sequence[Turn], tools: Sequence[ToolSpec]) -> Reply:
        body = self.request_body(system, turns, tools)
        try:
            completion: _Completion = self._http.post_json("/chat/completions", body, _Completion)
        except APIError as exc:
            raise describe_error(exc, self._config) from exc
        if not completion.choices:
            raise LLMError(f"{self._config.base_url} returned no choices", fatal=False)
        choice = completion.choices[0]
        calls = []
        for i, raw in enumerate(choice.message.tool_calls or []):
            function = raw.function or _Function()
            arguments, problem = decode_arguments(function.arguments)
            calls.append(ToolCall(raw.id or f"call_{i}", function.name, arguments, problem))
        usage = completion.usage or _Usage()
        return Reply(
            choice.message.content or "",
            tuple(calls),
            choice.finish_reason or "",
            completion.model,
            {"input_tokens": usage.prompt_tokens, "output_tokens": usage.completion_tokens},
        )

    def close(self) -> None:
        self._http.close()
