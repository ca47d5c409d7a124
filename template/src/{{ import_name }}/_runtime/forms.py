"""Form and query encoding in the bracket style Stripe and Twilio expect.

``{"metadata": {"k": "v"}, "expand": ["a"], "items": [{"price": "p"}]}`` becomes
``metadata[k]=v``, ``expand[]=a``, ``items[0][price]=p``. Booleans are ``true`` /
``false``; ``None`` values are dropped; msgspec Structs, enums and dates are converted
with ``msgspec.to_builtins`` first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Literal
from urllib.parse import urlencode

import msgspec

__all__ = ["encode_form", "encode_query", "form_body", "scalar_to_str"]


def scalar_to_str(value: object) -> str:
    """Wire form of one scalar: ``true``/``false`` for booleans, plain ``str`` otherwise."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot encode non-finite float {value!r}")
        return repr(value)
    if isinstance(value, bytes):
        return value.decode()
    return str(value)


def _is_scalar(value: object) -> bool:
    return not isinstance(value, Mapping | list | tuple)


def _walk(prefix: str, value: object, out: list[tuple[str, str]]) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _walk(f"{prefix}[{key}]" if prefix else str(key), item, out)
    elif isinstance(value, list | tuple):
        if all(_is_scalar(item) for item in value):
            for item in value:
                if item is not None:
                    out.append((f"{prefix}[]", scalar_to_str(item)))
        else:
            for index, item in enumerate(value):
                _walk(f"{prefix}[{index}]", item, out)
    else:
        out.append((prefix, scalar_to_str(value)))


def _builtins(data: object) -> object:
    return msgspec.to_builtins(data, builtin_types=(bytes,))


def encode_form(data: Mapping[str, object] | msgspec.Struct) -> list[tuple[str, str]]:
    """Flatten nested data into ``(key, value)`` pairs, bracket style."""
    plain = _builtins(data)
    if not isinstance(plain, Mapping):
        raise TypeError("form data must be a mapping or a msgspec Struct")
    out: list[tuple[str, str]] = []
    _walk("", plain, out)
    return out


def form_body(data: Mapping[str, object] | msgspec.Struct) -> bytes:
    """``application/x-www-form-urlencoded`` body of :func:`encode_form`."""
    return urlencode(encode_form(data)).encode("ascii")


def encode_query(
    params: Mapping[str, object],
    style: Literal["repeat", "brackets"] = "repeat",
) -> list[tuple[str, str]]:
    """Query pairs: ``None`` dropped; lists repeated (``k=a&k=b``) or bracketed
    (``k[]=a&k[]=b``); nested mappings bracketed (``created[gte]=1``)."""
    plain = _builtins(params)
    if not isinstance(plain, Mapping):
        raise TypeError("params must be a mapping")
    out: list[tuple[str, str]] = []
    for key, value in plain.items():
        name = str(key)
        if value is None:
            continue
        if isinstance(value, list | tuple) and all(_is_scalar(v) for v in value):
            for item in value:
                if item is not None:
                    out.append((name if style == "repeat" else f"{name}[]", scalar_to_str(item)))
        else:
            _walk(name, value, out)
    return out
