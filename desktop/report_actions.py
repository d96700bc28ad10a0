"""File → Print… and File → Export PDF… in the main window: the report of the view in front.

Reference samples: the register (the custody history of the selected standard); Training: the competence
matrix (the competence record of the selected record's staff member); Settings: the audit trail's last 30
days with the verification of the whole catalogue; Network: the delivery report of the newest bundle.  What
each says is gathered on the worker (``labnet.catalogue.report_data``, ``labnet.sync.delivery_report``), then
laid out here on the GUI thread (``catalogue_reports``), as ``labnet report`` does on the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from . import errors, i18n
from .catalogue_reports import content_report

AUDIT_DAYS = 30
VIEWS = ("reference-samples", "training", "settings", "network")   # the views that have a report


class ReportActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_written: Path | None = None   # the last PDF written (what the tests read)

    def available(self) -> bool:
        return self.window.session.ready and self.window.current_key() in VIEWS

    def export_pdf(self) -> None:
        suggested = f"{self.window.current_key()}-{dt.date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the report as PDF"), suggested,
                                              self.tr("PDF document (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if not target.parent.is_dir():
            from labnet.catalogue.errors import CatalogueError, Message

            errors.show_error(self.window, CatalogueError(Message(
                "The folder {folder} does not exist; write the report somewhere that does.", folder=target.parent)))
            return

        def write(report: Any) -> None:
            pages = report.write_pdf(target, author=report.printed.by)
            self.last_written = target
            self.window.statusBar().showMessage(self.tr("{title} written to {path} ({pages} pages).").format(
                title=report.title, path=i18n.isolate(target), pages=i18n.number(pages)), 15_000)

        self._gather(write)

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .reports import page_layout

        def show(report: Any) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(page_layout())
            printer.setDocName(report.title)
            dialog = QPrintDialog(printer, self.window)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                report.print_to(printer)

        self._gather(show)

    def _gather(self, then: Callable[[Any], None]) -> None:
        """Gather the view's report on the worker, then lay it out and hand it to ``then``."""
        key, window = self.window.current_key(), self.window
        page: QWidget = window.page_by_key[key]
        selected = page.selected_id() if hasattr(page, "selected_id") else None
        user = window.session.username or window.user
        path = window.catalogue_path
        data_dir = path.parent if path.suffix else path

        def gather(cat: Any) -> Any:
            from labnet.catalogue import report_data
            from labnet.sync.delivery_report import laboratory_name

            return (report_data.printed(laboratory_name(data_dir), user), _content(cat, key, selected))

        window.tasks.run(gather, lambda found: then(content_report(found[1], found[0])),
                         lambda exc: errors.show_error(window, exc), description="report")


def _content(cat: Any, key: str, selected: str | None) -> Any:
    from labnet.catalogue import report_data

    if key == "reference-samples":
        return report_data.custody(cat, selected) if selected else report_data.register(cat)
    if key == "training":
        if selected:
            return report_data.competence(cat, cat.get("training_record", selected)["staff_member"])
        return report_data.matrix(cat)
    if key == "settings":
        from labnet.catalogue.errors import Message

        until = dt.date.today()
        since = until - dt.timedelta(days=AUDIT_DAYS)
        what = Message("The audit entries made from {since} to {until} (whole days, UTC).",
                       since=report_data.Day(since.isoformat()), until=report_data.Day(until.isoformat()))
        return report_data.audit_extract(report_data.period_entries(cat, since, until), what, cat.verify())
    from labnet.catalogue.errors import CatalogueError, Message
    from labnet.sync.delivery_report import bundle_ids, delivery

    made = bundle_ids(cat)
    if not made:
        raise CatalogueError(Message("This laboratory has not made any bundle yet."))
    return delivery(cat, made[-1])
