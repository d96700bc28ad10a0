"""Pictures of each main view on a demo catalogue, drawn offscreen.

``labnet screenshots --out DIR`` calls ``render_screenshots``: it builds the
demo catalogue in a temporary folder, opens the window (offscreen: no screen
needed), signs in as the demo's quality manager, and writes one PNG per view
at 1280×800, with its data loaded.  The images in ``docs/screenshots`` are
made this way.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = (1280, 800)
VIEWS = (  # file name, section key
    ("dashboard", "dashboard"),
    ("reference-samples", "reference-samples"),
    ("training", "training"),
    ("profiling-results", "profiling-results"),
    ("settings", "settings"),
)


LANGUAGES = ("en", "fr", "es", "ar", "ru")


def render_screenshots(out_dir: str | Path, *, size: tuple[int, int] = SIZE, dark_too: bool = True,
                       profiles: int = 600, language: str | None = None, with_network: bool = True) -> list[Path]:
    """Write the PNGs into ``out_dir`` and return their paths.

    Every view in ``language`` (None: English); the files of a language other than English are named
    ``dashboard-fr.png``…, and English alone has the dark-scheme pictures too.  ``with_network``: the network
    views against the demo hub (``screenshots_network``).
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from labnet.catalogue.demo import DEMO_PASSWORD, create_demo_catalogue
    from labnet.desktop import collector, i18n, style
    from labnet.desktop.tables import select_row

    language = language or "en"
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    QApplication.setApplicationName("LabNet")
    QApplication.setOrganizationName("LabNet")
    app = QApplication.instance() or QApplication(["labnet-screenshots"])
    # Python's cyclic collection on this thread only, as in the application: the demo hub runs in a thread of
    # this process, and a collection there that freed a Qt object crashed it (desktop/collector.py).
    collector.install(app)
    previous = i18n.installed_language()
    i18n.install(app, language)
    tag = "" if language == "en" else f"-{language}"
    dark_too = dark_too and language == "en"
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="labnet-screenshots-") as work:
        folder = Path(work) / "demo"
        path = create_demo_catalogue(folder, profiles=profiles)
        network = None
        if with_network:
            from labnet.demo_network import start_demo_network

            network = start_demo_network(folder)   # the demo hub on loopback, this laboratory enrolled
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        try:
            for scheme in ("light", "dark") if dark_too else ("light",):
                style.apply_style(app, scheme=scheme)
                window, tasks = open_window(app, path, settings, size)
                _wait(app, lambda window=window: window.login_dialog is not None and window.login_dialog.isVisible())
                dialog = window.login_dialog
                suffix = ("" if scheme == "light" else "-dark") + tag
                if scheme == "light":
                    _settle(app, tasks)
                    dialog.password.setText("••••••••")
                    written.append(_save_with_dialog(window, dialog, out / f"sign-in{tag}.png"))
                dialog.password.setText(DEMO_PASSWORD)
                dialog.attempt()
                _wait(app, lambda window=window: window.session.ready)
                for name, key in VIEWS if scheme == "light" else VIEWS[:2]:
                    page = window.show_section(key)
                    _settle(app, tasks)
                    table = getattr(page, "table", None)
                    if table is not None and table.model().rowCount():
                        select_row(table, 1)
                        _settle(app, tasks)
                    written.append(_save(window, out / f"{name}{suffix}.png"))
                written += record_dialogs(app, tasks, window, out, suffix)
                written += _appearance_and_notifications(app, tasks, window, out, suffix, dark=scheme == "dark")
                if scheme == "light":
                    written += _linkage(app, tasks, window, out, tag)
                    if network is not None:
                        from labnet.desktop.screenshots_network import network_views

                        written += network_views(app, tasks, window, network, out, tag)
                        from labnet.desktop.screenshots_pt import pt_views  # issue 21: proficiency tests

                        written += pt_views(app, tasks, window, network, out, tag)
                        from labnet.desktop.screenshots_exchange import exchange_views  # issue 21: exchange

                        written += exchange_views(app, tasks, window, network, out, tag)
                        from labnet.desktop.screenshots_federation import federation_views  # issue 20

                        written += federation_views(app, tasks, window, network, out, tag)
                close_window(app, window)
            from labnet.desktop.screenshots_network import first_run

            style.apply_style(app)
            written.append(first_run(app, Path(work) / "fresh", settings, size, out / f"first-run{tag}.png"))
        finally:
            style.apply_style(app)
            i18n.install(app, previous)
            if network is not None:
                network.stop()
    return written


def open_window(app, path: Path, settings, size: tuple[int, int] = SIZE, user: str = "kmensah"):
    """The main window on the catalogue at ``path``, shown at ``size``, and its worker."""
    from labnet.desktop import catalogue_queries
    from labnet.desktop.main_window import MainWindow
    from labnet.desktop.tasks import Tasks

    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, user))
    window = MainWindow(path, user=user, tasks=tasks, settings=settings)
    window.resize(*size)
    window.show()
    return window, tasks


def close_window(app, window) -> None:
    window.close()
    _wait(app, lambda: not window.isVisible())
    window.deleteLater()


def record_dialogs(app, tasks, window, out: Path, suffix: str = "") -> list[Path]:
    """A standard's form and its History dialog over the Reference samples view (``history.png``,
    ``editor.png``; ``-dark`` in the dark scheme)."""
    from labnet.desktop.history_dialog import HistoryDialog
    from labnet.desktop.tables import select_row

    page = window.show_section("reference-samples")
    _settle(app, tasks)
    select_row(page.table, 1)   # not QTableView.selectRow: right to left (Arabic) it selects nothing
    page.history_selected()
    _wait(app, lambda: any(isinstance(d, HistoryDialog) and d.tree.topLevelItemCount() for d in page._dialogs))
    dialog = next(d for d in page._dialogs if isinstance(d, HistoryDialog))
    dialog.resize(900, 520)
    _settle(app, tasks)
    shots = [_save_with_dialog(window, dialog, out / f"history{suffix}.png")]
    dialog.close()
    page.open_selected()
    _wait(app, lambda: any(d.objectName().startswith("editor-") for d in page._dialogs))
    editor = next(d for d in page._dialogs if d.objectName().startswith("editor-"))
    editor.resize(1100, 700)
    _settle(app, tasks)
    shots.append(_save_with_dialog(window, editor, out / f"editor{suffix}.png"))
    editor.reject()
    _settle(app, tasks)
    return shots


def _appearance_and_notifications(app, tasks, window, out: Path, suffix: str, dark: bool = False) -> list[Path]:
    """Settings in the dark scheme (its Appearance choice), and the dashboard beside View → Notifications."""
    if dark:
        theme = window.settings_page.theme
        theme.setCurrentIndex(theme.findData("dark"))   # as shown; not remembered (activated is not emitted)
        window.show_section("settings")
        _settle(app, tasks)
        return [_save(window, out / f"settings{suffix}.png")]
    window.notifications_dock.show()
    window.show_section("dashboard")
    _settle(app, tasks)
    shot = _save(window, out / f"notifications{suffix}.png")
    window.notifications_dock.hide()
    return [shot]


def _linkage(app, tasks, window, out: Path, tag: str = "") -> list[Path]:
    """The Linkage view's three tabs: calibrate on the demo's cocaine, save, compare one profile, link."""
    page = window.show_section("linkage")
    _settle(app, tasks)
    calibration = page.calibration_tab
    page.tabs.setCurrentWidget(calibration)
    calibration.drug_type.setCurrentIndex(max(0, calibration.drug_type.findData("cocaine")))
    calibration.run()
    _wait(app, lambda: calibration.table.rowCount() > 0, timeout=120)
    _settle(app, tasks)
    shots = [_save(window, out / f"linkage-calibration{tag}.png")]
    calibration.save("cocaine-lab")
    _wait(app, lambda: page.similar_tab.method.isEnabled())
    similar = page.similar_tab
    page.tabs.setCurrentWidget(similar)
    similar.search.setText("FDL-")
    similar._find()
    _wait(app, lambda: similar.matches.count() > 0)
    first = next((similar.matches.item(i) for i in range(similar.matches.count())
                  if "(cocaine)" in similar.matches.item(i).text()), similar.matches.item(0))
    similar._chosen(first)
    similar.matches.hide()
    _wait(app, lambda: similar.table.rowCount() > 0, timeout=60)
    _settle(app, tasks)
    shots.append(_save(window, out / f"linkage-similar{tag}.png"))
    classes = page.classes_tab
    page.tabs.setCurrentWidget(classes)
    classes.run()
    _wait(app, lambda: classes.model.rowCount() > 0 and classes.layout_handle is None, timeout=120)
    _settle(app, tasks)
    shots.append(_save(window, out / f"linkage-classes{tag}.png"))
    return shots


def write_png(picture, path: Path) -> Path:
    """``picture`` (a QPixmap or QImage) as a PNG of at most 256 colours: a window's flat colours survive, and
    the file is about a quarter of a true-colour one (docs/screenshots holds some seventy of them)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = picture if isinstance(picture, QImage) else picture.toImage()
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path), "PNG")
    return path


def _save(window, path: Path) -> Path:
    write_png(window.grab(), path)
    return path


def _save_with_dialog(window, dialog, path: Path) -> Path:
    """The window, dimmed, with the dialog over its centre (offscreen, a dialog is a separate image)."""
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    box = dialog.grab()
    painter.drawPixmap((picture.width() - box.width()) // 2, (picture.height() - box.height()) // 3, box)
    painter.end()
    return write_png(picture, path)


def _wait(app, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready in time for its screenshot")
        app.processEvents()
        time.sleep(0.01)


def _settle(app, tasks, quiet: float = 0.25) -> None:
    """Process events until the worker has been idle for ``quiet`` seconds."""
    idle_since = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        if tasks.pending:
            idle_since = None
        elif idle_since is None:
            idle_since = time.monotonic()
        elif time.monotonic() - idle_since >= quiet:
            return
        time.sleep(0.01)


def default_out_dir() -> Path:
    return Path(tempfile.gettempdir()) / "labnet-screenshots"
