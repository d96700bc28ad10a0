"""The withdrawal dialog: stock before and after, and what custody refuses."""

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QMessageBox

from factories import days, sample
from labnet.catalogue import custody
from labnet.catalogue.store import Catalogue
from labnet.desktop.forms import RecordEditor, WithdrawalDialog
from labnet.desktop.tasks import Tasks


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)


@pytest.fixture
def tasks(tmp_path):
    tasks = Tasks(lambda: Catalogue.open(tmp_path, user="amina"), synchronous=True)
    yield tasks
    tasks.shutdown()


def run(tasks, fn):
    out = []
    tasks.run(fn, out.append, lambda exc: (_ for _ in ()).throw(exc))
    return out[0]


def add(tasks, **over):
    return run(tasks, lambda cat: cat.add("reference_sample", sample(**over)))


def open_dialog(qtbot, tasks, record):
    dialog = WithdrawalDialog(tasks, record, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def usage(tasks, record):
    return run(tasks, lambda cat: custody.usage_log(cat, record["id"]))


def test_a_withdrawal_in_another_unit_lowers_the_stock(qtbot, tasks):
    record = add(tasks)  # 80 mg remaining
    dialog = open_dialog(qtbot, tasks, record)
    assert dialog.before.text() == "80 mg"
    assert [dialog.unit.itemText(i) for i in range(dialog.unit.count())] == ["µg", "mg", "g", "kg"]
    assert dialog.unit.currentText() == "mg"
    assert dialog.withdrawn_by.currentText() == "amina"
    assert not dialog.record_button.isEnabled()
    qtbot.keyClicks(dialog.quantity, "0.0125")   # "0,0125" is refused in an English view (issue 22)
    dialog.unit.setCurrentText("g")
    assert dialog.after.text() == "67.5 mg"
    qtbot.keyClicks(dialog.case_number, "CR/2025/17")
    dialog.purpose.setCurrentText("Calibration")
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.record_button.click()
    entry = blocker.args[0]
    assert (entry["quantity"], entry["unit"], entry["remaining_after"]) == (0.0125, "g", 67.5)
    assert (entry["case_number"], entry["purpose"], entry["withdrawn_by"]) == ("CR/2025/17", "Calibration", "amina")
    assert run(tasks, lambda cat: cat.get("reference_sample", record["id"]))["remaining_quantity"] == 67.5
    assert not dialog.isVisible()


def test_below_zero_is_refused_and_nothing_is_written(qtbot, tasks):
    record = add(tasks)
    dialog = open_dialog(qtbot, tasks, record)
    qtbot.keyClicks(dialog.quantity, "81")
    assert "Only 80 mg of RS-2025-001 remain; 81 mg cannot be withdrawn." in dialog.quantity_error.text.text()
    assert dialog.quantity_error.isVisible()
    assert not dialog.record_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.record()  # even if asked directly
    assert usage(tasks, record) == []
    assert run(tasks, lambda cat: cat.get("reference_sample", record["id"]))["remaining_quantity"] == 80


@pytest.mark.parametrize("typed, message", [("0", "more than zero"), ("lots", "is not a number")])
def test_unreadable_quantities(qtbot, tasks, typed, message):
    dialog = open_dialog(qtbot, tasks, add(tasks))
    qtbot.keyClicks(dialog.quantity, typed)
    assert message in dialog.quantity_error.text.text()
    assert not dialog.record_button.isEnabled()


def test_what_custody_refuses_is_shown_in_its_own_words(qtbot, tasks):
    record = add(tasks, status="quarantined")
    dialog = open_dialog(qtbot, tasks, record)
    assert "can only be recorded from a standard in use" in dialog.banner_text.text()  # said up front
    qtbot.keyClicks(dialog.quantity, "5")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.record_button.click()
    assert "RS-2025-001 is quarantined; only a standard in use can be withdrawn from" in dialog.banner_text.text()
    assert dialog.isVisible() and usage(tasks, record) == []


def test_a_withdrawal_after_someone_else_changed_the_standard(qtbot, tasks):
    record = add(tasks)
    dialog = open_dialog(qtbot, tasks, record)
    run(tasks, lambda cat: custody.withdraw(cat, record["id"], 30, "mg"))  # at the next bench
    qtbot.keyClicks(dialog.quantity, "10")
    dialog.record_button.click()
    assert "reopen it and record the withdrawal again" in dialog.banner_text.text()
    assert dialog.before.text() == "50 mg"  # the stock as it is now
    with qtbot.waitSignal(dialog.saved):
        dialog.record_button.click()
    assert [e["remaining_after"] for e in usage(tasks, record)] == [50.0, 40.0]


def test_a_time_in_the_future_is_refused(qtbot, tasks):
    dialog = open_dialog(qtbot, tasks, add(tasks))
    qtbot.keyClicks(dialog.quantity, "1")
    dialog.taken.setDateTime(QDateTime.currentDateTime().addDays(2))
    assert "in the future" in dialog.taken_error.text.text()
    assert not dialog.record_button.isEnabled()


def test_record_withdrawal_from_the_sample_form_updates_it(qtbot, tasks):
    record = add(tasks)
    editor = RecordEditor(tasks, "reference_sample", record, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.extras.withdraw_button.click()
    dialog = editor.extras.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.quantity, "80")
    with qtbot.waitSignal(editor.saved):
        dialog.record_button.click()
    assert editor.extras.log_table.rowCount() == 1
    assert editor.field_widget("remaining_quantity").text() == "0"
    assert editor.field_widget("status").currentData() == "consumed"  # the last of it was taken
    assert editor.version == 2 and not editor.is_dirty()
    assert editor.field_widget("opened_on").text() == days(-150)
