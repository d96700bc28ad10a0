"""The hub console's proficiency-test page (issue 21): the rounds, a new round, closing one, its summary.

The rounds are listed with their state, deadline, participants and how many sent results.  A new round is
described in a dialog (``hub_console_pt_round``: name, deadline, test materials × analytes with their units, an optional reference value,
its uncertainty and σ_pt per item, the participating laboratories) whose result form can be previewed as the
laboratories will see it (``pt_form.PtResultForm``); the hub checks it as ``labnet-hub pt create`` does and its
refusal is shown in the dialog, which stays open.  A round past its deadline can be closed; a closed round shows
its summary: each item's assigned value, σ_pt, u(x_pt), every result under its anonymous code with z or z′ and
the outcome, and the two plots of the printed summary (``pt_reports.plot_chart``).  Every call goes through the
console's worker; the hub records each creation and close in its audit trail.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.errors import Message
from labnet.desktop import style
from labnet.desktop.hub_console_pt_round import RoundDialog
from labnet.desktop.hub_console_tables import _fill, _table
from labnet.desktop.i18n import core_word, datetime_text, isolate, number, say, word_list
from labnet.desktop.tables import select_row


def _figure(value: Any) -> str:
    return number(float(value)) if isinstance(value, int | float) and not isinstance(value, bool) else ""


class ProficiencyPage(QWidget):
    """The console's "Proficiency tests" tab."""

    def __init__(self, console: Any):
        super().__init__()
        self.console = console
        self.rounds: list[dict[str, Any]] = []
        self.details: dict[str, Any] | None = None
        self.dialog: RoundDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(style.muted(self.tr(
            "Proficiency-test rounds (ISO/IEC 17043, statistics by ISO 13528). Each participant gets the round as a "
            "signed bulletin and sends its results sealed to the hub; after the deadline, closing the round scores "
            "them and sends each laboratory its report and everyone the summary.")))
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.table = _table([self.tr("Round"), self.tr("State"), self.tr("Deadline"), self.tr("Participants"),
                             self.tr("Sent results"), self.tr("Results"), self.tr("Items")], "hub-pt-rounds")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        top_layout.addWidget(self.table)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New round…"))
        self.new_button.setObjectName("pt-new-round")
        self.new_button.clicked.connect(self.new_round)
        self.close_button = QPushButton(self.tr("Close the selected round…"))
        self.close_button.setObjectName("pt-close-round")
        self.close_button.clicked.connect(self.close_selected)
        self.close_button.setEnabled(False)
        row.addWidget(self.new_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        top_layout.addLayout(row)
        splitter.addWidget(top)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("hub-pt-details")
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addWidget(style.muted(self.tr("Choose a round to see it.")))
        self.body_layout.addStretch(1)
        self.scroll.setWidget(self.body)
        splitter.addWidget(self.scroll)
        splitter.setSizes([220, 480])
        layout.addWidget(splitter, stretch=1)
        # what a closed round's items show: their score tables and plots
        self.summary_tables: list[QTableWidget] = []
        self.charts: list[QLabel] = []

    # -- the list (the console's refresh brings it) --------------------------------------------------------
    def _state(self, r: dict[str, Any]) -> str:
        if r.get("closed_at"):
            return self.tr("closed {when}").format(when=datetime_text(r["closed_at"]))
        if self._past(r):
            return self.tr("deadline passed: to close")
        return self.tr("open")

    @staticmethod
    def _past(r: dict[str, Any]) -> bool:
        return dt.datetime.fromisoformat(r["deadline"]) < dt.datetime.now(dt.UTC)

    def show_rounds(self, rounds: list[dict[str, Any]]) -> None:
        chosen = self.selected()
        self.rounds = rounds
        self.table.blockSignals(True)
        try:
            _fill(self.table, [[r["round"], self._state(r), datetime_text(r["deadline"]), number(r["labs"]),
                                self.tr("{sent} of {labs}").format(sent=number(r["submitted"]), labs=number(r["labs"])),
                                number(r["results"]), word_list(say(Message("{analyte} in {material} ({unit})", analyte=i["analyte"],
                                                                  material=i["material"], unit=i["unit"]))
                                                      for i in r["items"])]
                               for r in rounds])
            if chosen is not None:   # the same round stays selected (its details are not asked for again)
                self.select(chosen["round"])
        finally:
            self.table.blockSignals(False)
        self._enable()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self.rounds[row] if 0 <= row < len(self.rounds) else None

    def select(self, round_id: str) -> None:
        for n, r in enumerate(self.rounds):
            if r["round"] == round_id:
                select_row(self.table, n)   # not QTableView.selectRow: right to left it selects nothing
                return

    def _enable(self) -> None:
        may = bool(self.console.admin and self.console.admin.may_change)
        chosen = self.selected()
        self.new_button.setEnabled(may)
        self.close_button.setEnabled(may and chosen is not None and not chosen.get("closed_at"))
        tip = "" if may else self.tr("A reviewer sees everything and changes nothing; this needs a network "
                                     "administrator.")
        self.new_button.setToolTip(tip)
        self.close_button.setToolTip(tip)

    def _selected(self) -> None:
        self._enable()
        chosen = self.selected()
        if chosen is not None:
            self.show_round(chosen["round"])

    # -- one round -------------------------------------------------------------------------------------------
    def show_round(self, round_id: str) -> None:
        admin = self.console.admin
        waiting = self.tr("Asking the hub for round {round}…").format(round=isolate(round_id))
        self._clear()
        self.body_layout.addWidget(style.muted(waiting))
        self.console._work(lambda: admin.pt_round(round_id), self.show_details, waiting, quiet=True)

    def _clear(self) -> None:
        while self.body_layout.count():
            child = self.body_layout.takeAt(0)
            if child.widget() is not None:
                child.widget().hide()   # at once: deleteLater waits for the event loop, which a grab may not
                child.widget().deleteLater()
        self.summary_tables, self.charts = [], []

    def show_details(self, d: dict[str, Any]) -> None:
        self.details = d
        self._clear()
        self.body_layout.addWidget(style.heading(self.tr("Round {round}").format(round=isolate(d["round"])), 1.2))
        facts = self.tr("Deadline {deadline}; created {created} by {who}; {sent} of {labs} participants sent "
                        "results ({codes}).").format(
            deadline=datetime_text(d["deadline"]), created=datetime_text(d["created_at"]), who=isolate(d["created_by"]),
            sent=number(len(d["submitted"])), labs=number(d["participants"]),
            codes=word_list(d["submitted"]) or self.tr("none yet"))
        self.body_layout.addWidget(style.muted(facts))
        summary = d.get("summary")
        if summary is None:
            items = _table([self.tr("Material"), self.tr("Analyte"), self.tr("Unit"), self.tr("Reference value"),
                            self.tr("u(reference)"), self.tr("σ_pt")], "hub-pt-items")
            _fill(items, [[core_word(i["material"]), core_word(i["analyte"]), i["unit"], _figure(i["reference"]),
                           _figure(i["reference_uncertainty"]) if i["reference"] is not None else "",
                           _figure(i["sigma"])] for i in d["items"]])
            self.body_layout.addWidget(items)
            self.body_layout.addWidget(style.muted(self.tr("The scores appear here once the round is closed.")))
        else:
            self.body_layout.addWidget(QLabel(self.tr("Closed {when}. Each laboratory appears under its anonymous "
                                                      "code.").format(when=datetime_text(summary["closed_at"]))))
            for item in summary["items"]:
                self.body_layout.addWidget(self._item_box(item))
        self.body_layout.addStretch(1)

    def _item_box(self, item: dict[str, Any]) -> QGroupBox:
        from labnet.desktop.pt_reports import plot_chart
        from labnet.sync.pt_report import item_plots

        box = QGroupBox(say(Message("{analyte} in {material} ({unit})", analyte=item["analyte"],
                                    material=item["material"], unit=item["unit"])))
        layout = QVBoxLayout(box)
        if item.get("error"):
            said = QLabel(self.tr("No assigned value: {reason}").format(reason=item["error"]))
        else:
            method = self.tr("Algorithm A (ISO 13528)") if item["method"] == "algorithm-a" else \
                self.tr("reference value")
            said = QLabel(self.tr("Assigned value x_pt = {x} ({method}), σ_pt = {s}, u(x_pt) = {u}.").format(
                x=_figure(item["assigned"]), method=method, s=_figure(item["sigma_pt"]),
                u=_figure(item["uncertainty"])))
        said.setObjectName("hub-pt-assigned")
        said.setWordWrap(True)
        layout.addWidget(said)
        outcomes = {"satisfactory": self.tr("satisfactory"), "questionable": self.tr("questionable"),
                    "unsatisfactory": self.tr("unsatisfactory")}
        rows = sorted(item["results"], key=lambda r: r["code"])
        table = _table([self.tr("Laboratory"), self.tr("Result"), self.tr("Score"), self.tr("Value"),
                        self.tr("Outcome")], "hub-pt-scores")
        scored = [isinstance(row.get("z"), int | float) for row in rows]
        _fill(table, [[row["code"], _figure(row["value"]), ("z′" if row.get("kind") == "z'" else "z") if z else "",
                       number(float(row["z"]), 2) if z else self.tr("not scored"),
                       outcomes.get(str(row.get("outcome")), "")] for row, z in zip(rows, scored, strict=True)])
        table.setMinimumHeight(min(8, len(rows) + 1) * 30)
        layout.addWidget(table)
        self.summary_tables.append(table)
        plots = item_plots(item)
        if plots:
            charts = QHBoxLayout()
            for plot in plots:
                chart = QLabel()
                chart.setObjectName("hub-pt-plot")
                chart.setPixmap(QPixmap.fromImage(plot_chart(plot).image(width_mm=120, height_mm=60, dpi=110)))
                charts.addWidget(chart)
                self.charts.append(chart)
            layout.addLayout(charts)
            layout.addWidget(style.muted(self.tr(
                "Laboratories along the axis: {key}. Solid line: x_pt (or 0 for the scores); orange dashes: ±2; "
                "grey dashes: ±3.").format(key=", ".join(f"{n} = {row['code']}" for n, row in
                                                         enumerate(rows, start=1)))))
        return box

    # -- changes -----------------------------------------------------------------------------------------------
    def new_round(self) -> None:
        self.dialog = RoundDialog(self.console.data.get("labs", []), self)
        self.dialog.create_requested.connect(self.create)
        self.dialog.open()

    def create(self, description: dict[str, Any]) -> None:
        admin, dialog = self.console.admin, self.dialog
        self.console._work(lambda: admin.create_pt_round(description), self._created,
                           self.tr("Creating round {round}…").format(round=isolate(description["name"])),
                           failed=dialog.show_refused if dialog is not None else None)

    def _created(self, made: dict[str, Any]) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.console.refresh(self.tr("Round {round} created; each participating laboratory has its "
                                     "bulletin.").format(round=isolate(made["round"])))

    def confirm_close(self, round_id: str) -> bool:
        return QMessageBox.question(self, self.tr("Close round {round}").format(round=round_id), self.tr(
            "Close round {round}? Its results are scored and each laboratory gets its report and everyone the "
            "summary; no result is taken afterwards.").format(round=round_id)) == QMessageBox.StandardButton.Yes

    def close_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.console.state.setText(self.tr("Choose a round in the list first."))
            return
        if not self._past(chosen):
            self.console.state.setText(self.tr("Round {round} takes results until {deadline}; close it after "
                                               "that.").format(round=isolate(chosen["round"]),
                                                               deadline=datetime_text(chosen["deadline"])))
            style.set_tone(self.console.state, "warning")
            return
        if self.confirm_close(chosen["round"]):
            self.close_round(chosen["round"])

    def close_round(self, round_id: str) -> None:
        admin = self.console.admin
        self.console._work(lambda: admin.close_pt_round(round_id), lambda _summary: self._closed(round_id),
                           self.tr("Closing round {round}…").format(round=isolate(round_id)))

    def _closed(self, round_id: str) -> None:
        self.console.refresh(self.tr("Round {round} closed; each laboratory has its report and everyone the "
                                     "summary.").format(round=isolate(round_id)))
        self.show_round(round_id)
