"""One input widget per field type, generated from the record definition.

Each ``FieldInput`` hands ``raw()`` — what the person typed or chose, in a form
``Field.parse`` reads (text, a code, True/False, a peak table) — to
``RecordType.validate``, and shows a stored value with ``set_value``.
Parsing stays in the catalogue: a decimal comma, a typed date or a CAS
number means the same here as in an imported spreadsheet.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
    QWidgetAction,
)

from labnet.catalogue.field_types import CAS_NUMBER, COUNTRY, DATE, TEXT_LIST
from labnet.catalogue.fields import Field, parse_date
from labnet.desktop.i18n import catalogue_text, date_text, short_date_format, translate

from .common import calendar_icon

LONG_TEXT = {"notes"}  # text fields that get several lines


class FieldInput(QObject):
    """The input of one field: a widget, its current raw value, a change signal."""

    changed = Signal()

    def __init__(self, field: Field, widget: QWidget, focus: QWidget | None = None):
        super().__init__(widget)
        self.field = field
        self.widget = widget             # what is placed in the form
        self.focus = focus or widget     # what receives keyboard focus
        self.focus.setAccessibleName(catalogue_text(field.label))
        if catalogue_text(field.help):
            self.focus.setAccessibleDescription(catalogue_text(field.help))
            self.focus.setToolTip(catalogue_text(field.help))

    def raw(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def state(self) -> Any:
        """Exactly what the widget holds, to compare (unsaved changes?) and restore."""
        return self.raw()

    def set_state(self, state: Any) -> None:
        self.set_value(state)

    def set_enabled(self, enabled: bool) -> None:
        self.widget.setEnabled(enabled)

    def focus_widgets(self) -> list[QWidget]:
        """The widgets Tab visits, in order."""
        return [self.focus]


class TextInput(FieldInput):
    def __init__(self, field: Field, placeholder: str = ""):
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        super().__init__(field, edit)
        edit.textChanged.connect(self.changed)
        self.edit = edit

    def raw(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(self.field.to_text(value))

    def set_state(self, state: Any) -> None:
        self.edit.setText(state or "")


class LongTextInput(FieldInput):
    def __init__(self, field: Field):
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(field, edit)
        edit.textChanged.connect(self.changed)
        self.edit = edit

    def raw(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(self.field.to_text(value))

    def set_state(self, state: Any) -> None:
        self.edit.setPlainText(state or "")


class ChoiceInput(FieldInput):
    """A combo box of the vocabulary's labels; the code is the item data."""

    def __init__(self, field: Field, blank_text: str):
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)
        super().__init__(field, combo)
        self.combo = combo
        self.blank_text = blank_text
        self.set_options(list((field.choices or {}).keys()))
        combo.currentIndexChanged.connect(self.changed)

    def set_options(self, codes: list[str]) -> None:
        """Offer only ``codes`` (plus a blank entry unless the field is required)."""
        current = self.raw()
        self.combo.blockSignals(True)
        self.combo.clear()
        if not self.field.required:
            self.combo.addItem(self.blank_text, None)
        for code in codes:
            self.combo.addItem(catalogue_text((self.field.choices or {}).get(code, code)), code)
        self.combo.setPlaceholderText(self.blank_text)
        self._select(current)
        self.combo.blockSignals(False)

    def set_blank_text(self, text: str) -> None:
        """The words shown for "no choice", e.g. what would be derived."""
        if not self.field.required and self.combo.count() and self.combo.itemData(0) is None:
            self.combo.setItemText(0, text)

    def codes(self) -> list[str]:
        return [self.combo.itemData(i) for i in range(self.combo.count()) if self.combo.itemData(i) is not None]

    def _select(self, code: Any) -> None:
        index = self.combo.findData(code) if code is not None else (-1 if self.field.required else 0)
        self.combo.setCurrentIndex(index)

    def raw(self) -> Any:
        return self.combo.currentData() if self.combo.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        self._select(value)


class BoolInput(FieldInput):
    def __init__(self, field: Field):
        box = QCheckBox(catalogue_text(field.label))
        super().__init__(field, box)
        box.toggled.connect(self.changed)
        self.box = box

    def raw(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class DateInput(FieldInput):
    """Typed dates in any form the catalogue reads, or picked from a calendar; may stay blank.

    A date is shown as the tables show it, in the locale's short form and digits ("17/02/2026", Arabic digits),
    and handed on in ISO (``raw``): the held ISO date when the text is still the one shown for it, else the text
    read in the locale's own form, else the text as typed for ``parse_date`` (ISO, or an unambiguous order)."""

    def __init__(self, field: Field, pick_text: str):
        edit = QLineEdit()
        edit.setPlaceholderText(translate("FieldInputs", "YYYY-MM-DD"))  # typed ISO dates are read too: unambiguous
        edit.setClearButtonEnabled(True)
        edit.setMaxLength(30)
        metrics = edit.fontMetrics()
        width = max(metrics.horizontalAdvance(text) for text in (
            "2025-12-31", date_text(dt.date(2025, 12, 31)), edit.placeholderText())) + 70
        edit.setMaximumWidth(width)
        edit.setMinimumWidth(width)
        super().__init__(field, edit)
        self.edit = edit
        self.iso: str | None = None   # the date shown, as stored (ISO, or a month a policy generalised it to)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setAccessibleName(pick_text)
        self.menu = QMenu(edit)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        pick = edit.addAction(calendar_icon(edit), QLineEdit.ActionPosition.TrailingPosition)
        pick.setToolTip(pick_text)
        pick.triggered.connect(self.pop_up)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        edit.textChanged.connect(self.changed)
        edit.editingFinished.connect(self._normalise)

    def pop_up(self) -> None:
        try:
            current = dt.date.fromisoformat(parse_date(self.raw())) if self.edit.text().strip() else dt.date.today()
        except ValueError:
            current = dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self._show(date.toString("yyyy-MM-dd"))
        self.menu.close()
        self.edit.setFocus()

    def _show(self, iso: str | None) -> None:
        self.iso = iso or None
        self.edit.setText(date_text(iso) if iso else "")

    def _normalise(self) -> None:
        """Show a readable typed date in the locale's form once the person leaves the field."""
        text = self.edit.text()
        if text.strip():
            try:
                iso = parse_date(self.raw())
            except ValueError:
                return   # left as typed: the form says what is wrong with it
            if date_text(iso) != text or iso != self.iso:
                self._show(iso)

    def raw(self) -> Any:
        text = self.edit.text()
        if self.iso is not None and text == date_text(self.iso):
            return self.iso
        if text.strip():
            read = QLocale().toDate(text.strip(), short_date_format())   # the form the field shows, its digits too
            if read.isValid():
                return read.toString("yyyy-MM-dd")
        return text

    def set_value(self, value: Any) -> None:
        self._show(None if value is None else str(value))

    def set_state(self, state: Any) -> None:
        self._show(state or None)


def make_input(field: Field) -> FieldInput:
    """The input for ``field``."""
    kind = field.type
    if kind.vocabulary:
        return ChoiceInput(field, translate("FieldInputs", "— not given —") if not field.required else translate("FieldInputs", "Choose…"))
    if kind.flag:
        return BoolInput(field)
    if kind is DATE:
        return DateInput(field, translate("FieldInputs", "Pick a date"))
    # Here, not at the top: desktop/forms/number_inputs.py builds on FieldInput and TextInput above.
    from .number_inputs import NumberInput, PeaksInput

    if kind.per_compound:
        return PeaksInput(field, {"compound": translate("FieldInputs", "Compound"), "area": translate("FieldInputs", "Peak area"),
                                  "add": translate("FieldInputs", "Add compound"), "remove": translate("FieldInputs", "Remove selected")})
    if kind.plain and field.name in LONG_TEXT:
        return LongTextInput(field)
    placeholder = {
        CAS_NUMBER: translate("FieldInputs", "e.g. 53-21-4"),
        COUNTRY: translate("FieldInputs", "two letters, e.g. KE"),
        TEXT_LIST: translate("FieldInputs", "separate several with ;"),
    }.get(kind, "")
    text = NumberInput(field) if kind.quantity else TextInput(field, placeholder)
    if kind.quantity or kind is COUNTRY:
        text.edit.setMaximumWidth(text.edit.fontMetrics().horizontalAdvance("0") * 16 + 24)
        if kind.quantity:
            text.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    if kind is COUNTRY:
        text.edit.setMaxLength(2)
    if kind is CAS_NUMBER:
        text.edit.setMaximumWidth(text.edit.fontMetrics().horizontalAdvance("0") * 18 + 24)
    return text


def attach_suffix(inp: FieldInput, suffix: str) -> QLabel:
    """Wrap the input with a unit label (mm, %, h, or the unit chosen elsewhere)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(inp.widget)
    label = QLabel(suffix)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("mg/mL") + 4)
    row.addWidget(label)
    row.addStretch(1)
    inp.widget = holder
    return label
