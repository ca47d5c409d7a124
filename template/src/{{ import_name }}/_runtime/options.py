"""Per-call options of the generated resource methods, and raw responses.

``NOT_GIVEN`` tells a keyword argument that was left out from one passed as ``None``
(which clears a nullable field on the provider's side). ``RawResponse`` is what the
``with_raw_response`` twins of every method return: the status, headers, request id
and elapsed time of that one call, and ``parse()`` to the typed result.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import Final, Generic, Literal, ParamSpec, TypeVar, cast, final

import httpx

__all__ = [
    "NOT_GIVEN",
    "Body",
    "Headers",
    "NotGiven",
    "Query",
    "RawResponse",
    "async_to_raw_response_wrapper",
    "given",
    "raw_requested",
    "split_multipart",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")

#: Extra request headers of one call (``extra_headers=``).
Headers = Mapping[str, str]
#: Extra query parameters of one call (``extra_query=``).
Query = Mapping[str, object]
#: Extra body fields of one call (``extra_body=``), merged over the generated ones.
Body = Mapping[str, object]


@final
class NotGiven:
    """The type of :data:`NOT_GIVEN`: a keyword argument that was not passed.

    ``field=None`` sends ``null`` (clearing the field); leaving the keyword out sends
    nothing for it.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def given(values: Mapping[str, object]) -> dict[str, object]:
    """``values`` without the entries left at :data:`NOT_GIVEN`."""
    return {key: value for key, value in values.items() if value is not NOT_GIVEN}


def split_multipart(
    values: Mapping[str, object], file_fields: tuple[str, ...]
) -> tuple[dict[str, object], dict[str, object]]:
    """Split multipart fields into form fields and files (a list: several files)."""
    data = given(values)
    files: dict[str, object] = {}
    for name in file_fields:
        if name in data:
            files[name] = data.pop(name)
    return data, files


_RAW: ContextVar[bool] = ContextVar("integration_kit_raw_response", default=False)


def raw_requested() -> bool:
    """True inside a ``with_raw_response`` call (the method returns a RawResponse)."""
    return _RAW.get()


class RawResponse(Generic[T]):  # noqa: UP046, RUF100
    """The HTTP response of one call, with :meth:`parse` to its typed result.

    Each call has its own: nothing is shared between concurrent calls.
    """

    __slots__ = ("_parse", "_parsed", "_request_id", "http_response")

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[httpx.Response], T],
        request_id: str | None,
    ) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[T] = []
        self._request_id = request_id

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The provider's request id header, when it sent one."""
        return self._request_id

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of the body (the last attempt)."""
        return self.http_response.elapsed

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The typed result, decoded once (the same object on every call)."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.method} {self.url.path}>"


def to_raw_response_wrapper(  # noqa: UP047, RUF100
    func: Callable[P, T],
) -> Callable[P, RawResponse[T]]:
    """``func`` with the same parameters, returning its :class:`RawResponse`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW.set(True)
        try:
            return cast("RawResponse[T]", func(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped


def async_to_raw_response_wrapper(  # noqa: UP047, RUF100
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async twin of :func:`to_raw_response_wrapper`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW.set(True)
        try:
            return cast("RawResponse[T]", await func(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped
