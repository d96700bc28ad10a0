"""The main window's sections: what each is called (the sidebar), and the page that shows it.

A new section is one ``PageInfo`` in ``page_infos`` and one branch in ``make_page``.  The texts keep the
translation context "MainWindow" (``translate("MainWindow", …)``), where they were filed before the split.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from labnet.desktop.linkage_page import LinkagePage
from labnet.desktop.network_page import NetworkPage
from labnet.desktop.record_page import RecordPage

translate = QCoreApplication.translate

RECORD_PAGES = {"reference-samples": "reference_sample", "training": "training_record",
                "profiling-results": "profiling_result"}


@dataclass(frozen=True)
class PageInfo:
    key: str  # stable identifier, used in object names (not translated)
    title: str
    description: str


def page_infos() -> list[PageInfo]:
    # Literal translate() calls so that Qt's lupdate finds every string.
    return [
        PageInfo("dashboard", translate("MainWindow", "Dashboard"), translate(
            "MainWindow",
            "What needs attention today: reference samples expired or expiring, low stock, "
            "requalifications due, and what the network has not received yet.")),
        PageInfo("reference-samples", translate("MainWindow", "Reference samples"), translate(
            "MainWindow",
            "Reference standards with their certificates, expiry and retest dates, storage, status and "
            "the usage log that forms each one's chain of custody (ISO/IEC 17025 §6.4, §6.5).")),
        PageInfo("training", translate("MainWindow", "Training"), translate(
            "MainWindow",
            "Training and competence of each member of staff (ISO/IEC 17025 §6.2): courses, supervised "
            "practice, assessments, proficiency tests, authorisations and requalification dates.")),
        PageInfo("profiling-results", translate("MainWindow", "Profiling results"), translate(
            "MainWindow",
            "Chemical and physical profiles of seized drugs: composition, target compounds, tablet "
            "characteristics and packaging, and the reference samples used.")),
        PageInfo("linkage", translate("MainWindow", "Linkage"), translate(
            "MainWindow",
            "Comparing profiles to link seizures: pretreatment and comparison metric, calibration on "
            "linked and unlinked pairs, the link threshold, and the chemical classes that result.")),
        PageInfo("network", translate("MainWindow", "Network"), translate(
            "MainWindow",
            "Taking part in the regional network: enrolment with the hub, what waits to be sent, "
            "syncing, the sealed bundles sent with their receipts, and the hub's bulletins.")),
        PageInfo("exchange", translate("MainWindow", "Exchange"), translate(
            "MainWindow",
            "Reference standards and seizure samples between the network's laboratories: offers, requests the "
            "hub routes to the laboratories offering them, and each shipment's custody entries.")),
        PageInfo("settings", translate("MainWindow", "Settings"), translate(
            "MainWindow", "The data folder, the audit trail, backups and user accounts.")),
    ]


def make_page(window: Any, info: PageInfo, settings: Any) -> QWidget:
    """The page of section ``info`` (kept on the window where other parts of it reach it)."""
    if info.key == "dashboard":
        return window.dashboard
    if info.key in RECORD_PAGES:
        page = RecordPage(window.tasks, RECORD_PAGES[info.key], window.session, description=info.description,
                          settings=settings)
        window.record_pages[RECORD_PAGES[info.key]] = page
        return page
    if info.key == "settings":
        return window.settings_page
    if info.key == "linkage":
        window.linkage_page = LinkagePage(window.tasks, description=info.description)
        return window.linkage_page
    if info.key == "network":
        path = Path(window.catalogue_path)
        data_dir = path.parent if path.suffix else path
        window.network_page = NetworkPage(window.tasks, window.network_tasks, data_dir,
                                          description=info.description, settings=settings)
        return window.network_page
    if info.key == "exchange":   # issue 21; after the Network view, whose unlocked keys it uses
        from labnet.desktop.exchange_view import ExchangeView

        window.exchange_view = ExchangeView(window.network_tasks, window.network_page.data_dir,
                                            window.network_page, session=window.session,
                                            description=info.description)
        return window.exchange_view
    raise ValueError(f"no page for {info.key}")   # internal: a PageInfo without its branch here


def build_sections(window: Any, infos: list[PageInfo], settings: Any) -> None:
    """The sidebar (``window.navigation``) and the pages behind it (``window.pages``, ``window.page_by_key``)."""
    window.navigation = navigation = QListWidget()
    navigation.setObjectName("navigation")
    navigation.setAccessibleName(translate("MainWindow", "Sections"))
    navigation.setFrameShape(QFrame.Shape.NoFrame)
    window.pages = SectionStack()
    window.pages.setObjectName("pages")
    window.page_by_key = {}
    for info in infos:
        page = make_page(window, info, settings)
        page.setObjectName(f"page-{info.key}")
        item = QListWidgetItem(info.title)
        item.setData(Qt.ItemDataRole.UserRole, info.key)
        item.setToolTip(info.description)
        navigation.addItem(item)
        window.pages.addWidget(page)
        window.page_by_key[info.key] = page
    fit_navigation(navigation, [info.title for info in infos])


class SectionStack(QStackedWidget):
    """The pages, asking for the room of the page in front only.  (A stack asks for its widest page's: with the
    notifications beside, the window grew past a 1280-pixel screen on the dashboard because of another page's
    filters in French.)"""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()


def fit_navigation(navigation: QListWidget, titles: list[str]) -> None:
    """As wide as the longest section name in this language ("Échantillons de référence" is longer than
    "Reference samples"), never narrower than before, and without a horizontal scroll bar."""
    navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    navigation.ensurePolished()  # the style sheet sets its font size
    bold = navigation.font()
    bold.setBold(True)
    widest = max(QFontMetrics(bold).horizontalAdvance(title) for title in titles)
    navigation.setFixedWidth(max(210, widest + 40))  # the item padding and the selection bar
