"""XML bodies: hardened parsing, decoding into msgspec Structs, encoding from them.

Parsing goes through ``defusedxml`` with every dangerous feature refused: a document
type declaration at all (so no internal entity can expand: the billion-laughs body is
refused at its ``<!DOCTYPE``), external entities and external DTDs. ``defusedxml`` is
imported when the first XML body is parsed, so packages that never see XML need not
install it.

Decoding is guided by the target type: a Struct field is filled from the child elements
whose tag is the field's wire name (namespaces ignored); a ``list[...]`` field collects
every such child (S3 repeats ``<Contents>`` without a wrapper), any other field takes the
first. Leaf text is converted with ``msgspec.convert(..., strict=False)``, so ``"42"``
becomes an ``int``, ``"true"`` a ``bool`` and an ISO timestamp a ``datetime``.
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Iterable
from typing import Any, TypeVar, Union, get_args, get_origin
from xml.etree.ElementTree import Element  # the type only; parsing is defusedxml's
from xml.sax.saxutils import escape

import msgspec

from .errors import ConfigurationError, DecodingError

__all__ = ["XmlError", "decode_xml", "encode_xml", "parse_xml", "xml_error_fields"]

T = TypeVar("T")
_EXCERPT = 200


class XmlError(DecodingError):
    """The body is not well-formed XML, or uses a refused feature (DTD, entities)."""


def parse_xml(data: bytes, *, status_code: int | None = None) -> Element:
    """The root element of ``data``; refuses DTDs, entity declarations and external
    references before any expansion (``XmlError``)."""
    try:  # imported by name: packages that never parse XML need neither it nor its stubs
        defused = importlib.import_module("defusedxml")
        etree = importlib.import_module("defusedxml.ElementTree")
    except ImportError as exc:  # pragma: no cover - a dependency of XML-speaking packages
        raise ConfigurationError("XML bodies need the defusedxml package") from exc
    try:
        root: Element = etree.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except defused.DefusedXmlException as exc:
        raise XmlError(f"refused XML body: {type(exc).__name__}", status_code=status_code) from None
    except etree.ParseError as exc:
        text = data[:_EXCERPT].decode("utf-8", "replace")
        raise XmlError(f"malformed XML body: {exc}", status_code=status_code, body=text) from None
    return root


def local_name(tag: str) -> str:
    return tag.rpartition("}")[2]


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local_name(child.tag) == name]


def _strip_optional(hint: Any) -> Any:
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:
        members = [a for a in get_args(hint) if a is not type(None)]
        if len(members) == 1:
            return members[0]
    return hint


def _is_struct(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, msgspec.Struct)


def _value(element: Element, hint: Any) -> Any:
    hint = _strip_optional(hint)
    if _is_struct(hint):
        return _struct_dict(element, hint)
    if get_origin(hint) is dict or hint is dict:
        return {local_name(child.tag): child.text or "" for child in element}
    return element.text or ""


def _struct_dict(element: Element, cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for info in msgspec.structs.fields(cls):
        hint = _strip_optional(info.type)
        matches = _children(element, info.encode_name)
        if get_origin(hint) is list:
            (item,) = get_args(hint) or (str,)
            if matches:
                out[info.encode_name] = [_value(m, item) for m in matches]
        elif matches:
            out[info.encode_name] = _value(matches[0], hint)
    return out


def decode_xml(  # noqa: UP047, RUF100
    data: bytes | Element, type_: type[T], *, status_code: int | None = None
) -> T:
    """``data`` (bytes or a parsed root) decoded into ``type_`` (a Struct)."""
    root = parse_xml(data, status_code=status_code) if isinstance(data, bytes) else data
    try:
        return msgspec.convert(_struct_dict(root, type_), type_, strict=False)
    except msgspec.ValidationError as exc:
        raise DecodingError(
            f"XML body does not match {type_.__name__}: {exc}", status_code=status_code
        ) from None


def _encode_value(name: str, value: Any) -> Iterable[str]:
    if value is None or value is msgspec.UNSET:
        return
    if isinstance(value, list | tuple):
        for item in value:
            yield from _encode_value(name, item)
        return
    if isinstance(value, msgspec.Struct):
        yield f"<{name}>{_encode_fields(value)}</{name}>"
        return
    text = ("true" if value else "false") if isinstance(value, bool) else escape(str(value))
    yield f"<{name}>{text}</{name}>"


def _encode_fields(value: msgspec.Struct) -> str:
    parts: list[str] = []
    for info in msgspec.structs.fields(type(value)):
        parts.extend(_encode_value(info.encode_name, getattr(value, info.name)))
    return "".join(parts)


def encode_xml(root: str, value: msgspec.Struct, *, xmlns: str | None = None) -> bytes:
    """``value`` as ``<root>`` with one child per set field (lists repeat the element;
    ``None`` fields are left out), UTF-8, with an XML declaration."""
    attrs = f' xmlns="{escape(xmlns)}"' if xmlns else ""
    body = f'<?xml version="1.0" encoding="UTF-8"?><{root}{attrs}>{_encode_fields(value)}</{root}>'
    return body.encode("utf-8")


def xml_error_fields(data: bytes) -> dict[str, str]:
    """``Code``, ``Message``, ``RequestId``... of an ``<Error>`` document (S3 and other
    AWS XML APIs); empty when ``data`` is not one, or is refused."""
    if data.lstrip()[:1] != b"<":
        return {}
    try:
        root = parse_xml(data)
    except (XmlError, ConfigurationError):  # an HTML error page; no defusedxml installed
        return {}
    if local_name(root.tag) == "ErrorResponse":  # the AWS query protocol wraps <Error>
        inner = _children(root, "Error")
        root = inner[0] if inner else root
    if local_name(root.tag) != "Error":
        return {}
    return {local_name(child.tag): (child.text or "").strip() for child in root if len(child) == 0}
