"""The import wizard asks what a file leaves open: its decimal separator, its encoding, its sheet (issue 14)."""

import os

import openpyxl
from PySide6.QtWidgets import QApplication

from factories import days
from labnet.desktop.import_wizard import ImportWizard

# The wizard's fixtures: message boxes that never block, a synchronous catalogue worker.
from test_import_wizard import no_blocking_message_boxes, tasks  # noqa: F401


def stored(tasks):
    out = []
    tasks.run(lambda cat: {r["inventory_code"]: r for r in cat.iter_records("reference_sample")}, out.append)
    return out[0]


def open_wizard(qtbot, tasks):
    wizard = ImportWizard(tasks, "reference_sample", None)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def shoot(widget, name):
    """A screenshot for a person to look at, when LABNET_SCREENSHOTS names a folder."""
    folder = os.environ.get("LABNET_SCREENSHOTS")
    if folder:
        QApplication.processEvents()  # let word-wrapped labels take their height
        widget.grab().save(os.path.join(folder, name))


def test_numbers_that_read_two_ways_are_shown_and_the_decimal_separator_settles_them(qtbot, tasks, tmp_path):
    path = tmp_path / "stock.csv"
    path.write_text("Code,Substance,Received,Status,Quantity,Unit\n"
                    f'RS-1,Cocaine HCl,{days(-5)},in use,"12,500",mg\n'
                    f"RS-2,Heroin base,{days(-5)},in use,40,mg\n", encoding="utf-8")
    wizard = open_wizard(qtbot, tasks)
    wizard.pages[0].path.setText(str(path))
    wizard.next()
    wizard.next()
    preview = wizard.pages[2]
    assert preview.decimal.isVisible() and preview.decimal.explain.isVisible()
    model = preview.model
    assert model.data(model.index(0, 1)) == "Quantity" and model.data(model.index(0, 2)) == "12,500"
    assert "in a file with a decimal comma" in model.data(model.index(0, 3))
    assert preview.counts["invalid"].text() == "1"
    shoot(wizard, "import-decimal-question.png")

    choose(preview.decimal.style, "comma")  # checks again at once
    assert wizard.decimal == "comma" and preview.model.rowCount() == 0
    assert preview.counts["invalid"].text() == "0" and preview.decimal.isVisible()
    assert not preview.decimal.explain.isVisible()
    wizard.next()
    wizard.next()
    assert {k: r["quantity"] for k, r in stored(tasks).items()} == {"RS-1": 12.5, "RS-2": 40.0}


def test_an_encoding_that_cannot_be_told_is_asked_for(qtbot, tasks, tmp_path):
    path = tmp_path / "ru.csv"
    path.write_bytes(f"Code,Substance,Received,Status\nRS-1,Кокаин,{days(-5)},in use\n".encode("cp1251"))
    wizard = open_wizard(qtbot, tasks)
    page = wizard.pages[0]
    assert not page.choices.form.isRowVisible(page.choices.encoding)
    page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is page  # refused, not guessed
    assert "cannot be recognised" in page.runner.status.text() and page.runner.status.styleSheet()
    assert page.choices.form.isRowVisible(page.choices.encoding)
    shoot(wizard, "import-encoding-question.png")
    choose(page.choices.encoding, "cp1251")
    wizard.next()
    assert wizard.currentPage() is wizard.pages[1]
    assert wizard.table.rows[0][1] == "Кокаин"
    wizard.next()
    wizard.next()
    wizard.next()
    assert stored(tasks)["RS-1"]["substance"] == "Кокаин"


def test_a_workbook_whose_data_sheet_is_not_obvious_asks_which_sheet(qtbot, tasks, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Instructions"
    wb.active.append(["One reference sample per row"])
    for title, code in (("Samples 2024", "RS-1"), ("Samples 2025", "RS-9")):
        ws = wb.create_sheet(title)
        ws.append(["Code", "Substance", "Received", "Status"])
        ws.append([code, "Cocaine", days(-5), "in use"])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    wizard = open_wizard(qtbot, tasks)
    page = wizard.pages[0]
    page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is page
    assert "will not guess" in page.runner.status.text()
    sheet = page.choices.sheet
    assert [sheet.itemData(i) for i in range(sheet.count())] == [None, "Instructions", "Samples 2024",
                                                                 "Samples 2025"]
    choose(sheet, "Samples 2025")
    wizard.next()
    assert wizard.currentPage() is wizard.pages[1] and wizard.table.sheet == "Samples 2025"
    wizard.next()
    wizard.next()
    wizard.next()
    assert list(stored(tasks)) == ["RS-9"]


def test_two_sheets_of_column_names_alone_are_not_guessed_between_either(qtbot, tasks, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Instructions"
    wb.active.append(["One reference sample per row"])
    for title in ("Samples 2024", "Samples 2025"):
        ws = wb.create_sheet(title)
        ws.append(["Code", "Substance", "Received", "Status"])
    wb.save(tmp_path / "book.xlsx")
    wizard = open_wizard(qtbot, tasks)
    wizard.pages[0].path.setText(str(tmp_path / "book.xlsx"))
    wizard.next()
    assert wizard.pages[0].choices.form.isRowVisible(wizard.pages[0].choices.sheet)
    shoot(wizard, "import-sheet-question.png")
