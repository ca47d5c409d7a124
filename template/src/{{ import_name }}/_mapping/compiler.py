"""Compiles a mapper's field plans into one Python function per source type.

The fast path reads every field, applies converters and type checks, and builds the
domain object in a single generated function (no per-field dispatch). It carries no
JSON paths: on any problem it raises and the mapper re-runs the slow, explaining path.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any

from .fields import MISSING, FieldPlan, check_of

__all__ = ["FastPathError", "compile_loader", "dig", "struct_names"]

debug_hook: Callable[[str], None] | None = None  # tests and benchmarks can read the code


class FastPathError(Exception):
    """Raised by compiled code; the mapper then explains the problem with a JSON path."""


def struct_names(cls: type) -> dict[str, str] | None:
    """For a msgspec Struct class: wire name → attribute name; ``None`` otherwise."""
    fields = getattr(cls, "__struct_fields__", None)
    encoded = getattr(cls, "__struct_encode_fields__", None)
    if fields is None or encoded is None:
        return None
    names = dict(zip(encoded, fields, strict=True))
    for attr in fields:
        names.setdefault(attr, attr)
    return names


def dig(src: Any, path: tuple[str, ...]) -> Any:
    """Follow ``path`` through dicts and objects; ``MISSING`` when a step is absent."""
    for key in path:
        if src is None or src is MISSING:
            return MISSING
        if isinstance(src, dict):
            src = src.get(key, MISSING)
            continue
        names = struct_names(type(src))
        src = getattr(src, names.get(key, key) if names else key, MISSING)
    return src


def _getter(
    kind: str, names: dict[str, str] | None, wire: tuple[str, ...], ns: dict[str, Any]
) -> str:
    if len(wire) > 1:
        ns[f"_w{len(ns)}"] = wire
        return f"_dig(src, _w{len(ns) - 1})"
    key = wire[0]
    if kind == "dict":
        return f"src.get({key!r}, _M)"
    if names is not None:
        attr = names.get(key)
        return f"src.{attr}" if attr and attr.isidentifier() else "_M"
    return f"getattr(src, {key!r}, _M)"


def _wire_hints(src_type: type) -> dict[str, Any]:
    """Annotations of a msgspec Struct source (its decoded values are already typed)."""
    if struct_names(src_type) is None:
        return {}
    try:
        return typing.get_type_hints(src_type)
    except Exception:  # unresolvable forward references: check everything
        return {}


def _trusted(hint: Any, check: type | tuple[type, ...] | None) -> tuple[bool, bool]:
    """(value needs no isinstance check, value can be None) for a Struct field."""
    if hint is None or hint is Any:
        return check is None, True
    wire_check, nullable = check_of(hint)
    if wire_check is None or check is None:
        return check is None, nullable
    wanted = check if isinstance(check, tuple) else (check,)
    have = wire_check if isinstance(wire_check, tuple) else (wire_check,)
    ok = all(any(issubclass(h, w) for w in wanted) for h in have)
    if ok and int in wanted and bool not in wanted and bool in have:
        ok = False
    return ok, nullable


def _sub_loader(mapper: Any) -> Callable[[Any], Any]:
    return mapper.fast_load  # type: ignore[no-any-return]


def compile_loader(domain: type, plans: list[FieldPlan], src_type: type) -> Callable[[Any], Any]:
    """The fast loader of ``domain`` objects from values of ``src_type``."""
    kind = "dict" if issubclass(src_type, dict) else "obj"
    names = struct_names(src_type)
    hints = _wire_hints(src_type)
    ns: dict[str, Any] = {"_M": MISSING, "_F": FastPathError, "_D": domain, "_dig": dig}
    lines = ["def load(src):"]
    args = []
    for i, plan in enumerate(plans):
        v = f"v{i}"
        getter = _getter(kind, names, plan.wire, ns)
        lines.append(f"    {v} = {getter}")
        attr = getter[4:] if getter.startswith("src.") else None
        trusted, maybe_none = _trusted(hints.get(attr) if attr else None, plan.check)
        if attr is None:
            lines.append(f"    if {v} is None or {v} is _M:")
        elif maybe_none:
            lines.append(f"    if {v} is None:")
        else:
            lines.append("    if False:")
        if plan.default is not MISSING:
            ns[f"_d{i}"] = plan.default
            lines.append(f"        {v} = _d{i}")
        elif plan.default_factory is not None:
            ns[f"_f{i}"] = plan.default_factory
            lines.append(f"        {v} = _f{i}()")
        elif plan.nullable:
            lines.append(f"        {v} = None")
        else:
            lines.append("        raise _F")
        lines.append("    else:")
        spec = plan.spec
        if spec.nested is not None:
            ns[f"_n{i}"] = _sub_loader(spec.nested)
            if spec.many:
                lines.append(f"        if {v}.__class__ is not list: raise _F")
                lines.append(f"        {v} = [_n{i}(x) for x in {v}]")
            else:
                lines.append(f"        {v} = _n{i}({v})")
        elif spec.convert is not None:
            ns[f"_c{i}"] = spec.convert.load
            needs = spec.convert.needs
            extra = f", {_getter(kind, names, tuple(needs.split('.')), ns)}" if needs else ""
            lines.append(f"        {v} = _c{i}({v}{extra})")
        elif plan.check is not None and not trusted:
            ns[f"_t{i}"] = plan.check
            checks = plan.check if isinstance(plan.check, tuple) else (plan.check,)
            bool_guard = (
                f" or {v}.__class__ is bool" if int in checks and bool not in checks else ""
            )
            lines.append(f"        if not isinstance({v}, _t{i}){bool_guard}: raise _F")
        else:
            lines.append("        pass")
        args.append(f"{plan.name}={v}")
    lines.append(f"    return _D({', '.join(args)})")
    code = "\n".join(lines)
    if debug_hook is not None:
        debug_hook(code)
    exec(compile(code, f"<mapper {domain.__qualname__}>", "exec"), ns)  # noqa: S102
    loader: Callable[[Any], Any] = ns["load"]
    return loader
