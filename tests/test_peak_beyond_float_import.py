"""A peak area float64 cannot hold is a refused row of the catalogue import, with its reason: in a peak column, in a
peaks column's "compound=area" text or JSON, in a CSV or an XLSX (whose number cell can hold 1e400 or 400 digits);
the record store refuses it too.  What float64 holds is imported as before."""
from __future__ import annotations

import zipfile

import openpyxl
import pytest

from factories import profile
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.importing import import_file

BIG = "1" + "0" * 400


def _report(cat, path):
    report = import_file(cat, "profiles", path, skip_invalid=True)
    return report, {p.row_number: (p.column, p.reason) for p in report.problems}


@pytest.mark.parametrize("cell", ["1e400", "-1e400", BIG, "-" + BIG, "NaN", "Infinity", "-Infinity"])
def test_a_peak_column_cell_past_float64_is_a_refused_row_and_the_good_rows_are_imported(cat, tmp_path, cell):
    f = tmp_path / "p.csv"
    f.write_text(f"sample,drug,peak:caffeine\nLS-1,cocaine,{cell}\nLS-2,cocaine,1e300\nLS-3,cocaine,9007199254740993\n")
    report, problems = _report(cat, f)
    assert list(problems) == [2] and problems[2][0] == "peak:caffeine"
    assert report.inserted == 2


@pytest.mark.parametrize("cell", ["P2P=1e400", "P2P=-1e400", f"P2P={BIG}", f'"{{""P2P"": {BIG}}}"',
                                  '"{""P2P"": 1e400}"', '"{""P2P"": -1e400}"', '"{""P2P"": Infinity}"',
                                  '"{""P2P"": NaN}"'])
def test_a_peaks_column_area_past_float64_is_a_refused_row_not_an_infinity_stored(cat, tmp_path, cell):
    """"P2P=1e400" in a peaks column was stored as {"P2P": Infinity} before."""
    f = tmp_path / "p.csv"
    f.write_text(f"sample,drug,peaks\nLS-1,cocaine,{cell}\nLS-2,cocaine,P2P=2\n")
    report, problems = _report(cat, f)
    assert list(problems) == [2] and problems[2][0] == "peaks" and "P2P" in problems[2][1]
    assert report.inserted == 1


def test_an_xlsx_number_cell_past_float64_is_a_refused_row(cat, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["sample", "drug", "peak:caffeine"])
    for row, value in enumerate([1.5e300, 2.5e300, 3.5e300, 1e300], start=1):
        sheet.append([f"X-{row}", "cocaine", value])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    # A workbook another program wrote: number cells openpyxl will not write (1e400, 400 digits, their negatives).
    path = tmp_path / "p.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                for written, hostile in ((b"1.5e+300", b"1e400"), (b"2.5e+300", BIG.encode()),
                                         (b"3.5e+300", b"-" + BIG.encode())):
                    assert written in data
                    data = data.replace(written, hostile)
            out.writestr(item, data)
    report, problems = _report(cat, path)
    assert sorted(problems) == [2, 3, 4] and {c for c, _ in problems.values()} == {"peak:caffeine"}
    assert report.inserted == 1


@pytest.mark.parametrize("peaks", [{"P2P": 10**400}, {"P2P": -10**400}, {"P2P": float("inf")}, {"P2P": float("nan")},
                                   "P2P=1e400", '{"P2P": 1e400}', f"P2P={BIG}"])
def test_the_record_store_refuses_a_peak_past_float64(cat, peaks):
    with pytest.raises(CatalogueError, match="P2P"):
        cat.add("profiling_result", profile(peaks=peaks))
