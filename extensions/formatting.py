"""Render-time formatting of generated modules with ruff (a dependency of the kit).

`_client.py` and `_wire.py` are printed from the spec; long signatures and field lines
are left to the formatter, the way openapi-python-client runs ruff as a post-hook. Doing
it inside the render (a Jinja filter) rather than as a copier task means every render of
`copier update` (old copy, new copy, project) formats identically, and no task has to run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import shutil
import subprocess
import sys
import tokenize
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

__all__ = ["fit_prose", "ruff_format", "ruff_format_markdown"]

LINE_LENGTH = 100

# One process renders the kit up to three times (``copier update``: the old copy, the new
# copy, the project), each checkout with its own copy of this module; the same source
# formats the same way, so results are shared through one process-wide table, keyed on
# this file's own text too (another kit version may format differently).
_SHARED = "_integration_kit_formatting_cache"
_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
_CACHE: dict[tuple[str, ...], str] = vars(
    sys.modules.setdefault(_SHARED, ModuleType(_SHARED))
).setdefault("results", {})

_COMMON = ["--isolated", f"--line-length={LINE_LENGTH}", "--stdin-filename=generated.py"]
_SORT = ["check", *_COMMON, "--select=I", "--fix-only", "--exit-zero", "-"]
# code examples in docstrings (``::`` blocks) too: names in them grow with the answers
_FORMAT = ["format", *_COMMON, "--config", "format.docstring-code-format = true", "-"]


def _ruff() -> list[str] | None:
    try:
        from ruff.__main__ import find_ruff_bin

        return [str(find_ruff_bin())]
    except ImportError:
        found = shutil.which("ruff")
        return [found] if found else None


def _remembered(key: tuple[str, ...], produce: Callable[[], tuple[str, bool]]) -> str:
    """``produce()``'s text, remembered for the process and, when ruff succeeded (its
    flag), in the user cache dir with the ruff binary's identity in the key
    (``render_cache``: for the next copier process)."""
    if key in _CACHE:
        return _CACHE[key]
    ruff = _ruff()
    try:
        stat = Path(ruff[0]).stat() if ruff else None
    except OSError:
        stat = None
    if ruff is None or stat is None:
        _CACHE[key] = produce()[0]
        return _CACHE[key]
    cache = _render_cache()
    binary = str(Path(ruff[0]).resolve())  # the same ruff from any venv path to it
    record = "\0".join([binary, *ruff[1:], str(stat.st_size), str(stat.st_mtime_ns), *key])
    stored = cache.disk_get("ruff", record)
    if stored is not None:
        try:
            _CACHE[key] = stored.decode("utf-8", "surrogatepass")
            return _CACHE[key]
        except UnicodeDecodeError:
            pass
    result, ok = produce()
    _CACHE[key] = result
    if not ok:  # said on stderr; tried again by the next process
        return result
    cache.disk_put("ruff", record, result.encode("utf-8", "surrogatepass"))
    return result


def _render_cache() -> ModuleType:
    """This checkout's ``render_cache`` module, under the name ``hooks.load_sibling`` gives
    it (this file is loaded by path too, so a plain import is not possible)."""
    root = Path(__file__).resolve().parent.parent
    tag = hashlib.sha256(str(root).encode()).hexdigest()[:12]
    name = f"_integration_kit_{tag}_render_cache"
    if name not in sys.modules:
        path = Path(__file__).with_name("render_cache.py")
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def ruff_format(source: str, target_version: str = "py311", first_party: str = "") -> str:
    """``source`` with imports sorted and formatted by ruff; unchanged (warned) without ruff."""
    key = (_CODE, "py", target_version, first_party, source)
    return _remembered(key, lambda: _ruff_format(source, target_version, first_party))


def _ruff_format(source: str, target_version: str, first_party: str) -> tuple[str, bool]:
    ruff = _ruff()
    if ruff is None:
        warnings.warn("ruff is not installed: generated modules are left unformatted", stacklevel=2)
        return source, False
    options = [f"--target-version={target_version}"]
    if first_party.isidentifier():
        options += ["--config", f"lint.isort.known-first-party = [{first_party!r}]"]
    for args in (_SORT, _FORMAT):
        formatted = _run(ruff, [*args[:-1], *options, args[-1]], source)
        if formatted is None:
            return source, False
        source = formatted
    return fit_prose(source), True


def ruff_format_markdown(source: str, target_version: str = "py311") -> str:
    """Markdown with its ``python`` code blocks formatted by ruff, as the project's
    ``ruff format --check`` wants them (class names grow with the provider's name)."""
    key = (_CODE, "md", target_version, source)
    return _remembered(key, lambda: _ruff_format_markdown(source, target_version))


def _ruff_format_markdown(source: str, target_version: str) -> tuple[str, bool]:
    ruff = _ruff()
    if ruff is None:
        return source, False
    args = ["format", "--isolated", f"--line-length={LINE_LENGTH}", "--stdin-filename=README.md"]
    formatted = _run(ruff, [*args, f"--target-version={target_version}", "-"], source)
    return (source, False) if formatted is None else (formatted, True)


def _run(ruff: list[str], args: list[str], source: str) -> str | None:
    """ruff's output for ``source`` on stdin; ``None`` (said on stderr) when it fails."""
    result = subprocess.run(
        [*ruff, *args], input=source, capture_output=True, text=True, check=False, timeout=300
    )
    if result.returncode != 0:
        print(f"ruff could not format a generated file: {result.stderr[:500]}", file=sys.stderr)
        return None
    return result.stdout


def _split(line: str, width: int) -> list[str]:
    """``line`` broken at spaces into lines of at most ``width`` columns, each continuation
    at the line's own indentation (``comment`` lines keep their ``# ``); a word longer than
    the room stays whole, as E501 allows."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    lead = indent + "# " if line.lstrip().startswith("# ") else indent
    out: list[str] = []
    while len(line) > width:
        cut = line.rfind(" ", len(lead) + 1, width + 1)
        if cut <= len(lead):
            break
        out.append(line[:cut].rstrip())
        line = lead + line[cut + 1 :].lstrip()
    out.append(line)
    return out


def _docstring_rows(token: tokenize.TokenInfo) -> set[int]:
    """The rows of a docstring at its own indentation: deeper lines (literal blocks, code
    examples, shell commands) are copied as they are, where a break would change them."""
    first, column = token.start
    rows = {first}
    for offset, line in enumerate(token.string.split("\n")[1:], start=1):
        if len(line) - len(line.lstrip(" ")) == column:
            rows.add(first + offset)
    return rows


def _prose_rows(source: str) -> set[int]:
    """1-based rows of ``source`` that are prose: lines of docstrings (string statements)
    at their indentation, and whole-line comments. Data strings are never touched."""
    rows: set[int] = set()
    statement_start = {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.NL}
    previous = tokenize.NEWLINE
    pending: tokenize.TokenInfo | None = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT and token.line.lstrip().startswith("#"):
                rows.add(token.start[0])
            if pending is not None:
                if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER, tokenize.COMMENT):
                    rows.update(_docstring_rows(pending))
                pending = None
            if token.type == tokenize.STRING and previous in statement_start:
                pending = token
            if token.type not in (tokenize.COMMENT, tokenize.NL):
                previous = token.type
    except (tokenize.TokenError, SyntaxError):  # not Python: leave it as it is
        return set()
    return rows


def _joins(carry: str, line: str) -> bool:
    """Whether the rest of a broken line flows on into ``line`` (the same paragraph)."""
    indent = len(carry) - len(carry.lstrip(" "))
    body = line.lstrip(" ")
    return (
        bool(body)
        and len(line) - len(body) == indent
        and not body.startswith(('"""', "- ", "* ", ">>>", "``"))
        and body.startswith("# ") == carry.lstrip(" ").startswith("# ")
        and not carry.rstrip().endswith("::")
    )


def fit_prose(source: str, width: int = LINE_LENGTH) -> str:
    """``source`` with docstring and comment lines longer than ``width`` broken at spaces.

    Template prose that names the provider, the package or an environment variable grows
    with the answers; the formatter cannot wrap prose, so this does: the rest of a broken
    line flows into the paragraph's next line. Only paragraphs with an overlong line
    change, so everything that already fits is byte-for-byte unchanged.
    """
    lines = source.split("\n")
    if all(len(line) <= width for line in lines):
        return source
    rows = _prose_rows(source)
    out: list[str] = []
    carry = ""
    for row, line in enumerate(lines, start=1):
        if carry and row in rows and _joins(carry, line):
            lead = "# " if line.lstrip(" ").startswith("# ") else ""
            line = carry + " " + line.lstrip(" ")[len(lead) :]
        elif carry:
            out.append(carry)
        carry = ""
        if len(line) > width and row in rows:
            *done, carry = _split(line, width)
            out.extend(done)
            if not done:  # one word too long to break: leave it
                out.append(carry)
                carry = ""
            continue
        out.append(line)
    if carry:
        out.append(carry)
    return "\n".join(out)
