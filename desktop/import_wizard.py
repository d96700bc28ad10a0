"""The import wizard: a CSV or Excel file into the catalogue, with every bad row shown first.

Pick the file → map its columns to fields (pre-filled by
``importing.suggest_mapping``) → preview (a dry run: what would be added,
updated or left unchanged, and every invalid row with its reason) → import
everything or only the valid rows → summary.  Reading and importing run on the
catalogue worker with a progress bar and Cancel; a cancelled import writes
nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from labnet.catalogue.importing import ImportReport, suggest_mapping
from labnet.catalogue.records import record_type
from labnet.desktop.forms.common import error_colour, explain_failure, muted
from labnet.desktop.forms.import_parts import MappingTable, ProblemModel, Runner, import_job
from labnet.desktop.i18n import catalogue_text, number, say
from labnet.desktop.import_choices import DecimalChoice
from labnet.desktop.import_file_page import FilePage

SUFFIXES = {".csv", ".xlsx", ".txt", ".tsv"}
EXAMPLES = 3


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the file fills the field chosen here. LabNet has guessed from the "
                                 "column names; change what it got wrong, or choose “ignore”."))
        self.table = MappingTable({
            "column": self.tr("Column in the file"), "examples": self.tr("First values"),
            "target": self.tr("Imports into"), "ignore": self.tr("— ignore this column —"),
            "peak": self.tr("Peak area of {name}"), "import_as": self.tr("Field for column {column}")})
        self.table.changed.connect(self._check)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        table = self.w.table
        examples: dict[str, list[str]] = {}
        for i, header in enumerate(table.headers):
            values = [str(r[i]) for r in table.rows if r[i] not in (None, "") and str(r[i]).strip()]
            examples[header] = values[:EXAMPLES]
        self.table.fill(self.w.rt, table.headers, examples, suggest_mapping(self.w.rt, table.headers))
        self._check()

    def problems(self) -> list[str]:
        mapping = self.table.mapping()
        out = []
        chosen = [t for t in mapping.values() if t]
        for f in self.w.rt.fields:
            if f.required and f.name not in chosen and not (f.type.per_compound and any(
                    t.startswith("peak:") for t in chosen)):
                out.append(self.tr("No column fills {field}, which every record needs.").format(
                    field=catalogue_text(f.label)))
        for target in dict.fromkeys(chosen):
            columns = [h for h, t in mapping.items() if t == target]
            if len(columns) > 1:
                out.append(self.tr("The columns {columns} all fill the same field; keep one.").format(
                    columns=", ".join(f"“{c}”" for c in columns)))
        return out

    def _check(self) -> None:
        problems = self.problems()
        self.message.setText("\n".join(problems))
        self.message.setStyleSheet(f"color: {error_colour(self)};" if problems else "")
        self.w.mapping = self.table.mapping()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("A trial run: nothing is written yet. Every row with a problem is listed with "
                                 "the reason, so that you can correct the file or leave those rows out."))
        self.counts = {key: QLabel("–") for key in ("new", "updated", "unchanged", "invalid")}
        grid = QGridLayout()
        titles = {"new": self.tr("New"), "updated": self.tr("Updated"), "unchanged": self.tr("Unchanged"),
                  "invalid": self.tr("Rows with problems")}
        for col, (key, label) in enumerate(self.counts.items()):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            label.setFont(font)
            label.setObjectName(f"count-{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, col)
            caption = muted(QLabel(titles[key]))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 1, col)
        self.runner = Runner(self.tr("Cancel"))
        self.model = ProblemModel([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")], self)
        self.view = QTableView()
        self.view.setObjectName("problems")
        self.view.setAccessibleName(self.tr("Rows with problems"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.notes = muted(QLabel())
        self.notes.setWordWrap(True)
        self.again = QPushButton(self.tr("Check again"))
        self.again.clicked.connect(self.start)
        self.decimal = DecimalChoice()
        self.decimal.changed.connect(self._decimal_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.decimal)
        layout.addWidget(self.runner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        self.w.preview = None
        self.model.set_problems([])
        for label in self.counts.values():
            label.setText("–")
        self.w.run_import(self.runner, self._done, dry_run=True, skip_invalid=True)
        self.completeChanged.emit()

    def _decimal_changed(self) -> None:
        self.w.decimal = self.decimal.value()
        self.start()

    def _done(self, report: ImportReport | None, error: str) -> None:
        self.completeChanged.emit()
        if report is None:
            self.runner.say(error, error=True)
            return
        self.w.preview = report
        self.decimal.show_for(report.needs_decimal_choice)
        bad = len(report.invalid_rows)
        for key, n in zip(self.counts, (report.inserted, report.updated, report.unchanged, bad)):
            self.counts[key].setText(number(n))
        self.model.set_problems(report.problems)
        for col in range(3):
            self.view.resizeColumnToContents(col)
        self.runner.say(self.tr("{rows} rows read; {good} can be imported.").format(
            rows=number(report.rows_read), good=number(report.rows_read - bad)) if report.rows_read else say(report.summary()))
        self.notes.setText("\n".join(say(note) for note in report.warnings + report.info))

    def isComplete(self) -> bool:
        p = self.w.preview
        return p is not None and not self.runner.running and p.rows_read > len(p.invalid_rows)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.all_rows = QRadioButton()
        self.valid_only = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.all_rows)
        self.group.addButton(self.valid_only)
        self.group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        self.runner = Runner(self.tr("Cancel import"))
        note = muted(QLabel(self.tr("The rows are written in one go: if you cancel, or anything goes wrong, "
                                    "nothing is written and the catalogue stays as it was.")))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_rows)
        layout.addWidget(self.valid_only)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addSpacing(12)
        layout.addWidget(self.runner)
        layout.addStretch(1)
        self.finished_ok = False

    def initializePage(self) -> None:
        p = self.w.preview
        bad = len(p.invalid_rows)
        good = p.rows_read - bad
        self.finished_ok = False
        self.setSubTitle(self.tr("The file has {good} valid rows and {bad} rows with problems.").format(
            good=number(good), bad=number(bad)))
        self.all_rows.setText(self.tr("Import all rows (only possible when no row has a problem)"))
        self.valid_only.setText(self.tr("Import only the valid rows ({good}); leave out the {bad} rows with "
                                        "problems").format(good=number(good), bad=number(bad)))
        self.all_rows.setEnabled(bad == 0)
        self.valid_only.setEnabled(bad > 0 and good > 0)
        self.group.setExclusive(False)
        self.all_rows.setChecked(bad == 0)
        self.valid_only.setChecked(False)
        self.group.setExclusive(True)
        self.runner.say("")

    def isComplete(self) -> bool:
        return (self.all_rows.isChecked() or self.valid_only.isChecked()) and not self.runner.running

    def validatePage(self) -> bool:
        if self.finished_ok:
            return True
        self._inside = True
        self.w.run_import(self.runner, self._finished, dry_run=False, skip_invalid=self.valid_only.isChecked())
        self._inside = False
        self.completeChanged.emit()
        return self.finished_ok

    def _finished(self, report: ImportReport | None, error: str) -> None:
        self.completeChanged.emit()
        if report is None:
            self.runner.say(error, error=True)
            return
        self.w.report, self.finished_ok = report, True
        if report.written:
            self.w.imported.emit(report)
        if not self._inside:
            self.w.next()


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Done"))
        self.setSubTitle(self.tr("What the import did."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = muted(QLabel())
        self.details.setWordWrap(True)
        self.model = ProblemModel([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")], self)
        self.view = QTableView()
        self.view.setObjectName("skipped-rows")
        self.view.setAccessibleName(self.tr("Rows left out"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        r = self.w.report
        self.text.setText(say(r.summary()))
        lines = []
        if r.skip_invalid and r.invalid_rows:
            lines.append(self.tr("Rows left out: {rows}.").format(rows=", ".join(map(str, r.invalid_rows[:50]))
                                                                  + (" …" if len(r.invalid_rows) > 50 else "")))
        self.details.setText("\n".join(lines + [say(note) for note in r.warnings + r.info]))
        self.model.set_problems(r.problems)
        self.view.setVisible(bool(r.problems))
        for col in range(3):
            self.view.resizeColumnToContents(col)


class ImportWizard(QWizard):
    """Import a spreadsheet of ``kind`` records; emits ``imported(report)`` once something was written."""

    imported = Signal(object)

    def __init__(self, tasks, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.rt = record_type(kind)
        self.table: Any = None
        self.path = ""
        self.mapping: dict[str, str | None] = {}
        self.source_options: dict[str, Any] = {}  # encoding, sheet, header row: as the file was read
        self.decimal: str | None = None            # "point", "comma", or None: read from each column
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None
        self.setObjectName("import-wizard")
        self.setWindowTitle(self.tr("Import {what}").format(what=catalogue_text(self.rt.plural).lower()))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.pages = [FilePage(self), MappingPage(self), PreviewPage(self), ImportPage(self), SummaryPage(self)]
        for page in self.pages:
            self.addPage(page)
        self.resize(860, 620)

    def run_import(self, runner: Runner, done: Callable[[ImportReport | None, str], None], **options: Any) -> None:
        """Run ``import_file`` on the worker; ``done(report, "")`` or ``done(None, message)``."""
        stop = threading.Event()
        runner.stop = stop
        runner.set_running(True)
        runner.say(self.tr("Checking the rows…") if options.get("dry_run") else self.tr("Importing…"))

        def finish(report: ImportReport | None, error: str) -> None:
            runner.stop, runner.handle = None, None
            runner.set_running(False)
            done(report, error)
        options = {**self.source_options, "decimal": self.decimal, **options}
        runner.handle = self.tasks.run(import_job(self.rt.kind, self.path, dict(self.mapping), stop, **options),
                                       lambda report: finish(report, ""),
                                       lambda exc: finish(None, explain_failure(exc, self.tr("The import"))),
                                       on_progress=runner.progress, description="import")

    def running_runner(self) -> Runner | None:
        return next((p.runner for p in self.pages if hasattr(p, "runner") and p.runner.running), None)

    def reject(self) -> None:
        runner = self.running_runner()
        if runner is not None:  # Cancel first stops the work; nothing is written
            runner.cancel()
            return
        super().reject()
