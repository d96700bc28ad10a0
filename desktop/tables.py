"""Small helpers for the views' tables that hold in every language and direction."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(table: QAbstractItemView, row: int) -> None:
    """Select ``row`` whole and make it current.

    Not ``QTableView.selectRow``: in a right-to-left layout (Arabic) it selects nothing (it looks for the first
    column at the viewport's right edge, one pixel past the last one).
    """
    index = table.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
