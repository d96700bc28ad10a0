"""Parts of the import wizard: the column mapping, every problem row by row, and the
progress bar with Cancel that runs ``import_file`` on the worker."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.importing import PEAK_PREFIX, ImportReport, import_file
from labnet.catalogue.records import RecordType
from labnet.desktop.i18n import catalogue_text, say
from labnet.desktop.tasks import Cancelled

from .common import error_colour
from .problems import sentence

IGNORE = None
COMBO_BATCH = 8


def shown_value(value: Any) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return QCoreApplication.translate("ImportWizard", "(blank)")
    return str(value)


class ProblemModel(QAbstractTableModel):
    """Every problem of every invalid row (there may be tens of thousands: a model, not items)."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.problems: list[Any] = []

    def set_problems(self, problems: Sequence[Any]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [str(p.row_number), p.column or "—", shown_value(p.value), sentence(say(p.reason))][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class MappingTable(QTableWidget):
    """One row per column of the file: its examples, and the field it fills (or ignored)."""

    changed = Signal()

    def __init__(self, texts: dict[str, str], parent=None):
        super().__init__(0, 3, parent)
        self.texts = texts
        self.setHorizontalHeaderLabels([texts["column"], texts["examples"], texts["target"]])
        self.setObjectName("column-mapping")
        self.setAccessibleName(texts["target"])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.combos: dict[str, QComboBox] = {}
        self.targets: dict[str, str | None] = {}  # the field each column fills (its combo box, once made)
        self._todo: list[tuple[int, str]] = []
        self._generation = 0

    def fill(self, rt: RecordType, headers: Sequence[str], examples: dict[str, list[str]],
             suggested: dict[str, str | None]) -> None:
        self._generation += 1
        self.setRowCount(0)
        self.combos = {}
        self.targets = {}
        self._rt = rt
        self._peaks = rt.peaks_field
        named = [h for h in headers if h]  # a column without a header is never imported (the report says so)
        self.setRowCount(len(named))
        for row, header in enumerate(named):
            self.setItem(row, 0, QTableWidgetItem(header))
            sample = ", ".join(e for e in examples.get(header, []) if e)
            item = QTableWidgetItem(sample)
            item.setToolTip(sample)
            self.setItem(row, 1, item)
            self.targets[header] = suggested.get(header)
        self._todo = list(enumerate(named))
        self._make_combos(self._generation)

    def _make_combos(self, generation: int) -> None:
        """A few rows' choices per turn of the event loop: a file's 76 columns at once held the window
        ~250 ms (each combo box built and styled)."""
        if generation != self._generation:
            return  # filled again since
        batch, self._todo = self._todo[:COMBO_BATCH], self._todo[COMBO_BATCH:]
        for row, header in batch:
            combo = QComboBox()
            # As wide as a field's name, not as the longest choice: the first values need the room.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
            combo.setAccessibleName(self.texts["import_as"].format(column=header))
            combo.addItem(self.texts["ignore"], IGNORE)
            for f in self._rt.fields:
                combo.addItem(catalogue_text(f.label), f.name)
            target = self.targets[header]
            if self._peaks is not None:
                name = target[len(PEAK_PREFIX):] if target and target.startswith(PEAK_PREFIX) else header
                combo.addItem(self.texts["peak"].format(name=name), PEAK_PREFIX + name)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            self.targets[header] = combo.currentData()
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self._picked(h, c))
            self.setCellWidget(row, 2, combo)
            self.combos[header] = combo
        if self._todo:
            QTimer.singleShot(0, self, lambda: self._make_combos(generation))
        else:
            self.resizeColumnToContents(2)

    def _picked(self, header: str, combo: QComboBox) -> None:
        self.targets[header] = combo.currentData()
        self.changed.emit()

    def mapping(self) -> dict[str, str | None]:
        return dict(self.targets)

    def choose(self, header: str, target: str | None) -> None:
        combo = self.combos.get(header)
        if combo is None:  # its choice not made yet: the target must be one it will offer
            offered = target is None or any(f.name == target for f in self._rt.fields) or (
                self._peaks is not None and target.startswith(PEAK_PREFIX))
            self.targets[header] = target if offered else IGNORE
            self.changed.emit()
            return
        combo.setCurrentIndex(max(0, combo.findData(target)))


def import_job(kind: str, path: str, mapping: dict, stop: threading.Event, **options: Any) -> Callable:
    """The worker function: ``import_file`` with progress, stopping when asked (nothing written)."""
    def job(cat: Any, context: Any) -> ImportReport:
        def progress(done: int, total: int) -> bool:
            try:
                context.progress(done, total, "")
            except Cancelled:
                return False
            return not stop.is_set()
        return import_file(cat, kind, path, mapping=mapping, progress=progress, **options)
    return job


class Runner(QWidget):
    """A progress bar with its Cancel button, and a status line (red for errors)."""

    def __init__(self, cancel_text: str):
        super().__init__()
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(cancel_text)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.stop: threading.Event | None = None
        self.handle = None
        self.cancel_button.clicked.connect(self.cancel)
        self.set_running(False)

    def set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.bar.setRange(0, 0)

    @property
    def running(self) -> bool:
        return self.stop is not None

    def progress(self, done: int, total: int, _message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def cancel(self) -> None:
        if self.stop is not None:
            self.stop.set()
            if self.handle is not None:
                self.handle.cancel()

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {error_colour(self)};" if error else "")
