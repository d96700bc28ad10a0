"""Notifications of standards expiring and requalifications falling due: computed by the catalogue,
announced once per item per day, shown in the window's list and the tray's message."""

import datetime as dt
import json

import pytest
from PySide6.QtCore import QSettings

from factories import days, sample, training
from labnet.catalogue import notifications
from labnet.catalogue.notifications import DUE, EXPIRED, EXPIRING, OVERDUE
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries
from labnet.desktop.main_window import MainWindow
from labnet.desktop.notifications import NOTICE_ROLE, SETTING
from labnet.desktop.tasks import Tasks

TODAY = dt.date.today()


def stock(cat):
    cat.add("reference_sample", sample(inventory_code="RS-OLD", expiry_on=days(-3)))
    cat.add("reference_sample", sample(inventory_code="RS-SOON", expiry_on=days(12)))
    cat.add("reference_sample", sample(inventory_code="RS-LATER", expiry_on=days(90)))
    cat.add("reference_sample", sample(inventory_code="RS-BIN", expiry_on=days(-9), status="disposed"))
    cat.add("training_record", training(staff_member="Kofi", requalification_due=days(-1)))
    cat.add("training_record", training(staff_member="Efua", requalification_due=days(20)))


def test_what_is_due_the_most_urgent_first(cat):
    stock(cat)
    found = notifications.due_notices(cat, TODAY)
    assert [(n.reason, n.subject, n.days_left) for n in found] == [
        (EXPIRED, "RS-OLD", -3), (OVERDUE, "Kofi", -1), (EXPIRING, "RS-SOON", 12), (DUE, "Efua", 20)]


def test_each_item_once_a_day(cat):
    stock(cat)
    found = notifications.due_notices(cat, TODAY)
    fresh, kept = notifications.to_announce(found, {}, TODAY)
    assert fresh == found
    again, kept = notifications.to_announce(found, kept, TODAY)
    assert again == []                                    # a refresh the same day tells nothing new
    tomorrow = TODAY + dt.timedelta(days=1)
    assert notifications.to_announce(found, kept, tomorrow)[0] == found   # the next day, once again
    # A standard that passes its expiry is a new item: told even on a day it was told as expiring.
    soon = next(n for n in found if n.subject == "RS-SOON")
    passed = notifications.Notice(EXPIRED, soon.kind, soon.record_id, soon.due_on, -1, soon.subject, soon.detail)
    assert notifications.to_announce([passed], kept, TODAY)[0] == [passed]
    assert set(notifications.to_announce(found[:1], kept, TODAY)[1]) == {found[0].key}   # pruned


@pytest.fixture
def window(qtbot, tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        stock(cat)
    path = tmp_path / "lab" / "catalogue.db"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "amina"), synchronous=True)
    window = MainWindow(path, user="amina", tasks=tasks, settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def rows(center):
    return [center.model.item(r).text() for r in range(center.model.rowCount())]


def test_at_start_in_the_list_and_the_tray_message_then_not_again_the_same_day(window, qtbot):
    center = window.notifications
    assert rows(center)[0].startswith("RS-OLD · Cocaine hydrochloride expired on ")
    assert any(r.startswith("Kofi · GC-MS impurity profiling of ATS: requalification overdue since") for r in rows(center))
    assert len(rows(center)) == 4
    title, text = center.last_message
    assert title == "LabNet: 4 items need attention" and "RS-SOON" in text
    announced = json.loads(center.settings.value(SETTING))
    assert set(announced.values()) == {TODAY.isoformat()} and len(announced) == 4
    assert center.timer.isActive() and center.timer.remainingTime() > 0   # the daily look is armed
    center.last_message = None
    with qtbot.assertNotEmitted(center.announced):
        center.check()                       # a refresh the same day
    assert center.last_message is None and len(rows(center)) == 4
    with qtbot.waitSignal(center.announced) as told:
        center.check(TODAY + dt.timedelta(days=1))     # the next day's look
    assert len(told.args[0]) == 4


def test_the_list_in_the_window_opens_the_record(window, qtbot):
    dock = window.notifications_dock
    assert dock.isHidden()
    toggle = next(a for a in window.findChildren(type(dock.toggleViewAction())) if a.objectName() == "menu-notifications")
    toggle.trigger()
    assert dock.isVisible()
    index = window.notifications.model.index(2, 0)
    assert index.data(NOTICE_ROLE).subject == "RS-SOON"
    dock.list.doubleClicked.emit(index)
    assert window.current_key() == "reference-samples"
    editors = [w for w in window.record_pages["reference_sample"]._dialogs if w.isVisible()]
    assert editors and editors[0].record["inventory_code"] == "RS-SOON"
    editors[0].reject()


def test_a_standard_written_in_the_window_joins_the_list_and_only_it_is_told(window, qtbot):
    center = window.notifications
    center.last_message = None
    window.tasks.run(lambda cat: cat.add("reference_sample", sample(inventory_code="RS-NEW", expiry_on=days(2))))
    window.change_notices.check()
    qtbot.waitUntil(lambda: len(rows(center)) == 5)
    title, text = center.last_message
    assert title == "LabNet: 1 item needs attention" and text.startswith("RS-NEW")
