"""The hub console's Statistics table names each record type in the language (issue 22): "Résultat de profilage",
"نتيجة …", not the hub's key "profiling_result" in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from labnet.desktop import i18n
from labnet.desktop.hub_console import HubConsole


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_statistics_name_record_types_in_the_language(qtbot, qapp, tmp_path, language):
    i18n.install(qapp, language)   # conftest puts English back before the next test
    console = HubConsole(QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat), synchronous=True)
    qtbot.addWidget(console)
    console._show_stats([{"lab": "Accra FDA", "kind": "profiling_result", "records": 180, "deleted": 2},
                         {"lab": "Accra FDA", "kind": "reference_sample", "records": 12, "deleted": 0},
                         {"lab": "Accra FDA", "kind": "a_later_type", "records": 1, "deleted": 0}])
    kinds = [console.stats.item(r, 1).text() for r in range(console.stats.rowCount())]
    assert kinds == [i18n.catalogue_text("Profiling result"), i18n.catalogue_text("Reference sample"), "a_later_type"]
    if language != "en":
        assert kinds[0] != "Profiling result", kinds   # translated, not the English name either
    assert console.stats.item(0, 2).text() == i18n.number(180)
