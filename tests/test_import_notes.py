"""The import's warnings and notes are ``Message``s: English (with the right number) on the command line,
the user's language in the wizard (issue 18 item 10)."""

import csv

import openpyxl
import pytest

from factories import days
from labnet.catalogue.errors import Message
from labnet.catalogue.import_report import MAX_TEXT_PROBLEMS, ImportReport, RowProblem
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue
from labnet.catalogue.tabular import read_table
from labnet.desktop import i18n
from labnet.desktop.i18n import say
from labnet.desktop.import_wizard import ImportWizard
from test_import_wizard import tasks  # noqa: F401  (the wizard tests' synchronous catalogue worker)


@pytest.fixture
def cat(tmp_path):
    c = Catalogue.open(tmp_path / "lab", user="amina")
    yield c
    c.close()


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_every_note_and_warning_of_an_import_is_a_message(cat, tmp_path):
    f = write(tmp_path / "x.csv", "sample,drug,Colur,Shade,,,id,version\nLS-1,cocaine,red,dark,lost,,abc,3\n"
                                  "LS-2,heroin,red,dark,,also lost,abc,3\n")
    report = import_file(cat, "profiles", f, mapping={"Shade": None})
    assert report.inserted == 2
    assert report.warnings and report.info
    assert all(isinstance(note, Message) for note in report.warnings + report.info)
    assert report.warnings == [
        "Column E has no header but holds 1 value (in row 2); it was ignored. Give the column a name and import "
        "again if it matters.",
        "Column F has no header but holds 1 value (in row 3); it was ignored. Give the column a name and import "
        "again if it matters.",
        "Column “Colur” (C) is not a field of a profiling result; it was ignored. Did you mean “colour”?"]
    assert report.info == [
        "As chosen in the column mapping, “Shade” was not imported.",
        "The “id” and “version” columns hold LabNet's own record identity and were ignored; rows are matched "
        "to stored records by lab sample number."]


def test_the_notes_take_their_number_from_the_count(cat, tmp_path):
    f = write(tmp_path / "y.csv", "sample,drug,A,B,,id\nLS-1,cocaine,1,2,x,abc\nLS-2,heroin,1,2,y,abc\n")
    report = import_file(cat, "profiles", f, mapping={"A": None, "B": None}, dry_run=True)
    assert report.info == [
        "As chosen in the column mapping, “A”, “B” were not imported.",
        "The “id” column holds LabNet's own record identity and was ignored; rows are matched to stored "
        "records by lab sample number."]
    assert report.warnings == [
        "Column E has no header but holds 2 values (the first in row 2); they were ignored. Give the column a "
        "name and import again if they matter."]
    empty = import_file(cat, "profiles", write(tmp_path / "h.csv", "sample,drug\n"))
    assert empty.warnings == ["h.csv has a header row but no rows of data under it."]
    assert isinstance(empty.warnings[0], Message)


def test_a_workbooks_other_sheet_is_a_message_in_the_singular(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    ws.append(["sample", "drug"])
    ws.append(["LS-1", "cocaine"])
    wb.create_sheet("Old").append(["anything"])
    wb.save(tmp_path / "w.xlsx")
    [note] = read_table(tmp_path / "w.xlsx").notes  # the import itself chooses the sheet (import_source)
    assert isinstance(note, Message)
    assert note == ("Only the sheet “Results” was read; the workbook has another sheet with data (“Old”). "
                    "Put each kind of record in a file of its own to import it.")


@pytest.mark.parametrize("rows, problems, said", [
    (1, 1, "… and 1 more problem in 1 more row "),
    (1, 3, "… and 3 more problems in 1 more row "),
    (2, 2, "… and 2 more problems in 2 more rows "),
])
def test_the_command_lines_last_line_of_problems_says_one_in_the_singular(rows, problems, said):
    shown = [RowProblem(n + 2, "Code", "x", "bad") for n in range(MAX_TEXT_PROBLEMS)]
    rest = [RowProblem(MAX_TEXT_PROBLEMS + 2 + i % rows, "Code", "x", "bad") for i in range(problems)]
    report = ImportReport("reference_sample", "f.csv", rows_read=500, problems=shown + rest)
    [line] = [line for line in report.to_text().splitlines() if line.startswith("  … and")]
    assert line == f"  {said}(the JSON form of this report, labnet import --json, lists them all)."


# -- the wizard ------------------------------------------------------------------------

def standards_csv(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Item code", "Substance", "CAS No", "Purity", "Unit", "Quantity", "Date received",
                         "Status", "Shelf remarks"])
        writer.writerow(["RS-1", "Cocaine hydrochloride", "53-21-4", "99.1", "mg", "100", days(-30), "in use", "x"])
    return path


def test_the_wizard_says_the_column_mapping_note_in_french(qapp, qtbot, tasks, tmp_path):
    i18n.install(qapp, "fr")  # conftest puts English back before the next test
    wizard = ImportWizard(tasks, "reference_sample", None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].path.setText(str(standards_csv(tmp_path / "standards.csv")))
    wizard.next()
    assert wizard.mapping["Shelf remarks"] is None  # the wizard names every column: "ignore" is a choice
    wizard.next()
    preview = wizard.pages[2]
    assert wizard.currentPage() is preview and wizard.preview is not None
    [note] = wizard.preview.info
    assert note == "As chosen in the column mapping, “Shelf remarks” was not imported."  # the core's English
    assert preview.notes.text() == say(note) == ("Comme choisi dans la correspondance des colonnes, "
                                                 "“Shelf remarks” n'a pas été importée.")
    wizard.next()
    wizard.next()  # all rows: nothing to leave out
    assert wizard.report.written
    details = wizard.pages[4].details.text()
    assert "Comme choisi dans la correspondance des colonnes" in details and "As chosen" not in details
