"""The prompt for one place: fixed rules, the manifest entry, the file, the spec, the context."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from .config import AgentConfig
from .context import context_files, spec_operation
from .manifest import Manifest, Place
from .markers import end_marker, open_marker
from .sources import Source

__all__ = ["retry_message", "system_prompt", "user_prompt"]

_HIDDEN = ("block", "default")


def system_prompt(manifest: Manifest, place: Place, config: AgentConfig) -> str:
    tools = ", ".join(config.tools) or "none"
    returns = f" returning {place.returns}" if place.returns else ""
    imports = ", ".join(place.allowed_imports) or "nothing"
    return f"""\
You fill one open place in {manifest.package}, a generated, typed Python client for the \
{manifest.provider} API. An open place is the code between the lines
{open_marker(place.id)}
{end_marker(place.id)}
in {place.file}. Nothing outside these markers may change.

Answer with the code that goes between the two markers, and nothing else, in one \
```python fenced block (without the marker lines). Alternatively call write_file with the \
complete file, changed only between the markers.

Rules:
- Define {place.signature.removeprefix("def ")}: the same name and parameters{returns}.
- Use the names the file already imports; inside functions you may import only: {imports}.
- No network, files, processes or environment access; no eval, exec, open, getattr or \
dunder attributes; no statements that run at import time besides definitions.
- The code must pass ruff, mypy --strict and the project's tests: \
{", ".join(place.tests) or "(none listed)"}.
- Follow the provider's documented API; do not invent fields you cannot source.

Tools you may call: {tools}. Your answer is validated before it is kept; if it is \
discarded you are told why and may answer once more."""


def user_prompt(
    root: Path,
    manifest: Manifest,
    place: Place,
    config: AgentConfig,
    *,
    docs: Sequence[Source] = (),
    diff: str = "",
) -> str:
    """The first message: the task, the manifest entry, the spec, the docs, the files.

    ``diff`` (``fill --stale``): how the sources changed since the place was filled.
    """
    entry = {k: v for k, v in _entry(place).items() if k not in _HIDDEN}
    parts = [
        f"Open place {place.id} ({place.kind}). Task: {place.task}",
        "Manifest entry:\n```json\n" + json.dumps(entry, indent=2) + "\n```",
    ]
    if diff:
        parts.append(
            f"{place.id} is filled, but its sources changed since. Update its code to "
            "what they say now. The changes:\n```diff\n" + diff.rstrip("\n") + "\n```"
        )
    for doc in docs:
        parts.append(
            f"The provider's documentation, from {doc.name}:\n````text\n"
            + doc.text.rstrip("\n")
            + "\n````"
        )
    operation = spec_operation(root / manifest.spec, place.operation_id)
    if operation is not None:
        parts.append(
            f"The operation in the spec snapshot ({manifest.spec}):\n```json\n"
            + json.dumps(operation, indent=2)
            + "\n```"
        )
    for relative, text in context_files(root, config, manifest, place):
        language = "json" if relative.endswith(".json") else "python"
        parts.append(f"File {relative}:\n```{language}\n{text}\n```")
    return "\n\n".join(parts)


def retry_message(reason: str, place: Place) -> str:
    return (
        f"Your proposal for {place.id} was discarded: {reason}\n"
        "Answer again with only the code between the markers, in one ```python block."
    )


def _entry(place: Place) -> dict[str, object]:
    import msgspec

    data = msgspec.to_builtins(place)
    return dict(data) if isinstance(data, dict) else {}
