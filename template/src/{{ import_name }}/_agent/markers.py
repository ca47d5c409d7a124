"""Open-place markers: find, read and replace the code between two marker comments.

An open place is the run of lines between ``# integration-kit: open <id>`` and
``# integration-kit: end <id>`` (each alone on its line, same indentation). Places do not
nest and an id appears once per file. The agent may rewrite the lines between the
markers, nothing else; ``outside`` gives what must stay the same.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

__all__ = [
    "END_PREFIX",
    "FILLED_PREFIX",
    "OPEN_PREFIX",
    "MarkerError",
    "Region",
    "body",
    "end_marker",
    "find_regions",
    "open_marker",
    "outside",
    "replace_body",
]

OPEN_PREFIX = "# integration-kit: open "
END_PREFIX = "# integration-kit: end "
FILLED_PREFIX = "# integration-kit: filled "
_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")
_MARKER = re.compile(r"#\s*integration-kit:\s*(open|end)\b")


class MarkerError(ValueError):
    """The markers of a file are unbalanced, nested, duplicated or malformed."""


@dataclass(frozen=True)
class Region:
    """One open place in a text: the marker lines' indexes and their indentation."""

    id: str
    start: int
    end: int
    indent: str


def open_marker(place_id: str) -> str:
    return OPEN_PREFIX + place_id


def end_marker(place_id: str) -> str:
    return END_PREFIX + place_id


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def find_regions(text: str, *, where: str = "<text>") -> dict[str, Region]:
    """Every open place in ``text`` by id; ``MarkerError`` names the line that is wrong."""
    regions: dict[str, Region] = {}
    current: tuple[str, int, str] | None = None
    for number, line in enumerate(_lines(text)):
        stripped = line.strip()
        if not _MARKER.match(stripped):
            continue
        indent = line[: len(line) - len(line.lstrip())]
        kind, _, place_id = stripped.partition(": ")[2].partition(" ")
        place_id = place_id.strip()
        if not _ID.fullmatch(place_id) or stripped not in (
            open_marker(place_id),
            end_marker(place_id),
        ):
            raise MarkerError(f"{where}:{number + 1}: malformed marker {stripped!r}")
        if kind == "open":
            if current is not None:
                raise MarkerError(f"{where}:{number + 1}: {place_id!r} opens inside {current[0]!r}")
            if place_id in regions:
                raise MarkerError(f"{where}:{number + 1}: {place_id!r} appears twice")
            current = (place_id, number, indent)
            continue
        if current is None or current[0] != place_id:
            raise MarkerError(f"{where}:{number + 1}: end of {place_id!r} without its open marker")
        if indent != current[2]:
            raise MarkerError(f"{where}:{number + 1}: markers of {place_id!r} are not aligned")
        regions[place_id] = Region(place_id, current[1], number, indent)
        current = None
    if current is not None:
        raise MarkerError(f"{where}:{current[1] + 1}: {current[0]!r} is never closed")
    return regions


def body(text: str, region: Region) -> str:
    """The lines between the markers, dedented (blank lines at both ends dropped)."""
    inner = "".join(_lines(text)[region.start + 1 : region.end])
    return textwrap.dedent(inner).strip("\n") + "\n"


def replace_body(text: str, region: Region, new_body: str) -> str:
    """``text`` with the lines between the markers replaced by ``new_body``.

    ``new_body`` is dedented and indented like the markers; at top level it is followed
    by two blank lines, as ``ruff format`` puts them before a comment after a definition.
    """
    lines = _lines(text)
    code = textwrap.dedent(new_body.replace("\r\n", "\n")).strip("\n")
    indented = textwrap.indent(code, region.indent) + "\n"
    trailer = "\n\n" if not region.indent else ""
    return "".join(lines[: region.start + 1]) + indented + trailer + "".join(lines[region.end :])


def outside(text: str, region: Region) -> list[str]:
    """The non-blank lines outside the place (markers included), right-stripped.

    Two versions of a file whose ``outside`` are equal differ only inside the place
    (blank lines and trailing spaces aside, which ``ruff format`` owns).
    """
    lines = _lines(text)
    kept = lines[: region.start + 1] + lines[region.end :]
    return [line.rstrip() for line in kept if line.strip()]
