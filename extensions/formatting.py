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

_COMMON = ["--isolated", "--line-length=100", "--stdin-filename=generated.py"]
_SORT = ["check", *_COMMON, "--select=I", "--fix-only", "--exit-zero", "-"]
_FORMAT = ["format", *_COMMON, "-"]


def _ruff() -> list[str] | None:
    try:
        from ruff.__main__ import find_ruff_bin

        return [str(find_ruff_bin())]
    except ImportError:
        found = shutil.which("ruff")
        return [found] if found else None


def ruff_format(source: str, target_version: str = "py311", first_party: str = "") -> str:
    """``source`` with imports sorted and formatted by ruff; unchanged (warned) without ruff."""
    ruff = _ruff()
    if ruff is None:
        warnings.warn("ruff is not installed: generated modules are left unformatted", stacklevel=2)
        return source
    options = [f"--target-version={target_version}"]
    if first_party.isidentifier():
        options += ["--config", f"lint.isort.known-first-party = [{first_party!r}]"]
    for args in (_SORT, _FORMAT):
        result = subprocess.run(
            [*ruff, *args[:-1], *options, args[-1]],
            input=source,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        if result.returncode != 0:
            print(
                f"ruff could not format a generated module: {result.stderr[:500]}", file=sys.stderr
            )
            return source
        source = result.stdout
    return source
