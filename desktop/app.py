"""Starting the desktop application."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from labnet import __version__
from labnet.desktop import catalogue_queries, collector, errors, i18n, style
from labnet.desktop.main_window import MainWindow
from labnet.desktop.tasks import Tasks
from labnet.paths import catalogue_path
from labnet.resources import icon_path

log = logging.getLogger(__name__)
# Start-up's first page and counts are shown well within this (≤ 1.5 s budget, docs/performance.md).
FREEZE_AFTER_MS = 3000


def run(data_dir: Path, demo: bool, user: str) -> int:
    """Open the main window on the catalogue in ``data_dir`` and run until it closes.

    With ``demo``, a demo catalogue is created in ``data_dir`` first.
    """
    network = None
    if demo:
        _create_demo_catalogue(data_dir)
        network = _start_demo_network(data_dir)
    app = _application()
    path = catalogue_path(data_dir)
    fresh = not demo and not path.exists()   # a first run: the wizard is offered once the window shows
    # One worker owns the catalogue; it is opened there, on first use.
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, user))
    window = MainWindow(path, user=user, tasks=tasks)
    if network is not None:
        from labnet.demo_network import DEMO_ADMIN, DEMO_ADMIN_PASSWORD

        window.hub_defaults = (network.url, DEMO_ADMIN, DEMO_ADMIN_PASSWORD)
    previous_hook = errors.install_excepthook(lambda: QApplication.activeWindow() or window)
    window.show()
    # Once the first page is up: start-up's objects out of every later collection (desktop/collector.py).
    QTimer.singleShot(FREEZE_AFTER_MS, collector.freeze_start_up)
    if fresh:
        offer_first_run(window)
    try:
        code = app.exec()
    finally:
        # Closing the window already waited for the worker; this covers a quit by other means.
        window.shutdown()
        if network is not None:
            network.stop()
        sys.excepthook = previous_hook
    if window.restart_requested:  # a new language: the same command again, now the catalogue is closed
        program, *arguments = restart_command()
        if not QProcess.startDetached(program, arguments):
            log.error("LabNet could not start again (%s); start it by hand", program)
    return code


def offer_first_run(window: MainWindow) -> Any:
    """A fresh data folder: the Network view, with the first-run wizard over it (also what ``labnet screenshots``
    shows as the first run)."""
    window.show_section("network")
    window.network_page.has_accounts = lambda: False   # a new catalogue: its first administrator is asked for
    return window.network_page.set_up()


def restart_command() -> list[str]:
    """The command that started this LabNet (a demo finds its catalogue there and keeps it)."""
    if getattr(sys, "frozen", False):   # the installed application: its own executable
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "labnet", *sys.argv[1:]]


def _start_demo_network(data_dir: Path):
    """The demo's hub and other laboratories; the demo opens without them if they cannot start."""
    import os

    from labnet.demo_network import DEMO_KEYS_PASSPHRASE, start_demo_network

    try:
        network = start_demo_network(data_dir)
    except Exception:  # noqa: BLE001 - the catalogue demo still works; the log says why
        log.exception("the demo network could not start; the demo opens without it")
        return None
    # The demo's keys are demo keys: their passphrase is public, so Sync now works at once.
    os.environ.setdefault("LABNET_PASSPHRASE", DEMO_KEYS_PASSPHRASE)
    return network


def _application() -> QApplication:
    # Names are set before anything reads QSettings or standard paths.
    QApplication.setApplicationName("LabNet")
    QApplication.setOrganizationName("LabNet")
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(icon_path("labnet.svg"))))
    i18n.install(app, i18n.resolve(i18n.chosen_language()))
    theme = style.chosen_theme()
    style.apply_style(app, None if theme == "system" else theme)
    collector.install(app)  # Python's cyclic collection on this thread only (desktop/collector.py)
    return app


def _create_demo_catalogue(data_dir: Path) -> None:
    try:
        from labnet.catalogue.demo import create_demo_catalogue
    except ImportError as exc:
        # Skip only when the demo module or its function does not exist yet;
        # anything else failing inside it is a bug and must show.
        if exc.name not in {"labnet.catalogue", "labnet.catalogue.demo"}:
            raise
        log.warning("no demo catalogue available in this version; opening %s as it is", data_dir)
        return
    create_demo_catalogue(data_dir)
