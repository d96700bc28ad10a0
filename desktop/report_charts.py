"""Charts for the printed reports, drawn with QPainter into images a QTextDocument embeds.

Only what a validation or link report needs: lines and steps over a box with
ticks, a legend, vertical markers and error bars.  Drawn at print resolution,
so the PDF stays sharp; no plotting library has to be packaged for it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QTransform

# Colour-blind-safe pairs (Okabe–Ito): linked pairs blue, unlinked orange, the rest grey.
BLUE, ORANGE, GREEN, GREY, BLACK = "#0072B2", "#E69F00", "#009E73", "#777777", "#000000"


@dataclass
class Series:
    label: str
    xs: list[float]
    ys: list[float]
    colour: str = BLUE
    step: bool = False        # a step function (histograms, Tippett plots) rather than a line
    dashed: bool = False
    points: bool = False      # markers only


@dataclass
class Chart:
    title: str
    x_label: str
    y_label: str
    series: list[Series] = field(default_factory=list)
    x_range: tuple[float, float] | None = None
    y_range: tuple[float, float] | None = None
    markers: list[tuple[float, str]] = field(default_factory=list)                 # vertical lines (x, label)
    error_bars: list[tuple[float, float, float]] = field(default_factory=list)     # (x, y low, y high)
    legend: str = "top right"      # or "top left", "bottom right": where the curves leave room

    def image(self, width_mm: float = 160, height_mm: float = 80, dpi: int = 200) -> QImage:
        px = lambda mm: int(round(mm / 25.4 * dpi))  # noqa: E731 - a unit, not a function worth naming
        image = QImage(px(width_mm), px(height_mm), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(int(dpi / 0.0254))
        image.setDotsPerMeterY(int(dpi / 0.0254))
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._draw(painter, image.width(), image.height(), dpi)
        finally:
            painter.end()
        return image

    # -- drawing ---------------------------------------------------------------------------------------
    def _draw(self, p: QPainter, width: int, height: int, dpi: int) -> None:
        pt = dpi / 72
        font = QFont()
        font.setPixelSize(int(9 * pt))
        p.setFont(font)
        metrics = p.fontMetrics()
        left, right = metrics.horizontalAdvance("0.000000") + 3 * metrics.height(), 8 * pt
        top, bottom = 2.2 * metrics.height(), 3.2 * metrics.height()
        box = QRectF(left, top, width - left - right, height - top - bottom)
        (x0, x1), (y0, y1) = self._ranges()

        def at(x: float, y: float) -> QPointF:
            return QPointF(box.left() + (x - x0) / (x1 - x0) * box.width(),
                           box.bottom() - (y - y0) / (y1 - y0) * box.height())

        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(0, 0, width, top), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                   self.title)
        p.setFont(font)
        p.setPen(QPen(QColor("#dddddd"), 0.6 * pt))
        xt, yt = nice_ticks(x0, x1), nice_ticks(y0, y1)
        for x in xt:
            p.drawLine(at(x, y0), at(x, y1))
        for y in yt:
            p.drawLine(at(x0, y), at(x1, y))
        p.setPen(QPen(QColor(BLACK), 0.8 * pt))
        p.drawRect(box)
        for x in xt:
            a = at(x, y0)
            p.drawText(QRectF(a.x() - 40 * pt, box.bottom() + 2 * pt, 80 * pt, metrics.height()),
                       Qt.AlignmentFlag.AlignHCenter, tick_text(x, xt))
        for y in yt:
            a = at(x0, y)
            p.drawText(QRectF(0, a.y() - metrics.height() / 2, box.left() - 3 * pt, metrics.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tick_text(y, yt))
        p.drawText(QRectF(box.left(), height - 1.4 * metrics.height(), box.width(), metrics.height()),
                   Qt.AlignmentFlag.AlignHCenter, self.x_label)
        p.save()
        p.setWorldTransform(QTransform.fromTranslate(0.2 * metrics.height(), box.center().y()), True)
        p.rotate(-90)
        p.drawText(QRectF(-box.height() / 2, 0, box.height(), metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                   self.y_label)
        p.restore()
        p.setClipRect(box)
        for x, label in self.markers:
            p.setPen(QPen(QColor(GREY), 0.8 * pt, Qt.PenStyle.DashLine))
            p.drawLine(at(x, y0), at(x, y1))
            base = at(x, y0)
            if base.x() > box.left() + 0.8 * box.width():   # near the right edge: the label to the line's left
                p.drawText(QRectF(base.x() - 122 * pt, base.y() - 1.4 * metrics.height(), 120 * pt,
                                  metrics.height()), Qt.AlignmentFlag.AlignRight, label)
            else:
                p.drawText(base + QPointF(2 * pt, -0.4 * metrics.height()), label)
        for s in self.series:
            pen = QPen(QColor(s.colour), 1.4 * pt, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
            p.setPen(pen)
            if s.points:
                p.setBrush(QColor(s.colour))
                for x, y in zip(s.xs, s.ys):
                    p.drawEllipse(at(x, y), 2.2 * pt, 2.2 * pt)
                p.setBrush(Qt.BrushStyle.NoBrush)
                continue
            path = QPainterPath()
            for i, (x, y) in enumerate(zip(s.xs, s.ys)):
                if i == 0:
                    path.moveTo(at(x, y))
                elif s.step:
                    path.lineTo(at(x, s.ys[i - 1]))
                    path.lineTo(at(x, y))
                else:
                    path.lineTo(at(x, y))
            p.drawPath(path)
        p.setPen(QPen(QColor(BLACK), 1.2 * pt))
        for x, low, high in self.error_bars:
            p.drawLine(at(x, low), at(x, high))
            for y in (low, high):
                p.drawLine(at(x, y) - QPointF(3 * pt, 0), at(x, y) + QPointF(3 * pt, 0))
        p.setClipping(False)
        self._legend(p, box, pt, metrics.height())

    def _legend(self, p: QPainter, box: QRectF, pt: float, line: float) -> None:
        shown = [s for s in self.series if s.label]
        width = 24 * pt + max((p.fontMetrics().horizontalAdvance(s.label) for s in shown), default=0)
        x = box.left() + 6 * pt if "left" in self.legend else box.right() - width - 6 * pt
        y = box.bottom() - line * 1.1 * len(shown) - 4 * pt if "bottom" in self.legend else box.top() + 4 * pt
        p.fillRect(QRectF(x - 3 * pt, y - 2 * pt, width + 6 * pt, line * 1.1 * len(shown) + 4 * pt),
                   QColor(255, 255, 255, 220))
        for s in shown:
            p.setPen(QPen(QColor(s.colour), 2 * pt, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(x, y + line / 2), QPointF(x + 18 * pt, y + line / 2))
            p.setPen(QColor(BLACK))
            p.drawText(QRectF(x + 22 * pt, y, width, line), Qt.AlignmentFlag.AlignLeft, s.label)
            y += line * 1.1

    def _ranges(self) -> tuple[tuple[float, float], tuple[float, float]]:
        xs = [x for s in self.series for x in s.xs] + [m[0] for m in self.markers]
        ys = [y for s in self.series for y in s.ys] + [v for e in self.error_bars for v in e[1:]]
        x_range = self.x_range or _padded(min(xs, default=0.0), max(xs, default=1.0))
        y_range = self.y_range or _padded(min(ys, default=0.0), max(ys, default=1.0))
        return x_range, y_range


def _padded(low: float, high: float) -> tuple[float, float]:
    if not (math.isfinite(low) and math.isfinite(high)):
        return 0.0, 1.0
    if high <= low:
        return low - 0.5, high + 0.5
    margin = (high - low) * 0.04
    return low - margin, high + margin


def nice_ticks(low: float, high: float, most: int = 7) -> list[float]:
    """Round tick values (1, 2 or 5 × 10ⁿ apart) inside [low, high]."""
    span = high - low
    if span <= 0 or not math.isfinite(span):
        return [low]
    raw = span / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step) * step
    return [round(first + i * step, 12) for i in range(int((high - first) / step + 1e-9) + 1)]


def tick_text(value: float, ticks: list[float]) -> str:
    """A tick label with the decimals its step needs, in the report's digits (an Arabic report's tables and
    sentences write ٠٫٥, so do its charts)."""
    from labnet.desktop.i18n import locale_digits

    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    decimals = max(0, -int(math.floor(math.log10(step)))) if step > 0 else 0
    return locale_digits(f"{value:.{decimals}f}").replace("-", "−")


def histogram(values: list[float], bins: list[float]) -> list[float]:
    """Share of ``values`` in each bin (the last bin closed), as a step series' heights."""
    counts = [0] * (len(bins) - 1)
    for v in values:
        if bins[0] <= v <= bins[-1]:
            i = min(int((v - bins[0]) / (bins[-1] - bins[0]) * (len(bins) - 1)), len(bins) - 2)
            counts[i] += 1
    total = max(len(values), 1)
    return [c / total for c in counts]
