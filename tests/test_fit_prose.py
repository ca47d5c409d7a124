"""Render-time line fitting (extensions/formatting.py): prose that grows with the answers
(provider names, env prefixes) is broken to 100 columns; code and data never change."""

from __future__ import annotations

import ast

from extensions.hooks import load_sibling

formatting = load_sibling("formatting")
LONG = "Qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnmqwertyu"


def _widest(source: str) -> int:
    return max(len(line) for line in source.split("\n"))


def test_an_overlong_docstring_line_flows_into_its_paragraph() -> None:
    source = (
        f'"""Test doubles of the {LONG} client (generated; do not edit).\n\n'
        f"`Mock{LONG}Client` / `AsyncMock{LONG}Client` are the real clients over an\n"
        "in-memory transport: same methods.\n"
        '"""\n'
    )
    fitted = formatting.fit_prose(source)
    assert _widest(fitted) <= 100
    # the words are the same, in the same order: only line breaks moved
    assert ast.literal_eval(fitted).split() == ast.literal_eval(source).split()
    assert "over an in-memory transport" in fitted


def test_overlong_comments_are_broken_as_comments() -> None:
    source = f"x = 1\n# {'word ' * 30}end\n"
    fitted = formatting.fit_prose(source)
    assert _widest(fitted) <= 100
    assert all(line.startswith("#") for line in fitted.splitlines()[1:])
    compile(fitted, "fitted.py", "exec")


def test_code_data_and_literal_blocks_are_left_alone() -> None:
    shell = "    " + "X_BASE_URL=http://127.0.0.1:4010 X_KEY=prism " * 3 + "pytest -m contract"
    data = f'TEMPLATE = """{"word " * 30}"""\n'
    call = f"value = function({', '.join(['argument'] * 12)})\n"
    docstring = f'"""Run it::\n\n{shell}\n"""\n'
    for source in (data, call, docstring):
        assert formatting.fit_prose(source) == source


def test_text_that_fits_is_unchanged_and_one_long_word_stays_whole() -> None:
    fits = '"""Short."""\n# a comment\n'
    assert formatting.fit_prose(fits) == fits
    word = f'"""``python -m {LONG * 2}._webhooks.cli``"""\n'
    fitted = formatting.fit_prose(word)
    assert LONG * 2 + "._webhooks.cli``" in fitted
    assert ast.literal_eval(fitted).split() == ast.literal_eval(word).split()
