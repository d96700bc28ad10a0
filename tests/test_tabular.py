"""Reading and writing spreadsheets: encodings, delimiters, Excel, bad files, formula injection."""

import csv
import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labnet.catalogue import tabular, tabular_table
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.tabular import csv_cell, read_table, write_table


def write_bytes(path, data: bytes):
    path.write_bytes(data)
    return path


# --- CSV: encodings and delimiters -------------------------------------------------

def test_utf8_with_bom_comma_and_row_numbers_skip_blank_rows(tmp_path):
    f = write_bytes(tmp_path / "a.csv", "\ufeffCode,Name\r\nA1,Liège\r\n,\r\n\r\nA2,  \r\n".encode("utf-8"))
    t = read_table(f)
    assert t.headers == ["Code", "Name"]  # the BOM is not part of the first header
    assert t.rows == [["A1", "Liège"], ["A2", "  "]]
    assert t.row_numbers == [2, 5]  # as Excel numbers them: blank rows 3 and 4 are skipped
    assert t.encoding == "utf-8-sig" and t.delimiter == ","


def test_semicolon_delimiter_with_decimal_commas(tmp_path):
    f = write_bytes(tmp_path / "eu.csv", b"Code;Purity;Mass\nA;12,5;1.234,5\nB;7;3\n")
    t = read_table(f)
    assert t.delimiter == ";"
    assert t.headers == ["Code", "Purity", "Mass"]
    assert t.rows[0] == ["A", "12,5", "1.234,5"]


@pytest.mark.parametrize("delim", ["\t", "|"])
def test_tab_and_bar_delimiters(tmp_path, delim):
    f = write_bytes(tmp_path / "t.txt", delim.join(["a", "b", "c"]).encode() + b"\n" + delim.join("123").encode())
    t = read_table(f)
    assert t.delimiter == delim and t.headers == ["a", "b", "c"] and t.rows == [["1", "2", "3"]]


def test_cp1252_file_with_accents_is_read_and_noted(tmp_path):
    f = write_bytes(tmp_path / "win.csv", "Lieu,Référence\nLiège,Été 2024 – “lot”\n".encode("cp1252"))
    # Windows-1250 reads the same bytes as “Liče”: the bytes alone do not say which, so LabNet asks.
    with pytest.raises(CatalogueError, match="--encoding"):
        read_table(f)
    t = read_table(f, encoding="cp1252")
    assert t.encoding == "cp1252"
    assert t.headers == ["Lieu", "Référence"]
    assert t.rows == [["Liège", "Été 2024 – “lot”"]]
    assert any("Windows-1252" in n for n in t.notes)


def test_utf16_with_bom(tmp_path):
    f = write_bytes(tmp_path / "u16.csv", "Code\tName\nA\tÅngström\n".encode("utf-16"))
    t = read_table(f)
    assert t.headers == ["Code", "Name"] and t.rows == [["A", "Ångström"]]


def test_excel_sep_line_is_honoured_and_not_a_row(tmp_path):
    f = write_bytes(tmp_path / "sep.csv", b"sep=;\nA;B\n1,5;2\n")
    t = read_table(f)
    assert t.delimiter == ";" and t.headers == ["A", "B"] and t.row_numbers == [2]


def test_quoted_cells_with_newlines_keep_excel_row_numbers(tmp_path):
    f = write_bytes(tmp_path / "q.csv", b'Code,Notes\nA,"line one\nline two, with comma"\nB,"say ""hi"""\n')
    t = read_table(f)
    assert t.rows == [["A", "line one\nline two, with comma"], ["B", 'say "hi"']]
    assert t.row_numbers == [2, 3]


def test_short_rows_are_padded_and_values_without_header_keep_a_blank_header(tmp_path):
    f = write_bytes(tmp_path / "r.csv", b"A,B,C\n1\n1,2,3,4\n")
    t = read_table(f)
    assert t.headers == ["A", "B", "C", ""]
    assert t.rows == [["1", "", "", ""], ["1", "2", "3", "4"]]


# --- Excel -----------------------------------------------------------------------------

def test_xlsx_with_date_cells_a_blank_row_and_an_empty_first_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    ws = wb.create_sheet("Samples")
    ws.append(["Code", "Received", "Qty"])
    ws.append(["A1", dt.datetime(2024, 3, 5), 12.5])
    ws.append([None, None, None])
    ws.append(["A2", dt.date(2023, 12, 31), 3])
    path = tmp_path / "s.xlsx"
    wb.save(path)
    t = read_table(path)
    assert t.sheet == "Samples" and t.format == "xlsx"
    assert t.headers == ["Code", "Received", "Qty"]
    assert t.row_numbers == [2, 4]
    assert t.rows[0] == ["A1", dt.datetime(2024, 3, 5), 12.5]
    assert isinstance(t.rows[1][1], dt.datetime)


def test_xlsx_other_sheets_with_data_are_mentioned(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Code"])
    wb.active.append(["A"])
    wb.create_sheet("More").append(["x"])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    t = read_table(path)
    assert any("“More”" in n for n in t.notes)


def test_xlsx_that_is_really_csv_is_read_by_content(tmp_path):
    f = write_bytes(tmp_path / "looks.xlsx", b"A,B\n1,2\n")
    assert read_table(f).rows == [["1", "2"]]


# --- bad files ----------------------------------------------------------------------------

def error_of(path) -> str:
    with pytest.raises(CatalogueError) as err:
        read_table(path)
    message = str(err.value)
    assert message.endswith(".") and message[0].isupper()  # a sentence
    return message


def test_missing_file(tmp_path):
    assert "does not exist" in error_of(tmp_path / "nope.csv")


def test_empty_file_and_blank_file(tmp_path):
    assert "is empty" in error_of(write_bytes(tmp_path / "e.csv", b""))
    assert "empty" in error_of(write_bytes(tmp_path / "b.csv", b"\xef\xbb\xbf\r\n ,, \r\n\r\n"))


def test_pdf_renamed_to_csv(tmp_path):
    assert "PDF" in error_of(write_bytes(tmp_path / "report.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))


def test_old_xls_and_password_protected_workbooks(tmp_path):
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    assert ".xls" in error_of(write_bytes(tmp_path / "old.xls", ole2 + "Workbook".encode("utf-16-le")))
    assert "password" in error_of(write_bytes(tmp_path / "locked.xlsx", ole2 + "EncryptionInfo".encode("utf-16-le")))


def test_other_binary_file(tmp_path):
    assert "binary" in error_of(write_bytes(tmp_path / "x.csv", bytes(range(256)) * 4))


def test_damaged_xlsx(tmp_path):
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["A"])
    wb.save(good)
    data = good.read_bytes()
    assert "damaged" in error_of(write_bytes(tmp_path / "cut.xlsx", data[: len(data) // 2]))


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert "ZIP archive" in error_of(path)


def test_html_pretending_to_be_excel(tmp_path):
    assert "web page" in error_of(write_bytes(tmp_path / "export.xls", b"<html><table><tr><td>1</td></tr></table>"))


def test_duplicate_headers(tmp_path):
    message = error_of(write_bytes(tmp_path / "d.csv", b"Code,Purity,purity \n1,2,3\n"))
    assert "Columns B and C" in message and "both headed" in message


def test_no_header_row(tmp_path):
    assert "not column names" in error_of(write_bytes(tmp_path / "n.csv", b"1,2.5,2024-01-02\n3,4,2024-01-03\n"))


def test_cell_too_long_and_unclosed_quote(tmp_path):
    long_cell = b"A,B\n1," + b"x" * 40000 + b"\n"
    assert "32,767" in error_of(write_bytes(tmp_path / "long.csv", long_cell))
    unclosed = b'A,B\n1,"oops\n' + b"2,3\n" * 20000
    assert "quotation mark" in error_of(write_bytes(tmp_path / "quote.csv", unclosed))


def test_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular_table, "MAX_ROWS", 5)  # the readers' limit (catalogue/tabular_table.py)
    assert "more than 5 rows" in error_of(write_bytes(tmp_path / "big.csv", b"A\n" + b"1\n" * 6))
    assert read_table(write_bytes(tmp_path / "ok.csv", b"A\n" + b"1\n" * 5)).row_numbers == [2, 3, 4, 5, 6]


# --- writing ----------------------------------------------------------------------------

def test_csv_is_utf8_with_bom_crlf_and_rfc4180_quoting(tmp_path):
    path = tmp_path / "out.csv"
    write_table(path, ["a", "b"], [["x, y", 'say "hi"'], ["multi\nline", None]])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:] == b'a,b\r\n"x, y","say ""hi"""\r\n"multi\nline",\r\n'


def test_formula_injection_is_neutralised_in_csv(tmp_path):
    path = tmp_path / "inj.csv"
    evil = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "'=already"]
    write_table(path, ["v"], [[v] for v in evil] + [[-1.5], ["-1.5"], ["+3e-05"]])
    text = path.read_bytes().decode("utf-8-sig")
    cells = [row[0] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    assert cells[:7] == ["'" + v for v in evil]
    assert "\r\n-1.5\r\n-1.5\r\n+3e-05\r\n" in text  # plain numbers are not formulas: no quote
    # ... and reading gives back exactly what was written.
    assert [r[0] for r in read_table(path).rows] == evil + ["-1.5", "-1.5", "+3e-05"]


def test_formula_injection_is_neutralised_in_xlsx(tmp_path):
    path = tmp_path / "inj.xlsx"
    evil = ["=1+2", "=cmd|' /C calc'!A0", "#N/A", "+1", "-x", "@x"]
    write_table(path, ["=header", "n"], [[v, -1.5] for v in evil])
    wb = openpyxl.load_workbook(path)  # not read-only: data types as stored
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    assert [c.value for c in ws["A"]][1:] == evil
    assert ws["B2"].value == -1.5 and ws["B2"].data_type == "n"
    t = read_table(path)
    assert t.headers == ["=header", "n"] and [r[0] for r in t.rows] == evil


def test_xlsx_refuses_control_characters_and_writes_nothing(tmp_path):
    path = tmp_path / "bad.xlsx"
    with pytest.raises(CatalogueError, match="control character"):
        write_table(path, ["a"], [["bell\x07"]])
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_write_refuses_unknown_extension(tmp_path):
    with pytest.raises(CatalogueError, match=r"\.csv .*\.xlsx"):
        write_table(tmp_path / "out.ods", ["a"], [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_csv_cell_quote_rule_round_trips_every_text(text):
    cell = csv_cell(text)
    assert tabular._unquote(cell) == text
    if cell and cell[0] in "=+-@\t\r":
        assert tabular._PLAIN_NUMBER.fullmatch(cell)  # only plain numbers may start with a trigger


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                        max_size=30), min_size=1, max_size=8))
def test_csv_file_round_trip(tmp_path_factory, texts):
    path = tmp_path_factory.mktemp("rt") / "rt.csv"
    write_table(path, ["n", "text"], [[i, t] for i, t in enumerate(texts)])
    t = read_table(path)
    assert [r[1] for r in t.rows] == texts
    assert t.row_numbers == list(range(2, len(texts) + 2))


def test_xlsx_numbers_are_exact_doubles(tmp_path):
    path = tmp_path / "n.xlsx"
    values = [0.30000000000000004, 12345678901234567, -1e-300, 2.5, 1 / 3]
    write_table(path, ["v"], [[v] for v in values])
    assert [r[0] for r in read_table(path).rows] == values
