"""Small pieces the record forms share: colours, icons, headings, messages."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QStyle, QWidget

from labnet.catalogue.errors import CatalogueError
from labnet.desktop.i18n import say_error, translate

log = logging.getLogger(__name__)


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(widget: QWidget) -> str:
    """A red that reads well on the current palette (light or dark)."""
    return "#f2b8b5" if is_dark(widget) else "#b3261e"


def banner_style(widget: QWidget, severity: str) -> str:
    """Style sheet of a message banner: "error", "warning" or "info"."""
    dark = is_dark(widget)
    colours = {
        "error": ("#4a1c1a", "#8c3b36") if dark else ("#fdecea", "#e6a19b"),
        "warning": ("#4a3a12", "#8c6d1f") if dark else ("#fff4e0", "#e8c27a"),
        "info": ("#1f2f40", "#3d5a78") if dark else ("#eef4fb", "#b7cde6"),
        "success": ("#1d3a24", "#3f7a4e") if dark else ("#eaf6ec", "#a8d5b1"),
    }
    background, border = colours[severity]
    return (f"QFrame#banner {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            "QFrame#banner QLabel { background: transparent; border: none; }")


def warning_pixmap(widget: QWidget, size: int = 16) -> QPixmap:
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)


def calendar_icon(widget: QWidget, size: int = 16) -> QIcon:
    """A small calendar drawn in the palette's text colour (no image file needed)."""
    ratio = max(1.0, widget.devicePixelRatioF())
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = widget.palette().color(QPalette.ColorRole.Text)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(colour, 1.2))
    p.drawRoundedRect(QRectF(1.5, 2.5, size - 3, size - 4), 1.5, 1.5)
    p.fillRect(QRectF(1.5, 2.5, size - 3, 3.5), colour)
    for row in range(2):
        for col in range(3):
            p.fillRect(QRectF(4 + col * 3, 8 + row * 3, 1.8, 1.8), colour)
    p.end()
    return QIcon(pixmap)


def heading(text: str, scale: float = 1.15) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour, still readable."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def highlight_brush(widget: QWidget, severity: str) -> QColor:
    """Background of a table cell that needs attention ("due" soon or "overdue")."""
    dark = is_dark(widget)
    if severity == "overdue":
        return QColor("#5c2320" if dark else "#f9d6d2")
    return QColor("#5a4714" if dark else "#fff0c2")


def explain_failure(exc: BaseException, doing: str) -> str:
    """The sentence shown when ``doing`` failed: the catalogue's own, or a safe general one."""
    if isinstance(exc, CatalogueError):
        return say_error(exc)
    log.error("%s failed unexpectedly", doing, exc_info=exc)
    return translate("errors", "{doing} failed because of an unexpected error ({error}). Nothing you typed has "
                     "been lost; try again, and if it happens again send the log file from the data folder "
                     "to your administrator.").format(doing=doing, error=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def answered(result: object, button: QMessageBox.StandardButton) -> bool:
    """``QMessageBox.exec()`` returns an int in some bindings and an enum in others."""
    return result == button or result == getattr(button, "value", button)
