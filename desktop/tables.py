"""Small helpers for the views' tables that hold in every language and direction."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from labnet.desktop.i18n import bidi


def select_row(table: QAbstractItemView, row: int) -> None:
    """Select ``row`` whole and make it current.

    Not ``QTableView.selectRow``: in a right-to-left layout (Arabic) it selects nothing (it looks for the first
    column at the viewport's right edge, one pixel past the last one).
    """
    index = table.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


def _strong(text: str) -> set[str]:
    return {unicodedata.bidirectional(ch) for ch in text} & {"L", "R", "AL"}


def cell_text(text: str, direction: Qt.LayoutDirection) -> str:
    """``text`` as a cell of a table laid out in ``direction`` paints it: in a right-to-left table a text in
    Latin script is isolated (FSI … PDI), and so is each Latin run of an Arabic text (``i18n.bidi``).

    Qt elides a cell too wide for its column at the text's logical end and puts "…" there; a bare "…" at the
    end of a right-to-left paragraph takes the paragraph's direction and shows at the far left, beside the
    text's *start* ("…Freezer B, shelf 4" for "Freezer B, shelf 4, rack 12").  Inside the isolate, whose
    closing mark the elision drops, "…" follows the Latin run and shows at its right, where the text was cut.
    """
    if direction != Qt.LayoutDirection.RightToLeft or not text or "\u2068" in text:
        return text
    strong = _strong(text)
    if "L" not in strong:
        return text   # Arabic, digits alone: the paragraph's direction is the text's
    if strong == {"L"}:
        return f"\u2068{text}\u2069"
    return bidi(text)


class DirectionalDelegate(QStyledItemDelegate):
    """Paints a cell too narrow for its text with ``cell_text``: a long Latin name or storage place in an Arabic
    table elided at its own end (on its right), as in a left-to-right one.  A text that fits is painted as
    before ("١٦٨٫٤ mg" keeps its order), and the model's texts stay as they are (copying, exports, tooltips)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if not option.text or option.direction != Qt.LayoutDirection.RightToLeft:
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, option.widget) + 1
        if option.fontMetrics.horizontalAdvance(option.text) > option.rect.width() - 2 * margin:   # Qt elides it
            option.text = cell_text(option.text, option.direction)
