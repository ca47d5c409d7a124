"""Check a spec file at its question, so the render never dies on it after the last one.

``check_spec(path)`` loads the document exactly as the render will (``build_api``) and
returns its problem as message lines (a short summary first, then details), or ``[]``.
Results are cached on the file's path, size and modification time: copier runs a
validator more than once, and the 13 MB GitHub document takes a second to build.
"""

from __future__ import annotations

from pathlib import Path

from .builder import build_api
from .loader import SpecError, read_source

__all__ = ["check_spec"]

_CACHE: dict[tuple[str, int, int], list[str]] = {}


def check_spec(path: Path) -> list[str]:
    """``[]`` for a usable document, else ``[summary, detail, ...]``."""
    try:
        stat = path.stat()
    except OSError as exc:
        return ["cannot read the file.", f"{path}: {exc.strerror}"]
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _CACHE:
        _CACHE[key] = _check(path)
    return _CACHE[key]


def _check(path: Path) -> list[str]:
    try:
        raw, _origin = read_source(path)
        if isinstance(raw, dict) and "openapi" not in raw and "swagger" not in raw:
            return [
                "not an OpenAPI document.",
                f"{path}: neither 'openapi: 3.x' nor 'swagger: 2.0' at the document root.",
            ]
        api = build_api(path)  # loads through the cache the render then reuses
    except SpecError as exc:
        return [exc.summary or "the spec cannot be used.", str(exc)]
    except UnicodeDecodeError as exc:
        return ["not UTF-8 text.", f"{path}: byte {exc.start} is not UTF-8."]
    except Exception as exc:  # anything the render would die of
        return ["the spec cannot be used.", f"{path}: {type(exc).__name__}: {exc}"]
    if api.total_operations == 0:
        return [
            "the spec has no operations.",
            f"{path}: #/paths lists no get, put, post, delete, options, head, patch"
            " or trace operation; leave the answer empty to list operations by hand.",
        ]
    return []
