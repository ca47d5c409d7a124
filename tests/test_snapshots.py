"""Rendered presets match their golden records (tests/snapshots/).

A template change shows up here as a diff; when it is intended, refresh the records with
``.venv/bin/python -m extensions.golden --update`` and commit them with the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extensions.golden import compare

from .helpers import preset_data, preset_names, render

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("preset", preset_names())
def test_render_matches_golden_record(tmp_path: Path, preset: str) -> None:
    """Every file of the render is the one recorded, byte for byte."""
    project = render(preset_data(preset), tmp_path / preset)
    assert compare(preset, project) == []
