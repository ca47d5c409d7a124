"""Domain fields computed by an open place of ``mapping.py`` (``convert: place``).

Some domain fields cannot be declared: their meaning depends on another provider field
(an amount whose unit is given by a sibling, a flag that means one thing for one kind
of object and another for the next). Such a field is computed by a function you write in
``mapping.py``, between the agent hook's markers. :func:`derived` turns that function
into a converter. Until it is filled, the function raises ``NotImplementedError``: the
field keeps the value it has when unfilled, a warning is logged once per function, and
:func:`open_place` says why (the generated domain test skips on it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .converters import Converter

__all__ = ["derived", "open_place"]

_log = logging.getLogger(__name__)
_OPEN: dict[str, str] = {}


def _name(load: Callable[..., Any]) -> str:
    return str(getattr(load, "__qualname__", None) or getattr(load, "__name__", repr(load)))


def derived(
    load: Callable[..., Any], *, needs: str | None = None, unfilled: Any = None
) -> Converter:
    """A converter calling ``load(value)`` (``load(value, sibling)`` with ``needs``).

    While ``load`` raises ``NotImplementedError`` (an open place), the field is
    ``unfilled``; every other error is the mapper's ``MappingError``, as for any converter.
    """
    name = _name(load)

    def run(value: Any, *sibling: Any) -> Any:
        try:
            return load(value, *sibling)
        except NotImplementedError as exc:
            if name not in _OPEN:
                _OPEN[name] = str(exc)
                _log.warning("%s: the field keeps %r until it is filled", exc, unfilled)
            return unfilled

    return Converter(name, run, needs=needs)


def open_place(load: Callable[..., Any]) -> str:
    """Why ``load``'s field kept its unfilled value ("" if it never did in this process)."""
    return _OPEN.get(_name(load), "")
