"""The proficiency-test reports (issue 21) on pages: the laboratory's individual result and the round's summary.

The core says what they hold (``labnet.sync.pt_report``); the words, tables and running head are the laboratory
reports' own (``catalogue_reports.content_report``), and the summary adds two plots per item drawn by
``report_charts``: the results against x_pt ± 2σ_pt/3σ_pt, and the score of each laboratory against ±2/±3.
"""

from __future__ import annotations

from labnet.catalogue.report_data import Content, Printed
from labnet.sync.pt_report import PtPlot

from .catalogue_reports import content_report, said
from .i18n import translate
from .report_charts import BLACK, BLUE, GREY, ORANGE, Chart, Series
from .reports import Report


def plot_chart(plot: PtPlot) -> Chart:
    """One plot: the laboratories 1…n along x (in code order), their points, the centre line and both bands."""
    n = len(plot.points)
    xs = [float(i) for i in range(1, n + 1)]
    ends = [0.5, n + 0.5]
    # No legend: its box would hide the points under it; the caption says which line is which.
    lines = [Series("", ends, [plot.centre] * 2, BLACK)]
    for width, colour in ((plot.warning, ORANGE), (plot.action, GREY)):
        lines.append(Series("", ends, [plot.centre + width] * 2, colour, dashed=True))
        lines.append(Series("", ends, [plot.centre - width] * 2, colour, dashed=True))
    ys = [y for _, y in plot.points]
    low = min([*ys, plot.centre - plot.action])
    high = max([*ys, plot.centre + plot.action])
    margin = (high - low) * 0.08 or 1.0
    return Chart(said(plot.title), translate("Reports", "laboratory (see below)"), said(plot.y_label),
                 [*lines, Series("", xs, ys, BLUE, points=True)],
                 x_range=(0.5, n + 0.5), y_range=(low - margin, high + margin))


def pt_report(content: Content, printed: Printed, plots: list[PtPlot] | None = None) -> Report:
    """The report of ``content`` with ``plots`` after it, each captioned with which code is which number."""
    report = content_report(content, printed)
    if plots:
        report.heading(translate("Reports", "Plots"))
    for plot in plots or []:
        key = ", ".join(f"{i} = {code}" for i, (code, _) in enumerate(plot.points, start=1))
        report.chart(plot_chart(plot), translate(
            "Reports", "Solid line: the centre (x_pt, or 0 for the scores); orange dashes: the ±2 limits; grey "
                       "dashes: the ±3 limits; dots: the laboratories. Laboratories along the axis: {key}").format(
            key=key), height_mm=60)
    return report
