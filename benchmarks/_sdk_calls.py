"""Official SDK calls against the benchmark server, when the SDK is importable.

Each factory returns ``(GET, POST)`` callables; every SDK decodes the answer into its
own typed objects (pydantic for openai and anthropic, ``StripeObject`` for stripe).
Retries are off, as they are never exercised against a server that always answers 200.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["FACTORIES", "SdkCalls", "openai_async_get"]

SdkCalls = tuple[Callable[[], object], Callable[[], object]]  # (GET, POST)


def _openai(url: str) -> SdkCalls:
    openai: Any = importlib.import_module("openai")
    client = openai.OpenAI(api_key="sk-bench", base_url=url + "/v1", max_retries=0)
    return (
        lambda: client.models.retrieve("bench"),
        lambda: client.moderations.create(input="p" * 900),
    )


def openai_async_get(url: str) -> Callable[[], Awaitable[object]]:
    """``AsyncOpenAI().models.retrieve``; create it inside the running event loop."""
    openai: Any = importlib.import_module("openai")
    client = openai.AsyncOpenAI(api_key="sk-bench", base_url=url + "/v1", max_retries=0)
    return lambda: client.models.retrieve("bench")


def _anthropic(url: str) -> SdkCalls:
    anthropic: Any = importlib.import_module("anthropic")
    client = anthropic.Anthropic(api_key="sk-bench", base_url=url, max_retries=0)
    message = [{"role": "user", "content": "p" * 900}]
    return (
        lambda: client.models.retrieve("bench"),
        lambda: client.messages.create(model="bench", max_tokens=1, messages=message),
    )


def _stripe(url: str) -> SdkCalls:
    stripe: Any = importlib.import_module("stripe")
    client = stripe.StripeClient(
        "sk_test_bench", base_addresses={"api": url}, max_network_retries=0
    )
    customers = client.v1.customers if hasattr(client, "v1") else client.customers
    return (
        lambda: customers.retrieve("cus_bench"),
        lambda: customers.create(params={"description": "p" * 900}),
    )


FACTORIES: list[tuple[str, Callable[[str], SdkCalls]]] = [
    ("openai", _openai),
    ("anthropic", _anthropic),
    ("stripe", _stripe),
]
