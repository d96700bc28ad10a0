"""Imports that cannot be misread (issue 14): locale-dependent numbers, legacy encodings, sheets, exit codes.

Each test drives ``import_file`` or ``labnet import`` on a real file written here.
"""

import io
import json

import openpyxl
import pytest

from factories import days
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue
from labnet.cli import main

POINT, COMMA = "point", "comma"  # catalogue.numbers.POINT / COMMA


def write(path, text: str, encoding: str = "utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def cli(data_dir, *argv):
    return main(["--data-dir", str(data_dir), "--user", "amina", *argv])


def samples(cat):
    return {r["inventory_code"]: r for r in cat.iter_records("reference_sample")}


def profiles(cat):
    return {r["lab_sample_number"]: r for r in cat.iter_records("profiling_result")}


HEAD = "Code,Substance,Received,Status,Quantity,Unit\n"


def sample_rows(*quantities: str, sep: str = ",") -> str:
    head = HEAD.replace(",", sep)
    rows = "".join(sep.join([f"RS-{i}", "Cocaine HCl", days(-5), "in use", f'"{q}"' if sep in q else q, "mg"]) + "\n"
                   for i, q in enumerate(quantities, 1))
    return head + rows


# --- numbers --------------------------------------------------------------------------------

@pytest.mark.parametrize("cell,one,other", [("12,500", "12500", "12.5"), ("1.234", "1.234", "1234")])
def test_a_number_that_reads_two_ways_is_refused_with_row_column_and_what_to_write(cat, tmp_path, cell, one, other):
    f = write(tmp_path / "s.csv", sample_rows("100", cell))
    report = import_file(cat, "reference-samples", f)
    assert report.refused and not report.written, report.to_text()
    [problem] = report.problems
    assert (problem.row_number, problem.column, problem.value) == (3, "Quantity", cell)
    assert f"is {one} in a file with a decimal point but {other} in a file with a decimal comma" in problem.reason
    assert "--decimal-point or --decimal-comma" in problem.reason
    assert cat.count("reference_sample") == 0


def test_a_decimal_comma_in_a_column_that_also_uses_decimal_points_is_refused(cat, tmp_path):
    f = write(tmp_path / "s.csv", sample_rows("2.25", "1,5", "3"))
    report = import_file(cat, "reference-samples", f)
    assert report.refused
    by_row = {p.row_number: p for p in report.problems}
    assert set(by_row) == {2, 3}  # which of the two conventions is meant cannot be told; 3 is plain
    assert by_row[3].column == "Quantity" and by_row[3].value == "1,5"
    assert "other cells of this column use the other decimal separator" in by_row[3].reason


def test_the_cli_refuses_12_500_and_accepts_it_once_the_decimal_separator_is_given(tmp_path, capsys):
    data = tmp_path / "data"
    f = write(tmp_path / "s.csv", sample_rows("12,500", "40"))
    assert cli(data, "import", "--kind", "reference-samples", str(f)) == 2
    out, err = capsys.readouterr()
    assert "Row 2, column “Quantity”: “12,500”" in out and "--decimal-comma" in out
    assert cli(data, "import", "--kind", "reference-samples", "--decimal-point", str(f)) == 0
    with Catalogue.open(data, user="amina") as cat:
        assert samples(cat)["RS-1"]["quantity"] == 12500.0
    f2 = write(tmp_path / "s2.csv", sample_rows("12,500", "1.234", "0,5").replace("RS-", "EU-"))
    assert cli(data, "import", "--kind", "reference-samples", "--decimal-comma", str(f2)) == 0
    with Catalogue.open(data, user="amina") as cat:
        got = {k: r["quantity"] for k, r in samples(cat).items() if k.startswith("EU-")}
    assert got == {"EU-1": 12.5, "EU-2": 1234.0, "EU-3": 0.5}


def test_a_given_separator_refuses_the_cells_that_contradict_it(cat, tmp_path):
    f = write(tmp_path / "s.csv", sample_rows("1,5", "2"))
    report = import_file(cat, "reference-samples", f, decimal=POINT)
    [problem] = report.problems
    assert problem.row_number == 2 and "said to use a decimal point" in problem.reason


def test_a_column_that_shows_its_convention_reads_its_two_way_cells_by_it(cat, tmp_path):
    # Only ever decimal commas, never a thousands group: 12,500 is twelve and a half.
    f = write(tmp_path / "eu.csv", sample_rows("0,25", "12,500", "3"))
    report = import_file(cat, "reference-samples", f)
    assert report.written and not report.problems, report.to_text()
    assert {k: r["quantity"] for k, r in samples(cat).items()} == {"RS-1": 0.25, "RS-2": 12.5, "RS-3": 3.0}
    # 1,234.5 proves the comma groups thousands: 12,500 is twelve thousand five hundred.
    f = write(tmp_path / "us.csv", sample_rows("1,234.5", "12,500").replace("RS-", "US-"))
    report = import_file(cat, "reference-samples", f)
    assert report.written and not report.problems, report.to_text()
    assert samples(cat)["US-2"]["quantity"] == 12500.0 and samples(cat)["US-1"]["quantity"] == 1234.5


def test_plain_numbers_and_grouped_forms_keep_working(cat, tmp_path):
    f = write(tmp_path / "s.csv", sample_rows("12500", "12.5", "1e3", "7", "0.125"))
    report = import_file(cat, "reference-samples", f)
    assert report.written, report.to_text()
    assert [r["quantity"] for _, r in sorted(samples(cat).items())] == [12500.0, 12.5, 1000.0, 7.0, 0.125]
    # Spaces, no-break and narrow no-break spaces group thousands in either convention.
    f = write(tmp_path / "g.csv", sample_rows("1\u00a0234,5", "1\u202f234\u202f567", "12 500", "0,5",
                                              sep=";").replace("RS-", "G-"))
    report = import_file(cat, "reference-samples", f)
    assert report.written, report.to_text()
    got = [r["quantity"] for k, r in sorted(samples(cat).items()) if k.startswith("G-")]
    assert got == [1234.5, 1234567.0, 12500.0, 0.5]


@pytest.mark.parametrize("text,point,comma", [
    ("1.234,5", None, 1234.5), ("1,234.5", 1234.5, None), ("1 234,5", None, 1234.5), ("-1.234", -1.234, -1234.0),
    ("1,5e3", None, 1500.0), ("1.5E-3", 0.0015, None), ("0,250", None, 0.25), ("1.234.567", None, 1234567.0),
    ("12%", None, None), ("١٬٥٠٠٫٥", 1500.5, 1500.5), ("1_0", None, None), ("12 500", 12500.0, 12500.0),
])
def test_each_form_reads_as_its_conventions_allow(text, point, comma):
    from labnet.catalogue.numbers import readings
    assert readings(text) == (point, comma)


def test_negative_two_way_numbers_follow_their_column(cat, tmp_path):
    from labnet.catalogue.numbers import column_style
    style = column_style({"-1.234", "-0.5"})
    assert style.read("-1.234") == -1.234
    with pytest.raises(ValueError, match="could be|decimal comma"):
        column_style({"-1.234", "7"}).read("-1.234")
    assert column_style({"-1.234"}, COMMA).read("-1.234") == -1234.0


PEAKS_HEAD = "Lab sample number,Drug type,Seizure date,Country,Analysed on,Peak: caffeine,Peak: P2P\n"


def profile_row(n: int, caffeine: str, p2p: str) -> str:
    return f"LS-{n},amphetamine,2024-01-02,GH,{days(-2)},\"{caffeine}\",\"{p2p}\"\n"


def test_peak_areas_are_judged_per_column_and_in_a_text_peaks_column(cat, tmp_path):
    # caffeine's column shows decimal points; P2P's has only 1.234-like cells: refused there alone.
    f = write(tmp_path / "p.csv", PEAKS_HEAD + profile_row(1, "1.234", "1.234") + profile_row(2, "0.5", "n.d."))
    report = import_file(cat, "profiles", f)
    assert [(p.row_number, p.column) for p in report.problems] == [(2, "Peak: P2P")], report.to_text()
    report = import_file(cat, "profiles", f, decimal=COMMA)
    assert {p.column for p in report.problems} == {"Peak: caffeine"}  # 0.5 contradicts a decimal comma
    report = import_file(cat, "profiles", f, decimal=POINT)
    assert report.written and profiles(cat)["LS-1"]["peaks"] == {"caffeine": 1.234, "P2P": 1.234}

    text = ("Lab sample number,Drug type,Seizure date,Country,Analysed on,Peaks\n"
            f"LS-7,amphetamine,2024-01-02,GH,{days(-2)},caffeine=12,500; P2P=3\n")
    f = write(tmp_path / "t.csv", text.replace("caffeine=12,500; P2P=3", '"caffeine=12,500; P2P=3"'))
    report = import_file(cat, "profiles", f)
    [problem] = report.problems
    assert problem.column == "Peaks" and "caffeine" in problem.reason and "12500" in problem.reason
    report = import_file(cat, "profiles", f, decimal=POINT)
    assert report.written and profiles(cat)["LS-7"]["peaks"] == {"caffeine": 12500.0, "P2P": 3.0}


def test_xlsx_number_cells_are_never_ambiguous_but_text_cells_are(cat, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD.strip().split(","))
    ws.append(["RS-1", "Cocaine", days(-5), "in use", 1.234, "mg"])    # a number cell
    ws.append(["RS-2", "Cocaine", days(-5), "in use", "1.234", "mg"])  # text typed in the cell
    wb.save(tmp_path / "s.xlsx")
    report = import_file(cat, "reference-samples", tmp_path / "s.xlsx")
    assert [(p.row_number, p.value) for p in report.problems] == [(3, "1.234")]
    report = import_file(cat, "reference-samples", tmp_path / "s.xlsx", decimal=COMMA)
    assert report.written
    assert {k: r["quantity"] for k, r in samples(cat).items()} == {"RS-1": 1.234, "RS-2": 1234.0}


# --- encodings ------------------------------------------------------------------------------

RUSSIAN = [("Кокаина гидрохлорид", "Получено от полиции и хранится в холодильнике лаборатории"),
           ("Героин основание", "Изъято на границе и передано экспертом для исследования"),
           ("Метамфетамин", "Образец для сравнения из министерства здравоохранения")]
ARABIC = [("كوكايين هيدروكلوريد", "استلمت من الشرطة وتحفظ في ثلاجة المختبر"),
          ("هيروين قاعدة", "ضبطت على الحدود وأرسلت إلى الخبير للفحص"),
          ("ميثامفيتامين", "عينة مرجعية من وزارة الصحة")]


def notes_file(tmp_path, name, rows, encoding):
    text = "Code,Substance,Received,Status,Notes\n" + "".join(
        f"RS-{i},{s},{days(-5)},in use,{n}\n" for i, (s, n) in enumerate(rows, 1))
    return write(tmp_path / name, text, encoding)


@pytest.mark.parametrize("rows,encoding,named", [(RUSSIAN, "cp1251", "Windows-1251"),
                                                  (ARABIC, "cp1256", "Windows-1256")])
def test_russian_and_arabic_legacy_files_are_detected_and_read_right(cat, tmp_path, rows, encoding, named):
    f = notes_file(tmp_path, f"{encoding}.csv", rows, encoding)
    report = import_file(cat, "reference-samples", f)
    assert report.written, report.to_text()
    assert {(r["substance"], r["notes"]) for r in samples(cat).values()} == set(rows)
    assert any(named in w and "--encoding" in w for w in report.warnings)


def test_a_short_legacy_file_is_refused_naming_encoding_and_reads_right_when_named(cat, tmp_path, capsys):
    f = write(tmp_path / "short.csv", f"Code,Substance,Received,Status\nRS-1,Кокаин,{days(-5)},in use\n", "cp1251")
    with pytest.raises(CatalogueError, match="--encoding.*cp1251"):
        import_file(cat, "reference-samples", f)
    data = tmp_path / "data"
    assert cli(data, "import", "--kind", "reference-samples", str(f)) == 2
    assert "--encoding" in capsys.readouterr().err
    assert cli(data, "import", "--kind", "reference-samples", "--encoding", "cp1251", str(f)) == 0
    with Catalogue.open(data, user="amina") as c:
        assert samples(c)["RS-1"]["substance"] == "Кокаин"


def test_latin1_file_is_refused_or_read_right_and_reads_right_when_named(cat, tmp_path):
    rows = [("Cocaïne", "Reçu à Genève; stocké à 4 °C"), ("Héroïne", "Saisie à l’aéroport".replace("’", "'"))]
    f = notes_file(tmp_path, "latin1.csv", rows, "latin-1")
    try:
        report = import_file(cat, "reference-samples", f)
    except CatalogueError as exc:
        assert "--encoding" in str(exc)
    else:  # detected: then it must be the right text
        assert {(r["substance"], r["notes"]) for r in samples(cat).values()} == set(rows), report.to_text()
    report = import_file(cat, "reference-samples", f, encoding="latin-1")
    assert report.written or report.unchanged == 2
    assert {(r["substance"], r["notes"]) for r in samples(cat).values()} == set(rows)


def test_a_named_encoding_that_does_not_fit_is_refused_with_the_byte(cat, tmp_path):
    f = notes_file(tmp_path, "ru.csv", RUSSIAN, "cp1251")
    with pytest.raises(CatalogueError, match="not UTF-8 text: the byte 0x"):
        import_file(cat, "reference-samples", f, encoding="utf-8")
    with pytest.raises(CatalogueError, match="does not know the encoding “klingon”"):
        import_file(cat, "reference-samples", f, encoding="klingon")


# --- sheets, header rows, columns -----------------------------------------------------------

def workbook(tmp_path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


DATA = [["Code", "Substance", "Received", "Status"], ["RS-1", "Cocaine", days(-5), "in use"]]
OTHER = [["Code", "Substance", "Received", "Status"], ["RS-9", "Heroin", days(-5), "in use"]]
INSTRUCTIONS = [["How to fill this template"], ["One reference sample per row; dates as YYYY-MM-DD."]]


def test_a_workbook_whose_data_sheet_is_not_obvious_is_refused_with_its_sheets(cat, tmp_path, capsys):
    path = workbook(tmp_path, [("Instructions", INSTRUCTIONS), ("Samples 2024", DATA), ("Samples 2025", OTHER)])
    with pytest.raises(CatalogueError) as exc:
        import_file(cat, "reference-samples", path)
    text = str(exc.value)
    assert "“Instructions”, “Samples 2024”, “Samples 2025”" in text and "--sheet" in text
    assert cat.count("reference_sample") == 0
    report = import_file(cat, "reference-samples", path, sheet="Samples 2025")
    assert report.sheet == "Samples 2025" and list(samples(cat)) == ["RS-9"]
    with pytest.raises(CatalogueError, match="no sheet “Samples 2026”"):
        import_file(cat, "reference-samples", path, sheet="Samples 2026")
    data = tmp_path / "data"
    assert cli(data, "import", "--kind", "reference-samples", str(path)) == 2
    assert "Samples 2024" in capsys.readouterr().err
    assert cli(data, "import", "--kind", "reference-samples", "--sheet", "samples 2024", str(path)) == 0


def test_instructions_first_and_one_data_sheet_reads_the_data_sheet_and_says_so(cat, tmp_path):
    path = workbook(tmp_path, [("Instructions", INSTRUCTIONS), ("Samples", DATA)])
    report = import_file(cat, "reference-samples", path)
    assert report.sheet == "Samples" and report.inserted == 1, report.to_text()
    assert any("“Instructions”" in w for w in report.warnings)


def test_header_row_skips_a_title_block_in_csv_and_xlsx(cat, tmp_path):
    title = "Reference samples received\nLab: Accra\n\n"
    f = write(tmp_path / "t.csv", title + "Code,Substance,Received,Status\n" + f"RS-1,Cocaine,{days(-5)},in use\n")
    with pytest.raises(CatalogueError):
        import_file(cat, "reference-samples", f)  # the title is taken for the column names
    report = import_file(cat, "reference-samples", f, header_row=4)
    assert report.inserted == 1 and report.problems == [], report.to_text()
    path = workbook(tmp_path, [("Samples", [["Received in 2024"], [], *OTHER])])
    report = import_file(cat, "reference-samples", path, header_row=3)
    assert report.inserted == 1 and "RS-9" in samples(cat)
    with pytest.raises(CatalogueError, match="header row 9 is past the end"):
        import_file(cat, "reference-samples", f, header_row=9)


def test_a_missing_column_names_the_unrecognised_ones_and_the_closest_match(cat, tmp_path):
    f = write(tmp_path / "s.csv", f"Code,Substnce,Recieved,Status,Colour\nRS-1,Cocaine,{days(-5)},in use,red\n")
    with pytest.raises(CatalogueError) as exc:
        import_file(cat, "reference-samples", f)
    text = str(exc.value)
    assert "“Substnce” — did you mean Substance?" in text
    assert "“Recieved” — did you mean Received?" in text
    assert "“Colour”" in text


# --- exit codes and progress ----------------------------------------------------------------

def test_skip_invalid_exits_0_only_when_no_row_was_skipped(tmp_path, capsys):
    data = tmp_path / "data"
    good = write(tmp_path / "good.csv", sample_rows("1", "2"))
    assert cli(data, "import", "--kind", "reference-samples", "--skip-invalid", str(good)) == 0
    bad = write(tmp_path / "bad.csv", sample_rows("5", "-1", "6", "x").replace("RS-", "B-"))
    assert cli(data, "import", "--kind", "reference-samples", "--skip-invalid", str(bad)) == 1
    err = capsys.readouterr().err
    assert "2 rows with problems were skipped (rows 3, 5)" in err
    with Catalogue.open(data, user="amina") as cat:
        assert sorted(k for k in samples(cat) if k.startswith("B-")) == ["B-1", "B-3"]
    assert cli(data, "import", "--kind", "reference-samples", "--skip-invalid", "--json", str(bad)) == 1
    assert json.loads(capsys.readouterr().out)["skipped"] == 2


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_gets_a_progress_line_and_a_pipe_does_not(tmp_path, monkeypatch, capsys):
    f = write(tmp_path / "big.csv", sample_rows(*[str(i) for i in range(1, 2501)]))
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert cli(tmp_path / "data", "import", "--kind", "reference-samples", str(f)) == 0
    shown = terminal.getvalue()
    assert "\rChecking [" in shown and "2,500 of 2,500 rows" in shown and shown.endswith("\n")
    monkeypatch.undo()
    assert cli(tmp_path / "data2", "import", "--kind", "reference-samples", str(f)) == 0
    assert "Checking" not in capsys.readouterr().err
    from labnet.cli.catalogue_commands import TerminalProgress
    bar = TerminalProgress(Terminal(), "x.xlsx")
    bar.reading(4000)
    assert "Reading x.xlsx: 4,000 rows" in bar.stream.getvalue()


def test_every_refusal_the_decimal_separator_settles_is_recognised_as_such(cat, tmp_path):
    # The wizard shows its decimal choice when report.needs_decimal_choice: for two-way cells, for a
    # column that mixes conventions, for a cell that contradicts the chosen separator — and not otherwise.
    for quantities, decimal in ((("12,500", "4"), None), (("2.25", "1,5"), None), (("1,5", "2"), POINT)):
        f = write(tmp_path / "s.csv", sample_rows(*quantities))
        report = import_file(cat, "reference-samples", f, decimal=decimal)
        assert report.problems and report.needs_decimal_choice, quantities
    f = write(tmp_path / "s.csv", sample_rows("abc", "-1"))
    report = import_file(cat, "reference-samples", f)
    assert report.problems and not report.needs_decimal_choice


def test_what_labnet_exports_imports_back_even_when_every_number_reads_two_ways(cat, tmp_path):
    from labnet.catalogue.exporting import export_records

    f = write(tmp_path / "p.csv", "Lab sample number,Drug type,Seizure date,Country,Analysed on,Purity,Peak: caffeine\n"
                                  f"LS-1,amphetamine,2024-01-02,GH,{days(-2)},12.345,1.234\n")
    assert import_file(cat, "profiles", f, decimal=POINT).inserted == 1
    export_records(cat, "profiles", tmp_path / "out.csv")
    with Catalogue.open(tmp_path / "other", user="amina") as other:
        report = import_file(other, "profiles", tmp_path / "out.csv")
        assert report.inserted == 1 and not report.problems, report.to_text()
        got = profiles(other)["LS-1"]
    assert got["purity"] == 12.345 and got["peaks"] == {"caffeine": 1.234}


def test_a_cell_holding_the_column_join_character_does_not_shift_the_column(cat, tmp_path):
    # The comma column is read in one pass over its cells joined by U+001F; a cell holding that
    # character must not move the values below it up or down a row.
    f = write(tmp_path / "s.csv", sample_rows("0,5", "1\x1f2", "2,5"))
    report = import_file(cat, "reference-samples", f, skip_invalid=True)
    assert [p.row_number for p in report.problems] == [3]
    assert {k: r["quantity"] for k, r in samples(cat).items()} == {"RS-1": 0.5, "RS-3": 2.5}


# --- a property: a column is read right or refused, never misread ------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def written(value: int, decimals: int, style: str, group: str) -> str:
    """``value / 10**decimals`` as a person in that locale writes it (``group``: "" for none)."""
    sign = "-" if value < 0 else ""
    whole, frac = divmod(abs(value), 10 ** decimals)
    digits = str(whole)
    if group:
        parts = []
        while len(digits) > 3:
            digits, tail = digits[:-3], digits[-3:]
            parts.insert(0, tail)
        digits = group.join([digits, *parts])
    decimal = "." if style == POINT else ","
    return sign + digits + (decimal + str(frac).zfill(decimals) if decimals else "")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(-10**9, 10**9), st.integers(0, 4)), min_size=1, max_size=8),
       st.sampled_from([POINT, COMMA]), st.sampled_from(["", "thousands", " ", "\u00a0", "\u202f"]))
def test_a_column_written_in_one_locale_is_read_right_or_refused_never_misread(numbers, style, group):
    from labnet.catalogue.numbers import column_style

    sep = ("," if style == POINT else ".") if group == "thousands" else group
    texts = [written(v, d, style, sep) for v, d in numbers]
    truth = [v / 10 ** d for v, d in numbers]
    guessed = column_style(set(texts))
    for text, value in zip(texts, truth):
        try:
            got = guessed.read(text)
        except ValueError:
            continue  # refused: the person is asked; nothing is misread
        assert got == pytest.approx(value, rel=1e-12, abs=1e-12), (text, texts)
    told = column_style((), style)
    for text, value in zip(texts, truth):
        assert told.read(text) == pytest.approx(value, rel=1e-12, abs=1e-12), (text, texts)
