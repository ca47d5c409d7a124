"""A fake provider on 127.0.0.1 for the live contract tests, and the run of a rendered
project's generated contract tests against it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

__all__ = ["FakeProvider", "run_contract_tests"]


class FakeProvider:
    """Answers every request with ``route(method, path)`` as JSON and records it as
    ``(method, path, authorization)`` in ``calls``; subclasses define ``route``.
    Start and stop it with ``with``."""

    def __init__(self, fixtures: dict[str, Any]) -> None:
        self.fixtures = fixtures
        self.calls: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                path = self.path.split("?")[0]
                with fake._lock:
                    fake.calls.append((self.command, path, self.headers.get("Authorization", "")))
                    status, body = fake.route(self.command, path)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_DELETE = _answer  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def route(self, method: str, path: str) -> tuple[int, Any]:
        raise NotImplementedError

    def __enter__(self) -> Self:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def run_contract_tests(project: Path, env: Mapping[str, str | None]) -> tuple[int, str, str]:
    """The project's ``tests/contract`` (marker ``contract``) with ``env`` over the
    environment (``None`` removes a variable): exit code, output, the Markdown report."""
    report = project / "contract-report.md"
    report.unlink(missing_ok=True)
    environ = {**os.environ, "PYTHONPATH": str(project / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    for name, value in env.items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    args = ["-q", "-p", "no:cacheprovider", "-p", "no:randomly", "-rs"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *args, "-m", "contract", "tests/contract"],
        cwd=project,
        env=environ,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    text = report.read_text(encoding="utf-8") if report.is_file() else ""
    return result.returncode, result.stdout + result.stderr, text
