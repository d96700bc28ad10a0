"""The import wizard's first page: the file, and what it leaves open (encoding, sheet, header row)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWizardPage

from labnet.catalogue.encodings import EncodingUnknown
from labnet.catalogue.import_source import SheetNotObvious, read_source
from labnet.catalogue.tabular import workbook_sheets
from labnet.desktop.forms.common import explain_failure
from labnet.desktop.forms.import_parts import Runner
from labnet.desktop.i18n import catalogue_text, say
from labnet.desktop.import_choices import SourceChoices

if TYPE_CHECKING:
    from labnet.desktop.import_wizard import ImportWizard

_UNICODE = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be")


PREVIEW_ROWS = 200  # rows read to show the columns and their first values; the trial run reads them all


def read_job(rt: Any, path: str, options: dict[str, Any]):
    """The worker function: the header and first rows of the table the import will read (a 300,000-row
    file opens at once, in little memory), and the workbook's sheets (None: CSV)."""
    def job(cat: Any) -> tuple[Any, list[str] | None]:
        table = read_source(rt, Path(path), limit=PREVIEW_ROWS, **options)
        sheets = workbook_sheets(path)
        return table, [name for name, _ in sheets] if sheets is not None else None
    return job


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV file or an Excel workbook (.xlsx) with one {what} per row and the "
                                 "column names in the first row.").format(what=catalogue_text(wizard.rt.label).lower()))
        self.setAcceptDrops(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("Drop a file here, or choose Browse…"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.runner = Runner(self.tr("Cancel"))
        self.choices = SourceChoices()
        self.choices.changed.connect(self._choice_changed)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.choices)
        layout.addWidget(self.runner)
        layout.addStretch(1)
        self.path.textChanged.connect(self._path_changed)
        self.loaded_for: Any = None

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if path:
            self.path.setText(path)

    def dragEnterEvent(self, event) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.path.setText(files[0])
            event.acceptProposedAction()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.runner.running

    def _path_changed(self) -> None:
        self.choices.show_encoding(False)  # a new file: its own questions
        self.choices.show_sheets([])
        self.completeChanged.emit()

    def _choice_changed(self) -> None:
        self.loaded_for = None
        self.runner.say("")

    def validatePage(self) -> bool:
        path = self.path.text().strip()
        options = self.choices.options()
        key = (path, tuple(sorted(options.items())))
        if self.loaded_for == key:
            return True
        self.runner.say(self.tr("Reading {name}…").format(name=Path(path).name))
        self.runner.stop = threading.Event()
        self.runner.set_running(True)
        self._inside = True
        self.runner.handle = self.w.tasks.run(read_job(self.w.rt, path, options),
                                              lambda result: self._read(path, options, key, *result),
                                              self._failed, description="read the file")
        self._inside = False
        return self.loaded_for == key

    def _read(self, path: str, options: dict[str, Any], key: Any, table: Any, sheets: list[str] | None) -> None:
        self._finish()
        self.w.table, self.w.path, self.w.source_options, self.loaded_for = table, path, options, key
        if table.format == "csv" and table.encoding not in _UNICODE:
            self.choices.show_encoding(True)  # recognised, not certain to the eye: let it be corrected
        if sheets and len(sheets) > 1:
            self.choices.show_sheets(sheets, table.sheet)
        if table.partial:  # counted by the trial run, which reads every row
            text = self.tr("{cols} columns.").format(cols=len(table.headers))
        else:
            text = self.tr("{rows} rows and {cols} columns.").format(rows=len(table.rows), cols=len(table.headers))
        self.runner.say(" ".join([text, *map(say, table.notes)]))
        if not self._inside:
            self.w.next()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        text = explain_failure(exc, self.tr("Reading the file"))
        if isinstance(exc, EncodingUnknown):
            self.choices.show_encoding(True)
            text += "\n" + self.tr("Choose the file's encoding in the list above (Windows-1251 for Russian, "
                                   "Windows-1256 for Arabic, Windows-1252 for Western European), then Next.")
        elif isinstance(exc, SheetNotObvious):
            self.choices.show_sheets(exc.sheets)
            text += "\n" + self.tr("Choose the sheet to import in the list above, then Next.")
        self.runner.say(text, error=True)

    def _finish(self) -> None:
        self.runner.stop = None
        self.runner.set_running(False)
        self.completeChanged.emit()
