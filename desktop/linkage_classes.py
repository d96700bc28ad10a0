"""The Linkage view's Chemical classes tab: run linkage, list the classes, draw a class's seizures."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import errors, linkage_queries, style
from labnet.desktop.class_graph import LABELLED, ClassGraph, class_graph
from labnet.desktop.i18n import date_text, isolate, number
from labnet.desktop.linkage_common import fill_methods, plot_widget, select_row

if TYPE_CHECKING:
    from labnet.desktop.linkage_page import LinkagePage


class ClassListModel(QAbstractTableModel):
    """The classes as a model (a table view asks only for the rows it shows): thousands of classes were
    thousands of table items built on the GUI thread."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.classes: list[dict] = []
        self.headers = [self.tr("Profiles"), self.tr("Seizures"), self.tr("Countries"), self.tr("First seizure"),
                        self.tr("Last seizure")]

    def set_classes(self, classes: list[dict]) -> None:
        self.beginResetModel()
        self.classes = classes
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.classes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt's name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        cls = self.classes[index.row()]
        column = index.column()
        if column == 0:
            return number(cls["size"])
        if column == 1:
            return number(len(cls["seizures"]))
        if column == 2:
            countries = cls["countries"]
            return ", ".join(countries[:8]) + (" …" if len(countries) > 8 else "")
        return date_text(cls["first"] if column == 3 else cls["last"])


class ClassesTab(QWidget):
    def __init__(self, page: LinkagePage):
        super().__init__()
        self.page = page
        self.result: linkage_queries.LinkageResult | None = None
        self.handle = None
        self.method = QComboBox()
        self.method.setObjectName("classes-method")
        self.method.setAccessibleName(self.tr("Comparison method"))
        self.run_button = QPushButton(self.tr("Link the catalogue"))
        self.run_button.setObjectName("link-button")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.export_button = QPushButton(self.tr("Export links as CSV…"))
        self.export_button.setObjectName("export-links-button")
        self.export_button.setEnabled(False)
        self.status = style.muted(self.tr("Linkage compares every pair of the method's drug type and keeps the "
                                          "pairs past its threshold; connected groups of links are chemical classes."))
        self.status.setObjectName("classes-status")
        self.model = ClassListModel(self)
        self.table = QTableView()
        self.table.setObjectName("classes-table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Interactive, not ResizeToContents: that measures every row of thousands of classes
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.graph_generation = 0    # answers of an older selection are dropped
        self.layout_handle = None
        self.graph_note = style.muted("")
        self.graph_note.setObjectName("class-graph-note")
        self.graph_note.setWordWrap(True)
        self.graph_note.setMinimumHeight(self.graph_note.fontMetrics().lineSpacing() * 3)
        self.graph = plot_widget()
        self.graph.setObjectName("class-graph")
        self.graph.hideAxis("left")
        self.graph.hideAxis("bottom")
        self.graph.showGrid(x=False, y=False)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Method:")))
        controls.addWidget(self.method, stretch=1)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress, stretch=1)
        controls.addWidget(self.export_button)
        graph_box = QWidget()
        graph_layout = QVBoxLayout(graph_box)
        graph_layout.setContentsMargins(0, 0, 0, 0)
        graph_layout.addWidget(self.graph, stretch=1)
        graph_layout.addWidget(self.graph_note)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.table)
        body.addWidget(graph_box)
        body.setSizes([480, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(body, stretch=1)

        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self._cancel)
        self.export_button.clicked.connect(self._ask_export)
        self.table.selectionModel().selectionChanged.connect(self._draw)

    def set_context(self, context: linkage_queries.LinkageContext) -> None:
        fill_methods(self.method, context, self.tr("No method yet: calibrate one first (Calibration tab)"))
        self.run_button.setEnabled(bool(context.methods))

    def run(self) -> None:
        method = self.method.currentData()
        if method is None:
            self.status.setText(self.tr("There is no comparison method yet: calibrate one in the Calibration tab."))
            return
        self._busy(True)
        self.status.setText(self.tr("Linking…"))
        self.handle = self.page.tasks.run(lambda cat, ctx: linkage_queries.run_linkage(cat, ctx, method),
                                          self._show, self._failed, on_progress=self._progress, description="link")

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
        self.status.setText(self.tr("Linkage cancelled; the links stored before are unchanged."))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if errors.is_expected(exc):
            self.status.setText(errors.describe(exc)[1])
        else:
            errors.show_error(self, exc)

    def _show(self, result: linkage_queries.LinkageResult) -> None:
        self._busy(False)
        self.result = result
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("{profiles} profiles compared with {method}: {links} links in {classes} chemical "
                                    "classes.").format(profiles=result.profiles, method=result.method,
                                                        links=number(result.links), classes=len(result.classes)))
        self.model.set_classes(result.classes)
        if result.classes:
            select_row(self.table, 0)
        else:
            self._clear_graph()

    def _clear_graph(self) -> None:
        self.graph_generation += 1
        if self.layout_handle is not None:
            self.layout_handle.cancel()
        self.graph.clear()
        self.graph.setTitle("")
        self.graph_note.setText("")

    def _draw(self) -> None:
        """Lay the selected class out on the worker; a newer selection cancels it and drops its answer."""
        rows = self.table.selectionModel().selectedRows()
        if self.result is None or not rows:
            return
        cls = self.result.classes[rows[0].row()]
        self._clear_graph()
        generation = self.graph_generation
        self.graph_note.setText(self.tr("Laying out {n} seizures…").format(n=number(len(cls["seizures"]))))
        self.layout_handle = self.page.tasks.run(
            lambda _cat, context: class_graph(cls, check=context.check),
            lambda graph: self._drawn(generation, graph), lambda exc: self._layout_failed(generation, exc),
            description="class graph")

    def _layout_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.graph_generation:
            self.graph_note.setText("")
            errors.show_error(self, exc)

    def _drawn(self, generation: int, graph: ClassGraph) -> None:
        if generation != self.graph_generation:
            return   # the user chose another class meanwhile
        self.layout_handle = None
        self.graph.clear()
        degree = graph.degree.astype(float)
        # A few sizes and pen widths, each drawn in one go: a size per dot and a pen per edge (pyqtgraph's
        # GraphItem) took ~150 ms of the GUI thread to draw a 300-seizure class
        sizes = 8 + 4 * np.round(3 * np.sqrt(degree / max(degree.max(initial=0), 1)))   # hubs bigger
        if len(graph.edges):
            ends = graph.pos[graph.edges[:, :2].ravel()]
            links = graph.edges[:, 2]
            for low, high, width in ((1, 1, 1.0), (2, 3, 2.0), (4, None, 4.0)):
                chosen = np.repeat((links >= low) & (links <= (high or links.max())), 2)
                if chosen.any():
                    self.graph.addItem(pg.PlotCurveItem(ends[chosen, 0], ends[chosen, 1], connect="pairs",
                                                        pen=pg.mkPen((80, 80, 80, 170), width=width),
                                                        antialias=False))   # stroking antialiased paths: ~130 ms
        self.graph.addItem(pg.ScatterPlotItem(pos=graph.pos, size=sizes, brush="#2a6f97",
                                              pen=pg.mkPen("#1b4965"), pxMode=True))
        colour = style.colours().get("text", "#222")
        hubs = [k for k in np.argsort(-degree, kind="stable")[:LABELLED].tolist() if degree[k] >= 3]
        for k in hubs or [0]:   # the names of the hubs only (a label per dot is unreadable)
            text = pg.TextItem(graph.labels[k], anchor=(0.5, -0.4), color=colour)
            text.setPos(float(graph.pos[k, 0]), float(graph.pos[k, 1]))
            self.graph.addItem(text)
        self.graph.setTitle(self.tr("{n} seizures, {links} links").format(n=number(graph.seizures),
                                                                           links=number(graph.links)))
        if graph.not_drawn:
            self.graph_note.setText(self.tr(
                "{drawn} of {n} seizures drawn: the best-connected one and those it reaches by the strongest "
                "links. {more} more seizures not drawn (Export links as CSV lists every link).").format(
                drawn=number(len(graph.labels)), n=number(graph.seizures), more=number(graph.not_drawn)))
        else:
            self.graph_note.setText(self.tr("Only the best-connected seizures are named.") if len(hubs) < len(
                graph.labels) else "")
        self.graph.setXRange(-1.3, 1.3)
        self.graph.setYRange(-1.3, 1.3)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export links"), "links.csv", self.tr("CSV (*.csv)"))
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        method = self.method.currentData()
        self.page.tasks.run(lambda cat: linkage_queries.export_links(cat, method, path),
                            lambda n: self.status.setText(self.tr("{n} links written to {path}.").format(n=number(n), path=isolate(path))),
                            lambda exc: errors.show_error(self, exc), description="export links")
