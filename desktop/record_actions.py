"""What can be done with a record from its page: new, open, duplicate, history, deleted records, delete, import,
export, and for reference samples withdraw and dispose.  A mixin of ``RecordPage`` (which provides the type, the
worker, the session, the table's selection and ``model``); the catalogue work runs on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from labnet.desktop import catalogue_queries, errors
from labnet.desktop.catalogue_queries import describe_record
from labnet.desktop.i18n import catalogue_text, isolate, number


class RecordActions:
    """The record page's actions, each on the selected record (read whole on the worker first) or on the view."""

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
