"""Converters between provider (wire) values and domain values.

A converter has ``load(wire_value)`` and ``dump(domain_value)``; one that needs a
sibling wire field (``minor_units`` needs the currency) names it in ``needs`` and then
takes it as a second argument. ``None`` never reaches a converter: missing and null
values are handled by the field's default. Errors are plain ``ValueError``/``TypeError``;
the mapper turns them into :class:`MappingError` with the JSON path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = [
    "Converter",
    "as_int",
    "as_str",
    "currency_code",
    "decimal_str",
    "expandable_id",
    "iso_date",
    "iso_datetime",
    "lower",
    "minor_units",
    "timestamp",
    "unix_time",
    "upper",
]

ZERO_DECIMAL = frozenset(
    {"BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA"}
    | {"PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"}
)
THREE_DECIMAL = frozenset({"BHD", "JOD", "KWD", "OMR", "TND"})


class Converter:
    """A named pair of functions; ``needs`` names a sibling wire field passed to both.

    ``inline`` optionally gives the compiler an expression for the common case, with
    ``{v}`` (the value), ``{s}`` (the sibling), ``{c}`` (``load`` itself, the fallback)
    and names from ``inline_names``; it must equal ``load`` wherever it does not call it.
    """

    def __init__(
        self,
        name: str,
        load: Callable[..., Any],
        dump: Callable[..., Any] = lambda value, *_: value,
        *,
        needs: str | None = None,
        inline: str | None = None,
        inline_names: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.load = load
        self.dump = dump
        self.needs = needs
        self.inline = inline
        self.inline_names = dict(inline_names or {})

    def __repr__(self) -> str:
        return f"Converter({self.name!r})"


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return value


def _load_unix(value: Any, _utc: dt.tzinfo = dt.UTC) -> dt.datetime:
    if value.__class__ is int:
        return dt.datetime.fromtimestamp(value, tz=_utc)
    return dt.datetime.fromtimestamp(_number(value), tz=_utc)


def _dump_unix(value: dt.datetime) -> int:
    return int(value.timestamp())


def _load_iso(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _load_any_time(value: Any) -> dt.datetime:
    return _load_iso(value) if isinstance(value, str) else _load_unix(value)


def _load_date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value[:10])


_EXPONENTS: dict[str, int] = {
    code: exp
    for codes, exp in ((ZERO_DECIMAL, 0), (THREE_DECIMAL, 3))
    for upper_code in codes
    for code in (upper_code, upper_code.lower())
}


_FACTORS: dict[str, Decimal] = {code: Decimal(1).scaleb(-exp) for code, exp in _EXPONENTS.items()}


def _exponent(currency: Any, fixed: int | None) -> int:
    if fixed is not None:
        return fixed
    if not isinstance(currency, str):
        raise TypeError("minor units need the currency, which is missing")
    exp = _EXPONENTS.get(currency)
    if exp is None:
        code = currency.upper()
        exp = 0 if code in ZERO_DECIMAL else 3 if code in THREE_DECIMAL else 2
        if len(_EXPONENTS) < 1024:  # a cache: the next lookup of this code is one dict hit
            _EXPONENTS[currency] = exp
            _FACTORS[currency] = Decimal(1).scaleb(-exp)
    return exp


def minor_units(currency_field: str = "currency", *, exponent: int | None = None) -> Converter:
    """Integer minor units (cents) → ``Decimal`` major units, using the sibling currency
    field (zero- and three-decimal currencies included) or a fixed ``exponent``."""
    exponents = _EXPONENTS

    def load(value: Any, currency: Any = None) -> Decimal:
        if value.__class__ is int and exponent is None:
            exp = exponents.get(currency)
            if exp is not None:
                return Decimal(value).scaleb(-exp)
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected integer minor units, got {type(value).__name__}")
        return Decimal(value).scaleb(-_exponent(currency, exponent))

    def dump(value: Decimal, currency: Any = None) -> int:
        scaled = Decimal(value).scaleb(_exponent(currency, exponent))
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more decimals than the currency allows")
        return int(scaled)

    if exponent is not None:
        return Converter("minor_units", load, dump)
    return Converter(
        "minor_units",
        load,
        dump,
        needs=currency_field,
        inline=("(_Dec({v}) * _P[{s}] if {v}.__class__ is int and {s} in _P else {c}({v}, {s}))"),
        inline_names={"_Dec": Decimal, "_P": _FACTORS},
    )


def _load_decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError(f"expected a decimal string, got {type(value).__name__}")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ValueError("not a decimal number") from None


def _load_str(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"expected a string or integer id, got {type(value).__name__}")
    return str(value)


def _load_int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("expected an integer, got bool")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise TypeError(f"expected an integer, got {type(value).__name__}")


def _load_expandable(value: Any) -> str:
    if value.__class__ is str:
        return value
    ident = value.get("id") if isinstance(value, dict) else getattr(value, "id", None)
    if not isinstance(ident, str):
        raise TypeError(f"expected an id or an object with an id, got {type(value).__name__}")
    return ident


def _text(method: str) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected a string, got {type(value).__name__}")
        result: str = getattr(value, method)()
        return result

    return convert


unix_time = Converter(
    "unix_time",
    _load_unix,
    _dump_unix,
    inline="(_fromts({v}, _UTC) if {v}.__class__ is int else {c}({v}))",
    inline_names={"_fromts": dt.datetime.fromtimestamp, "_UTC": dt.UTC},
)
"""Unix seconds → aware UTC ``datetime`` (and back to integer seconds)."""
iso_datetime = Converter("iso_datetime", _load_iso, lambda value: value.isoformat())
"""ISO 8601 string → aware ``datetime`` (naive values are taken as UTC)."""
timestamp = Converter("timestamp", _load_any_time, lambda value: value.isoformat())
"""Either unix seconds or an ISO 8601 string → aware ``datetime``."""
iso_date = Converter("iso_date", _load_date, lambda value: value.isoformat())
decimal_str = Converter("decimal_str", _load_decimal, str)
"""``"12.50"`` (or a number) → ``Decimal('12.50')``; dumps as a string."""
as_str = Converter("as_str", _load_str)
"""String or integer ids → ``str``."""
as_int = Converter("as_int", _load_int)
expandable_id = Converter(
    "expandable_id", _load_expandable, inline="({v} if {v}.__class__ is str else {c}({v}))"
)
"""An id, or the expanded object carrying it (Stripe's ``expand[]``) → the id."""
upper = Converter("upper", _text("upper"))
lower = Converter("lower", _text("lower"))
currency_code = Converter(
    "currency_code",
    _text("upper"),
    _text("lower"),
    inline="({v}.upper() if {v}.__class__ is str else {c}({v}))",
)
"""``"usd"`` → ``"USD"`` (ISO 4217 upper case); dumps lower case."""
