"""The tools the model may call while it fills a place (those listed in agents.yml).

- ``read_file(path)``: a project file inside the context window (never ``.env*``).
- ``read_url(url)``: a public https page (the provider's API reference), text only,
  through the runtime client (timeouts, retries, breaker); no IP literals, no localhost.
- ``generate_sdk(operation_id)``: what the generator made for an operation — the client
  method's source and the operation in the spec snapshot.
- ``write_file(path, content)``: propose the whole new content of the place's file. It is
  not written: it becomes the proposal, validated like a fenced answer.
"""

from __future__ import annotations

import ast
import ipaddress
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._runtime import APIError, ClientConfig, SyncAPIClient
from .config import AgentConfig
from .context import allowed_file, spec_operation
from .llm import ToolCall, ToolResult, ToolSpec
from .manifest import Manifest, Place

__all__ = ["TOOL_SPECS", "Toolbox", "WriteProposal", "fetch_url"]

MAX_RESULT_CHARS = 20_000
MAX_URL_BYTES = 512 * 1024
MAX_URL_READS = 8
MAX_REDIRECTS = 3

TOOL_SPECS: dict[str, ToolSpec] = {
    "read_file": ToolSpec(
        "read_file",
        "Read a file of the generated project (a path relative to its root).",
        {
            "type": "object",
            "properties": {"path": {"type": "string"}},
            "required": ["path"],
        },
    ),
    "read_url": ToolSpec(
        "read_url",
        "Fetch a public https page, such as the provider's API reference; returns its text.",
        {
            "type": "object",
            "properties": {"url": {"type": "string"}},
            "required": ["url"],
        },
    ),
    "generate_sdk": ToolSpec(
        "generate_sdk",
        "Show what the generator made for an operation: the client method and its spec entry.",
        {
            "type": "object",
            "properties": {"operation_id": {"type": "string"}},
            "required": ["operation_id"],
        },
    ),
    "write_file": ToolSpec(
        "write_file",
        "Propose the complete new content of the open place's file, changed only between the "
        "place's markers. It is validated (ruff, mypy --strict, tests) before it is kept.",
        {
            "type": "object",
            "properties": {"path": {"type": "string"}, "content": {"type": "string"}},
            "required": ["path", "content"],
        },
    ),
}


@dataclass(frozen=True)
class WriteProposal:
    """The model called write_file: the new text it proposes for ``path``."""

    call_id: str
    path: str
    content: str


def _url_problem(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return "not a URL"
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host:
        return "only https URLs are read"
    if parts.username or parts.password:
        return "URLs with credentials are not read"
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return "local hosts are not read"
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return ""
    return "IP addresses are not read (use the documentation's host name)"


def fetch_url(
    url: str, config: AgentConfig, *, transport: httpx.BaseTransport | None = None
) -> str:
    """The text of a public https page, through the runtime client (bounded size)."""
    for _ in range(MAX_REDIRECTS + 1):
        problem = _url_problem(url)
        if problem:
            raise ValueError(problem)
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        client_config = ClientConfig(
            base_url=origin,
            timeout=min(config.timeout, 30.0),
            connect_timeout=10.0,
            deadline=60.0,
            max_attempts=config.max_attempts,
            max_response_bytes=MAX_URL_BYTES,
            user_agent="integration-kit-agent/1",
            default_headers={"Accept": "text/html, text/plain, application/json, */*"},
        )
        with SyncAPIClient(client_config, None, transport=transport) as client:
            response = client._request("GET", url)
        location = response.headers.get("location")
        if not response.is_redirect or not location:
            return response.text
        url = str(httpx.URL(url).join(location))
    raise ValueError(f"more than {MAX_REDIRECTS} redirects")


class Toolbox:
    """Runs the model's tool calls for one place; ``write_file`` becomes a proposal."""

    def __init__(
        self,
        root: Path,
        config: AgentConfig,
        manifest: Manifest,
        place: Place,
        *,
        url_reader: Callable[[str], str] | None = None,
    ) -> None:
        self._root = root
        self._config = config
        self._manifest = manifest
        self._place = place
        self._url_reader = url_reader or (lambda url: fetch_url(url, config))
        self._url_reads = 0

    @property
    def specs(self) -> list[ToolSpec]:
        return [TOOL_SPECS[name] for name in self._config.tools]

    def run(self, call: ToolCall) -> ToolResult | WriteProposal:
        if call.name not in self._config.tools:
            return ToolResult(call.id, f"unknown tool {call.name!r}", is_error=True)
        if call.problem:
            return ToolResult(call.id, call.problem, is_error=True)
        args = call.arguments
        try:
            if call.name == "write_file":
                return WriteProposal(call.id, _text(args, "path"), _text(args, "content"))
            if call.name == "read_file":
                content = self._read_file(_text(args, "path"))
            elif call.name == "read_url":
                content = self._read_url(_text(args, "url"))
            else:
                content = self._generate_sdk(_text(args, "operation_id"))
        except (ValueError, OSError, APIError) as exc:
            return ToolResult(call.id, f"{call.name} failed: {exc}", is_error=True)
        if len(content) > MAX_RESULT_CHARS:
            content = content[:MAX_RESULT_CHARS] + "\n[… truncated]"
        return ToolResult(call.id, content)

    def _read_file(self, relative: str) -> str:
        if not allowed_file(self._root, self._config, self._manifest, relative):
            raise ValueError(f"{relative!r} is outside the agent's context window")
        return (self._root / relative).read_text(encoding="utf-8", errors="replace")

    def _read_url(self, url: str) -> str:
        if self._url_reads >= MAX_URL_READS:
            raise ValueError(f"at most {MAX_URL_READS} pages per place")
        self._url_reads += 1
        return self._url_reader(url)

    def _generate_sdk(self, operation_id: str) -> str:
        manifest = self._manifest
        methods = {
            p.operation_id: p.client_method.rpartition(".")[2]
            for p in manifest.places
            if p.client_method
        }
        spec = spec_operation(self._root / manifest.spec, operation_id)
        name = methods.get(operation_id) or operation_id
        source = self._client_method(name)
        if spec is None and source is None:
            raise ValueError(f"no operation {operation_id!r}")
        parts = [f"# {manifest.client_module}: {manifest.client_class}.{name}", source or "?"]
        parts += ["# spec snapshot", json.dumps(spec, indent=2) if spec else "?"]
        return "\n".join(parts)

    def _client_method(self, name: str) -> str | None:
        path = self._root / self._manifest.client_module
        try:
            text = path.read_text(encoding="utf-8")
            tree = ast.parse(text)
        except (OSError, SyntaxError, ValueError):
            return None
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == self._manifest.client_class:
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == name:
                        return ast.get_source_segment(text, item, padded=True)
        return None


def _text(args: Mapping[str, Any], name: str) -> str:
    value = args.get(name)
    if not isinstance(value, str):
        raise ValueError(f"argument {name!r} must be a string")
    return value
