"""The LabNet main window: navigation on the left, one page per area.

Its parts live beside it: the sections and their pages (``window_sections``), the menus
(``window_menus``) and the status bar (``window_status``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QMessageBox, QStackedWidget, QWidget

from labnet import __version__
from labnet.catalogue.change_notices import NETWORK, RECORD_KINDS
from labnet.desktop import catalogue_queries, errors, i18n, window_menus, window_sections, window_status
from labnet.desktop.catalogue_queries import SIGNED_OUT, SessionInfo
from labnet.desktop.change_notices import ChangeNotices
from labnet.desktop.dashboard import Dashboard
from labnet.desktop.linkage_page import LinkagePage
from labnet.desktop.login import LoginDialog, Session
from labnet.desktop.network_page import NetworkPage
from labnet.desktop.record_page import RecordPage
from labnet.desktop.settings_page import SettingsPage
from labnet.desktop.tasks import Tasks
from labnet.desktop.window_sections import RECORD_PAGES, PageInfo

__all__ = ["RECORD_PAGES", "MainWindow", "PageInfo"]   # where other modules found them before the split


class MainWindow(QMainWindow):
    def __init__(self, catalogue_path: Path, user: str, parent: QWidget | None = None, *,
                 tasks: Tasks | None = None, settings: QSettings | None = None):
        super().__init__(parent)
        self.catalogue_path = Path(catalogue_path)
        self.settings_store = settings   # None: the application's own QSettings
        self.hub_console: Any = None
        self.hub_defaults: tuple[str, str, str] | None = None   # (address, administrator, password): the demo's hub
        self.user = user
        path = self.catalogue_path
        self.tasks = tasks or Tasks(lambda: catalogue_queries.open_catalogue(path, user))
        self.tasks.setParent(self)
        self.tasks.failed.connect(lambda exc: errors.show_error(self, exc))
        # Syncing gets a worker (and a catalogue connection) of its own: on a slow link it takes minutes.
        self.network_tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, user),
                                   synchronous=getattr(self.tasks, "_synchronous", False))
        self.network_tasks.setParent(self)
        # Views refresh when what they show was written, in this window or by another process (change notices).
        self.change_notices = ChangeNotices(self.tasks, also=(self.network_tasks,), parent=self)
        self.session = Session(self)
        self.session.changed.connect(self._session_changed)
        self.login_dialog: LoginDialog | None = None
        self._closing = False
        self._shut_down = False
        self.setWindowTitle(self.tr("LabNet — {path}").format(path=i18n.isolate(self.catalogue_path)))
        self.setObjectName("main-window")
        self.resize(1280, 800)

        self.dashboard = Dashboard(self.tasks)
        self.dashboard.open_view.connect(self.show_view)
        self.dashboard.open_record.connect(self.show_record)
        self.record_pages: dict[str, RecordPage] = {}
        self.settings_page = SettingsPage(self.tasks, self.session, settings=self.settings_store)
        self.settings_page.language_chosen.connect(self.offer_restart)
        self.restart_requested = False  # app.run starts LabNet again once this window has closed
        self.linkage_page: LinkagePage
        self.network_page: NetworkPage
        self.navigation: QListWidget
        self.pages: QStackedWidget
        self.page_by_key: dict[str, QWidget]
        window_sections.build_sections(self, self.page_infos(), settings)   # the sidebar and its pages

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, stretch=1)
        self.setCentralWidget(central)

        window_status.build_status_bar(self, user)
        self.network_page.links_found.connect(self._links_found)
        # A bulletin opened in the Network view: the link's seizures, or the method, in the Linkage view.
        self.network_page.open_link.connect(lambda rid, link: (self.show_section("linkage"),
                                                               self.linkage_page.show_link(rid, link)))
        # The other laboratory's profile of a link, asked of the hub on the network worker (issue 22).
        self.linkage_page.similar_tab.link_overlay.fetch = self.network_page.fetch_shared_profile
        self.network_page.open_method.connect(lambda name, version: (self.show_section("linkage"),
                                                                     self.linkage_page.show_method(name, version)))
        self.network_page.may_edit_policy = self._may_administer
        self.network_page.has_accounts = lambda: bool(self.session.info and self.session.info.has_accounts)
        self._follow_changes()

        # Standards expiring, requalifications due: at start and daily, in the tray and a list (desktop/notifications.py).
        from labnet.desktop.notifications import Notifications, NotificationsDock

        self.notifications = Notifications(self.tasks, settings, self)
        self.notifications.announced.connect(self._notified)
        self.notifications_dock = NotificationsDock(self.notifications, self)
        self.notifications_dock.open_record.connect(self.show_record)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notifications_dock)
        self.notifications_dock.hide()

        window_menus.build_menus(self)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.setCurrentRow(0)
        self._session_changed()
        self.tasks.run(catalogue_queries.session_info, self._session_loaded, self._open_failed,
                       description="open catalogue")
        self.change_notices.start()

    def _follow_changes(self) -> None:
        """Each view refreshes when one of the kinds it shows changed (``labnet.desktop.change_notices``)."""
        notices = self.change_notices
        for record_page in self.record_pages.values():
            record_page.follow(notices)
        self.linkage_page.follow(notices)
        # The dashboard counts records and what waits to be sent; the network page what waits to be sent.
        notices.subscribe(RECORD_KINDS | {NETWORK}, self._when_ready(self.dashboard.refresh))
        notices.subscribe(RECORD_KINDS | {NETWORK}, self._when_ready(self.network_page.refresh))
        notices.subscribe(RECORD_KINDS, self.network_page.changes_made)   # records changed: sync shortly
        # A standard or a training record written: the notifications list again (each item still told once a day).
        notices.subscribe(frozenset({"reference_sample", "training_record"}),
                          self._when_ready(lambda: self.notifications.check()))

    def _when_ready(self, refresh: Any) -> Any:
        """Refresh only once someone is signed in (before, the pages have not read anything)."""
        return lambda: refresh() if self.session.ready else None

    # -- pages --------------------------------------------------------------------------
    def page_infos(self) -> list[PageInfo]:
        return window_sections.page_infos()

    def _may_administer(self) -> bool:
        """An administrator, or the owner of a catalogue without accounts (who may change settings)."""
        return self.session.can("change_settings")

    def open_hub_console(self) -> Any:
        """For a hub's administrator: the console, in a window of its own."""
        from labnet.desktop.hub_console import HubConsole

        if self.hub_console is None:
            self.hub_console = HubConsole(self.settings_store, synchronous=getattr(self.tasks, "_synchronous", False))
            if self.hub_defaults:
                self.hub_console.url.setText(self.hub_defaults[0])
                self.hub_console.default_sign_in = self.hub_defaults[1:]
                self.hub_console.connect_hub()
        self.hub_console.show()
        self.hub_console.raise_()
        return self.hub_console

    def _links_found(self, count: int) -> None:
        """A bulletin announced links with other laboratories' seizures: say so wherever the user is."""
        text = self.tr("The hub found {n} link(s) between this laboratory's seizures and other laboratories'. "
                       "See Network.").format(n=i18n.number(count))
        self.statusBar().showMessage(text, 60_000)
        self.network_label.setText(self.tr("Network: {n} new link(s)").format(n=i18n.number(count)))
        tray = self.notifications.tray_icon()   # the one icon the notifications use too
        if tray is not None:
            tray.showMessage(self.tr("LabNet: links with other laboratories"), text)

    def current_key(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "dashboard"

    def current_record_page(self) -> RecordPage | None:
        page = self.pages.currentWidget()
        return page if isinstance(page, RecordPage) else None

    def show_section(self, key: str) -> QWidget:
        keys = [self.navigation.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.navigation.count())]
        self.navigation.setCurrentRow(keys.index(key))
        return self.page_by_key[key]

    def show_view(self, kind: str, preset: Any) -> None:
        """Open the page of ``kind`` filtered by ``preset`` (from the dashboard)."""
        page = self.record_pages[kind]
        page.apply_preset(dict(preset or {}))
        self.show_section(page.objectName().removeprefix("page-"))

    def show_record(self, kind: str, record_id: str) -> None:
        page = self.record_pages[kind]
        self.show_section(page.objectName().removeprefix("page-"))
        page.open_record(record_id)

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self._load_current()
        self._update_menu_state()

    def _load_current(self) -> None:
        if not self.session.ready:
            return
        page = self.pages.currentWidget()
        if isinstance(page, RecordPage):
            page.load()
        elif page is self.dashboard or page is self.settings_page or page is self.network_page:
            page.refresh()
        elif page is getattr(self, "exchange_view", None):
            page.load()

    # -- menus (desktop/window_menus.py) ---------------------------------------------------------
    def _update_menu_state(self) -> None:
        window_menus.update_menu_state(self)

    def refresh_current(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, RecordPage):
            page.refresh()
        elif page is self.dashboard or page is self.settings_page or page is self.network_page:
            page.refresh()
        elif page is getattr(self, "exchange_view", None):
            page.load()

    def backup(self) -> None:
        self.show_section("settings")
        self.settings_page.backup_now()

    def show_shortcuts(self) -> Any:
        """Help → Keyboard shortcuts, listed from this window's actions as they are now."""
        from labnet.desktop.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About LabNet"), self.tr(
            "<b>LabNet {version}</b><p>The catalogue of a forensic drug-analysis laboratory — reference "
            "standards, training records and drug-profiling results — kept offline, and shared with its "
            "regional forensic network as the laboratory chooses.</p><p>Catalogue: {path}</p>").format(
            version=__version__, path=i18n.isolate(self.catalogue_path)))

    # -- who is working ------------------------------------------------------------------------
    def _session_loaded(self, info: SessionInfo) -> None:
        if info.has_accounts and info.role == SIGNED_OUT:
            self.session.update(info)
            self.ask_who_is_working(info, switching=False)
        else:
            self.session.update(info)

    def _open_failed(self, exc: BaseException) -> None:
        self.user_label.setText(self.tr("The catalogue could not be opened"))
        errors.show_error(self, exc)

    def ask_who_is_working(self, info: SessionInfo, *, switching: bool) -> LoginDialog:
        dialog = LoginDialog(self.tasks, info, self, switching=switching,
                             preselect=self.session.username if switching else self.user)
        dialog.signed_in.connect(self.session.update)
        if not switching:
            dialog.rejected.connect(self.close)
        self.login_dialog = dialog
        dialog.open()
        return dialog

    def switch_user(self) -> None:
        if not self.session.has_accounts:
            return
        self.tasks.run(catalogue_queries.session_info,
                       lambda info: self.ask_who_is_working(info, switching=True),
                       lambda exc: errors.show_error(self, exc), description="accounts")

    def _session_changed(self) -> None:
        self.user_label.setText(self.session.describe())
        self._update_menu_state()
        if self.session.ready:
            self._load_current()
            if not self.notifications.timer.isActive():   # the first sign-in: the start's look
                self.notifications.check()

    def _notified(self, fresh: list[Any]) -> None:
        self.statusBar().showMessage(self.tr("%n item(s) need attention: see View → Notifications.", "",
                                             len(fresh)), 60_000)

    # -- language and closing ---------------------------------------------------------------
    def offer_restart(self, code: str) -> None:
        """The language changes at the next start: offer to restart now (the window closes as usual)."""
        name = i18n.LANGUAGES[i18n.resolve(code)]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("LabNet will speak {language} from its next start.").format(language=name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("Restart now? Work in progress is finished and saved first."))
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("restart-question")
        box.finished.connect(lambda _: self._restart_if(box.clickedButton() is restart))
        box.open()

    def _restart_if(self, wanted: bool) -> None:
        if wanted:
            self.restart_requested = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tasks.pending and not self._shut_down:
            # Let the work in progress finish (a save, an import): close once the worker is idle.
            event.ignore()
            if not self._closing:
                self._closing = True
                self.statusBar().showMessage(self.tr("Finishing the work in progress before closing…"))
                self.setEnabled(False)
                self._close_timer = QTimer(self, interval=50)
                self._close_timer.timeout.connect(self._close_when_idle)
                self._close_timer.start()
            return
        self.shutdown()
        event.accept()

    def _close_when_idle(self) -> None:
        if not self.tasks.pending:
            self._close_timer.stop()
            self.close()

    def shutdown(self) -> None:
        """Wait for the worker to finish what it is doing, then close the catalogue (once)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.busy_indicator.stop()
        self.notifications.stop()
        self.change_notices.stop()
        if self.network_page.running is not None:
            self.network_page.running.cancel()   # a sync stopped here resumes at the next one
        # Windows opened from this one go with it (the wizard, the policy editor, the hub console).
        if self.hub_console is not None:
            self.hub_console.tasks.shutdown()
        for other in (self.network_page.wizard, self.network_page.policy_editor, self.hub_console):
            if other is not None:
                other.close()
                other.deleteLater()
        self.network_page.wizard = self.network_page.policy_editor = self.hub_console = None
        self.network_tasks.shutdown()
        self.tasks.shutdown()
