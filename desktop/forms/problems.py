"""Showing problems: a red line under a field, and a summary above the form."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from labnet.catalogue.errors import Problem
from labnet.desktop.i18n import number, say

from .common import banner_style, error_colour, warning_pixmap


def sentence(text: str) -> str:
    """A catalogue message fragment ("the check digit … is wrong") as a sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


class ErrorLine(QWidget):
    """Icon and red text under one field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setPixmap(warning_pixmap(self, 14))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.setContentsMargins(0, 1, 0, 0)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setStyleSheet(f"color: {error_colour(self)};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1, Qt.AlignmentFlag.AlignTop)

    def show_messages(self, messages: Sequence[str]) -> None:
        text = "\n".join(sentence(m) for m in messages)
        if text != self.text.text():
            self.text.setText(text)
            self.text.setAccessibleName(text)
        self.setVisible(bool(messages))

    def message(self) -> str:
        return self.text.text() if self.isVisibleTo(self.parentWidget()) else ""


class ProblemBanner(QFrame):
    """Above the form: what stops saving (links go to the field), and notes."""

    field_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.icon = QLabel()
        self.icon.setPixmap(warning_pixmap(self, 18))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.linkActivated.connect(lambda href: self.field_clicked.emit(href.removeprefix("field:")))
        self.text.setAccessibleName(self.tr("Problems to correct"))
        self.note_text = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addWidget(self.text)
        layout.addLayout(column, 1)
        self.hide()

    def note(self, text: str) -> None:
        """An informative line shown above any problems until replaced."""
        self.note_text = text
        self._render()

    def show_problems(self, problems: Sequence[Problem], waiting: Sequence[str],
                      label_of: Callable[[str], str]) -> None:
        self._problems, self._waiting, self._label_of = list(problems), list(waiting), label_of
        self._render()

    def _render(self) -> None:
        problems = getattr(self, "_problems", [])
        waiting = getattr(self, "_waiting", [])
        label_of = getattr(self, "_label_of", lambda name: name)
        parts = []
        if self.note_text:
            parts.append(html.escape(self.note_text))
        if problems:
            head = (self.tr("Correct this before saving:") if len(problems) == 1
                    else self.tr("Correct these {n} problems before saving:").format(n=number(len(problems))))
            items = []
            for p in problems:
                label = label_of(p.field)
                where = (f'<a href="field:{html.escape(p.field)}">{html.escape(label)}</a>: ' if label else "")
                items.append(f"<li>{where}{html.escape(sentence(say(p.message)))}</li>")
            parts.append(f"<b>{head}</b><ul style='margin: 2px 0 0 -20px;'>{''.join(items)}</ul>")
        if waiting:
            names = ", ".join(f'<a href="field:{html.escape(n)}">{html.escape(label_of(n))}</a>' for n in waiting)
            parts.append(self.tr("To save, fill in: {names}.").format(names=names))
        self.text.setText("".join(p if p.endswith("</ul>") or i == len(parts) - 1 else p + "<br>"
                                  for i, p in enumerate(parts)))
        severity = "error" if problems else "info"
        self.setStyleSheet(banner_style(self, severity))
        self.icon.setVisible(bool(problems))
        self.setVisible(bool(parts))

    def plain_text(self) -> str:
        return self.text.text()
