"""``Mapper``: provider data (wire Structs or plain JSON) ↔ your domain objects."""

from __future__ import annotations

import datetime as dt
import enum
import threading
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, Generic, TypeVar

from .compiler import compile_loader, dig
from .errors import MappingError
from .fields import MISSING, Field, FieldPlan, plan_fields

__all__ = ["Mapper"]

D = TypeVar("D")
_SCALARS = (str, bytes, int, float, bool, list, tuple, type(None))


def _step(path: str, key: str) -> str:
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{key!r}]"


def _type_name(check: type | tuple[type, ...]) -> str:
    types = check if isinstance(check, tuple) else (check,)
    return " | ".join(t.__name__ for t in types)


def _plain(value: Any) -> Any:
    """A domain value without a converter, as JSON data."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Mapper(Generic[D]):  # noqa: UP046, RUF100 - supports Python 3.11
    """Declares how ``domain`` objects are read from (and written to) provider data.

    ``fields`` lists only what differs from the default: every init field of the domain
    class is read from the provider field of the same name in ``case`` (snake, camel,
    pascal or kebab). Unknown provider fields are ignored. Plans compile on first use, so
    forward references in the domain module resolve.
    """

    def __init__(
        self, domain: type[D], fields: Mapping[str, Field] | None = None, *, case: str = "snake"
    ) -> None:
        self.domain = domain
        self.declared = dict(fields or {})
        self.case = case
        self._plans: list[FieldPlan] | None = None
        self._compiled: dict[type, Callable[[Any], D]] = {}
        self._compiled_many: dict[type, Callable[[Any], list[D]]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Mapper({self.domain.__name__})"

    @property
    def plans(self) -> list[FieldPlan]:
        if self._plans is None:
            self._plans = plan_fields(self.domain, self.declared, self.case)
        return self._plans

    # -- loading -------------------------------------------------------------------

    def load(self, src: Any, path: str = "$") -> D:
        """One domain object from a wire Struct or a JSON object; :class:`MappingError`
        names the JSON path (``path`` is where ``src`` sits in the response)."""
        try:
            return self.fast_load(src)
        except Exception:
            return self._explain(src, path)

    def load_many(self, items: Iterable[Any] | None, path: str = "$") -> list[D]:
        """A list of domain objects; errors name the item (``$.data[3].customer.email``)."""
        if not isinstance(items, list | tuple):
            raise MappingError(path, "expected a list", items)
        try:
            if not items:
                return []
            first = items[0].__class__
            many = self._compiled_many.get(first)
            if many is None:
                self._compile(first)
                many = self._compiled_many[first]
            return many(items)
        except Exception:
            return [self._explain(item, f"{path}[{i}]") for i, item in enumerate(items)]

    def fast_load(self, src: Any) -> D:
        """The compiled loader, without paths (raises anything on bad data)."""
        loader = self._compiled.get(src.__class__)
        if loader is None:
            loader = self._compile(src.__class__)
        return loader(src)

    def _compile(self, src_type: type) -> Callable[[Any], D]:
        if issubclass(src_type, _SCALARS) and not issubclass(src_type, dict):
            raise TypeError("not an object")
        with self._lock:
            loader = self._compiled.get(src_type)
            if loader is None:
                loader, many = compile_loader(self.domain, self.plans, src_type)
                self._compiled_many[src_type] = many
                self._compiled[src_type] = loader
        return loader

    def _explain(self, src: Any, path: str) -> D:
        """The slow path: same rules, field by field, raising with the exact JSON path."""
        if isinstance(src, _SCALARS) and not isinstance(src, dict):
            raise MappingError(path, f"expected an object, got {type(src).__name__}", src)
        values: dict[str, Any] = {}
        for plan in self.plans:
            here = path
            for key in plan.wire:
                here = _step(here, key)
            values[plan.name] = self._field(plan, dig(src, plan.wire), src, here)
        try:
            return self.domain(**values)
        except Exception as exc:
            raise MappingError(
                path, f"{self.domain.__name__} rejected the values: {exc}", src
            ) from exc

    def _field(self, plan: FieldPlan, value: Any, src: Any, here: str) -> Any:
        if value is None or value is MISSING:
            if plan.default is not MISSING:
                return plan.default
            if plan.default_factory is not None:
                return plan.default_factory()
            if plan.nullable:
                return None
            reason = "missing required field" if value is MISSING else "required field is null"
            raise MappingError(here, reason, None)
        spec = plan.spec
        if spec.nested is not None:
            if not spec.many:
                return spec.nested.load(value, here)
            if not isinstance(value, list):
                raise MappingError(here, f"expected a list, got {type(value).__name__}", value)
            return [spec.nested.load(item, f"{here}[{i}]") for i, item in enumerate(value)]
        if spec.convert is not None:
            conv = spec.convert
            try:
                if conv.needs:
                    return conv.load(value, dig(src, tuple(conv.needs.split("."))))
                return conv.load(value)
            except Exception as exc:
                name = getattr(conv, "name", type(conv).__name__)
                raise MappingError(here, f"cannot convert ({name}): {exc}", value) from exc
        check = plan.check
        if check is not None:
            checks = check if isinstance(check, tuple) else (check,)
            if not isinstance(value, check) or (
                isinstance(value, bool) and int in checks and bool not in checks
            ):
                raise MappingError(
                    here, f"expected {_type_name(check)}, got {type(value).__name__}", value
                )
        return value

    # -- dumping -------------------------------------------------------------------

    def dump(self, obj: D, *, include_read_only: bool = False) -> dict[str, Any]:
        """The provider's JSON for ``obj`` (request bodies): wire names, converters
        reversed, ``None`` and read-only fields left out."""
        out: dict[str, Any] = {}
        by_wire = {plan.wire: plan for plan in self.plans}
        for plan in self.plans:
            if plan.spec.read_only and not include_read_only:
                continue
            value = getattr(obj, plan.name)
            if value is None:
                continue
            try:
                value = self._dump_value(plan, value, obj, by_wire)
            except MappingError:
                raise
            except Exception as exc:
                raise MappingError("$." + plan.wire_path, f"cannot send: {exc}", value) from exc
            target = out
            for key in plan.wire[:-1]:
                target = target.setdefault(key, {})
            target[plan.wire[-1]] = value
        return out

    def _dump_value(
        self, plan: FieldPlan, value: Any, obj: Any, by_wire: dict[tuple[str, ...], FieldPlan]
    ) -> Any:
        spec = plan.spec
        if spec.nested is not None:
            if spec.many:
                return [spec.nested.dump(item) for item in value]
            return spec.nested.dump(value)
        conv = spec.convert
        if conv is None:
            return _plain(value)
        if not conv.needs:
            return conv.dump(value)
        sibling_plan = by_wire.get(tuple(conv.needs.split(".")))
        sibling = getattr(obj, sibling_plan.name, None) if sibling_plan else None
        if sibling is not None and sibling_plan is not None and sibling_plan.spec.convert:
            sibling = sibling_plan.spec.convert.dump(sibling)
        return conv.dump(value, sibling)
