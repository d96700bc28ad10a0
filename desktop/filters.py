"""The filter bar above each table, built from the record type's filterable fields.

Which fields filter a table, and how (a choice, the values stored, a date's
expiry, a due date, a period), is declared once on the fields in
``labnet.catalogue.records`` (``FilterSpec``); this module turns each into its
widgets.  The bar turns what the user picked into ``labnet.catalogue.queries.Filter``s
(the SQL does the filtering) and can be set from a *preset*, which is how the
dashboard opens a page already filtered ("expired, still on the shelf").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from labnet.catalogue.fields import Field
from labnet.catalogue.queries import Filter
from labnet.catalogue.records import REFERENCE_SAMPLE, RecordType, record_type
from labnet.desktop.flow_layout import FlowLayout
from labnet.desktop.i18n import catalogue_text, number, short_date_format

ON_THE_SHELF = REFERENCE_SAMPLE.shelf_statuses


def _today() -> dt.date:
    return dt.date.today()


class FilterBar(QWidget):
    """A row of filter widgets, one part per filterable field of ``rt``, that says when the filters change.

    Each part's widgets are also attributes of the bar, named by the field's filter key (``bar.status``,
    ``bar.expiry`` and ``bar.days``…), as the tests and the screenshots find them."""

    changed = Signal()

    def __init__(self, rt: RecordType, parent: QWidget | None = None):
        super().__init__(parent)
        self.rt = rt
        self.kind = rt.kind
        # A flow, not a row: where the window is narrow (a long language, the notifications beside) the filters
        # take a second line instead of making the window wider than the screen.
        self.row = FlowLayout(self, spacing=8)
        self._quiet = False
        self.parts: list[_Part] = [_PARTS[f.filter.how](self, f) for f in rt.filter_fields if f.filter]
        for part in self.parts:
            part.sync()

    def filters(self) -> tuple[Filter, ...]:
        return tuple(flt for part in self.parts for flt in part.filters())

    def reset(self) -> None:
        self.apply_preset({})

    def apply_preset(self, preset: dict[str, Any]) -> None:
        """Set every filter from ``preset`` (missing keys: no filter), then say so once."""
        self._quiet = True
        try:
            for part in self.parts:
                part.apply(preset)
                part.sync()
        finally:
            self._quiet = False
        self.changed.emit()

    def fields_with_values(self) -> list[str]:
        """Fields whose stored values fill a list here (read on the worker)."""
        return [part.field.name for part in self.parts if isinstance(part, _Values)]

    def set_values(self, field: str, values: Iterable[Any]) -> None:
        for part in self.parts:
            if isinstance(part, _Values) and part.field.name == field:
                part.set_values(values)

    def _emit(self, *_: Any) -> None:
        if not self._quiet:
            self.changed.emit()

    def _add(self, attribute: str, widget: QWidget) -> QWidget:
        if hasattr(FilterBar, attribute):  # internal: a filter key that would hide a method of the bar
            raise ValueError(f"filter key {attribute!r} is taken by QWidget")  # internal: see above
        if attribute not in vars(self):  # the first part of a kind keeps the short name (days)
            setattr(self, attribute, widget)
        self.row.addWidget(widget)
        return widget

    def _combo(self, name: str, first: str, items: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(first)
        combo.addItem(first, None)
        for code, label in items.items():
            combo.addItem(catalogue_text(label), code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(min(18, max(8, len(first))))
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _days(self, name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(1, 3650)
        spin.setValue(30)
        spin.setSuffix(self.tr(" days"))
        spin.valueChanged.connect(self._emit)
        return spin

    def _date(self, name: str, accessible: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(short_date_format())   # as the tables beside write dates (one form per view)
        edit.dateChanged.connect(self._emit)
        return edit


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class StatusPicker(QToolButton):
    """Several statuses at once, from a menu of check boxes that stays open."""

    changed = Signal()

    def __init__(self, choices: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filter-status")
        self.setAccessibleName(self.tr("Status"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.choices = choices
        menu = QMenu(self)
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in choices.items():
            box = QCheckBox(catalogue_text(label))
            box.setChecked(True)
            box.setContentsMargins(8, 2, 8, 2)
            box.toggled.connect(self._toggled)
            action = QWidgetAction(menu)
            action.setDefaultWidget(box)
            menu.addAction(action)
            self.boxes[code] = box
        self.setMenu(menu)
        self._update_text()

    def selected(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_selected(self, codes: Iterable[str] | None) -> None:
        wanted = set(self.choices if codes is None else codes)
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in wanted)
            box.blockSignals(False)
        self._update_text()

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.selected()
        if len(chosen) == len(self.choices):
            text = self.tr("Status: all")
        elif not chosen:
            text = self.tr("Status: none")
        elif len(chosen) <= 2:
            text = self.tr("Status: {names}").format(names=", ".join(catalogue_text(self.choices[c]) for c in chosen))
        else:
            text = self.tr("Status: {n} chosen").format(n=number(len(chosen)))
        self.setText(text)



class _Part:
    """The widgets of one field's filter, and the ``Filter``s they mean."""

    def __init__(self, bar: FilterBar, field: Field):
        assert field.filter is not None
        self.bar, self.field, self.spec = bar, field, field.filter
        self.texts = [catalogue_text(t) for t in self.spec.texts]

    def filters(self) -> list[Filter]:
        raise NotImplementedError  # internal: each part says its own

    def apply(self, preset: dict[str, Any]) -> None:
        raise NotImplementedError  # internal: each part reads its own

    def sync(self) -> None:
        """Show or enable the widgets that the current choice uses."""


class _Statuses(_Part):
    """Several codes at once (statuses of a standard): no filter while all are chosen."""

    def __init__(self, bar: FilterBar, field: Field):
        super().__init__(bar, field)
        self.picker = StatusPicker(field.choices or {})
        self.picker.changed.connect(bar._emit)
        bar._add(self.spec.key, self.picker)

    def filters(self) -> list[Filter]:
        chosen = self.picker.selected()
        return [Filter(self.field.name, "in", tuple(chosen))] if len(chosen) != len(self.picker.choices) else []

    def apply(self, preset: dict[str, Any]) -> None:
        self.picker.set_selected(preset.get(self.field.name))


class _Choice(_Part):
    """One code of the field's vocabulary, or all."""

    def __init__(self, bar: FilterBar, field: Field, items: dict[str, str] | None = None):
        super().__init__(bar, field)
        self.combo = bar._combo(f"filter-{self.spec.key}", self.texts[0],
                                field.choices or {} if items is None else items)
        self.combo.setAccessibleName(self.texts[1])
        bar._add(self.spec.key, self.combo)

    def filters(self) -> list[Filter]:
        value = self.combo.currentData()
        return [Filter(self.field.name, "=", value)] if value is not None else []

    def apply(self, preset: dict[str, Any]) -> None:
        _select(self.combo, preset.get(self.field.name))


class _Values(_Choice):
    """One of the values stored (staff members, countries), listed when the catalogue has been read."""

    def __init__(self, bar: FilterBar, field: Field):
        super().__init__(bar, field, {})

    def set_values(self, values: Iterable[Any]) -> None:
        combo = self.combo
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(str(value), value)
        _select(combo, current)
        combo.blockSignals(False)

    def apply(self, preset: dict[str, Any]) -> None:
        value = preset.get(self.field.name)
        if value is not None and self.combo.findData(value) < 0:
            self.combo.addItem(str(value), value)
        _select(self.combo, value)


class _Within(_Part):
    """A date within a number of days from today: ``expiry`` also offers "already past" and counts from
    today; ``due`` counts everything due by then, overdue included."""

    def __init__(self, bar: FilterBar, field: Field):
        super().__init__(bar, field)
        key, texts = self.spec.key, self.texts
        past = self.spec.how == "expiry"
        items = {"expired": texts[2], "within": texts[3]} if past else {"within": texts[2]}
        self.combo = bar._combo(f"filter-{key}", texts[0], items)
        self.combo.setAccessibleName(texts[1])
        self.days = bar._days(f"filter-{key}-days", texts[-1])
        self.combo.currentIndexChanged.connect(self.sync)
        bar._add(key, self.combo)
        bar._add("days", self.days)
        bar._add(f"{key}_days", self.days)

    def sync(self, *_: Any) -> None:
        self.days.setVisible(self.combo.currentData() == "within")

    def filters(self) -> list[Filter]:
        name, today, choice = self.field.name, _today(), self.combo.currentData()
        cutoff = (today + dt.timedelta(days=self.days.value())).isoformat()
        if choice == "expired":
            return [Filter(name, "<", today.isoformat())]
        if choice == "within" and self.spec.how == "expiry":
            return [Filter(name, ">=", today.isoformat()), Filter(name, "<=", cutoff)]
        if choice == "within":
            return [Filter(name, "<=", cutoff)]
        return []

    def apply(self, preset: dict[str, Any]) -> None:
        _select(self.combo, preset.get(self.spec.key))
        self.days.setValue(int(preset.get("days", 30)))


class _Period(_Part):
    """Between two dates (both included), when its box is ticked; a year up to today at first."""

    def __init__(self, bar: FilterBar, field: Field):
        super().__init__(bar, field)
        key, texts = self.spec.key, self.texts
        self.box = QCheckBox(texts[0])
        self.box.setObjectName(f"filter-{key}d")
        self.box.toggled.connect(self.sync)
        self.box.toggled.connect(bar._emit)
        today = QDate.currentDate()
        self.first = bar._date(f"filter-{key}-from", texts[1], today.addYears(-1))
        self.to_label = QLabel(texts[2])
        self.last = bar._date(f"filter-{key}-to", texts[3], today)
        for attribute, widget in ((f"{key}d", self.box), (f"{key}_from", self.first), ("to_label", self.to_label),
                                  (f"{key}_to", self.last)):
            bar._add(attribute, widget)

    def sync(self, *_: Any) -> None:
        on = self.box.isChecked()
        for w in (self.first, self.to_label, self.last):
            w.setEnabled(on)

    def filters(self) -> list[Filter]:
        if not self.box.isChecked():
            return []
        first, last = self.first.date(), self.last.date()
        if first > last:
            first, last = last, first
        return [Filter(self.field.name, ">=", first.toString(Qt.DateFormat.ISODate)),
                Filter(self.field.name, "<=", last.toString(Qt.DateFormat.ISODate))]

    def apply(self, preset: dict[str, Any]) -> None:
        start, end = preset.get(f"{self.spec.preset}_from"), preset.get(f"{self.spec.preset}_to")
        if start or end:
            self.box.setChecked(True)
            if start:
                self.first.setDate(QDate.fromString(start, Qt.DateFormat.ISODate))
            if end:
                self.last.setDate(QDate.fromString(end, Qt.DateFormat.ISODate))
        else:
            self.box.setChecked(False)


class _Low(_Part):
    """Only what is at or below its low-stock level (``labnet.catalogue.queries.LOW_STOCK_SQL``), when ticked;
    a preset ticks it with ``{KEY: True}`` (the dashboard's Low-stock card)."""

    def __init__(self, bar: FilterBar, field: Field):
        super().__init__(bar, field)
        self.box = QCheckBox(self.texts[0])
        self.box.setObjectName(f"filter-{self.spec.key}")
        self.box.toggled.connect(bar._emit)
        bar._add(self.spec.key, self.box)

    def filters(self) -> list[Filter]:
        return [Filter(self.field.name, "low_stock")] if self.box.isChecked() else []

    def apply(self, preset: dict[str, Any]) -> None:
        self.box.setChecked(bool(preset.get(self.spec.key)))


_PARTS: dict[str, type[_Part]] = {"statuses": _Statuses, "choice": _Choice, "values": _Values,
                                  "expiry": _Within, "due": _Within, "period": _Period, "low": _Low}


def filter_bar_for(kind: str, parent: QWidget | None = None) -> FilterBar:
    return FilterBar(record_type(kind), parent)
