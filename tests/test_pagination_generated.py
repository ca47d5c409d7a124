"""Generated ``iter_<operation>()`` helpers walk real pages served on 127.0.0.1.

One preset per pagination style: Stripe (cursor), GitHub (Link header), Twilio
(next-page URI). Pages are synthesised from each preset's spec snapshot, so the items
decode into the generated wire models; sync and async clients are both driven.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from extensions.hooks import load_sibling

from .helpers import preset_data, render
from .prism import example_env

pytestmark = pytest.mark.slow

DRIVER = """
import asyncio, json, sys
import {pkg} as pkg

name, kwargs, base_url = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
with pkg.{cls}(base_url=base_url, max_attempts=1) as client:
    sync_items = list(getattr(client, "iter_" + name)(**kwargs))

async def main():
    async with pkg.Async{cls}(base_url=base_url, max_attempts=1) as client:
        return [item async for item in getattr(client, "iter_" + name)(**kwargs)]

async_items = asyncio.run(main())
print(json.dumps([len(sync_items), len(async_items)]))
"""


@contextmanager
def pages(replies: list[tuple[dict[str, str], object]]) -> Iterator[tuple[str, list[str]]]:
    """Serve ``replies`` in a loop (headers, JSON body); yields (base URL, request paths)."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            headers, body = replies[len(seen) % len(replies)]
            seen.append(self.path)
            payload = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for key, value in headers.items():
                self.send_header(key, value.replace("{base}", base))
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield base, seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _page_schema(snapshot: dict[str, Any], path: str) -> dict[str, Any]:
    content = snapshot["paths"][path]["get"]["responses"]["200"]["content"]
    schema: dict[str, Any] = content["application/json"]["schema"]
    return schema


@pytest.mark.parametrize("preset", ["stripe", "github", "twilio"])
def test_iter_walks_every_page(tmp_path: Path, preset: str) -> None:
    """Two pages, two requests, both items yielded, by the sync and the async client."""
    project = render(preset_data(preset), tmp_path / preset)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    package = answers["import_name"]
    snapshot = json.loads((project / "docs" / "external_api_specs" / f"{package}.json").read_text())
    ik_spec, samples = load_sibling("ik_spec"), load_sibling("samples")
    api = ik_spec.build_api(
        snapshot, selection=ik_spec.Selection(mode="all", values=[]), preset=answers
    )
    op = next(o for o in api.operations if o.pagination is not None)
    plan = next(p for p in samples.call_plan(api, api.snapshot) if p["method"] == op.method_name)
    schema = samples.resolve(_page_schema(api.snapshot, op.path), api.snapshot)
    page = samples.sample(schema, api.snapshot)
    style = op.pagination.style
    if op.pagination.items_field:  # optional in some specs (Twilio): always send one item
        items_schema = schema["properties"][op.pagination.items_field]["items"]
        page[op.pagination.items_field] = [samples.sample(items_schema, api.snapshot)]
    if style == "link_header":
        replies = [({"Link": '<{base}/next?page=2>; rel="next"'}, page), ({}, page)]
    else:
        first, last = dict(page), dict(page)
        if style == "cursor":
            first["has_more"], last["has_more"] = True, False
        else:
            first["next_page_uri"] = op.path.split("{")[0] + "next.json?Page=1"
            last["next_page_uri"] = None
        replies = [({}, first), ({}, last)]
    driver = project / "pages_driver.py"
    driver.write_text(DRIVER.format(pkg=package, cls=answers["client_class_name"]))
    env = {**os.environ, **example_env(project), "PYTHONPATH": str(project / "src")}
    with pages(replies) as (base_url, seen):
        result = subprocess.run(
            [sys.executable, str(driver), op.method_name, json.dumps(plan["kwargs"]), base_url],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    per_page = len(page) if isinstance(page, list) else 1
    assert counts == [2 * per_page, 2 * per_page]
    assert len(seen) == 4, seen
    follow_up = seen[1]
    if style == "cursor":
        assert f"{op.pagination.cursor_param}=" in follow_up
    elif style == "link_header":
        assert follow_up.startswith("/next?page=2")
    else:
        assert "Page=1" in follow_up
