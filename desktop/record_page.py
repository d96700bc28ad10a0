"""One page per record type: search, filters, the table, and what can be done
with a record (new, open, duplicate, delete, import, export; for reference
samples also withdraw and dispose: ``labnet.desktop.record_actions``); the table's columns are chosen, sized
and remembered by ``labnet.desktop.record_columns``.

All catalogue work goes to the worker; the page only asks and shows answers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.records import record_type
from labnet.desktop import catalogue_queries, errors, style
from labnet.desktop.filters import filter_bar_for
from labnet.desktop.flow_layout import FlowLayout
from labnet.desktop.i18n import catalogue_text, number
from labnet.desktop.login import Session
from labnet.desktop.record_actions import RecordActions
from labnet.desktop.record_columns import RecordColumns
from labnet.desktop.record_model import RecordTableModel
from labnet.desktop.tables import DirectionalDelegate

SEARCH_DELAY_MS = 200


class RecordPage(RecordActions, RecordColumns, QWidget):
    """The table of one record type, with its toolbar."""

    records_changed = Signal()  # something was saved, deleted or imported here

    def __init__(self, tasks: Any, kind: str, session: Session, parent: QWidget | None = None, *,
                 description: str = "", settings: QSettings | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.rt = record_type(kind)
        self.session = session
        self.settings = settings if settings is not None else QSettings()
        self.setObjectName(f"page-{self.rt.cli_name}")
        self._loaded = False
        self._sized = False
        self._values_loaded = False
        self._dialogs: list[QWidget] = []  # editors and wizards kept alive while open
        self._follows_notices = False      # True: the window's change notices refresh this page

        title = style.heading(catalogue_text(self.rt.plural))
        subtitle = style.muted(description) if description else None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self._search_hint())
        self.search.setAccessibleName(self.tr("Search {things}").format(things=catalogue_text(self.rt.plural).lower()))
        self.search.setMinimumWidth(160)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)

        self.filters = filter_bar_for(self.rt.kind, self)
        self.filters.changed.connect(self._apply_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setProperty("role", "count")
        self.count_label.setAccessibleName(self.tr("Number of results"))

        columns = self.settings.value(self._columns_key())
        columns = [c for c in (columns if isinstance(columns, list) else []) if self.rt.has_field(c)]
        self.model = RecordTableModel(tasks, self.rt.kind, columns=columns or None, parent=self)
        self.model.counted.connect(self._show_count)
        self.model.loading.connect(self._loading)
        self.model.failed.connect(lambda exc: errors.show_error(self, exc))
        self.table = self._make_table()

        self.actions: dict[str, QAction] = {}
        # The actions in a few tool bars laid out in a flow (desktop/flow_layout.py): in a longer language a
        # group that does not fit moves to a second row, rather than into a tool bar's » menu where it is not
        # seen, and the window never grows past a small screen.
        tools = QWidget()
        tools.setObjectName("record-actions")
        flow = FlowLayout(tools, spacing=10)
        toolbar: QToolBar | None = None
        for key, text, slot, needs in self._action_specs():
            if toolbar is None:
                toolbar = QToolBar()
                toolbar.setObjectName(f"record-actions-{key}")
                toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                flow.addWidget(toolbar)
            action = QAction(text, self)
            action.setObjectName(f"action-{key}")
            action.triggered.connect(slot)
            action.setProperty("needs", needs)
            self.actions[key] = action
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setAutoRaise(False)  # framed buttons, as elsewhere, not flat tool-bar ones
            button.setProperty("role", "primary" if key == "new" else "action")
            if key in ("delete", "export"):
                toolbar = None   # the next group
        bar = QHBoxLayout()
        bar.setSpacing(10)
        bar.addWidget(tools, 1)
        bar.addWidget(self.count_label)

        search_row = QHBoxLayout()
        search_row.setSpacing(10)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.filters)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        if subtitle:
            layout.addWidget(subtitle)
        layout.addLayout(bar)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)

        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.search, self.filters)
        self.setTabOrder(self.filters, self.table)
        session.changed.connect(self.update_actions)
        self.update_actions()

    # -- building ------------------------------------------------------------------
    def _action_specs(self) -> list[tuple[str, str, Callable[[], None], str]]:
        specs = [
            ("new", self.tr("New…"), self.new_record, "edit_records"),
            ("open", self.tr("Open"), self.open_selected, "selection"),
            ("duplicate", self.tr("Duplicate…"), self.duplicate_selected, "edit_records+selection"),
            ("delete", self.tr("Delete…"), self.delete_selected, "edit_records+selection"),
            ("import", self.tr("Import…"), self.import_file, "edit_records"),
            ("export", self.tr("Export…"), self.export_view, "rows"),
        ]
        if self.rt.custody:
            specs += [("withdraw", self.tr("Record withdrawal…"), self.withdraw_selected, "edit_records+selection"),
                      ("dispose", self.tr("Dispose…"), self.dispose_selected, "dispose_standard+selection")]
        specs.append(("refresh", self.tr("Refresh"), self.refresh, ""))
        return specs

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("records-table")
        table.setAccessibleName(catalogue_text(self.rt.plural))
        table.setModel(self.model)
        table.setItemDelegate(DirectionalDelegate(table))   # a long Latin text elided on its own side in Arabic
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Click to sort; right-click to choose the columns"))
        table.setSortingEnabled(False)  # set the indicator first, or Qt sorts by column 0 at once
        self._show_sort_indicator(header)
        table.setSortingEnabled(True)
        table.doubleClicked.connect(lambda _index: self.open_selected())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._record_menu)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self._size_columns)
        self.model.modelReset.connect(self.update_actions)
        return table

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_columns)  # once the table knows its width

    def _search_hint(self) -> str:
        names = [catalogue_text(self.rt.field(n).label).lower() for n in self.rt.search_fields[:3]]
        return self.tr("Search by {fields}…  (Ctrl+F)").format(fields=", ".join(names))

    # -- loading and showing ----------------------------------------------------------
    def load(self) -> None:
        """Read the view the first time the page is shown, and the values for the filter lists."""
        if self._loaded:
            return
        self._loaded = True
        self.model.refresh()
        self._load_filter_values()

    def _load_filter_values(self) -> None:
        if self._values_loaded:
            return
        self._values_loaded = True
        for field in self.filters.fields_with_values():
            self._load_values(field)

    def _load_values(self, field: str) -> None:
        kind = self.rt.kind  # (no default arguments in the task: the worker would pass its context)
        self.tasks.run(lambda cat: catalogue_queries.distinct(cat, kind, field),
                       lambda values: self.filters.set_values(field, values),
                       lambda exc: None, description="filter values")

    def follow(self, notices: Any) -> None:
        """Refresh from ``notices`` (``labnet.desktop.change_notices``) whenever this page's kind was written, here or
        by another process; a save here then refreshes the page once, through the notice."""
        self._follows_notices = True
        notices.subscribe({self.rt.kind}, self._written)

    def _written(self) -> None:
        if self._loaded:   # a page not shown yet reads the view when it is
            self.model.refresh()

    def refresh(self) -> None:
        if self._loaded:
            self.model.refresh()
        else:
            self.load()

    def apply_preset(self, preset: dict[str, Any], search: str = "") -> None:
        """Show the page filtered as the dashboard asks."""
        self._loaded = True
        self._load_filter_values()
        self.search.blockSignals(True)
        self.search.setText(search)
        self.search.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.apply_preset(preset)
        self.filters.blockSignals(False)
        self.model.set_query(dataclasses.replace(self.model.query, search=search, filters=self.filters.filters()))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._loaded = True
        self.model.set_search(self.search.text().strip())

    def _apply_filters(self) -> None:
        self._loaded = True
        self.model.set_filters(self.filters.filters())

    def _show_count(self, shown: int, total: int) -> None:
        if shown == total:
            text = self.tr("{n} {things}").format(n=number(total), things=self._things(total))
        else:
            text = self.tr("{shown} of {total} {things}").format(shown=number(shown), total=number(total),
                                                               things=self._things(total))
        self.count_label.setText(text)
        self.update_actions()

    def _things(self, n: int) -> str:
        return catalogue_text(self.rt.label).lower() if n == 1 else catalogue_text(self.rt.plural).lower()

    def _loading(self, busy: bool) -> None:
        if busy:
            self.count_label.setText(self.tr("Searching…"))

    # -- rights and selection ---------------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return self.model.record_id(row) if row is not None else None

    def update_actions(self) -> None:
        has_selection = self.selected_id() is not None
        for action in self.actions.values():
            needs = action.property("needs") or ""
            allowed, why = True, ""
            for need in filter(None, needs.split("+")):
                if need == "selection" and not has_selection:
                    allowed, why = False, why or self.tr("Select a row first.")
                elif need == "rows" and self.model.rowCount() == 0:
                    allowed = False
                elif need not in ("selection", "rows") and not self.session.can(need):
                    allowed, why = False, self.session.who_may(need)
            action.setEnabled(allowed)
            action.setToolTip(why if not allowed and why else action.text().rstrip("…"))
