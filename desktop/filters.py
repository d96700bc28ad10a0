"""The filters above each table, one set per record type.

Each bar turns what the user picked into ``catalogue.queries.Filter``s (the
SQL does the filtering) and can be set from a *preset*, which is how the
dashboard opens a page already filtered ("expired, still on the shelf").
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from catalogue import vocab
from catalogue.queries import Filter
from desktop.i18n import catalogue_text, number

ON_THE_SHELF = ("quarantined", "in_use")


def _today() -> dt.date:
    return dt.date.today()


class FilterBar(QWidget):
    """Base: a row of filter widgets that says when the filters change."""

    changed = Signal()
    kind = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        self._quiet = False

    def filters(self) -> tuple[Filter, ...]:
        raise NotImplementedError

    def reset(self) -> None:
        self.apply_preset({})

    def apply_preset(self, preset: dict[str, Any]) -> None:
        """Set every filter from ``preset`` (missing keys: no filter), then say so once."""
        self._quiet = True
        try:
            self._apply(preset)
        finally:
            self._quiet = False
        self.changed.emit()

    def _apply(self, preset: dict[str, Any]) -> None:
        raise NotImplementedError

    def fields_with_values(self) -> list[str]:
        """Fields whose stored values fill a list here (read on the worker)."""
        return []

    def set_values(self, field: str, values: Iterable[Any]) -> None:
        pass

    def _emit(self, *_: Any) -> None:
        if not self._quiet:
            self.changed.emit()

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


class ReferenceSampleFilters(FilterBar):
    kind = "reference_sample"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = StatusPicker(vocab.SAMPLE_STATUSES)
        self.status.changed.connect(self._emit)
        self.expiry = self._combo("filter-expiry", self.tr("Any expiry date"), {
            "expired": self.tr("Past its expiry date"), "within": self.tr("Expiring within")})
        self.expiry.setAccessibleName(self.tr("Expiry"))
        self.days = self._days("filter-expiry-days", self.tr("Expiring within how many days"))
        self.expiry.currentIndexChanged.connect(self._sync)
        for w in (self.status, self.expiry, self.days):
            self.row.addWidget(w)
        self._sync()

    def _sync(self, *_: Any) -> None:
        self.days.setVisible(self.expiry.currentData() == "within")

    def filters(self) -> tuple[Filter, ...]:
        out = []
        chosen = self.status.selected()
        if len(chosen) != len(vocab.SAMPLE_STATUSES):
            out.append(Filter("status", "in", tuple(chosen)))
        today = _today()
        if self.expiry.currentData() == "expired":
            out.append(Filter("expiry_on", "<", today.isoformat()))
        elif self.expiry.currentData() == "within":
            out.append(Filter("expiry_on", ">=", today.isoformat()))
            out.append(Filter("expiry_on", "<=", (today + dt.timedelta(days=self.days.value())).isoformat()))
        return tuple(out)

    def _apply(self, preset: dict[str, Any]) -> None:
        self.status.set_selected(preset.get("status"))
        _select(self.expiry, preset.get("expiry"))
        self.days.setValue(int(preset.get("days", 30)))
        self._sync()


class TrainingFilters(FilterBar):
    kind = "training_record"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.staff = self._combo("filter-staff", self.tr("All staff"), {})
        self.staff.setAccessibleName(self.tr("Staff member"))
        self.activity = self._combo("filter-activity", self.tr("All activities"), vocab.TRAINING_ACTIVITIES)
        self.activity.setAccessibleName(self.tr("Activity"))
        self.requalification = self._combo("filter-requalification", self.tr("Any requalification date"),
                                           {"within": self.tr("Requalification due within")})
        self.requalification.setAccessibleName(self.tr("Requalification"))
        self.days = self._days("filter-requalification-days", self.tr("Requalification due within how many days"))
        self.requalification.currentIndexChanged.connect(self._sync)
        for w in (self.staff, self.activity, self.requalification, self.days):
            self.row.addWidget(w)
        self._sync()

    def _sync(self, *_: Any) -> None:
        self.days.setVisible(self.requalification.currentData() == "within")

    def fields_with_values(self) -> list[str]:
        return ["staff_member"]

    def set_values(self, field: str, values: Iterable[Any]) -> None:
        if field != "staff_member":
            return
        current = self.staff.currentData()
        self.staff.blockSignals(True)
        while self.staff.count() > 1:
            self.staff.removeItem(1)
        for name in values:
            self.staff.addItem(str(name), name)
        _select(self.staff, current)
        self.staff.blockSignals(False)

    def filters(self) -> tuple[Filter, ...]:
        out = []
        if self.staff.currentData() is not None:
            out.append(Filter("staff_member", "=", self.staff.currentData()))
        if self.activity.currentData() is not None:
            out.append(Filter("activity_type", "=", self.activity.currentData()))
        if self.requalification.currentData() == "within":
            cutoff = _today() + dt.timedelta(days=self.days.value())
            out.append(Filter("requalification_due", "<=", cutoff.isoformat()))
        return tuple(out)

    def _apply(self, preset: dict[str, Any]) -> None:
        staff = preset.get("staff_member")
        if staff is not None and self.staff.findData(staff) < 0:
            self.staff.addItem(str(staff), staff)
        _select(self.staff, staff)
        _select(self.activity, preset.get("activity_type"))
        _select(self.requalification, preset.get("requalification"))
        self.days.setValue(int(preset.get("days", 30)))
        self._sync()


class ProfileFilters(FilterBar):
    kind = "profiling_result"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.drug = self._combo("filter-drug", self.tr("All drug types"), vocab.DRUG_TYPES)
        self.drug.setAccessibleName(self.tr("Drug type"))
        self.country = self._combo("filter-country", self.tr("All countries"), {})
        self.country.setAccessibleName(self.tr("Country"))
        self.dated = QCheckBox(self.tr("Seized from"))
        self.dated.setObjectName("filter-dated")
        self.dated.toggled.connect(self._sync)
        self.dated.toggled.connect(self._emit)
        today = QDate.currentDate()
        self.date_from = self._date("filter-date-from", self.tr("Seized on or after"), today.addYears(-1))
        self.to_label = QLabel(self.tr("to"))
        self.date_to = self._date("filter-date-to", self.tr("Seized on or before"), today)
        for w in (self.drug, self.country, self.dated, self.date_from, self.to_label, self.date_to):
            self.row.addWidget(w)
        self._sync()

    def _date(self, name: str, accessible: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._emit)
        return edit

    def _sync(self, *_: Any) -> None:
        on = self.dated.isChecked()
        for w in (self.date_from, self.to_label, self.date_to):
            w.setEnabled(on)

    def fields_with_values(self) -> list[str]:
        return ["seizure_country"]

    def set_values(self, field: str, values: Iterable[Any]) -> None:
        if field != "seizure_country":
            return
        current = self.country.currentData()
        self.country.blockSignals(True)
        while self.country.count() > 1:
            self.country.removeItem(1)
        for code in values:
            self.country.addItem(str(code), code)
        _select(self.country, current)
        self.country.blockSignals(False)

    def filters(self) -> tuple[Filter, ...]:
        out = []
        if self.drug.currentData() is not None:
            out.append(Filter("drug_type", "=", self.drug.currentData()))
        if self.country.currentData() is not None:
            out.append(Filter("seizure_country", "=", self.country.currentData()))
        if self.dated.isChecked():
            first, last = self.date_from.date(), self.date_to.date()
            if first > last:
                first, last = last, first
            out.append(Filter("seizure_date", ">=", first.toString(Qt.DateFormat.ISODate)))
            out.append(Filter("seizure_date", "<=", last.toString(Qt.DateFormat.ISODate)))
        return tuple(out)

    def _apply(self, preset: dict[str, Any]) -> None:
        _select(self.drug, preset.get("drug_type"))
        country = preset.get("seizure_country")
        if country is not None and self.country.findData(country) < 0:
            self.country.addItem(str(country), country)
        _select(self.country, country)
        if preset.get("seized_from") or preset.get("seized_to"):
            self.dated.setChecked(True)
            if preset.get("seized_from"):
                self.date_from.setDate(QDate.fromString(preset["seized_from"], Qt.DateFormat.ISODate))
            if preset.get("seized_to"):
                self.date_to.setDate(QDate.fromString(preset["seized_to"], Qt.DateFormat.ISODate))
        else:
            self.dated.setChecked(False)
        self._sync()


FILTER_BARS: dict[str, type[FilterBar]] = {
    "reference_sample": ReferenceSampleFilters,
    "training_record": TrainingFilters,
    "profiling_result": ProfileFilters,
}


def filter_bar_for(kind: str, parent: QWidget | None = None) -> FilterBar:
    return FILTER_BARS[kind](parent)
