"""Keeping a validated proposal: the file is replaced atomically and provenance recorded.

Provenance sits in two places: one comment as the first line inside the place
(``# integration-kit: filled by <model> prompt=<sha256[:12]> spec=<sha256[:12]>``) and one
entry per kept proposal in ``.integration-kit/provenance.json`` (provider, model, the full
prompt and spec SHA-256, the SHA-256 of each source it was made from — spec and docs —
the SHA-256 of the kept code, the checks it passed, when).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .markers import FILLED_PREFIX, body, find_regions

__all__ = ["PROVENANCE_PATH", "Provenance", "keep", "provenance_comment", "write_atomic"]

PROVENANCE_PATH = Path(".integration-kit") / "provenance.json"


@dataclass(frozen=True)
class Provenance:
    place: str
    file: str
    provider: str
    model: str
    prompt_sha256: str
    spec_sha256: str
    code_sha256: str
    checks: list[str]
    attempt: int
    kept_at: str
    sources: dict[str, str] = field(default_factory=dict)  # name → SHA-256 (spec, docs)


def provenance_comment(model: str, prompt_sha256: str, spec_sha256: str) -> str:
    """The comment kept first in a filled place (under 100 columns; full hashes in the log)."""
    hashes = f" prompt={prompt_sha256[:12]} spec={spec_sha256[:12] or 'none'}"
    room = 99 - len(FILLED_PREFIX) - len("by ") - len(hashes)
    shown = model if len(model) <= room else model[: room - 1] + "…"
    return f"{FILLED_PREFIX}by {shown}{hashes}"


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step (a reader never sees half a file)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        if path.exists():
            Path(tmp).chmod(path.stat().st_mode & 0o777)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def keep(
    root: Path,
    *,
    place_id: str,
    file: str,
    baseline: str,
    text: str,
    details: dict[str, Any],
) -> Provenance:
    """Write the kept ``text`` over ``file`` (if it still reads ``baseline``); record it."""
    path = root / file
    if path.read_text(encoding="utf-8") != baseline:
        raise RuntimeError(f"{file} changed while the agent ran; the proposal was not written")
    code = body(text, find_regions(text, where=file)[place_id])
    entry = Provenance(
        place=place_id,
        file=file,
        code_sha256=hashlib.sha256(code.encode("utf-8")).hexdigest(),
        kept_at=datetime.now(UTC).isoformat(timespec="seconds"),
        **details,
    )
    write_atomic(path, text)
    record_path = root / PROVENANCE_PATH
    try:
        history = json.loads(record_path.read_text(encoding="utf-8"))
        entries: list[Any] = history.get("entries", []) if isinstance(history, dict) else []
    except (OSError, ValueError):
        entries = []
    entries.append(asdict(entry))
    record_path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(record_path, json.dumps({"entries": entries}, indent=2) + "\n")
    return entry
