"""Shared fixtures for the kit's tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def answers() -> ModuleType:
    """The questionnaire's checks (extensions/answers.py), loaded as copier loads them."""
    return _load("ik_answers", ROOT / "extensions" / "answers.py")
