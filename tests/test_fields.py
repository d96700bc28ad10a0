"""Reading values the way analysts and spreadsheets write them."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labnet.catalogue.fields import Field, cas_is_valid, parse_date, parse_number


@pytest.mark.parametrize("cas", ["50-36-2", "53-21-4", "561-27-3", "58-08-2", "7722-64-7", "42542-10-9"])
def test_real_cas_numbers_pass_the_check_digit(cas):
    assert cas_is_valid(cas)


@pytest.mark.parametrize("cas", ["50-36-3", "53-21-5", "5036-2", "50-362", "abc", "1-00-0"])
def test_wrong_cas_numbers_fail(cas):
    assert not cas_is_valid(cas)


def test_cas_field_explains_a_wrong_check_digit():
    with pytest.raises(ValueError, match="check digit"):
        Field("cas", "cas", "CAS").parse("50-36-3")
    with pytest.raises(ValueError, match="form 1234-56-7"):
        Field("cas", "cas", "CAS").parse("50 36 2")


@pytest.mark.parametrize("raw,expected", [
    ("99.5", 99.5), ("99,5", 99.5), ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1 234,5", 1234.5),
    (" 7 ", 7.0), (3, 3.0), ("−2", -2.0),
    ("1\u202f500,5", 1500.5),                  # as French Qt writes it (narrow no-break space)
    ("٩٩٫٥", 99.5), ("١٬٥٠٠٫٥", 1500.5),      # as Arabic Qt writes it (Arabic-Indic digits and separators)
])
def test_numbers_with_decimal_commas_and_separators(raw, expected):
    assert parse_number(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "1,2,3", "nan", "inf", True])
def test_not_numbers(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


@pytest.mark.parametrize("raw,expected", [
    ("2024-03-05", "2024-03-05"), ("2024/3/5", "2024-03-05"), ("25/12/2024", "2024-12-25"),
    ("12/25/2024", "2024-12-25"), ("05.05.2024", "2024-05-05"), ("3 Mar 2025", "2025-03-03"),
    (dt.date(2024, 1, 2), "2024-01-02"), (dt.datetime(2024, 1, 2, 13, 5), "2024-01-02"),
    ("2024-03-05T10:00:00Z", "2024-03-05"),
])
def test_dates(raw, expected):
    assert parse_date(raw) == expected


def test_ambiguous_day_month_is_refused_with_both_readings():
    with pytest.raises(ValueError, match="2024-04-03 or 2024-03-04"):
        parse_date("03/04/2024")


@pytest.mark.parametrize("raw", ["2024-02-30", "31/31/2024", "yesterday", "2024-13-01"])
def test_impossible_dates(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


def test_choice_accepts_code_label_and_synonym_and_lists_the_choices_when_wrong():
    f = Field("status", "choice", "Status", choices={"in_use": "In use", "disposed": "Disposed"},
              synonyms={"discarded": "disposed"})
    assert f.parse("IN USE") == "in_use"
    assert f.parse("in_use") == "in_use"
    assert f.parse(" Discarded ") == "disposed"
    with pytest.raises(ValueError, match="not one of: In use, Disposed"):
        f.parse("lost")


def test_peaks_text_and_errors():
    f = Field("peaks", "peaks", "Peaks")
    assert f.parse("caffeine=12.5; P2P=0,3") == {"caffeine": 12.5, "P2P": 0.3}
    with pytest.raises(ValueError, match="negative"):
        f.parse("caffeine=-1")
    with pytest.raises(ValueError, match="appears twice"):
        f.parse("a=1; a=2")
    with pytest.raises(ValueError, match="compound=area"):
        f.parse("caffeine 12")


def test_minimum_and_maximum():
    f = Field("h", "float", "Hours", minimum=0, maximum=10)
    with pytest.raises(ValueError, match="below the minimum of 0"):
        f.parse("-1")
    with pytest.raises(ValueError, match="above the maximum of 10"):
        f.parse("11")


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_float_text_round_trip(value):
    f = Field("x", "float", "X")
    assert f.parse(f.to_text(value)) == value


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters=";|\n\r", blacklist_categories=("Cs",)),
                        min_size=1).map(str.strip).filter(bool), max_size=5))
def test_list_text_round_trip(items):
    f = Field("x", "list", "X")
    assert f.parse(f.to_text(items) or None) == (items or None)


@given(st.dictionaries(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-,() ", min_size=1).map(str.strip)
                       .filter(bool), st.floats(min_value=0, max_value=1e9), max_size=6))
def test_peaks_text_round_trip(peaks):
    f = Field("x", "peaks", "X")
    assert f.parse(f.to_text(peaks) or None) == (peaks or None)
