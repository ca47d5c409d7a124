"""Generated streaming, download and upload methods: the model, a clean render, and the
rendered package against a real streaming server on 127.0.0.1."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .support import import_check, make_package, mypy_strict, ruff_check, ruff_format

RUNTIME_TESTS = Path(__file__).resolve().parents[1] / "runtime"

_CHUNK = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}
DOC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "S", "version": "1"},
    "paths": {
        "/chat": {
            "post": {
                "operationId": "createChat",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["model"],
                                "properties": {
                                    "model": {"type": "string"},
                                    "stream": {"type": "boolean", "nullable": True},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"id": {"type": "string"}},
                                }
                            },
                            "text/event-stream": {"schema": {"$ref": "#/components/schemas/Chunk"}},
                        },
                    }
                },
            }
        },
        "/events": {
            "get": {
                "operationId": "listEvents",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "text/event-stream": {"schema": {"$ref": "#/components/schemas/Chunk"}}
                        },
                    }
                },
            }
        },
        "/files": {
            "post": {
                "operationId": "createFile",
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "purpose": {"type": "string"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        },
        "/files/{file_id}": {
            "get": {
                "operationId": "downloadFile",
                "parameters": [
                    {
                        "name": "file_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {"schemas": {"Chunk": _CHUNK}},
}


@pytest.fixture(scope="module")
def package(ik: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    api = ik.build_api(DOC)
    out = tmp_path_factory.mktemp("streaming")
    return api, make_package(api, out, "s_pkg")


def _method(api: Any, op_id: str) -> Any:
    return next(op.resource_method for op in api.operations if op.operation_id == op_id)


def test_the_model_knows_streams_downloads_and_file_fields(package: tuple[Any, Path]) -> None:
    api, _ = package
    chat = _method(api, "createChat")
    assert chat.stream_mode == "flag" and chat.op.stream_chunk == "_wire.Chunk"
    assert "stream: Literal[True]" in chat.signature_for("true")
    assert chat.result_hint(True) == "_wire.CreateChatResponse | AsyncStream[_wire.Chunk]"
    events = _method(api, "listEvents")
    assert events.stream_mode == "always" and events.result_hint(False) == "Stream[_wire.Chunk]"
    download = _method(api, "downloadFile")
    assert download.result_hint(False) == "BinaryResponse"
    upload = _method(api, "createFile")
    assert [a.type_hint for a in upload.body_args if a.wire_name == "file"] == ["FileInput"]


def test_the_rendered_package_is_clean(package: tuple[Any, Path]) -> None:
    _, pkg = package
    assert ruff_format(pkg).returncode == 0
    for check in (ruff_check, mypy_strict, import_check):
        result = check(pkg)
        assert result.returncode == 0, f"{check.__name__}:\n{result.stdout}\n{result.stderr}"


def _import(pkg: Path) -> ModuleType:
    sys.path.insert(0, str(pkg.parent))
    try:
        return importlib.import_module(pkg.name)
    finally:
        sys.path.remove(str(pkg.parent))


def test_the_rendered_methods_stream_download_and_upload_against_a_real_server(
    package: tuple[Any, Path], tmp_path: Path
) -> None:
    _, pkg = package
    sys.path.insert(0, str(RUNTIME_TESTS))
    try:
        rt_server = importlib.import_module("ik_rt_server")
        stream_server = importlib.import_module("ik_stream_server")
    finally:
        sys.path.remove(str(RUNTIME_TESTS))
    s_pkg = _import(pkg)
    runtime = importlib.import_module(f"{pkg.name}._runtime")
    event = stream_server.event
    sse = stream_server.SSE([event('{"n": 1}'), event('{"n": 2}'), event("[DONE]")])

    def behaviour(_index: int, request: Any) -> Any:
        if request.path == "/files/f1":
            return stream_server.Download(200_000)
        if request.path == "/events" or b'"stream":true' in request.body:
            return sse
        return rt_server.Respond(200, {"id": "c1"})

    server = stream_server.StreamingServer(behaviour).start()
    try:
        config = runtime.ClientConfig(server.url, breaker=None, timeout=5.0)
        with s_pkg.TestClient(config) as client:
            plain = client.chat.create(model="m")
            assert plain.id == "c1"
            with client.chat.create(model="m", stream=True) as stream:
                assert [c.n for c in stream] == [1, 2]
            assert [c.n for c in client.events.list()] == [1, 2]
            written = client.files.retrieve("f1").write_to_file(tmp_path / "f.bin")
            assert written == 200_000
            source = tmp_path / "up.jsonl"
            source.write_bytes(b'{"a": 1}\n' * 1000)
            client.files.create(file=source, purpose="batch")
        sent = [json.loads(r.body) for r in server.requests[:2]]
        assert sent == [{"model": "m"}, {"model": "m", "stream": True}]
        upload = server.requests[-1]
        assert b'filename="up.jsonl"' in upload.body and b'{"a": 1}' in upload.body
    finally:
        server.stop()
