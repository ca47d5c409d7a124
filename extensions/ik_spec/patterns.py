"""A string that satisfies a JSON Schema string's ``pattern`` (and its length bounds).

The generated usage tests and the MockClient's account put literal ids into paths; a
contract verifier (Prism) rejects a path value that breaks the parameter's ``pattern``
(Twilio's ``^AC[0-9a-fA-F]{32}$``). ``sample_string`` picks, in order: the schema's
``example`` when it is valid, its first ``enum`` member, else a string generated from
``pattern`` by walking Python's own parse of the regex, deterministically: the first
alternative, the lowest repeat count, the first character of a class. The simple
regexes specs use are covered (literals, classes, ``\\d``/``\\w``/``\\s``, groups and
alternations, ``{n}``/``{n,m}``/``+``/``*``/``?``, anchors); anything else (look-arounds,
back references, negated classes, ...) gives None, and the caller keeps its own value
and reports it. Every result is checked with ``re.search`` and the length bounds.
"""

from __future__ import annotations

import importlib
import re
from typing import Any


def _module(name: str, alias: str) -> Any:
    """``re``'s parser module (3.11+), else its older, deprecated name."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - an interpreter without it
        return importlib.import_module(alias)


_parser = _module("re._parser", "sre_parse")
_c = _module("re._constants", "sre_constants")

__all__ = ["from_pattern", "sample_string", "satisfies"]

#: the first character a category (``\d``, ``\w``, ``\s``) matches
_CATEGORY: dict[Any, str] = {_c.CATEGORY_DIGIT: "0", _c.CATEGORY_WORD: "a", _c.CATEGORY_SPACE: " "}
_ANY_CHAR = "a"
_CATEGORY_RE: dict[Any, str] = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_SPACE: r"\s",
}
#: what a negated class (``[^/]``) yields: the first of these it does not exclude
_NEGATED_CANDIDATES = "a0x_-."


class _UnsupportedError(Exception):
    """A regex construct the generator does not produce a match for."""


def satisfies(value: str, schema: dict[str, Any]) -> bool:
    """Whether ``value`` meets the schema's ``pattern``, ``minLength`` and ``maxLength``."""
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(value) < low:
        return False
    if isinstance(high, int) and len(value) > high:
        return False
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        try:
            return re.search(pattern, value) is not None
        except re.error:
            return False
    return True


def from_pattern(pattern: str) -> str | None:
    """The first, shortest non-empty string the generator builds for ``pattern``,
    verified with ``re.search``; None when the pattern is invalid or uses an unsupported
    construct. When the shortest is empty (``^$|^[A-Z]+``, ``[a-z]*``: no use in a path)
    repeats take at least one and a branch its first non-empty alternative."""
    try:
        parsed = _parser.parse(pattern)
        value = _emit(parsed, grow=False) or _emit(parsed, grow=True)
    except (_UnsupportedError, re.error, RecursionError):
        return None
    return value if re.search(pattern, value) is not None else None


def sample_string(schema: dict[str, Any]) -> str | None:
    """A value for a string schema: a valid ``example``, the first valid ``enum`` member
    or a string built from ``pattern``; None when the schema constrains nothing or no
    candidate satisfies it (the caller keeps its default and reports that)."""
    example = schema.get("example")
    if isinstance(example, str) and satisfies(example, schema):
        return example
    for member in schema.get("enum") or []:
        if isinstance(member, str) and satisfies(member, schema):
            return member
    pattern = schema.get("pattern")
    if not isinstance(pattern, str):
        return None
    value = from_pattern(pattern)
    if value is None:
        return None
    low = schema.get("minLength")
    if isinstance(low, int) and len(value) < low:  # pad when the pattern lets it
        padded = value + _ANY_CHAR * (low - len(value))
        value = padded if satisfies(padded, schema) else value
    return value if satisfies(value, schema) else None


def _emit(items: Any, *, grow: bool) -> str:
    return "".join(_one(op, av, grow) for op, av in items)


def _one(op: Any, av: Any, grow: bool) -> str:
    if op is _c.LITERAL:
        return chr(av)
    if op is _c.AT:
        return ""  # ^, $, \b: the string is built to fit them
    if op is _c.ANY:
        return _ANY_CHAR
    if op is _c.NOT_LITERAL:  # [^/]
        return next(c for c in _NEGATED_CANDIDATES if c != chr(av))
    if op is _c.IN:
        return _first_of_class(av)
    if op is _c.SUBPATTERN:
        return _emit(av[-1], grow=grow)
    if op is _c.BRANCH:
        if not grow:
            return _emit(av[1][0], grow=False)
        for branch in av[1]:
            try:
                out = _emit(branch, grow=True)
            except _UnsupportedError:
                continue
            if out:
                return out
        return ""
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, item = av
        count: int = max(low, 1) if grow and high else low
        return _emit(item, grow=grow) * count
    raise _UnsupportedError(str(op))


def _first_of_class(items: Any) -> str:
    if items and items[0][0] is _c.NEGATE:
        rest = items[1:]
        for char in _NEGATED_CANDIDATES:
            if not any(_in_item(char, op, av) for op, av in rest):
                return char
        raise _UnsupportedError("negated class")
    for op, av in items:
        if op is _c.LITERAL:
            return chr(av)
        if op is _c.RANGE:
            return chr(av[0])
        if op is _c.CATEGORY and av in _CATEGORY:
            return _CATEGORY[av]
    raise _UnsupportedError("class")


def _in_item(char: str, op: Any, av: Any) -> bool:
    """Whether one item of a class (``a``, ``a-z``, ``\\d``) matches ``char``."""
    if op is _c.LITERAL:
        return char == chr(av)
    if op is _c.RANGE:
        return bool(av[0] <= ord(char) <= av[1])
    if op is _c.CATEGORY and av in _CATEGORY:
        return re.fullmatch(_CATEGORY_RE[av], char) is not None
    raise _UnsupportedError("class item")
