"""Turning spec names into safe, unique Python identifiers."""

from __future__ import annotations

import builtins
import hashlib
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

#: Names a wire-model type hint can mention: a Struct attribute with one of these names
#: would shadow it inside the class body (for mypy and for msgspec's hint evaluation).
HINT_NAMES: frozenset[str] = (
    frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "tuple", "None", "ClassVar"})
    | RESERVED_MODULE_NAMES
)

#: Longest generated identifier; longer names are cut and get a stable hash suffix.
MAX_IDENTIFIER = 60

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


def capped(name: str, *, sep: str = "_", limit: int = MAX_IDENTIFIER) -> str:
    """``name`` if short enough, else its head plus a stable 8-character hash of all of it.

    The hash is hex after ``_`` (snake_case names); for class names (``sep=""``) it is
    spelled in the letters a-p, so the natural sort of ``__all__`` (ruff RUF022) does
    not depend on where digits fall in the hash.
    """
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    if not sep:
        digest = "".join(chr(ord("a") + int(c, 16)) for c in digest)
    head = name[: limit - len(sep) - len(digest)].rstrip("_")
    return f"{head}{sep}{digest}"


def safe_identifier(name: str, *, fallback: str, digit_prefix: str) -> str:
    """A snake_case identifier: never empty, never a keyword/builtin, never leading ``_``."""
    ident = snake_case(name) or fallback
    if ident[0].isdigit():
        ident = f"{digit_prefix}_{ident}"
    ident = capped(ident)
    if is_clash(ident):
        ident += "_"
    return ident


def faithful_field_name(wire: str) -> str | None:
    """``wire`` itself when it can be a Struct attribute as is (``id``, ``type``, ``object``).

    None when it must be renamed: not an ASCII identifier, a hard keyword, a leading
    underscore (msgspec treats those as private), a name type hints use, or too long.
    """
    if (
        wire.isascii()
        and wire.isidentifier()
        and not keyword.iskeyword(wire)
        and not wire.startswith("_")
        and wire not in HINT_NAMES
        and len(wire) <= MAX_IDENTIFIER
    ):
        return wire
    return None


def safe_class_name(name: str, *, fallback: str = "Model") -> str:
    ident = pascal_case(name) or fallback
    if ident[0].isdigit():
        ident = f"{fallback}{ident}"
    ident = capped(ident, sep="")
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
