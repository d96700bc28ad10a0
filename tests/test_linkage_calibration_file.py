"""The Linkage view's Calibration tab reads a file of profiles as the command line does: a peak area that reads
two ways is refused with its row and column, the window then offers the decimal separator (as the import
wizard does), and an encoding it cannot tell is asked for the same way."""

from __future__ import annotations

import pytest

from labnet.catalogue.store import Catalogue
from labnet.desktop.linkage_page import LinkagePage
from labnet.desktop.tasks import Tasks

AREAS = {"A1": ("12,500", "0,25", "30"), "A2": ("12,75", "0,3", "29"), "A3": ("12,25", "0,25", "31,5"),
         "B1": ("1234,5", "5", "1"), "B2": ("1230", "5,5", "1,25"), "B3": ("1240", "4,75", "1"),
         "C1": ("1,5", "1", "50"), "C2": ("1,25", "1", "49,5"), "C3": ("1,75", "1,25", "51")}


@pytest.fixture
def tab(qtbot, tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina"):
        pass
    tasks = Tasks(lambda: Catalogue.open(tmp_path / "lab", user="amina"), synchronous=True)
    page = LinkagePage(tasks, description="Comparing profiles to link seizures.")
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.calibration_tab)
    page.show()
    yield page.calibration_tab
    tasks.shutdown()


def profiles_file(path, first: str, encoding: str = "utf-8", batch: str = "batch"):
    rows = [f"{k};{k[0]};{first if k == 'A1' else a};{b};{c}" for k, (a, b, c) in AREAS.items()]
    path.write_bytes((f"id;{batch};peak:a;peak:b;peak:c\n" + "\n".join(rows) + "\n").encode(encoding))
    return path


def calibrate(tab, path, group="batch"):
    tab.from_file.setChecked(True)
    tab.file.setText(str(path))
    tab.id_column.setText("id")
    tab.group_column.setText(group)
    tab.run()


def test_a_two_way_peak_area_is_refused_with_its_row_and_column_then_read_with_the_separator_chosen(tab, tmp_path):
    # "1.234" in a column of whole numbers and decimal commas that never group thousands… except it might.
    path = profiles_file(tmp_path / "p.csv", "1.234")
    calibrate(tab, path)
    status = tab.status.text()
    assert "Row 2, column “peak:a”: “1.234” is 1.234 in a file with a decimal point but 1234" in status, status
    assert tab.table.rowCount() == 0 and tab.decimal.isVisibleTo(tab)
    tab.decimal.style.setCurrentIndex(tab.decimal.style.findData("comma"))
    tab.run()
    assert tab.table.rowCount() > 0, tab.status.text()
    population = tab.result.population
    assert population.values[population.labels.index("A1"), 0] == 1234.0
    assert population.values[population.labels.index("B1"), 0] == 1234.5


def test_a_decimal_comma_file_needs_no_choice(tab, tmp_path):
    calibrate(tab, profiles_file(tmp_path / "p.csv", "12,500"))
    assert tab.table.rowCount() > 0, tab.status.text()
    assert not tab.decimal.isVisibleTo(tab)
    population = tab.result.population
    assert population.values[population.labels.index("A1"), 0] == 12.5


def test_an_encoding_it_cannot_tell_is_asked_for(tab, tmp_path):
    path = profiles_file(tmp_path / "p.csv", "12,5", encoding="cp1251", batch="партия")
    calibrate(tab, path, group="партия")
    assert "--encoding" in tab.status.text() and "encoding in the list above" in tab.status.text()
    assert tab.file_choices.encoding.isVisibleTo(tab)
    tab.file_choices.encoding.setCurrentIndex(tab.file_choices.encoding.findData("cp1251"))
    tab.run()
    assert tab.table.rowCount() > 0, tab.status.text()
    assert tab.result.population.groups[0] in {"A", "B", "C"}
