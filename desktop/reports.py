"""LabNet's one report machinery: a document of headings, paragraphs, tables and charts, printed as PDF or on a
printer, with a running head and foot, right to left when the language is.

Laid out with Qt's own text engine (a QTextDocument of simple HTML, charts
embedded as images drawn by ``report_charts``) and printed page by page on a
QPdfWriter or a QPrinter.  The reports themselves: ``profiling_reports`` (a
method's validation, one link) and ``catalogue_reports`` (the register, competence,
audit extract, delivery); their figures come from the core as plain data.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt, QTime, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
    QTransform,
)

from labnet import __version__

from .i18n import bidi, date_text, isolate, number, translate
from .report_charts import Chart


def printing_application(language: str | None = None) -> QGuiApplication:
    """The application Qt's text layout and printing need, made if there is none (the command line):
    offscreen unless told otherwise, since a report draws nothing on a screen.  With ``language``, its
    translations are loaded and the reports read in its direction (right to left in Arabic)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(["labnet"])
    if language is not None:
        from .i18n import install

        app.setLayoutDirection(install(app, language).textDirection())
    return app


def _said(text: str) -> str:
    """Plain ``text`` as the document's HTML: each left-to-right run of an Arabic line isolated first, so a cell
    "مُرضٍ (|z| ≤ 2)" or "ISO/IEC 17025, §6.4" keeps its order on the page as in the window (``bidi`` leaves
    text that looks like a tag alone, and this text is plain: isolated before it is escaped)."""
    return html.escape(bidi(text))


def _number(value: Any, digits: int = 3) -> str:
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return _said(str(value))


class Report:
    """One document: headings, paragraphs, tables and charts, printed (A4, 18 mm margins) with a running head
    (the laboratory and the title) and foot (who printed it, when, with which LabNet, "page N of M"), right to
    left when the language is.  ``write_pdf`` makes a file; ``print_to`` paints on a printer as well."""

    def __init__(self, title: str, *, printed: Any = None):
        self.title = title
        self.printed = printed   # a labnet.catalogue.report_data.Printed, or None (the head names no laboratory)
        self.rtl = QGuiApplication.isRightToLeft()
        self.document = QTextDocument()
        self.document.setDocumentMargin(0)
        # Laid out in points (a 72-dpi device) whatever the screen, then scaled to the printer's resolution.
        self._points = QImage(1, 1, QImage.Format.Format_RGB32)
        self._points.setDotsPerMeterX(round(72 / 0.0254))
        self._points.setDotsPerMeterY(round(72 / 0.0254))
        self.document.documentLayout().setPaintDevice(self._points)
        option = self.document.defaultTextOption()
        option.setUseDesignMetrics(True)
        if self.rtl:
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        self.document.setDefaultTextOption(option)
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        self.parts = [f"<h1 style='font-size:16pt'>{_said(title)}</h1>"]
        self.images = 0

    def heading(self, text: str) -> None:
        self.parts.append(f"<h2 style='font-size:12pt; margin-top:14px'>{_said(text)}</h2>")

    def paragraph(self, text: str) -> None:
        self.parts.append("<p>" + _said(text).replace("\n", "<br>") + "</p>")

    def table(self, rows: list[list[Any]], header: list[str] | None = None, *, size: float | None = None) -> None:
        cells = []
        align = "right" if self.rtl else "left"
        if self.rtl:   # Qt's text tables keep their columns left to right: the first column goes on the right
            header = list(reversed(header)) if header else header
            rows = [list(reversed(row)) for row in rows]
        if header:
            # In a <thead>, repeated at the top of each page a long table runs onto.
            cells.append("<thead><tr>" + "".join(f"<th align='{align}' bgcolor='#eeeeee'>{_said(h)}</th>"
                                                 for h in header) + "</tr></thead>")
        for row in rows:
            cells.append("<tr>" + "".join(f"<td>{_number(c)}</td>" for c in row) + "</tr>")
        style = f" style='font-size:{size}pt'" if size else ""
        self.parts.append(f"<table border='1' cellspacing='0' cellpadding='3' width='100%'{style}>"
                          + "".join(cells) + "</table>")

    def chart(self, chart: Chart, caption: str = "", height_mm: float = 75) -> None:
        self.images += 1
        name = f"chart{self.images}.png"
        image = chart.image(170, height_mm)
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width = 170 / 25.4 * 72   # the document's width in points (A4 less the margins)
        self.parts.append(f"<p><img src='{name}' width='{width:.0f}'></p>")
        if caption:
            self.parts.append(f"<p style='font-size:8pt; color:#555555'>{_said(caption)}</p>")

    def text(self) -> str:
        """What the document says, as plain text (what the tests read)."""
        self._lay_out()
        return self.document.toPlainText()

    def write_pdf(self, path: Path, *, author: str = "") -> int:
        """Print to ``path`` (written whole, or not at all); returns the number of pages."""
        path = Path(path)
        partial = path.with_name(path.name + ".part")
        writer = QPdfWriter(str(partial))
        writer.setResolution(300)
        writer.setPageLayout(page_layout())
        writer.setTitle(self.title)
        writer.setCreator("LabNet")
        if author:
            writer.setAuthor(author)
        pages = self.print_to(writer)
        del writer   # finishes the file
        partial.replace(path)
        return pages

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Paint every page on ``device`` (a QPdfWriter or a QPrinter, its page layout already set) with the
        running head and foot; returns the number of pages."""
        self._lay_out()
        dpi = device.logicalDpiX()
        scale = dpi / 72
        area = device.pageLayout().paintRectPixels(dpi)
        width, height = area.width() / scale, area.height() / scale
        head = foot = 22.0   # points each, for one line of 7.5 pt text and a rule
        body = QSizeF(width, height - head - foot)
        self.document.setPageSize(body)
        pages = self.document.pageCount()
        painter = QPainter(device)
        try:
            for page in range(pages):
                if page:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                self._running(painter, width, head, height - foot, page + 1, pages, dpi)
                # Shift the page's slice of the document under the head (QTransform: a painter.translate()
                # call reads as a text to translate to tests/test_translations.py).
                painter.setWorldTransform(QTransform.fromTranslate(0, head - page * body.height()), True)
                self.document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
                painter.restore()
        finally:
            painter.end()
        return pages

    def _running(self, painter: QPainter, width: float, head: float, foot_top: float, page: int,
                 pages: int, dpi: int) -> None:
        printed = self.printed
        font = QFont(self.document.defaultFont())
        font.setPointSizeF(7.5 * 72 / dpi)   # the painter is already scaled from points to the device
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        start, end = ((Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft) if self.rtl
                      else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight))
        middle = Qt.AlignmentFlag.AlignVCenter
        top = QRectF(0, 0, width, head - 6)
        bottom = QRectF(0, foot_top + 6, width, head - 6)
        said = painter.fontMetrics()

        def line(rect: QRectF, align: Qt.AlignmentFlag, text: str) -> None:
            # In the document's direction: a line that began with a Latin name (the laboratory's) was laid out
            # left to right in Arabic, the laboratory at the left and the title after it.
            option = QTextOption(align | middle | Qt.AlignmentFlag.AlignAbsolute)   # right means right
            option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight)
            painter.drawText(rect, text, option)

        line(top, start, said.elidedText(f"{isolate(printed.laboratory)} — {bidi(self.title)}" if printed else bidi(self.title),
                                          Qt.TextElideMode.ElideMiddle, round(width * 0.95)))
        painter.drawLine(QPointF(0, head - 4), QPointF(width, head - 4))
        painter.drawLine(QPointF(0, foot_top + 4), QPointF(width, foot_top + 4))
        numbering = translate("Reports", "page {page} of {pages}").format(page=number(page), pages=number(pages))
        if printed:
            who = translate("Reports", "Printed by {user}, {utc} ({local}), {software}").format(
                user=isolate(printed.by), utc=isolate(printed_when(printed)[0]),
                local=isolate(printed_when(printed)[1]),
                software=isolate(printed.software))
        else:
            who = f"LabNet {__version__}"
        room = round(width - said.horizontalAdvance(numbering) - 12)
        line(bottom, start, said.elidedText(who, Qt.TextElideMode.ElideRight, room))
        line(bottom, end, numbering)

    def _lay_out(self) -> None:
        direction = " dir='rtl'" if self.rtl else ""
        self.document.setHtml(f"<body style='font-size:9.5pt'{direction}>" + "".join(self.parts) + "</body>")


def printed_when(printed: Any) -> tuple[str, str]:
    """When a report was printed, in UTC and in local time with its zone, written the locale's way."""
    utc, local = printed.at.astimezone(dt.UTC), printed.at.astimezone()

    def said(moment: dt.datetime, zone: str) -> str:
        return f"{date_text(moment.date())} {QLocale().toString(QTime(moment.hour, moment.minute), 'HH:mm')} {zone}"

    return said(utc, "UTC"), said(local, local.tzname() or local.strftime("%z"))


def page_layout() -> QPageLayout:
    """A4 portrait with 18 mm margins: every report's page."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
