"""The Linkage view: similar profiles for one result, calibration, and chemical classes.

All computation runs on the catalogue worker through ``tasks.run`` (with
progress and Cancel for the long ones); this module only shows results.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.change_notices import METHODS
from labnet.desktop import errors, linkage_queries, style
from labnet.desktop.i18n import date_text, fill, isolate, locale_digits, number
from labnet.desktop.linkage_calibration import CalibrationTab
from labnet.desktop.linkage_classes import ClassesTab
from labnet.desktop.linkage_common import (
    fill_methods,
    legend_colour,
    lr_text,
    number_item,
    plot_widget,
    select_row,
)
from labnet.desktop.linkage_pair import LinkedPair
from labnet.desktop.linkage_shared import LinkOverlay, draw_pair
from labnet.desktop.plot_axes import BoxSample, left_to_right


class LinkagePage(QWidget):
    """Three tabs over the profiling engine; ``show_record`` opens a profile's similar profiles."""

    methods_changed = Signal()

    def __init__(self, tasks: Any, description: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.context: linkage_queries.LinkageContext | None = None
        self._after_load: list[Callable[[], None]] = []   # what waits for the methods (a bulletin opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(style.heading(self.tr("Linkage")))
        if description:
            layout.addWidget(style.muted(description))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("linkage-tabs")
        self.similar_tab = SimilarTab(self)
        self.calibration_tab = CalibrationTab(self)
        self.classes_tab = ClassesTab(self)
        self.tabs.addTab(self.similar_tab, self.tr("Similar profiles"))
        self.tabs.addTab(self.calibration_tab, self.tr("Calibration"))
        self.tabs.addTab(self.classes_tab, self.tr("Chemical classes"))
        layout.addWidget(self.tabs, stretch=1)
        self.methods_changed.connect(self.refresh)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.context is None:
            self.refresh()

    def follow(self, notices: Any) -> None:
        """Refresh from ``notices`` when a method (and its links) or a profile was written, here or elsewhere,
        instead of after this page's own saves only."""
        self.methods_changed.disconnect(self.refresh)
        notices.subscribe({METHODS, "profiling_result"}, self._written)

    def _written(self) -> None:
        if self.context is not None:   # shown once already; a page not shown yet reads when it is
            self.refresh()

    def refresh(self) -> None:
        self.tasks.run(linkage_queries.context, self._loaded, lambda exc: errors.show_error(self, exc),
                       description="linkage context")

    def _loaded(self, context: linkage_queries.LinkageContext) -> None:
        self.context = context
        for tab in (self.similar_tab, self.calibration_tab, self.classes_tab):
            tab.set_context(context)
        waiting, self._after_load = self._after_load, []
        for step in waiting:
            step()

    def _when_loaded(self, step: Callable[[], None]) -> None:
        """``step`` now, or once the methods are read (a page not shown yet reads them when first shown)."""
        if self.context is not None:
            step()
        else:
            self._after_load.append(step)
            if not self.isVisible():
                self.refresh()

    def show_record(self, record_id: str, label: str = "") -> None:
        self.tabs.setCurrentWidget(self.similar_tab)
        self.similar_tab.pair.hide()
        self.similar_tab.link_overlay.stop()
        self.similar_tab.compare(record_id, label)

    def show_link(self, record_id: str, link: dict[str, Any]) -> None:
        """A link notice opened in the Network view: both seizures side by side, this profile compared."""
        self.tabs.setCurrentWidget(self.similar_tab)
        self._when_loaded(lambda: self.similar_tab.show_link(record_id, link))

    def show_method(self, name: str, version: int = 0) -> None:
        """A method notice opened in the Network view: the method chosen in the Similar profiles tab."""
        self.tabs.setCurrentWidget(self.similar_tab)
        self._when_loaded(lambda: self._chose_method(name, version))

    def _chose_method(self, name: str, version: int) -> None:
        if self.similar_tab.choose_method(name):
            self.similar_tab.status.setText(fill(self.tr("Comparison method {name} v{version} chosen: choose a "
                                                         "profile to compare."), name=isolate(name), version=version))
        else:
            self.similar_tab.status.setText(self.tr("This laboratory has no comparison method named {name} yet: it "
                                                    "is adopted at the next sync.").format(name=isolate(name)))


class SimilarTab(QWidget):
    """Choose a profile and a method: the ranked similar profiles and an overlay of two profiles."""

    def __init__(self, page: LinkagePage):
        super().__init__()
        self.page = page
        self.result: linkage_queries.SimilarResult | None = None
        self.record_id: str | None = None
        self.search = QLineEdit()
        self.search.setObjectName("linkage-search")
        self.search.setPlaceholderText(self.tr("Lab sample number or seizure reference…"))
        self.search.setAccessibleName(self.tr("Find a profiling result"))
        self.matches = QListWidget()
        self.matches.setObjectName("linkage-matches")
        self.matches.setMaximumHeight(110)
        self.matches.hide()  # shown while there are matches to choose from
        self.method = QComboBox()
        self.method.setObjectName("linkage-method")
        self.method.setAccessibleName(self.tr("Comparison method"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.report_button = QPushButton(self.tr("Link report…"))
        self.report_button.setObjectName("link-report")
        self.report_button.setToolTip(self.tr("Write the report of the selected pair as PDF: both profiles, the "
                                              "score, the likelihood ratio with its bounds, both seizures and the "
                                              "method's validation"))
        self.report_button.setEnabled(False)
        self.status = style.muted(self.tr("Choose a profiling result, then a comparison method."))
        self.status.setObjectName("linkage-status")

        self.table = QTableWidget(0, 9)
        self.table.setObjectName("similar-table")
        self.table.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Lab sample number"), self.tr("Seizure"),
                                              self.tr("Country"), self.tr("Seized on"), self.tr("Score"),
                                              self.tr("Link"), self.tr("Likelihood ratio"), self.tr("Tablet")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.plot = plot_widget()
        self.plot.setObjectName("overlay-plot")
        self.plot.setMinimumHeight(220)
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextColor=legend_colour(), sampleType=BoxSample)
        left_to_right(self.plot)   # the legend too: its line samples before their names

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Profile:")))
        top.addWidget(self.search, stretch=2)
        top.addWidget(QLabel(self.tr("Method:")))
        top.addWidget(self.method, stretch=2)
        top.addWidget(self.compare_button)
        top.addWidget(self.report_button)
        self.pair = LinkedPair()
        self.link_overlay = LinkOverlay(self)   # a link notice's other profile, from the hub
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pair)
        splitter.addWidget(self.table)
        splitter.addWidget(self.plot)
        # A size for each of the three: with two given (from before the pair was added), the overlay got none
        # and was never seen.
        splitter.setSizes([190, 190, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.matches)
        layout.addWidget(self.status)
        layout.addWidget(self.link_overlay.note)
        layout.addWidget(splitter, stretch=1)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _: self._search_timer.start())
        self.matches.itemActivated.connect(self._chosen)
        self.matches.itemClicked.connect(self._chosen)
        self.compare_button.clicked.connect(lambda: self.compare(self.record_id))
        self.method.currentIndexChanged.connect(lambda _: self.record_id and self.compare(self.record_id))
        self.table.itemSelectionChanged.connect(self._draw_overlay)
        self.table.itemSelectionChanged.connect(
            lambda: self.report_button.setEnabled(self._selected_other() is not None))
        self.report_button.clicked.connect(self.write_report)

    def set_context(self, context: linkage_queries.LinkageContext) -> None:
        fill_methods(self.method, context, self.tr("No method yet: calibrate one first (Calibration tab)"))

    def choose_method(self, name: str) -> bool:
        """Choose the method the hub named ``name``: as adopted from the network ("NAME (network)"), else a local
        one of that name (False when this laboratory has neither)."""
        from labnet.profiling.method import NETWORK_SUFFIX

        index = self.method.findData(name + NETWORK_SUFFIX)
        index = index if index >= 0 else self.method.findData(name)
        if index >= 0:
            self.method.setCurrentIndex(index)
        return index >= 0

    def show_link(self, record_id: str, link: dict[str, Any]) -> None:
        """A link the hub announced: this laboratory's seizure beside the other's, and this profile compared
        with the method the hub used when this laboratory has it."""
        from labnet.profiling.catalogue_profiles import record_info

        self.method.blockSignals(True)
        try:
            self.choose_method(str((link.get("method") or {}).get("name", "")))
        finally:
            self.method.blockSignals(False)
        self.page.tasks.run(lambda cat: record_info(cat, [record_id]).get(record_id, {}),
                            lambda me: self._show_pair(me, link), self._failed, description="linked seizure")
        self.link_overlay.start(record_id, link)   # the other laboratory's profile, asked of the hub meanwhile
        self.compare(record_id)

    def _show_pair(self, me: dict[str, Any], link: dict[str, Any]) -> None:
        self.search.setText(me.get("lab_sample_number") or "")   # the profile compared, not one searched before
        self.pair.show_link(me, link)

    def _find(self) -> None:
        text = self.search.text()
        self.page.tasks.run(lambda cat: linkage_queries.find_profiles(cat, text), self._found,
                            lambda exc: errors.show_error(self, exc), description="find profiles")

    def _found(self, rows: list[dict[str, Any]]) -> None:
        self.matches.clear()
        self.matches.setVisible(bool(rows))
        for row in rows:
            item = QListWidgetItem(f"{row['lab_sample_number']} — {row['seizure_reference'] or '?'} "
                                   f"({row['drug_type']})")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.matches.addItem(item)
        if not rows and self.search.text().strip():
            self.status.setText(self.tr("No profiling result matches “{text}”.").format(text=self.search.text()))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.pair.hide()   # another profile chosen: the link opened before is no longer the subject
        self.link_overlay.stop()
        self.compare(item.data(Qt.ItemDataRole.UserRole), item.text())

    def compare(self, record_id: str | None, label: str = "") -> None:
        if not record_id:
            self.status.setText(self.tr("Choose a profiling result first."))
            return
        self.record_id = record_id
        if label:
            self.search.setText(label.split(" — ")[0])
        method = self.method.currentData()
        if method is None:
            self.status.setText(self.tr("There is no comparison method yet: calibrate one in the Calibration tab."))
            return
        self.status.setText(self.tr("Comparing…"))
        self.page.tasks.run(lambda cat: linkage_queries.similar(cat, record_id, method), self._show, self._failed,
                            description="similar profiles")

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(errors.describe(exc)[1] if errors.is_expected(exc) else self.tr("Comparison failed."))
        self.table.setRowCount(0)
        self.plot.clear()
        if not errors.is_expected(exc):
            errors.show_error(self, exc)

    def _show(self, result: linkage_queries.SimilarResult) -> None:
        self.result = result
        me = result.me
        links = sum(r["linked"] for r in result.rows)
        self.status.setText(fill(self.tr("{sample} ({seizure}) with {method}: {links} of the {n} most similar "
                                         "profiles are links (threshold {threshold:.4g})."),
            sample=isolate(me["lab_sample_number"]), seizure=isolate(me["seizure_reference"] or "?"),
            method=isolate(result.method),
            links=number(links), n=number(len(result.rows)), threshold=result.threshold))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(result.rows))
        for r, row in enumerate(result.rows):
            physical = {True: self.tr("matches"), False: self.tr("differs"), None: ""}[row["physical_match"]]
            cells = [number_item(r + 1), QTableWidgetItem(row["lab_sample_number"] or ""),
                     QTableWidgetItem(row["seizure_reference"] or ""), QTableWidgetItem(row["seizure_country"] or ""),
                     QTableWidgetItem(date_text(row["seizure_date"])),
                     number_item(row["score"], locale_digits(f"{row['score']:.4g}")),
                     QTableWidgetItem(self.tr("link") if row["linked"] else self.tr("no link")),
                     self._lr_item(row, result), QTableWidgetItem(physical)]
            cells[0].setData(Qt.ItemDataRole.UserRole, row["record_id"])
            if row["linked"]:
                font = cells[6].font()
                font.setBold(True)
                cells[6].setFont(font)
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        if self.link_overlay.active:   # a link notice: its two profiles, once the other one is here
            if not self.link_overlay.draw():
                self.plot.clear()
        elif result.rows:
            select_row(self.table, 0)
        else:
            self.plot.clear()

    def _lr_item(self, row: dict, result: linkage_queries.SimilarResult) -> QTableWidgetItem:
        """The LR with the bounds the calibration data support (and, on hover, the score it came from)."""
        lr, bounds = row["lr"], row.get("lr_bounds")
        if lr is None or bounds is None:
            item = QTableWidgetItem(self.tr("recalibrate") if result.lr_legacy else "")
            if result.lr_legacy:
                item.setToolTip(self.tr("This method's likelihood ratio comes from an older calibration (kernel "
                                        "densities) that is not bounded by its data; calibrate the method again to "
                                        "see likelihood ratios."))
            return item
        low, high = (lr_text(b) for b in bounds)
        item = number_item(lr, self.tr("{lr} (bounds {low} … {high})").format(lr=lr_text(lr), low=low, high=high))
        item.setToolTip(self.tr("LR {lr} (bounds {low} … {high}; score {score}), calibrated by {how}. The data "
                                "support no LR beyond the bounds: a score past them is reported at the bound.").format(
            lr=lr_text(lr), low=low, high=high, score=number(row["score"]),
            how={"pav": self.tr("pool-adjacent-violators"), "logistic": self.tr("logistic regression")}.get(
                result.lr_calibration or "", result.lr_calibration or "")))
        return item

    def _selected_other(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.result is not None else []
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def write_report(self) -> None:
        """The selected pair's link report, as a PDF where the user says."""
        other, method = self._selected_other(), self.method.currentData()
        if other is None or method is None or self.record_id is None:
            return
        mine = self.result.me["lab_sample_number"]
        theirs = next(r["lab_sample_number"] for r in self.result.rows if r["record_id"] == other)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the link report"), f"link-{mine}-{theirs}.pdf",
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        me = self.record_id
        self.status.setText(self.tr("Writing the link report…"))
        self.page.tasks.run(lambda cat: linkage_queries.write_link_report(cat, method, me, other, Path(path)),
                            lambda pages: self.status.setText(self.tr("Link report saved to {path}.").format(
                                path=isolate(path))),
                            self._report_failed, description="link report")

    def _report_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The link report was not written."))
        errors.show_error(self, exc)

    def _draw_overlay(self) -> None:
        if self.result is None:
            return
        other = self._selected_other()
        if other is None:
            return
        mine, theirs = self.result.profiles["self"], self.result.profiles.get(other)
        if theirs is None:
            return
        other_row = next(r for r in self.result.rows if r["record_id"] == other)
        self.link_overlay.note.hide()   # a pair chosen in the table, not the notice's
        draw_pair(self.plot, self.legend, self.result.targets,
                  self.tr("Pretreated value ({p})").format(p=self.result.pretreatment),
                  (mine, self.result.me["lab_sample_number"]), (theirs, other_row["lab_sample_number"]),
                  fill(self.tr("{a} and {b}: score {score:.4g}"), a=isolate(self.result.me["lab_sample_number"]),
                       b=isolate(other_row["lab_sample_number"]), score=other_row["score"]))

