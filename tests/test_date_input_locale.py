"""The record form's date fields (issue 22) show a date as the tables beside them do: the locale's short form and
digits (Arabic digits in Arabic, not "2026-02-17"), while the form hands on, and the catalogue stores, ISO."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from labnet.catalogue.records import RECORD_TYPES
from labnet.desktop import i18n
from labnet.desktop.forms.inputs import DateInput


@pytest.fixture
def date_input(qtbot, qapp):
    def make(language: str) -> DateInput:
        i18n.install(qapp, language)   # conftest puts English back before the next test
        made = DateInput(RECORD_TYPES["reference_sample"].field("received_on"), "Pick a date")
        qtbot.addWidget(made.edit)
        return made

    return make


def test_a_stored_date_shows_in_the_locales_form_and_digits_and_stays_iso(date_input):
    field = date_input("ar")
    field.set_value("2026-02-17")
    assert field.edit.text() == i18n.date_text("2026-02-17") != "2026-02-17"
    assert not any(ch in "0123456789" for ch in field.edit.text()), field.edit.text()   # Arabic digits
    assert field.raw() == field.state() == "2026-02-17"


@pytest.mark.parametrize(("language", "typed", "shown"), [("fr", "05/01/2031", "05/01/2031"),
                                                          ("ru", "05.01.2031", "05.01.2031"),
                                                          ("fr", "2031-01-05", "05/01/2031")])
def test_a_date_typed_in_the_locales_form_or_iso_is_read_and_shown_in_the_locales_form(date_input, language, typed,
                                                                                       shown):
    field = date_input(language)
    field.edit.setText(typed)
    assert field.raw() == "2031-01-05"
    field.edit.editingFinished.emit()
    assert field.edit.text() == shown and field.raw() == "2031-01-05"


def test_a_picked_date_shows_in_the_locales_form(date_input):
    field = date_input("ar")
    field._picked(QDate(2026, 2, 17))
    assert field.edit.text() == i18n.date_text("2026-02-17") and field.raw() == "2026-02-17"


def test_what_is_not_a_date_is_handed_on_as_typed_for_the_catalogue_to_refuse(date_input):
    field = date_input("fr")
    field.edit.setText("31/02/2030")
    assert field.raw() == "31/02/2030"
    field.edit.editingFinished.emit()
    assert field.edit.text() == "31/02/2030"   # left for the form to say what is wrong
