"""Numbers typed in the desktop are read with the view's conventions first (issue 22): "12,500" is 12500 in an
English view and 12.5 in a French one, "12.500" 12500 in a Spanish one; what the view cannot read unambiguously is
refused in the field, and the catalogue is handed the number read ("12500"), never text it could read otherwise.
Before, every view handed on the typed text and the catalogue read "12,500" as 12.5 and "1,5" as 1.5 in English."""

from __future__ import annotations

import pytest

from factories import profile, sample
from labnet.desktop import i18n
from labnet.desktop.forms import WithdrawalDialog
from test_number_input_locale import form, no_blocking_message_boxes, save, stored, tasks, type_and_leave  # noqa: F401


@pytest.mark.parametrize(("language", "typed", "read"), [
    ("en", "12,500", 12500.0), ("en", "1,234.5", 1234.5), ("en", "0.5", 0.5),
    ("fr", "12,500", 12.5), ("fr", "12 500", 12500.0), ("fr", "12\u202f500,5", 12500.5),
    ("ru", "12,500", 12.5), ("ru", "12 500", 12500.0),
    ("es", "12.500", 12500.0), ("es", "12,5", 12.5), ("es", "1.234,5", 1234.5),
    ("ar", "١٢٬٥٠٠", 12500.0), ("ar", "١٢٫٥", 12.5),
])
def test_a_number_is_read_by_the_views_convention_and_handed_on_as_read(qtbot, form, language, typed, read):
    editor = form(language, record=sample(quantity=None, remaining_quantity=None))
    type_and_leave(editor, "quantity", typed)
    assert editor.clean["quantity"] == read and editor.field_error("quantity") == ""
    assert editor.values()["quantity"] == repr(read).removesuffix(".0")   # the number, not the typed text


@pytest.mark.parametrize(("language", "typed", "reason"), [
    ("en", "1,5", "thousands separators in the wrong place"), ("en", "1.234,5", "thousands separators"),
    ("es", "1.5", "thousands separators"), ("fr", "12 50", "thousands separators"),
    ("ar", "12,500", "could be 12.5 or 12500"), ("ar", "١٢٬٥", "thousands separators"),
])
def test_what_the_view_cannot_read_is_refused_in_the_field(qtbot, form, language, typed, reason):
    editor = form(language, record=sample(quantity=None, remaining_quantity=None))
    type_and_leave(editor, "quantity", typed)
    assert editor.clean["quantity"] is None
    assert editor.field_error("quantity") and not editor.save_button.isEnabled()
    if language == "en":
        assert reason in editor.field_error("quantity")


def test_an_english_form_stores_twelve_thousand_five_hundred(qtbot, form, tasks):
    editor = form("en", record=sample(inventory_code="RS-EN-1", quantity=None, remaining_quantity=None))
    type_and_leave(editor, "quantity", "12,500")
    type_and_leave(editor, "remaining_quantity", "12,000")
    save(qtbot, editor)
    got = stored(tasks, "reference_sample", {"inventory_code": "RS-EN-1"})
    assert (got["quantity"], got["remaining_quantity"]) == (12500.0, 12000.0)


def test_an_untouched_stored_value_is_handed_on_as_stored(form):
    editor = form("es", record=sample(quantity=12500, purity=98.5, remaining_quantity=1e-05))
    values = editor.values()
    assert (values["quantity"], values["purity"], values["remaining_quantity"]) == ("12500", "98.5", "1e-05")


@pytest.mark.parametrize(("language", "typed", "read"), [("en", "12,500", 12500.0), ("fr", "12,500", 12.5),
                                                         ("es", "12.500", 12500.0)])
def test_peak_areas_are_read_by_the_views_convention(qtbot, form, language, typed, read):
    editor = form(language, kind="profiling_result", record=profile(peaks={"caffeine": 1.0}))
    editor.inputs["peaks"].table.item(0, 1).setText(typed)
    assert editor.clean["peaks"] == {"caffeine": read}


def test_a_peak_area_the_view_cannot_read_is_refused(qtbot, form):
    editor = form("en", kind="profiling_result", record=profile(peaks={"caffeine": 1.0}))
    editor.inputs["peaks"].table.item(0, 1).setText("1,5")
    assert editor.clean["peaks"] is None and editor.field_error("peaks")


def withdrawal(qtbot, qapp, tasks, language: str) -> WithdrawalDialog:
    i18n.install(qapp, language)   # conftest puts English back before the next test
    out: list = []
    tasks.run(lambda cat: cat.add("reference_sample", sample()), out.append, lambda exc: (_ for _ in ()).throw(exc))
    dialog = WithdrawalDialog(tasks, out[0], None)   # 80 mg remaining
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(("language", "typed", "after"), [("fr", "0,0125", "67,5 mg"), ("en", "0.0125", "67.5 mg"),
                                                          ("es", "0,0125", "67,5 mg")])
def test_a_withdrawal_reads_the_views_convention(qtbot, qapp, tasks, language, typed, after):
    dialog = withdrawal(qtbot, qapp, tasks, language)
    qtbot.keyClicks(dialog.quantity, typed)
    dialog.unit.setCurrentText("g")
    assert dialog.amount() == (0.0125, "") and dialog.after.text() == after


@pytest.mark.parametrize(("language", "typed"), [("en", "0,0125"), ("en", "12,5"), ("es", "1.5")])
def test_a_withdrawal_refuses_what_the_view_cannot_read(qtbot, qapp, tasks, language, typed):
    dialog = withdrawal(qtbot, qapp, tasks, language)
    qtbot.keyClicks(dialog.quantity, typed)
    value, problem = dialog.amount()
    assert value is None and problem and not dialog.record_button.isEnabled()
    if language == "en":
        assert "thousands separators in the wrong place" in problem
