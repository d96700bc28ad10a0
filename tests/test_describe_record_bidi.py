"""How a record is named in a question (``describe_record``: delete, dispose of, its history) in an Arabic view
(issue 22): its Latin data (a standard's code and substance, a staff member and a competence area) are isolated as
the activity lines' are (tests/test_dashboard_activity_bidi.py), so the code reads first and each datum keeps its
own order; left-to-right languages get the very text they had.  Measured where Qt lays out the question."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextOption

from factories import profile, sample, training
from labnet.catalogue.records import record_type
from labnet.desktop import catalogue_queries, i18n
from labnet.desktop.i18n import catalogue_text, translate

ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")
RECORDS = {
    "reference_sample": sample(inventory_code="RS-HER-002", substance="Diacetylmorphine (heroin)"),
    "training_record": training(staff_member="Nguyễn Thị Lan", started_on="2025-03-14",
                                competence_area="Clandestine laboratory investigation"),
    "profiling_result": profile(lab_sample_number="GH-2025-0007"),
}


def questions(qapp, language: str) -> dict[str, str]:
    """The record page's delete question about each record, as the message box gets it."""
    i18n.install(qapp, language)   # conftest puts English back before the next test
    said = {}
    for kind, record in RECORDS.items():
        rt = record_type(kind)
        question = translate("RecordActions", "Delete {thing} {{name}}?").format(
            thing=catalogue_text(rt.label).lower())
        said[kind] = question.format(name=catalogue_queries.describe_record(rt, record))
    return said


def where(text: str, *parts: str) -> list[float]:
    """How far from the left each part is on the question's line, laid out right to left as the Arabic message box
    lays out its plain text, on one line; the cursor between a part's first two characters, inside its run."""
    document = QTextDocument()
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    document.setTextWidth(100000)   # one line
    document.size()   # laid out
    block = document.firstBlock()
    line = block.layout().lineAt(0)
    return [line.cursorToX(text.index(part) + 1)[0] for part in parts]


def test_an_arabic_question_names_the_record_right_to_left(qapp):
    said = questions(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    standard = said["reference_sample"]
    at_words, at_code, at_substance = where(standard, ARABIC_WORD.search(standard).group(0), "RS-HER", "Diacetyl")
    # Right to left: the question's words, the code, then the substance in its brackets; without the isolates
    # "RS-HER-002 (Diacetylmorphine (heroin))" was one left-to-right run, the substance read before the code.
    assert at_words > at_code > at_substance, standard
    assert where(standard, "HER-002")[0] > at_code   # inside its own run the code reads left to right
    person = said["training_record"]
    assert "\u2068Nguyễn Thị Lan\u2069" in person and "\u2068Clandestine laboratory investigation\u2069" in person
    assert "\u2068GH-2025-0007\u2069" in said["profiling_result"]


# What each question said in each left-to-right language before issue 22's change (recorded from that code).
BEFORE = {
    'en': {
        'reference_sample': 'Delete reference sample RS-HER-002 (Diacetylmorphine (heroin))?',
        'training_record': 'Delete training record Course “Clandestine laboratory investigation” of Nguyễn Thị Lan, 14/03/2025?',
        'profiling_result': 'Delete profiling result GH-2025-0007?',
    },
    'fr': {
        'reference_sample': 'Supprimer cette fiche (échantillon de référence RS-HER-002 (Diacetylmorphine (heroin)))\xa0?',
        'training_record': 'Supprimer cette fiche (fiche de formation Cours « Clandestine laboratory investigation » de Nguyễn Thị Lan, 14/03/2025)\xa0?',
        'profiling_result': 'Supprimer cette fiche (résultat de profilage GH-2025-0007)\xa0?',
    },
    'es': {
        'reference_sample': '¿Eliminar muestra de referencia RS-HER-002 (Diacetylmorphine (heroin))?',
        'training_record': '¿Eliminar registro de capacitación Curso «Clandestine laboratory investigation» de Nguyễn Thị Lan, 14/3/2025?',
        'profiling_result': '¿Eliminar resultado de perfil GH-2025-0007?',
    },
    'ru': {
        'reference_sample': 'Удалить эталонный образец RS-HER-002 (Diacetylmorphine (heroin))?',
        'training_record': 'Удалить запись о подготовке Курс «Clandestine laboratory investigation»: Nguyễn Thị Lan, 14.03.2025?',
        'profiling_result': 'Удалить результат профилирования GH-2025-0007?',
    },
}


@pytest.mark.parametrize("language", sorted(BEFORE))
def test_a_left_to_right_question_is_written_as_before(qapp, language):
    assert questions(qapp, language) == BEFORE[language]
