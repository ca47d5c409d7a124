"""Shared fixtures for the kit's tests."""

from __future__ import annotations

import importlib.util
import os
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


@pytest.fixture(scope="session", autouse=True)
def _mypy_cache_per_worker(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One mypy cache per test process (xdist worker), shared by its project checks.

    Each worker has its own base temp directory, so no two mypy processes write one
    cache at the same time; see ``extensions/projects.py:_mypy_cache``.
    """
    os.environ.setdefault("IK_MYPY_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "mypy-cache"))


@pytest.fixture(scope="session", autouse=True)
def _render_cache_per_worker(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The kit's render cache (extensions/render_cache.py) in the worker's temp directory.

    Renders still share it within a worker; the user's ``~/.cache/integration-kit`` is
    neither read nor written by the tests.
    """
    os.environ.setdefault(
        "INTEGRATION_KIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "kit-cache")
    )


@pytest.fixture(scope="session")
def answers() -> ModuleType:
    """The questionnaire's checks (extensions/answers.py), loaded as copier loads them."""
    return _load("ik_answers", ROOT / "extensions" / "answers.py")
