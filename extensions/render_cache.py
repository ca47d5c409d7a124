"""Caches that make a render cheaper without changing a byte of it (docs/design.md,
"Render speed").

* ``install_compile_cache``: Jinja's compiled code for every template and path/answer
  string, kept for the process (``copier update`` renders the kit twice, from two clones)
  and on disk (the next ``copier`` process), keyed on the source text and on everything
  that shapes the compiled code.
* ``shared``: one process-wide table per name, seen by every checkout of the kit that
  renders in this process (each loads its own copy of these modules).
* ``disk_get``/``disk_put``: small content-keyed records under the user cache dir.

The disk cache lives in ``$INTEGRATION_KIT_CACHE_DIR``, else ``$XDG_CACHE_HOME`` or
``~/.cache``, under ``integration-kit/``; ``INTEGRATION_KIT_CACHE_DIR=off`` turns it
off. Every record is found by a hash of what produced it, so a changed input is a miss,
never a stale hit; a record that cannot be read or written is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from jinja2 import Environment

__all__ = ["cache_dir", "code_hash", "disk_get", "disk_put", "install_compile_cache", "shared"]

_SHARED = "_integration_kit_render_cache"


def shared(name: str) -> dict[Any, Any]:
    """The process-wide table ``name`` (created empty on first use)."""
    module = sys.modules.setdefault(_SHARED, ModuleType(_SHARED))
    table: dict[Any, Any] = vars(module).setdefault(name, {})
    return table


def code_hash(kit_root: Path) -> str:
    """A hash of the kit's render-time Python (``extensions/``): what builds the context
    and the filters; another kit version may render the same input differently."""
    digest = hashlib.sha256()
    for path in sorted((kit_root / "extensions").rglob("*.py")):
        digest.update(path.relative_to(kit_root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_dir() -> Path | None:
    """The kit's user cache dir, or ``None`` when the disk cache is off."""
    chosen = os.environ.get("INTEGRATION_KIT_CACHE_DIR", "")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "integration-kit"


def _record(kind: str, key: str) -> Path | None:
    root = cache_dir()
    if root is None:
        return None
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return root / kind / digest[:2] / digest[2:]


def disk_get(kind: str, key: str) -> bytes | None:
    """The record ``kind``/``key``, or ``None``."""
    path = _record(kind, key)
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def disk_put(kind: str, key: str, data: bytes) -> None:
    """Store a record atomically (a reader sees the whole record or none)."""
    path = _record(kind, key)
    if path is None:
        return
    try:
        if not path.parent.is_dir():
            root = path.parent.parent.parent
            root.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except OSError:
        return


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "autoescape",
    "finalize",
    "undefined",
    "is_async",
)


def _fingerprint(env: Environment, kit_hash: str) -> str:
    """Everything besides the source that shapes Jinja's compiled code: the Python,
    Jinja and copier versions, the environment's class and syntax settings, its
    extensions (they preprocess and parse), the filters and tests the optimizer may
    fold into constants, and the kit's own code (its filters and extensions)."""
    cls = type(env)
    parts = [
        sys.version,
        *(f"{d}={_version(d)}" for d in _DISTRIBUTIONS),
        f"{cls.__module__}.{cls.__qualname__}",
        *(f"{name}={_named(getattr(env, name, None))}" for name in _SETTINGS),
        *sorted(env.extensions),
        *sorted(f"filter:{name}" for name in env.filters),
        *sorted(f"test:{name}" for name in env.tests),
        kit_hash,
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _named(value: object) -> str:
    """A setting as text that is the same in every process (no object addresses)."""
    if callable(value):
        return f"{getattr(value, '__module__', '?')}.{getattr(value, '__qualname__', '?')}"
    return repr(value)


_DISTRIBUTIONS = ("jinja2", "copier", "copier-template-extensions", "jinja2-ansible-filters")


def install_compile_cache(env: Environment, kit_hash: str) -> None:
    """Serve ``env.compile`` from the process table and the disk cache.

    On a hit the extensions' ``preprocess`` still runs: copier's ``yield`` extension
    resets its per-environment state there, before every template it compiles. The
    override belongs to ``env``: an ``env.overlay()`` (copier makes none) would compile
    with ``env``'s settings.
    """
    if getattr(env, "_integration_kit_compile_cache", False):
        return
    fingerprint = ""  # on first use: every extension has registered its filters by then
    memo: dict[tuple[str, str | None, bool, str], CodeType] = shared("jinja-code")
    compile_: Callable[..., Any] = env.compile

    def cached_compile(
        source: str,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> Any:
        nonlocal fingerprint
        if raw:
            return compile_(source, name, filename, raw, defer_init)
        fingerprint = fingerprint or _fingerprint(env, kit_hash)
        key = (fingerprint, name, defer_init, source)
        code = memo.get(key)
        if code is None:
            record = repr(key[:3]) + "\0" + source
            stored = disk_get("jinja", record)
            if stored is not None:
                try:
                    # the user's own cache dir (0700), trusted like __pycache__
                    code = marshal.loads(stored)  # noqa: S302
                except (EOFError, ValueError, TypeError):
                    code = None
            if isinstance(code, CodeType):
                env.preprocess(source, name, filename)
            else:
                code = compile_(source, name, filename, raw, defer_init)
                disk_put("jinja", record, marshal.dumps(code))
            memo[key] = code
        else:
            env.preprocess(source, name, filename)
        return code

    setattr(env, "compile", cached_compile)  # noqa: B010 - an instance override
    setattr(env, "_integration_kit_compile_cache", True)  # noqa: B010
