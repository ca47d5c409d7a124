"""Print the summary of ``docs/generation-report.md`` (what the generator changed).

    python -m <package>._tools.report [REPORT]

Run by ``copier copy`` and ``copier update`` as their last step, so the summary is the
last thing on the screen; the full list stays in the report file.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["main", "summary"]

DEFAULT = Path("docs") / "generation-report.md"


def summary(text: str) -> str:
    """The ``text`` block under the report's Summary heading (the whole text if none)."""
    _, found, rest = text.partition("```text\n")
    return rest.partition("```")[0] if found else text


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        print(f"no generation report at {path}: {exc.strerror}", file=sys.stderr)
        return 0  # a missing summary never fails the copy it follows
    print(summary(text), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
