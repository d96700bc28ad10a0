"""The Arabic dashboard's cards (issue 22): a line mixing Arabic with Latin data (a standard's code and name, a unit,
a staff member and a competence area) reads right to left, the code first and each Latin datum in its own order,
as the status bar's lines do.  Measured where Qt lays the card's line out, from the rich text the card shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from factories import days, sample, training
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries, i18n
from labnet.desktop.dashboard import Dashboard
from labnet.desktop.tasks import Tasks

ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")


@pytest.fixture
def dashboard(qtbot, qapp, tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        cat.add("reference_sample", sample(inventory_code="RS-HER-002", substance="Diacetylmorphine (heroin)",
                                           expiry_on=days(-7)))
        cat.add("reference_sample", sample(inventory_code="RS-COC-002", substance="Cocaine", expiry_on=days(16)))
        cat.add("reference_sample", sample(inventory_code="RS-ADL-002", substance="Phenacetin", remaining_quantity=5))
        cat.add("training_record", training(staff_member="Nguyễn Thị Lan", requalification_due=days(-6),
                                            competence_area="Clandestine laboratory investigation"))
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(tmp_path / "lab" / "catalogue.db", "amina"),
                  synchronous=True)

    def show(language: str) -> Dashboard:
        i18n.install(qapp, language)   # conftest puts English back before the next test
        page = Dashboard(tasks)
        qtbot.addWidget(page)
        page.refresh()
        return page

    yield show
    tasks.shutdown()


def where(label: QLabel, *parts: str) -> list[float]:
    """How far from the left each part is on the label's line, as Qt lays out the rich text it shows: the cursor
    between a part's first two characters, inside its run (at a run's edge a cursor has two places)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(100000)   # one line
    document.size()   # laid out
    block = document.firstBlock()
    line, text = block.layout().lineAt(0), block.text()
    assert all(len(part) > 1 for part in parts)
    return [line.cursorToX(text.index(part) + 1)[0] for part in parts]


def first_arabic_word(label: QLabel) -> str:
    return ARABIC_WORD.search(label.accessibleName()).group(0)


def test_an_arabic_card_line_reads_right_to_left_with_its_latin_data_in_their_own_order(dashboard):
    page = dashboard("ar")
    lines = {key: page.cards[key].links[0] for key in ("expired", "expiring", "low_stock")}
    for key, (code, substance) in {"expired": ("RS-HER-002", "Diacetylmorphine (heroin)"),
                                   "expiring": ("RS-COC-002", "Cocaine"),
                                   "low_stock": ("RS-ADL-002", "Phenacetin")}.items():
        label = lines[key]
        at_code, at_substance, at_words = where(label, code, substance, first_arabic_word(label))
        assert at_code > at_substance > at_words, (key, label.accessibleName())   # right to left: code first
        # Inside its own run each datum keeps its left-to-right order: "(heroin)" after its name, not before it.
        if key == "expired":
            assert where(label, "(heroin)")[0] > at_substance
    at_received, at_unit = where(lines["low_stock"], "١٠٠", "mg")
    assert at_received > at_unit   # "… من ١٠٠ mg": the unit after (left of) its amount

    staff = page.cards["requalifications"].links[0]
    at_staff, at_area, at_words = where(staff, "Nguyễn Thị Lan", "Clandestine", first_arabic_word(staff))
    assert at_staff > at_area > at_words, staff.accessibleName()


def test_a_left_to_right_card_line_is_written_as_before(dashboard):
    page = dashboard("en")
    expected = {"expired": "RS-HER-002 · Diacetylmorphine (heroin) — expired 7 days ago",
                "expiring": "RS-COC-002 · Cocaine — in 16 days",
                "low_stock": "RS-ADL-002 · Phenacetin — 5 of 100 mg left",
                "requalifications": "Nguyễn Thị Lan · Clandestine laboratory investigation — overdue by 6 days"}
    for key, text in expected.items():
        label = page.cards[key].links[0]
        assert label.accessibleName() == text
        assert '">' + text + "</a>" in label.text()   # no mark, no isolate in the rich text
