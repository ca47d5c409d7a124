"""Field declarations and what the mapper learns from the domain class's annotations."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from typing import Any

from .converters import Converter
from .enums import EnumMap

__all__ = [
    "MISSING",
    "Field",
    "FieldPlan",
    "check_of",
    "convert_case",
    "nested_class",
    "plan_fields",
    "to_snake",
]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


class Field:
    """How one domain field is read from the provider's data.

    ``wire``: the provider's field name (dots reach into nested objects:
    ``"billing_details.email"``); by default the domain name in the mapper's case.
    ``convert``: a converter (``unix_time``, ``minor_units(...)``, ``enum_map(...)``).
    ``nested``: a mapper for an object value; with ``many=True`` for a list of objects.
    ``default``/``default_factory``: used when the provider omits the value or sends null.
    ``read_only``: never sent back (ids, timestamps the provider sets).
    ``required``: the provider must send it, even though the domain class has a default
    (so you can build objects to create without inventing an id).
    """

    __slots__ = (
        "convert",
        "default",
        "default_factory",
        "many",
        "nested",
        "read_only",
        "required",
        "wire",
    )

    def __init__(
        self,
        wire: str | None = None,
        *,
        convert: Converter | EnumMap[Any] | None = None,
        nested: Any = None,
        many: bool = False,
        default: Any = MISSING,
        default_factory: Callable[[], Any] | None = None,
        read_only: bool = False,
        required: bool = False,
    ) -> None:
        self.wire = wire
        self.convert = convert
        self.nested = nested
        self.many = many
        self.default = default
        self.default_factory = default_factory
        self.read_only = read_only
        self.required = required


@dataclasses.dataclass
class FieldPlan:
    """A domain field resolved against its class: wire path, type check, default."""

    name: str
    wire: tuple[str, ...]
    spec: Field
    check: type | tuple[type, ...] | None
    nullable: bool
    default: Any
    default_factory: Callable[[], Any] | None

    @property
    def required(self) -> bool:
        return self.default is MISSING and self.default_factory is None and not self.nullable

    @property
    def wire_path(self) -> str:
        return ".".join(self.wire)


def convert_case(name: str, case: str) -> str:
    """A snake_case domain name in the provider's case: snake, camel, pascal or kebab."""
    if case == "snake":
        return name
    parts = [p for p in name.split("_") if p]
    if case == "camel":
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:]) if parts else name
    if case == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if case == "kebab":
        return "-".join(parts)
    raise ValueError(f"unknown case {case!r}: use snake, camel, pascal or kebab")


def to_snake(name: str) -> str:
    """``createdAt`` → ``created_at`` (the reverse of :func:`convert_case`)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


def check_of(hint: Any) -> tuple[type | tuple[type, ...] | None, bool]:
    """The isinstance check for a pass-through value, and whether None is allowed."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(hint))
        checks = [check_of(a)[0] for a in args]
        if any(c is None for c in checks):
            return None, nullable
        flat: list[type] = []
        for c in checks:
            flat.extend(c if isinstance(c, tuple) else [c])  # type: ignore[list-item]
        return tuple(flat), nullable
    if hint is Any or hint is None:
        return None, hint is None
    if origin is not None:
        return (origin if origin in (list, dict) else None), False
    if hint is float:
        return (float, int), False
    if isinstance(hint, type) and not dataclasses.is_dataclass(hint):
        return hint, False  # str, int, Decimal, datetime, enums, your own classes
    return None, False


def nested_class(hint: Any) -> tuple[type | None, bool]:
    """The dataclass inside ``X``, ``X | None`` or ``list[X]`` (mapped automatically)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return nested_class(members[0]) if len(members) == 1 else (None, False)
    if origin is list:
        args = typing.get_args(hint)
        inner = args[0] if args else None
        if isinstance(inner, type) and dataclasses.is_dataclass(inner):
            return inner, True
        return None, False
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return hint, False
    return None, False


def _defaults(cls: type) -> dict[str, tuple[Any, Callable[[], Any] | None]]:
    if dataclasses.is_dataclass(cls):
        return {
            f.name: (
                f.default,
                None if f.default_factory is dataclasses.MISSING else f.default_factory,
            )
            for f in dataclasses.fields(cls)
            if f.init
        }
    return {
        name: (getattr(cls, name, MISSING), None)
        for name in typing.get_type_hints(cls)
        if not name.startswith("_")
    }


def _with_nested(spec: Field, cls: type, many: bool, case: str) -> Field:
    from .mapper import Mapper  # mapper imports this module

    return Field(
        spec.wire,
        nested=Mapper(cls, case=case),
        many=many,
        default=spec.default,
        default_factory=spec.default_factory,
        read_only=spec.read_only,
        required=spec.required,
    )


def plan_fields(cls: type, declared: dict[str, Field], case: str) -> list[FieldPlan]:
    """Every init field of ``cls``: declared ones as given, the rest by name in ``case``."""
    hints = typing.get_type_hints(cls)
    unknown = sorted(set(declared) - set(hints))
    if unknown:
        raise TypeError(f"{cls.__name__} has no field(s) {', '.join(unknown)}")
    plans = []
    for name, (cls_default, cls_factory) in _defaults(cls).items():
        spec = declared.get(name) or Field()
        wire = spec.wire or convert_case(name, case)
        check, nullable = check_of(hints[name])
        if spec.convert is None and spec.nested is None:
            auto, many = nested_class(hints[name])
            if auto is not None:  # a dataclass-typed field: nested mapping by the same rules
                spec = _with_nested(spec, auto, many, case)
        if spec.convert is not None or spec.nested is not None:
            check = None
        default = spec.default if spec.default is not MISSING else cls_default
        if default is dataclasses.MISSING or spec.required:
            default = MISSING
        factory = None if spec.required else spec.default_factory or cls_factory
        nullable = nullable and not spec.required
        plans.append(
            FieldPlan(name, tuple(wire.split(".")), spec, check, nullable, default, factory)
        )
    return plans
