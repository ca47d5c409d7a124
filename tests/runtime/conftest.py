# mypy: disable-error-code="import-not-found,no-any-return"
"""Fixtures of the runtime tests: the runtime package (loaded by path) and the server."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_load("ik_rt_server", HERE / "ik_rt_server.py")
_load("ik_stream_server", HERE / "ik_stream_server.py")
runtime_import = _load("template_packages", HERE.parent / "template_packages.py")
runtime_import.load_runtime()

from ik_rt_server import ScriptedServer  # noqa: E402
from ik_stream_server import StreamingServer  # noqa: E402


@pytest.fixture(scope="session")
def rt() -> ModuleType:
    """The runtime package, imported as ``ik_runtime``."""
    return runtime_import.load_runtime()


@pytest.fixture
def serve() -> Iterator[Callable[..., ScriptedServer]]:
    """``serve(behaviour)`` starts a scripted server, stopped after the test."""
    servers: list[ScriptedServer] = []

    def start(behaviour: object = None) -> ScriptedServer:
        server = ScriptedServer(behaviour)  # type: ignore[arg-type,unused-ignore]
        servers.append(server.start())
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def stream_serve() -> Iterator[Callable[..., StreamingServer]]:
    """``stream_serve(behaviour)``: a scripted server with streaming actions."""
    servers: list[StreamingServer] = []

    def start(behaviour: object = None) -> StreamingServer:
        server = StreamingServer(behaviour)
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()
