"""Reference samples on the form: status changes that follow the rules, and the
usage log (chain of custody) with "Record withdrawal…"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue import custody, vocab
from labnet.catalogue.errors import Problem
from labnet.catalogue.records import RECORD_TYPES
from labnet.catalogue.store import transition_problems
from labnet.catalogue.users import Actor
from labnet.desktop.i18n import catalogue_text, datetime_text
from labnet.desktop.i18n import number as locale_number

from .common import explain_failure, heading, muted
from .extras import FormExtras
from .inputs import ChoiceInput


def number(value: Any) -> str:
    return "" if value is None else locale_number(value)


class SampleExtras(FormExtras):
    def __init__(self, editor):
        super().__init__(editor)
        self.log_entries: list[dict] = []

    def defaults(self) -> dict[str, Any]:
        return {"received_on": dt.date.today().isoformat(), "status": "quarantined"}

    # -- status --------------------------------------------------------------------------
    def status_codes(self) -> list[str]:
        """The statuses the person may choose: the current one and its allowed changes."""
        stored = self.editor.record.get("status") if self.editor.record_id else None
        allowed = set(vocab.SAMPLE_STATUSES) if stored is None else {stored, *vocab.SAMPLE_TRANSITIONS[stored]}
        actor: Actor | None = self.editor.actor
        if stored != "disposed" and (actor is None or not actor.can("dispose_standard")):
            allowed.discard("disposed")
        return [code for code in vocab.SAMPLE_STATUSES if code in allowed]

    def _refresh_status(self) -> None:
        status = self.editor.inputs.get("status")
        if isinstance(status, ChoiceInput):
            status.set_options(self.status_codes())
            stored = self.editor.record.get("status")
            allowed = ", ".join(catalogue_text(vocab.SAMPLE_STATUSES[c]).lower() for c in self.status_codes() if c != stored)
            if self.editor.record_id and stored:
                status.combo.setToolTip(self.tr("A standard that is {now} can become: {allowed}.").format(
                    now=catalogue_text(vocab.SAMPLE_STATUSES[stored]).lower(), allowed=allowed or self.tr("nothing")))

    def loaded(self) -> None:
        self._refresh_status()
        self.refresh_log()

    def actor_known(self, actor: Actor) -> None:
        self._refresh_status()

    def extra_problems(self, values: dict[str, Any], clean: dict[str, Any]) -> list[Problem]:
        if self.editor.record_id is None:
            return []
        return transition_problems(RECORD_TYPES["reference_sample"], self.editor.record, clean)

    def values_changed(self, values: dict[str, Any], clean: dict[str, Any]) -> None:
        if hasattr(self, "withdraw_button"):
            self._update_withdraw_button()

    # -- usage log ---------------------------------------------------------------------------
    def side_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("custody-panel")
        panel.setMinimumWidth(380)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Usage log (chain of custody)"), 1.1))
        self.log_note = muted(QLabel())
        self.log_note.setWordWrap(True)
        layout.addWidget(self.log_note)
        self.log_table = QTableWidget(0, 6)
        self.log_table.setObjectName("usage-log")
        self.log_table.setAccessibleName(self.tr("Usage log"))
        self.log_table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Taken"), self.tr("Quantity"),
                                                  self.tr("Left"), self.tr("By"), self.tr("Case / purpose")])
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.setTabKeyNavigation(False)
        self.log_table.verticalHeader().hide()
        self.log_table.setWordWrap(False)
        header = self.log_table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.log_table, 1)
        self.withdraw_button = QPushButton(self.tr("Record withdrawal…"))
        self.withdraw_button.setObjectName("record-withdrawal")
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.clicked.connect(self.record_withdrawal)
        layout.addWidget(self.withdraw_button)
        return panel

    def focus_widgets(self) -> list[QWidget]:
        return [self.log_table, self.withdraw_button]

    def _update_withdraw_button(self) -> None:
        editor = self.editor
        if editor.record_id is None:
            self.withdraw_button.setEnabled(False)
            self.withdraw_button.setToolTip(self.tr("Save the new reference sample first."))
        elif editor.is_dirty():
            self.withdraw_button.setEnabled(False)
            self.withdraw_button.setToolTip(self.tr("Save or discard your changes first: a withdrawal changes the "
                                                    "stored record."))
        else:
            self.withdraw_button.setEnabled(True)
            self.withdraw_button.setToolTip(self.tr("Record who took how much, when and for which case."))

    def refresh_log(self) -> None:
        if self.editor.record_id is None:
            self._show_log([])
            self.log_note.setText(self.tr("The usage log starts with the first withdrawal, once the reference "
                                          "sample is saved."))
            return
        sample_id = self.editor.record_id
        self.editor.tasks.run(lambda cat: custody.usage_log(cat, sample_id), self._show_log,
                              lambda exc: self.log_note.setText(explain_failure(exc, self.tr("Reading the usage log"))))

    def _show_log(self, entries: list[dict]) -> None:
        self.log_entries = entries
        table = self.log_table
        table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            case = " · ".join(x for x in (e.get("case_number"), e.get("purpose")) if x)
            cells = [str(e["entry_number"]), datetime_text(e["taken_at"]), f"{number(e['quantity'])} {e['unit']}",
                     f"{number(e['remaining_after'])} {self.editor.record.get('unit') or ''}".strip(),
                     e.get("withdrawn_by") or "", case]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)
        if self.editor.record_id is not None:
            self.log_note.setText(self.tr("No withdrawals recorded yet.") if not entries else
                                  self.tr("{n} withdrawals; entries are never changed or deleted.").format(n=number(len(entries))))
        self._update_withdraw_button()

    def record_withdrawal(self) -> None:
        from .withdrawal import WithdrawalDialog
        dialog = WithdrawalDialog(self.editor.tasks, self.editor.record, self.editor)
        dialog.saved.connect(self._withdrawn)
        dialog.open()
        self.dialog = dialog

    def _withdrawn(self, entry: dict) -> None:
        kind, record_id = self.editor.rt.kind, self.editor.record_id

        def reloaded(record: dict) -> None:
            self.editor.record_replaced(record)
            self.editor.saved.emit(record)
        self.editor.tasks.run(lambda cat: cat.get(kind, record_id), reloaded, self.editor._load_failed)
