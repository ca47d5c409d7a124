"""One render per preset (and shopify with the agent hook) shared by the supply-chain tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import preset_data, preset_names, render

VARIANTS = [*preset_names(), "shopify-agent"]


@pytest.fixture(scope="session")
def renders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Rendered projects by variant name, made once per session on first use."""
    return {}


@pytest.fixture
def project(
    renders: dict[str, Path], variant: str, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The render of ``variant`` (a preset name, or ``shopify-agent``)."""
    if variant not in renders:
        name, _, extra = variant.partition("-")
        data = {**preset_data(name), **({"agent_hook": True} if extra == "agent" else {})}
        renders[variant] = render(data, tmp_path_factory.mktemp(variant) / name)
    return renders[variant]
