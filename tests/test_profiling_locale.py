"""Profile files read as the catalogue's import reads numbers (issue 14's follow-up): ``1.234`` in a peak-area
column is 1.234 with a decimal point and 1234 with a decimal comma, so it is read by its column's convention,
by the one given (--decimal-point / --decimal-comma), or refused with its row and column — never by ``float()``.

Each test writes a real file and drives ``read_file_population`` or ``labnet profiles …``.
"""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from labnet import cli
from labnet.catalogue.errors import CatalogueError
from labnet.profiling.file_numbers import MAX_LISTED, UnclearNumbers
from labnet.profiling.filetable import read_file_population

# Three batches of three profiles; areas with three decimals, as a GC-MS export writes them.
AREAS = {"A1": (12.5, 0.25, 30.0), "A2": (12.75, 0.3, 29.0), "A3": (12.25, 0.25, 31.5),
         "B1": (1234.5, 5.0, 1.0), "B2": (1230.0, 5.5, 1.25), "B3": (1240.0, 4.75, 1.0),
         "C1": (1.5, 1.0, 50.0), "C2": (1.25, 1.0, 49.5), "C3": (1.75, 1.25, 51.0)}


def write_csv(path, rows, delimiter=","):
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(["id", "batch", "Purity", "peak:a", "peak:b", "peak:c"])
        for r in rows:
            writer.writerow(r)
    return path


def plain_rows():
    return [[k, k[0], "50", *(repr(v) for v in areas)] for k, areas in AREAS.items()]


def run(capsys, *argv):
    code = cli.main(["profiles", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("cell", ["1.234", "12,500"])
def test_a_peak_area_that_reads_two_ways_is_refused_with_its_row_and_column(tmp_path, capsys, cell):
    rows = plain_rows()
    for r in rows:
        r[3] = r[3].split(".")[0]   # the column's other areas are whole numbers: nothing shows the separator
    rows[1][3] = cell                 # row 3 as Excel numbers it (the header is row 1)
    path = write_csv(tmp_path / "p.csv", rows)
    with pytest.raises(UnclearNumbers) as caught:
        read_file_population(path, "id", "batch")
    [problem] = caught.value.problems
    assert (problem.row_number, problem.column, problem.value) == (3, "peak:a", cell)
    code, out, err = run(capsys, "evaluate", path, "--id-column", "id", "--group-column", "batch")
    assert code == 2 and not out
    one, other = ("1.234", "1234") if cell == "1.234" else ("12500", "12.5")
    assert f"Row 3, column “peak:a”: “{cell}” is {one} in a file with a decimal point but {other} in a file with " \
           "a decimal comma" in err
    assert f"write it as {one} or {other} without a thousands separator" in err
    assert "--decimal-point or --decimal-comma" in err and "Nothing was read from p.csv" in err


def test_a_decimal_comma_beside_decimal_points_is_refused_naming_each_cell(tmp_path, capsys):
    rows = plain_rows()
    rows[4][4] = "5,5"   # B2's peak:b; the column's other areas are written 0.25, 5.0 …
    path = write_csv(tmp_path / "p.csv", rows)
    code, _, err = run(capsys, "link", path, "--id-column", "id", "--pretreatment", "N", "--metric", "pearson",
                       "--threshold", "99", "--out", tmp_path / "links.csv")
    assert code == 2 and not (tmp_path / "links.csv").exists()
    assert err.count("Row ") == 9   # which convention is meant cannot be told: every cell with a separator
    assert "Row 6, column “peak:b”: “5,5” is written with a decimal comma, but other cells of this column use " \
           "the other decimal separator" in err
    # Told the file writes decimal points, the comma contradicts it: still refused, with the row.
    with pytest.raises(UnclearNumbers, match="said to use a decimal point") as caught:
        read_file_population(path, "id", "batch", decimal="point")
    assert [(p.row_number, p.column) for p in caught.value.problems] == [(6, "peak:b")]


@pytest.mark.parametrize("decimal, a, b", [("point", 1.234, 12500.0), ("comma", 1234.0, 12.5)])
def test_the_separator_given_reads_every_two_way_cell(tmp_path, capsys, decimal, a, b):
    rows = [[k, k[0], "50", "10", "20", "30"] for k in AREAS]
    rows[0][3], rows[3][3] = "1.234", "12,500"
    path = write_csv(tmp_path / "p.csv", rows)
    population = read_file_population(path, "id", "batch", decimal=decimal)
    values = dict(zip(population.labels, population.values[:, 0].tolist()))
    assert (values["A1"], values["B1"], values["C1"]) == (a, b, 10.0)
    out_csv = tmp_path / "links.csv"
    code, out, err = run(capsys, "link", path, "--id-column", "id", "--pretreatment", "none", "--metric",
                         "euclidean", "--threshold", "0.5", "--out", out_csv, f"--decimal-{decimal}", "--json")
    assert code == 0, err
    assert json.loads(out)["profiles"] == 9 and out_csv.exists()


def test_a_decimal_comma_file_reads_as_its_decimal_point_twin(tmp_path, capsys):
    # A European export: semicolons, decimal commas, "12,500" twelve and a half, "1.234,5" with a thousands point.
    def comma(v: float) -> str:
        whole, _, decimals = repr(v).partition(".")
        return f"{int(whole):,}".replace(",", ".") + "," + decimals

    rows = [[k, k[0], "12,5", *(comma(v) for v in areas)] for k, areas in AREAS.items()]
    rows[0][3] = "12,500"     # written with three decimals: 12.5 in this column, 12500 with a decimal point
    assert rows[3][3:] == ["1.234,5", "5,0", "1,0"]
    eu = write_csv(tmp_path / "eu.csv", rows, delimiter=";")
    us = write_csv(tmp_path / "us.csv", plain_rows())
    population = read_file_population(eu, "id", "batch")
    assert population.values.tolist() == [list(v) for v in AREAS.values()]
    assert population.unused == ["Purity"]       # "12,5" is a number, reported as not used
    reports = []
    for path in (eu, us):
        code, out, err = run(capsys, "evaluate", path, "--id-column", "id", "--group-column", "batch",
                             "--pretreatment", "N", "--resamples", "20", "--json")
        assert code == 0, err
        reports.append(json.loads(out))
    assert reports[0]["combinations"] == reports[1]["combinations"]
    assert reports[0]["provenance"]["data_sha256"] == reports[1]["provenance"]["data_sha256"]


def test_text_cells_of_a_workbook_are_judged_and_number_cells_are_numbers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "batch", "peak:a", "peak:b"])
    for k, (a, b, _) in AREAS.items():
        ws.append([k, k[0], a, b])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    population = read_file_population(path, "id", "batch")
    assert population.values[:, 0].tolist() == [v[0] for v in AREAS.values()]
    ws["C5"] = "1.234"   # typed as text into a column of number cells
    wb.save(path)
    with pytest.raises(UnclearNumbers) as caught:
        read_file_population(path, "id", "batch")
    assert [(p.row_number, p.column, p.value) for p in caught.value.problems] == [(5, "peak:a", "1.234")]


def test_every_unclear_cell_is_kept_and_the_message_lists_the_first(tmp_path):
    rows = [[f"P{i}", f"g{i % 3}", "1", "1.234", "2", "3"] for i in range(MAX_LISTED + 5)]
    path = write_csv(tmp_path / "p.csv", rows)
    with pytest.raises(UnclearNumbers) as caught:
        read_file_population(path, "id", "batch")
    assert [p.row_number for p in caught.value.problems] == list(range(2, MAX_LISTED + 7))
    text = str(caught.value)
    assert text.count("Row ") == MAX_LISTED and "… and 5 more cells like these" in text


def test_a_negative_written_with_a_decimal_comma_is_still_refused_without_signed(tmp_path):
    rows = [[k, k[0], "50", "10", "20", "30"] for k in AREAS]
    rows[2][5] = "-1,5"
    path = write_csv(tmp_path / "p.csv", rows, delimiter=";")
    with pytest.raises(CatalogueError, match=r"negative value .*row 4: -1,5"):
        read_file_population(path, "id", "batch", decimal="comma")


def test_not_a_number_still_leaves_its_profile_out_with_the_reason(tmp_path):
    rows = plain_rows()
    rows[0][3] = "n/a"
    population = read_file_population(write_csv(tmp_path / "p.csv", rows), "id", "batch")
    assert "A1" not in population.labels and "not a number" in dict(population.rejected)["A1"]


def test_encoding_also_reads_a_lookup_file(tmp_path, capsys):
    profiles = write_csv(tmp_path / "p.csv", plain_rows())
    lookup = tmp_path / "lookup.csv"
    lookup.write_bytes("id,партия\n".encode("cp1251") + "".join(
        f"{k},{'проба-' + k[0]}\n" for k in AREAS).encode("cp1251"))
    argv = ["evaluate", profiles, "--id-column", "id", "--linked-if", "партия", "--lookup", lookup,
            "--lookup-key", "id", "--pretreatment", "N", "--metric", "pearson", "--resamples", "20", "--json"]
    code, out, err = run(capsys, *argv, "--encoding", "cp1251")
    assert code == 0, err
    assert json.loads(out)["groups"] == 3


def test_file_reading_options_without_a_file_are_refused(capsys):
    code, _, err = run(capsys, "link", "--decimal-comma")
    assert code == 2 and "--decimal-comma go with a FILE" in err
