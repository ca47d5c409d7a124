"""Descriptions made readable in docstrings: HTML to plain text, relative links absolute.

Stripe writes its descriptions in HTML (``<p>``, ``<a href="/api/...">``, ``<code>``);
OpenAI and GitHub in Markdown with site-relative links (``[guide](/docs/guides/x)``).
A docstring shows neither well, and a relative link leads nowhere from an editor.

Tokenising is the standard library's ``html.parser`` (entities included); this module
only maps the handful of tags API descriptions use. A ``<`` that is not one of those tags
(``List<String>``, ``a < b``) is kept as written. Links become absolute against the
provider's documentation site when it is known (``DOCS_SITES``), else only their text stays.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

__all__ = ["DOCS_SITES", "docs_site", "plain_text"]

#: documentation sites of the providers the kit has presets for (lower-case name)
DOCS_SITES = {
    "stripe": "https://docs.stripe.com",
    "openai": "https://platform.openai.com",
    "github": "https://docs.github.com",
    "twilio": "https://www.twilio.com",
    "sendgrid": "https://www.twilio.com",
    "slack": "https://api.slack.com",
    "shopify": "https://shopify.dev",
}

_TAGS = {"p", "br", "a", "code", "pre", "ul", "ol", "li", "strong", "b", "em", "i", "span", "div"}
_HAS_TAG = re.compile(r"</?(?:" + "|".join(sorted(_TAGS)) + r")\b[^<>]*>", re.I)
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def docs_site(provider_name: str) -> str:
    """The documentation site of a known provider ('' when unknown)."""
    return DOCS_SITES.get(provider_name.strip().lower(), "")


def _absolute(href: str, base: str) -> str:
    """``href`` as an absolute http(s) URL, or '' when it cannot be one."""
    if href.startswith(("http://", "https://")):
        return href
    if base and href.startswith("/") and not href.startswith("//"):
        return urljoin(base + "/", href.lstrip("/"))
    return ""


class _Text(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.out: list[str] = []
        self.href: list[str] = []
        self.lists: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAGS:
            self.out.append(self.get_starttag_text() or "")
        elif tag in {"p", "div", "pre"}:
            self.out.append("\n\n")
        elif tag == "br":
            self.out.append("\n")
        elif tag in {"ul", "ol"}:
            self.lists.append(tag)
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n" + "  " * max(0, len(self.lists) - 1) + "- ")
        elif tag == "code":
            self.out.append("`")
        elif tag == "a":
            self.href.append(_absolute(dict(attrs).get("href") or "", self.base))

    def handle_endtag(self, tag: str) -> None:
        if tag not in _TAGS:
            self.out.append(f"</{tag}>")
        elif tag in {"p", "div", "pre"}:
            self.out.append("\n\n")
        elif tag in {"ul", "ol"}:
            if self.lists:
                self.lists.pop()
            self.out.append("\n\n")
        elif tag == "code":
            self.out.append("`")
        elif tag == "a" and self.href:
            href = self.href.pop()
            if href:
                self.out.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        self.out.append(data)


def plain_text(text: str, base: str = "") -> str:
    """``text`` without HTML markup, with site-relative links made absolute (or dropped)."""
    if not text:
        return text
    if _HAS_TAG.search(text):
        parser = _Text(base)
        parser.feed(text)
        parser.close()
        text = "".join(parser.out)
        text = re.sub(r"[ \t]+\n", "\n", text)
        text = re.sub(r"\n{3,}", "\n\n", text).strip()

    def link(m: re.Match[str]) -> str:
        url = _absolute(m.group(2), base)
        return f"[{m.group(1)}]({url})" if url else m.group(1)

    return _MD_LINK.sub(link, text)
