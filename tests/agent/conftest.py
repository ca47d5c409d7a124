"""Fixtures of the agent tests: the ``_agent`` package loaded by path, a project, the fake LLM.

``_agent`` imports its sibling runtime as ``.._runtime``, so it is loaded as a subpackage
of a synthetic parent (``ik_agentpkg``) whose ``__path__`` is the template's package
directory; the parent's own ``__init__`` (a template) is never executed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.template_packages import load_package

from .fake_llm import FakeLLM
from .project import make_project

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "template" / "src" / "{{ import_name }}"
PARENT = "ik_agentpkg"


def load_agent() -> ModuleType:
    """Import (once) the template's ``_agent`` package as ``ik_agentpkg._agent``."""
    submodules = ("cli", "fill", "policy", "markers", "validate", "checks", "tools")
    return load_package(
        "_agent", f"{PARENT}._agent", submodules=(*submodules, "wire_anthropic", "wire_openai")
    )


@pytest.fixture(scope="session")
def agent() -> ModuleType:
    return load_agent()


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One mypy cache for every scratch copy (the demo projects are alike): warm checks."""
    return str(tmp_path_factory.mktemp("agent-cache"))


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM(lifetime=60.0) as server:
        yield server


@pytest.fixture
def project(tmp_path: Path, llm: FakeLLM) -> Path:
    """The demo project, its agents.yml pointing at the fake LLM (Anthropic format)."""
    return make_project(tmp_path / "demo", llm.url)
