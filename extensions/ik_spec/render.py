"""Render the two generated modules without copier (tests and benchmarks)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from .filters import register_filters
from .model import ApiModel

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "template" / "src" / "{{ import_name }}"
TEMPLATES = (
    "_wire.py.jinja",
    "_client.py.jinja",
    "_deprecated.py.jinja",
    "types/__init__.py.jinja",
    "resources/__init__.py.jinja",
)
#: one module per top-level resource (copier's ``yield`` tag in the file name)
RESOURCE_TEMPLATE = (
    "resources/{% yield resource from api.resources %}{{ resource.module }}{% endyield %}.py.jinja"
)
#: one module of models per top-level resource, and ``types/shared.py``
TYPES_TEMPLATE = (
    "types/{% yield module from api.type_modules %}{{ module.module }}{% endyield %}.py.jinja"
)
#: the domain resources (``_resources.py``) need the domain layer: tests stub them
DOMAIN_STUB = '''"""Stand-in for the rendered domain resources (no domain layer here)."""

from __future__ import annotations

from ._runtime import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncResources", "Resources"]


class Resources:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResources:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
'''


def _sort_all(names: list[str]) -> list[str]:
    kind = {True: 0}
    return sorted(
        names, key=lambda n: (kind.get(n.isupper() and len(n) > 1, 1 if n[:1].isupper() else 2), n)
    )


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
    env.filters["ik_sort_all"] = _sort_all
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
    """Write the generated client modules under ``out_dir/<import_name>``; return their paths.

    ``_wire.py``, ``_client.py``, ``_deprecated.py``, ``types/``, ``resources/`` and a
    stand-in ``_resources.py`` (the domain layer is rendered by copier only).
    """
    env = make_env(template_dir)
    package = Path(out_dir) / import_name
    package.mkdir(parents=True, exist_ok=True)
    context = {
        "api": api,
        "client_class_name": client_class_name,
        "import_name": import_name,
        "provider_name": provider_name,
        "python_min": "3.11",
        "s3_api": False,  # the kit's verbatim S3 resources are copied by copier only
    }
    written = []
    (package / "resources").mkdir(exist_ok=True)
    (package / "types").mkdir(exist_ok=True)
    for name in TEMPLATES:
        text = env.get_template(name).render(context)
        target = package / name.removesuffix(".jinja")
        target.write_text(text, encoding="utf-8")
        written.append(target)
    template = env.get_template(RESOURCE_TEMPLATE)
    for resource in api.resources:
        target = package / "resources" / f"{resource.module}.py"
        target.write_text(template.render({**context, "resource": resource}), encoding="utf-8")
        written.append(target)
    template = env.get_template(TYPES_TEMPLATE)
    for module in api.type_modules:
        target = package / "types" / f"{module.module}.py"
        target.write_text(template.render({**context, "module": module}), encoding="utf-8")
        written.append(target)
    (package / "_resources.py").write_text(DOMAIN_STUB, encoding="utf-8")
    return written
