"""The agent's settings: ``.integration-kit/agents.yml``, checked; the API key from the env.

Shape (``agents.<name>``; the generator writes ``integration``)::

    agents:
      integration:
        provider: anthropic            # or openai-compatible
        model: claude-sonnet-4-5
        base_url: https://api.anthropic.com
        api_key_env: ANTHROPIC_API_KEY # the key itself is never in a file
        temperature: 0.2
        tools: [read_url, read_file, write_file, generate_sdk]
        context_window:
          include: ["src/<package>/**/*.py", "docs/external_api_specs/*.json"]
        docs:                          # the provider's documentation (optional)
          - docs/provider/*.md         # project files (globs), or
          - https://example.com/api    # https pages, fetched with timeouts, size-capped
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from .._runtime import Secret

__all__ = [
    "CONFIG_PATH",
    "OVERRIDABLE",
    "PROVIDERS",
    "TOOLS",
    "AgentConfig",
    "ConfigError",
    "api_key",
    "load_config",
    "parse_config",
    "with_overrides",
]

CONFIG_PATH = Path(".integration-kit") / "agents.yml"
PROVIDERS = ("anthropic", "openai-compatible")
TOOLS = ("read_url", "read_file", "write_file", "generate_sdk")
_MODEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}")
_ENV = re.compile(r"[A-Z][A-Z0-9_]*")
_LOCAL = {"localhost", "127.0.0.1", "::1"}


class ConfigError(Exception):
    """agents.yml is missing or holds a value the agent cannot use."""


@dataclass(frozen=True)
class AgentConfig:
    """One agent's settings (see the module docstring)."""

    provider: str
    model: str
    base_url: str
    api_key_env: str
    temperature: float = 0.2
    max_tokens: int = 4096
    timeout: float = 120.0
    max_attempts: int = 3
    attempts_per_place: int = 2
    max_tool_rounds: int = 6
    tools: tuple[str, ...] = TOOLS
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_chars: int = 60_000
    checks_timeout: float = 600.0
    docs: tuple[str, ...] = ()


def _number(name: str, value: object, low: float, high: float, *, integer: bool) -> float:
    ok = isinstance(value, int) if integer else isinstance(value, int | float)
    if isinstance(value, bool) or not ok or not isinstance(value, int | float):
        kind = "an integer" if integer else "a number"
        raise ConfigError(f"{name} must be {kind}, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise ConfigError(f"{name} must be between {low:g} and {high:g}, got {value!r}")
    return number


def _globs(name: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{name} must be a list of glob patterns")
    for pattern in value:
        parts = PurePosixPath(pattern).parts
        if pattern.startswith(("/", "\\")) or ".." in parts or ":" in pattern:
            raise ConfigError(f"{name}: {pattern!r} must be relative to the project")
    return tuple(value)


def _url_problem(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return "is not a URL"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "must be an absolute https URL"
    if parts.scheme == "http" and parts.hostname not in _LOCAL:
        return "must use https (plain http only for localhost)"
    if parts.query or parts.fragment or parts.username or parts.password:
        return "must not carry a query, fragment or credentials"
    return ""


def _docs(value: object) -> tuple[str, ...]:
    """``docs:``: project globs (as ``context_window.include``) and public https URLs."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError("docs must be a list of project globs and https URLs")
    for entry in value:
        if "://" in entry:
            parts = urlsplit(entry)
            if parts.scheme != "https" or not parts.hostname:
                raise ConfigError(f"docs: {entry!r} must be an https URL")
            if parts.username or parts.password:
                raise ConfigError(f"docs: {entry!r} must not carry credentials")
        else:
            _globs("docs", [entry])
    return tuple(dict.fromkeys(value))


def parse_config(data: object, agent: str = "integration") -> AgentConfig:
    """Check the parsed agents.yml and return the settings of ``agents.<agent>``."""
    agents = data.get("agents") if isinstance(data, Mapping) else None
    raw = agents.get(agent) if isinstance(agents, Mapping) else None
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{CONFIG_PATH} has no mapping agents.{agent}")
    known = {f.name for f in fields(AgentConfig)} | {"context_window"}
    unknown = sorted(set(map(str, raw)) - known)
    if unknown:
        raise ConfigError(f"agents.{agent}: unknown setting(s) {', '.join(unknown)}")
    values: dict[str, Any] = {}
    provider = raw.get("provider", "anthropic")
    if provider not in PROVIDERS:
        raise ConfigError(f"provider must be one of {', '.join(PROVIDERS)}, got {provider!r}")
    model = raw.get("model")
    if not isinstance(model, str) or not _MODEL.fullmatch(model):
        raise ConfigError(f"model must be the provider's model name, got {model!r}")
    base_url = raw.get("base_url")
    problem = _url_problem(base_url) if isinstance(base_url, str) else "is required"
    if problem:
        raise ConfigError(f"base_url {problem}")
    key_env = raw.get("api_key_env")
    if not isinstance(key_env, str) or not _ENV.fullmatch(key_env):
        raise ConfigError(f"api_key_env must name an environment variable, got {key_env!r}")
    values.update(provider=provider, model=model, base_url=base_url, api_key_env=key_env)
    limits = {
        "temperature": (0.0, 2.0, False),
        "max_tokens": (1, 200_000, True),
        "timeout": (0.1, 3600.0, False),
        "max_attempts": (1, 10, True),
        "attempts_per_place": (1, 5, True),
        "max_tool_rounds": (0, 20, True),
        "checks_timeout": (1.0, 7200.0, False),
    }
    for name, (low, high, integer) in limits.items():
        if name in raw:
            number = _number(name, raw[name], low, high, integer=integer)
            values[name] = int(number) if integer else number
    tools = raw.get("tools", list(TOOLS))
    if not isinstance(tools, list) or not all(t in TOOLS for t in tools):
        raise ConfigError(f"tools must be a list of {', '.join(TOOLS)}, got {tools!r}")
    values["tools"] = tuple(dict.fromkeys(tools))
    values["docs"] = _docs(raw.get("docs"))
    window = raw.get("context_window") or {}
    if not isinstance(window, Mapping):
        raise ConfigError("context_window must be a mapping (include, exclude, max_chars)")
    values["include"] = _globs("context_window.include", window.get("include"))
    values["exclude"] = _globs("context_window.exclude", window.get("exclude"))
    if "max_chars" in window:
        values["max_chars"] = int(
            _number("context_window.max_chars", window["max_chars"], 1000, 2_000_000, integer=True)
        )
    return AgentConfig(**values)


#: The agents.yml settings a command-line flag may override (flag = ``--`` + dashes).
OVERRIDABLE = ("model", "base_url")


def with_overrides(data: object, agent: str, overrides: Mapping[str, object]) -> object:
    """The parsed agents.yml with ``overrides`` (given, not ``None``) set in ``agents.<agent>``.

    Overrides are applied to the raw data, before :func:`parse_config`, so a flag goes
    through exactly the checks of the file (``--base-url http://...`` is refused like
    ``base_url: http://...``), and before anything is sent.
    """
    given = {k: v for k, v in overrides.items() if v is not None}
    unknown = sorted(set(given) - set(OVERRIDABLE))
    if unknown:
        raise ConfigError(f"not overridable from the command line: {', '.join(unknown)}")
    if not given:
        return data
    agents = data.get("agents") if isinstance(data, Mapping) else None
    raw = agents.get(agent) if isinstance(agents, Mapping) else None
    if not isinstance(data, Mapping) or not isinstance(agents, Mapping):
        return data  # parse_config names what is missing
    if not isinstance(raw, Mapping):
        return data
    return {**data, "agents": {**agents, agent: {**raw, **given}}}


def load_config(
    root: Path, agent: str = "integration", overrides: Mapping[str, object] | None = None
) -> AgentConfig:
    """Read and check ``.integration-kit/agents.yml`` under ``root``, with ``overrides``.

    Command-line overrides are checked as if they were written in the file; an override
    that fails names the flag (``--base-url ...``).
    """
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - PyYAML comes with the agent extra
        raise ConfigError("reading agents.yml needs PyYAML (pip install pyyaml)") from exc
    path = root / CONFIG_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{CONFIG_PATH} not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{CONFIG_PATH} is not valid YAML: {exc}") from exc
    config = parse_config(data, agent)  # the file's own problems are the file's
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    if not given:
        return config
    try:
        return parse_config(with_overrides(data, agent, given), agent)
    except ConfigError as exc:
        flags = ", ".join("--" + k.replace("_", "-") for k in given)
        raise ConfigError(f"{flags}: {exc}") from exc


def api_key(config: AgentConfig, environ: Mapping[str, str]) -> Secret | None:
    """The API key from the environment variable the config names (``None`` if unset)."""
    value = environ.get(config.api_key_env, "").strip()
    return Secret(value) if value else None
