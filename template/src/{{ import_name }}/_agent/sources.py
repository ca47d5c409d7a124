"""What a fill is made from — the spec snapshot and the provider's docs — and its staleness.

Every kept fill records, in ``.integration-kit/provenance.json``, the SHA-256 of each
source it was made from (``sources``: name → hash; a name is a project path or an https
URL), and the text of each source is kept once under ``.integration-kit/sources/<sha256>``
(commit it with the provenance: ``fill --stale`` diffs against it). A filled place is
``stale`` when one of its local sources now hashes differently (or is gone). URL sources
are compared only when ``fill`` fetches them again: ``status`` never touches the network.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .apply import PROVENANCE_PATH, write_atomic
from .manifest import Located, Manifest
from .markers import body

__all__ = [
    "SOURCES_DIR",
    "Source",
    "changed_sources",
    "is_url",
    "load_provenance",
    "save_sources",
    "source_diff",
    "spec_source",
    "stale_places",
]

SOURCES_DIR = Path(".integration-kit") / "sources"
MAX_DIFF_CHARS = 20_000


def is_url(name: str) -> bool:
    return name.startswith(("https://", "http://"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Source:
    """One input of a fill: its name (project path or URL), its text and that text's hash."""

    name: str
    text: str

    @property
    def sha256(self) -> str:
        return sha256(self.text)


def spec_source(root: Path, manifest: Manifest) -> Source | None:
    """The spec snapshot the project was generated from (``None`` when absent)."""
    try:
        return Source(manifest.spec, (root / manifest.spec).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def save_sources(root: Path, sources: Iterable[Source]) -> None:
    """Keep the text of each source once, by hash (what ``fill --stale`` diffs against)."""
    folder = root / SOURCES_DIR
    for source in sources:
        path = folder / source.sha256
        if not path.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(path, source.text)


def _saved(root: Path, digest: str) -> str | None:
    if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
        return None
    try:
        return (root / SOURCES_DIR / digest).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def load_provenance(root: Path) -> list[dict[str, Any]]:
    """The entries of ``.integration-kit/provenance.json`` (oldest first; ``[]`` if none)."""
    try:
        data = json.loads((root / PROVENANCE_PATH).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = data.get("entries") if isinstance(data, dict) else None
    return [e for e in entries or [] if isinstance(e, dict)]


def recorded_sources(entry: Mapping[str, Any], manifest: Manifest) -> dict[str, str]:
    """name → SHA-256 of what an entry was made from (older entries: the spec only)."""
    sources = entry.get("sources")
    if isinstance(sources, dict):
        return {str(k): str(v) for k, v in sources.items()}
    spec = entry.get("spec_sha256")
    return {manifest.spec: str(spec)} if spec else {}


def _local_hash(root: Path, name: str) -> str:
    try:
        return sha256((root / name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return ""


def changed_sources(
    root: Path, recorded: Mapping[str, str], current: Mapping[str, str] | None = None
) -> list[str]:
    """The recorded sources whose text changed: by ``current`` (name → hash) when it
    names them, else (local files only) by reading them again."""
    changed = []
    for name, digest in recorded.items():
        if current is not None and name in current:
            now = current[name]
        elif is_url(name):
            continue  # not fetched here: compared when fill fetches it again
        else:
            now = _local_hash(root, name)
        if now != digest:
            changed.append(name)
    return changed


def _entry_of(item: Located, entries: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The latest provenance entry whose kept code is the place's current code."""
    if item.region is None:
        return None
    code = sha256(body(text, item.region))
    for entry in reversed(entries):
        if entry.get("place") == item.place.id and entry.get("code_sha256") == code:
            return dict(entry)
    return None


def stale_places(
    root: Path,
    manifest: Manifest,
    states: Iterable[Located],
    current: Mapping[str, str] | None = None,
) -> dict[str, tuple[dict[str, str], list[str]]]:
    """Filled places whose sources changed: id → (recorded sources, changed names).

    A place edited by hand since the agent filled it (no entry with its code) is the
    user's and never stale.
    """
    entries = load_provenance(root)
    out: dict[str, tuple[dict[str, str], list[str]]] = {}
    texts: dict[Path, str] = {}
    for item in states:
        if item.state != "filled":
            continue
        if item.path not in texts:
            texts[item.path] = item.path.read_text(encoding="utf-8")
        entry = _entry_of(item, entries, texts[item.path])
        if entry is None:
            continue
        recorded = recorded_sources(entry, manifest)
        changed = changed_sources(root, recorded, current)
        if changed:
            out[item.place.id] = (recorded, changed)
    return out


def source_diff(root: Path, recorded: Mapping[str, str], current: Iterable[Source]) -> str:
    """A unified diff of each changed source against the text the fill was made from."""
    parts: list[str] = []
    for source in current:
        old_digest = recorded.get(source.name)
        if old_digest is None or old_digest == source.sha256:
            continue
        old = _saved(root, old_digest)
        if old is None:
            parts.append(f"# {source.name}: changed (the earlier text was not kept)")
            continue
        lines = difflib.unified_diff(
            old.splitlines(keepends=True),
            source.text.splitlines(keepends=True),
            fromfile=f"{source.name} (when filled)",
            tofile=f"{source.name} (now)",
        )
        parts.append("".join(lines))
    missing = sorted(set(recorded) - {s.name for s in current})
    parts += [f"# {name}: no longer a source" for name in missing]
    text = "\n".join(parts)
    if len(text) > MAX_DIFF_CHARS:
        text = text[:MAX_DIFF_CHARS] + "\n[… diff truncated]\n"
    return text
