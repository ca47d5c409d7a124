"""Render-time formatting of generated modules with ruff (a dependency of the kit).

`_client.py` and `_wire.py` are printed from the spec; long signatures and field lines
are left to the formatter, the way openapi-python-client runs ruff as a post-hook. Doing
it inside the render (a Jinja filter) rather than as a copier task means every render of
`copier update` (old copy, new copy, project) formats identically, and no task has to run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings

__all__ = ["ruff_format"]

_ARGS = ["format", "--isolated", "--line-length=100", "--stdin-filename=generated.py", "-"]


def _ruff() -> list[str] | None:
    try:
        from ruff.__main__ import find_ruff_bin

        return [str(find_ruff_bin())]
    except ImportError:
        found = shutil.which("ruff")
        return [found] if found else None


def ruff_format(source: str, target_version: str = "py311") -> str:
    """``source`` formatted by ``ruff format``; unchanged (with a warning) without ruff."""
    ruff = _ruff()
    if ruff is None:
        warnings.warn("ruff is not installed: generated modules are left unformatted", stacklevel=2)
        return source
    result = subprocess.run(
        [*ruff, *_ARGS, f"--target-version={target_version}"],
        input=source,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if result.returncode != 0:
        print(f"ruff could not format a generated module: {result.stderr[:500]}", file=sys.stderr)
        return source
    return result.stdout
