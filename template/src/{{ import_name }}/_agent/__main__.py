"""``python -m <package>._agent …`` — and the copier task, which runs this file by path.

Run by path (``python src/<package>/_agent/__main__.py fill --copier-task``) the package
may not be importable: copier's own Python may lack httpx or msgspec. Then this says so
in one line and exits 0, so the copy never fails because of the agent hook.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def _run() -> int:
    if __package__:
        module = importlib.import_module(f"{__package__}.cli")
    else:  # run by path: put src/ on the path instead of this directory
        here = Path(__file__).resolve().parent
        sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
        sys.path.insert(0, str(here.parents[1]))
        try:
            module = importlib.import_module(f"{here.parent.name}.{here.name}.cli")
        except ImportError as exc:
            print(
                f"integration-kit agent: skipped, {exc} in {sys.executable}; the open places "
                f"keep their defaults (later: python -m {here.parent.name}._agent fill)"
            )
            return 0 if "--copier-task" in sys.argv else 3
    code: int = module.main()
    return code


if __name__ == "__main__":
    raise SystemExit(_run())
