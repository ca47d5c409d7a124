"""Copier's entry points into the kit's render-time Python.

``AnswerFilters`` registers the filters that copier.yml validators and the templates
use; ``IntegrationContext`` adds the API model (operations, wire models, spec
snapshot) to the render context.

Copier loads this file by path from the template checkout being rendered. During
``copier update`` two versions of the kit render in one process, so sibling modules
are loaded under a name that includes this checkout's path (see
shared notes: a plain ``import`` would let the old version's helpers leak into the new
render).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from copier_template_extensions import ContextHook
from jinja2 import Environment
from jinja2.ext import Extension

KIT_ROOT = Path(__file__).resolve().parent.parent
_TAG = hashlib.sha256(str(KIT_ROOT).encode()).hexdigest()[:12]
_API_CACHE: dict[str, Any] = {}


def load_sibling(name: str) -> ModuleType:
    """Import ``extensions/<name>.py`` (or the package ``extensions/<name>/``) for this checkout."""
    unique = f"_integration_kit_{_TAG}_{name}"
    if unique in sys.modules:
        return sys.modules[unique]
    path = KIT_ROOT / "extensions" / name
    if path.is_dir():
        spec = importlib.util.spec_from_file_location(
            unique, path / "__init__.py", submodule_search_locations=[str(path)]
        )
    else:
        spec = importlib.util.spec_from_file_location(unique, path.with_suffix(".py"))
    if spec is None or spec.loader is None:  # pragma: no cover - a broken checkout
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[unique] = module
    spec.loader.exec_module(module)
    return module


def _cache() -> ModuleType:
    """This checkout's ``render_cache`` module."""
    return load_sibling("render_cache")


@functools.cache
def _kit_hash() -> str:
    """The hash of this checkout's render-time code (``render_cache.code_hash``)."""
    return str(_cache().code_hash(KIT_ROOT))


def _check_spec(spec: ModuleType, path: Path) -> list[str]:
    """``spec.check_spec``, remembered for a usable document: by its content and the
    kit's code, for this process (every checkout) and on disk (the next process).
    Problems are not remembered: their messages name the path."""
    cache = _cache()
    try:
        content = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return list(spec.check_spec(path))
    key = f"{_kit_hash()}:{content}"
    usable = cache.shared("usable-specs")
    if key in usable or cache.disk_get("usable-spec", key) == b"ok":
        usable[key] = True
        return []
    problems: list[str] = spec.check_spec(path)
    if not problems:
        usable[key] = True
        cache.disk_put("usable-spec", key, b"ok")
    return problems


class AnswerFilters(Extension):
    """Filters for validators (``ik_*_error``), naming (``ik_snake``…) and code (``pyrepr``)."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        cache = _cache()
        cache.install_compile_cache(environment, _kit_hash())
        answers = load_sibling("answers")
        for name in answers.__all__:
            environment.filters[f"ik_{name}"] = getattr(answers, name)
        environment.filters["ik_snake"] = answers.snake_case
        environment.filters["ik_pascal"] = answers.pascal_case
        environment.filters["ik_upper_snake"] = answers.upper_snake_case
        spec = load_sibling("ik_spec")
        environment.filters["ik_spec_source_error"] = lambda value: answers.spec_source_error(
            value, KIT_ROOT, lambda path: _check_spec(spec, path)
        )
        environment.filters["ik_spec_pagination"] = lambda value: _spec_pagination(
            answers, spec, value
        )
        environment.filters["ik_recorded_answers"] = lambda recorded, dst: _recorded(
            answers, recorded, dst
        )
        environment.filters["ik_json"] = lambda value: json.dumps(
            value, indent=2, ensure_ascii=False
        )
        formatting = load_sibling("formatting")
        environment.filters["ruff_format"] = formatting.ruff_format
        environment.filters["fit_prose"] = formatting.fit_prose
        environment.filters["ruff_format_markdown"] = formatting.ruff_format_markdown
        spec.filters.register_filters(environment)


def _spec_pagination(answers: ModuleType, spec: ModuleType, value: object) -> str:
    """The pagination style the spec's list operations show (``none`` without a spec)."""
    try:
        path = answers.resolve_spec_source(str(value or ""), KIT_ROOT)
    except (ValueError, FileNotFoundError):
        return "none"  # the spec question's validator has said why
    return "none" if path is None else str(spec.detect_pagination(path))


def _recorded(answers: ModuleType, recorded: dict[str, Any], dst: object) -> dict[str, Any]:
    """The answers to write to .copier-answers.yml: a cwd-relative spec path made
    relative to the project, where ``copier update`` will look for it."""
    source = recorded.get("spec_source")
    if not isinstance(source, str) or not source:
        return recorded
    return {**recorded, "spec_source": answers.recorded_spec_source(source, KIT_ROOT, dst)}


class IntegrationContext(ContextHook):
    """Adds ``api`` (the generated API model) and derived values to every render."""

    def hook(self, context: dict[str, Any]) -> None:
        if str(context.get("_copier_phase", "")).endswith("prompt"):
            return
        if "provider_name" not in context:
            return
        render_context = load_sibling("render_context")
        api_cache = _cache().shared(f"api:{_kit_hash()}")  # every checkout of this code
        context.update(render_context.build(context, KIT_ROOT, _API_CACHE, load_sibling, api_cache))
