"""The Arabic dashboard's recent activity, its "who" column (issue 22): a bold name in Latin script starts its line
on the right, as the cards' lines do (tests/test_dashboard_bidi.py): isolated, and opened with a RIGHT-TO-LEFT MARK,
since Qt's rich text takes a line's direction from its first strong character.  Left-to-right views get the very
text they had.  Measured where the label paints its name in its cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from factories import sample
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries, i18n
from labnet.desktop.dashboard import Dashboard
from labnet.desktop.tasks import Tasks

LONG, SHORT = "Amina Diallo-Ouédraogo", "Kofi Bo"


@pytest.fixture
def dashboard(qtbot, qapp, tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        cat.add_user("amina", LONG, "administrator")
        cat.add("reference_sample", sample(inventory_code="RS-HER-002"))
        cat.add_user("kofi.b", SHORT, "analyst")
    with Catalogue.open(tmp_path / "lab", user="kofi.b") as cat:
        cat.add("reference_sample", sample(inventory_code="RS-COC-002"))
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(tmp_path / "lab" / "catalogue.db", "amina"),
                  synchronous=True)

    def show(language: str) -> dict[str, QLabel]:
        """The "who" label of each person's latest activity, as the dashboard shows it."""
        i18n.install(qapp, language)   # conftest puts English back before the next test
        page = Dashboard(tasks)
        qtbot.addWidget(page)
        page.refresh()
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        rows = page.recent_rows
        labels = [rows.itemAtPosition(row, 1).widget() for row in range(rows.rowCount())
                  if rows.itemAtPosition(row, 1) is not None]
        return {name: next(label for label in labels if name in label.text()) for name in (LONG, SHORT)}

    yield show
    tasks.shutdown()


def edges(label: QLabel) -> tuple[int, int]:
    """Where the label paints its name: the first and last pixel columns that differ from its background, from the
    left of the label, in the width the grid gave it."""
    image = label.grab().toImage()
    background = image.pixel(0, 0)
    inked = [x for x in range(image.width()) if any(image.pixel(x, y) != background for y in range(image.height()))]
    assert inked, label.text()
    return inked[0], image.width() - 1 - inked[-1]   # margin on the left, margin on the right


def test_an_arabic_who_column_starts_each_name_on_the_right(dashboard):
    labels = dashboard("ar")
    short = labels[SHORT]
    assert short.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert labels[LONG].width() == short.width() > labels[LONG].fontMetrics().horizontalAdvance(SHORT) + 20
    left, right = edges(short)
    # Right to left: the shorter name against the right edge of the column, where the Arabic lines begin; without
    # the mark its line was left to right, the name against the left edge, beside the activity's text.
    assert right < 5 < 20 < left, (left, right, short.text())
    for name, label in labels.items():
        assert f"\u200f\u2068{name}\u2069" in label.text(), label.text()


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru"])
def test_a_left_to_right_who_column_is_written_as_before(dashboard, language):
    labels = dashboard(language)
    # What the old code wrote, in every left-to-right language.
    assert {name: label.text() for name, label in labels.items()} == {LONG: f"<b>{LONG}</b>", SHORT: f"<b>{SHORT}</b>"}
    left, right = edges(labels[SHORT])
    assert left < 5 < 20 < right   # left to right: against the left edge as before
