"""Showing errors: what happened and what to do, never a traceback, nothing lost.

- A ``CatalogueError`` already is a sentence for an analyst: shown as it is.
- A ``ValidationError`` lists every problem, each with its field's label.
- Anything else is a bug: the details go to the log file (``labnet.logs``)
  and the dialog says where, so support can have them.

Dialogs open window-modal without blocking (``open``), so an error raised
while a form is open leaves the form, and what was typed into it, as it was.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from labnet.catalogue.errors import CatalogueError, PermissionDenied, ValidationError
from labnet.catalogue.records import RECORD_TYPES
from labnet.desktop.i18n import catalogue_text, isolate, say, say_error, translate

log = logging.getLogger(__name__)

_open_boxes: list[QMessageBox] = []  # kept alive while shown


def log_file() -> str | None:
    """Where ``labnet.logs`` writes, if a log file is set up."""
    files = [h for h in logging.getLogger().handlers
             if isinstance(h, logging.FileHandler) and h.baseFilename != os.devnull]
    files.sort(key=lambda h: not isinstance(h, logging.handlers.RotatingFileHandler))  # labnet.logs' first
    return files[0].baseFilename if files else None


def field_label(name: str) -> str:
    for rt in RECORD_TYPES.values():
        if rt.has_field(name):
            return catalogue_text(rt.field(name).label)
    return name


def describe(exc: BaseException) -> tuple[str, str, str | None, QMessageBox.Icon]:
    """(title, text, informative text, icon) for ``exc``."""
    if isinstance(exc, ValidationError):
        lines = [f"• {field_label(p.field)}: {say(p.message)}" if p.field else f"• {say(p.message)}"
                 for p in exc.problems]
        return (translate("errors", "Not saved"),
                translate("errors", "This could not be saved because:") + "\n" + "\n".join(lines),
                translate("errors", "Correct these and try again; nothing you typed has been lost."),
                QMessageBox.Icon.Warning)
    if isinstance(exc, PermissionDenied):
        return translate("errors", "Not allowed"), say_error(exc), None, QMessageBox.Icon.Information
    if isinstance(exc, CatalogueError):
        return translate("errors", "LabNet"), say_error(exc), None, QMessageBox.Icon.Warning
    if isinstance(exc, OSError) and getattr(exc, "filename", None):
        return (translate("errors", "File problem"),
                translate("errors", "LabNet could not use the file {name}: {reason}.").format(
                    name=exc.filename, reason=exc.strerror or exc),
                translate("errors", "Check that the drive is available and that you may write there, then try again."),
                QMessageBox.Icon.Warning)
    where = log_file()
    text = translate("errors", "Something went wrong that LabNet did not expect. Your work is safe: nothing that "
                               "was saved is lost, and any form you had open is still open.")
    if where:
        more = translate("errors", "The details were written to {path}. Please send that file to whoever "
                                   "supports LabNet for you.").format(path=isolate(where))
    else:
        more = translate("errors", "The details are below. Please copy them to whoever supports LabNet for you.")
    return translate("errors", "Unexpected problem"), text, more, QMessageBox.Icon.Critical


def is_expected(exc: BaseException) -> bool:
    return isinstance(exc, CatalogueError) or (isinstance(exc, OSError) and bool(getattr(exc, "filename", None)))


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Tell the user about ``exc``; unexpected ones are logged first."""
    if not is_expected(exc):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    title, text, informative, icon = describe(exc)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error-message")
    if informative:
        box.setInformativeText(informative)
    if not is_expected(exc) and not log_file():
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    _present(box)
    return box


def _present(box: QMessageBox) -> None:
    _open_boxes.append(box)
    box.finished.connect(lambda _result: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()


def open_messages() -> list[QMessageBox]:
    """The error messages currently shown (for tests)."""
    return list(_open_boxes)


def install_excepthook(parent: Callable[[], QWidget | None] | None = None) -> Callable[..., None]:
    """Catch exceptions escaping Qt slots: log them and show a dialog instead of crashing.

    Returns the previous hook (so tests can put it back).
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc.__traceback__ = tb
        owner = parent() if parent else QApplication.activeWindow()
        # Show it once control is back in the event loop, not inside the failing slot.
        QTimer.singleShot(0, lambda: show_error(owner, exc))
        if not is_expected(exc):
            return  # show_error logs it
        log.info("error shown to the user: %s", exc)

    sys.excepthook = hook
    return previous
