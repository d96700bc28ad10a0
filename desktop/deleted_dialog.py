"""Edit → Deleted records: what was deleted from a record type (its tombstones), and each one's history,
from which an administrator or a quality manager may bring it back (``labnet.catalogue.history``)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.digests import key_text
from labnet.catalogue.records import record_type
from labnet.desktop import errors
from labnet.desktop.history_dialog import HistoryDialog
from labnet.desktop.i18n import catalogue_text, datetime_text

ID_ROLE = Qt.ItemDataRole.UserRole


class DeletedRecordsDialog(QDialog):
    def __init__(self, tasks: Any, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks, self.rt = tasks, record_type(kind)
        self.history: HistoryDialog | None = None
        self.setObjectName("deleted-records")
        self.setWindowTitle(self.tr("Deleted {things}").format(things=catalogue_text(self.rt.plural).lower()))
        self.tree = QTreeWidget()
        self.tree.setObjectName("deleted-list")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Deleted"), self.tr("By"), self.tr("Reason")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_history())
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("deleted-history")
        self.history_button.setToolTip(self.tr("Every version of the deleted record; its last values can be "
                                               "restored from there."))
        self.history_button.clicked.connect(self.open_history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 440)
        self.load()

    def load(self) -> None:
        kind = self.rt.kind
        self.tasks.run(lambda cat: cat.tombstones(kind), self._show, lambda exc: errors.show_error(self, exc),
                       description="deleted records")

    def _show(self, tombstones: list[dict[str, Any]]) -> None:
        self.tree.clear()
        for t in reversed(tombstones):   # the latest first
            try:
                key = key_text(json.loads(t["natural_key"]).get(k) for k in self.rt.natural_key)
            except (TypeError, ValueError, AttributeError):
                key = str(t["natural_key"])
            item = QTreeWidgetItem([key, datetime_text(t["deleted_at"]), t["deleted_by"] or "", t["reason"] or ""])
            item.setData(0, ID_ROLE, t["record_id"])
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.history_button.setEnabled(self.tree.topLevelItemCount() > 0)

    def open_history(self) -> HistoryDialog | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        self.history = HistoryDialog(self.tasks, self.rt.kind, item.data(0, ID_ROLE), self, title=item.text(0))
        self.history.open()
        return self.history
