"""The S3 preset rendered once, imported, and moto's standalone server on 127.0.0.1."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from ..helpers import preset_data, render

REGION = "us-east-1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def s3_package(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The generated ``s3_integration`` package (rendered from presets/s3.yml)."""
    dst = tmp_path_factory.mktemp("s3") / "project"
    render(preset_data("s3"), dst)
    sys.path.insert(0, str(dst / "src"))
    import s3_integration  # type: ignore[import-not-found,unused-ignore]

    return s3_integration  # type: ignore[no-any-return,unused-ignore]


@pytest.fixture(scope="session")
def moto_url() -> Iterator[str]:
    """moto's server on a free port, stopped by its PID after the session."""
    if importlib.util.find_spec("moto") is None or importlib.util.find_spec("flask") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("moto[server] is not installed (CI must run the S3 tests)")
        pytest.skip("moto[server] is not installed: pip install 'moto[server]'")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("moto's server did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.kill(process.pid, 15)
        process.wait(timeout=30)


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDMOTOTEST")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "moto-secret-key-value")
    monkeypatch.setenv("AWS_REGION", REGION)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
