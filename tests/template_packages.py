"""Load the template's verbatim packages (``_runtime``, ``_webhooks``, ``_mapping``, ...).

They live in ``template/src/{{ import_name }}/``, which is not an importable name, so the
kit's tests and benchmarks load them by path. A plain name (``ik_runtime``) loads the
directory as a top-level package; a dotted name (``ik_pkg._mapping``,
``ik_pkg._tools.drift``) registers its first part as a synthetic package whose path is
the template's package directory, so relative imports between siblings (``.._runtime``)
resolve as in a generated project. No bytecode is
written into ``template/`` (it would be copied into generated projects).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = ROOT / "template" / "src" / "{{ import_name }}"
RUNTIME_DIR = PACKAGE_DIR / "_runtime"
MODULE_NAME = "ik_runtime"

__all__ = ["MODULE_NAME", "PACKAGE_DIR", "RUNTIME_DIR", "load_package", "load_runtime"]


def _load_top_level(directory: str, name: str) -> ModuleType:
    path = PACKAGE_DIR / directory
    spec = importlib.util.spec_from_file_location(
        name, path / "__init__.py", submodule_search_locations=[str(path)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def load_package(directory: str, name: str, *, submodules: Sequence[str] = ()) -> ModuleType:
    """Import (once) ``template/src/{{ import_name }}/<directory>`` as ``name``."""
    if name in sys.modules:
        return sys.modules[name]
    previous, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        parent, _, relative = name.partition(".")
        if relative:
            if relative.split(".")[0] != directory:
                raise ValueError(f"{name!r} does not name a module of {directory!r}")
            if parent not in sys.modules:
                package = types.ModuleType(parent)
                package.__path__ = [str(PACKAGE_DIR)]
                sys.modules[parent] = package
            module = importlib.import_module(name)
        else:
            module = _load_top_level(directory, name)
        for submodule in submodules:
            importlib.import_module(f"{name}.{submodule}")
    finally:
        sys.dont_write_bytecode = previous
    return module


def load_runtime(name: str = MODULE_NAME) -> ModuleType:
    """The runtime package as ``name`` (``ik_runtime`` unless told otherwise)."""
    return load_package("_runtime", name, submodules=("breaker_redis", "telemetry"))
