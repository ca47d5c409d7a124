"""Webhook deliveries through the real ASGI app: signed, forged, duplicated."""

from __future__ import annotations

from pathlib import Path

import pytest

from github_integration._runtime import MissingCredentialError
from github_integration._webhook_setup import (
    SECRET_ENV,
    create_app,
    make_router,
)
from github_integration._webhooks import (
    Inbox,
    WebhookEvent,
    WebhookRouter,
    run_worker,
    sign_for_test,
)

EVENT_TYPE = "issues"
BODY = b'{"action":"opened","issue":{"number":1,"title":"Bug"}}'
URL = "http://testserver/webhooks"


@pytest.fixture
def body() -> bytes:
    """The sample delivery."""
    return BODY


@pytest.fixture
def keys() -> tuple[list[str], str]:
    """(what verifies, what signs): a shared secret, or a key pair."""
    return ["test-webhook-secret-0123456789"], "test-webhook-secret-0123456789"


def signed_headers(body: bytes, signing_key: str) -> dict[str, str]:
    headers = sign_for_test(
        "github-sha256",
        body,
        signing_key,
        extra_headers={
            "X-GitHub-Event": "issues",
            "X-GitHub-Delivery": "d8a3c1f0-0000-4000-8000-000000000001",
        },
    )
    return {**headers, "content-type": "application/json"}


def deliver(router: WebhookRouter, body: bytes, headers: dict[str, str]) -> int:
    """POST one delivery through the real app and return the status code."""
    from starlette.testclient import TestClient

    with TestClient(create_app(router)) as client:
        status: int = client.post(URL, content=body, headers=headers).status_code
    return status


def recording_router(tmp_path: Path, secrets: list[str]) -> tuple[WebhookRouter, list[str]]:
    seen: list[str] = []
    router = make_router(
        secrets=secrets, inbox=Inbox.sqlite(tmp_path / "inbox.sqlite3"), register_handlers=False
    )

    async def record(event: WebhookEvent) -> None:  # awaited before the event is done
        seen.append(event.id)

    router.add_handler(EVENT_TYPE, record)
    return router, seen


def test_signed_delivery_runs_the_handler_once(
    tmp_path: Path, body: bytes, keys: tuple[list[str], str]
) -> None:
    """A genuine delivery is acknowledged; its duplicate is acknowledged but not re-run."""
    router, seen = recording_router(tmp_path, keys[0])
    headers = signed_headers(body, keys[1])
    assert deliver(router, body, headers) == 200
    assert deliver(router, body, headers) == 200
    assert seen == ["d8a3c1f0-0000-4000-8000-000000000001"]


def test_forged_delivery_is_refused(
    tmp_path: Path, body: bytes, keys: tuple[list[str], str]
) -> None:
    """A body changed after signing gets a 4xx and never reaches a handler."""
    router, seen = recording_router(tmp_path, keys[0])
    headers = signed_headers(body, keys[1])
    forged = body.replace(b"1", b"2", 1)
    assert forged != body
    assert 400 <= deliver(router, forged, headers) < 500
    assert seen == []


def test_unsigned_delivery_is_refused(
    tmp_path: Path, body: bytes, keys: tuple[list[str], str]
) -> None:
    """No signature headers at all: refused."""
    router, seen = recording_router(tmp_path, keys[0])
    headers = {
        "content-type": "application/json",
        **{"X-GitHub-Event": "issues", "X-GitHub-Delivery": "d8a3c1f0-0000-4000-8000-000000000001"},
    }
    assert 400 <= deliver(router, body, headers) < 500
    assert seen == []


def test_worker_runs_what_the_inbox_holds(
    tmp_path: Path, body: bytes, keys: tuple[list[str], str]
) -> None:
    """Events stored but not yet handled are run by the worker (``cli work``)."""
    router, seen = recording_router(tmp_path, keys[0])
    headers = {k.lower(): v for k, v in signed_headers(body, keys[1]).items()}
    events = router.parse(body, headers)
    assert router.inbox is not None
    for event in events:
        router.inbox.record(event, claim=False)
    stats = run_worker(router, max_passes=1, handle_signals=False)
    assert stats.done == len(events) and sorted(seen) == sorted(e.id for e in events)


def test_starter_handler_is_registered(tmp_path: Path, keys: tuple[list[str], str]) -> None:
    """make_router attaches the handlers in handlers.py."""
    router = make_router(secrets=keys[0], inbox=Inbox.sqlite(tmp_path / "inbox.sqlite3"))
    assert router.handles(EVENT_TYPE)


def test_starter_handler_reads_the_sample_delivery(
    tmp_path: Path, body: bytes, keys: tuple[list[str], str]
) -> None:
    """The starter handler's typed event (IssuesEvent) maps the sample delivery: the fields
    it reads are the ones its contract records (``contracts/``)."""
    router = make_router(secrets=keys[0], inbox=Inbox.sqlite(tmp_path / "inbox.sqlite3"))
    headers = {k.lower(): v for k, v in signed_headers(body, keys[1]).items()}
    for event in router.parse(body, headers):
        router.dispatch(event)  # a MappingError names the field the sample lacks


def test_missing_secret_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the secret, building the router fails and says which variable to set."""
    monkeypatch.delenv(SECRET_ENV, raising=False)
    with pytest.raises(MissingCredentialError, match=SECRET_ENV):
        make_router()
