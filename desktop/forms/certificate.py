"""The certificate of a record: drop a PDF or image on the form, or attach one; open it.

The file is copied into the catalogue (by content digest) on the worker.  For
a record that is already stored, ``attachments.attach_certificate`` makes the
certificate part of a new version at once — after checking nobody changed the
record since the form was opened; for a new record the file is stored now and
the record refers to it when it is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from labnet.catalogue import attachments
from labnet.catalogue.errors import ConflictError
from labnet.desktop.i18n import date_text, isolate, number

from .common import explain_failure, is_dark, show_error

if TYPE_CHECKING:
    from .editor import RecordEditor

SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def attach_checked(cat: Any, kind: str, record_id: str, version: int | None, path: str) -> dict:
    """Attach ``path`` to the record if it is still at ``version``; returns the new record."""
    with cat.transaction():
        current = cat.get(kind, record_id)
        if version is not None and current["version"] != version:
            raise ConflictError(f"This record was changed by {current['updated_by']} after you opened it, so the "
                                "certificate was not attached. Close the form, open the record again and attach "
                                "the certificate once more.")
        attachments.attach_certificate(cat, kind, record_id, path)
        return cat.get(kind, record_id)


class CertificatePanel(QFrame):
    def __init__(self, editor: RecordEditor):
        super().__init__()
        self.editor = editor
        self.setObjectName("dropzone")
        self.setAcceptDrops(True)
        border = "#5f6b7a" if is_dark(self) else "#9aa7b6"
        self.setStyleSheet(f"QFrame#dropzone {{ border: 1px dashed {border}; border-radius: 4px; }}"
                           "QFrame#dropzone QLabel { border: none; }")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setAccessibleName(self.tr("Attach a certificate"))
        self.open_button = QPushButton(self.tr("Open certificate"))
        for button in (self.attach_button, self.open_button):
            button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_certificate)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.busy = False
        self.refresh()

    def focus_widgets(self) -> list[QWidget]:
        return [self.attach_button, self.open_button]

    @property
    def sha(self) -> str | None:
        return self.editor.panel_values.get("certificate")

    def refresh(self) -> None:
        sha = self.sha
        self.open_button.setEnabled(bool(sha) and not self.busy)
        self.attach_button.setEnabled(not self.busy)
        self.attach_button.setText(self.tr("Replace…") if sha else self.tr("Attach…"))
        if not sha:
            self.status.setText(self.tr("No certificate attached. Drop the certificate (PDF or image) here, "
                                        "or choose Attach…"))
            return
        self.status.setText(self.tr("Certificate attached."))
        self.editor.tasks.run(lambda cat: attachments.describe(cat, sha), self._described, lambda exc: None)

    def _described(self, entry: dict | None) -> None:
        if entry is None or entry["sha256"] != self.sha:
            return
        size = entry["size"]
        shown = f"{number(size / 1e6, 1)} MB" if size >= 1e6 else f"{number(max(1, round(size / 1e3)))} kB"
        self.status.setText(self.tr("{name} ({size}), attached {when} by {who}.").format(
            name=entry["filename"], size=shown, when=date_text(entry["added_at"]), who=entry["added_by"]))

    # -- attaching ---------------------------------------------------------------------
    def accepts(self, mime: QMimeData) -> bool:
        return any(Path(u.toLocalFile()).suffix.lower() in SUFFIXES for u in mime.urls() if u.isLocalFile())

    def dragEnterEvent(self, event) -> None:
        if self.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.drop(event)

    def drop(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if Path(p).suffix.lower() in SUFFIXES]
        if paths:
            event.acceptProposedAction()
            self.attach(paths[0])

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a certificate"), "",
                                              self.tr("Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path:
            self.attach(path)

    def attach(self, path: str) -> None:
        editor = self.editor
        self._set_busy(True, self.tr("Attaching {name}…").format(name=Path(path).name))
        if editor.record_id is None:
            editor.tasks.run(lambda cat: attachments.store_file(cat, path), self._stored, self._failed)
        else:
            kind, record_id, version = editor.rt.kind, editor.record_id, editor.version
            editor.tasks.run(lambda cat: attach_checked(cat, kind, record_id, version, path),
                             self._attached, self._failed)

    def _stored(self, entry: dict) -> None:
        self.busy = False
        self.editor.set_panel_value("certificate", entry["sha256"])
        self.refresh()

    def _attached(self, record: dict) -> None:
        self.busy = False
        self.editor.record_replaced(record)
        self.editor.saved.emit(record)  # the stored record changed: views showing it refresh

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.refresh()
        show_error(self, self.tr("The certificate was not attached"),
                   explain_failure(exc, self.tr("Attaching the certificate")))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.attach_button.setEnabled(not busy)
        self.open_button.setEnabled(not busy and bool(self.sha))
        if text:
            self.status.setText(text)

    # -- opening ---------------------------------------------------------------------------
    def open_certificate(self) -> None:
        sha = self.sha
        if not sha:
            return
        self.editor.tasks.run(lambda cat: attachments.open_attachment(cat, sha), self._open_path,
                              lambda exc: show_error(self, self.tr("The certificate cannot be opened"),
                                                     explain_failure(exc, self.tr("Opening the certificate"))))

    def _open_path(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(self, self.tr("The certificate cannot be opened"),
                       self.tr("No program on this computer opens {name}. It is stored at {path}.").format(
                           name=path.name, path=isolate(path)))
