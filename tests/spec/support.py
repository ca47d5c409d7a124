"""Helpers for the spec-model tests: load ik_spec by file path, build a checkable package."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(os.environ.get("IK_SHARED_SPECS") or ROOT.parent / "shared" / "specs")
FIXTURES = ROOT / "tests" / "fixtures"
RUNTIME = ROOT / "template" / "src" / "{{ import_name }}" / "_runtime"
PYTHON = sys.executable
_MODULE = "ik_spec_under_test"
_LOCK = threading.Lock()

# Rules of the generated project's pyproject (template/pyproject.toml.jinja).
RUFF_ARGS = [
    "--isolated",
    "--no-cache",
    "--line-length=100",
    "--target-version=py311",
    "--select=E,F,W,I,B,UP,SIM,RUF",
    "--ignore=RUF001,RUF002,RUF003,E501,N815",
]

_STUB_INIT = '''"""Test stand-in for the kit runtime (until the real one exports the clients)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import httpx
import msgspec

from .models import WireModel

__all__ = ["AsyncAPIClient", "SyncAPIClient", "WireModel"]

T = TypeVar("T")


class _Base:
    last_response: httpx.Response | None = None

    def __init__(
        self,
        config: object = None,
        auth: httpx.Auth | None = None,
        *,
        http_client: object = None,
        transport: object = None,
    ) -> None:
        self.config = config

    def _path(self, template: str, values: Mapping[str, object]) -> str:
        return template.format(**{k: str(v) for k, v in values.items()})

    def _decode(self, response: httpx.Response, type_: type[T]) -> T:
        result: T = msgspec.json.decode(response.content, type=type_)
        return result


class SyncAPIClient(_Base):
    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        raise NotImplementedError


class AsyncAPIClient(_Base):
    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        raise NotImplementedError
'''

_BASE = '''"""Test stand-in for the rendered _base.py."""

from __future__ import annotations

from ._runtime import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncClientBase", "SyncClientBase"]


class SyncClientBase(SyncAPIClient):
    """Sync base."""


class AsyncClientBase(AsyncAPIClient):
    """Async base."""
'''


def load_ik() -> ModuleType:
    """extensions/ik_spec loaded by file path under a unique name, as copier's hook does."""
    with _LOCK:
        return _load_ik()


def _load_ik() -> ModuleType:
    if _MODULE in sys.modules:
        return sys.modules[_MODULE]
    init = ROOT / "extensions" / "ik_spec" / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        _MODULE, init, submodule_search_locations=[str(init.parent)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[_MODULE] = module
    spec.loader.exec_module(module)
    importlib.import_module(f"{_MODULE}.render")
    return module


def real_runtime_ready() -> bool:
    init = RUNTIME / "__init__.py"
    return init.is_file() and "SyncAPIClient" in init.read_text(encoding="utf-8")


def make_package(api: Any, out: Path, import_name: str, client: str = "TestClient") -> Path:
    """Render the two modules plus a runtime (real when ready, else a stub) into ``out``."""
    ik = load_ik()
    render = sys.modules[f"{ik.__name__}.render"]
    render.render_package(
        api, out, client_class_name=client, import_name=import_name, provider_name=import_name
    )
    package = out / import_name
    runtime = package / "_runtime"
    if runtime.exists():
        shutil.rmtree(runtime)
    if real_runtime_ready():
        shutil.copytree(RUNTIME, runtime, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        runtime.mkdir()
        shutil.copy(RUNTIME / "models.py", runtime / "models.py")
        (runtime / "__init__.py").write_text(_STUB_INIT, encoding="utf-8")
    (package / "_base.py").write_text(_BASE, encoding="utf-8")
    (package / "__init__.py").write_text(
        f'"""Test package."""\n\nfrom ._client import Async{client}, {client}\n\n'
        f'__all__ = ["Async{client}", "{client}"]\n',
        encoding="utf-8",
    )
    (package / "py.typed").write_text("", encoding="utf-8")
    return package


def run(cmd: list[str], cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )


def generated_files(package: Path) -> list[str]:
    """The modules render_package writes (the runtime and stand-ins excluded)."""
    names = ["_wire.py", "_client.py", "_deprecated.py"]
    files = [str(package / n) for n in names]
    for sub in ("types", "resources"):
        files += sorted(str(p) for p in (package / sub).glob("*.py"))
    return files


def generated_modules(package: Path) -> list[str]:
    out = []
    for path in generated_files(package):
        rel = Path(path).relative_to(package.parent).with_suffix("")
        out += ["-m", ".".join(rel.parts).removesuffix(".__init__")]
    return out


def ruff_check(package: Path) -> subprocess.CompletedProcess[str]:
    files = generated_files(package)
    return run([PYTHON, "-m", "ruff", "check", *RUFF_ARGS, *files], package.parent)


def ruff_format(package: Path) -> subprocess.CompletedProcess[str]:
    """The post-render step the kit runs: ``ruff format`` on the generated modules."""
    files = generated_files(package)
    return run(
        [PYTHON, "-m", "ruff", "format", "--isolated", "--line-length=100", *files], package.parent
    )


def ruff_format_check(package: Path) -> subprocess.CompletedProcess[str]:
    files = generated_files(package)
    return run(
        [PYTHON, "-m", "ruff", "format", "--check", "--isolated", "--line-length=100", *files],
        package.parent,
    )


def mypy_strict(package: Path) -> subprocess.CompletedProcess[str]:
    return run(
        [
            PYTHON,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir=/dev/null",
            "--python-version=3.11",
            "--follow-imports=silent",
            *generated_modules(package),
        ],
        package.parent,
    )


def import_check(package: Path, client: str = "TestClient") -> subprocess.CompletedProcess[str]:
    code = (
        f"import msgspec, {package.name} as p, {package.name}._wire as w\n"
        f"assert callable(p.{client}) and callable(p.Async{client})\n"
        "for name in w.__all__:\n"
        "    obj = getattr(w, name)\n"
        "    if isinstance(obj, type) and issubclass(obj, msgspec.Struct):\n"
        "        msgspec.json.Decoder(obj)\n"
        "print('ok', len(w.__all__))\n"
    )
    return run([PYTHON, "-c", code], package.parent)
