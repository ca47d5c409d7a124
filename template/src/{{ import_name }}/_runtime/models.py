"""Base class of generated wire models, and the ``Literal`` their enum fields use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

__all__ = ["Literal", "WireModel"]


class WireModel(msgspec.Struct, kw_only=True, omit_defaults=True):
    """msgspec Struct base: keyword-only fields, defaults omitted when encoding, unknown
    fields ignored when decoding (APIs add fields without notice)."""


class _OpenLiteral:
    """``Literal["a", "b"]`` that is ``str`` when msgspec reads the annotation.

    A provider adds enum values without notice; a real ``Literal`` would make msgspec
    refuse the whole response. Type checkers see ``typing.Literal`` (the
    ``TYPE_CHECKING`` branch below), so mypy still checks the values you send and
    compare against; at run time any string decodes.
    """

    def __getitem__(self, values: Any) -> type[str]:
        return str

    def __repr__(self) -> str:
        return "Literal (open: any str at run time)"


if TYPE_CHECKING:
    from typing import Literal
else:
    Literal = _OpenLiteral()
