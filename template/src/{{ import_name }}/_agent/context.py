"""What the model gets to see: the context window of agents.yml, the spec, their hashes."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

from .config import AgentConfig
from .manifest import Manifest, Place

__all__ = ["allowed_file", "context_files", "spec_operation"]

MAX_FILE_CHARS = 30_000
_NEVER = (".env", ".git", ".venv", "node_modules")


def _never(relative: str) -> bool:
    parts = PurePosixPath(relative).parts
    return any(part.startswith(_NEVER) for part in parts)


def _globbed(root: Path, patterns: tuple[str, ...]) -> set[str]:
    """Project-relative paths (files and directories) matched by ``patterns``."""
    return {
        path.relative_to(root).as_posix() for pattern in patterns for path in root.glob(pattern)
    }


def _window(root: Path, config: AgentConfig) -> list[str]:
    """The files of the context window: included, not excluded (nor below an excluded dir)."""
    excluded = _globbed(root, config.exclude)
    files = []
    for relative in sorted(_globbed(root, config.include)):
        parents = {p.as_posix() for p in PurePosixPath(relative).parents}
        if (
            (root / relative).is_file()
            and not _never(relative)
            and not (excluded & (parents | {relative}))
        ):
            files.append(relative)
    return files


def allowed_file(root: Path, config: AgentConfig, manifest: Manifest, relative: str) -> bool:
    """May the model read ``relative``: in the context window or a place's file, never secrets."""
    if not relative or relative.startswith(("/", "\\")) or ".." in PurePosixPath(relative).parts:
        return False
    path = (root / relative).resolve()
    if not path.is_relative_to(root.resolve()) or not path.is_file() or _never(relative):
        return False
    relative = PurePosixPath(relative).as_posix()
    own = {p.file for p in manifest.places} | {manifest.client_module, manifest.spec}
    return relative in own or relative in _window(root, config)


def context_files(
    root: Path, config: AgentConfig, manifest: Manifest, place: Place
) -> list[tuple[str, str]]:
    """(path, text) of the files shown with the prompt, most relevant first, within budget."""
    first = [place.file, *(t.split("::")[0] for t in place.tests), manifest.client_module]
    order = list(dict.fromkeys([*first, *_window(root, config)]))
    budget = config.max_chars
    out: list[tuple[str, str]] = []
    for relative in order:
        path = root / relative
        if budget <= 0 or not path.is_file() or _never(relative) or relative == manifest.spec:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if len(text) > MAX_FILE_CHARS:
            text = text[:MAX_FILE_CHARS] + "\n# [… truncated]\n"
        text = text[:budget]
        budget -= len(text)
        out.append((relative, text))
    return out


def spec_operation(spec_path: Path, operation_id: str) -> dict[str, Any] | None:
    """The snapshot's entry for ``operation_id`` with its method and path, if any."""
    try:
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    paths = spec.get("paths") if isinstance(spec, dict) else None
    for path, item in (paths or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return {"method": method.upper(), "path": path, **operation}
    return None
