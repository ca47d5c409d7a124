"""Pagination helpers: cursor (Stripe, OpenAI), Link header (GitHub), next URI (Twilio).

Each helper takes a ``fetch`` callable that gets the next cursor / URL (``None`` for
the first page) and an ``items`` callable that extracts the items of a page; they
yield items lazily and stop on the last page, an empty page, a repeated cursor (a
server bug would otherwise loop forever) or after ``max_pages``.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TypeVar

import httpx

__all__ = [
    "aiter_cursor",
    "aiter_link_header",
    "aiter_next_uri",
    "iter_cursor",
    "iter_link_header",
    "iter_next_uri",
    "parse_link_header",
]

P = TypeVar("P")
T = TypeVar("T")

_LINK_RE = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]+)*)")
_REL_RE = re.compile(r';\s*rel\s*=\s*"?([^";]+)"?', re.IGNORECASE)


def _field(obj: object, name: str) -> object:
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def default_has_more(page: object) -> bool:
    """``page.has_more`` (Stripe, OpenAI); pages without the field are last pages."""
    return _field(page, "has_more") is True


def default_next_cursor(page: object, items: list[object]) -> str | None:
    """``page.last_id`` (OpenAI) if present, else the ``id`` of the last item (Stripe)."""
    last_id = _field(page, "last_id")
    if isinstance(last_id, str) and last_id:
        return last_id
    if not items:
        return None
    value = _field(items[-1], "id")
    return str(value) if value is not None else None


def default_next_uri(page: object) -> str | None:
    """``page.next_page_uri`` (Twilio)."""
    value = _field(page, "next_page_uri")
    return value if isinstance(value, str) and value else None


def parse_link_header(value: str | None) -> dict[str, str]:
    """``{rel: url}`` from an RFC 8288 ``Link`` header."""
    links: dict[str, str] = {}
    if not value:
        return links
    for match in _LINK_RE.finditer(value):
        url, params = match.group(1), match.group(2)
        for rel_match in _REL_RE.finditer(params):
            for rel in rel_match.group(1).split():
                links.setdefault(rel.lower(), url)
    return links


def _link_next(response: httpx.Response) -> str | None:
    return parse_link_header(response.headers.get("link")).get("next")


class _Guard:
    def __init__(self, max_pages: int | None) -> None:
        self.max_pages = max_pages
        self.pages = 0
        self.seen: set[str] = set()

    def next_allowed(self, token: str | None) -> bool:
        if not token or token in self.seen:
            return False
        if self.max_pages is not None and self.pages >= self.max_pages:
            return False
        self.seen.add(token)
        return True


def iter_cursor(  # noqa: UP047, RUF100
    fetch: Callable[[str | None], P],
    items: Callable[[P], Iterable[T]],
    *,
    has_more: Callable[[P], bool] = default_has_more,
    next_cursor: Callable[[P, list[T]], str | None] = default_next_cursor,  # type: ignore[assignment]
    max_pages: int | None = None,
) -> Iterator[T]:
    """Cursor pagination: ``fetch(cursor)`` maps the cursor to ``starting_after`` (Stripe)
    or ``after`` (OpenAI); continues while ``has_more(page)``."""
    guard = _Guard(max_pages)
    cursor: str | None = None
    while True:
        page = fetch(cursor)
        guard.pages += 1
        batch = list(items(page))
        yield from batch
        if not batch or not has_more(page):
            return
        cursor = next_cursor(page, batch)
        if not guard.next_allowed(cursor):
            return


async def aiter_cursor(  # noqa: UP047, RUF100
    fetch: Callable[[str | None], Awaitable[P]],
    items: Callable[[P], Iterable[T]],
    *,
    has_more: Callable[[P], bool] = default_has_more,
    next_cursor: Callable[[P, list[T]], str | None] = default_next_cursor,  # type: ignore[assignment]
    max_pages: int | None = None,
) -> AsyncIterator[T]:
    """Async twin of :func:`iter_cursor`."""
    guard = _Guard(max_pages)
    cursor: str | None = None
    while True:
        page = await fetch(cursor)
        guard.pages += 1
        batch = list(items(page))
        for item in batch:
            yield item
        if not batch or not has_more(page):
            return
        cursor = next_cursor(page, batch)
        if not guard.next_allowed(cursor):
            return


def iter_link_header(  # noqa: UP047, RUF100
    fetch: Callable[[str | None], httpx.Response],
    items: Callable[[httpx.Response], Iterable[T]],
    *,
    max_pages: int | None = None,
) -> Iterator[T]:
    """GitHub-style pagination: ``fetch(None)`` gets the first page, ``fetch(url)`` the
    page named by the previous response's ``Link: <url>; rel="next"``."""
    guard = _Guard(max_pages)
    url: str | None = None
    while True:
        response = fetch(url)
        guard.pages += 1
        yield from items(response)
        url = _link_next(response)
        if not guard.next_allowed(url):
            return


async def aiter_link_header(  # noqa: UP047, RUF100
    fetch: Callable[[str | None], Awaitable[httpx.Response]],
    items: Callable[[httpx.Response], Iterable[T]],
    *,
    max_pages: int | None = None,
) -> AsyncIterator[T]:
    """Async twin of :func:`iter_link_header`."""
    guard = _Guard(max_pages)
    url: str | None = None
    while True:
        response = await fetch(url)
        guard.pages += 1
        for item in items(response):
            yield item
        url = _link_next(response)
        if not guard.next_allowed(url):
            return


def iter_next_uri(  # noqa: UP047, RUF100
    fetch: Callable[[str | None], P],
    items: Callable[[P], Iterable[T]],
    *,
    next_uri: Callable[[P], str | None] = default_next_uri,
    max_pages: int | None = None,
) -> Iterator[T]:
    """Twilio-style pagination: follows ``next_page_uri`` (a path from the host root,
    query included) until it is null."""
    guard = _Guard(max_pages)
    uri: str | None = None
    while True:
        page = fetch(uri)
        guard.pages += 1
        yield from items(page)
        uri = next_uri(page)
        if not guard.next_allowed(uri):
            return


async def aiter_next_uri(  # noqa: UP047, RUF100
    fetch: Callable[[str | None], Awaitable[P]],
    items: Callable[[P], Iterable[T]],
    *,
    next_uri: Callable[[P], str | None] = default_next_uri,
    max_pages: int | None = None,
) -> AsyncIterator[T]:
    """Async twin of :func:`iter_next_uri`."""
    guard = _Guard(max_pages)
    uri: str | None = None
    while True:
        page = await fetch(uri)
        guard.pages += 1
        for item in items(page):
            yield item
        uri = next_uri(page)
        if not guard.next_allowed(uri):
            return
