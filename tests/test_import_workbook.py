"""The import of a workbook read twice from its XML a chunk at a time, in bounded memory (issue 23).

- the streamed import leaves exactly the catalogue (records, change log and its digests, audit, search
  index) and the report the whole-table import leaves: typed cells, dates, text numbers whose decimal
  comma only the last row shows, a column without a header holding values, blank rows, a title above
  the header, a second sheet noted, a re-import with updates, --skip-invalid, a refused file;
- the sheet is never held: the reading is pulled a chunk at a time, never far ahead of what is written;
- a workbook the streaming reader leaves aside (an error cell) is imported as before, whole.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from labnet.catalogue import import_workbook, importing, integrity, tabular_sheet_stream
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue
from test_import_streaming import fixed_clock, snapshot  # noqa: F401  (a fixture)

CHUNK = import_workbook.CHUNK
HEADER = ["lab_sample_number", "seizure_date", "drug_type", "form", "purity", "adulterants", "peak:caffeine",
          "peak:DPIA", "analysed_on", "notes", None, "stray"]


def row(i: int, caffeine: str | float = "", purity: object = None, date: object = None) -> list[object]:
    return [f"LS-{i:05d}", date or dt.datetime(2024, 3, 1 + i % 28), "amphetamine", "powder",
            purity if purity is not None else 10 + i % 80 + 0.5, "caffeine; glucose", caffeine, i % 7 + 0.25,
            "2024-04-01", f"row {i} & <more>", "kept out" if i % 500 == 3 else None, None]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    """Profiles on a sheet "Data" under a blank row, with a notes sheet before it; openpyxl's write-only
    mode, as LabNet exports (inline strings)."""
    wb = openpyxl.Workbook(write_only=True)
    notes = wb.create_sheet("Read me")
    notes.append(["Profiles of the month"])
    ws = wb.create_sheet("Data")
    ws.append([])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def profiles(path: Path, n: int, **last: object) -> Path:
    """The peak areas of caffeine are "1,234"-like text (a comma that could group thousands) except in
    the very last row, the only one that shows the comma is decimal; blank rows here and there."""
    rows = [row(i, caffeine=f"{1 + i % 9},{i % 1000:03d}") for i in range(n - 1)]
    rows[10:10] = [[None] * 4]
    rows.append(row(n - 1, caffeine="12,5", **last))
    return workbook(path, rows)


def run(data: Path, files: list[Path], whole: bool, monkeypatch, **options) -> tuple[dict, list]:
    streamed: list[bool] = []
    real = import_workbook.import_workbook

    def spy(*args, **kw):
        found = None if whole else real(*args, **kw)
        streamed.append(found is not None)
        return found
    monkeypatch.setattr(importing, "import_workbook", spy)
    reports = []
    with Catalogue.open(data, user="amina") as cat:
        for f in files:
            reports.append(import_file(cat, "profiling_result", f, **options).to_dict())
        assert integrity.verify(cat.conn, data / "attachments").ok
    assert streamed == [not whole] * len(files)
    return snapshot(data), reports


def test_streamed_workbook_import_leaves_the_catalogue_the_whole_table_import_leaves(tmp_path, monkeypatch,
                                                                                     fixed_clock):
    first = profiles(tmp_path / "first.xlsx", 2 * CHUNK + 500)
    rows = [row(i, caffeine=f"{1 + i % 9},{i % 1000:03d}") for i in range(2 * CHUNK + 500)]
    rows[5][3] = "tablet"                                              # a re-import: updates and inserts
    rows.append(row(9999, caffeine="3,5"))
    second = workbook(tmp_path / "second.xlsx", rows)

    whole, whole_reports = run(tmp_path / "whole", [first, second], True, monkeypatch)
    fixed_clock()
    streamed, streamed_reports = run(tmp_path / "streamed", [first, second], False, monkeypatch)
    for key in ("records", "changes", "audit", "search"):
        assert streamed[key] == whole[key], key
    assert streamed_reports == whole_reports
    assert whole_reports[0]["inserted"] == 2 * CHUNK + 500 and whole_reports[1]["updated"] == 2  # row 5, the last row
    assert any("no header" in w for w in whole_reports[0]["warnings"])      # column K's values
    conn = sqlite3.connect(tmp_path / "streamed" / "catalogue.db")
    peaks = conn.execute("SELECT peaks FROM profiling_results WHERE lab_sample_number = 'LS-00001'").fetchone()[0]
    conn.close()
    assert '"caffeine":2.001' in peaks    # read by the last row's comma; stored canonical (PeakTable.to_sql)


@pytest.mark.parametrize("options", [{"skip_invalid": True}, {}, {"dry_run": True}, {"decimal": "point"}])
def test_bad_rows_and_options_streamed_are_the_whole_table_import(options, tmp_path, monkeypatch, fixed_clock):
    rows = [row(i, caffeine=f"{i % 9},5") for i in range(2 * CHUNK + 10)]
    rows[700] = list(rows[3])                                             # a repeated key in chunk 1
    rows[-1][4] = "high"                                                  # not a number, in the last chunk
    f = workbook(tmp_path / "bad.xlsx", rows)
    whole, whole_reports = run(tmp_path / "whole", [f], True, monkeypatch, **options)
    fixed_clock()
    streamed, streamed_reports = run(tmp_path / "streamed", [f], False, monkeypatch, **options)
    assert streamed == whole and streamed_reports == whole_reports
    if options == {"skip_invalid": True}:
        assert whole_reports[0]["skipped"] == 2 and whole_reports[0]["inserted"] == 2 * CHUNK + 8
    elif not options.get("dry_run"):
        assert not whole["records"]                                       # all or nothing


def test_the_sheet_is_read_a_chunk_at_a_time_never_whole(cat, tmp_path, monkeypatch):
    """The XML is read through once (the list of sheets, their headers and the choice read their first
    rows only), the rows kept a chunk at a time in a temporary file and taken back from it never more
    than a chunk ahead of what is written; calamine never parses the sheet."""
    f = profiles(tmp_path / "big.xlsx", 5 * CHUNK)
    readings: list[list[int]] = []   # rows given by each reading of a sheet's XML
    spooled = [0]
    real_rows, real_spooled = tabular_sheet_stream.StreamBook.rows, import_workbook._spooled

    def rows(*args):
        readings.append([0])
        for r in real_rows(*args):
            readings[-1][0] += 1
            yield r

    def kept(*args):
        for r in real_spooled(*args):
            spooled[0] += 1
            yield r
    monkeypatch.setattr(tabular_sheet_stream.StreamBook, "rows", rows)
    monkeypatch.setattr(import_workbook, "_spooled", kept)
    monkeypatch.setattr(tabular_sheet_stream, "_BLOCK", 1 << 14)   # the XML inflated 16 KiB at a time
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", None)
    ahead = []

    def progress(done: int, total: int) -> None:
        ahead.append(spooled[0] - done)
    report = import_file(cat, "profiling_result", f, progress=progress)
    assert report.inserted == 5 * CHUNK
    assert ahead and max(ahead) <= CHUNK           # the chunk after the one written, at the most
    assert sorted(n for [n] in readings)[-2:] == [3, 5 * CHUNK + 3]   # read through once


def test_a_workbook_the_stream_leaves_aside_is_imported_whole_as_before(cat, tmp_path):
    f = workbook(tmp_path / "plain.xlsx", [row(i) for i in range(3)])
    xml_escape = workbook(tmp_path / "escape.xlsx", [row(0), row(1)[:9] + ["line_x000D_break"], row(2)])
    for path in (f, xml_escape):
        with pytest.raises(tabular_sheet_stream._StreamDiffers) if path is xml_escape else _nothing():
            tabular_sheet_stream.read_streamed(path, "Data", None, None)
    report = import_file(cat, "profiling_result", xml_escape)
    assert report.inserted == 3


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def _failing_after(rows, n: int, exc: Exception):
    for i, r in enumerate(rows):
        if i == n:
            raise exc
        yield r


def test_a_readers_failure_leaves_the_file_to_the_whole_import_but_a_bug_of_the_import_surfaces(cat, tmp_path,
                                                                                                 monkeypatch):
    """The streaming reader failing mid-sheet (a damaged stream) or openpyxl failing (a workbook with an
    error cell) leaves the file to the whole-table import, which reads it as always; a failure of the
    import's own code is raised, never taken for the file's (it was: ``except Exception: return None``)."""
    import zlib

    from labnet.catalogue import tabular_sheet_aside

    plain = profiles(tmp_path / "plain.xlsx", CHUNK + 50)
    error = workbook(tmp_path / "error.xlsx", [row(i) for i in range(CHUNK + 50)])
    wb = openpyxl.load_workbook(error)   # an error cell in the notes column of row 5
    wb["Data"]["J5"].value = "#N/A"
    wb["Data"]["J5"].data_type = "e"
    wb.save(error)
    chunked: list[bool] = []
    real = import_workbook.import_workbook

    def spy(*args, **kw):
        found = real(*args, **kw)
        chunked.append(found is not None)
        return found
    monkeypatch.setattr(importing, "import_workbook", spy)
    real_rows, real_values = tabular_sheet_stream.StreamBook.rows, tabular_sheet_aside.openpyxl_values
    with monkeypatch.context() as m:   # the chunked reading sets cells aside: the whole reading's does not
        m.setattr(tabular_sheet_stream.StreamBook, "rows", lambda self, part, aside=False: _failing_after(
            real_rows(self, part, aside), 500, zlib.error("invalid stored block lengths")) if aside
            else real_rows(self, part, aside))
        assert import_file(cat, "profiling_result", plain, dry_run=True).inserted == CHUNK + 50
    with monkeypatch.context() as m:
        m.setattr(tabular_sheet_aside, "openpyxl_values", lambda ws: _failing_after(
            real_values(ws), 500, KeyError("damaged")))
        failed = import_file(cat, "profiling_result", error, dry_run=True).to_dict()
    assert chunked == [False, False]
    assert import_file(cat, "profiling_result", error, dry_run=True).to_dict() == failed
    assert chunked[-1] is True and failed["rows_read"] == CHUNK + 50   # read in chunks when nothing fails
    monkeypatch.setattr(import_workbook, "_gather", lambda *args: 1 / 0)
    for f in (plain, error):
        with pytest.raises(ZeroDivisionError):
            import_file(cat, "profiling_result", f, dry_run=True)
