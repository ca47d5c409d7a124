"""The rendered package builds offline with its declared backend, its wheel holds the
runtime and not the dev tooling, twine accepts the distributions, and the shipped locks
pin (with hashes) everything the project declares."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from ..helpers import ROOT
from .conftest import VARIANTS

pytestmark = pytest.mark.slow


def build(project: Path, out: Path, *kinds: str) -> list[Path]:
    """`python -m build --no-isolation` (hatchling and hatch-vcs from the kit's venv)."""
    flags = [f"--{kind}" for kind in kinds]
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", *flags, "-o", str(out), "."],
        cwd=project,
        capture_output=True,
        check=True,
        timeout=300,
    )
    return sorted(out.iterdir())


@pytest.mark.parametrize("variant", VARIANTS)
def test_wheel_holds_the_runtime_and_no_dev_tooling(project: Path, tmp_path: Path) -> None:
    (wheel,) = build(project, tmp_path, "wheel")
    package = project.joinpath("src").iterdir().__next__().name
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not {n for n in names if re.match(rf"{package}/_(agent|tools)/", n)}
    for needed in (
        "__init__.py",
        "py.typed",
        "testing.py",
        "_testing/__init__.py",
        "_runtime/base_client.py",
        "_mapping/mapper.py",
        "_client.py",
    ):
        assert f"{package}/{needed}" in names, needed
    # the source tree still has the tooling, for checkouts and editable installs
    assert (project / "src" / package / "_tools" / "drift.py").is_file()
    if variant_has_agent(project):
        assert (project / "src" / package / "_agent" / "cli.py").is_file()


def variant_has_agent(project: Path) -> bool:
    return "agent_hook: true" in (project / ".copier-answers.yml").read_text()


@pytest.mark.parametrize("variant", ["stripe"])
def test_sdist_and_wheel_pass_twine_check(project: Path, tmp_path: Path) -> None:
    dists = build(project, tmp_path, "sdist", "wheel")
    assert sorted(d.suffix for d in dists) == [".gz", ".whl"]
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dists)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("variant", ["stripe"])
def test_editable_install_exposes_the_whole_source_tree(project: Path, tmp_path: Path) -> None:
    """Editable installs (CI, the nightly contract job) still import the drift tool."""
    code = f"from hatchling.build import build_editable; print(build_editable({str(tmp_path)!r}))"
    subprocess.run([sys.executable, "-c", code], cwd=project, check=True, capture_output=True)
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        (pth,) = [n for n in zf.namelist() if n.endswith(".pth")]
        assert zf.read(pth).decode().strip() == str(project / "src")


def _pins(lock: Path) -> dict[str, tuple[str, int]]:
    """name -> (pinned version, number of hashes) of a `uv pip compile` output."""
    pins: dict[str, tuple[str, int]] = {}
    name = ""
    for line in lock.read_text().splitlines():
        if match := re.match(r"([A-Za-z0-9][\w.-]*)==([^\s;]+)", line):
            name = canonicalize_name(match[1])
            pins[name] = (match[2], 0)
        elif "--hash=sha256:" in line and name:
            pins[name] = (pins[name][0], pins[name][1] + 1)
    return pins


def _check_pinned(requirements: list[str], pins: dict[str, tuple[str, int]]) -> None:
    for text in requirements:
        req = Requirement(text)
        version, hashes = pins[canonicalize_name(req.name)]
        assert req.specifier.contains(version, prereleases=True), (text, version)
        assert hashes > 0, text
        for extra in req.extras:  # psycopg[binary] brings psycopg-binary
            assert any(n.startswith(canonicalize_name(req.name)) and n != req.name for n in pins), (
                extra
            )


@pytest.mark.parametrize("variant", ["stripe", "shopify-agent"])
def test_dev_lock_pins_every_declared_dependency_with_hashes(project: Path) -> None:
    meta = tomllib.loads((project / "pyproject.toml").read_text())
    pins = _pins(project / "requirements" / "dev.txt")
    _check_pinned(
        [*meta["project"]["dependencies"], *meta["project"]["optional-dependencies"]["dev"]], pins
    )
    assert all(hashes for _, hashes in pins.values())
    assert ("pyyaml" in pins) == variant_has_agent(project)
    assert "uv pip compile" in (project / "requirements" / "dev.txt").read_text().splitlines()[1]


@pytest.mark.parametrize("variant", ["stripe"])
def test_update_lock_pins_what_the_kit_needs(project: Path) -> None:
    """requirements/update.in lists the kit's own dependencies, all locked in update.txt."""
    kit = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    wanted = [
        line
        for line in (project / "requirements" / "update.in").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert sorted(map(str, map(Requirement, wanted))) == sorted(map(str, map(Requirement, kit)))
    _check_pinned(wanted, _pins(project / "requirements" / "update.txt"))
