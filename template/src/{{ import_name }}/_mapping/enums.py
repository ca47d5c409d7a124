"""Provider codes to domain enums, with an explicit UNKNOWN member for new values."""

from __future__ import annotations

import enum
import logging
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from .errors import excerpt

__all__ = ["EnumMap", "enum_map"]

E = TypeVar("E", bound=enum.Enum)
_log = logging.getLogger(__name__)
_REPORTED: set[tuple[str, str]] = set()
_MAX_REPORTED = 1024


class EnumMap(Generic[E]):  # noqa: UP046, RUF100 - supports Python 3.11
    """Converter: wire code (string or number, e.g. a status code) → member of ``enum_cls``.

    Values listed in ``table`` map to their member; any other value that equals a
    member's value maps to it; everything else maps to ``unknown`` and is logged once
    per value (providers add codes without notice). Dumping maps a member back to the
    first wire value listing it, else to its own value; ``unknown`` cannot be sent.
    """

    needs: str | None = None
    inline = "(_T[{v}] if {v} in _T else {c}({v}))"

    def __init__(
        self, enum_cls: type[E], table: Mapping[Any, E] | None = None, *, unknown: E | None = None
    ) -> None:
        self.enum_cls = enum_cls
        self.table: dict[Any, E] = {member.value: member for member in enum_cls}
        self.table.update(table or {})
        self.unknown = unknown if unknown is not None else getattr(enum_cls, "UNKNOWN", None)
        if self.unknown is None:
            raise TypeError(f"{enum_cls.__name__} needs an UNKNOWN member (or pass unknown=)")
        self.inline_names: dict[str, Any] = {"_T": self.table}
        self.reverse: dict[E, Any] = {}
        for wire, member in (table or {}).items():
            self.reverse.setdefault(member, wire)

    def load(self, value: Any, *_: Any) -> E:
        try:
            return self.table[value]
        except (KeyError, TypeError):
            return self._unknown(value)

    def _unknown(self, value: Any) -> E:
        key = (self.enum_cls.__qualname__, excerpt(value, 60))
        if key not in _REPORTED and len(_REPORTED) < _MAX_REPORTED:
            _REPORTED.add(key)
            _log.warning(
                "unknown %s value %s mapped to %s",
                key[0],
                key[1],
                self.unknown,
                extra={"value": key[1]},
            )
        return self.unknown  # type: ignore[return-value]

    def dump(self, value: E, *_: Any) -> Any:
        if value is self.unknown:
            raise ValueError(
                f"{self.enum_cls.__name__}.{value.name} cannot be sent to the provider"
            )
        return self.reverse.get(value, value.value)


def enum_map(  # noqa: UP047, RUF100 - supports Python 3.11
    enum_cls: type[E], table: Mapping[Any, E] | None = None, *, unknown: E | None = None
) -> EnumMap[E]:
    """Shorthand for :class:`EnumMap`."""
    return EnumMap(enum_cls, table, unknown=unknown)
