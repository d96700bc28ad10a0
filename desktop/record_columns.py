"""The record table's columns: which are shown (chosen from the header's menu, remembered per record type), their
widths and the sort indicator.  A mixin of ``RecordPage`` (which provides the type, the table, its model and the
settings).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMenu

from labnet.desktop.i18n import catalogue_text
from labnet.desktop.record_model import default_columns

COLUMN_WIDTHS = {"date": 112, "bool": 70, "float": 112, "int": 90, "choice": 140, "country": 80, "text": 170}
WIDE = {"substance": 250, "competence_area": 250, "storage_location": 280, "seizure_reference": 190,
        "staff_member": 190, "title": 260, "notes": 300, "outcome": 190, "activity_type": 170}


class RecordColumns:
    """Choose, size and remember the record table's columns."""

    def _columns_key(self) -> str:
        return f"columns/{self.rt.kind}"

    def _show_sort_indicator(self, header: QHeaderView) -> None:
        column = self.model.sort_column()
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)

    def _size_columns(self) -> None:
        """Useful widths for each column, shrunk to fit the table when there is too little room."""
        header = self.table.horizontalHeader()
        names = self.model.columns
        # Never narrower than the header asks for its translated title, sort arrow and margins (the style's own
        # measure: "Péremption/recontrôle" was cut with a guessed margin); a table too narrow for them scrolls.
        minimum = [header.sectionSizeFromContents(i).width() for i in range(len(names))]
        wanted = [max(WIDE.get(n) or COLUMN_WIDTHS.get(self.rt.field(n).type.name, 150), m) for n, m in zip(names, minimum)]
        room = self.table.viewport().width()
        if room > 200 and sum(wanted) > room:
            scale = max(0.6, (room - 40) / sum(wanted))
            wanted = [max(m, int(w * scale)) for w, m in zip(wanted, minimum)]
        for i, width in enumerate(wanted[:-1]):  # the last one takes the rest
            header.resizeSection(i, width)

    def _column_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.setObjectName("column-menu")
        shown = self.model.columns
        for f in self.rt.fields:
            action = menu.addAction(catalogue_text(f.label))
            action.setCheckable(True)
            action.setChecked(f.name in shown)
            action.setData(f.name)
        menu.addSeparator()
        restore = menu.addAction(self.tr("Restore the usual columns"))
        chosen = menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        if chosen is None:
            return
        if chosen is restore:
            self.set_columns(default_columns(self.rt))
        else:
            self.toggle_column(chosen.data(), chosen.isChecked())

    def toggle_column(self, name: str, shown: bool) -> None:
        columns = [f.name for f in self.rt.fields
                   if (f.name in self.model.columns and f.name != name) or (f.name == name and shown)]
        if columns:
            self.set_columns(columns)

    def set_columns(self, columns: list[str]) -> None:
        """Show these columns, and remember the choice for the next time."""
        self.model.set_columns(columns)
        self.settings.setValue(self._columns_key(), list(self.model.columns))
        self.settings.sync()
        self._show_sort_indicator(self.table.horizontalHeader())
