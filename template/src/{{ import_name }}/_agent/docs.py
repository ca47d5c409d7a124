"""The provider's documentation (``docs:`` in agents.yml): project files and https pages.

Local entries are globs relative to the project (never ``.env*``, ``.git``, ``.venv``);
one that matches no file is warned about, not ignored silently. URL entries are fetched
through the runtime client (``tools.fetch_url``: https only, no local hosts, timeouts,
512 KiB cap, at most 3 redirects). Each document becomes a :class:`sources.Source`: its
hash goes into the provenance of every fill, its text into the prompt under its name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from .._runtime import APIError
from .config import AgentConfig
from .context import _never
from .sources import Source, is_url
from .tools import fetch_url

__all__ = ["MAX_DOC_CHARS", "DocsError", "load_docs"]

MAX_DOC_CHARS = 200_000


class DocsError(Exception):
    """A documentation source could not be read (the run stops: no fill from half the docs)."""


def _local(root: Path, pattern: str) -> list[Path]:
    base = root.resolve()
    found = []
    for path in sorted(root.glob(pattern)):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and not _never(relative) and path.resolve().is_relative_to(base):
            found.append(path)
    return found


def load_docs(
    root: Path,
    config: AgentConfig,
    *,
    warn: Callable[[str], None],
    transport: httpx.BaseTransport | None = None,
) -> list[Source]:
    """Every document of ``config.docs``, in the order listed (each once)."""
    docs: dict[str, Source] = {}
    for entry in config.docs:
        if is_url(entry):
            try:
                text = fetch_url(entry, config, transport=transport)
            except (ValueError, APIError) as exc:
                raise DocsError(f"docs: cannot read {entry}: {exc}") from exc
            docs.setdefault(entry, Source(entry, text))
            continue
        paths = _local(root, entry)
        if not paths:
            warn(f"docs: {entry!r} matches no file")
        for path in paths:
            relative = path.relative_to(root).as_posix()
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DocsError(f"docs: cannot read {relative}: {exc}") from exc
            if len(text) > MAX_DOC_CHARS:
                raise DocsError(
                    f"docs: {relative} is over {MAX_DOC_CHARS} characters; split it or list "
                    "only the pages the integration needs"
                )
            docs.setdefault(relative, Source(relative, text))
    return list(docs.values())
