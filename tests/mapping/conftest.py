"""Load the template's verbatim ``_mapping``, ``_testing`` and ``_tools`` packages.

They live in ``template/src/{{ import_name }}/``, which is not an importable name, so
the directory is registered as a synthetic parent package (``ik_pkg``): the packages'
relative imports (``_testing`` uses ``.._runtime``) then resolve as in a generated project.
"""

from __future__ import annotations

import os
import types
from pathlib import Path

import pytest

from tests.template_packages import load_package

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "template" / "src" / "{{ import_name }}"
PARENT = "ik_pkg"
PRESET_SNAPSHOT = ROOT / "presets" / "stripe" / "openapi.json"
FULL_STRIPE = (
    Path(os.environ.get("IK_SHARED_SPECS") or ROOT.parent / "shared" / "specs")
    / "stripe_spec3_2024-04-10.json"
)


def load(name: str) -> types.ModuleType:
    """Import ``template/src/{{ import_name }}/<name>`` as ``ik_pkg.<name>``."""
    return load_package(name.split(".")[0], f"{PARENT}.{name}")


@pytest.fixture(scope="session")
def m() -> types.ModuleType:
    """The mapping engine."""
    return load("_mapping")


@pytest.fixture(scope="session")
def testing() -> types.ModuleType:
    """The mock backend and contract helpers."""
    return load("_testing")


@pytest.fixture(scope="session")
def drift() -> types.ModuleType:
    """The spec drift tool."""
    return load("_tools.drift")
