"""The Arabic dashboard's recent activity (issue 22): a line mixing Arabic with Latin data (a record's code, a staff
member and a competence area, a unit, an account) keeps each datum in its own order and the line right to left, as
the cards do (tests/test_dashboard_bidi.py).  Measured where Qt lays out the line the dashboard shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import Qt, QTextDocument, QTextOption  # (QtGui's Qt has mightBeRichText)
from PySide6.QtWidgets import QLabel

from factories import sample, training
from labnet.catalogue import custody
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries, i18n
from labnet.desktop.dashboard import Dashboard
from labnet.desktop.tasks import Tasks

ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")


@pytest.fixture
def dashboard(qtbot, qapp, tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        kept = cat.add("reference_sample", sample(inventory_code="RS-HER-002", substance="Diacetylmorphine (heroin)"))
        cat.add("training_record", training(staff_member="Nguyễn Thị Lan",
                                            competence_area="Clandestine laboratory investigation"))
        custody.withdraw(cat, kept["id"], 5, "mg")
        cat.add_user("kofi.b", "Kofi Boateng", "analyst")
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(tmp_path / "lab" / "catalogue.db", "amina"),
                  synchronous=True)

    def show(language: str) -> dict[str, QLabel]:
        """What each recent activity says, by its first Latin datum, as its label on the dashboard."""
        i18n.install(qapp, language)   # conftest puts English back before the next test
        page = Dashboard(tasks)
        qtbot.addWidget(page)
        page.refresh()
        rows = page.recent_rows
        labels = [rows.itemAtPosition(row, 2).widget() for row in range(rows.rowCount())
                  if rows.itemAtPosition(row, 2) is not None]
        # (the withdrawal's line names the standard too: it is the "mg" line)
        return {next(key for key in ("mg", "Nguyễn Thị Lan", "kofi.b", "RS-HER-002") if key in label.text()): label
                for label in labels}

    yield show
    tasks.shutdown()


def where(label: QLabel, *parts: str) -> list[float]:
    """How far from the left each part is on the label's line, laid out as the label lays out its plain text: in
    the label's direction, on one line; the cursor between a part's first two characters, inside its run."""
    assert label.textFormat() == Qt.TextFormat.AutoText and not Qt.mightBeRichText(label.text())
    document = QTextDocument()
    document.setDefaultFont(label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    document.setDefaultTextOption(option)
    document.setPlainText(label.text())
    document.setTextWidth(100000)   # one line
    document.size()   # laid out
    block = document.firstBlock()
    line, text = block.layout().lineAt(0), block.text()
    assert all(len(part) > 1 for part in parts)
    return [line.cursorToX(text.index(part) + 1)[0] for part in parts]


def test_an_arabic_activity_line_keeps_its_latin_data_in_their_own_order(dashboard):
    lines = dashboard("ar")
    assert lines["RS-HER-002"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    training_line = lines["Nguyễn Thị Lan"]
    at_person, at_area, at_words = where(training_line, "Nguyễn", "Clandestine",
                                         ARABIC_WORD.search(training_line.text()).group(0))
    # Right to left: the Arabic words, then the person, then the area in its brackets; without the isolates
    # "Nguyễn Thị Lan (Clandestine laboratory investigation)" was one left-to-right run, the area read first.
    assert at_words > at_person > at_area, training_line.text()
    assert where(training_line, "Thị Lan")[0] > at_person   # inside its own run the name reads left to right
    for key, label in lines.items():
        assert f"\u2068{key}" in label.text(), label.text()   # each datum isolated
    withdrawal = lines["mg"]
    at_amount, at_unit, at_code = where(withdrawal, i18n.number(5.0) + " ", "mg", "RS-HER-002")
    assert at_amount > at_unit > at_code, withdrawal.text()


# What each line said in each left-to-right language before issue 22's change (recorded from that code).
BEFORE = {
    'en': {
        'kofi.b': "added the account kofi.b (Analyst)",
        'RS-HER-002': "added reference sample RS-HER-002",
        'mg': "recorded a withdrawal of 5 mg from RS-HER-002",
        'Nguyễn Thị Lan': "added training record of Nguyễn Thị Lan (Clandestine laboratory investigation)",
    },
    'fr': {
        'kofi.b': "a ajouté le compte kofi.b (Analyste)",
        'RS-HER-002': "a ajouté : échantillon de référence RS-HER-002",
        'mg': "a consigné un prélèvement de 5 mg sur RS-HER-002",
        'Nguyễn Thị Lan': "a ajouté : fiche de formation de Nguyễn Thị Lan (Clandestine laboratory investigation)",
    },
    'es': {
        'kofi.b': "agregó la cuenta kofi.b (Analista)",
        'RS-HER-002': "agregó: muestra de referencia RS-HER-002",
        'mg': "registró un retiro de 5 mg de RS-HER-002",
        'Nguyễn Thị Lan': "agregó: registro de capacitación de Nguyễn Thị Lan (Clandestine laboratory investigation)",
    },
    'ru': {
        'kofi.b': "добавлена учётная запись kofi.b (Аналитик)",
        'RS-HER-002': "добавлено: эталонный образец RS-HER-002",
        'mg': "записан отбор 5 mg из RS-HER-002",
        'Nguyễn Thị Lan': "добавлено: запись о подготовке Nguyễn Thị Lan (Clandestine laboratory investigation)",
    },
}


@pytest.mark.parametrize("language", sorted(BEFORE))
def test_a_left_to_right_activity_line_is_written_as_before(dashboard, language):
    assert {key: label.text() for key, label in dashboard(language).items()} == BEFORE[language]
