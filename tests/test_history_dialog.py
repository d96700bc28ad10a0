"""The History dialog, driven through its real widgets on a real catalogue: opened from a record's
context menu, the record form and Edit → Record history; restoring only for an administrator or a
quality manager."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from factories import STAFF_PASSWORDS, add_staff, sample
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries, errors
from labnet.desktop.forms import RecordEditor
from labnet.desktop.history_dialog import HistoryDialog
from labnet.desktop.login import Session
from labnet.desktop.record_page import RecordPage
from labnet.desktop.tasks import Tasks


@pytest.fixture
def path(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="owner") as cat:
        add_staff(cat)
        rec = cat.add("reference_sample", sample(quantity=100, remaining_quantity=80))
        cat.update("reference_sample", rec["id"], {"remaining_quantity": 60, "storage_location": "Safe 3"})
    return tmp_path / "lab" / "catalogue.db"


def tasks_for(path, user):
    def opener():
        cat = catalogue_queries.open_catalogue(path, user)
        cat.sign_in(user, STAFF_PASSWORDS[user])
        return cat
    return Tasks(opener, synchronous=True)


def record_id(path):
    with Catalogue.open(path.parent, user="admin") as cat:
        return cat.find("reference_sample", {"inventory_code": "RS-2025-001"})["id"]


def open_dialog(qtbot, path, user):
    dialog = HistoryDialog(tasks_for(path, user), "reference_sample", record_id(path))
    qtbot.addWidget(dialog)
    return dialog


def row_texts(item):
    return [item.text(c) for c in range(4)]


def test_versions_newest_first_with_who_when_and_each_change_in_display_form(qtbot, path):
    dialog = open_dialog(qtbot, path, "qm")
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    newest, first = tree.topLevelItem(0), tree.topLevelItem(1)
    assert row_texts(newest)[0] == "2" and "(ana)" in row_texts(newest)[2]
    assert row_texts(newest)[3] == "Changed 2 fields"
    changes = {newest.child(i).text(2): newest.child(i).text(3) for i in range(newest.childCount())}
    assert changes == {"Remaining": "80 mg → 60 mg", "Storage location": "Safe 2, shelf B → Safe 3"}
    assert row_texts(first)[3] == "Created" and first.childCount() > 10
    assert "match the digest" in newest.toolTip(3)
    # The time in the locale's short form (the tests' locale writes ISO dates).
    assert newest.text(1)[:4].isdigit() and "T" not in newest.text(1)


def test_a_quality_manager_restores_a_version_as_a_new_one(qtbot, path, monkeypatch):
    dialog = open_dialog(qtbot, path, "qm")
    assert not dialog.restore_button.isEnabled()        # the current version is selected
    assert dialog.restore_button.toolTip() == "This is the current version."
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored) as restored:
        dialog.restore_button.click()
    assert restored.args[0]["version"] == 3 and restored.args[0]["storage_location"] == "Safe 2, shelf B"
    assert dialog.tree.topLevelItemCount() == 3
    top = dialog.tree.topLevelItem(0)
    notes = [top.child(i).text(3) for i in range(top.childCount())]
    assert "Restored from version 1" in notes and "Safe 3 → Safe 2, shelf B" in notes
    with Catalogue.open(path.parent, user="admin") as cat:
        assert cat.audit_entries()[-1]["action"] == "restore_version" and cat.verify().ok


def test_an_analyst_may_not_restore_and_is_told_why(qtbot, path, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "_present", shown.append)
    dialog = open_dialog(qtbot, path, "ana")
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert not dialog.restore_button.isEnabled()
    assert "Only an administrator or a quality manager" in dialog.restore_button.toolTip()
    dialog.restore_selected(confirm=False)     # even asked directly, the catalogue refuses
    assert shown and "Only an administrator or a quality manager" in shown[0].text()
    with Catalogue.open(path.parent, user="admin") as cat:
        assert cat.get("reference_sample", record_id(path))["version"] == 2


def test_opened_from_the_context_menu_the_form_and_the_edit_menu(qtbot, path, tmp_path):
    tasks = tasks_for(path, "qm")
    session = Session()
    tasks.run(catalogue_queries.session_info, session.update)
    page = RecordPage(tasks, "reference_sample", session,
                      settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.model.is_loaded(0))
    rect = page.table.visualRect(page.model.index(0, 0))
    page.table.customContextMenuRequested.emit(rect.center())
    menu = page.record_menu
    entries = [a.text() for a in menu.actions() if a.text()]
    assert entries[0] == "Open" and entries[-1] == "History…"
    menu.actions()[-1].trigger()
    dialogs = [w for w in page._dialogs if isinstance(w, HistoryDialog)]
    assert dialogs and dialogs[0].tree.topLevelItemCount() == 2
    assert "RS-2025-001" in dialogs[0].windowTitle()
    dialogs[0].close()
    menu.close()

    editor = RecordEditor(tasks, "reference_sample", {"id": record_id(path)}, None)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.history_button.isVisible()
    editor.history_button.click()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible()]
    assert shown and shown[0].parent() is editor
    shown[0].close()
    # Ctrl+H in the form too.
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert [w for w in editor.findChildren(HistoryDialog) if w.isVisible()]
    new = RecordEditor(tasks, "reference_sample", None, None)
    qtbot.addWidget(new)
    assert not hasattr(new, "history_button")     # a record not saved yet has no history


def test_a_deleted_record_is_found_in_deleted_records_and_brought_back(qtbot, path, tmp_path, monkeypatch):
    from labnet.desktop.deleted_dialog import DeletedRecordsDialog

    with Catalogue.open(path.parent, user="admin") as cat:
        cat.sign_in("admin", STAFF_PASSWORDS["admin"])
        cat.delete("reference_sample", record_id(path), reason="entered twice")
    tasks = tasks_for(path, "admin")
    deleted = DeletedRecordsDialog(tasks, "reference_sample")
    qtbot.addWidget(deleted)
    row = deleted.tree.topLevelItem(0)
    assert [row.text(0), row.text(2), row.text(3)] == ["RS-2025-001", "admin", "entered twice"]
    dialog = deleted.open_history()
    assert dialog.tree.topLevelItem(0).text(3) == "Deleted" and "the record is deleted" in dialog.summary.text()
    assert dialog.restore_button.isEnabled()            # its last values are known
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored) as restored:
        dialog.restore_button.click()
    back = restored.args[0]
    assert back["inventory_code"] == "RS-2025-001" and back["storage_location"] == "Safe 3"
    assert back["remaining_quantity"] == 60
    # The dialog now shows the new record's history: created, with the note of where it came from.
    assert dialog.record_id == back["id"]
    assert dialog.tree.topLevelItem(0).child(dialog.tree.topLevelItem(0).childCount() - 1).text(3) == \
        "Restored from a deleted record (its version 2)"
