"""The record form's number fields (issue 22: one digit system per view) show a value in the view's digits and
decimal separator (Arabic digits and "٫" in Arabic, beside the Arabic-digit dates), read what a person types in
either digit system, and hand the catalogue the same value as before: the form stores exactly what it stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from factories import profile, sample, training
from labnet.catalogue.records import RECORD_TYPES
from labnet.catalogue.store import Catalogue
from labnet.desktop import i18n
from labnet.desktop.forms import RecordEditor
from labnet.desktop.tasks import Tasks

LATIN = set("0123456789")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """Closing a form with typed changes asks whether to discard them: never block the tests on it."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)


@pytest.fixture
def tasks(tmp_path):
    tasks = Tasks(lambda: Catalogue.open(tmp_path, user="amina"), synchronous=True)
    yield tasks
    tasks.shutdown()


@pytest.fixture
def form(qtbot, qapp, tasks):
    def make(language: str, kind: str = "reference_sample", record: dict | None = None) -> RecordEditor:
        i18n.install(qapp, language)   # conftest puts English back before the next test
        editor = RecordEditor(tasks, kind, record, None)
        qtbot.addWidget(editor)
        editor.show()
        return editor

    return make


def stored(tasks, kind: str, key: dict) -> dict:
    out: list = []
    tasks.run(lambda cat: cat.find(kind, key), out.append, lambda exc: (_ for _ in ()).throw(exc))
    return out[0]


def type_and_leave(editor: RecordEditor, name: str, text: str) -> None:
    widget = editor.field_widget(name)
    widget.clear()
    for ch in text:   # key presses carrying the character (QTest.keyClicks aborts on an Arabic one)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert widget.text() == text
    widget.editingFinished.emit()   # the person leaves the field


def save(qtbot, editor: RecordEditor) -> None:
    assert editor.save_button.isEnabled(), editor.banner.plain_text()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        editor.save()


def test_an_arabic_form_shows_its_numbers_in_arabic_digits_and_hands_on_the_same_values(form):
    editor = form("ar", record=sample(purity=98.0, quantity=1, remaining_quantity=0.25, purity_uncertainty=0.4))
    shown = {name: editor.field_widget(name).text() for name in ("purity", "quantity", "remaining_quantity",
                                                                 "purity_uncertainty")}
    assert shown == {"purity": "٩٨", "quantity": "١", "remaining_quantity": "٠٫٢٥", "purity_uncertainty": "٠٫٤"}
    values = editor.values()   # what the catalogue is given: as before, the value's own text
    assert (values["purity"], values["quantity"], values["remaining_quantity"]) == ("98", "1", "0.25")
    assert (editor.clean["purity"], editor.clean["remaining_quantity"]) == (98.0, 0.25)
    assert not editor.is_dirty()


@pytest.mark.parametrize("typed", ["٩٨٫٥", "98.5", "۹۸٫۵"])   # Arabic-Indic, Latin, and the Persian forms
def test_a_number_typed_in_either_digit_system_in_arabic_is_stored_and_shown_in_arabic_digits(qtbot, form, tasks,
                                                                                            typed):
    editor = form("ar", record=sample(inventory_code="RS-AR-1", purity=99.2))
    type_and_leave(editor, "purity", typed)
    assert editor.field_widget("purity").text() == "٩٨٫٥"
    assert editor.clean["purity"] == 98.5 and editor.field_error("purity") == ""
    save(qtbot, editor)
    assert stored(tasks, "reference_sample", {"inventory_code": "RS-AR-1"})["purity"] == 98.5


@pytest.mark.parametrize(("typed", "read"), [("1,5", 1.5), ("١٢٬٥٠٠", 12500.0),
                                             ("١٬٢٣٤٫٥", 1234.5)])
def test_separators_are_read_as_the_catalogue_reads_them_and_the_reading_is_then_shown(qtbot, form, typed, read):
    editor = form("ar", record=sample(quantity=None, remaining_quantity=None))
    type_and_leave(editor, "quantity", typed)
    assert editor.clean["quantity"] == read == RECORD_TYPES["reference_sample"].field("quantity").parse(typed)
    assert editor.field_widget("quantity").text() == i18n.locale_digits(repr(read).removesuffix(".0"))


# "12,500" (12.5 or 12500?) and "١٢٬٥" (a group of one digit) were read as 12.5 and 125 before issue 22
@pytest.mark.parametrize("typed", ["٩٨x", "٩٨،٥", "12..5", "١٢-", "12,500", "١٢٬٥"])
def test_what_is_not_a_number_stays_as_typed_and_is_refused(qtbot, form, typed):
    editor = form("ar", record=sample(purity=99.2))
    type_and_leave(editor, "purity", typed)
    assert editor.field_widget("purity").text() == typed
    assert editor.clean["purity"] is None and editor.field_error("purity")
    assert not editor.save_button.isEnabled()


def test_a_value_out_of_range_stays_as_typed_and_is_refused(qtbot, form):
    editor = form("ar", kind="training_record", record=training(activity_type="proficiency_test"))
    type_and_leave(editor, "z_score", "١٢٠")
    assert editor.field_widget("z_score").text() == "١٢٠" and editor.field_error("z_score")


def test_a_negative_number_shows_with_the_arabic_minus_sign_and_reads_back_when_edited(qtbot, form):
    editor = form("ar", kind="training_record", record=training(activity_type="proficiency_test", z_score=-1.5))
    field = editor.field_widget("z_score")
    assert field.text() == i18n.number(-1.5) and not LATIN & set(field.text())
    assert editor.values()["z_score"] == "-1.5"
    field.setText(field.text().replace("٥", "٧"))   # the person changes a digit, the minus sign left as shown
    assert editor.clean["z_score"] == -1.7 and editor.field_error("z_score") == ""


def test_tiny_and_huge_values_show_every_digit_not_an_exponent(form):
    editor = form("ar", record=sample(purity_uncertainty=1e-05, quantity=2e16, remaining_quantity=None))
    assert editor.field_widget("purity_uncertainty").text() == "٠٫٠٠٠٠١"
    assert editor.field_widget("quantity").text() == "٢" + "٠" * 16
    assert editor.clean["purity_uncertainty"] == 1e-05 and editor.clean["quantity"] == 2e16


def test_the_peak_areas_of_an_arabic_form_show_in_arabic_digits_and_store_the_same_areas(qtbot, form, tasks):
    record = profile(lab_sample_number="LS-AR-1", peaks={"1-phenyl-2-propanone": 1.25, "DPIA": 12500.0})
    editor = form("ar", kind="profiling_result", record=record)
    table = editor.inputs["peaks"].table
    areas = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert areas == {"1-phenyl-2-propanone": "١٫٢٥", "DPIA": "١٢٥٠٠"}
    assert editor.clean["peaks"] == record["peaks"] and not editor.is_dirty()
    table.item(1, 1).setText("٧٫٥")    # typed in Arabic digits
    table.item(0, 1).setText("0.5")   # and in Latin ones
    assert editor.clean["peaks"] == {"1-phenyl-2-propanone": 0.5, "DPIA": 7.5}
    assert (table.item(0, 1).text(), table.item(1, 1).text()) == ("٠٫٥", "٧٫٥")   # the Latin one shown as read
    save(qtbot, editor)
    assert stored(tasks, "profiling_result", {"lab_sample_number": "LS-AR-1"})["peaks"] == {
        "1-phenyl-2-propanone": 0.5, "DPIA": 7.5}


@pytest.mark.parametrize(("language", "typed"), [("fr", "98,25"), ("en", "98.25"), ("es", "98,25"), ("ru", "98,25")])
def test_latin_digit_languages_show_and_hand_on_numbers_as_before(qtbot, form, language, typed):
    editor = form(language, record=sample(purity=98.5, quantity=12500, remaining_quantity=1e-05))
    shown = {name: editor.field_widget(name).text() for name in ("purity", "quantity", "remaining_quantity")}
    assert shown == {"purity": "98.5", "quantity": "12500", "remaining_quantity": "1e-05"}   # as stored, unchanged
    type_and_leave(editor, "purity", typed)
    # Shown as typed; handed on as the number the view read (issue 22; before, as typed, for the catalogue to guess)
    assert editor.field_widget("purity").text() == typed and editor.values()["purity"] == "98.25"
    assert editor.clean["purity"] == 98.25


def test_a_latin_form_saves_what_it_saved_before(qtbot, form, tasks):
    editor = form("fr", record=sample(inventory_code="RS-FR-1", purity=99.2))
    type_and_leave(editor, "purity", "98,5")
    save(qtbot, editor)
    assert stored(tasks, "reference_sample", {"inventory_code": "RS-FR-1"})["purity"] == 98.5
