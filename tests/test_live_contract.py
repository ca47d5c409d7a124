"""The live contract run (issue 21, item 2) against a fake Stripe on 127.0.0.1.

The Stripe preset is rendered once; its generated ``tests/contract`` run with the
credentials and base URL pointing at a threaded HTTP server that answers with the
package's own fixtures (valid for the snapshot) and records every request. Checked:
retrieves use the id the live list returned, what a create made is deleted, a live key
is refused before any request, writes need a test-mode key, and every request went
through the pacer (counted; the pacer's arithmetic is checked with an injected clock).
"""

from __future__ import annotations

import importlib.util
import json
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from .fake_provider import FakeProvider, run_contract_tests
from .helpers import ROOT, preset_data, render

CONTRACT_PY = ROOT / "template" / "src" / "{{ import_name }}" / "_testing" / "contract.py"
# retrieve operation of each list collection, and the collections answered empty
RETRIEVE = {
    "customers": "get_customers_customer",
    "events": "get_events_id",
    "payment_intents": "get_payment_intents_intent",
    "refunds": "get_refunds_refund",
}
EMPTY = {"refunds"}


def _contract_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_ik_live_contract_helpers", CONTRACT_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeStripe(FakeProvider):
    """List, retrieve, create and delete for the rendered package's fixtures; every
    request recorded as ``(method, path, authorization)``."""

    def __init__(self, fixtures: dict[str, Any]) -> None:
        super().__init__(fixtures)
        self.listed: dict[str, str] = {}  # collection -> the id its list returned
        self.created: list[str] = []
        self.deleted: list[str] = []

    def _item(self, operation: str, item_id: str) -> dict[str, Any]:
        item = dict(self.fixtures[operation]["body"])
        item["id"] = item_id
        return item

    def route(self, method: str, path: str) -> tuple[int, Any]:
        parts = path.strip("/").split("/")  # v1, collection[, id]
        collection = parts[1] if len(parts) > 1 else ""
        if collection not in RETRIEVE:
            return 404, {"error": {"message": f"no route {method} {path}"}}
        if method == "GET" and len(parts) == 2:
            body = dict(self.fixtures[f"get_{collection}"]["body"])
            if collection in EMPTY:
                body["data"] = []
            else:
                item_id = self.listed.setdefault(collection, f"{collection}_{secrets.token_hex(4)}")
                body["data"] = [self._item(RETRIEVE[collection], item_id)]
            return 200, body
        if method == "GET" and len(parts) == 3:
            return 200, self._item(RETRIEVE[collection], parts[2])
        if method == "POST" and collection == "customers" and len(parts) == 2:
            created = f"cus_{secrets.token_hex(4)}"
            self.created.append(created)
            return 200, self._item("post_customers", created)
        if method == "DELETE" and collection == "customers" and len(parts) == 3:
            self.deleted.append(parts[2])
            return 200, self._item("delete_customers_customer", parts[2])
        return 405, {"error": {"message": f"{method} {path} is not faked"}}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(preset_data("stripe"), tmp_path_factory.mktemp("live") / "stripe")


@pytest.fixture
def fake(project: Path) -> Iterator[FakeStripe]:
    package = project / "src" / "stripe_integration" / "_mock_fixtures.json"
    with FakeStripe(json.loads(package.read_text(encoding="utf-8"))) as server:
        yield server


def _contract_run(project: Path, fake: FakeStripe, key: str, **env: str) -> tuple[int, str, str]:
    """The generated contract tests against the fake; exit code, output, the report."""
    settings = {"STRIPE_CONTRACT": "1", "STRIPE_API_KEY": key, "STRIPE_BASE_URL": fake.url}
    return run_contract_tests(project, {**settings, "STRIPE_CONTRACT_RATE": "50", **env})


@pytest.mark.slow
def test_live_run_retrieves_listed_ids_and_deletes_what_it_creates(
    project: Path, fake: FakeStripe
) -> None:
    code, output, report = _contract_run(project, fake, "sk_test_kit0123456789")
    assert code == 0, output
    gets = {path for method, path, _ in fake.calls if method == "GET"}
    for collection, item_id in fake.listed.items():
        assert f"/v1/{collection}/{item_id}" in gets, (collection, sorted(gets))
    assert sorted(fake.listed) == ["customers", "events", "payment_intents"]
    assert not [p for p in gets if p.startswith("/v1/refunds/")]  # the list was empty
    assert "get_refunds returned no item with 'id' to retrieve it by" in report
    assert len(fake.created) == 1 and fake.deleted == fake.created, fake.calls
    assert "no DELETE /v1/payment_intents/{id}" in report  # listed as not run, with why
    assert not [c for c in fake.calls if c[0] == "POST" and c[1] != "/v1/customers"]
    assert {auth for _, _, auth in fake.calls} == {"Bearer sk_test_kit0123456789"}
    paced = re.search(r"(\d+) live requests, at most 50 a second", report)
    assert paced is not None, report
    assert int(paced.group(1)) == len(fake.calls)  # every request went through the pacer


@pytest.mark.slow
def test_live_key_is_refused_before_any_request(project: Path, fake: FakeStripe) -> None:
    key = "sk_live_" + secrets.token_hex(8)
    code, output, report = _contract_run(project, fake, key)
    assert code != 0
    assert "refusing to run contract tests with a live-mode credential (sk_live_…)" in output
    assert fake.calls == []
    assert key not in output and key not in report


@pytest.mark.slow
def test_writes_need_a_test_mode_key(project: Path, fake: FakeStripe) -> None:
    code, output, report = _contract_run(project, fake, "prism")
    assert code == 0, output
    assert fake.calls and not [c for c in fake.calls if c[0] in ("POST", "DELETE")]
    assert "writes run only with a test-mode credential (sk_test_…, rk_test_…)" in report
    code, output, report = _contract_run(
        project, fake, "sk_test_kit0123456789", STRIPE_CONTRACT_WRITES="0"
    )
    assert code == 0, output
    assert not [c for c in fake.calls if c[0] in ("POST", "DELETE")]
    assert "writes turned off (STRIPE_CONTRACT_WRITES=0)" in report


def test_pacer_spaces_requests_by_its_rate_with_an_injected_clock() -> None:
    contract = _contract_module()
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = contract.Pacer(4.0, clock=lambda: now[0], sleep=sleep)
    assert [pacer.reserve() for _ in range(3)] == [0.0, 0.25, 0.5]  # queued at once
    now[0] += 10.0  # idle: the bucket refills to its burst of one, no more
    assert pacer.wait() == 0.0
    assert pacer.wait() == pytest.approx(0.25)
    assert slept == [pytest.approx(0.25)]
    assert pacer.requests == 5 and pacer.waited == pytest.approx(1.0)
    burst = contract.Pacer(2.0, burst=3, clock=lambda: 0.0)
    assert [burst.reserve() for _ in range(4)] == [0.0, 0.0, 0.0, 0.5]


def test_paced_transport_waits_before_every_request() -> None:
    contract = _contract_module()
    now = [0.0]
    slept: list[float] = []
    pacer = contract.Pacer(10.0, clock=lambda: now[0], sleep=slept.append)
    transport = contract.PacedTransport(pacer, httpx.MockTransport(lambda r: httpx.Response(204)))
    with httpx.Client(transport=transport, base_url="http://fake") as client:
        for _ in range(3):
            assert client.get("/x").status_code == 204
    assert pacer.requests == 3 and slept == [pytest.approx(0.1), pytest.approx(0.2)]


def test_rate_setting_and_write_mode_messages() -> None:
    contract = _contract_module()
    assert contract.pace_rate(None, name="X_RATE") == 1.0
    assert contract.pace_rate(" 2.5 ", name="X_RATE") == 2.5
    for bad in ("0", "-1", "fast", "inf", "nan"):
        with pytest.raises(ValueError, match="X_RATE must be a positive number"):
            contract.pace_rate(bad, name="X_RATE")
    live = ["sk_live_", "rk_live_"]
    assert contract.write_mode_problem("sk_test_abc", live) == ""
    assert contract.write_mode_problem("rk_test_abc", live) == ""
    assert "live-mode credential (sk_live_…)" in contract.write_mode_problem("sk_live_abc", live)
    assert "sk_test_…, rk_test_…" in contract.write_mode_problem("prism", live)
    assert "none is known" in contract.write_mode_problem("ghp_abc", [])
    assert "abc" not in contract.write_mode_problem("sk_live_abc", live)
    body = {"data": [{"id": "a", "number": 7}, {"id": "b"}]}
    assert contract.first_item_id(body, "data", "id") == "a"
    assert contract.first_item_id(body["data"], "", "number") == "7"
    assert contract.first_item_id({"data": []}, "data", "id") is None
