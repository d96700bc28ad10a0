"""Settings → Appearance with a wizard open (the first-run or the import wizard): choosing a theme again must not
crash the application.  Under Qt 6.11 replacing the application's style while a style sheet is set, then setting a
sheet again, crashes in a QWizard that has been polished (tests/test_accounts_page.py then
tests/test_shortcuts_theme.py segfaulted so).  A crash takes its process with it: the window runs in its own."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from labnet.catalogue.store import Catalogue
from labnet.desktop import style
from labnet.desktop.first_run import FirstRunWizard
from labnet.desktop.tasks import Tasks

folder = Path(sys.argv[1])
app = QApplication([])
style.apply_style(app)   # as the application starts
tasks = Tasks(lambda: Catalogue.open(folder / "new", user="owner"), synchronous=True)
wizard = FirstRunWizard(tasks, folder / "new", ask_for_account=True)
wizard.show()
app.processEvents()
settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
for theme in ("dark", "light", "system"):
    style.choose_theme(theme, settings, app)
    app.processEvents()
print("three themes applied")
wizard.close()
tasks.shutdown()
"""


def test_choosing_a_theme_with_a_wizard_open_does_not_crash(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, (done.returncode, done.stderr[-3000:])
    assert "three themes applied" in done.stdout
