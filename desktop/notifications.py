"""Notifications: standards expiring and requalifications falling due, at start and daily while LabNet runs.

The list is computed by the catalogue (``labnet.catalogue.notifications``) on the worker; what is new today
goes to the tray (when the platform has one) and every current item to the window's Notifications list.
Each item is announced once a day: what was announced, and when, is kept in QSettings.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from PySide6.QtCore import QDateTime, QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QDockWidget, QListView, QSystemTrayIcon, QWidget

from labnet.catalogue import notifications
from labnet.catalogue.notifications import Notice
from labnet.desktop.i18n import date_text, number

log = logging.getLogger(__name__)

SETTING = "notifications/announced"   # JSON: notice key -> ISO date it was last announced
NOTICE_ROLE = Qt.ItemDataRole.UserRole


class Notifications(QObject):
    """Asks the catalogue what is due, keeps the list, announces what is new today."""

    announced = Signal(list)   # the notices told for the first time today

    def __init__(self, tasks: Any, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.settings = settings if settings is not None else QSettings()
        self.model = QStandardItemModel(self)
        self.notices: list[Notice] = []
        self.tray: QSystemTrayIcon | None = None
        self.last_message: tuple[str, str] | None = None   # the tray's last title and text
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def check(self, today: dt.date | None = None) -> None:
        """Ask now; the next look is armed for shortly after midnight."""
        day = today or dt.date.today()
        self.tasks.run(lambda cat: notifications.due_notices(cat, day), lambda found: self._received(found, day),
                       self._failed, description="notifications", notify=False)

    def stop(self) -> None:
        self.timer.stop()

    def _failed(self, exc: BaseException) -> None:
        log.warning("the notifications could not be read: %s", exc)   # the dashboard says the same things
        self._arm()

    def _received(self, found: list[Notice], today: dt.date) -> None:
        self.notices = found
        try:
            before = json.loads(str(self.settings.value(SETTING, "{}")))
        except ValueError:
            before = {}
        fresh, kept = notifications.to_announce(found, before if isinstance(before, dict) else {}, today)
        self.settings.setValue(SETTING, json.dumps(kept, sort_keys=True))
        self.model.clear()
        for notice in found:
            item = QStandardItem(self.text(notice))
            item.setData(notice, NOTICE_ROLE)
            item.setEditable(False)
            item.setToolTip(self.tr("Double-click to open the record."))
            self.model.appendRow(item)
        if fresh:
            self._tell(fresh)
            self.announced.emit(fresh)
        self._arm()

    def _arm(self) -> None:
        """Look again a minute after the next local midnight (a new day's dates), then daily."""
        now = QDateTime.currentDateTime()
        next_day = QDateTime(now.date().addDays(1), QTime(0, 1))
        self.timer.start(max(60_000, now.msecsTo(next_day)))

    def _tell(self, fresh: list[Notice]) -> None:
        title = self.tr("LabNet: %n item(s) need attention", "", len(fresh))
        lines = [self.text(n) for n in fresh[:5]]
        if len(fresh) > 5:
            lines.append(self.tr("…and {n} more").format(n=number(len(fresh) - 5)))
        self.last_message = (title, "\n".join(lines))
        tray = self.tray_icon()
        if tray is not None:
            tray.showMessage(title, self.last_message[1])

    def tray_icon(self) -> QSystemTrayIcon | None:
        """LabNet's one icon in the system tray (None where the platform has no tray)."""
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon() or QIcon(), self)
            self.tray.setToolTip("LabNet")
            self.tray.show()
        return self.tray

    def text(self, n: Notice) -> str:
        days, when = n.days_left, date_text(n.due_on)
        if n.reason == notifications.EXPIRED:
            return self.tr("{code} · {substance} expired on {date} (%n day(s) ago)", "", -days).format(
                code=n.subject, substance=n.detail, date=when)
        if n.reason == notifications.EXPIRING:
            return self.tr("{code} · {substance} expires on {date} (in %n day(s))", "", days).format(
                code=n.subject, substance=n.detail, date=when)
        if n.reason == notifications.OVERDUE:
            return self.tr("{staff} · {area}: requalification overdue since {date}").format(
                staff=n.subject, area=n.detail, date=when)
        return self.tr("{staff} · {area}: requalification due on {date} (in %n day(s))", "", days).format(
            staff=n.subject, area=n.detail, date=when)


class NotificationsDock(QDockWidget):
    """The window's list of what needs attention; double-click opens the record."""

    open_record = Signal(str, str)   # kind, id

    def __init__(self, center: Notifications, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notifications-dock")
        self.setWindowTitle(self.tr("Notifications"))
        self.list = QListView()
        self.list.setObjectName("notifications")
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setModel(center.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)    # one notice from the next, when their lines wrap
        # Lines wrapped to the list's own width as it changes (in a narrow dock they ran past its edge).
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.doubleClicked.connect(self._open)
        self.list.activated.connect(self._open)
        self.setWidget(self.list)

    def _open(self, index: Any) -> None:
        notice = index.data(NOTICE_ROLE)
        if isinstance(notice, Notice):
            self.open_record.emit(notice.kind, notice.record_id)
