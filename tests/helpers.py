"""Test helpers: the kit's own render-and-check functions (extensions/projects.py)."""

from extensions.projects import (
    PRESETS,
    ROOT,
    SHARED_SPECS,
    check_project,
    failures,
    preset_data,
    preset_names,
    render,
)

__all__ = [
    "PRESETS",
    "ROOT",
    "SHARED_SPECS",
    "check_project",
    "failures",
    "preset_data",
    "preset_names",
    "render",
]
