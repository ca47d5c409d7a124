"""Talking to an LLM: one neutral conversation shape, two wire formats, the runtime's HTTP.

``ChatClient`` implementations (``wire_anthropic.AnthropicClient``,
``wire_openai.OpenAIClient``) turn :class:`Turn` lists into the provider's request and its
response into a :class:`Reply`. Both send through :class:`LLMHTTP`, a ``SyncAPIClient``:
the same per-attempt timeouts, deadline, retries with backoff (``Retry-After`` honoured)
and circuit breaker as the generated API clients. A completion changes nothing on the
server, so its POST is retried like an idempotent call.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
import msgspec

from .._runtime import (
    DEFAULT_RETRY_STATUSES,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BreakerConfig,
    CircuitOpenError,
    ClientConfig,
    DecodingError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Secret,
    SyncAPIClient,
    TransportError,
)
from .._runtime.client_core import _Call
from .config import AgentConfig

__all__ = [
    "LLMHTTP",
    "ChatClient",
    "LLMError",
    "Reply",
    "ToolCall",
    "ToolResult",
    "ToolSpec",
    "Turn",
    "describe_error",
    "make_client",
    "request_hash",
]

#: Anthropic answers 529 when overloaded; retried like 503.
RETRY_STATUSES = DEFAULT_RETRY_STATUSES | {529}


@dataclass(frozen=True)
class ToolSpec:
    """A tool the model may call: name, description and JSON-schema parameters."""

    name: str
    description: str
    parameters: Mapping[str, Any]


@dataclass(frozen=True)
class ToolCall:
    """The model asks for ``name(**arguments)``; ``problem`` when its arguments were unusable."""

    id: str
    name: str
    arguments: Mapping[str, Any]
    problem: str = ""


@dataclass(frozen=True)
class ToolResult:
    call_id: str
    content: str
    is_error: bool = False


@dataclass(frozen=True)
class Turn:
    """One message: user text, the assistant's text and tool calls, or tool results."""

    role: str  # "user" | "assistant"
    text: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    tool_results: tuple[ToolResult, ...] = ()


@dataclass(frozen=True)
class Reply:
    text: str
    tool_calls: tuple[ToolCall, ...] = ()
    stop_reason: str = ""
    model: str = ""
    usage: Mapping[str, int] = field(default_factory=dict)

    def as_turn(self) -> Turn:
        return Turn("assistant", self.text, self.tool_calls)


class LLMError(Exception):
    """The LLM could not answer. ``fatal``: later calls would fail the same way (stop)."""

    def __init__(self, message: str, *, fatal: bool) -> None:
        super().__init__(message)
        self.fatal = fatal


class ChatClient(Protocol):
    """What the agent needs from an LLM API."""

    model: str

    def request_body(
        self, system: str, turns: Sequence[Turn], tools: Sequence[ToolSpec]
    ) -> dict[str, Any]: ...

    def complete(self, system: str, turns: Sequence[Turn], tools: Sequence[ToolSpec]) -> Reply: ...

    def close(self) -> None: ...


class LLMHTTP(SyncAPIClient):
    """``SyncAPIClient`` whose POSTs are retried: a completion has no side effect."""

    def _prepare(self, method: str, path: str, **kwargs: Any) -> _Call:
        call = super()._prepare(method, path, **kwargs)
        call.retry_safe = True
        return call

    def post_json(self, path: str, body: Mapping[str, Any], type_: type[Any]) -> Any:
        response = self._request("POST", path, json=dict(body))
        return self._decode(response, type_)


def http_config(config: AgentConfig, *, headers: Mapping[str, str]) -> ClientConfig:
    """Runtime settings for the LLM API: the agent's timeout and attempts, a breaker."""
    return ClientConfig(
        base_url=config.base_url,
        timeout=config.timeout,
        connect_timeout=min(config.timeout, 10.0),
        deadline=config.timeout * config.max_attempts + 60.0,
        max_attempts=config.max_attempts,
        retry_statuses=frozenset(RETRY_STATUSES),
        retry_hint_header="x-should-retry",
        request_id_headers=("request-id", "x-request-id"),
        user_agent="integration-kit-agent/1",
        default_headers=dict(headers),
        breaker=BreakerConfig(consecutive_failures=3, minimum_calls=5, wait_duration=30.0),
    )


def describe_error(exc: APIError, config: AgentConfig) -> LLMError:
    """One line saying what went wrong, and whether trying other places is pointless."""
    where = config.base_url
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        return LLMError(
            f"{where} refused the key in {config.api_key_env} (HTTP {exc.status_code})", fatal=True
        )
    if isinstance(exc, RateLimitError):
        wait = f"; retry after {exc.retry_after:g}s" if exc.retry_after is not None else ""
        return LLMError(f"{where} is rate limiting the agent (HTTP 429{wait})", fatal=True)
    if isinstance(exc, BadRequestError | NotFoundError):
        return LLMError(f"{where} rejected the request: {exc}", fatal=True)
    if isinstance(exc, CircuitOpenError):
        return LLMError(f"{where} failed repeatedly; circuit open ({exc})", fatal=True)
    if isinstance(exc, APITimeoutError):
        return LLMError(f"{where} timed out: {exc}", fatal=False)
    if isinstance(exc, TransportError):
        return LLMError(f"cannot reach {where}: {exc}", fatal=True)
    if isinstance(exc, DecodingError):
        return LLMError(f"{where} answered in an unexpected shape: {exc}", fatal=False)
    if isinstance(exc, APIStatusError):
        return LLMError(f"{where} failed: {exc}", fatal=False)
    return LLMError(f"{where}: {exc}", fatal=False)


def request_hash(body: Mapping[str, Any]) -> str:
    """SHA-256 of a request body in canonical JSON (sorted keys): the prompt's hash."""
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def decode_arguments(raw: str) -> tuple[dict[str, Any], str]:
    """Tool-call arguments sent as a JSON string (OpenAI) → (arguments, problem)."""
    try:
        value = msgspec.json.decode(raw.encode("utf-8") if raw else b"{}")
    except msgspec.DecodeError as exc:
        return {}, f"arguments are not valid JSON: {exc}"
    if not isinstance(value, dict):
        return {}, "arguments must be a JSON object"
    return value, ""


def make_client(
    config: AgentConfig, key: Secret, *, transport: httpx.BaseTransport | None = None
) -> ChatClient:
    """The client for ``config.provider``."""
    if config.provider == "anthropic":
        from .wire_anthropic import AnthropicClient

        return AnthropicClient(config, key, transport=transport)
    from .wire_openai import OpenAIClient

    return OpenAIClient(config, key, transport=transport)
