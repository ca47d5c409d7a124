"""Your domain models: the names and types your application uses for Shopify data.

This file is yours. It is rendered once, on `copier copy`; `copier update` never
overwrites it (files whose names start with `_` are the kit's and are regenerated).
`mapping.py` (also yours) declares how Shopify's data fills these classes; the
generated `_resources.py` refers to the class names below, so keep them (or an alias).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

__all__ = [
    "FinancialStatus",
    "LineItem",
    "Order",
    "Product",
    "ProductStatus",
]


class FinancialStatus(enum.StrEnum):
    """Payment state of an order."""

    PENDING = "pending"
    AUTHORIZED = "authorized"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"
    VOIDED = "voided"
    UNKNOWN = "unknown"


class ProductStatus(enum.StrEnum):
    """Whether a product is on sale."""

    ACTIVE = "active"
    ARCHIVED = "archived"
    DRAFT = "draft"
    UNKNOWN = "unknown"


@dataclass(slots=True, kw_only=True)
class LineItem:
    """One line of an order."""

    id: str = ""
    title: str
    quantity: int
    price: Decimal
    sku: str | None = None


@dataclass(slots=True, kw_only=True)
class Order:
    """A customer's order."""

    id: str = ""
    name: str
    email: str | None = None
    financial_status: FinancialStatus = FinancialStatus.UNKNOWN
    total_price: Decimal
    currency: str
    line_items: list[LineItem] = field(default_factory=list)
    created_at: datetime | None = None


@dataclass(slots=True, kw_only=True)
class Product:
    """A product in the catalogue."""

    id: str = ""
    title: str
    vendor: str | None = None
    product_type: str | None = None
    status: ProductStatus = ProductStatus.UNKNOWN
    tags: str = ""
    created_at: datetime | None = None
