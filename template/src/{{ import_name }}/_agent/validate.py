"""Every proposal passes these gates, in this order, or it is discarded with the reason.

1. ``extract``: the code of a fenced answer (or the file of a ``write_file`` call).
2. ``ast``: the code and the whole new file parse (``ast.parse`` only: nothing runs).
3. ``scope``: the file differs from the current one only between the place's markers.
4. ``shape`` and ``policy``: the place's symbol with its parameters; no forbidden imports,
   calls, dunder access or import-time statements (``policy.py``).
5. ``ruff format``, then ``ruff check``, ``mypy --strict`` and ``pytest`` on the scratch
   copy (``checks.Sandbox``); the place's tests must pass, not be skipped (unless a place
   they depend on is still open).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .checks import CheckError, Sandbox
from .manifest import Place
from .markers import (
    FILLED_PREFIX,
    MarkerError,
    Region,
    body,
    end_marker,
    find_regions,
    open_marker,
    outside,
    replace_body,
)
from .policy import check_policy, check_shape

__all__ = ["Proposal", "RefusedError", "extract_code", "static_check", "validate"]

MAX_PROPOSAL_CHARS = 64_000
_FENCE = re.compile(r"```[ \t]*(?:python|py|python3)?[ \t]*\n(.*?)```", re.DOTALL)


class RefusedError(Exception):
    """A gate refused the proposal: ``step`` names the gate."""

    def __init__(self, step: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Proposal:
    """The model's answer for a place: region code, or a whole file (``write_file``)."""

    code: str | None = None
    file_text: str | None = None
    path: str = ""


def extract_code(text: str, place: Place) -> str:
    """The code of a fenced answer (the block defining the place's symbol, if several)."""
    blocks = _FENCE.findall(text)
    if not blocks:
        raise RefusedError("extract", "no ```python block in the answer")
    for block in blocks:
        if re.search(rf"\bdef\s+{re.escape(place.symbol)}\b", block):
            return str(block)
    return str(blocks[0])


def _strip_markers(code: str, place: Place) -> str:
    lines = code.splitlines()
    opens = [i for i, ln in enumerate(lines) if ln.strip() == open_marker(place.id)]
    ends = [i for i, ln in enumerate(lines) if ln.strip() == end_marker(place.id)]
    if opens or ends:
        if len(opens) != 1 or len(ends) != 1 or opens[0] > ends[0]:
            raise RefusedError("scope", f"the answer's markers of {place.id} are unbalanced")
        around = lines[: opens[0]] + lines[ends[0] + 1 :]
        if any(ln.strip() for ln in around):
            raise RefusedError("scope", "the answer has code outside the place's markers")
        lines = lines[opens[0] + 1 : ends[0]]
    return "\n".join(ln for ln in lines if not ln.strip().startswith(FILLED_PREFIX)) + "\n"


def candidate(original: str, place: Place, proposal: Proposal, provenance: str) -> str:
    """The new text of the place's file (provenance comment first in the place)."""
    regions = _regions(original, place)
    region = regions[place.id]
    if proposal.file_text is not None:
        if proposal.path.removeprefix("./") != place.file:
            raise RefusedError("scope", f"write_file targets {proposal.path!r}, not {place.file}")
        if len(proposal.file_text) > len(original) + MAX_PROPOSAL_CHARS:
            raise RefusedError("extract", "the proposed file is too large")
        new = _regions(proposal.file_text, place, step="scope")
        code = body(proposal.file_text, new[place.id])
    else:
        code = proposal.code or ""
    if len(code) > MAX_PROPOSAL_CHARS:
        raise RefusedError("extract", f"the proposal is over {MAX_PROPOSAL_CHARS} characters")
    code = _strip_markers(code, place)
    if not code.strip():
        raise RefusedError("extract", "the proposal is empty")
    try:
        compile_check(code)
    except SyntaxError as exc:
        raise RefusedError(
            "ast", f"syntax error at line {exc.lineno} of the proposal: {exc.msg}"
        ) from exc
    if proposal.file_text is not None:
        static_scope(original, proposal.file_text, place)
    return replace_body(original, region, provenance + "\n" + code)


def compile_check(code: str) -> None:
    """``ast.parse`` (SyntaxError for anything that is not valid Python)."""
    import ast

    try:
        ast.parse(code)
    except (ValueError, RecursionError, MemoryError) as exc:
        raise SyntaxError(str(exc)) from exc


def _regions(text: str, place: Place, *, step: str = "markers") -> dict[str, Region]:
    try:
        regions = find_regions(text, where=place.file)
    except MarkerError as exc:
        raise RefusedError(step, str(exc)) from exc
    if place.id not in regions:
        raise RefusedError(step, f"the markers of {place.id} are gone")
    return regions


def static_scope(original: str, new: str, place: Place) -> None:
    """``new`` differs from ``original`` only inside the place (blank lines aside)."""
    old_regions = _regions(original, place)
    new_regions = _regions(new, place, step="scope")
    if set(old_regions) != set(new_regions):
        changed = sorted(set(old_regions) ^ set(new_regions))
        raise RefusedError("scope", f"adds or removes markers ({', '.join(changed)})")
    before = outside(original, old_regions[place.id])
    after = outside(new, new_regions[place.id])
    if before != after:
        for a, b in zip(before, after, strict=False):
            if a != b:
                raise RefusedError(
                    "scope", f"edits outside the place: {a.strip()!r} became {b.strip()!r}"
                )
        raise RefusedError(
            "scope", f"edits outside the place ({len(before)} vs {len(after)} lines)"
        )


def static_check(original: str, new: str, place: Place) -> None:
    """Gates 2–4 on the candidate file text (no subprocess, nothing executed)."""
    try:
        compile_check(new)
    except SyntaxError as exc:
        raise RefusedError(
            "ast", f"the file does not parse at line {exc.lineno}: {exc.msg}"
        ) from exc
    static_scope(original, new, place)
    code = body(new, _regions(new, place, step="scope")[place.id])
    problems = check_shape(code, place)
    if problems:
        raise RefusedError("shape", "; ".join(problems))
    problems = check_policy(code, place)
    if problems:
        raise RefusedError("policy", "; ".join(problems))


def validate(
    sandbox: Sandbox,
    place: Place,
    new: str,
    *,
    is_open: Callable[[str], bool],
) -> str:
    """Gate 5 in the scratch copy; the kept (formatted) text, or ``RefusedError``.

    ``is_open(place_id)`` tells whether a place is still open in the copy (a test that
    needs it may then be skipped). The copy keeps the candidate only when it passes.
    """
    previous = sandbox.read(place.file)
    static_check(previous, new, place)
    sandbox.write(place.file, new)
    try:
        formatted = sandbox.format_file(place.file)
        static_scope(previous, formatted, place)
        outcomes = sandbox.check(place.tests)
    except (CheckError, RefusedError) as exc:
        sandbox.write(place.file, previous)
        if isinstance(exc, RefusedError):
            raise
        raise RefusedError(exc.step, str(exc), exc.detail) from exc
    waiting = [d for d in place.depends_on if is_open(d)]
    for outcome in outcomes:
        if outcome.outcome == "passed" or (outcome.outcome == "skipped" and waiting):
            continue
        sandbox.write(place.file, previous)
        detail = f": {outcome.message}" if outcome.message else ""
        raise RefusedError("pytest", f"{outcome.node} {outcome.outcome}{detail}")
    return formatted
