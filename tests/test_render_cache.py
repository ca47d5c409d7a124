"""The render caches (extensions/render_cache.py, formatting.py, hooks.py): a hit gives
what the work would have, a changed input is a miss, failures are never remembered."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from copier._jinja_ext import YieldExtension, get_yield_context
from jinja2.sandbox import SandboxedEnvironment

from extensions import hooks
from extensions.hooks import load_sibling

render_cache = load_sibling("render_cache")
formatting = load_sibling("formatting")
ROOT = Path(__file__).resolve().parent.parent


def _tables() -> dict[str, Any]:
    """The process-wide tables (the namespace ``render_cache.shared`` keeps them in)."""
    render_cache.shared("jinja-code")
    tables: dict[str, Any] = vars(render_cache.sys.modules[render_cache._SHARED])
    return tables


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty disk cache and empty process tables for each test."""
    monkeypatch.setenv("INTEGRATION_KIT_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("jinja-code", "usable-specs"):
        monkeypatch.setitem(_tables(), name, {})
    monkeypatch.setattr(formatting, "_CACHE", {})
    return tmp_path / "cache"


def _env(calls: list[str], **options: Any) -> SandboxedEnvironment:
    """A copier-like environment whose real compiles are counted in ``calls``."""
    env = SandboxedEnvironment(extensions=[YieldExtension], **options)
    real = env.compile

    def counting(source: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(source)
        return real(source, *args, **kwargs)

    setattr(env, "compile", counting)  # noqa: B010
    render_cache.install_compile_cache(env, "kit-code")
    return env


def test_compile_is_served_from_the_process_then_the_disk(_own_cache: Path) -> None:
    calls: list[str] = []
    env = _env(calls)
    assert env.from_string("hi {{ name }}").render(name="a") == "hi a"
    assert env.from_string("hi {{ name }}").render(name="b") == "hi b"
    assert calls == ["hi {{ name }}"]
    assert list(_own_cache.rglob("*"))  # written for the next process
    _tables()["jinja-code"].clear()
    again: list[str] = []
    assert _env(again).from_string("hi {{ name }}").render(name="c") == "hi c"
    assert again == []  # read back from the disk
    assert _env(again).from_string("hi {{ name }}!").render(name="d") == "hi d!"
    assert again == ["hi {{ name }}!"]  # another source is another record


def test_settings_that_shape_the_code_are_part_of_the_key() -> None:
    calls: list[str] = []
    source = "{% if x %}\n  yes\n{% endif %}\n"
    plain = _env(calls).from_string(source).render(x=True)
    trimmed = _env(calls, trim_blocks=True, lstrip_blocks=True).from_string(source).render(x=True)
    assert (plain, trimmed) == ("\n  yes\n", "  yes\n")
    assert len(calls) == 2


def test_a_hit_still_resets_copiers_yield_state() -> None:
    env = _env([])
    yielding = "{% yield item from items %}{{ item }}{% endyield %}"
    env.from_string("plain").render()
    env.from_string(yielding).render(items=[1, 2])
    assert get_yield_context(env).yield_name == "item"
    env.from_string("plain").render()  # a hit: no compile, but preprocess ran
    assert get_yield_context(env).yield_name is None


def test_the_disk_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INTEGRATION_KIT_CACHE_DIR", "off")
    render_cache.disk_put("kind", "key", b"data")
    assert render_cache.disk_get("kind", "key") is None
    assert not list(tmp_path.rglob("*"))


def test_ruff_results_are_remembered_only_when_ruff_succeeded() -> None:
    produced: list[str] = []

    def produce(text: str, ok: bool) -> tuple[str, bool]:
        produced.append(text)
        return text, ok

    key = ("code", "py", "failed")
    assert formatting._remembered(key, lambda: produce("as it was", False)) == "as it was"
    formatting._CACHE.clear()
    assert formatting._remembered(key, lambda: produce("formatted", True)) == "formatted"
    formatting._CACHE.clear()
    assert formatting._remembered(key, lambda: produce("not asked", True)) == "formatted"
    assert produced == ["as it was", "formatted"]


def test_ruff_format_output_is_the_same_from_the_cache() -> None:
    source = "import sys\nimport os\nx=[1,\n2]\n"
    first = formatting.ruff_format(source, "py311")
    formatting._CACHE.clear()
    assert (
        formatting.ruff_format(source, "py311") == first == "import os\nimport sys\n\nx = [1, 2]\n"
    )


def test_a_usable_spec_is_remembered_by_content_and_a_broken_one_is_not(tmp_path: Path) -> None:
    spec = load_sibling("ik_spec")
    good = tmp_path / "good.json"
    good.write_bytes((ROOT / "presets" / "stripe" / "openapi.json").read_bytes())
    assert hooks._check_spec(spec, good) == []
    checked: list[Path] = []

    def check_spec(path: Path) -> list[str]:
        checked.append(path)
        return list(spec.check_spec(path))

    counting = ModuleType("counting")
    setattr(counting, "check_spec", check_spec)  # noqa: B010

    copy = tmp_path / "copy.json"
    copy.write_bytes(good.read_bytes())
    assert hooks._check_spec(counting, copy) == []  # same content: not built again
    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {}}')
    first = hooks._check_spec(counting, broken)
    assert first and first == hooks._check_spec(counting, broken)
    assert checked == [broken, broken]
