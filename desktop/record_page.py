"""One page per record type: search, filters, the table, and what can be done
with a record (new, open, duplicate, delete, import, export; for reference
samples also withdraw and dispose).

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
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.records import record_type
from labnet.desktop import catalogue_queries, errors, style
from labnet.desktop.catalogue_queries import describe_record
from labnet.desktop.filters import filter_bar_for
from labnet.desktop.flow_layout import FlowLayout
from labnet.desktop.i18n import catalogue_text, isolate, number
from labnet.desktop.login import Session
from labnet.desktop.record_model import RecordTableModel, default_columns
from labnet.desktop.tables import DirectionalDelegate

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = {"date": 112, "bool": 70, "float": 112, "int": 90, "choice": 140, "country": 80, "text": 170}
WIDE = {"substance": 250, "competence_area": 250, "storage_location": 280, "seizure_reference": 190,
        "staff_member": 190, "title": 260, "notes": 300, "outcome": 190, "activity_type": 170}


class RecordPage(QWidget):
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

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_columns)  # once the table knows its width

    def _search_hint(self) -> str:
        names = [catalogue_text(self.rt.field(n).label).lower() for n in self.rt.search_fields[:3]]
        return self.tr("Search by {fields}…  (Ctrl+F)").format(fields=", ".join(names))

    def _columns_key(self) -> str:
        return f"columns/{self.rt.kind}"

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

    # -- the actions ---------------------------------------------------------------------------
    def _with_selected(self, then: Callable[[dict[str, Any]], None]) -> None:
        """Read the whole selected record on the worker, then continue with it."""
        record_id = self.selected_id()
        if record_id is None:
            return
        self.tasks.run(lambda cat: cat.get(self.rt.kind, record_id), then,
                       lambda exc: errors.show_error(self, exc), description="read record")

    def open_record(self, record_id: str) -> None:
        self.tasks.run(lambda cat: cat.get(self.rt.kind, record_id), self._edit,
                       lambda exc: errors.show_error(self, exc), description="read record")

    def new_record(self) -> None:
        self._edit(None)

    def open_selected(self) -> None:
        self._with_selected(self._edit)

    def duplicate_selected(self) -> None:
        def copy(record: dict[str, Any]) -> None:
            values = {n: record.get(n) for n in self.rt.field_names}
            values[self.rt.natural_key[-1]] = None  # the copy needs a key of its own
            self._edit(values)
        self._with_selected(copy)

    def _edit(self, record: dict[str, Any] | None) -> None:
        try:
            from labnet.desktop.forms import RecordEditor
        except ImportError:
            self._not_available(self.tr("The record form"))
            return
        editor = RecordEditor(self.tasks, self.rt.kind, record, self)
        self._keep_open(editor, editor.saved)
        editor.open()

    def import_file(self) -> None:
        try:
            from labnet.desktop.import_wizard import ImportWizard
        except ImportError:
            self._not_available(self.tr("The import wizard"))
            return
        wizard = ImportWizard(self.tasks, self.rt.kind, self)
        self._keep_open(wizard, wizard.imported)
        wizard.open()

    def withdraw_selected(self) -> None:
        def open_dialog(record: dict[str, Any]) -> None:
            try:
                from labnet.desktop.forms import WithdrawalDialog
            except ImportError:
                self._not_available(self.tr("The withdrawal form"))
                return
            dialog = WithdrawalDialog(self.tasks, record, self)
            self._keep_open(dialog, dialog.saved)
            dialog.open()
        self._with_selected(open_dialog)

    def _keep_open(self, dialog: Any, done_signal: Any) -> None:
        self._dialogs.append(dialog)
        done_signal.connect(lambda _value: self._changed())
        dialog.finished.connect(lambda _r: self._dialogs.remove(dialog) if dialog in self._dialogs else None)

    def _record_menu(self, pos: Any) -> None:
        from labnet.desktop.history_dialog import record_menu
        self.record_menu = record_menu(self, pos)

    def history_selected(self) -> None:
        from labnet.desktop.history_dialog import open_history
        self._with_selected(lambda record: open_history(self, self.tasks, self.rt.kind, record, self._dialogs))

    def show_deleted(self) -> None:
        from labnet.desktop.deleted_dialog import DeletedRecordsDialog
        dialog = DeletedRecordsDialog(self.tasks, self.rt.kind, self)
        self._keep_open(dialog, dialog.finished)
        dialog.open()

    def _not_available(self, what: str) -> None:
        QMessageBox.information(self, self.tr("Not available yet"), self.tr(
            "{what} is not part of this version of LabNet yet.").format(what=what))

    def _changed(self) -> None:
        if not self._follows_notices:
            self.model.refresh()
        self.records_changed.emit()

    def _confirm_then(self, title: str, question: str, job: Callable[[dict[str, Any]], Callable[[Any], Any]]) -> None:
        """Read the selected record, ask ``question`` about it, and if yes run ``job(record)`` on the worker."""
        def ask(record: dict[str, Any]) -> None:
            answer = QMessageBox.question(self, title, question.format(name=describe_record(self.rt, record)),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                          QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Yes:
                self.tasks.run(job(record), lambda _result: self._changed(), lambda exc: errors.show_error(self, exc),
                               description=title)
        self._with_selected(ask)

    def delete_selected(self) -> None:
        kind, thing = self.rt.kind, catalogue_text(self.rt.label).lower()
        self._confirm_then(
            self.tr("Delete {thing}").format(thing=thing),
            self.tr("Delete {thing} {{name}}?").format(thing=thing) + "\n\n" + self.tr(
                "It disappears from the catalogue. A tombstone is kept — a note of what was deleted, by whom and "
                "when — so that the audit trail stays complete and the deletion also reaches the network. This "
                "cannot be undone."),
            lambda r: lambda cat: cat.delete(kind, r["id"], expected_version=r["version"]))

    def dispose_selected(self) -> None:
        kind = self.rt.kind
        self._confirm_then(
            self.tr("Dispose of a reference standard"),
            self.tr("Mark {name} as disposed of?") + "\n\n" + self.tr(
                "It can then no longer be used or withdrawn from. The change is recorded in the audit trail "
                "under your name."),
            lambda r: lambda cat: cat.update(kind, r["id"], {"status": "disposed"}, expected_version=r["version"]))

    def export_view(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export {things}").format(things=catalogue_text(self.rt.plural).lower()),
            f"{self.rt.cli_name}.csv", self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)"))
        if not path:
            return
        query = self.model.query
        progress = QProgressDialog(self.tr("Exporting {things}…").format(things=catalogue_text(self.rt.plural).lower()),
                                   self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("export-progress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def step(done: int, total: int, _message: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))

        def finished(count: int) -> None:
            progress.close()
            QMessageBox.information(self, self.tr("Export finished"), self.tr(
                "{n} {things} were written to {path}.").format(n=number(count), things=self._things(count), path=isolate(path)))

        def failed(exc: BaseException) -> None:
            progress.close()
            errors.show_error(self, exc)

        handle = self.tasks.run(lambda cat, ctx: catalogue_queries.export_view(cat, query, path, ctx),
                                finished, failed, on_progress=step, description="export")
        progress.canceled.connect(handle.cancel)
        progress.canceled.connect(progress.close)
        if self.tasks.pending:
            progress.show()

    # -- columns ----------------------------------------------------------------------------------
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
