"""Mapping throughput: raw response bytes → domain objects, versus pydantic v2.

Renders the Stripe preset once (a temporary project, or ``IK_BENCH_STRIPE_DIR``), then
turns a realistic 100-item PaymentIntent list page into ``domain.Payment`` objects the
way ``client.payment_intents.list()`` does: msgspec decodes the view Structs
(``_views.PaymentPage``), then the compiled mapper (``mapping.PAYMENT``) converts minor
units to Decimal by currency, statuses to the enum (UNKNOWN for new ones), unix times
to datetime, expandable ids to ids. The baseline is ``json.loads`` + pydantic v2
``model_validate`` into an equivalent model doing the same conversions, measured in
the same run; a second row compares with a plain pydantic model that skips them.
Interleaved rounds, median of per-round CPU-time ratios (``_ab.py``).

Run alone: ``.venv/bin/python benchmarks/bench_mapping.py``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _ab import Pair, interleaved, summarize  # noqa: E402

ITEMS = 100
ROUNDS = 21
GOAL_RATIO = 4.0
_STATUSES = ["succeeded", "requires_payment_method", "processing", "canceled", "requires_capture"]
_CURRENCIES = ["usd", "eur", "jpy", "gbp"]


def payment_intent(i: int) -> dict[str, Any]:
    """A PaymentIntent as the API returns it (2024-04-10), card payment, expandables as ids."""
    rng = random.Random(i)
    pid = f"pi_3Oab{i:010d}XyZ"
    return {
        "id": pid,
        "object": "payment_intent",
        "amount": 1000 + rng.randrange(100_000),
        "amount_capturable": 0,
        "amount_details": {"tip": {}},
        "amount_received": 0,
        "application": None,
        "application_fee_amount": None,
        "automatic_payment_methods": {"allow_redirects": "always", "enabled": True},
        "canceled_at": None,
        "cancellation_reason": None,
        "capture_method": "automatic",
        "client_secret": f"{pid}_secret_{rng.getrandbits(64):016x}",
        "confirmation_method": "automatic",
        "created": 1_700_000_000 + i * 37,
        "currency": _CURRENCIES[i % len(_CURRENCIES)],
        "customer": f"cus_P{i:012d}" if i % 3 else None,
        "description": f"Order #{10_000 + i}" if i % 4 else None,
        "invoice": None,
        "last_payment_error": None,
        "latest_charge": f"ch_3Oab{i:010d}",
        "livemode": False,
        "metadata": {"order_id": str(10_000 + i), "channel": "web"},
        "next_action": None,
        "on_behalf_of": None,
        "payment_method": f"pm_1Oab{i:010d}",
        "payment_method_configuration_details": {"id": "pmc_1OabCDE", "parent": None},
        "payment_method_options": {
            "card": {
                "installments": None,
                "mandate_options": None,
                "network": None,
                "request_three_d_secure": "automatic",
            },
            "link": {"persistent_token": None},
        },
        "payment_method_types": ["card", "link"],
        "processing": None,
        "receipt_email": f"buyer{i}@example.com" if i % 2 else None,
        "review": None,
        "setup_future_usage": None,
        "shipping": None,
        "source": None,
        "statement_descriptor": None,
        "statement_descriptor_suffix": None,
        "status": _STATUSES[i % len(_STATUSES)],
        "transfer_data": None,
        "transfer_group": None,
    }


def page_bytes(items: int = ITEMS) -> bytes:
    data = [payment_intent(i) for i in range(items)]
    page = {"object": "list", "data": data, "has_more": True, "url": "/v1/payment_intents"}
    return json.dumps(page).encode()


# -- the pydantic baseline: the same domain object, the same conversions ---------------

_ZERO = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd"}
_ZERO |= {"vuv", "xaf", "xof", "xpf"}
_THREE = {"bhd", "jod", "kwd", "omr", "tnd"}


class PStatus(enum.StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    REQUIRES_CAPTURE = "requires_capture"
    SUCCEEDED = "succeeded"
    CANCELED = "canceled"
    UNKNOWN = "unknown"


_PENDING = {"requires_payment_method", "requires_confirmation", "requires_action"}


class PPayment(pydantic.BaseModel):
    """pydantic v2 equivalent of ``domain.Payment`` + ``mapping.PAYMENT``."""

    model_config = pydantic.ConfigDict(extra="ignore")

    id: str
    amount: Decimal
    currency: str
    status: PStatus = PStatus.UNKNOWN
    customer_id: str | None = pydantic.Field(default=None, alias="customer")
    description: str = ""
    receipt_email: str | None = None
    metadata: dict[str, str] = pydantic.Field(default_factory=dict)
    created_at: dt.datetime | None = pydantic.Field(default=None, alias="created")
    livemode: bool = False

    @pydantic.model_validator(mode="before")
    @classmethod
    def _minor_units(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("amount"), int):
            currency = str(data.get("currency") or "").lower()
            exp = 0 if currency in _ZERO else 3 if currency in _THREE else 2
            data = {**data, "amount": Decimal(data["amount"]).scaleb(-exp)}
        return data

    @pydantic.field_validator("currency", mode="after")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()

    @pydantic.field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: Any) -> Any:
        if value in _PENDING:
            return PStatus.PENDING
        try:
            return PStatus(value)
        except ValueError:
            return PStatus.UNKNOWN

    @pydantic.field_validator("customer_id", mode="before")
    @classmethod
    def _expandable(cls, value: Any) -> Any:
        return value.get("id") if isinstance(value, dict) else value

    @pydantic.field_validator("description", mode="before")
    @classmethod
    def _default(cls, value: Any) -> Any:
        return "" if value is None else value


class PPage(pydantic.BaseModel):
    data: list[PPayment]
    has_more: bool


class PPlainPayment(pydantic.BaseModel):
    """The same fields without the conversions (a lower bound for pydantic's cost)."""

    id: str
    amount: int
    currency: str
    status: str
    customer: str | None = None
    description: str | None = None
    receipt_email: str | None = None
    metadata: dict[str, str] = pydantic.Field(default_factory=dict)
    created: dt.datetime
    livemode: bool


class PPlainPage(pydantic.BaseModel):
    data: list[PPlainPayment]
    has_more: bool


# -- the generated package -------------------------------------------------------------


def _project() -> Path:
    given = os.environ.get("IK_BENCH_STRIPE_DIR")
    if given and (Path(given) / "src" / "stripe_integration").is_dir():
        return Path(given)
    sys.path.insert(0, str(ROOT))
    from extensions.projects import preset_data, render

    target = Path(tempfile.mkdtemp(prefix="bench-mapping-")) / "stripe"
    return render(preset_data("stripe"), target)


def _load_package(project: Path) -> ModuleType:
    sys.path.insert(0, str(project / "src"))
    import importlib

    return importlib.import_module("stripe_integration")


def _calls_per_round(fn: Callable[[], object], seconds: float = 0.04) -> int:
    fn()
    start = time.process_time()
    fn()
    return max(3, int(seconds / max(time.process_time() - start, 1e-6)))


def _row(name: str, pair: Pair, goal: str) -> dict[str, object]:
    """Objects per second (CPU time); the ratio is the median per-round speed-up."""
    spread = f"{1 / pair.q3:.2f}-{1 / pair.q1:.2f}"
    return {
        "name": name,
        "value": _per_s(pair.value),
        "unit": "objects/s",
        "baseline": _per_s(pair.baseline),
        "ratio": round(1 / pair.ratio, 2),
        "goal": f"{goal}; wall {1 / pair.wall_ratio:.2f}; q1-q3 {spread}",
    }


def run() -> list[dict[str, object]]:
    project = _project()
    pkg = _load_package(project)
    import httpx
    from stripe_integration import _runtime, _views, _wire, mapping  # type: ignore[import-not-found]

    raw = page_bytes()
    response = httpx.Response(200, content=raw)
    mapper = mapping.PAYMENT

    def ours() -> list[Any]:
        page = _runtime.decode_response(response, _views.PaymentPage)
        return mapper.load_many(page.data, "$.data")  # type: ignore[no-any-return]

    def ours_full_wire() -> list[Any]:
        page = _runtime.decode_response(response, _wire.GetPaymentIntentsResponse)
        return mapper.load_many(page.data, "$.data")  # type: ignore[no-any-return]

    def baseline() -> list[PPayment]:
        return PPage.model_validate(json.loads(raw)).data

    def baseline_plain() -> list[PPlainPayment]:
        return PPlainPage.model_validate(json.loads(raw)).data

    _check_equivalent(ours(), baseline())
    path_ok = _check_errors(pkg, _runtime, _views, mapper, raw)
    calls = _calls_per_round(baseline)
    base_t, ours_t, full_t = interleaved(
        [baseline, ours, ours_full_wire], rounds=ROUNDS, calls=calls
    )
    plain_t, ours_t2 = interleaved([baseline_plain, ours], rounds=ROUNDS, calls=calls)
    goal = f"ratio >= {GOAL_RATIO:g} (faster), JSON-path errors: {'ok' if path_ok else 'BROKEN'}"
    return [
        _row("mapping_payment_intents_per_s", summarize(base_t, ours_t), goal),
        _row("mapping_vs_plain_pydantic_per_s", summarize(plain_t, ours_t2), "info"),
        _row("mapping_full_wire_decode_per_s", summarize(base_t, full_t), "info"),
    ]


def _per_s(seconds: float) -> float:
    return float(round(ITEMS / seconds))


def _check_equivalent(ours: list[Any], theirs: list[PPayment]) -> None:
    assert len(ours) == len(theirs) == ITEMS
    for a, b in zip(ours, theirs, strict=True):
        assert (a.id, a.amount, a.currency, a.status.value) == (
            b.id,
            b.amount,
            b.currency,
            b.status.value,
        ), (a, b)
        assert (a.customer_id, a.description, a.created_at) == (
            b.customer_id,
            b.description,
            b.created_at,
        ), (a, b)


def _check_errors(pkg: Any, runtime: Any, views: Any, mapper: Any, raw: bytes) -> bool:
    """Drift tolerance and JSON paths stay intact on the fast path."""
    import logging

    import httpx

    logging.getLogger("stripe_integration._mapping.enums").setLevel(logging.ERROR)

    data = json.loads(raw)
    data["data"][3]["brand_new_field"] = {"x": 1}
    data["data"][5]["status"] = "a_status_added_later"
    page = runtime.decode_response(httpx.Response(200, json=data), views.PaymentPage)
    items = mapper.load_many(page.data, "$.data")
    ok = items[5].status.value == "unknown"
    data["data"][3]["currency"] = None
    try:
        page = runtime.decode_response(httpx.Response(200, json=data), views.PaymentPage)
        mapper.load_many(page.data, "$.data")
    except Exception as exc:  # the runtime's DecodingError here; MappingError for Any fields
        ok = ok and "$.data[3]" in str(exc)
    else:
        ok = False
    data["data"][3]["currency"] = "usd"
    data["data"][7]["customer"] = 42  # `customer` is Any in the spec: the mapper checks it
    page = runtime.decode_response(httpx.Response(200, json=data), views.PaymentPage)
    try:
        mapper.load_many(page.data, "$.data")
    except Exception as exc:
        ok = ok and "$.data[7].customer" in str(exc) and "42" in str(exc)
    else:
        ok = False
    return bool(ok)


if __name__ == "__main__":
    for row in run():
        print(row)
