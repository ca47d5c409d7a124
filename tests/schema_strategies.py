"""Hypothesis strategies for the JSON data an OpenAPI schema accepts (a small builder).

Neither schemathesis nor hypothesis-jsonschema is in the kit's environment, and the
kit's test needs only what its preset snapshots use, so this covers: local ``$ref``,
``enum``/``const``, ``type`` (a list of types too), ``nullable``, ``anyOf``/``oneOf``
(any member), ``allOf`` (objects merged), objects (required properties always, the
others optional, string-keyed ``additionalProperties``), arrays (``minItems``/
``maxItems``/``uniqueItems``), strings (``format``, ``pattern``, lengths), numbers
(bounds, exclusive bounds, ``multipleOf`` for integers) and booleans. Sizes are bounded
(``MAX_ITEMS``, ``MAX_TEXT``) and past ``MAX_DEPTH`` only required properties are drawn.
A keyword outside that list is ignored: the drawn value may then be invalid, and Prism's
request validation says so (the test fails loudly rather than passing on a narrow draw).
"""

from __future__ import annotations

import base64
import string
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import strategies as st

from extensions.samples import resolve

MAX_DEPTH = 4
MAX_ITEMS = 3
MAX_TEXT = 12
#: characters that need escaping in a URL, a query or a form body, plus non-ASCII
TEXT = string.ascii_letters + string.digits + " -_.~&=+%/[]?#,;:'\"é✓"
#: header values: visible ASCII and the space (httpx refuses others; edges are trimmed)
HEADER_TEXT = string.ascii_letters + string.digits + "-_.~&=+%/[]?#,;:"

_DATES = st.datetimes(datetime(1970, 1, 2), datetime(2100, 1, 1), timezones=st.just(UTC))
_FORMATS: dict[str, st.SearchStrategy[Any]] = {
    "date-time": _DATES.map(lambda d: d.isoformat().replace("+00:00", "Z")),
    "date": st.dates(date(1970, 1, 2), date(2100, 1, 1)).map(str),
    "email": st.from_regex(r"\A[a-z]{1,8}@example\.com\Z"),
    "uri": st.from_regex(r"\Ahttps://example\.com/[a-z]{0,8}\Z"),
    "url": st.from_regex(r"\Ahttps://example\.com/[a-z]{0,8}\Z"),
    "uuid": st.uuids().map(str),
    "ipv4": st.ip_addresses(v=4).map(str),
    "binary": st.binary(max_size=32).map(lambda b: base64.b64encode(b).decode()),
    "byte": st.binary(max_size=32).map(lambda b: base64.b64encode(b).decode()),
}


def _kinds(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    kinds = list(kind) if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    if not kinds:
        if "properties" in schema or "additionalProperties" in schema:
            kinds = ["object"]
        elif "items" in schema:
            kinds = ["array"]
    if schema.get("nullable") is True and "null" not in kinds:
        kinds.append("null")
    return kinds


def _string(schema: Mapping[str, Any], alphabet: str) -> st.SearchStrategy[str]:
    fmt = str(schema.get("format", ""))
    if fmt in _FORMATS:
        return _FORMATS[fmt]
    if isinstance(schema.get("pattern"), str):
        return st.from_regex(schema["pattern"]).filter(lambda s: "\n" not in s)
    low = int(schema.get("minLength", 0) or 0)
    high = schema.get("maxLength")
    high = min(int(high), max(low, MAX_TEXT)) if isinstance(high, int) else max(low, MAX_TEXT)
    return st.text(st.sampled_from(alphabet), min_size=low, max_size=high)


def _integer(schema: Mapping[str, Any]) -> st.SearchStrategy[int]:
    low, high = schema.get("minimum"), schema.get("maximum")
    low = -(2**40) if not isinstance(low, int | float) else int(low)
    high = 2**40 if not isinstance(high, int | float) else int(high)
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if ex_low is True or (isinstance(ex_low, int | float) and not isinstance(ex_low, bool)):
        low = (low if ex_low is True else int(ex_low)) + 1
    if ex_high is True or (isinstance(ex_high, int | float) and not isinstance(ex_high, bool)):
        high = (high if ex_high is True else int(ex_high)) - 1
    step = schema.get("multipleOf")
    if isinstance(step, int) and step > 0:
        return st.integers(-(-low // step), high // step).map(lambda n: n * step)
    return st.integers(low, high)


def _number(schema: Mapping[str, Any]) -> st.SearchStrategy[float]:
    low, high = schema.get("minimum"), schema.get("maximum")
    return st.floats(
        min_value=float(low) if isinstance(low, int | float) else -1e12,
        max_value=float(high) if isinstance(high, int | float) else 1e12,
        exclude_min=schema.get("exclusiveMinimum") is True,
        exclude_max=schema.get("exclusiveMaximum") is True,
        allow_nan=False,
        allow_infinity=False,
    )


def _object(
    schema: Mapping[str, Any], spec: Mapping[str, Any], depth: int, alphabet: str
) -> st.SearchStrategy[dict[str, Any]]:
    props: Mapping[str, Any] = schema.get("properties") or {}
    required = [name for name in schema.get("required") or [] if name in props or not props]
    strategies = {name: values(props.get(name, {}), spec, depth + 1, alphabet) for name in required}
    optional = {}
    if depth < MAX_DEPTH:
        optional = {
            name: values(sub, spec, depth + 1, alphabet)
            for name, sub in props.items()
            if name not in strategies
        }
    fixed = st.fixed_dictionaries(strategies, optional=optional)
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping) and extra and not props and depth < MAX_DEPTH:
        keys = st.text(st.sampled_from(string.ascii_lowercase + "_"), min_size=1, max_size=6)
        more = st.dictionaries(keys, values(extra, spec, depth + 1, alphabet), max_size=2)
        return st.tuples(fixed, more).map(lambda pair: {**pair[1], **pair[0]})
    return fixed


def values(
    schema: Any, spec: Mapping[str, Any], depth: int = 0, alphabet: str = TEXT
) -> st.SearchStrategy[Any]:
    """Any value ``schema`` accepts, within the documented limits."""
    schema = resolve(schema, spec)
    items = schema.get("items")
    if isinstance(items, list) and items and "type" not in schema and "anyOf" not in schema:
        schema = {**schema, "anyOf": items}  # tuple-style items (Slack's): one of them
    if "const" in schema:
        return st.just(schema["const"])
    if schema.get("enum"):
        return st.sampled_from(list(schema["enum"]))
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return st.one_of([values(o, spec, depth, alphabet) for o in schema[key]])
    if schema.get("allOf"):
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(part, spec)
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += list(part.get("required") or [])
        return _object(merged, spec, depth, alphabet)
    options: list[st.SearchStrategy[Any]] = []
    for kind in _kinds(schema) or ["string"]:  # an untyped schema: a plain string
        if kind == "object":
            options.append(_object(schema, spec, depth, alphabet))
        elif kind == "array":
            items = values(schema.get("items", {}), spec, depth + 1, alphabet)
            low = int(schema.get("minItems", 0) or 0)
            high = min(int(schema.get("maxItems", MAX_ITEMS)), max(low, MAX_ITEMS))
            unique = schema.get("uniqueItems") is True
            by = repr if unique else None
            options.append(st.lists(items, min_size=low, max_size=high, unique_by=by))
        elif kind == "string":
            options.append(_string(schema, alphabet))
        elif kind == "integer":
            options.append(_integer(schema))
        elif kind == "number":
            options.append(_number(schema))
        elif kind == "boolean":
            options.append(st.booleans())
        elif kind == "null":
            options.append(st.none())
    return st.one_of(options) if options else st.just({})
