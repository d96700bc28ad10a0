"""The Exchange view's parts (``labnet.desktop.exchange_view``): the words for kinds, states, parts and steps (in the
view's translation context, so the Network view says an exchange bulletin in the same words), the small form a step
asks its values in, and its tables (columns sized from their contents while the table has room, then the columns of
words wrapped: nine columns of laboratories' names in Russian made the window 1382 pixels wide)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from labnet.desktop.i18n import isolate

EXCHANGE_ID = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    return {"reference": translate("ExchangeView", "Reference standard"),
            "profiling": translate("ExchangeView", "Sample to profile")}.get(kind, kind)


def offer_text(kind: str) -> str:
    return {"reference": translate("ExchangeView", "Reference standard"),
            "profiling": translate("ExchangeView", "Profiling")}.get(kind, kind)


def state_text(state: str) -> str:
    return {"requested": translate("ExchangeView", "Requested"),
            "accepted": translate("ExchangeView", "Accepted"),
            "dispatched": translate("ExchangeView", "Dispatched"),
            "received": translate("ExchangeView", "Received"),
            "reported": translate("ExchangeView", "Result reported"),
            "refused": translate("ExchangeView", "Delivery refused"),
            "lost": translate("ExchangeView", "Lost"),
            "cancelled": translate("ExchangeView", "Cancelled"),
            "declined": translate("ExchangeView", "Declined")}.get(state, state)


def role_text(role: str | None) -> str:
    return {"requester": translate("ExchangeView", "Requester"),
            "provider": translate("ExchangeView", "Provider"),
            "offerer": translate("ExchangeView", "Offered to you")}.get(role or "", translate("ExchangeView", "None"))


def step_text(action: str) -> str:
    """A step as the custody list and the bulletins name it (what was done)."""
    return {"request": translate("ExchangeView", "Requested"), "decline": translate("ExchangeView", "Declined"),
            "cancel": translate("ExchangeView", "Cancelled"), "report": translate("ExchangeView", "Result reported"),
            "lost": translate("ExchangeView", "Lost"), "refuse": translate("ExchangeView", "Delivery refused"),
            "accept": translate("ExchangeView", "Accepted"), "dispatch": translate("ExchangeView", "Dispatched"),
            "receive": translate("ExchangeView", "Received")}.get(action, action)


def describe_bulletin(content: dict[str, Any]) -> str:
    """An ``exchange`` bulletin in a line, for the Network view's list of the hub's bulletins."""
    return translate("ExchangeView", "Exchange of {substance} ({step} by {lab}): {state}").format(
        substance=isolate(str(content.get("substance", "?"))), step=step_text(str(content.get("action", ""))),
        lab=isolate(str(content.get("by_name") or content.get("by") or "?")),
        state=state_text(str(content.get("state", ""))))


def ask_form(parent: QWidget, title: str, fields: list[tuple[str, str, str]]) -> dict[str, str] | None:
    """A small form: (key, label, default) per line; the values typed, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    edits = {}
    for key, label, default in fields:
        edits[key] = QLineEdit(default)
        edits[key].setObjectName(f"exchange-form-{key}")
        form.addRow(label, edits[key])
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {key: edit.text().strip() for key, edit in edits.items()}


class FittedTable(QTableWidget):
    """A table whose columns are fitted to its width again whenever it changes (``fit_columns``)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_columns(self)


def fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its contents; when they do not all fit the table's width, the widest are narrowed
    to a common width (never below their header's need nor their longest word) and their text wraps.  What is
    still too wide scrolls rather than growing the window."""
    header = table.horizontalHeader()
    columns = range(table.columnCount())
    table.resizeColumnsToContents()
    widths = [header.sectionSize(c) for c in columns]
    metrics = table.fontMetrics()
    padding = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 4
    floors = []
    for c in columns:
        words = (word for r in range(table.rowCount()) if table.item(r, c) is not None
                 for word in table.item(r, c).text().split())
        floors.append(max([header.sectionSizeFromContents(c).width()]
                          + [metrics.horizontalAdvance(word) + padding for word in words]))
    room = table.viewport().width()
    if sum(widths) > room:
        low, high = 0, max(widths)   # the largest common cap that lets the columns fit
        while low < high:
            cap = (low + high + 1) // 2
            if sum(min(w, max(f, cap)) for w, f in zip(widths, floors)) <= room:
                low = cap
            else:
                high = cap - 1
        widths = [min(w, max(f, low)) for w, f in zip(widths, floors)]
    for c in columns:
        header.resizeSection(c, widths[c])
    table.resizeRowsToContents()


def table(name: str, headers: list[str]) -> QTableWidget:
    table = FittedTable(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: list[list[str]], keys: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if keys is not None:
                item.setData(EXCHANGE_ID, keys[r])
            table.setItem(r, c, item)
    fit_columns(table)
