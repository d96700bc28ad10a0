"""Saving a record form, and what happens when saving is refused or the form is closed.

A mix-in of ``RecordEditor``: the record is written on the catalogue worker
with the version the form was opened on.  Whatever goes wrong, what the person
typed stays in the form: a conflict offers to reload the latest version with
their changes on top, a refused value is shown under its field, a permission
problem says who may do it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

from labnet.catalogue.errors import ConflictError, PermissionDenied, ValidationError
from labnet.desktop.i18n import say_error

from .common import answered, explain_failure, show_error


class SavingMixin:
    """Needs the attributes RecordEditor sets up (rt, tasks, record, inputs, …)."""

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        if not self.validate():
            self.show_all = True
            self.validate()
            first = next((p.field for p in self.problems if p.field in self.inputs), None)
            if first:
                self.focus_field(first)
            return
        values = {n: self.clean.get(n) for n in self.rt.field_names}
        kind, record_id, version = self.rt.kind, self.record_id, self.version
        if record_id is None:
            job = lambda cat: cat.add(kind, values)  # noqa: E731
        else:
            job = lambda cat: cat.update(kind, record_id, values, expected_version=version)  # noqa: E731
        self._set_saving(True)
        self.tasks.run(job, self._saved, self._save_failed, description=f"save {kind}")

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))
        self.save_button.setEnabled(not saving and not self.problems)

    def _saved(self, record: dict[str, Any]) -> None:
        self._set_saving(False)
        self.record, self.record_id, self.version = dict(record), record["id"], record["version"]
        self.baseline = self.state()
        self.saved.emit(record)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ConflictError):
            self._conflict(say_error(exc))
        elif isinstance(exc, ValidationError):
            values = self.values()
            self.store_problems = [(values.get(p.field), p) for p in exc.problems]
            self.show_all = True
            self.validate()
        elif isinstance(exc, PermissionDenied):
            show_error(self, self.tr("Not allowed"), say_error(exc), self.tr("Your entries are still in the form."))
        else:
            show_error(self, self.tr("The record was not saved"), explain_failure(exc, self.tr("Saving")))

    def _conflict(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Someone else changed this record"), message,
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Reload the latest version to see their change: what you typed stays in the form, on top of it, "
            "and you can save again. Or keep editing and decide later."))
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Reload, keep my changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        if answered(box.exec(), QMessageBox.StandardButton.Ok):
            self.reload_keeping_changes()

    def reload_keeping_changes(self) -> None:
        typed = self.changed_fields()
        kind, record_id = self.rt.kind, self.record_id

        def merge(record: dict[str, Any]) -> None:
            self.record, self.version = dict(record), record["version"]
            self._load(record, keep=typed)
            self.banner.note(self.tr("Reloaded version {version} (changed by {who}); your changes are kept on "
                                     "top of it. Check them and save again.").format(
                version=record["version"], who=record.get("updated_by") or "?"))
        self.tasks.run(lambda cat: cat.get(kind, record_id), merge, self._load_failed)

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.saving:
            return
        if self.is_dirty():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard your changes?"),
                              self.tr("You have changes that are not saved. Close the form and lose them?"),
                              QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
            box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard changes"))
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if not answered(box.exec(), QMessageBox.StandardButton.Discard):
                return
        QDialog.reject(self)

