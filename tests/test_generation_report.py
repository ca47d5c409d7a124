"""The generation report: every change to the spec is located, summarised and written.

A deliberately awkward spec (tests/fixtures/awkward.yaml: a duplicate YAML key, property
names with a tab and a newline, octet-stream, text and two-image-type bodies (taken
as ``content=``, not dropped), a 125-character operationId, an
enum parameter whose values differ only in case; a model enum like it is a faithful
``Literal``, so it is not reported) goes through ``copier copy``; each item must be in
the summary copier prints last and in ``docs/generation-report.md`` with its location,
and the project must still pass ruff, mypy --strict and its own tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extensions.hooks import load_sibling

from .helpers import ROOT, check_project, failures, render

AWKWARD = ROOT / "tests" / "fixtures" / "awkward.yaml"

#: (kind, location, words of the message) the report must hold for the awkward spec
EXPECTED = [
    ("dropped", "awkward.yaml:20", "duplicate key '/v1/things' (first at line 10)"),
    ("dropped", "#/components/schemas/Summary/properties/tab\\tname", "field left out"),
    ("dropped", "#/components/schemas/Summary/properties/new\\nline", "field left out"),
    ("other", "#/paths/~1v1~1images/put/requestBody", "sent as 'image/png'"),
    ("renamed", "#/paths/~1v1~1reports~1quarterly~1regional~1summaries/get", "125 characters"),
    (
        "widened",
        "#/paths/~1v1~1reports~1quarterly~1regional~1summaries/get/parameters/0/schema",
        "differ only in case",
    ),
]


def _report() -> object:
    ik = load_sibling("ik_spec")
    return ik.build_report(ik.build_api(AWKWARD))


def test_each_awkward_item_is_located_and_classified() -> None:
    items = {(i.kind, i.where): i.what for i in _report().items}  # type: ignore[attr-defined]
    for kind, where, words in EXPECTED:
        assert (kind, where) in items, (kind, where, sorted(items))
        assert words in items[(kind, where)]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("field 'is' is the attribute 'is_' (renamed)", "renamed"),
        ("anyOf of A | B is not a union msgspec can decode untagged; typed as Any", "fallback"),
        ("cookie parameter 'x' is not supported; skipped", "dropped"),
        ("enum ['a', 'b'] of a parameter widened to str", "widened"),
        ("threads.runs() is taken; this operation is threads.create_thread_and_run()", "renamed"),
        ("something else entirely", "other"),
    ],
)
def test_classify(message: str, kind: str) -> None:
    assert load_sibling("ik_spec").report.classify(message) == kind


def test_a_clean_spec_says_so() -> None:
    ik = load_sibling("ik_spec")
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Clean", "version": "1"},
        "paths": {
            "/x": {"get": {"operationId": "getX", "responses": {"204": {"description": "ok"}}}}
        },
    }
    report = ik.build_report(ik.build_api(doc))
    assert report.items == []
    assert "generated as written" in report.summary()
    assert "Nothing was renamed" in report.markdown()


def test_summary_is_short_and_points_to_the_file() -> None:
    lines = _report().summary(first=1).splitlines()  # type: ignore[attr-defined]
    assert lines[0].startswith("generation report: 5 of 5 operations, 1 models; 3 dropped,")
    assert "  dropped: ... and 2 more" in lines
    assert lines[-1].endswith("docs/generation-report.md")
    assert all(len(line) <= 140 for line in lines)


@pytest.mark.slow
def test_copier_prints_the_summary_and_writes_the_report(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = {"provider_name": "Awkward", "spec_source": str(AWKWARD), "webhooks": False}
    project = render(data, tmp_path / "awkward")
    printed = capfd.readouterr().out
    report = (project / "docs" / "generation-report.md").read_text(encoding="utf-8")
    assert "generation report: 5 of 5 operations" in printed
    assert "docs/generation-report.md" in printed.splitlines()[-1]
    for _kind, where, words in EXPECTED:
        assert f"`{where}`" in report, where
        assert words.replace("_", "\\_") in report or words in report, words
    results = check_project(project, pytest_args=("-x", "-q"))
    assert all(r.returncode == 0 for r in results.values()), failures(results)


_SEND_BODIES = """
import httpx, pathlib, sys
from awkward_integration import AwkwardClient
seen = []
def handler(request: httpx.Request) -> httpx.Response:
    ctype = request.headers.get("content-type")
    seen.append((request.method, request.url.path, ctype, request.read()))
    return httpx.Response(204)
blob = pathlib.Path(sys.argv[1])
blob.write_bytes(b"\\x00\\x01" * 70000)
client = AwkwardClient(api_key="k", transport=httpx.MockTransport(handler))
client.blobs.create(content=blob)
client.notes.update(content="h\\u00e9llo")
client.notes.update()
client.images.update(content=b"\\x89PNG")
for method, path, ctype, body in seen:
    print(method, path, ctype, len(body), body[:6])
"""


@pytest.mark.slow
def test_binary_and_text_bodies_are_sent_as_content(tmp_path: Path) -> None:
    """An octet-stream body takes a path (streamed), a text body a str (UTF-8), with
    the declared content type; an optional text body left out sends none."""
    import subprocess
    import sys

    data = {"provider_name": "Awkward", "spec_source": str(AWKWARD), "webhooks": False}
    project = render(data, tmp_path / "awkward")
    out = subprocess.run(
        [sys.executable, "-c", _SEND_BODIES, str(tmp_path / "blob.bin")],
        cwd=tmp_path,
        env={"PYTHONPATH": str(project / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert (
        lines[0]
        == "POST /v1/blobs application/octet-stream 140000 b'\\x00\\x01\\x00\\x01\\x00\\x01'"
    )
    assert lines[1] == "PUT /v1/notes text/plain; charset=utf-8 6 b'h\\xc3\\xa9llo'"
    assert lines[2].startswith("PUT /v1/notes ") and lines[2].endswith(" 0 b''")
    assert lines[3] == "PUT /v1/images image/png 4 b'\\x89PNG'"
