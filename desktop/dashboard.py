"""The dashboard: what needs attention today.

Standards past their expiry date still on the shelf, standards expiring
soon, low stock, requalifications due, and how much has changed that the
network has not received.  Every item opens the record or the page filtered
to show it.  Read on the worker each time the page is shown.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import catalogue_queries, errors, style
from labnet.desktop.catalogue_queries import DashboardData
from labnet.desktop.i18n import datetime_text, isolate, long_date_text, number

SHOWN_PER_CARD = 5
ON_THE_SHELF = ["quarantined", "in_use"]


class Card(QWidget):
    """A titled box with a count, a sentence, a short list of links and a 'show all' link."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.frame, self.body = style.card(self)
        self.frame.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.setObjectName(f"card-{key}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)
        self.count = QLabel("–")
        self.count.setObjectName(f"count-{key}")
        self.count.setProperty("role", "big-number")
        self.count.setAccessibleName(title)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        self.body.addLayout(top)
        self.note = style.muted("")
        self.body.addWidget(self.note)
        self.items = QVBoxLayout()
        self.items.setSpacing(0)
        self.body.addLayout(self.items)
        self.more: QLabel | None = None
        self.links: list[QLabel] = []
        self.body.addStretch(1)

    def set_count(self, n: int, tone: str | None) -> None:
        self.count.setText(number(n))
        style.set_tone(self.count, tone if n else "ok")

    def set_items(self, items: list[tuple[str, Any]], more: int = 0) -> None:
        while self.items.count():
            widget = self.items.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.links = []
        for text, action in items:
            self.links.append(self._link(text, action))
            self.items.addWidget(self.links[-1])
        if more > 0:
            self.items.addWidget(style.muted(self.tr("…and {n} more").format(n=number(more))))

    def set_more(self, text: str, action: Any) -> None:
        if self.more is None:
            self.more = self._link(text, lambda: self._more_action())
            self.more.setObjectName("show-all")
            self.body.insertWidget(self.body.count() - 1, self.more)
        self.more.setText(_anchor(text))
        self.more.setAccessibleName(text)
        self._more_action = action

    def _link(self, text: str, action: Any) -> QLabel:
        label = QLabel(_anchor(text))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse |
                                      Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.setAccessibleName(text)
        label.setContentsMargins(0, 2, 0, 2)
        label.linkActivated.connect(lambda _href: action())
        label.activate = action  # for tests and keyboard users' scripts
        return label


def _anchor(text: str) -> str:
    # Qt's rich text takes a line's direction from its first strong character even inside an isolate (plain text
    # skips isolates): in a right-to-left view a line opens with a RIGHT-TO-LEFT MARK, so that an Arabic line
    # beginning with an isolated code ("RS-HER-002 · … — انتهت …") reads right to left, the code first.
    return (f'<a href="#" style="text-decoration: none; color: {style.colours()["link"]}">'
            f'{_rtl_mark()}{html.escape(text)}</a>')


def _rtl_mark() -> str:
    """A RIGHT-TO-LEFT MARK in a right-to-left view, nothing otherwise: opens a rich-text line that must read right
    to left whatever its first strong character."""
    return "\u200f" if QGuiApplication.isRightToLeft() else ""


class Dashboard(QWidget):
    open_view = Signal(str, object)    # kind, preset for its filters
    open_record = Signal(str, str)     # kind, record id

    def __init__(self, tasks: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.setObjectName("page-dashboard")
        self.data: DashboardData | None = None
        self.counts: dict[str, int] = {}

        self.title = style.heading(self.tr("Today"))
        self.subtitle = style.muted(self.tr("What needs attention in the laboratory."))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("dashboard-refresh")
        refresh.clicked.connect(self.refresh)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(refresh, 0, Qt.AlignmentFlag.AlignTop)

        self.cards = {
            "expired": Card("expired", self.tr("Expired, still on the shelf")),
            "expiring": Card("expiring", self.tr("Expiring within 30 days")),
            "low_stock": Card("low_stock", self.tr("Low in stock")),
            "requalifications": Card("requalifications", self.tr("Requalifications due")),
            "not_shared": Card("not_shared", self.tr("Not yet shared with the network")),
            "catalogue": Card("catalogue", self.tr("In the catalogue")),
        }
        self.recent = Card("recent", self.tr("Recent activity"))
        self.recent.count.hide()
        self.recent_rows = QGridLayout()
        self.recent_rows.setHorizontalSpacing(18)
        self.recent_rows.setVerticalSpacing(4)
        self.recent.body.insertLayout(self.recent.body.count() - 1, self.recent_rows)
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        grid.addWidget(self.recent, 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def refresh(self) -> None:
        self.tasks.run(lambda cat: catalogue_queries.dashboard(cat), self.show_data,
                       lambda exc: errors.show_error(self, exc), description="dashboard")

    # -- showing ----------------------------------------------------------------------------
    def show_data(self, data: DashboardData) -> None:
        self.data = data
        a = data.attention
        today = dt.date.fromisoformat(data.today)
        self.subtitle.setText(self.tr("What needs attention in the laboratory on {date}.").format(
            date=long_date_text(today)))
        self.counts = {"expired": len(a.expired), "expiring": len(a.expiring), "low_stock": len(a.low_stock),
                       "requalifications": len(a.requalifications_due), "not_shared": data.unshared}

        card = self.cards["expired"]
        card.set_count(len(a.expired), "alert")
        card.note.setText(self.tr("Past the expiry or retest date but still in use or quarantined: "
                                  "retest them or take them out of service.") if a.expired else
                          self.tr("Nothing past its expiry date is on the shelf."))
        card.set_items([(self.tr("{code} · {substance} — expired %n day(s) ago", "", -s["days_left"]).format(
            code=isolate(s["inventory_code"]), substance=isolate(s["substance"])), self._opener(
            "reference_sample", s["id"])) for s in a.expired[:SHOWN_PER_CARD]])
        card.set_more(self._all(len(a.expired)), lambda: self.open_view.emit(
            "reference_sample", {"status": ON_THE_SHELF, "expiry": "expired"}))

        card = self.cards["expiring"]
        card.set_count(len(a.expiring), "warning")
        card.note.setText(self.tr("Order replacements or plan a retest.") if a.expiring else
                          self.tr("No standard expires in the next 30 days."))
        card.set_items([(self._in_days(s["inventory_code"], s["substance"], s["days_left"]),
                         self._opener("reference_sample", s["id"])) for s in a.expiring[:SHOWN_PER_CARD]])
        card.set_more(self._all(len(a.expiring)), lambda: self.open_view.emit(
            "reference_sample", {"status": ON_THE_SHELF, "expiry": "within", "days": 30}))

        card = self.cards["low_stock"]
        card.set_count(len(a.low_stock), "warning")
        card.note.setText(self.tr("At or below their low-stock level (or a tenth of what was received).")
                          if a.low_stock else self.tr("Every standard in use has enough left."))
        card.set_items([(self.tr("{code} · {substance} — {left} of {received} {unit} left").format(
            code=isolate(s["inventory_code"]), substance=isolate(s["substance"]), left=number(s['remaining_quantity']),
            received=number(s['quantity']) if s.get("quantity") is not None else "?",
            unit=isolate(s["unit"]) if s.get("unit") else ""),
            self._opener("reference_sample", s["id"])) for s in a.low_stock[:SHOWN_PER_CARD]])
        card.set_more(self._all(len(a.low_stock)), lambda: self.open_view.emit(
            "reference_sample", {"status": ON_THE_SHELF, "low_stock": True}))

        card = self.cards["requalifications"]
        card.set_count(len(a.requalifications_due), "warning")
        card.note.setText(self.tr("Staff whose competence must be reassessed within 30 days or is overdue.")
                          if a.requalifications_due else self.tr("No requalification is due in the next 30 days."))
        card.set_items([(self._requalification(r), self._staff_opener(r["staff_member"]))
                        for r in a.requalifications_due[:SHOWN_PER_CARD]])
        card.set_more(self._all(len(a.requalifications_due)), lambda: self.open_view.emit(
            "training_record", {"requalification": "within", "days": 30}))

        card = self.cards["not_shared"]
        card.set_count(data.unshared, None)
        style.set_tone(card.count, None)
        card.note.setText(self.tr(
            "Records added, edited or deleted here that the regional hub has not confirmed yet. At the next "
            "sync, what the sharing policy allows leaves encrypted; nothing else leaves this computer."))

        card = self.cards["catalogue"]
        card.set_count(sum(data.counts.values()), None)
        style.set_tone(card.count, None)
        card.note.setText(self.tr("Records kept in this catalogue."))
        n = data.counts
        card.set_items([
            (self.tr("%Ln reference sample(s)", "", n.get("reference_sample", 0)), self._page_opener("reference_sample")),
            (self.tr("%Ln training record(s)", "", n.get("training_record", 0)), self._page_opener("training_record")),
            (self.tr("%Ln profiling result(s)", "", n.get("profiling_result", 0)), self._page_opener("profiling_result")),
        ])
        self._show_recent(data)

    def _show_recent(self, data: DashboardData) -> None:
        while self.recent_rows.count():
            widget = self.recent_rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.recent.note.setText(self.tr("The latest entries of the audit trail.") if data.recent else
                                 self.tr("Nothing has been recorded yet."))
        for row, activity in enumerate(data.recent):
            stamp = style.muted(datetime_text(activity.at), wrap=False)   # UTC, shown in local time
            # A name in Latin script starts on the right in an Arabic view, as the cards' lines do (_anchor)
            who = QLabel(f"<b>{_rtl_mark()}{html.escape(isolate(activity.who))}</b>")
            what = QLabel(html.escape(activity.text))
            what.setWordWrap(True)
            self.recent_rows.addWidget(stamp, row, 0)
            self.recent_rows.addWidget(who, row, 1)
            self.recent_rows.addWidget(what, row, 2)
        self.recent_rows.setColumnStretch(2, 1)

    def _all(self, n: int) -> str:
        return self.tr("Show all {n} in the list →").format(n=number(n)) if n > SHOWN_PER_CARD else self.tr("Show in the list →")

    def _in_days(self, code: str, substance: str, days: int) -> str:
        code, substance = isolate(code), isolate(substance)   # Latin data keep their order in an Arabic line
        if days == 0:
            return self.tr("{code} · {substance} — expires today").format(code=code, substance=substance)
        return self.tr("{code} · {substance} — in %n day(s)", "", days).format(code=code, substance=substance)

    def _requalification(self, r: dict[str, Any]) -> str:
        days = r["days_left"]
        when = (self.tr("overdue by %n day(s)", "", -days) if days < 0 else
                self.tr("due today") if days == 0 else self.tr("due in %n day(s)", "", days))
        return f"{isolate(r['staff_member'])} · {isolate(r['competence_area'])} — {when}"

    def _opener(self, kind: str, record_id: str) -> Any:
        return lambda: self.open_record.emit(kind, record_id)

    def _staff_opener(self, staff: str) -> Any:
        return lambda: self.open_view.emit("training_record", {"staff_member": staff})

    def _page_opener(self, kind: str) -> Any:
        return lambda: self.open_view.emit(kind, {})
