"""Turning spec names into safe, unique Python identifiers."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

#: Attribute names of the generated clients (and their runtime base classes) that an
#: operation method must never shadow.  Anything starting with ``_`` is reserved too.
RESERVED_METHOD_NAMES: frozenset[str] = frozenset(
    {
        "aclose",
        "auth",
        "base_url",
        "client",
        "close",
        "config",
        "copy",
        "headers",
        "http_client",
        "last_response",
        "options",
        "request",
        "send",
        "stream",
        "timeout",
        "transport",
        "with_options",
        "with_raw_response",
        "with_streaming_response",
    }
)

#: Keyword parameters every generated method has; operation parameters are renamed away.
RESERVED_PARAM_NAMES: frozenset[str] = frozenset({"self", "timeout", "body", "cls"})

#: Names the generated modules import or define next to the wire models.
RESERVED_MODULE_NAMES: frozenset[str] = frozenset(
    {
        "Any",
        "WireModel",
        "msgspec",
        "warnings",
        "annotations",
        "field",
        "Literal",
        "Union",
        "Optional",
        "SyncAPIClient",
        "AsyncAPIClient",
        "TYPE_CHECKING",
        "NOT_GIVEN",
        "NotGiven",
        "RawResponse",
    }
)

_BUILTINS = frozenset(dir(builtins))
_KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)

_SYMBOLS = {
    "<=": "_lte_",
    ">=": "_gte_",
    "<": "_before_",
    ">": "_after_",
    "[]": "_",
    "+": "_plus_",
    "@": "_at_",
    "#": "_hash_",
    "$": "_",
}

_CAMEL_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL_2 = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def _ascii_words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name)
    text = text.encode("ascii", "ignore").decode("ascii")
    for sym, rep in _SYMBOLS.items():
        text = text.replace(sym, rep)
    text = _CAMEL_1.sub(r"\1_\2", text)
    text = _CAMEL_2.sub(r"\1_\2", text)
    return [w for w in _NON_WORD.split(text) if w]


def snake_case(name: str) -> str:
    """``listUsers`` -> ``list_users``; may be empty for names with no ASCII letters."""
    return "_".join(w.lower() for w in _ascii_words(name))


def pascal_case(name: str) -> str:
    words = _ascii_words(name)
    return "".join(w[:1].upper() + w[1:] for w in words)


def is_clash(name: str) -> bool:
    return name in _KEYWORDS or name in _BUILTINS or name in RESERVED_MODULE_NAMES


def safe_identifier(name: str, *, fallback: str, digit_prefix: str) -> str:
    """A snake_case identifier: never empty, never a keyword/builtin, never leading ``_``."""
    ident = snake_case(name) or fallback
    if ident[0].isdigit():
        ident = f"{digit_prefix}_{ident}"
    if is_clash(ident):
        ident += "_"
    return ident


def safe_class_name(name: str, *, fallback: str = "Model") -> str:
    ident = pascal_case(name) or fallback
    if ident[0].isdigit():
        ident = f"{fallback}{ident}"
    if is_clash(ident):
        ident += "Model"
    return ident


class UniqueNames:
    """Hands out unique names, appending ``_2``/``2`` suffixes on clashes."""

    def __init__(self, taken: set[str] | frozenset[str] = frozenset(), *, sep: str = "_") -> None:
        self.taken: set[str] = set(taken)
        self.sep = sep

    def claim(self, name: str) -> str:
        if name not in self.taken:
            self.taken.add(name)
            return name
        base = name.rstrip("_") if self.sep == "_" else name
        n = 2
        while f"{base}{self.sep}{n}" in self.taken:
            n += 1
        unique = f"{base}{self.sep}{n}"
        self.taken.add(unique)
        return unique
