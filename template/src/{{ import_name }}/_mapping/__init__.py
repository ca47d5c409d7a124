"""Anti-corruption layer: declared mappings between provider data and your domain model.

Copied verbatim into each generated package (only relative imports). Declare a
:class:`Mapper` per domain class in ``mapping.py``; the generated resources use it to
return domain objects. See docs/mapping.md in the kit.
"""

from .converters import (
    Converter,
    as_int,
    as_str,
    currency_code,
    decimal_str,
    expandable_id,
    iso_date,
    iso_datetime,
    lower,
    minor_units,
    timestamp,
    unix_time,
    upper,
)
from .enums import EnumMap, enum_map
from .errors import MappingError
from .fields import MISSING, Field, convert_case, to_snake
from .mapper import Mapper
from .places import derived, open_place

__all__ = [
    "MISSING",
    "Converter",
    "EnumMap",
    "Field",
    "Mapper",
    "MappingError",
    "as_int",
    "as_str",
    "convert_case",
    "currency_code",
    "decimal_str",
    "derived",
    "enum_map",
    "expandable_id",
    "iso_date",
    "iso_datetime",
    "lower",
    "minor_units",
    "open_place",
    "timestamp",
    "to_snake",
    "unix_time",
    "upper",
]
