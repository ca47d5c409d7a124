# mypy: disable-error-code="import-not-found,name-defined,misc"
"""Uploads streamed from disk and downloads streamed to disk, against a real server."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Respond, sequence
from ik_stream_server import Download, StreamingServer

Serve = Callable[..., StreamingServer]
MODES = ["sync", "async"]
HERE = Path(__file__).resolve().parent


def make(rt: ModuleType, server: StreamingServer, mode: str, **overrides: Any) -> Any:
    options: dict[str, Any] = {
        "timeout": 5.0,
        "deadline": 30.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "breaker": None,
    }
    options.update(overrides)
    config = rt.ClientConfig(server.url, **options)
    return rt.SyncAPIClient(config) if mode == "sync" else rt.AsyncAPIClient(config)


def call(
    rt: ModuleType, server: StreamingServer, mode: str, name: str, *args: Any, **kw: Any
) -> Any:
    """``client.<name>(*args, **kw)`` in either mode; returns (result or error)."""
    client_options = kw.pop("client_options", {})
    client = make(rt, server, mode, **client_options)
    if mode == "sync":
        try:
            return getattr(client, name)(*args, **kw)
        except Exception as exc:
            return exc
        finally:
            client.close()

    async def run() -> Any:
        try:
            return await getattr(client, name)(*args, **kw)
        except Exception as exc:
            return exc
        finally:
            await client.aclose()

    return asyncio.run(run())


def fetch(
    rt: ModuleType,
    server: StreamingServer,
    mode: str,
    then: tuple[Any, ...],
    *,
    client_options: dict[str, Any] | None = None,
    **kw: Any,
) -> tuple[Any, Any]:
    """Open a download and call ``download.<then[0]>(*then[1:])`` while the client is
    open: (the download or the error opening it, the result or the error)."""
    client = make(rt, server, mode, **(client_options or {}))
    name, *args = then

    def run_sync() -> tuple[Any, Any]:
        try:
            download = client._download("GET", "/f", **kw)
        except Exception as exc:
            return exc, None
        try:
            result = getattr(download, name)(*args)
            return download, list(result) if name == "iter_bytes" else result
        except Exception as exc:
            return download, exc
        finally:
            client.close()

    async def run_async() -> tuple[Any, Any]:
        try:
            download = await client._download("GET", "/f", **kw)
        except Exception as exc:
            await client.aclose()
            return exc, None
        try:
            if name == "iter_bytes":
                return download, [c async for c in download.iter_bytes(*args)]
            return download, await getattr(download, name)(*args)
        except Exception as exc:
            return download, exc
        finally:
            await client.aclose()

    return run_sync() if mode == "sync" else asyncio.run(run_async())


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def payload(tmp_path: Path) -> tuple[Path, bytes]:
    data = os.urandom(300_000)
    path = tmp_path / "data.jsonl"
    path.write_bytes(data)
    return path, data


@pytest.mark.parametrize("mode", MODES)
def test_multipart_file_fields_take_a_path_a_file_bytes_or_a_tuple(
    rt: ModuleType, stream_serve: Serve, mode: str, payload: tuple[Path, bytes]
) -> None:
    path, data = payload
    server = stream_serve()
    with path.open("rb") as handle:
        forms: list[Any] = [path, handle, data, ("named.bin", data, "application/x-test")]
        for value in forms:
            result = call(
                rt,
                server,
                mode,
                "_request",
                "POST",
                "/up",
                form={"purpose": "batch"},
                files={"file": value},
            )
            assert not isinstance(result, Exception), result
    bodies = [r.body for r in server.requests]
    assert all(data in body and b'name="purpose"' in body for body in bodies)
    assert b'filename="data.jsonl"' in bodies[0] and b"Content-Type: application/" in bodies[0]
    assert b'filename="named.bin"' in bodies[3] and b"application/x-test" in bodies[3]
    assert all(r.headers.get("content-length") for r in server.requests)  # no chunking


@pytest.mark.parametrize("mode", MODES)
def test_a_list_of_files_is_several_parts_and_a_str_is_refused(
    rt: ModuleType, stream_serve: Serve, mode: str, payload: tuple[Path, bytes]
) -> None:
    path, _data = payload
    server = stream_serve()
    result = call(rt, server, mode, "_request", "POST", "/up", form={}, files={"f": [path, b"x"]})
    assert not isinstance(result, Exception), result
    assert server.requests[0].body.count(b'name="f"') == 2
    refused = call(rt, server, mode, "_request", "POST", "/up", form={}, files={"f": str(path)})
    assert isinstance(refused, rt.ConfigurationError) and "pathlib.Path" in str(refused)
    assert server.count == 1


@pytest.mark.parametrize("mode", MODES)
def test_binary_bodies_from_a_path_a_file_bytes_and_chunks(
    rt: ModuleType, stream_serve: Serve, mode: str, payload: tuple[Path, bytes]
) -> None:
    path, data = payload

    def pieces() -> Iterator[bytes]:
        for start in range(0, len(data), 50_000):
            yield data[start : start + 50_000]

    server = stream_serve()
    with path.open("rb") as handle:
        for value in (path, handle, data, pieces()):
            result = call(rt, server, mode, "_request", "PUT", "/blob", content=value)
            assert not isinstance(result, Exception), result
    for request in server.requests:
        assert request.headers["x-received-sha256"] == sha(data)
        assert request.headers["content-type"] == "application/octet-stream"
    assert [r.headers.get("content-length") for r in server.requests][:3] == [str(len(data))] * 3
    assert server.requests[3].headers.get("transfer-encoding") == "chunked"


@pytest.mark.parametrize("mode", MODES)
def test_a_rewindable_body_is_retried_whole_and_a_one_shot_iterator_never(
    rt: ModuleType, stream_serve: Serve, mode: str, payload: tuple[Path, bytes]
) -> None:
    path, data = payload
    busy = Respond(503, {"error": "busy"}, {"Retry-After": "0"})
    server = stream_serve(sequence([busy]))
    with path.open("rb") as handle:
        handle.seek(1000)  # sent from where the caller left the file
        result = call(rt, server, mode, "_request", "POST", "/blob", content=handle)
    assert not isinstance(result, Exception), result
    assert server.count == 2
    assert {r.headers["x-received-sha256"] for r in server.requests} == {sha(data[1000:])}

    one_shot = stream_serve(sequence([busy]))
    result = call(rt, one_shot, mode, "_request", "POST", "/blob", content=iter([data]))
    assert isinstance(result, rt.ServerError), result
    assert one_shot.count == 1  # started: never replayed


@pytest.mark.parametrize("mode", MODES)
def test_downloads_stream_to_a_file_and_iterate_in_chunks(
    rt: ModuleType, stream_serve: Serve, mode: str, tmp_path: Path
) -> None:
    spec = Download(3_000_000, content_type="audio/mpeg")
    server = stream_serve(lambda _i, _r: spec)
    target = tmp_path / "speech.mp3"
    download, written = fetch(rt, server, mode, ("write_to_file", target))
    assert download.status_code == 200 and download.content_type == "audio/mpeg"
    assert download.content_length == 3_000_000
    assert written == 3_000_000 and sha(target.read_bytes()) == sha(spec.body())
    assert download.closed
    chunked = stream_serve(lambda _i, _r: Download(500_000, declared=False))
    second, parts = fetch(rt, chunked, mode, ("iter_bytes", 100_000))
    assert b"".join(parts) == Download(500_000).body() and len(parts) >= 5
    assert second.content_length is None


@pytest.mark.parametrize("mode", MODES)
def test_the_download_size_cap_is_per_call_and_leaves_no_partial_file(
    rt: ModuleType, stream_serve: Serve, mode: str, tmp_path: Path
) -> None:
    declared = stream_serve(lambda _i, _r: Download(2_000_000))
    error, _ = fetch(rt, declared, mode, ("read",), max_bytes=1_000_000)
    assert isinstance(error, rt.ResponseTooLargeError) and error.limit == 1_000_000
    undeclared = stream_serve(lambda _i, _r: Download(2_000_000, declared=False))
    target = tmp_path / "out.bin"
    _, failed = fetch(rt, undeclared, mode, ("write_to_file", target), max_bytes=1_000_000)
    assert isinstance(failed, rt.ResponseTooLargeError) and "max_bytes" in str(failed)
    assert list(tmp_path.iterdir()) == []  # neither the target nor a temporary file
    capped, _ = fetch(rt, declared, mode, ("read",), client_options={"max_download_bytes": 10})
    assert isinstance(capped, rt.ResponseTooLargeError) and capped.limit == 10


@pytest.mark.parametrize("mode", MODES)
def test_a_stalled_or_dropped_download_raises_typed_errors(
    rt: ModuleType, stream_serve: Serve, mode: str
) -> None:
    for spec, kind in (
        (Download(1_000_000, stall_after=200_000), rt.StreamTimeoutError),
        (Download(1_000_000, drop_after=200_000), rt.TransportError),
    ):
        server = stream_serve(lambda _i, _r, spec=spec: spec)
        download, error = fetch(
            rt, server, mode, ("read",), client_options={"stream_idle_timeout": 0.5}
        )
        assert isinstance(error, kind) and "after" in str(error), error
        assert download.closed and server.count == 1


_RSS_SCRIPT = r"""
import json, resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
sys.dont_write_bytecode = True
import template_packages
rt = template_packages.load_runtime()
url, path, kind = sys.argv[2], Path(sys.argv[3]), sys.argv[4]
config = rt.ClientConfig(url, timeout=60.0, deadline=600.0, breaker=None)
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
with rt.SyncAPIClient(config) as client:
    client._request("POST", "/warm", form={"a": "b"}, files={"file": b"warm-up" * 1000})
    before = peak()
    if kind == "multipart":
        response = client._request("POST", "/up", form={"purpose": "batch"}, files={"file": path})
    elif kind == "binary":
        response = client._request("PUT", "/up", content=path)
    else:  # the control: the same upload read into memory first
        response = client._request("PUT", "/up", content=path.read_bytes())
    after = peak()
print(json.dumps({"before": before, "after": after, "status": response.status_code}))
"""


@pytest.mark.parametrize("kind", ["multipart", "binary", "in-memory control"])
def test_a_200_mb_upload_raises_peak_rss_by_less_than_30_mb(
    stream_serve: Serve, tmp_path: Path, kind: str
) -> None:
    size = 200 * 1024 * 1024
    path = tmp_path / "big.bin"
    block = os.urandom(1024 * 1024)
    digest = hashlib.sha256()
    with path.open("wb") as out:
        for _ in range(size // len(block)):
            out.write(block)
            digest.update(block)
    server = stream_serve()
    proc = subprocess.Popen(
        [sys.executable, "-c", _RSS_SCRIPT, str(HERE.parent), server.url, str(path), kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, 9)
            proc.wait()
    assert proc.returncode == 0, stderr
    figures = json.loads(stdout)
    grown = (figures["after"] - figures["before"]) / (1024 * 1024)
    print(f"{kind}: peak RSS grew {grown:.2f} MB for a 200 MB upload")
    assert figures["status"] == 200
    received = server.requests[-1].headers
    assert int(received["x-received-bytes"]) >= size
    if kind != "multipart":
        assert received["x-received-sha256"] == digest.hexdigest()
    if kind == "in-memory control":
        assert grown > 150, figures  # the measurement sees a body held in memory
    else:
        assert grown < 30, figures


def test_the_type_aliases_name_what_uploads_accept(rt: ModuleType) -> None:
    uploads = __import__(rt.__name__ + ".uploads", fromlist=["upload_body"])
    opened: list[Any] = []
    with pytest.raises(rt.ConfigurationError, match="binary mode"):
        uploads.upload_body(io.StringIO("text"), opened)
    with pytest.raises(rt.ConfigurationError, match="cannot open"):
        uploads.upload_body(Path("/nonexistent/file.bin"), opened)
    assert opened == []
