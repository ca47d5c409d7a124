"""Jinja filters that print spec text into Python source safely.

Spec strings reach the templates as *values*: Jinja never evaluates ``{{ }}``/``{% %}``
inside them.  These filters make them safe for the *Python* side.
"""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Any

LINE_LENGTH = 100


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if ch == "\n":
        return "\\n"
    if ch == "\r":
        return "\\r"
    if ch == "\t":
        return "\\t"
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


#: a string literal as ``pystr`` writes it (single or double quotes, backslash escapes):
#: hint scanners skip these so a ``Literal["Pet", "list"]`` value is never read as a name
STRING_LITERAL = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""


def pystr(value: str) -> str:
    """A Python string literal for ``value``, quoted as ``ruff format`` would quote it."""
    quote = "'" if value.count('"') > value.count("'") else '"'
    out = [quote]
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == quote:
            out.append("\\" + ch)
        elif ch.isprintable() and unicodedata.category(ch) not in ("Cf", "Zl", "Zp"):
            out.append(ch)
        else:
            out.append(_escape_char(ch))
    out.append(quote)
    return "".join(out)


def pyrepr(value: Any) -> str:
    """A Python literal (str, int, float, bool, None, list, tuple, dict of those)."""
    if isinstance(value, str):
        return pystr(value)
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        return (
            repr(value)
            if value == value and value not in (float("inf"), float("-inf"))
            else (f'float("{value}")')
        )
    if isinstance(value, list | tuple):
        inner = ", ".join(pyrepr(v) for v in value)
        if isinstance(value, tuple):
            return f"({inner},)" if len(value) == 1 else f"({inner})"
        return f"[{inner}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"pyrepr cannot print {type(value).__name__}")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch == "\n":
            out.append(ch)
        elif cat in ("Zl", "Zp"):
            out.append("\n")
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn") or ch == "\x85":
            continue
        elif cat == "Zs":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def docstring(text: Any, indent: int = 4, width: int = LINE_LENGTH) -> str:
    """Body for ``\"\"\"{{ text | docstring(8) }}\"\"\"`` at ``indent`` spaces.

    Escapes backslashes and quote runs, never ends in ``"``, strips control characters,
    wraps lines to ``width`` columns and indents continuation lines.  Multi-line results
    end with a newline plus indentation so the closing quotes sit on their own line.
    """
    raw = _clean(str(text or "")).strip()
    if not raw:
        raw = "No description."
    raw = raw.replace("\\", "\\\\")
    # no run of three quotes (and no quote just before the closing ones)
    escaped = []
    for i, ch in enumerate(raw):
        if ch == '"' and (i + 1 == len(raw) or raw[i + 1] == '"'):
            escaped.append('\\"')
        else:
            escaped.append(ch)
    raw = "".join(escaped)
    avail = max(20, width - indent - 3)
    lines: list[str] = []
    for line in raw.split("\n"):
        line = line.rstrip()
        if not line:
            if lines and lines[-1] != "":
                lines.append("")
            continue
        lead = len(line) - len(line.lstrip(" "))
        wrapped = textwrap.wrap(
            line,
            width=avail,
            initial_indent="",
            subsequent_indent=" " * lead,
            break_long_words=False,
            break_on_hyphens=False,
            drop_whitespace=True,
        ) or [line]
        if lead:
            wrapped[0] = " " * lead + wrapped[0].lstrip(" ")
        lines.extend(wrapped)
    while lines and lines[-1] == "":
        lines.pop()
    if lines and lines[0].startswith(" "):
        lines[0] = lines[0].lstrip(" ")
    pad = " " * indent
    if len(lines) == 1:
        return lines[0]
    body = "\n".join((pad + ln) if ln else "" for ln in lines)
    return body[indent:] + "\n" + pad


def comment(text: Any) -> str:
    """One line of text safe inside a ``#`` comment."""
    return " ".join(_clean(str(text or "")).split())


def register_filters(env: Any) -> None:
    """Install ``pyrepr``, ``docstring`` and ``comment`` on a Jinja environment."""
    env.filters["pyrepr"] = pyrepr
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
