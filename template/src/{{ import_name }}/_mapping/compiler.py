"""Compiles a mapper's field plans into one Python function per source type.

The fast path reads every field, applies converters and type checks, and builds the
domain object in a single generated function (no per-field dispatch). It carries no
JSON paths: on any problem it raises and the mapper re-runs the slow, explaining path.
"""

from __future__ import annotations

import dataclasses
import re
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


def _plain_dataclass(domain: type) -> bool:
    """True when building by attribute assignment equals calling ``__init__``: a
    non-frozen dataclass whose generated ``__init__`` sets every field, nothing more."""
    if not dataclasses.is_dataclass(domain) or hasattr(domain, "__post_init__"):
        return False
    params = getattr(domain, "__dataclass_params__", None)
    if params is None or params.frozen or not all(f.init for f in dataclasses.fields(domain)):
        return False
    code = getattr(domain.__init__, "__code__", None)
    return code is not None and code.co_filename == "<string>"  # generated, not written


def _construct(domain: type, names: list[str], values: list[str], indent: str) -> list[str]:
    """Statements that build the domain object into ``obj``."""
    if not _plain_dataclass(domain):
        args = ", ".join(f"{n}={v}" for n, v in zip(names, values, strict=True))
        return [f"{indent}obj = _D({args})"]
    out = [f"{indent}obj = _new(_D)"]
    out += [f"{indent}obj.{n} = {v}" for n, v in zip(names, values, strict=True)]
    return out


def _sub_loader(mapper: Any) -> Callable[[Any], Any]:
    return mapper.fast_load  # type: ignore[no-any-return]


def compile_loader(
    domain: type, plans: list[FieldPlan], src_type: type
) -> tuple[Callable[[Any], Any], Callable[[Any], list[Any]]]:
    """Fast loaders of one ``domain`` object, and of a list, from ``src_type`` values.

    The list loader inlines the per-item code in its loop (no call per item) and raises
    on an item of another type, like on any other problem.
    """
    kind = "dict" if issubclass(src_type, dict) else "obj"
    names = struct_names(src_type)
    hints = _wire_hints(src_type)
    ns: dict[str, Any] = {
        "_M": MISSING,
        "_F": FastPathError,
        "_D": domain,
        "_dig": dig,
        "_new": object.__new__,
    }
    lines = ["def load(src):"]
    args = []
    for i, plan in enumerate(plans):
        v = f"v{i}"
        getter = _getter(kind, names, plan.wire, ns)
        lines.append(f"    {v} = {getter}")
        attr = getter[4:] if names is not None and getter[4:].isidentifier() else None
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
            conv = spec.convert
            ns[f"_c{i}"] = conv.load
            needs = conv.needs
            sibling = _getter(kind, names, tuple(needs.split(".")), ns) if needs else ""
            inline = getattr(conv, "inline", None)
            if inline:
                if needs:
                    lines.append(f"        s{i} = {sibling}")
                expr = inline
                for key, value in getattr(conv, "inline_names", {}).items():
                    ns[f"{key}{i}"] = value
                    expr = re.sub(rf"\b{key}\b", f"{key}{i}", expr)
                expr = expr.format(v=v, s=f"s{i}", c=f"_c{i}")
                lines.append(f"        {v} = {expr}")
            else:
                extra = f", {sibling}" if needs else ""
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
        args.append(v)
    body = lines[1:]
    ns["_CLS"] = src_type
    many = ["def load_many(items):", "    out = []", "    append = out.append"]
    many += ["    for src in items:", "        if src.__class__ is not _CLS: raise _F"]
    many += ["    " + line for line in body]
    field_names = [plan.name for plan in plans]
    many += _construct(domain, field_names, args, "        ")
    many += ["        append(obj)", "    return out"]
    lines += _construct(domain, field_names, args, "    ")
    lines.append("    return obj")
    code = "\n".join(lines) + "\n\n" + "\n".join(many)
    if debug_hook is not None:
        debug_hook(code)
    exec(compile(code, f"<mapper {domain.__qualname__}>", "exec"), ns)  # noqa: S102
    return ns["load"], ns["load_many"]
