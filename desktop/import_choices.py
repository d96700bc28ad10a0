"""The import wizard's answers to what a file leaves open: its encoding, its sheet, its header row, its
decimal separator (the command line's --encoding, --sheet, --header-row, --decimal-comma/--decimal-point).

Each choice is shown where it is needed: the encoding when a CSV file's
encoding could not be told (or was recognised, so that it can be corrected),
the sheet when a workbook has several, the decimal separator when the trial
run found numbers that it decides.  The header row is always offered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from labnet.catalogue.encodings import CHOICES, describe
from labnet.catalogue.numbers import COMMA, POINT
from labnet.desktop.forms.common import error_colour


class SourceChoices(QWidget):
    """Encoding, sheet and header row of the file to import."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        self.encoding.setAccessibleName(self.tr("Encoding of the file"))
        self.encoding.addItem(self.tr("Recognise it from the file"), None)
        for name in CHOICES:
            self.encoding.addItem(describe(name), name)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.sheet.setAccessibleName(self.tr("Sheet to import"))
        self.header_row = QSpinBox()
        self.header_row.setObjectName("header-row")
        self.header_row.setAccessibleName(self.tr("Row with the column names"))
        self.header_row.setRange(0, 1_000_000)
        self.header_row.setSpecialValueText(self.tr("the first row that is not blank"))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Encoding:"), self.encoding)
        self.form.addRow(self.tr("Sheet:"), self.sheet)
        self.form.addRow(self.tr("Column names in row:"), self.header_row)
        self.show_encoding(False)
        self.show_sheets([])
        for signal in (self.encoding.currentIndexChanged, self.sheet.currentIndexChanged,
                       self.header_row.valueChanged):
            signal.connect(lambda *_: self.changed.emit())

    def show_encoding(self, shown: bool) -> None:
        self.form.setRowVisible(self.encoding, shown)

    def show_header_row(self, shown: bool) -> None:
        """Hidden where the reader takes the first row that is not blank (the Linkage view's files)."""
        self.form.setRowVisible(self.header_row, shown)

    def show_sheets(self, names: list[str], current: str | None = None) -> None:
        """Offer ``names`` (none: hide the choice); ``current`` selected, else "choose one"."""
        self.sheet.blockSignals(True)
        self.sheet.clear()
        if names:
            self.sheet.addItem(self.tr("— choose the sheet —"), None)
            for name in names:
                self.sheet.addItem(name, name)
            self.sheet.setCurrentIndex(max(0, self.sheet.findData(current)) if current else 0)
        self.sheet.blockSignals(False)
        self.form.setRowVisible(self.sheet, bool(names))

    def options(self) -> dict[str, Any]:
        return {"encoding": self.encoding.currentData(), "sheet": self.sheet.currentData(),
                "header_row": self.header_row.value() or None}


class DecimalChoice(QWidget):
    """How the file writes numbers, shown when the trial run found numbers this decides."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.explain = QLabel(self.tr("Some numbers in this file can be read two ways: “12,500” is twelve thousand "
                                      "five hundred with a decimal point but twelve and a half with a decimal "
                                      "comma. LabNet reads them only once you say how the file writes numbers."))
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet(f"color: {error_colour(self)};")
        self.style = QComboBox()
        self.style.setObjectName("decimal")
        self.style.setAccessibleName(self.tr("Decimal separator of the file"))
        self.style.addItem(self.tr("Read from each column (refuse what it leaves open)"), None)
        self.style.addItem(self.tr("Decimal point: 1,234.5"), POINT)
        self.style.addItem(self.tr("Decimal comma: 1.234,5"), COMMA)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.explain)
        form.addRow(self.tr("Numbers are written with a:"), self.style)
        self.style.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.setVisible(False)

    def value(self) -> str | None:
        return self.style.currentData()

    def show_for(self, needed: bool) -> None:
        """Shown when the trial run asks for it, and kept while a separator is chosen."""
        self.explain.setVisible(needed)
        self.setVisible(needed or self.value() is not None)
