"""Settings: where the catalogue is, checking the audit trail, backups, accounts.

Everyone may look, verify the audit trail and make a backup (a copy changes
nothing); only an administrator (or the owner of a catalogue without
accounts) may manage the accounts (desktop/accounts_box.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.users import OWNER
from labnet.desktop import catalogue_queries, errors, i18n, style
from labnet.desktop.accounts_box import AccountsBox
from labnet.desktop.catalogue_queries import CatalogueFacts
from labnet.desktop.i18n import isolate, number
from labnet.desktop.login import Session


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    language_chosen = Signal(str)  # a code of i18n.LANGUAGES, or i18n.SYSTEM

    def __init__(self, tasks: Any, session: Session, parent: QWidget | None = None, *,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.session = session
        self.settings = settings if settings is not None else QSettings()
        self.setObjectName("page-settings")
        self.facts: CatalogueFacts | None = None

        self.rights_note = style.muted("")
        self.rights_note.setObjectName("settings-rights")

        catalogue_box = QGroupBox(self.tr("Catalogue"))
        form = QFormLayout(catalogue_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.data_dir, self.file, self.schema, self.size, self.records = (_selectable() for _ in range(5))
        for text, label in ((self.tr("Data folder"), self.data_dir), (self.tr("Catalogue file"), self.file),
                            (self.tr("Schema version"), self.schema), (self.tr("Size"), self.size),
                            (self.tr("Records"), self.records)):
            label.setAccessibleName(text)
            form.addRow(text, label)

        audit_box = QGroupBox(self.tr("Audit trail"))
        audit = QVBoxLayout(audit_box)
        audit.addWidget(style.muted(self.tr(
            "Every change is chained to the one before it, with the digest of the record it changed. Verifying "
            "recomputes the chain and every record's and attached file's digest, and names what was altered, "
            "added or deleted outside LabNet. It cannot catch someone who has the file and recomputes every "
            "digest and the whole chain; changes made through LabNet are in the trail, not hidden.")))
        self.verify_button = QPushButton(self.tr("Verify the audit trail"))
        self.verify_button.setObjectName("verify-audit")
        self.verify_button.clicked.connect(self.verify_audit)
        self.audit_result = _selectable()
        self.audit_result.setObjectName("audit-result")
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.audit_result, 1)
        audit.addLayout(row)

        backup_box = QGroupBox(self.tr("Backup"))
        backup = QVBoxLayout(backup_box)
        backup.addWidget(style.muted(self.tr(
            "A backup is one file holding the catalogue, its attached certificates, the laboratory's keys "
            "(encrypted), sync state and sharing policy, consistent even while you work and verified after it is "
            "written. Keep it on another drive.")))
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setObjectName("backup-now")
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_result = _selectable()
        self.backup_result.setObjectName("backup-result")
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_result, 1)
        backup.addLayout(row)

        self.accounts = AccountsBox(tasks, session)
        self.accounts.changed.connect(self.refresh)

        language_box = QGroupBox(self.tr("Language"))
        language = QVBoxLayout(language_box)
        language.addWidget(style.muted(self.tr(
            "The language of LabNet's windows, and how dates and numbers are written. "
            "It takes effect when LabNet starts again.")))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        system = i18n.LANGUAGES[i18n.resolve(i18n.SYSTEM)]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(self.language.findData(i18n.chosen_language(self.settings)))
        self.language.activated.connect(self._language_picked)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addStretch(1)
        language.addLayout(row)

        appearance_box = QGroupBox(self.tr("Appearance"))
        appearance = QVBoxLayout(appearance_box)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        self.theme.setAccessibleName(self.tr("Appearance"))
        for code, text in (("system", self.tr("As the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(text, code)
        self.theme.setCurrentIndex(self.theme.findData(style.chosen_theme(self.settings)))
        self.theme.activated.connect(lambda i: style.choose_theme(self.theme.itemData(i), self.settings))
        row = QHBoxLayout()
        row.addWidget(self.theme)
        row.addStretch(1)
        appearance.addLayout(row)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(style.heading(self.tr("Settings")))
        layout.addWidget(self.rights_note)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (catalogue_box, audit_box, backup_box):
            left.addWidget(box)
        left.addStretch(1)
        right.addWidget(language_box)
        right.addWidget(appearance_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        # The accounts across the page: beside the catalogue's paths, their five columns did not fit half of it
        # in French or Spanish, and a column was cut.
        layout.addWidget(self.accounts)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        session.changed.connect(self.update_rights)
        self.update_rights()

    # -- reading ------------------------------------------------------------------------------
    def _language_picked(self, index: int) -> None:
        code = self.language.itemData(index)
        if code != i18n.chosen_language(self.settings):
            i18n.choose_language(code, self.settings)
            self.language_chosen.emit(code)

    def refresh(self) -> None:
        self.tasks.run(catalogue_queries.catalogue_facts, self.show_facts,
                       lambda exc: errors.show_error(self, exc), description="settings")

    def show_facts(self, facts: CatalogueFacts) -> None:
        self.facts = facts
        self.data_dir.setText(facts.data_dir)
        self.file.setText(facts.path)
        status = (self.tr("up to date") if facts.schema == facts.latest_schema else
                  self.tr("this version of LabNet knows up to {n}").format(n=number(facts.latest_schema)))
        self.schema.setText(f"{number(facts.schema)} ({status})")
        self.size.setText(self.tr("{mb} MB").format(mb=number(facts.size_bytes / 1e6, 1)))
        self.records.setText(self.tr("{rs} reference samples, {tr} training records, {pr} profiling results").format(
            rs=number(facts.counts.get('reference_sample', 0)), tr=number(facts.counts.get('training_record', 0)),
            pr=number(facts.counts.get('profiling_result', 0))))
        self.accounts.show_users(facts.users)
        self.update_rights()

    def update_rights(self) -> None:
        admin = self.session.can("change_settings")
        owner = self.session.role == OWNER
        if owner:
            self.rights_note.setText(self.tr("This catalogue has no user accounts, so whoever opens it may change "
                                             "everything."))
        elif admin:
            self.rights_note.setText(self.tr("You are an administrator: you may change these settings."))
        else:
            self.rights_note.setText(self.tr("Only an administrator may change settings; you can see them here, "
                                             "verify the audit trail and make a backup."))

    # -- actions ----------------------------------------------------------------------------------
    def verify_audit(self) -> None:
        """The same check as “labnet audit verify” (labnet.catalogue.integrity), on the worker, with its progress."""
        from labnet.catalogue import integrity
        from labnet.catalogue.attachments import attachment_dir

        self.verify_button.setEnabled(False)
        self.audit_result.setText(self.tr("Checking…"))
        style.set_tone(self.audit_result, "")

        def checked(done: int, total: int, _message: str) -> None:
            self.audit_result.setText(self.tr("Checking… {percent} %").format(
                percent=number(100 * done // max(total, 1))))

        self.tasks.run(lambda cat, context: integrity.verify(cat.conn, attachment_dir(cat),
                                                             lambda d, t: context.progress(d, t)),
                       self._show_audit, self._audit_failed, on_progress=checked, description="verify audit")

    def _show_audit(self, report: Any) -> None:
        self.verify_button.setEnabled(True)
        notes = "".join(f"\n{i18n.say(note)}" for note in report.notes)
        if report.ok:
            self.audit_result.setText(self.tr(
                "Intact: {entries} entries verified, none altered or missing; {records} records, {deleted} "
                "deletions and {files} attached files are as the trail last recorded them.").format(
                entries=number(report.entries), records=number(report.records), deleted=number(report.deleted),
                files=number(report.attachments)) + notes)
            style.set_tone(self.audit_result, "ok")
        else:
            shown = "\n".join(f"• {i18n.say(p)}" for p in report.problems[:10])
            more = len(report.problems) - 10
            if more > 0:
                shown += "\n" + self.tr("… and {n} more (“labnet audit verify” lists them all)").format(
                    n=number(more))
            self.audit_result.setText(self.tr(
                "The catalogue does not match its audit trail; it may have been tampered with. Keep this "
                "catalogue as it is and tell your quality manager.\n{problems}").format(problems=shown) + notes)
            style.set_tone(self.audit_result, "alert")

    def _audit_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.audit_result.setText("")
        errors.show_error(self, exc)

    def backup_now(self) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        # LabNet never writes a backup over a file: it says so itself, so the dialog need not ask.
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the catalogue"),
                                              f"labnet-backup-{stamp}.labnet-backup",
                                              self.tr("LabNet backup (*.labnet-backup)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        progress = QProgressDialog(self.tr("Writing the backup…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("backup-progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.backup_button.setEnabled(False)

        def advanced(done: int, total: int, _message: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))

        def done(written: Any) -> None:
            progress.close()
            self.backup_button.setEnabled(True)
            if written.findings is None:
                self.backup_result.setText(self.tr("Backup written and verified: {path} ({mb} MB).").format(
                    path=isolate(str(written.path)), mb=number(written.size / 1e6, 2)))
                style.set_tone(self.backup_result, "ok")
                return
            # Written all the same (the lab's data, and the altered state is evidence), with a warning.
            problems = written.findings.problems
            shown = "\n".join(f"• {i18n.say(p)}" for p in problems[:10])
            if len(problems) > 10:
                shown += "\n" + self.tr("… and {n} more (“labnet audit verify” lists them all)").format(
                    n=number(len(problems) - 10))
            self.backup_result.setText(self.tr(
                "Backup written: {path} ({mb} MB); it reads back exactly as written. But the catalogue does "
                "not verify: it was changed outside LabNet. The findings are recorded in the backup, and "
                "restoring it needs an administrator to accept them. Verify the audit trail above (or run "
                "“labnet audit verify”), keep the catalogue as it is and tell your quality manager.\n"
                "{problems}").format(path=isolate(str(written.path)), mb=number(written.size / 1e6, 2),
                                     problems=shown))
            style.set_tone(self.backup_result, "warning")

        def failed(exc: BaseException) -> None:
            progress.close()
            self.backup_button.setEnabled(True)
            errors.show_error(self, exc)

        from labnet.catalogue.backup import backup
        # Cancelling stops the copy at its next step and removes the partial file.
        handle = self.tasks.run(lambda cat, context: backup(cat, path, lambda d, t: context.progress(d, t)),
                                done, failed, on_progress=advanced, description="backup")

        def cancelled() -> None:
            handle.cancel()
            self.backup_button.setEnabled(True)
            self.backup_result.setText(self.tr("Backup cancelled; nothing was written."))
        progress.canceled.connect(cancelled)
