"""The agent hook: an LLM fills the open places the generator could not derive.

Off unless the project was generated with ``agent_hook``. It reads the manifest of open
places (``.integration-kit/agent-manifest.json``) and its settings
(``.integration-kit/agents.yml``; the API key from the environment), asks the model for
each place through the Anthropic Messages API or any OpenAI-compatible endpoint (with
the runtime's timeouts, retries and circuit breaker), and keeps a proposal only when it
parses, stays inside its markers, passes the import/call policy, and passes ruff, mypy
--strict and the project's tests on a scratch copy. Model output is never imported or
executed in this process. See ``python -m <package>._agent --help``.

Only relative imports: the kit tests this package by loading it under any name.
"""

from __future__ import annotations

from .cli import main

__all__ = ["main"]
