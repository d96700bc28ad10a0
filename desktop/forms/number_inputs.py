"""The inputs of numbers: a peak table's areas (and the number fields' text, shown in the view's digits)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.field_types import NUMBER
from labnet.catalogue.fields import Field, is_blank

from .inputs import FieldInput


class PeaksInput(FieldInput):
    """Target compounds and their peak areas, as a two-column table."""

    def __init__(self, field: Field, texts: dict[str, str]):
        box = QWidget()
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([texts["compound"], texts["area"]])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setMinimumSectionSize(110)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        table.verticalHeader().hide()
        table.setMinimumHeight(190)
        super().__init__(field, box, table)
        self.table = table
        self.add_button = QPushButton(texts["add"])
        self.remove_button = QPushButton(texts["remove"])
        self.add_button.setAccessibleName(texts["add"])
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the form never adds or removes rows
        self.remove_button.setAccessibleName(texts["remove"])
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(table)
        layout.addLayout(self.buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        table.itemChanged.connect(self.changed)
        table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def add_button_widget(self, button: QPushButton) -> None:
        button.setAutoDefault(False)
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def add_row(self, name: str = "", area: str = "", *, edit: bool = True) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        area_item = QTableWidgetItem(area)
        area_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, area_item)
        self.table.blockSignals(False)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def names(self) -> list[str]:
        return [self._cell(r, 0) for r in range(self.table.rowCount())]

    def duplicate_names(self) -> list[str]:
        seen, twice = set(), []
        for name in self.names():
            if name and name in seen and name not in twice:
                twice.append(name)
            seen.add(name)
        return twice

    def raw(self) -> Any:
        """{compound: area text}; a row with a blank area was not reported and is left out."""
        peaks: dict[str, str] = {}
        for r in range(self.table.rowCount()):
            name, area = self._cell(r, 0), self._cell(r, 1)
            if not is_blank(area):
                peaks.setdefault(name, area)
        return peaks or None

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for name, area in (value or {}).items():
            self.add_row(name, NUMBER.to_text(float(area)), edit=False)

    def state(self) -> Any:
        return [(self._cell(r, 0), self._cell(r, 1)) for r in range(self.table.rowCount())]

    def set_state(self, state: Any) -> None:
        self.table.setRowCount(0)
        for name, area in state or []:
            self.add_row(name, area, edit=False)

    def fill_names(self, names: list[str]) -> int:
        """Add a row for each compound not in the table yet; returns how many were added."""
        present = set(self.names())
        added = 0
        for name in names:
            if name not in present:
                self.add_row(name, "", edit=False)
                added += 1
        return added

    def focus_widgets(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]
