"""Training records on the form: proficiency tests (z-score → outcome), and the
history and competence overview of the staff member beside the form."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue import vocab
from labnet.catalogue.errors import Problem
from labnet.catalogue.queries import Filter, Query, fetch
from labnet.catalogue.users import Actor
from labnet.desktop.i18n import catalogue_text, date_text, number

from .common import explain_failure, heading, highlight_brush, muted
from .extras import FormExtras
from .inputs import ChoiceInput

PT_FIELDS = ("z_score", "pt_scheme", "pt_round")
DUE_SOON_DAYS = 30
HISTORY_LIMIT = 1000


def competence_overview(records: list[dict], today: dt.date | None = None) -> list[dict]:
    """Per competence area: the latest activity, and when requalification is due.

    ``records`` are one person's training records; the result is sorted by area,
    each row with ``state`` "overdue", "due" (within 30 days) or "".
    """
    today = today or dt.date.today()
    soon = (today + dt.timedelta(days=DUE_SOON_DAYS)).isoformat()
    areas: dict[str, dict] = {}
    for r in sorted(records, key=lambda r: r.get("started_on") or "", reverse=True):
        area = areas.setdefault(r["competence_area"], {"area": r["competence_area"], "latest": r, "due": None})
        if area["due"] is None and r.get("requalification_due"):
            area["due"] = r["requalification_due"]
    for area in areas.values():
        due = area["due"]
        area["state"] = ("overdue" if due and due < today.isoformat() else "due" if due and due <= soon else "")
    return sorted(areas.values(), key=lambda a: a["area"].lower())


class WrappingTable(QTableWidget):
    """A read-only table whose rows grow to show wrapped text whole, whatever its width."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()


def short_outcome(code: str | None) -> str:
    """"Satisfactory (|z| ≤ 2)" → "Satisfactory": the table has little room."""
    return catalogue_text(vocab.TRAINING_OUTCOMES.get(code, code or "")).split(" (")[0]


class TrainingExtras(FormExtras):
    def __init__(self, editor):
        super().__init__(editor)
        self.history_for: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.refresh_history)

    # -- proficiency tests and authorisations ---------------------------------------------
    def values_changed(self, values: dict[str, Any], clean: dict[str, Any]) -> None:
        inputs = self.editor.inputs
        pt = values.get("activity_type") == "proficiency_test"
        for name in PT_FIELDS:
            if name in inputs:
                inputs[name].set_enabled(pt or bool(str(values.get(name) or "").strip()))
        outcome = inputs.get("outcome")
        if isinstance(outcome, ChoiceInput):
            derived = clean.get("outcome") if values.get("outcome") is None else None
            outcome.set_blank_text(self.tr("From the z-score: {outcome}").format(
                outcome=catalogue_text(vocab.TRAINING_OUTCOMES.get(derived, derived))) if derived else self.tr("— not given —"))
        name = str(values.get("staff_member") or "").strip()
        if name != self.history_for:
            self.timer.start()

    def extra_problems(self, values: dict[str, Any], clean: dict[str, Any]) -> list[Problem]:
        actor: Actor | None = self.editor.actor
        authorising = clean.get("activity_type") == "authorisation" or clean.get("authorised_by")
        if actor is not None and authorising and not actor.can("authorise_training") and self.editor.is_dirty():
            return [Problem("authorised_by", values.get("authorised_by"),
                            self.tr("only a quality manager may authorise a training record; ask one to record "
                                    "this authorisation"))]
        return []

    # -- history beside the form ----------------------------------------------------------
    def side_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("history-panel")
        panel.setMinimumWidth(400)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(8)
        self.history_title = heading(self.tr("History"), 1.1)
        layout.addWidget(self.history_title)
        self.history_note = muted(QLabel())
        self.history_note.setWordWrap(True)
        layout.addWidget(self.history_note)
        layout.addWidget(QLabel(self.tr("Competence overview")))
        self.overview = self._table([self.tr("Competence area"), self.tr("Latest activity"),
                                     self.tr("Requalify by")], "competence-overview")
        layout.addWidget(self.overview, 2)
        layout.addWidget(QLabel(self.tr("All training")))
        self.history = self._table([self.tr("Date"), self.tr("Activity"), self.tr("Competence area"),
                                    self.tr("Outcome")], "training-history")
        layout.addWidget(self.history, 3)
        return panel

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = WrappingTable(0, len(headers))
        table.setObjectName(name)
        table.setAccessibleName(name.replace("-", " "))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(headers.index(self.tr("Competence area")), QHeaderView.ResizeMode.Stretch)
        return table

    def focus_widgets(self) -> list[QWidget]:
        return [self.overview, self.history]

    def loaded(self) -> None:
        self.refresh_history()

    def refresh_history(self) -> None:
        self.timer.stop()
        name = str(self.editor.inputs["staff_member"].raw() or "").strip()
        self.history_for = name
        if not name:
            self.history_title.setText(self.tr("History"))
            self.history_note.setText(self.tr("Enter the staff member to see their training history and when "
                                              "each competence must be requalified."))
            self._fill([])
            return
        self.history_title.setText(self.tr("History of {name}").format(name=name))
        query = Query("training_record", filters=(Filter("staff_member", "=", name),),
                      order_by="started_on", descending=True)
        self.editor.tasks.run(lambda cat: fetch(cat, query, limit=HISTORY_LIMIT),
                              lambda records: self._history_arrived(name, records),
                              lambda exc: self.history_note.setText(
                                  explain_failure(exc, self.tr("Reading the training history"))))

    def _history_arrived(self, name: str, records: list[dict]) -> None:
        if name != self.history_for:
            return  # the person typed another name meanwhile
        self._fill(records)
        due = sum(1 for a in competence_overview(records) if a["state"])
        if not records:
            self.history_note.setText(self.tr("No training recorded yet for {name}.").format(name=name))
        elif due:
            text = (self.tr("{n} training records; 1 competence area must be requalified within {days} days "
                            "or is overdue (highlighted).") if due == 1 else
                    self.tr("{n} training records; {due} competence areas must be requalified within {days} "
                            "days or are overdue (highlighted)."))
            self.history_note.setText(text.format(n=len(records), due=due, days=DUE_SOON_DAYS))
        else:
            self.history_note.setText(self.tr("{n} training records.").format(n=number(len(records))))

    def _fill(self, records: list[dict]) -> None:
        areas = competence_overview(records)
        self.overview.setRowCount(len(areas))
        for row, a in enumerate(areas):
            latest = a["latest"]
            activity = catalogue_text(vocab.TRAINING_ACTIVITIES.get(latest["activity_type"], latest["activity_type"]))
            cells = [a["area"], f"{activity}\n{latest.get('started_on') or ''}", a["due"] or "—"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if a["state"]:
                    item.setBackground(highlight_brush(self.overview, a["state"]))
                    if col == 2:
                        item.setToolTip(self.tr("Overdue") if a["state"] == "overdue" else
                                        self.tr("Due within {days} days").format(days=number(DUE_SOON_DAYS)))
                self.overview.setItem(row, col, item)
        self.history.setRowCount(len(records))
        for row, r in enumerate(records):
            cells = [date_text(r.get("started_on")), catalogue_text(vocab.TRAINING_ACTIVITIES.get(r["activity_type"], r["activity_type"])),
                     r["competence_area"], short_outcome(r.get("outcome"))]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, col, item)
        self.overview.resizeRowsToContents()
        self.history.resizeRowsToContents()
