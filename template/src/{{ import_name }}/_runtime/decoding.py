"""Decoding response bodies into typed values with msgspec."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar, cast

import httpx
import msgspec

from .errors import DecodingError

__all__ = [
    "BODY_EXCERPT_CHARS",
    "Probed",
    "decode_response",
    "decoder_for",
    "decoding_error",
    "excerpt",
    "request_id_of",
]

T = TypeVar("T")

BODY_EXCERPT_CHARS = 500
_PATH_RE = re.compile(r" - at `(\$[^`]*)`$")
_decoders: dict[object, msgspec.json.Decoder[Any]] = {}
_decoders_lock = threading.Lock()


class _Decoder(Protocol):
    def decode(self, buf: bytes | str, /) -> Any: ...


class Probed(Generic[T]):  # noqa: UP046, RUF100
    """A union of Structs that no string tag tells apart, decoded by probing one field.

    msgspec tags unions by a string or integer field only.  Stripe's
    ``Customer | DeletedCustomer`` share ``object: "customer"`` and differ by
    ``deleted: true``, so the body is read once for ``field`` alone (msgspec skips
    every other key without building it), then decoded as the member whose fixed
    value matched, or as ``default`` when the field is absent or holds another value
    (without a ``default``, another value is a decoding error, like an unknown tag).
    """

    __slots__ = ("_cases", "_decoders", "_default", "_probe", "field")

    def __init__(
        self,
        field: str,
        cases: tuple[tuple[object, type[Any]], ...],
        default: type[Any] | None = None,
    ) -> None:
        self.field = field
        self._cases = cases
        self._default = default
        probe = msgspec.defstruct(
            "Probe", [("value", Any, None)], rename={"value": field}, kw_only=True
        )
        self._probe: msgspec.json.Decoder[Any] = msgspec.json.Decoder(probe)
        members = (*(c for _, c in cases), *((default,) if default is not None else ()))
        self._decoders = {cls: decoder_for(cls) for cls in dict.fromkeys(members)}

    def member(self, value: object) -> type[Any] | None:
        """The member a body whose ``field`` holds ``value`` is decoded as (``None``: none)."""
        for fixed, cls in self._cases:
            if type(fixed) is type(value) and fixed == value:
                return cls
        return self._default

    def decode(self, buf: bytes | str, /) -> T:
        """Decode ``buf`` as the member its ``field`` selects."""
        value = self._probe.decode(buf).value
        cls = self.member(value)
        if cls is None:
            raise msgspec.ValidationError(f"Invalid value {value!r} - at `$.{self.field}`")
        return cast(T, self._decoders[cls].decode(buf))

    def __repr__(self) -> str:
        names = " | ".join(c.__name__ for c in self._decoders)
        return f"Probed({names}, by {self.field!r})"


def decoder_for(type_: object) -> _Decoder:
    """A msgspec JSON decoder of ``type_`` (cached per type); a :class:`Probed` union
    is its own decoder."""
    if isinstance(type_, Probed):
        return type_
    try:
        decoder = _decoders.get(type_)
    except TypeError:  # unhashable type expression
        return msgspec.json.Decoder(type_)
    if decoder is None:
        decoder = msgspec.json.Decoder(type_)
        with _decoders_lock:
            if len(_decoders) < 4096:
                _decoders[type_] = decoder
    return decoder


def excerpt(content: bytes, limit: int = BODY_EXCERPT_CHARS) -> str:
    """The first ``limit`` characters of a body, for messages."""
    text = content[: limit * 4].decode("utf-8", errors="replace")
    return text if len(text) <= limit else text[:limit] + "…"


def request_id_of(response: httpx.Response, headers: Sequence[str]) -> str | None:
    """The first configured request-id header present on ``response``."""
    for name in headers:
        value = response.headers.get(name)
        if value:
            return str(value)
    return None


def decode_response(  # noqa: UP047, RUF100
    response: httpx.Response,
    type_: type[T] | Probed[T],
    *,
    request_id_headers: Sequence[str] = (),
    scrub: Callable[[str], str] = lambda text: text,
) -> T:
    """Decode the JSON body as ``type_``; failures raise :class:`DecodingError` with the
    status, the JSON path of the bad value and a truncated body."""
    content = response.content
    if not content and type_ in (None, type(None)):
        return cast(T, None)
    try:
        return cast(T, decoder_for(type_).decode(content))
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        request_id = request_id_of(response, request_id_headers)
        raise decoding_error(
            exc, content, type_, response.status_code, request_id, scrub, "response"
        ) from None


def decoding_error(
    exc: msgspec.ValidationError | msgspec.DecodeError,
    content: bytes,
    type_: object,
    status_code: int,
    request_id: str | None,
    scrub: Callable[[str], str],
    what: str,
) -> DecodingError:
    """The :class:`DecodingError` for ``content`` (``what``: "response", "event 3"...)."""
    if isinstance(exc, msgspec.ValidationError):
        detail = str(exc)
        match = _PATH_RE.search(detail)
        path: str | None = match.group(1) if match else "$"
        reason = detail[: match.start()] if match else detail
        problem = f"{what} does not match {_type_name(type_)} at {path}: {reason}"
    else:
        path = None
        problem = f"{what} is not valid JSON ({exc})"
    body = scrub(excerpt(content))
    message = f"HTTP {status_code}: {problem}; body: {body!r}"
    if request_id:
        message += f" (request id: {request_id})"
    return DecodingError(
        scrub(message),
        status_code=status_code,
        path=path,
        body=body,
        request_id=request_id,
    )


def _type_name(type_: object) -> str:
    if isinstance(type_, Probed):
        return repr(type_)
    name = getattr(type_, "__name__", None)
    return name if isinstance(name, str) and "[" not in repr(type_) else repr(type_)
