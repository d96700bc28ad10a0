"""A table model over one record type that stays fast with a million rows.

The model never holds the whole table: it asks the catalogue worker for the
number of matching rows, then for pages of rows as the view scrolls to them,
and keeps only the most recently used pages.  Searching, filtering and
sorting change the ``Query`` and start again; the SQL does the work.

Every answer from the worker carries the *generation* of the query it was
asked for; an answer from before the last change is dropped, so a slow page
can never paint old rows into a new view.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from labnet.catalogue.queries import Filter, Query
from labnet.catalogue.records import RecordType, record_type
from labnet.desktop import catalogue_queries
from labnet.desktop.i18n import bidi, catalogue_text, date_text, number

PAGE_SIZE = 200
MAX_PAGES = 30          # pages kept in memory: 6,000 rows at most
MAX_IN_FLIGHT = 2       # page requests queued on the worker at once
MAX_WANTED = 6          # pages waiting for a request: only the latest matter while scrolling
PLACEHOLDER = "…"

Index = QModelIndex | QPersistentModelIndex


def default_columns(rt: RecordType) -> list[str]:
    """The record type's list columns, then its extra ones (a text column to fill the width); a unit
    field is shown with its quantities, not alone."""
    units = {f.unit_field for f in rt.fields if f.unit_field}
    columns = [c for c in rt.list_columns if c not in units]
    columns += [c for c in rt.extra_columns if rt.has_field(c) and c not in columns]
    return columns or list(rt.field_names[:6])


class RecordTexts(QObject):
    """How the table writes values (``labnet.catalogue.field_types.Words``): translated words, local numbers and
    dates, and texts with plural forms (lupdate reads those only from ``self.tr``)."""

    def compounds(self, n: int) -> str:
        return self.tr("%Ln compound(s)", "", n)

    def label(self, text: str) -> str:
        return bidi(catalogue_text(text))   # "Satisfactory (|z| ≤ 2)" in its order in Arabic

    def date(self, iso: str) -> str:
        return date_text(iso)

    def number(self, value: float) -> str:
        return number(value)


_TEXTS = RecordTexts()


def format_value(rt: RecordType, name: str, value: Any, record: dict[str, Any] | None = None) -> str:
    """A stored value as the table shows it."""
    if value is None or value == "" or value == []:
        return ""
    if not rt.has_field(name):
        return str(value)
    f = rt.field(name)
    return f.type.display(f, value, _TEXTS, record)


class RecordTableModel(QAbstractTableModel):
    """Rows of one record type, read from the catalogue worker page by page."""

    counted = Signal(int, int)   # rows shown, rows of this type in the catalogue
    loading = Signal(bool)       # waiting for the row count of a new query
    first_page_shown = Signal()  # the first rows of a new query are in (the count may follow)
    failed = Signal(object)      # an exception from the worker

    def __init__(self, tasks: Any, kind: str, *, columns: Sequence[str] | None = None,
                 page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES, parent: Any = None):
        super().__init__(parent)
        self.tasks = tasks
        self.rt = record_type(kind)
        self.page_size = page_size
        self.max_pages = max_pages
        self._columns = list(columns or default_columns(self.rt))
        order, descending = self.rt.default_order
        self._query = Query(self.rt.kind, order_by=order, descending=descending)
        self._generation = 0
        self._rows = 0
        self._total = 0
        self._total_known = False
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._stale: dict[int, list[dict[str, Any]]] = {}  # shown while a refreshed page loads
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._requested: set[int] = set()
        self._in_flight = 0
        self._pump_scheduled = False
        self._started = False
        self.page_requests = 0  # how many pages were asked of the worker (tests, benchmark)
        self.today = dt.date.today().isoformat()

    # -- what is shown -------------------------------------------------------------
    @property
    def query(self) -> Query:
        return self._query

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    @property
    def total(self) -> int:
        return self._total

    @property
    def generation(self) -> int:
        return self._generation

    def set_query(self, query: Query) -> None:
        if query.kind != self.rt.kind:
            raise ValueError(f"this model shows {self.rt.kind}, not {query.kind}")
        self._query = query
        self._restart(hard=True)

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(dataclasses.replace(self._query, search=text))

    def set_filters(self, filters: Sequence[Filter]) -> None:
        filters = tuple(filters)
        if filters != self._query.filters:
            self.set_query(dataclasses.replace(self._query, filters=filters))

    def set_columns(self, columns: Sequence[str]) -> None:
        columns = [c for c in columns if self.rt.has_field(c)]
        if not columns or columns == self._columns:
            return
        self._columns = columns
        if self._query.order_by and self._query.order_by not in columns:
            self._query = dataclasses.replace(self._query, order_by=None, descending=False)
        self._restart(hard=True)

    def refresh(self) -> None:
        """Read the view again (after a save or an import), keeping the rows on screen meanwhile."""
        self._total_known = False  # records were added or deleted, perhaps
        self._restart(hard=not self._started)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            name = self._columns[column]
        else:
            name = None
        descending = order == Qt.SortOrder.DescendingOrder
        if (name, descending) != (self._query.order_by, self._query.descending):
            self.set_query(dataclasses.replace(self._query, order_by=name, descending=descending))

    def sort_column(self) -> int:
        name = self._query.order_by
        return self._columns.index(name) if name in self._columns else -1

    def record_id(self, row: int) -> str | None:
        values = self.row_values(row)
        return values.get("id") if values else None

    def row_values(self, row: int) -> dict[str, Any] | None:
        """The loaded values of ``row`` (None while its page is loading)."""
        page, at = divmod(row, self.page_size)
        rows = self._pages.get(page) or self._stale.get(page)
        if rows is None or at >= len(rows):
            return None
        return rows[at]

    def is_loaded(self, row: int) -> bool:
        return row // self.page_size in self._pages

    # -- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        f = self.rt.field(self._columns[section])
        if role == Qt.ItemDataRole.DisplayRole:
            return catalogue_text(f.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return catalogue_text(f.help) or catalogue_text(f.label)
        if role == Qt.ItemDataRole.UserRole:
            return f.name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        page, at = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
        else:
            self._want(page)
            rows = self._stale.get(page)
        if rows is None or at >= len(rows):
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return PLACEHOLDER
            return None
        record = rows[at]
        name = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(self.rt, name, record.get(name), record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = format_value(self.rt, name, record.get(name), record)
            return text if len(text) > 24 else None
        if role == Qt.ItemDataRole.UserRole:
            return record.get("id")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.rt.field(name).type.quantity:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if self.rt.field(name).type.flag:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._warning_colour(name, record)
        return None

    def _warning_colour(self, name: str, record: dict[str, Any]) -> QColor | None:
        """Dates that need attention stand out: past (red) or within 30 days (amber);
        standards no longer usable are greyed."""
        dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
        rt = self.rt
        if name == "status" and rt.spent_statuses:
            status = record.get("status")
            if status == "expired":
                return QColor("#ff8a80" if dark else "#b3261e")
            if status in rt.spent_statuses:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if name not in rt.due_fields:
            return None
        value = record.get(name)
        if not value:
            return None
        if rt.shelf_statuses and record.get("status", rt.shelf_statuses[-1]) not in rt.shelf_statuses:
            return None  # an expired standard already used up or disposed of is not a warning
        soon = (dt.date.fromisoformat(self.today) + dt.timedelta(days=30)).isoformat()
        if value < self.today:
            return QColor("#ff8a80" if dark else "#b3261e")
        if value <= soon:
            return QColor("#ffcc80" if dark else "#8a5300")
        return None

    # -- talking to the worker --------------------------------------------------------
    def _restart(self, *, hard: bool) -> None:
        self._started = True
        self._generation += 1
        generation = self._generation
        if hard:
            self.beginResetModel()
            self._rows = 0
            self._pages.clear()
            self._stale.clear()
            self.endResetModel()
        else:
            self._stale = {**self._stale, **self._pages}
            self._pages.clear()
        self._wanted.clear()
        self._requested.clear()
        self.loading.emit(True)
        query, columns, limit = self._query, self._fetch_columns(), self.page_size
        self.tasks.run(
            lambda cat: catalogue_queries.first_page(cat, query, limit, columns),
            lambda result: self._first_page(generation, query, result),
            lambda exc: self._failed(generation, exc),
            description=f"read {catalogue_text(self.rt.plural).lower()}")

    def _fetch_columns(self) -> list[str]:
        rt = self.rt
        extra = [f.unit_field for f in map(rt.field, filter(rt.has_field, self._columns)) if f.unit_field]
        if rt.shelf_statuses and {*rt.due_fields, "status"} & set(self._columns):
            extra.append("status")  # an expired standard already disposed of is not a warning
        return list(dict.fromkeys([*self._columns, *extra]))

    def _first_page(self, generation: int, query: Query, result: catalogue_queries.ViewCount) -> None:
        if generation != self._generation:
            return  # the query changed while this was read
        filtered = bool(query.search.strip() or query.filters)
        if result.shown is not None and (filtered and self._total_known or not filtered):
            # The page alone tells the count (and the type's total is known or is that count).
            self._set_rows(result.shown, self._total if filtered else result.shown, result.first_page)
            self._total_known = True
            return
        # Show the first rows at once, and count meanwhile.
        self._set_rows(max(len(result.first_page), self._rows), self._total, result.first_page, final=False)
        self.tasks.run(lambda cat: catalogue_queries.count_and_total(cat, query),
                       lambda counts: self._counted(generation, *counts),
                       lambda exc: self._failed(generation, exc), description=f"count {catalogue_text(self.rt.plural).lower()}")

    def _counted(self, generation: int, shown: int, total: int) -> None:
        if generation == self._generation:
            self._total_known = True
            self._set_rows(shown, total, None)

    def _set_rows(self, new: int, total: int, first_page: list[dict[str, Any]] | None, final: bool = True) -> None:
        old = self._rows
        self._total = total
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows = new
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._rows = new
            self.endRemoveRows()
        if first_page is not None:
            self._store_page(0, first_page)
            self.first_page_shown.emit()
            self._stale = {p: rows for p, rows in self._stale.items() if p * self.page_size < new}
            if old and self._rows:
                # Rows already on screen: ask the view to read them again (it re-requests
                # the pages it shows; until they come, the previous rows stay).
                self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(self._columns) - 1))
        if final:
            self.loading.emit(False)
            self.counted.emit(self._rows, self._total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading.emit(False)
            self.failed.emit(exc)

    def _want(self, page: int) -> None:
        if page in self._requested:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        if not self._pump_scheduled:
            # Never call the worker from inside data(): collect what the view
            # asks for during one paint, then request it.
            self._pump_scheduled = True
            QTimer.singleShot(0, self._pump)

    def _pump(self) -> None:
        self._pump_scheduled = False
        while self._wanted and self._in_flight < MAX_IN_FLIGHT:
            page, _ = self._wanted.popitem(last=True)  # the latest first: that is where the user is
            if page in self._pages or page in self._requested or page * self.page_size >= self._rows:
                continue
            self._request(page)

    def _request(self, page: int) -> None:
        generation, query, columns = self._generation, self._query, self._fetch_columns()
        offset, limit = page * self.page_size, self.page_size
        self._requested.add(page)
        self._in_flight += 1
        self.page_requests += 1
        self.tasks.run(
            lambda cat: catalogue_queries.fetch_page(cat, query, offset, limit, columns),
            lambda rows: self._page_arrived(generation, page, rows),
            lambda exc: self._page_failed(generation, page, exc),
            description=f"read {catalogue_text(self.rt.plural).lower()}")

    def _page_arrived(self, generation: int, page: int, rows: list[dict[str, Any]]) -> None:
        self._in_flight -= 1
        if generation == self._generation:
            self._store_page(page, rows)
            first = page * self.page_size
            last = min(self._rows, first + self.page_size) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
        # else: stale — the query changed after this page was asked for; dropped.
        self._pump()

    def _page_failed(self, generation: int, page: int, exc: BaseException) -> None:
        self._in_flight -= 1
        if generation == self._generation:
            self._requested.discard(page)
            self.failed.emit(exc)
        self._pump()

    def _store_page(self, page: int, rows: list[dict[str, Any]]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        self._requested.add(page)
        self._stale.pop(page, None)
        while len(self._pages) > self.max_pages:
            evicted, _ = self._pages.popitem(last=False)
            self._requested.discard(evicted)
