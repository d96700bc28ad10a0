"""The Linkage view's Chemical classes tab: run linkage, list the classes, draw a class's seizures."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop import errors, linkage_queries, style
from desktop.linkage_common import fill_methods, number_item, plot_widget, select_row
from desktop.i18n import isolate, number

if TYPE_CHECKING:
    from desktop.linkage_page import LinkagePage


def seizure_graph(cls: dict) -> tuple[list[str], np.ndarray, list[tuple[int, int, int]]]:
    """Nodes (seizure references), their positions, and edges (a, b, number of links) of one class."""
    seizure_of = {r["id"]: r["seizure_reference"] or r["lab_sample_number"] for r in cls["records"]}
    nodes = sorted(set(seizure_of.values()))
    index = {s: k for k, s in enumerate(nodes)}
    counts: dict[tuple[int, int], int] = {}
    for a, b, _score in cls["links"]:
        x, y = index[seizure_of[a]], index[seizure_of[b]]
        if x != y:
            key = (min(x, y), max(x, y))
            counts[key] = counts.get(key, 0) + 1
    edges = [(a, b, n) for (a, b), n in sorted(counts.items())]
    return nodes, spring_layout(len(nodes), [(a, b) for a, b, _ in edges]), edges


def spring_layout(n: int, edges: list[tuple[int, int]], iterations: int = 120, seed: int = 7) -> np.ndarray:
    """Fruchterman–Reingold in numpy, deterministic (seeded start), positions in [-1, 1]²."""
    if n == 1:
        return np.zeros((1, 2))
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) + np.random.default_rng(seed).normal(0, 0.05, (n, 2))
    k = 1.0 / np.sqrt(n)
    temperature = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = (delta / distance[..., None] * (k * k / distance)[..., None]).sum(axis=1)
        for a, b in edges:
            d = pos[a] - pos[b]
            length = max(np.linalg.norm(d), 1e-3)
            pull = d / length * (length * length / k)
            force[a] -= pull
            force[b] += pull
        length = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        pos += force / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.97
    pos -= pos.mean(axis=0)
    return pos / max(np.abs(pos).max(), 1e-9)


class ClassesTab(QWidget):
    def __init__(self, page: "LinkagePage"):
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
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("classes-table")
        self.table.setHorizontalHeaderLabels([self.tr("Profiles"), self.tr("Seizures"), self.tr("Countries"),
                                              self.tr("First seizure"), self.tr("Last seizure")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.table)
        body.addWidget(self.graph)
        body.setSizes([480, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(body, stretch=1)

        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self._cancel)
        self.export_button.clicked.connect(self._ask_export)
        self.table.itemSelectionChanged.connect(self._draw)

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
        self.table.setRowCount(len(result.classes))
        for r, cls in enumerate(result.classes):
            cells = [number_item(cls["size"]), number_item(len(cls["seizures"])),
                     QTableWidgetItem(", ".join(cls["countries"])), QTableWidgetItem(cls["first"] or ""),
                     QTableWidgetItem(cls["last"] or "")]
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        if result.classes:
            select_row(self.table, 0)
        else:
            self.graph.clear()

    def _draw(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if self.result is None or not rows:
            return
        cls = self.result.classes[rows[0].row()]
        nodes, pos, edges = seizure_graph(cls)
        self.graph.clear()
        adjacency = np.array([(a, b) for a, b, _ in edges], dtype=int).reshape(-1, 2)
        widths = [(80, 80, 80, 200, max(1.0, min(6.0, float(n)))) for _, _, n in edges]
        pens = np.array(widths, dtype=[("red", np.ubyte), ("green", np.ubyte), ("blue", np.ubyte),
                                       ("alpha", np.ubyte), ("width", float)]) if edges else None
        graph = pg.GraphItem()
        graph.setData(pos=pos, adj=adjacency, pen=pens, size=14, symbol="o", symbolBrush="#2a6f97", pxMode=True)
        self.graph.addItem(graph)
        for (x, y), label in zip(pos, nodes):
            text = pg.TextItem(label, anchor=(0.5, -0.4), color=style.colours().get("text", "#222"))
            text.setPos(float(x), float(y))
            self.graph.addItem(text)
        self.graph.setTitle(self.tr("{n} seizures, {links} links").format(n=number(len(nodes)), links=number(len(cls["links"]))))
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
