"""``labnet screenshots`` draws every view in each of LabNet's five languages (issue 22), and the first-run
wizard on a fresh data folder, not over the demo's enrolled laboratory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from labnet.desktop.screenshots import LANGUAGES, render_screenshots

VIEWS = ("sign-in", "dashboard", "reference-samples", "training", "profiling-results", "settings", "history",
         "editor", "notifications", "linkage-calibration", "linkage-similar", "linkage-classes", "first-run")


@pytest.mark.slow   # each language builds the demo catalogue and opens every view: 15-25 s
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_is_drawn_in_each_language(tmp_path, language):
    # The network views need the demo hub: tests/test_screenshots_network.py draws them.
    written = render_screenshots(tmp_path, language=language, with_network=False, dark_too=False, profiles=300)
    tag = "" if language == "en" else f"-{language}"
    wanted = {f"{view}{tag}.png" for view in VIEWS}
    assert {path.name for path in written} == wanted
    for name in wanted:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1280, 800), name
        assert image.colorCount() <= 256, name   # written as 256-colour PNGs (the folder stays small)


def test_the_first_run_is_drawn_on_a_fresh_data_folder(qapp, tmp_path):
    from labnet.desktop.network_page import NOT_SET_UP
    from labnet.desktop.screenshots import close_window
    from labnet.desktop.screenshots_network import first_run_window

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window, wizard = first_run_window(qapp, tmp_path / "fresh", settings, (1280, 800))
    try:
        assert window.current_key() == "network" and window.network_page.status.state == NOT_SET_UP
        assert not window.session.has_accounts
        assert wizard.isVisible() and len(wizard.pageIds()) == 4   # the first administrator is asked for too
    finally:
        wizard.close()
        close_window(qapp, window)
