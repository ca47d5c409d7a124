"""One test client over the webhook adapters: Starlette's TestClient on the ASGI app or
``starlette_endpoint``, and Flask's test client on ``flask_view`` (WSGI)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")

KINDS = ["asgi", "starlette-endpoint", "flask"]


class Client:
    """One interface over Starlette's TestClient and Flask's test client."""

    def __init__(self, kind: str, router: Any, **adapter: Any) -> None:
        self.kind = kind
        if kind == "asgi":
            from starlette.applications import Starlette
            from starlette.routing import Route
            from starlette.testclient import TestClient

            app = Starlette(
                routes=[
                    Route("/hooks", wh.WebhookASGIApp(router, **adapter), methods=["POST", "GET"])
                ]
            )
            self._client: Any = TestClient(app)
        elif kind == "starlette-endpoint":
            from starlette.applications import Starlette
            from starlette.routing import Route
            from starlette.testclient import TestClient

            app = Starlette(
                routes=[Route("/hooks", wh.starlette_endpoint(router, **adapter), methods=["POST"])]
            )
            self._client = TestClient(app)
        else:
            from flask import Flask

            flask_app = Flask("webhooks-test")
            flask_app.add_url_rule(
                "/hooks", view_func=wh.flask_view(router, **adapter), methods=["POST"]
            )
            self._client = flask_app.test_client()

    def post(self, body: bytes, headers: dict[str, str], path: str = "/hooks") -> tuple[int, Any]:
        response = (
            self._client.post(path, content=body, headers=headers)
            if self.kind != "flask"
            else self._client.post(path, data=body, headers=headers)
        )
        data = response.json() if self.kind != "flask" else response.get_json()
        return response.status_code, data


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)
