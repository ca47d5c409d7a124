"""How Shopify data becomes your domain objects (and back): one Mapper per class.

This file is yours: rendered once, never overwritten by `copier update`. A mapper lists
only what differs from the default rule (same field name, converted to the provider's
case); unknown provider fields are ignored, a missing required field or a wrong type
raises MappingError with the JSON path, unknown enum values become UNKNOWN (and are
logged). The generated `_resources.py` uses the constants below by name.
"""

from __future__ import annotations

from . import domain
from ._mapping import Field, Mapper, as_str, decimal_str, enum_map, iso_datetime

__all__ = [
    "LINE_ITEM",
    "ORDER",
    "PRODUCT",
]

LINE_ITEM = Mapper(
    domain.LineItem,
    {
        "id": Field(convert=as_str, read_only=True, required=True),
        "price": Field(convert=decimal_str),
    },
)

ORDER = Mapper(
    domain.Order,
    {
        "id": Field(convert=as_str, read_only=True, required=True),
        "financial_status": Field(convert=enum_map(domain.FinancialStatus)),
        "total_price": Field(convert=decimal_str),
        "line_items": Field(nested=LINE_ITEM, many=True),
        "created_at": Field(convert=iso_datetime, read_only=True),
    },
)

PRODUCT = Mapper(
    domain.Product,
    {
        "id": Field(convert=as_str, read_only=True, required=True),
        "status": Field(convert=enum_map(domain.ProductStatus)),
        "created_at": Field(convert=iso_datetime, read_only=True),
    },
)
