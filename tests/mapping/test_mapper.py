"""The mapping engine: declared fields, converters, JSON paths, drift tolerance, reverse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
import random
from decimal import Decimal
from types import ModuleType
from typing import Any

import msgspec
import pytest

from .conftest import load

_m = load("_mapping")
Field, Mapper = _m.Field, _m.Mapper


class Status(enum.StrEnum):
    OPEN = "open"
    PAID = "paid"
    UNKNOWN = "unknown"


@dataclasses.dataclass(slots=True, kw_only=True)
class Address:
    city: str
    postal_code: str | None = None


@dataclasses.dataclass(slots=True, kw_only=True)
class Customer:
    id: str = ""
    email: str
    address: Address | None = None


@dataclasses.dataclass(slots=True, kw_only=True)
class Invoice:
    id: str = ""
    total: Decimal
    currency: str
    status: Status = Status.UNKNOWN
    created_at: dt.datetime | None = None
    customer: Customer
    lines: list[Address] = dataclasses.field(default_factory=list)
    note: str = ""
    count: int = 0


ADDRESS = Mapper(Address)
CUSTOMER = Mapper(Customer, {"id": Field(convert=_m.as_str, read_only=True, required=True)})
INVOICE = Mapper(
    Invoice,
    {
        "id": Field(read_only=True, required=True),
        "total": Field("amount_due", convert=_m.minor_units("currency")),
        "currency": Field(convert=_m.currency_code),
        "status": Field(convert=_m.enum_map(Status, {"draft": Status.OPEN})),
        "created_at": Field("created", convert=_m.unix_time, read_only=True),
        "customer": Field(nested=CUSTOMER),
        "lines": Field("lines.data", nested=ADDRESS, many=True),
    },
)


def invoice(i: int = 0, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": f"in_{i}",
        "amount_due": 1250 + i,
        "currency": "usd",
        "status": "paid",
        "created": 1_700_000_000,
        "customer": {"id": 42, "email": f"c{i}@example.com", "address": {"city": "Oslo"}},
        "lines": {"data": [{"city": "Bergen", "postal_code": "5003"}]},
        "count": 3,
        "unrelated": {"deep": [1, 2, 3]},
    }
    data.update(changes)
    return data


class CustomerWire(msgspec.Struct, kw_only=True):
    id: int
    email: str | None = None
    address: dict[str, Any] | None = None


def test_loads_every_declared_conversion() -> None:
    got = INVOICE.load(invoice())
    assert got.total == Decimal("12.50") and got.currency == "USD"
    assert got.status is Status.PAID
    assert got.created_at == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)
    assert got.customer == Customer(id="42", email="c0@example.com", address=Address(city="Oslo"))
    assert got.lines == [Address(city="Bergen", postal_code="5003")]
    assert (got.note, got.count) == ("", 3)


def test_missing_required_field_names_the_json_path() -> None:
    data = [invoice(i) for i in range(5)]
    del data[3]["customer"]["email"]
    with pytest.raises(_m.MappingError) as caught:
        INVOICE.load_many(data, "$.data")
    assert caught.value.path == "$.data[3].customer.email"
    assert "missing required field" in str(caught.value)


def test_wrong_type_carries_the_truncated_value() -> None:
    data = [invoice(i) for i in range(3)]
    data[2]["customer"]["email"] = ["x" * 500]
    with pytest.raises(_m.MappingError) as caught:
        INVOICE.load_many(data, "$.data")
    assert caught.value.path == "$.data[2].customer.email"
    assert "expected str, got list" in caught.value.reason
    assert len(caught.value.value) <= _m.errors.VALUE_EXCERPT_CHARS + 1


def test_converter_failures_and_nested_lists_have_paths() -> None:
    with pytest.raises(_m.MappingError, match=r"\$\.created: cannot convert \(unix_time\)"):
        INVOICE.load(invoice(created="yesterday"))
    bad = invoice(lines={"data": [{"city": "A"}, {"city": 7}]})
    with pytest.raises(_m.MappingError) as caught:
        INVOICE.load(bad, "$.invoice")
    assert caught.value.path == "$.invoice.lines.data[1].city"


def test_bool_is_not_an_int_and_null_required_is_reported() -> None:
    with pytest.raises(_m.MappingError, match="expected int, got bool"):
        INVOICE.load(invoice(count=True))
    with pytest.raises(_m.MappingError, match=r"\$\.id: required field is null"):
        INVOICE.load(invoice(id=None))


def test_unknown_enum_value_maps_to_unknown_and_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        items = INVOICE.load_many([invoice(status="brand_new"), invoice(status="brand_new")])
    assert [i.status for i in items] == [Status.UNKNOWN, Status.UNKNOWN]
    assert INVOICE.load(invoice(status="draft")).status is Status.OPEN
    assert sum("brand_new" in r.getMessage() for r in caplog.records) == 1


def test_unknown_fields_are_ignored_and_defaults_fill_gaps() -> None:
    got = INVOICE.load(invoice(status=None, count=None, extra_field={"a": 1}))
    assert (got.status, got.count) == (Status.UNKNOWN, 0)


def test_structs_and_dicts_map_alike() -> None:
    wire = msgspec.convert({"id": 7, "email": "a@b.c", "extra": 1}, CustomerWire)
    assert CUSTOMER.load(wire) == CUSTOMER.load({"id": 7, "email": "a@b.c"})
    mixed = CUSTOMER.load_many([wire, {"id": 8, "email": "d@e.f"}])
    assert [c.id for c in mixed] == ["7", "8"]


def test_not_an_object_or_list() -> None:
    with pytest.raises(_m.MappingError, match=r"\$\.data: expected a list"):
        INVOICE.load_many(None, "$.data")
    with pytest.raises(_m.MappingError, match=r"\$\[1\]: expected an object, got str"):
        CUSTOMER.load_many([{"id": 1, "email": "x"}, "oops"])


def test_dump_reverses_the_mapping_without_read_only_fields() -> None:
    got = INVOICE.load(invoice(status="draft"))
    sent = INVOICE.dump(got)
    assert sent["amount_due"] == 1250 and sent["currency"] == "usd"
    assert sent["status"] == "draft"  # the first wire value listing OPEN
    assert "id" not in sent and "created" not in sent
    assert sent["lines"] == {"data": [{"city": "Bergen", "postal_code": "5003"}]}
    assert sent["customer"] == {"email": "c0@example.com", "address": {"city": "Oslo"}}
    full = INVOICE.dump(got, include_read_only=True)
    assert full["id"] == "in_0" and full["created"] == 1_700_000_000


def test_dump_refuses_unknown_and_inexact_amounts() -> None:
    got = INVOICE.load(invoice(status="brand_new"))
    with pytest.raises(_m.MappingError, match="cannot be sent"):
        INVOICE.dump(got)
    got = INVOICE.load(invoice())
    got.total = Decimal("1.005")
    with pytest.raises(_m.MappingError, match=r"\$\.amount_due"):
        INVOICE.dump(got)


@pytest.mark.parametrize(
    ("currency", "minor", "major"),
    [("usd", 1999, "19.99"), ("JPY", 500, "500"), ("kwd", 1500, "1.500"), ("Jpy", 7, "7")],
)
def test_minor_units_follow_the_currency(currency: str, minor: int, major: str) -> None:
    got = INVOICE.load(invoice(amount_due=minor, currency=currency))
    assert got.total == Decimal(major)
    assert INVOICE.dump(got)["amount_due"] == minor


def test_other_converters(m: ModuleType) -> None:
    assert m.iso_datetime.load("2024-01-02T03:04:05Z").tzinfo is not None
    assert m.iso_datetime.load("2024-01-02T03:04:05").tzinfo == dt.UTC
    assert m.timestamp.load(0) == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    assert m.iso_date.load("2024-01-02") == dt.date(2024, 1, 2)
    assert m.decimal_str.load("12.50") == Decimal("12.50")
    assert m.as_int.load("12") == 12
    assert m.expandable_id.load({"id": "cus_1", "object": "customer"}) == "cus_1"
    for conv, value in [
        (m.decimal_str, "abc"),
        (m.as_int, 1.5),
        (m.as_str, None),
        (m.unix_time, True),
    ]:
        with pytest.raises((TypeError, ValueError)):
            conv.load(value)


@dataclasses.dataclass(slots=True, kw_only=True)
class Camel:
    first_name: str
    created_at: dt.datetime
    is_active: bool = False


def test_case_conversion(m: ModuleType) -> None:
    mapper = Mapper(Camel, {"created_at": Field(convert=m.iso_datetime)}, case="camel")
    got = mapper.load({"firstName": "Ada", "createdAt": "2024-01-02T00:00:00Z", "isActive": True})
    assert got.first_name == "Ada" and got.is_active
    assert set(mapper.dump(got)) == {"firstName", "createdAt", "isActive"}
    assert m.convert_case("line_items_count", "pascal") == "LineItemsCount"
    assert m.to_snake("lineItemsCount") == "line_items_count"


@dataclasses.dataclass(frozen=True, kw_only=True)
class Frozen:
    name: str

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("name must not be empty")


class Plain:
    name: str

    def __init__(self, *, name: str) -> None:
        self.name = name.strip()


def test_frozen_validating_and_plain_classes_use_their_constructor() -> None:
    assert Mapper(Frozen).load_many([{"name": "a"}])[0].name == "a"
    with pytest.raises(_m.MappingError, match="Frozen rejected the values"):
        Mapper(Frozen).load({"name": ""})
    assert Mapper(Plain).load({"name": " b "}).name == "b"


def test_declaring_an_unknown_field_fails_early() -> None:
    with pytest.raises(TypeError, match="has no field"):
        _ = Mapper(Address, {"town": Field("city")}).plans


def test_fast_and_slow_paths_agree() -> None:
    """Random corruptions: the compiled path raises exactly when the explaining one does,
    and both build equal objects otherwise."""
    rng = random.Random(7)
    values: list[Any] = [None, 1, "x", 2.5, True, [], {}, {"id": "c"}]
    keys = ["id", "amount_due", "currency", "status", "created", "customer", "lines", "count"]
    for _ in range(300):
        data = invoice(rng.randrange(100))
        data[rng.choice(keys)] = rng.choice(values)
        try:
            fast: Any = INVOICE.fast_load(data)
        except Exception:
            fast = None
        try:
            slow: Any = INVOICE._explain(data, "$")
        except _m.MappingError:
            slow = None
        if fast is not None:  # the compiled path may give up early; never disagree
            assert fast == slow, data
        try:
            public: Any = INVOICE.load(data)
        except _m.MappingError:
            public = None
        assert public == slow, data
