"""Rename an answer in a project's .copier-answers.yml (run by copier ``_migrations``).

    python migrate_answers.py rename OLD NEW [ANSWERS_FILE]

Used when a question is renamed between kit versions: a ``before`` migration moves the
recorded answer to its new name, so ``copier update`` keeps the user's choice instead of
falling back to the default. A missing key, or a key already renamed, is left alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HEADER = "# Changes here will be overwritten by Copier; NEVER EDIT MANUALLY\n"


def rename(path: Path, old: str, new: str) -> bool:
    """Move ``old`` to ``new``; returns whether the file changed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if old not in data or new in data:
        return False
    data[new] = data.pop(old)
    path.write_text(HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return True


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4) or argv[0] != "rename":
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[3] if len(argv) == 4 else ".copier-answers.yml")
    changed = rename(path, argv[1], argv[2])
    print(f"answers: {argv[1]} -> {argv[2]} ({'renamed' if changed else 'nothing to do'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
