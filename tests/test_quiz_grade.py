"""Grading rules: answer normalisation and locale-aware numbers, with property tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st
from quiz_cases import NUMBER_CASES

from mkcourse.quiz.grade import (
    normalize_text,
    number_symbols,
    numeric_matches,
    parse_number,
    text_matches,
)

LOCALES = ["en", "ko", "ru", "si", "ur", "km", "de", "fr", "hi", "mn"]


@pytest.mark.parametrize(("text", "decimal", "group", "expected"), NUMBER_CASES)
def test_typed_numbers(text, decimal, group, expected):
    value = parse_number(text, decimal, group)
    assert value == (Decimal(expected) if expected is not None else None)


def test_symbols_come_from_cldr():
    assert number_symbols("en") == (".", ",")
    assert number_symbols("ru")[0] == ","
    assert number_symbols("tet") == (".", ",")  # Babel has only a name for Tetum


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False,
                   allow_infinity=False), st.sampled_from(LOCALES))
def test_a_number_formatted_for_a_locale_reads_back(value, locale):
    decimal, group = number_symbols(locale)
    text = format_decimal(value, locale=locale, decimal_quantization=False)
    assert parse_number(text, decimal, group) == value


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(LOCALES))
def test_whole_numbers_read_back_with_and_without_grouping(value, locale):
    decimal, group = number_symbols(locale)
    assert parse_number(format_decimal(value, locale=locale), decimal, group) == value
    assert parse_number(str(value), decimal, group) == value


@given(st.text(max_size=40))
def test_normalisation_is_idempotent_and_ignores_case_and_spacing(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert normalize_text(f"  {text.upper()}  ") == normalize_text(text.upper())
    assert "  " not in once and once == once.strip()


def test_text_answers_ignore_case_width_and_spaces():
    assert text_matches("  public   PROCUREMENT service ", ["Public Procurement Service"])
    assert text_matches("ＰＰＳ", ["PPS"])
    assert not text_matches("", ["PPS"])
    assert not text_matches("KFTC", ["PPS"])


def test_numeric_tolerance():
    assert numeric_matches("62,6", 62.6, 0, ",", "\u00a0")
    assert numeric_matches("62.5", 62.6, 0.1, ".", ",")
    assert not numeric_matches("62.4", 62.6, 0.1, ".", ",")
    assert not numeric_matches("sixty", 62.6, 1, ".", ",")
