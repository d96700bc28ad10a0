"""A typed number that two conventions read differently is refused, never guessed (issue 22).

``parse_number`` is the reader where no convention is known (the CLI, JSON, custody quantities, exchange
amounts, field types): "12,500" is 12.5 in French and 12500 in English, so it is refused with both readings
named; a group separator is accepted only between groups of three digits.  The old reader read "12,500" and
"12.500" as 12.5, "١٢٬٥" as 125 and refused "1,234,567".
"""

from __future__ import annotations

import pytest

from factories import sample
from labnet.catalogue import custody
from labnet.catalogue.errors import CatalogueError, message_of
from labnet.catalogue.field_types import NUMBER
from labnet.catalogue.parsing import ViewNumber, parse_number, parse_number_as


@pytest.mark.parametrize("text,decimal,grouped", [
    ("12,500", "12.5", "12500"), ("-12,500", "-12.5", "-12500"), ("999,999", "999.999", "999999"),
    ("1,234", "1.234", "1234"), ("١٢,٥٠٠", "12.5", "12500"), (" 12,500 ", "12.5", "12500"),
])
def test_a_comma_before_three_digits_alone_is_refused_naming_both_readings(text, decimal, grouped):
    with pytest.raises(ValueError) as caught:
        parse_number(text)
    assert message_of(caught.value) == f"“{text.strip()}” could be {decimal} or {grouped}: write {decimal} or {grouped}"


@pytest.mark.parametrize("text", ["١٢٬٥", "1,23,4", "1,2,3", "12,50,000", "1.23.4", "1٬23٬456", "-1,23,456.5",
                                  "1,234.567,8", "1.234,5.6", "1,234.5٬6"])
def test_misplaced_group_separators_are_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text,value", [
    ("1,234,567", 1234567.0), ("1.234.567", 1234567.0), ("-1,234,567.25", -1234567.25), ("1.234.567,25", 1234567.25),
    ("١٬٢٣٤٬٥٦٧", 1234567.0), ("١٬٥٠٠٫٥", 1500.5), ("٩٨٫٥", 98.5),
    # a point alone is the decimal point (science, CSV, JSON), however many digits follow it
    ("1.234", 1.234), ("12.500", 12.5), ("1.5E-3", 0.0015),
    # a comma followed by other than three digits is a decimal comma; no grouped number starts with 0
    ("1,5", 1.5), ("99,25", 99.25), ("1234,567", 1234.567), ("0,500", 0.5), ("-0,125", -0.125), ("1,5e3", 1500.0),
    ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1 234,5", 1234.5), ("12 500", 12500.0), ("1\u202f234\u00a0567", 1234567.0),
])
def test_what_one_reading_fits_is_read(text, value):
    assert parse_number(text) == value


def test_every_reader_built_on_it_refuses_the_guess(cat):
    with pytest.raises(ValueError, match="could be 12.5 or 12500"):
        NUMBER.read(None, "12,500")
    assert NUMBER.read(None, "1,234,567") == 1234567.0
    standard = cat.add("reference_sample", sample(opened_on=None))   # 80 mg
    with pytest.raises(CatalogueError, match="could be 12.5 or 12500"):
        custody.withdraw(cat, standard["id"], "12,500", "mg")
    assert cat.get("reference_sample", standard["id"])["remaining_quantity"] == 80   # nothing taken
    custody.withdraw(cat, standard["id"], "12,5", "mg")
    assert cat.get("reference_sample", standard["id"])["remaining_quantity"] == 67.5


# The separators of the views' locales (QLocale's decimalPoint and groupSeparator in Qt 6).
VIEWS = {"en": (".", ","), "fr": (",", "\u202f"), "ru": (",", "\u00a0"), "es": (",", "."), "ar": ("\u066b", "\u066c")}


@pytest.mark.parametrize("view,text,value", [
    ("en", "12,500", 12500.0), ("en", "1,234.5", 1234.5), ("en", "1.234", 1.234), ("en", "−1,234", -1234.0),
    ("fr", "12,500", 12.5), ("fr", "12 500", 12500.0), ("fr", "12\u202f500,25", 12500.25), ("fr", "-1 234,5", -1234.5),
    ("ru", "12,500", 12.5), ("ru", "12 500", 12500.0), ("es", "12.500", 12500.0), ("es", "12,5", 12.5),
    ("es", "1,5e3", 1500.0), ("ar", "١٢٬٥٠٠", 12500.0), ("ar", "٩٨٫٥", 98.5), ("ar", "١٬٢٣٤٫٥", 1234.5),
    # a separator not the view's: read as parse_number reads it
    ("ar", "1,5", 1.5), ("ar", "98.5", 98.5), ("fr", "12.5", 12.5), ("en", "12 500", 12500.0),
])
def test_a_view_reads_its_own_convention(view, text, value):
    assert parse_number_as(text, *VIEWS[view]) == value
    assert parse_number(ViewNumber(text, *VIEWS[view])) == value


@pytest.mark.parametrize("view,text", [
    ("en", "1,5"), ("en", "1.234,5"), ("fr", "12 50"), ("es", "1.5"), ("es", "1,234.5"), ("ar", "١٢٬٥"),
    ("ar", "12,500"), ("en", "1,23,4"), ("fr", "1,2,3"),
])
def test_what_the_view_cannot_read_unambiguously_is_refused(view, text):
    with pytest.raises(ValueError):
        parse_number_as(text, *VIEWS[view])
    with pytest.raises(ValueError):
        NUMBER.read(None, ViewNumber(text, *VIEWS[view]))


def test_an_exchange_amount_is_refused_or_read_by_its_views_convention():
    from labnet.sync.exchange import _amount  # what offer_standard and request_standard read the amount with

    with pytest.raises(CatalogueError, match="could be 12.5 or 12500"):
        _amount("12,500", "mg")
    assert _amount(ViewNumber("12,500", *VIEWS["en"]), "mg") == (12500.0, "mg")
    assert _amount(ViewNumber("12,500", *VIEWS["fr"]), "mg") == (12.5, "mg")
