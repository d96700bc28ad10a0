"""The inputs of numbers: a number field, and a peak table's areas (issue 22: one digit system per view).

A value is shown as the view writes numbers: in an Arabic view in Arabic digits with the Arabic decimal separator
("٩٨٫٥", beside the Arabic-digit dates and tables), elsewhere exactly as the form always showed it ("98.5").  What a
person types, in either digit system, is read with the view's separators first (``typed_number``: "12,500" is 12500
in English, 12.5 in French) and handed on as the number read ("12500"), never as text the catalogue could read by
another convention; what the view cannot read unambiguously is refused in the field.  A value shown and left
untouched is handed on as stored.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt
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
from labnet.catalogue.fields import Field, is_blank, parse_number
from labnet.catalogue.parsing import ViewNumber, fmt_number, parse_number_as
from labnet.desktop.i18n import locale_digits

from .inputs import FieldInput, TextInput

# The invisible direction marks Qt writes before a minus sign ("\u061c-٥" in Arabic): no part of the number, and
# the catalogue would refuse a number holding one, so a shown negative number edited by a person reads back.
_MARKS = dict.fromkeys(map(ord, "\u061c\u200e\u200f"))


def latin_view() -> bool:
    """The view writes its numbers in Latin digits (English, French, Spanish, Russian; Arabic as written in Morocco)."""
    return QLocale().zeroDigit() == "0"


def shown_number(text: str) -> str:
    """A number written the catalogue's way (``Field.to_text``: "98.5", "1e-05") as the form shows it: unchanged
    in a Latin-digit view, else in the view's digits, decimal separator and minus sign, without grouping and
    without an exponent ("٠٫٠٠٠٠١"), so that it reads back as the very same number."""
    if not text or latin_view():
        return text
    if "e" in text.lower():
        positional = format(Decimal(text), "f")   # exact: the same decimal digits, written out
        if len(positional) > 40:
            return text   # past any quantity measured: left as Python wrote it, as the views leave an exponent
        text = positional
    return locale_digits(text)


def typed_number(text: str) -> str:
    """What a person typed in a number field, for the catalogue: read with the view's decimal and group separators
    (less the direction marks) and handed on as the number read ("12,500" in English: "12500"), so that no other
    convention reads it; what the view cannot read is handed on with the view's separators (``ViewNumber``), for the
    catalogue to refuse with the view's reason ("1,5" in English: a group of one digit)."""
    text = text.translate(_MARKS)
    if not text.strip():
        return text
    locale = QLocale()
    decimal, group = locale.decimalPoint(), locale.groupSeparator()
    try:
        return fmt_number(parse_number_as(text, decimal, group))
    except ValueError:
        return ViewNumber(text, decimal, group)


class NumberInput(TextInput):
    """A number field (a quantity, a purity, a score): its value in the view's digits, what is typed as typed.

    In an Arabic view a number the field reads is written again in the view's digits once the person leaves the
    field ("98.5" or "٩٨.٥" becomes "٩٨٫٥", "12,500" becomes "١٢٫٥": the form shows what it will store); what it
    does not read is left as typed, for the form to say what is wrong with it.  A Latin-digit view leaves what is
    typed as it always did."""

    def __init__(self, field: Field):
        super().__init__(field)
        self.held: str | None = None   # the value shown, as ``Field.to_text`` wrote it: handed on while it is shown
        self.edit.editingFinished.connect(self._normalise)

    def _show(self, text: str) -> None:
        self.held = text or None
        self.edit.setText(shown_number(text))

    def set_value(self, value: Any) -> None:
        self._show(self.field.to_text(value))

    def set_state(self, state: Any) -> None:
        self.held = None
        self.edit.setText(state or "")
        self._normalise()

    def raw(self) -> Any:
        text = self.edit.text()
        if self.held is not None and text == shown_number(self.held):
            return self.held   # the value as stored, exactly as the form handed it on before
        return typed_number(text)

    def _normalise(self) -> None:
        text = self.edit.text()
        if latin_view() or not text.strip():
            return
        try:
            value = self.field.parse(self.raw())
        except ValueError:
            return   # left as typed: the form says what is wrong with it
        if value is not None and (shown_number(self.field.to_text(value)) != text or self.held is None):
            self._show(self.field.to_text(value))


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
        table.itemChanged.connect(self._normalise_area)
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
            name, area = self._cell(r, 0), typed_number(self._cell(r, 1))
            if not is_blank(area):
                peaks.setdefault(name, area)
        return peaks or None

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for name, area in (value or {}).items():
            self.add_row(name, shown_number(NUMBER.to_text(float(area))), edit=False)

    def state(self) -> Any:
        return [(self._cell(r, 0), self._cell(r, 1)) for r in range(self.table.rowCount())]

    def set_state(self, state: Any) -> None:
        self.table.setRowCount(0)
        for name, area in state or []:
            self.add_row(name, area, edit=False)

    def _normalise_area(self, item: QTableWidgetItem) -> None:
        """An area typed and read, written again in the view's digits (in an Arabic view), as a number field is."""
        if item.column() != 1 or latin_view() or not item.text().strip():
            return
        try:
            area = parse_number(typed_number(item.text()))
        except ValueError:
            return   # left as typed: the form says what is wrong with it
        shown = shown_number(NUMBER.to_text(area))
        if shown != item.text():
            item.setText(shown)

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
