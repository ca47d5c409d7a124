"""Load the template's verbatim ``_runtime`` package under a fixed module name.

The template directory (``template/src/{{ import_name }}/_runtime``) is not an
importable name, so tests, benchmarks and helper subprocesses load it by path. The
runtime uses only relative imports, so any name works; the default is ``ik_runtime``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_DIR = ROOT / "template" / "src" / "{{ import_name }}" / "_runtime"
MODULE_NAME = "ik_runtime"


def load_runtime(name: str = MODULE_NAME) -> ModuleType:
    """Import (once) and return the runtime package as ``name``."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(
        name,
        RUNTIME_DIR / "__init__.py",
        submodule_search_locations=[str(RUNTIME_DIR)],
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    # No __pycache__ inside template/: it would be copied into generated projects.
    previous, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
        for submodule in ("breaker_redis", "telemetry"):
            importlib.import_module(f"{name}.{submodule}")
    except BaseException:
        sys.modules.pop(name, None)
        raise
    finally:
        sys.dont_write_bytecode = previous
    return module
