"""Fixtures for the spec-model tests."""

from __future__ import annotations

from types import ModuleType

import pytest

from .support import load_ik


@pytest.fixture(scope="session")
def ik() -> ModuleType:
    """extensions/ik_spec, loaded by file path under a unique module name."""
    return load_ik()
