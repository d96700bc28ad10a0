"""PDF reports a chemist can file or hand over: a method's validation report and a link report.

Laid out with Qt's own text engine (a QTextDocument of simple HTML, charts
embedded as images drawn by ``report_charts``) and printed on a QPdfWriter
page, so the same document can go to a printer.  The figures come from the
profiling engine as plain data (``profiling/reporting.py`` gathers them);
this module only lays them out, in the user's language.
"""

from __future__ import annotations

import datetime as dt
import html
import math
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
)

from labnet import __version__

from .i18n import date_text, isolate, number, translate
from .report_charts import BLUE, GREEN, GREY, ORANGE, Chart, Series, histogram


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


def lr_text(value: float) -> str:
    """An LR as a chemist reads it: 3 significant figures, powers of ten beyond 10⁶, 1/x below 1."""
    if not math.isfinite(value) or value <= 0:
        return "—"
    if value < 1:
        return "1/" + lr_text(1 / value)
    exponent = int(math.floor(math.log10(value)))
    if exponent >= 6:
        return f"{value / 10 ** exponent:.2g}×10^{exponent}"
    if exponent >= 2:
        return f"{round(value, 2 - exponent):,.0f}"
    return f"{value:.3g}"


def _number(value: Any, digits: int = 3) -> str:
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return html.escape(str(value))


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
        self.parts = [f"<h1 style='font-size:16pt'>{html.escape(title)}</h1>"]
        self.images = 0

    def heading(self, text: str) -> None:
        self.parts.append(f"<h2 style='font-size:12pt; margin-top:14px'>{html.escape(text)}</h2>")

    def paragraph(self, text: str) -> None:
        self.parts.append("<p>" + html.escape(text).replace("\n", "<br>") + "</p>")

    def table(self, rows: list[list[Any]], header: list[str] | None = None, *, size: float | None = None) -> None:
        cells = []
        align = "right" if self.rtl else "left"
        if self.rtl:   # Qt's text tables keep their columns left to right: the first column goes on the right
            header = list(reversed(header)) if header else header
            rows = [list(reversed(row)) for row in rows]
        if header:
            # In a <thead>, repeated at the top of each page a long table runs onto.
            cells.append("<thead><tr>" + "".join(f"<th align='{align}' bgcolor='#eeeeee'>{html.escape(h)}</th>"
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
            self.parts.append(f"<p style='font-size:8pt; color:#555555'>{html.escape(caption)}</p>")

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
                painter.translate(0, head - page * body.height())
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
        painter.drawText(top, start | middle, said.elidedText(
            f"{printed.laboratory} — {self.title}" if printed else self.title, Qt.TextElideMode.ElideMiddle,
            round(width * 0.95)))
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
        painter.drawText(bottom, start | middle, said.elidedText(who, Qt.TextElideMode.ElideRight, room))
        painter.drawText(bottom, end | middle, numbering)

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


# -- a method's validation -----------------------------------------------------------------------------
def validation_report(data: dict[str, Any], printed: Any = None) -> Report:
    """``data`` as ``labnet.profiling.reporting.validation_data`` makes it (``printed``: who, when, where)."""
    chosen, summary = data["chosen"], data["summary"]
    report = Report(translate("Reports", "Validation of a profile comparison method"), printed=printed)
    report.paragraph(translate("Reports", "Pretreatment {pretreatment} with the {metric} score, on {source}.").format(
        pretreatment=chosen["pretreatment"], metric=chosen["metric"], source=summary["source"]))
    report.heading(translate("Reports", "Data"))
    report.table([
        [translate("Reports", "Profiles"), summary["profiles"]],
        [translate("Reports", "Groups (seizures)"), summary["groups"]],
        [translate("Reports", "Linked pairs"), summary["linked_pairs"]],
        [translate("Reports", "Unlinked pairs (used / all)"),
         f"{summary['unlinked_pairs']} / {summary['unlinked_total']}"],
        [translate("Reports", "Linked if"), summary["ground_truth"]],
        [translate("Reports", "Target compounds"), ", ".join(summary["targets"])],
    ])
    report.heading(translate("Reports", "Performance at the operating point"))
    auc, tpr = chosen["auc_interval"], chosen["tpr_interval"]
    report.table([
        [translate("Reports", "Area under the ROC curve"),
         f"{chosen['auc']:.3f} ({auc['low']:.3f}–{auc['high']:.3f})"],
        [translate("Reports", "Threshold"), f"{chosen['threshold']:.4g}"],
        [translate("Reports", "False positive rate (target {target})").format(target=f"{summary['target_fpr']:.2%}"),
         f"{chosen['fpr']:.2%}"],
        [translate("Reports", "True positive rate"), f"{chosen['tpr']:.2%} ({tpr['low']:.2%}–{tpr['high']:.2%})"],
        [translate("Reports", "Why this combination"), _why(data["why"])],
    ])
    report.paragraph(translate("Reports", "Intervals: 95 %, from {resamples} resamples of whole groups, since pairs "
                                          "from the same seizures are not independent.").format(
        resamples=chosen["resamples"]))
    linked, unlinked = data["linked_scores"], data["unlinked_scores"]
    low, high = min(linked + unlinked), max(linked + unlinked)
    bins = [low + (high - low) * i / 40 for i in range(41)] if high > low else [low - 0.5, high + 0.5]
    report.chart(Chart(translate("Reports", "Scores of linked and unlinked pairs"), translate("Reports", "score"),
                       translate("Reports", "share of pairs"), [
                           Series(translate("Reports", "linked"), bins, histogram(linked, bins) + [0.0], BLUE,
                                  step=True),
                           Series(translate("Reports", "unlinked"), bins, histogram(unlinked, bins) + [0.0], ORANGE,
                                  step=True)],
                       markers=[(chosen["threshold"], translate("Reports", "threshold"))],
                       legend="top left" if data["higher_is_similar"] else "top right"))
    roc = data["roc"]
    report.chart(Chart(translate("Reports", "ROC curve"), translate("Reports", "false positive rate"),
                       translate("Reports", "true positive rate"), [
        Series(translate("Reports", "ROC"), roc["fpr"], roc["tpr"], BLUE),
        Series("", [0, 1], [0, 1], GREY, dashed=True),
        Series(translate("Reports", "operating point"), [chosen["fpr"]], [chosen["tpr"]], GREEN, points=True)],
        x_range=(0, 1), y_range=(0, 1), error_bars=[(chosen["fpr"], tpr["low"], tpr["high"])],
        legend="bottom right"),
        translate("Reports", "AUC {auc:.3f}; the bar is the 95 % interval of the true positive rate.").format(
            auc=chosen["auc"]))
    _likelihood_ratios(report, chosen, data["higher_is_similar"])
    report.heading(translate("Reports", "Every combination evaluated"))
    report.table([[c["pretreatment"], c["metric"], f"{c['auc']:.3f}", f"{c['tpr']:.2%}", f"{c['fpr']:.2%}"]
                  for c in data["combinations"]],
                 [translate("Reports", "Pretreatment"), translate("Reports", "Score"), translate("Reports", "AUC"),
                  translate("Reports", "TPR"),
                  translate("Reports", "FPR")])
    _provenance(report, data["provenance"])
    return report


def _likelihood_ratios(report: Report, chosen: dict[str, Any], higher_is_similar: bool) -> None:
    lr = chosen["likelihood_ratio"]
    report.heading(translate("Reports", "Likelihood ratios"))
    lower, upper = lr["bounds"]
    report.paragraph(translate("Reports", "Calibration: {calibration}. Likelihood ratios are bounded to {lower} … "
                                          "{upper}, what the calibration data support (empirical lower and upper "
                                          "bounds).").format(
        calibration=_calibration(lr["calibration"]), lower=lr_text(lower), upper=lr_text(upper)))
    curve = lr["curve"]
    report.chart(Chart(translate("Reports", "Calibration: score to likelihood ratio"), translate("Reports", "score"),
                       translate("Reports", "log₁₀ likelihood ratio"),
                       [Series(translate("Reports", "LR"), [p["score"] for p in curve],
                               [math.log10(p["lr"]) for p in curve], BLUE)],
                       legend="top left" if higher_is_similar else "top right"), height_mm=60)
    validity = chosen.get("validity")
    if not validity:
        report.paragraph(translate("Reports", "Too few groups to compute the likelihood ratios' validity on "
                                              "held-out data."))
        return
    report.table([
        [translate("Reports", "Cllr (held out)"), f"{validity['cllr']:.3f}"],
        [translate("Reports", "Cllr min (discrimination)"), f"{validity['cllr_min']:.3f}"],
        [translate("Reports", "Cllr cal (calibration loss)"), f"{validity['cllr_cal']:.3f}"],
        [translate("Reports", "Linked pairs with LR < 1 (misleading)"), f"{validity['misleading_linked']:.2%}"],
        [translate("Reports", "Unlinked pairs with LR > 1 (misleading)"), f"{validity['misleading_unlinked']:.2%}"],
        [translate("Reports", "Cross-validation"), translate("Reports", "{folds} folds, each group on one side").format(
            folds=validity["folds"])],
    ])
    tippett = validity["tippett"]
    report.chart(Chart(translate("Reports", "Tippett plot (held out)"),
                       translate("Reports", "log₁₀ likelihood ratio"),
                       translate("Reports", "share of pairs with a larger LR"), [
                           Series(translate("Reports", "linked"), tippett["log10_lr"], tippett["linked"], BLUE,
                                  step=True),
                           Series(translate("Reports", "unlinked"), tippett["log10_lr"], tippett["unlinked"], ORANGE,
                                  step=True)],
                       y_range=(0, 1), markers=[(0.0, "LR = 1")]), height_mm=65)
    ece = validity["ece"]
    report.chart(Chart(translate("Reports", "Empirical cross-entropy (held out)"),
                       translate("Reports", "prior log₁₀ odds"),
                       translate("Reports", "cross-entropy (bits)"), [
                           Series(translate("Reports", "LR"), ece["prior_log10_odds"], ece["lr"], BLUE),
                           Series(translate("Reports", "after PAV (best)"), ece["prior_log10_odds"], ece["pav"], GREEN,
                                  dashed=True),
                           Series(translate("Reports", "LR = 1 always"), ece["prior_log10_odds"], ece["neutral"], GREY,
                                  dashed=True)]), height_mm=65)


def _why(code: str) -> str:
    return {"best": translate("Reports", "the highest true positive rate at the target false positive rate"),
            "harmonised": translate("Reports", "the network's harmonised combination for this drug"),
            "only": translate("Reports", "the only combination evaluated"),
            "given": translate("Reports", "chosen by the analyst")}.get(code, code)


def _calibration(code: str | None) -> str:
    return {"pav": translate("Reports", "pool-adjacent-violators (isotonic), bounded by ELUB"),
            "logistic": translate("Reports", "logistic regression, bounded by ELUB"),
            "kde": translate("Reports", "kernel densities (an older method: calibrate it again)")}.get(
        code or "", code or "—")


def _provenance(report: Report, provenance: dict[str, Any]) -> None:
    report.heading(translate("Reports", "Provenance"))
    report.table([[translate("Reports", "SHA-256 of the data"), provenance.get("data_sha256", "—")],
                  [translate("Reports", "Software"), provenance.get("software", "—")],
                  [translate("Reports", "Made on"), provenance.get("date", "—")],
                  [translate("Reports", "Made by"), provenance.get("by", "—")]])


# -- one link ------------------------------------------------------------------------------------------
def link_report(data: dict[str, Any], printed: Any = None) -> Report:
    """``data`` as ``labnet.profiling.reporting.link_data`` makes it (``printed``: who, when, where)."""
    a, b, method = data["a"], data["b"], data["method"]
    title = translate("Reports", "Link report: {a} and {b}").format(a=a["label"], b=b["label"])
    report = Report(title, printed=printed)
    if data["linked"]:
        verdict = translate("Reports", "Linked: the score passes the method's threshold.")
    elif data["passes_threshold"]:
        verdict = translate("Reports", "Not linked: the score passes the method's threshold, but the tablets' "
                                       "physical characteristics differ, and this method requires them to match.")
    else:
        verdict = translate("Reports", "Not linked: the score does not pass the method's threshold.")
    report.paragraph(verdict)
    lr = data.get("lr")
    rows = [[translate("Reports", "Method"), method["label"]],
            [translate("Reports", "Score ({metric})").format(metric=method["metric"]), f"{data['score']:.4g}"],
            [translate("Reports", "Threshold"), f"{method['threshold']:.4g}"]]
    if lr:
        said = translate("Reports", "{lr} (bounds {lower} … {upper}; from score {score})").format(
            lr=lr_text(lr["value"]), lower=lr_text(lr["bounds"][0]), upper=lr_text(lr["bounds"][1]),
            score=f"{data['score']:.4g}")
        rows.append([translate("Reports", "Likelihood ratio"), said])
    elif data["lr_legacy"]:
        rows.append([translate("Reports", "Likelihood ratio"),
                     translate("Reports", "not reported: this method's calibration predates bounded likelihood "
                                          "ratios; calibrate it again")])
    report.table(rows)
    if lr:
        report.paragraph(translate("Reports", "The likelihood ratio says how much more probable this score is if the "
                                              "two "
                                   "seizures share a source than if they do not; it is not the probability that "
                                   "they do. It cannot exceed the bounds the calibration data support."))
    targets = data["targets"]
    report.chart(Chart(translate("Reports", "The two profiles, as compared (after the pretreatment)"),
                       translate("Reports", "target compound (number in the table below)"),
                       translate("Reports", "value"), [
                           Series(a["label"], list(range(1, len(targets) + 1)), data["values_a"], BLUE),
                           Series(b["label"], list(range(1, len(targets) + 1)), data["values_b"], ORANGE,
                                  dashed=True)]), height_mm=70)
    report.table([[i, name, f"{va:.4g}", f"{vb:.4g}"] for i, (name, va, vb)
                  in enumerate(zip(targets, data["values_a"], data["values_b"]), start=1)],
                 ["#", translate("Reports", "Target compound"), a["label"], b["label"]])
    report.heading(translate("Reports", "The seizures"))
    keys = [k for k in a["fields"] if k in b["fields"]]
    report.table([[name, a["fields"][name], b["fields"][name]] for name in keys],
                 [translate("Reports", "Field"), a["label"], b["label"]])
    report.heading(translate("Reports", "The method's validation"))
    figures = [[translate("Reports", "Pretreatment"), method["pretreatment"]],
               [translate("Reports", "Area under the ROC curve"),
                "—" if method["auc"] is None else f"{method['auc']:.3f}"],
               [translate("Reports", "False positive rate"),
                "—" if method["fpr"] is None else f"{method['fpr']:.2%}"],
               [translate("Reports", "True positive rate"), "—" if method["tpr"] is None else f"{method['tpr']:.2%}"],
               [translate("Reports", "Likelihood ratio calibration"), _calibration(method["calibration"])]]
    provenance = method["provenance"]
    figures += [[translate("Reports", "SHA-256 of the calibration data"), provenance.get("data_sha256", "—")],
                [translate("Reports", "Calibrated by"), provenance.get("calibrated_by", "—")],
                [translate("Reports", "Calibrated on"), provenance.get("calibrated_at", "—")]]
    report.table(figures)
    return report
