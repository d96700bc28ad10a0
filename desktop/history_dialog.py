"""A record's history: every version from the audit trail, who, when and what changed, field by field.

The versions and their values come from ``labnet.catalogue.history`` (read on the catalogue worker);
an administrator or a quality manager may restore one, which the store writes as a new, audited change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue import history
from labnet.catalogue.records import record_type
from labnet.desktop import errors
from labnet.desktop.i18n import catalogue_text, datetime_text, isolate, number
from labnet.desktop.record_model import format_value
from labnet.desktop.tables import select_row

VERSION_ROLE = Qt.ItemDataRole.UserRole
HISTORY_SHORTCUT = "Ctrl+H"   # Edit → Record history, and in the record form


def read_history(cat: Any, kind: str, record_id: str) -> tuple[history.History, Any, dict[str, str]]:
    """On the worker: the history, who is working (for the restore right) and the staff's full names."""
    names = {u["username"]: u["full_name"] for u in cat.users()}
    return history.record_history(cat, kind, record_id), cat.actor, names


class HistoryDialog(QDialog):
    """Opened from a record's context menu, the editor's History button or Edit → Record history."""

    restored = Signal(object)   # the record as written by a restore

    def __init__(self, tasks: Any, kind: str, record_id: str, parent: QWidget | None = None, *,
                 title: str = ""):
        super().__init__(parent)
        self.tasks, self.rt, self.record_id = tasks, record_type(kind), record_id
        self.history: history.History | None = None
        self.actor: Any = None
        self.names: dict[str, str] = {}
        self.setObjectName("history-dialog")
        self.setWindowTitle(self.tr("History of {record}").format(record=title or catalogue_text(self.rt.label)))
        self.summary = QLabel()
        self.summary.setObjectName("history-summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("history-versions")
        self.tree.setHeaderLabels([self.tr("Version"), self.tr("When"), self.tr("Who"), self.tr("What")])
        self.tree.setAccessibleName(self.tr("Versions of the record"))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(lambda *_: self._update_restore())
        self.restore_button = QPushButton(self.tr("Restore this version…"))
        self.restore_button.setObjectName("history-restore")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.load()

    # -- reading ------------------------------------------------------------------------------
    def load(self) -> None:
        kind, record_id = self.rt.kind, self.record_id
        self.tasks.run(lambda cat: read_history(cat, kind, record_id), self._show,
                       lambda exc: errors.show_error(self, exc), description="record history")

    def _show(self, result: tuple[history.History, Any, dict[str, str]]) -> None:
        self.history, self.actor, self.names = result
        self.tree.clear()
        versions = self.history.versions
        for i, v in enumerate(reversed(versions)):   # newest first
            before = versions[len(versions) - i - 2].state if len(versions) - i - 2 >= 0 else None
            item = QTreeWidgetItem([number(v.version), datetime_text(v.at), self._who(v.user), self._what(v)])
            item.setData(0, VERSION_ROLE, v.version)
            item.setToolTip(3, self._trust(v))
            for change in v.changes:
                label = catalogue_text(self.rt.field(change.name).label) if self.rt.has_field(change.name) \
                    else change.name
                old = self._value(change.name, change.old, before)
                new = self._value(change.name, change.new, v.state)
                text = self.tr("{old} → {new}").format(old=old or self.tr("(blank)"), new=new or self.tr("(blank)"))
                child = QTreeWidgetItem(["", "", label, text])
                child.setToolTip(3, text)
                item.addChild(child)
            for action, detail in v.notes:
                item.addChild(QTreeWidgetItem(["", "", "", self._note(action, detail)]))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        state = self.tr("deleted") if self.history.deleted else self.tr("current")
        self.summary.setText(self.tr("{n} version(s) from the audit trail; the record is {state}. Values are "
                                     "checked against the digest stored with each version.")
                             .format(n=number(len(versions)), state=state))
        if self.history.restored_as:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "Its values have already been restored as a new record %n time(s).", "", len(self.history.restored_as)))
        self._update_restore()

    def _who(self, user: str) -> str:
        name = self.names.get(user)
        return f"{name} ({user})" if name and name != user else user

    def _value(self, name: str, value: Any, record: dict[str, Any] | None) -> str:
        """A value in the field's display form, its unit taken from the version it belongs to."""
        text = format_value(self.rt, name, value, record)
        return isolate(text) if text else text   # a code or a Latin name keeps its order in an Arabic line

    def _what(self, v: history.Version) -> str:
        if v.op == "insert":
            return self.tr("Imported") if v.source == "import" else self.tr("Created")
        if v.op == "delete":
            return self.tr("Deleted")
        if v.changes:
            return self.tr("Changed %n field(s)", "", len(v.changes))
        return self.tr("Changed (the trail holds only the digest of this version)")

    def _trust(self, v: history.Version) -> str:
        if v.op == "delete":
            return self.tr("The record's last values, as the deletion recorded them.")
        if v.state is None:
            return self.tr("The audit trail holds who wrote this version, when, and the digest of its values, "
                           "but not the values themselves.")
        if v.verified is False:
            return self.tr("The values recovered for this version do not match the digest recorded when it was "
                           "written. Run an audit verification.")
        if v.verified is None:
            return self.tr("This version was written before the catalogue kept digests of records.")
        return self.tr("The values match the digest recorded when this version was written.")

    def _note(self, action: str, detail: dict[str, Any]) -> str:
        if action == history.RESTORE_ACTION:
            if detail.get("restored_from"):
                return self.tr("Restored from a deleted record (its version {v})").format(
                    v=number(detail.get("restored_version", 0)))
            return self.tr("Restored from version {v}").format(v=number(detail.get("restored_version", 0)))
        if action == "withdraw":
            return self.tr("Withdrawal recorded: {amount} {unit}").format(
                amount=number(detail.get("quantity", 0)), unit=detail.get("unit", ""))
        if action == "attach":
            return self.tr("Certificate attached: {name}").format(name=detail.get("filename", ""))
        return action

    # -- restoring ------------------------------------------------------------------------------
    def selected_version(self) -> history.Version | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None or self.history is None:
            return None
        return self.history.version(item.data(0, VERSION_ROLE))

    def _target(self, v: history.Version | None) -> history.Version | None:
        """Restoring a deletion means restoring the last values it recorded."""
        if v is not None and v.op == "delete" and self.history is not None and len(self.history.versions) > 1:
            return self.history.versions[-2]
        return v

    def _update_restore(self) -> None:
        v = self._target(self.selected_version())
        allowed = self.actor is not None and self.actor.can("restore_version")
        latest = self.history is not None and not self.history.deleted and v is self.history.versions[-1]
        self.restore_button.setEnabled(bool(v and v.restorable and allowed and not latest))
        if not allowed:
            why = self.tr("Only an administrator or a quality manager may restore an earlier version of a record.")
        elif v is None or not v.restorable:
            why = self.tr("The values of this version cannot be recovered from the audit trail.")
        elif latest:
            why = self.tr("This is the current version.")
        else:
            why = self.tr("Write this version's values back as a new change (the history keeps every version).")
        self.restore_button.setToolTip(why)

    def restore_selected(self, *, confirm: bool = True) -> None:
        v = self._target(self.selected_version())
        if v is None:
            return
        if confirm:
            deleted = self.history is not None and self.history.deleted
            question = (self.tr("Create the deleted record again with the values of its version {v}?") if deleted
                        else self.tr("Write the values of version {v} back as a new version?")).format(
                v=number(v.version))
            answer = QMessageBox.question(self, self.tr("Restore this version"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        kind, record_id, number_ = self.rt.kind, self.record_id, v.version
        self.tasks.run(lambda cat: history.restore_version(cat, kind, record_id, number_), self._restored,
                       lambda exc: errors.show_error(self, exc), description="restore a version")

    def _restored(self, record: dict[str, Any]) -> None:
        self.restored.emit(record)
        if record["id"] != self.record_id:   # a deleted record came back under a new id
            self.record_id = record["id"]
        self.load()


def open_history(owner: QWidget, tasks: Any, kind: str, record: dict[str, Any],
                 keep: list[QWidget] | None = None) -> HistoryDialog:
    """The history of ``record`` (its id and values), in a dialog of its own kept alive in ``keep``."""
    from labnet.desktop.catalogue_queries import describe_record

    dialog = HistoryDialog(tasks, kind, record["id"], owner, title=describe_record(record_type(kind), record))
    if keep is not None:
        keep.append(dialog)
        dialog.finished.connect(lambda _r: keep.remove(dialog) if dialog in keep else None)
    dialog.open()
    return dialog


def record_menu(page: Any, pos: Any) -> QMenu | None:
    """A record table's context menu: the page's actions on the row, and its history."""
    index = page.table.indexAt(pos)
    if not index.isValid():
        return None
    select_row(page.table, index.row())   # not selectRow: right to left it selects nothing
    menu = QMenu(page)
    menu.setObjectName("record-menu")
    for key in ("open", "duplicate", "delete", "withdraw", "dispose"):
        if key in page.actions:
            menu.addAction(page.actions[key])
    menu.addSeparator()
    history_action = menu.addAction(page.tr("History…"))
    history_action.setObjectName("record-menu-history")
    history_action.setShortcut(QKeySequence(HISTORY_SHORTCUT))
    history_action.triggered.connect(page.history_selected)
    menu.popup(page.table.viewport().mapToGlobal(pos))
    return menu
