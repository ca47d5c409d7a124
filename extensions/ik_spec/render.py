"""Render the two generated modules without copier (tests and benchmarks)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from .filters import register_filters
from .model import ApiModel

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "template" / "src" / "{{ import_name }}"
TEMPLATES = ("_wire.py.jinja", "_client.py.jinja")


def make_env(template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    """The Jinja environment copier uses for the kit (see copier.yml ``_envops``)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - Python source, not HTML
    )
    register_filters(env)
    # The kit formats at render time (extensions/formatting.py); callers of this module
    # run `ruff format` on the written files themselves, so the filter passes text through.
    env.filters["ruff_format"] = lambda text, *args: text
    return env


def render_package(
    api: ApiModel,
    out_dir: str | Path,
    *,
    client_class_name: str,
    import_name: str,
    provider_name: str,
    template_dir: Path = TEMPLATE_DIR,
) -> list[Path]:
    """Write ``out_dir/<import_name>/_wire.py`` and ``_client.py``; return their paths."""
    env = make_env(template_dir)
    package = Path(out_dir) / import_name
    package.mkdir(parents=True, exist_ok=True)
    context = {
        "api": api,
        "client_class_name": client_class_name,
        "import_name": import_name,
        "provider_name": provider_name,
        "python_min": "3.11",
    }
    written = []
    for name in TEMPLATES:
        text = env.get_template(name).render(context)
        target = package / name.removesuffix(".jinja")
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
