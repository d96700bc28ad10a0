"""The Linkage view's Calibration tab: AUC table, score distributions with the threshold, ROC curve."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.encodings import EncodingUnknown
from labnet.desktop import errors, linkage_queries, style
from labnet.desktop.i18n import bidi, catalogue_text, fill, isolate, locale_digits, number, say
from labnet.desktop.import_choices import DecimalChoice, SourceChoices
from labnet.desktop.linkage_common import plot_widget, select_row, set_axis_label
from labnet.profiling import METRICS
from labnet.profiling.file_numbers import UnclearNumbers

if TYPE_CHECKING:
    from labnet.desktop.linkage_page import LinkagePage


ROC_LOG_AUC = 0.95   # from this AUC the ROC curve's false-positive axis is logarithmic


class CalibrationTab(QWidget):
    def __init__(self, page: LinkagePage):
        super().__init__()
        self.page = page
        self.result: linkage_queries.CalibrationResult | None = None
        self.handle = None
        self.from_catalogue = QRadioButton(self.tr("The catalogue's profiles (groups = seizure)"))
        self.from_file = QRadioButton(self.tr("A file (CSV or Excel)"))
        self.from_catalogue.setChecked(True)
        self.source = QButtonGroup(self)
        self.source.addButton(self.from_catalogue)
        self.source.addButton(self.from_file)
        self.drug_type = QComboBox()
        self.drug_type.setObjectName("calibration-drug-type")
        self.drug_type.setAccessibleName(self.tr("Drug type"))
        self.file = QLineEdit()
        self.file.setObjectName("calibration-file")
        self.file.setPlaceholderText(self.tr("profiles.xlsx"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.id_column = QLineEdit()
        self.id_column.setPlaceholderText(self.tr("id column"))
        self.group_column = QLineEdit()
        self.group_column.setPlaceholderText(self.tr("group column (seizure or batch)"))
        # What a file may leave open, as on the command line (--encoding, --decimal-point/--decimal-comma):
        # each shown when reading the file asks for it.
        self.file_choices = SourceChoices()
        self.file_choices.show_header_row(False)
        self.decimal = DecimalChoice()
        self.fpr = QDoubleSpinBox()
        self.fpr.setObjectName("calibration-fpr")
        self.fpr.setDecimals(4)
        self.fpr.setRange(0.0, 0.5)
        self.fpr.setSingleStep(0.001)
        self.fpr.setValue(0.01)
        self.fpr.setAccessibleName(self.tr("Target false-positive rate"))
        self.run_button = QPushButton(self.tr("Calibrate"))
        self.run_button.setObjectName("calibrate-button")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.save_button = QPushButton(self.tr("Save as method…"))
        self.save_button.setObjectName("save-method-button")
        self.save_button.setEnabled(False)
        self.status = style.muted(self.tr("Calibration compares pairs of profiles from the same group (linked) "
                                          "with pairs from different groups (unlinked)."))
        self.status.setObjectName("calibration-status")

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("auc-table")
        self.table.setHorizontalHeaderLabels([self.tr("Pretreatment"), self.tr("Metric"), self.tr("AUC"),
                                              self.tr("Threshold"), self.tr("FPR"), self.tr("TPR")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.histogram = plot_widget()
        self.histogram.setObjectName("score-distributions")
        self.roc = plot_widget()
        self.roc_log = False
        self.roc.setObjectName("roc-curve")
        set_axis_label(self.roc, "bottom", self.tr("False-positive rate"))
        set_axis_label(self.roc, "left", self.tr("True-positive rate"))

        source = QGridLayout()
        source.addWidget(self.from_catalogue, 0, 0)
        source.addWidget(self.drug_type, 0, 1)
        source.addWidget(self.from_file, 1, 0)
        row = QHBoxLayout()
        for w in (self.file, self.browse, self.id_column, self.group_column):
            row.addWidget(w)
        source.addLayout(row, 1, 1)
        source.addWidget(self.file_choices, 2, 1)
        source.addWidget(self.decimal, 3, 1)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Target false-positive rate:")))
        controls.addWidget(self.fpr)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress, stretch=1)
        controls.addStretch(0)
        controls.addWidget(self.save_button)
        plots = QSplitter(Qt.Orientation.Horizontal)
        plots.addWidget(self.histogram)
        plots.addWidget(self.roc)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.table)
        body.addWidget(plots)
        body.setSizes([220, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(body, stretch=1)

        self.browse.clicked.connect(self._choose_file)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self._cancel)
        self.save_button.clicked.connect(self._ask_name)
        self.table.itemSelectionChanged.connect(self._draw)

    def set_context(self, context: linkage_queries.LinkageContext) -> None:
        current = self.drug_type.currentData()
        self.drug_type.clear()
        for drug, count in context.drug_types:
            self.drug_type.addItem(self.tr("{drug} ({count} profiles)").format(drug=drug, count=number(count)), drug)
        if current and self.drug_type.findData(current) >= 0:
            self.drug_type.setCurrentIndex(self.drug_type.findData(current))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Labelled profiles"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))
        if path:
            self.file.setText(path)
            self.from_file.setChecked(True)
            self.file_choices.encoding.setCurrentIndex(0)   # a new file: its own questions
            self.file_choices.show_encoding(False)
            self.decimal.style.setCurrentIndex(0)
            self.decimal.show_for(False)

    def run(self) -> None:
        fpr = self.fpr.value()
        drug = self.drug_type.currentData() or "file"
        if self.from_file.isChecked():
            path, id_column, group_column = self.file.text().strip(), self.id_column.text().strip(), \
                self.group_column.text().strip()
            if not (path and id_column and group_column):
                self.status.setText(self.tr("Choose the file and name its id and group columns."))
                return
            encoding, decimal = self.file_choices.options()["encoding"], self.decimal.value()
            job = lambda cat, ctx: linkage_queries.calibrate_file(cat, ctx, path, id_column, group_column, fpr,  # noqa: E731
                                                                  drug, encoding, decimal)
        else:
            if not self.drug_type.currentData():
                self.status.setText(self.tr("The catalogue holds no profiling results to calibrate on."))
                return
            job = lambda cat, ctx: linkage_queries.calibrate_catalogue(cat, ctx, drug, fpr)  # noqa: E731
        self._busy(True)
        self.status.setText(self.tr("Calibrating…"))
        self.handle = self.page.tasks.run(job, self._show, self._failed, on_progress=self._progress,
                                          description="calibrate")

    def _busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        self._busy(False)
        self.status.setText(self.tr("Calibration cancelled."))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, UnclearNumbers):   # every cell named; choosing the separator settles most
            self.decimal.show_for(exc.asks_for_decimal)
            self.status.setText(say(exc.message(say)))
            return
        if isinstance(exc, EncodingUnknown):
            self.file_choices.show_encoding(True)
            self.status.setText(errors.describe(exc)[1] + "\n" + self.tr(
                "Choose the file's encoding in the list above, and calibrate again."))
            return
        if errors.is_expected(exc):
            self.status.setText(errors.describe(exc)[1])
        else:
            self.status.setText(self.tr("Calibration failed."))
            errors.show_error(self, exc)

    def _show(self, result: linkage_queries.CalibrationResult) -> None:
        self._busy(False)
        self.result = result
        ev = result.evaluation
        best = ev.best
        sampled = self.tr(" (a random sample)") if ev.unlinked_pairs < ev.unlinked_total else ""
        self.status.setText(bidi(fill(self.tr(   # bidi: "FPR ≤ ٠٫٠١" one left-to-right run in Arabic
            "{profiles} profiles in {groups} groups from {source}: {linked} linked and {unlinked} unlinked pairs"
            "{sampled}. Best: {p} with {m}, AUC {auc:.4f}; at FPR ≤ {fpr:g} the threshold {t:.4g} finds "
            "{tpr:.1%} of linked pairs."),
            profiles=ev.profiles, groups=ev.groups, source=result.source, linked=ev.linked_pairs,
            unlinked=ev.unlinked_pairs, sampled=sampled, p=isolate(best.pretreatment), m=isolate(best.metric),
            auc=best.auc,
            fpr=ev.target_fpr, t=best.threshold, tpr=best.tpr)))
        rows = result.table
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row["pretreatment"], row["metric"], *(locale_digits(text) for text in (
                f"{row['auc']:.4f}", f"{row['threshold']:.4g}", f"{row['fpr']:.4f}", f"{row['tpr']:.3f}"))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.save_button.setEnabled(True)
        select_row(self.table, 0)

    def selected(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        r = rows[0].row()
        return self.table.item(r, 0).text(), self.table.item(r, 1).text()

    def _draw(self) -> None:
        chosen = self.selected()
        if self.result is None or chosen is None:
            return
        combo = self.result.evaluation.get(*chosen)
        self.histogram.clear()
        names = []
        both = np.concatenate([combo.linked_scores, combo.unlinked_scores])
        edges = np.linspace(float(both.min()), float(both.max()) or 1.0, 60)
        for scores, colour, label in ((combo.unlinked_scores, (160, 160, 160, 150), self.tr("unlinked pairs")),
                                      (combo.linked_scores, (42, 111, 151, 170), self.tr("linked pairs"))):
            density, _ = np.histogram(scores, bins=edges, density=True)
            curve = pg.PlotDataItem(edges, density, stepMode="center", fillLevel=0, brush=colour,
                                    pen=pg.mkPen(colour[:3], width=1))
            self.histogram.addItem(curve)
            names.append(f"<span style='color:rgb{colour[:3]}'>■</span> {label}")
        self.histogram.addItem(pg.InfiniteLine(combo.threshold, angle=90, pen=pg.mkPen("#c0392b", width=2),
                                               label=fill(self.tr("threshold {t:.4g}"), t=combo.threshold),
                                               labelOpts={"position": 0.9, "color": "#c0392b"}))
        set_axis_label(self.histogram, "bottom", catalogue_text(METRICS[combo.metric].label))
        set_axis_label(self.histogram, "left", self.tr("density"))
        # The key in the title, above the plot: a legend inside it covered bars or the threshold's label.  On a
        # line of its own: beside the method it was wider than the plot in Spanish, cut, and widened the window.
        key = " ".join(reversed(names))
        self.histogram.setTitle(self.tr("{p} + {m}").format(p=combo.pretreatment, m=combo.metric) + f"<br>{key}")  # i18n: markup
        fpr, tpr = (np.asarray(v, dtype=float) for v in self.result.curves[chosen])
        self.roc.clear()
        # A high AUC puts the whole curve against the left edge: on a log false-positive axis the low rates
        # that matter for a threshold are spread out.  Log of 0 has no place: the rates start at one pair's.
        self.roc_log = combo.auc >= ROC_LOG_AUC and bool((fpr > 0).any())
        floor = 1.0 / max(1, self.result.evaluation.unlinked_pairs)
        if self.roc_log:
            fpr = np.maximum(fpr, floor)
        self.roc.setLogMode(x=self.roc_log, y=False)
        set_axis_label(self.roc, "bottom", self.tr("False-positive rate (log scale)") if self.roc_log
                       else self.tr("False-positive rate"))
        chance = np.geomspace(floor, 1, 50) if self.roc_log else np.array([0.0, 1.0])
        self.roc.plot(chance, chance, pen=pg.mkPen((150, 150, 150), style=Qt.PenStyle.DashLine))
        self.roc.plot(fpr, tpr, pen=pg.mkPen("#2a6f97", width=2))
        self.roc.plot([max(combo.fpr, floor) if self.roc_log else combo.fpr], [combo.tpr], pen=None, symbol="o",
                      symbolBrush="#c0392b", symbolSize=9)
        self.roc.setTitle(fill(self.tr("ROC — AUC {auc:.4f}"), auc=combo.auc))

    def _ask_name(self) -> None:
        if self.result is None:
            return
        suggested = f"{self.result.drug_type}-lab"
        name, ok = QInputDialog.getText(self, self.tr("Save as method"), self.tr("Name of the comparison method:"),
                                        text=suggested)
        if ok and name.strip():
            self.save(name.strip())

    def save(self, name: str) -> None:
        chosen = self.selected()
        if self.result is None or chosen is None:
            return
        result = self.result
        self.page.tasks.run(lambda cat: linkage_queries.save_method(cat, result, name, *chosen), self._saved,
                            lambda exc: errors.show_error(self, exc), description="save method")

    def _saved(self, label: str) -> None:
        self.status.setText(self.tr("Saved as comparison method “{label}”.").format(label=label))
        self.page.methods_changed.emit()
