"""A long Latin text in a table cell of an Arabic view is elided on its own side (issue 22): Qt cuts it at its
logical end, and the "…" must show there, at the text's right (before: at the far left, beside the text's start:
"…Controlled-drug safe CD-1, shel").  Read from the painted pixels of the Reference samples table; French and
Russian (left to right) keep Qt's own painting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor

from factories import sample
from labnet.catalogue.store import Catalogue
from labnet.desktop.tables import DirectionalDelegate, cell_text
from test_record_pages import make_page

LONG = "Controlled-drug safe CD-1, shelf 3, box 12 (locked)"
ARABIC = "خزانة المواد الخاضعة للرقابة، الرف الثالث، الصندوق"


@pytest.fixture
def path(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        cat.add("reference_sample", sample(inventory_code="RS-001", storage_location=LONG))
    return tmp_path / "lab" / "catalogue.db"


@pytest.fixture
def direction(qapp, request):
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def ink_heights(page, column: str) -> tuple[int, int, int]:
    """(height of the ink in the text's leftmost "…"-wide strip, in its rightmost strip, the font's ascent)."""
    table = page.table
    col = next(c for c in range(page.model.columnCount())
               if page.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.UserRole) == column)
    table.horizontalHeader().setStretchLastSection(False)
    table.setColumnWidth(col, 160)
    table.clearSelection()
    rect = table.visualRect(page.model.index(0, col))
    image = table.viewport().grab(rect).toImage()
    background = QColor(image.pixel(1, 1)).lightness()
    ink = [(x, y) for x in range(image.width()) for y in range(image.height())
           if abs(QColor(image.pixel(x, y)).lightness() - background) > 90]
    assert ink, "nothing painted"
    left, right = min(x for x, _ in ink), max(x for x, _ in ink)
    strip = round(table.fontMetrics().horizontalAdvance("…") * 0.8)

    def height(xs: range) -> int:
        ys = [y for x, y in ink if x in xs]
        return max(ys) - min(ys) + 1 if ys else 0

    return height(range(left, left + strip)), height(range(right - strip + 1, right + 1)), table.fontMetrics().ascent()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight], indirect=True)
def test_a_long_latin_storage_place_is_elided_at_its_right(qtbot, path, tmp_path, direction):
    page = make_page(qtbot, path, "reference_sample", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert isinstance(page.table.itemDelegate(), DirectionalDelegate)
    at_left, at_right, ascent = ink_heights(page, "storage_location")
    assert at_right < ascent / 3, (at_left, at_right, ascent)    # the dots of "…" at the right
    assert at_left > ascent / 2, (at_left, at_right, ascent)     # the "C" of "Controlled" at the left


def test_cell_texts_in_each_direction():
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert cell_text(LONG, ltr) == LONG                            # French, Russian: as the model says
    assert cell_text("Морозильник Б, полка 4", ltr) == "Морозильник Б, полка 4"
    assert cell_text(LONG, rtl) == f"\u2068{LONG}\u2069"
    assert cell_text("Δ9-Tetrahydrocannabinol", rtl) == "\u2068Δ9-Tetrahydrocannabinol\u2069"
    assert cell_text(ARABIC, rtl) == ARABIC                        # Arabic elides at its left already
    assert cell_text("٢٠٢٦/١٢/٥", rtl) == "٢٠٢٦/١٢/٥"               # digits alone: no letter to follow
    assert cell_text(f"\u2068{LONG}\u2069", rtl) == f"\u2068{LONG}\u2069"   # isolated once


def test_a_text_that_fits_is_painted_as_before(qtbot, path, tmp_path, qapp):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = make_page(qtbot, path, "reference_sample", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        col = next(c for c in range(page.model.columnCount())
                   if page.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.UserRole) == "storage_location")
        index = page.model.index(0, col)
        option = QStyleOptionViewItem()
        option.initFrom(page.table)
        option.rect = QRect(0, 0, 2000, 30)
        page.table.itemDelegate().initStyleOption(option, index)
        assert option.text == LONG                              # wide enough: as the model says
        option = QStyleOptionViewItem()
        option.initFrom(page.table)
        option.rect = QRect(0, 0, 120, 30)
        page.table.itemDelegate().initStyleOption(option, index)
        assert option.text == f"\u2068{LONG}\u2069"             # elided: isolated
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
