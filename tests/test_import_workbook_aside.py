"""A workbook holding what the streaming reader leaves aside, imported in chunks (issue 23).

For each kind of cell ``tabular_sheet_stream`` does not read itself (an ISO date cell, a negative
duration, number formats it does not know, an error cell, a 17-digit number, Excel's ``_xHHHH_``
escape), the same workbook imported in chunks and imported whole (``importing._import`` on the table
``read_table`` reads, the import before issue 23's fallback) leaves the same catalogue (records, change
log and its digests, audit, search index) and the same report; and the chunked import never has
calamine parse the workbook's sheet whole (``CalamineWorkbook.from_path``).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import python_calamine

from labnet.catalogue import import_workbook, tabular_sheet_aside
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue
from labnet.catalogue.tabular import read_table, sheet_headers, workbook_sheets
from labnet.catalogue.tabular_sheet_formats import _StreamDiffers
from test_import_streaming import fixed_clock  # noqa: F401  (a fixture)
from test_import_workbook import CHUNK, run
from test_tabular_calamine import typed
from test_xlsx_stream import STYLES, excel_like, sheet

HEADER = ["lab_sample_number", "seizure_date", "drug_type", "form", "purity", "adulterants", "peak:caffeine",
          "peak:DPIA", "analysed_on", "notes"]
LETTERS = "ABCDEFGHIJ"
# Styles 6-8 beside test_xlsx_stream's: a duration, a format with a condition, a locale's built-in format.
ODD_STYLES = STYLES.replace('<cellXfs count="6">', '<cellXfs count="9">').replace(
    "</cellXfs>", '<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="30"/></cellXfs>').replace(
    '<numFmts count="1">', '<numFmts count="3"><numFmt numFmtId="165" formatCode="[h]:mm:ss"/>'
    '<numFmt numFmtId="166" formatCode="[&lt;=9999999]###-####;(###) ###-####"/>')

# kind -> (column, the cell's attributes and content): each set in rows 7 and 2*CHUNK+7
ODD = {
    "iso date": ("B", ' t="d"', "<v>2024-03-05T00:00:00</v>"),
    "iso date and time": ("B", ' t="d"', "<v>2024-03-05T10:30:00</v>"),
    "negative duration": ("J", ' s="6"', "<v>-0.25</v>"),
    "format with a condition": ("E", ' s="7"', "<v>42.5</v>"),
    "locale's built-in format": ("E", ' s="8"', "<v>43.25</v>"),
    "error cell": ("J", ' t="e"', "<v>#N/A</v>"),
    "17 digits": ("J", "", "<v>12345678901234567</v>"),
    "escape": ("J", ' t="inlineStr"', "<is><t>line_x000D_break</t></is>"),
    "dates from 1904": ("B", ' s="4"', "<v>42000.5</v>"),     # and every date of the sheet (date1904)
}


def _text(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def date1904(path: Path) -> Path:
    """The workbook counting its dates from 1904 (old Mac Excel): the streaming reader sets every date aside."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b"<sheets>", b'<workbookPr date1904="1"/><sheets>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in parts.items():
            zf.writestr(name, blob)
    return path


def odd_workbook(path: Path, kind: str | None, n: int = 2 * CHUNK + 40, at: tuple[int, ...] = (7, 2 * CHUNK + 7),
                 dimension: bool = True) -> Path:
    """``n`` profiles on sheet "Data" (after a blank sheet), written as Excel writes a workbook; a cell of
    ``kind`` in rows ``at`` (7 and 2*CHUNK+7: the first and the third chunk).  Without ``dimension``, the
    sheet does not say its size (as openpyxl writes it): the list of sheets, the headers and the first
    rows are then read by calamine, not openpyxl (``tabular_calamine._openpyxl_streams``)."""
    rows = ['<row r="1">' + "".join(_text(f"{c}1", h) for c, h in zip(LETTERS, HEADER)) + "</row>"]
    for r in range(2, n + 2):
        cells = {
            "A": _text(f"A{r}", f"LS-{r:05d}"), "B": f'<c r="B{r}" s="1"><v>{42000 + r % 300}</v></c>',
            "C": _text(f"C{r}", "amphetamine"), "D": _text(f"D{r}", "powder"),
            "E": f'<c r="E{r}"><v>{10 + r % 80}.5</v></c>', "F": _text(f"F{r}", "caffeine; glucose"),
            "G": _text(f"G{r}", f"{1 + r % 9},{r % 10}"), "H": f'<c r="H{r}"><v>{r % 7}.25</v></c>',
            "I": _text(f"I{r}", "2024-04-01"), "J": _text(f"J{r}", f"row {r}"),
        }
        if kind is not None and r in at:
            column, attrs, content = ODD[kind]
            cells[column] = f'<c r="{column}{r}"{attrs}>{content}</c>'
        rows.append(f'<row r="{r}">' + "".join(cells[c] for c in LETTERS) + "</row>")
    data = sheet("".join(rows))
    made = excel_like(path, data if dimension else data.replace('<dimension ref="A1:F9"/>', ""), styles=ODD_STYLES)
    return date1904(made) if kind == "dates from 1904" else made


@pytest.fixture(scope="module")
def odd_book(tmp_path_factory) -> Callable[[str], Path]:
    """``odd_workbook(…, kind)`` made once for the module's tests (read only: never changed by a test)."""
    made: dict[str, Path] = {}

    def book(kind: str) -> Path:
        if kind not in made:
            made[kind] = odd_workbook(tmp_path_factory.mktemp("odd") / "odd.xlsx", kind)
        return made[kind]
    return book


@pytest.mark.parametrize("kind", sorted(ODD))
def test_a_workbook_the_stream_leaves_aside_imports_in_chunks_as_it_did_whole(kind, odd_book, tmp_path, monkeypatch,
                                                                              fixed_clock):
    f = odd_book(kind)
    used = {"calamine": 0, "openpyxl": 0}
    real_resolve, real_openpyxl = tabular_sheet_aside.CalamineCells.resolve, import_workbook.openpyxl_rows

    def resolve(self, rows):
        used["calamine"] += 1
        return real_resolve(self, rows)

    def by_openpyxl(*args):
        used["openpyxl"] += 1
        return real_openpyxl(*args)
    whole, whole_reports = run(tmp_path / "whole", [f], True, monkeypatch)
    fixed_clock()
    monkeypatch.setattr(tabular_sheet_aside.CalamineCells, "resolve", resolve)
    monkeypatch.setattr(import_workbook, "openpyxl_rows", by_openpyxl)
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", None)   # never the whole sheet
    chunked, chunked_reports = run(tmp_path / "chunked", [f], False, monkeypatch)
    assert chunked == whole and chunked_reports == whole_reports
    # every row imported, or (a locale's date format in the purity column) the same refusal of rows 7 and 2007
    report = whole_reports[0]
    if kind == "locale's built-in format":
        assert report["inserted"] == 0 and [p["row"] for p in report["problems"]] == [7, 2 * CHUNK + 7]
        assert "is not a number" in report["problems"][0]["reason"]
    else:
        assert report["inserted"] == 2 * CHUNK + 40 and not report["problems"]
    # the cells set aside read by the reader the whole reading uses
    expected = {"error cell": {"calamine": 0, "openpyxl": 1},   # a worksheet with an error cell: openpyxl's
                "17 digits": {"calamine": 1, "openpyxl": 1},    # calamine's float met, then openpyxl's
                "dates from 1904": {"calamine": 3, "openpyxl": 0}}  # every chunk has dates
    assert used == expected.get(kind, {"calamine": 2, "openpyxl": 0})


@pytest.mark.parametrize("kind", ["iso date", "negative duration", "locale's built-in format", "escape",
                                  "dates from 1904"])
def test_cells_set_aside_are_the_values_calamine_reads_in_the_whole_sheet(kind, odd_book, tmp_path, monkeypatch):
    """The value of each cell set aside, as the import in chunks reads it, is the whole reading's."""
    f = odd_book(kind)
    whole = read_table(f)
    column, _, _ = ODD[kind]
    seen = []
    real = import_workbook._first_reading

    def first_reading(rt, rows, *args):
        kept = list(rows)
        seen.extend(kept)
        return real(rt, iter(kept), *args)
    monkeypatch.setattr(import_workbook, "_first_reading", first_reading)
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        import_file(cat, "profiling_result", f, dry_run=True)
    assert [n for n, _ in seen] == whole.row_numbers
    assert typed([row for _, row in seen]) == typed([row[:len(r)] for row, (_, r) in zip(whole.rows, seen)])
    index = "ABCDEFGHIJ".index(column)
    assert typed([[seen[5][1][index]]]) == typed([[whole.rows[5][index]]])      # row 7, the odd cell
    assert not isinstance(seen[5][1][index], str) or kind == "escape"


def test_a_workbook_openpyxl_reads_whole_is_read_by_it_in_chunks_when_the_stream_cannot(tmp_path, monkeypatch,
                                                                                         fixed_clock):
    """Shared strings the streaming reader does not read (an escape ``_x000D_``) in a workbook with an error
    cell: the whole reading reads it with openpyxl, and so does the import in chunks, row by row."""
    f = odd_workbook(tmp_path / "odd.xlsx", "error cell")
    with zipfile.ZipFile(f) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(b"</sst>", b"<si><t>a_x000D_b</t></si></sst>")
    with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in parts.items():
            zf.writestr(name, blob)
    whole, whole_reports = run(tmp_path / "whole", [f], True, monkeypatch)
    fixed_clock()
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", None)
    chunked, chunked_reports = run(tmp_path / "chunked", [f], False, monkeypatch)
    assert chunked == whole and chunked_reports == whole_reports
    assert whole_reports[0]["rows_read"] == 2 * CHUNK + 40


@pytest.mark.parametrize("kind", ["iso date", "negative duration", "escape", "17 digits", "error cell"])
def test_sheets_headers_and_first_rows_read_as_calamine_reads_them_without_its_whole_parse(kind, tmp_path,
                                                                                           monkeypatch):
    """A sheet that does not say its size, its first row of data holding a cell set aside: the list of
    sheets, the headers, a preview and the import's choice of the header (``read_source(limit=0)``) were
    read by calamine parsing the whole sheet (526 MB at the peak of a 100,000-row import); read now from
    the stream with those cells read by calamine alone, the same."""
    f = odd_workbook(tmp_path / "odd.xlsx", kind, n=300, at=(2, 250), dimension=False)

    def read() -> tuple:
        return (workbook_sheets(f), sheet_headers(f, ["Data"]), typed(read_table(f, limit=5).rows),
                typed(read_table(f, "Data", header_row=1, limit=260).rows))

    def before(*args) -> None:
        raise _StreamDiffers()
    with monkeypatch.context() as m:
        for name in ("read_aside", "aside_sheets", "aside_headers"):
            m.setattr(tabular_sheet_aside, name, before)   # calamine's whole parse, as before
        expected = read()
    if kind not in ("17 digits", "error cell"):   # calamine's float hands the sheet to openpyxl, as before
        monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", None)
    assert read() == expected
    assert len(expected[3]) == 260
