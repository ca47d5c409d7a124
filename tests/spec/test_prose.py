"""Descriptions in docstrings: HTML to text, relative links absolute or dropped (prose.py)."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st


@pytest.fixture
def prose(ik: ModuleType) -> ModuleType:
    return sys.modules[f"{ik.__name__}.prose"]


STRIPE = "https://docs.stripe.com"


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("<p>Returns a list.</p><p>Second.</p>", "", "Returns a list.\n\nSecond."),
        (
            'See <a href="/api/customers">customers</a>.',
            STRIPE,
            "See customers (https://docs.stripe.com/api/customers).",
        ),
        ('See <a href="/api/customers">customers</a>.', "", "See customers."),
        ('<a href="https://x.example/a">x</a>', "", "x (https://x.example/a)"),
        ("Use <code>expand[]</code> &amp; more", "", "Use `expand[]` & more"),
        ("<ul><li>one</li><li>two</li></ul>", "", "- one\n- two"),
        (
            "[guide](/docs/guides/x)",
            "https://platform.openai.com",
            "[guide](https://platform.openai.com/docs/guides/x)",
        ),
        ("[guide](/docs/guides/x)", "", "guide"),
        ("[two\nlines](/docs/a)", STRIPE, "[two\nlines](https://docs.stripe.com/docs/a)"),
        ("[abs](https://a.example/b)", "", "[abs](https://a.example/b)"),
        # not HTML: kept as written
        ("Map<String, List<Integer>> and a < b", "", "Map<String, List<Integer>> and a < b"),
        ("<p>List<String> stays</p>", "", "List<String> stays"),
        ('<a href="javascript:alert(1)">x</a>', STRIPE, "x"),
        ('<a href="//evil.example/">x</a>', STRIPE, "x"),
    ],
)
def test_plain_text(prose: ModuleType, text: str, base: str, expected: str) -> None:
    assert prose.plain_text(text, base) == expected


def test_known_sites(prose: ModuleType) -> None:
    assert prose.docs_site("Stripe") == STRIPE
    assert prose.docs_site("Acme") == ""


@given(st.text(alphabet="<>/ap\"=h\\'\n `[]()&;x", max_size=80))
def test_docstrings_stay_safe_whatever_the_markup(ik: ModuleType, text: str) -> None:
    """Whatever comes out of the converter, the docstring filter keeps it inside quotes."""
    prose = sys.modules[f"{ik.__name__}.prose"]
    body = ik.docstring(prose.plain_text(text, STRIPE), 4)
    compile(f'def f():\n    """{body}"""\n', "<doc>", "exec")


def test_stripe_docstrings_have_no_html(ik: ModuleType) -> None:
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "S", "version": "1"},
        "paths": {
            "/v1/x": {
                "get": {
                    "operationId": "GetX",
                    "description": '<p>Lists <a href="/api/x">X</a>.</p>',
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }
    api = ik.build_api(doc, preset={"provider_name": "Stripe"})
    assert api.operations[0].description == "Lists X (https://docs.stripe.com/api/x)."
