"""Hostile input never crashes LabNet's parsers (property-based tests, hypothesis).

Bad input is refused with the project's own error class and a message for people
(``ReceiptError``/``BulletinError``, both ``SyncError``; ``CatalogueError``), and
good input still works.  Receipts and bulletins: random bytes, a signed document
damaged by one byte, cut short or lengthened, a hub-signed body with a bad field,
a bulletin file with one bad line.  Import: CSV in odd encodings and delimiters,
random bytes, 100 kB cells, formulas, wrong types, ragged, empty and header-only
files, XLSX with formulas and odd cell types: all or nothing (or the skipped rows
reported), or refused whole, the catalogue intact.  Export: text starting with
= + - @ is never a live formula.  Two crashes it found (a 5,000-digit JSON number, an XLSX number beyond any float) are fixed.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import re
import zipfile
from functools import partial

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from factories import days, sample
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.exporting import export_records
from labnet.catalogue.fields import parse_number
from labnet.catalogue.importing import import_file
from labnet.protocol import canonical
from labnet.protocol.bulletin import BULLETIN_CONTEXT, BulletinError, make_bulletin, read_bulletin_file, verify_bulletin
from labnet.protocol.bundle import BundleHeader
from labnet.protocol.errors import ReceiptError, SyncError
from labnet.protocol.keys import b64, create_identity
from labnet.protocol.receipt import RECEIPT_CONTEXT, RecordResult, make_receipt, verify_receipt

SYNC = settings(max_examples=150, deadline=None)
FILES = settings(max_examples=60, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# --- receipts and bulletins ---------------------------------------------------------

HUB, LAB, WHEN = create_identity("hub", "Fuzz Hub", "KE"), "lab-under-test", "2026-01-02T03:04:05Z"
HEADER = BundleHeader("bundle-1", "batch-1", 0, 1, LAB, "lab-key", HUB.public.signing_key_id, "x25519", 1, 2, WHEN,
                      2, "zstd", 10, hashlib.sha256(b"payload").hexdigest(), "0" * 64)
RECEIPT = make_receipt(HUB, HEADER, [RecordResult("profiling_result", "r1", 1, "accepted"),
                                     RecordResult("profiling_result", "r2", 3, "rejected", "bad date")])
BULLETINS = [make_bulletin(HUB, seq=n, to=to, kind="notice", created_at=WHEN, content={"text": f"notice {n}"})
             for n, to in enumerate(["*", LAB, "*", LAB], 1)]
# name -> (a genuine document, its reader, its error class, its wrapper key, its signing context)
FORMATS = {"receipt": (RECEIPT, partial(verify_receipt, hub=HUB.public, lab_id=LAB), ReceiptError, "receipt",
                       RECEIPT_CONTEXT),
           "bulletin": (BULLETINS[0], partial(verify_bulletin, hub=HUB.public, lab_id=LAB), BulletinError, "bulletin",
                        BULLETIN_CONTEXT)}
read_file = partial(read_bulletin_file, hub=HUB.public, lab_id=LAB)


def json_values(integers):
    return st.recursive(st.none() | st.booleans() | integers | st.floats(allow_nan=False, allow_infinity=False)
                        | st.text(max_size=20), lambda kids: st.lists(kids, max_size=4)
                        | st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=12)


JSON = json_values(st.integers())
# What a signer can write at all: canonical JSON holds integers within ±(2**53-1) (§2).
SIGNABLE_JSON = json_values(st.integers(-canonical.MAX_INTEGER, canonical.MAX_INTEGER))


def damaged(doc: bytes):
    """The document with one byte changed, cut short, or with bytes appended."""
    flip = st.tuples(st.integers(0, len(doc) - 1), st.integers(1, 255))
    return (flip.map(lambda f: doc[:f[0]] + bytes([doc[f[0]] ^ f[1]]) + doc[f[0] + 1:])
            | st.integers(0, len(doc) - 1).map(lambda n: doc[:n]) | st.binary(min_size=1, max_size=64).map(doc.__add__))


@pytest.mark.parametrize("name", FORMATS)
@SYNC
# Plain json, not canonical.dumps: integers beyond ±(2**53-1) are hostile input the readers must refuse.
@given(data=st.binary(max_size=2000) | JSON.map(lambda v: json.dumps(v, ensure_ascii=False).encode())
       | st.text(max_size=200).map(str.encode))
def test_random_bytes_are_refused_with_the_formats_own_error(name, data):
    _, read, error, *_ = FORMATS[name]
    with pytest.raises(error) as refused:
        read(data)
    assert str(refused.value).strip()


@pytest.mark.parametrize("name", FORMATS)
@SYNC
@given(data=st.data())
def test_a_damaged_document_is_refused_or_reads_exactly_as_the_original(name, data):
    original, read, error, *_ = FORMATS[name]
    assert read(original).raw == original and issubclass(error, SyncError)
    try:
        got = read(data.draw(damaged(original)))
    except error as exc:
        assert str(exc).strip()
    else:  # other encodings of the same signed content only (trailing JSON whitespace, base64 padding bits)
        assert dataclasses.replace(got, raw=b"") == dataclasses.replace(read(original), raw=b"")


@pytest.mark.parametrize("name", FORMATS)
@SYNC
@given(data=st.data())
def test_a_hub_signed_body_with_a_field_gone_wrong_never_crashes_the_reader(name, data):
    original, read, error, wrapper, context = FORMATS[name]
    body = json.loads(original)[wrapper]
    key = data.draw(st.sampled_from(sorted(body)))
    body[key] = data.draw(SIGNABLE_JSON)
    if data.draw(st.booleans()):
        del body[key]
    try:
        read(canonical.dumps({wrapper: body, "signature": b64(HUB.sign(context + canonical.dumps(body)))}))
    except error as exc:
        assert str(exc).strip()


@SYNC
@given(at=st.integers(0, len(BULLETINS) - 1),
       line=st.binary(min_size=1, max_size=300).filter(lambda b: b.strip() and b"\n" not in b and b"\r" not in b)
       | st.sampled_from([make_bulletin(HUB, seq=9, to="other-lab", kind="notice", created_at=WHEN, content={}),
                          make_bulletin(create_identity("hub", "Impostor", "KE"), seq=9, to="*", kind="notice",
                                        created_at=WHEN, content={})]))
def test_a_bulletin_file_with_one_bad_line_is_refused_whole_naming_that_line(at, line):
    assert len(read_file(b"\n".join(BULLETINS) + b"\n")) == len(BULLETINS)
    lines = BULLETINS[:at] + [line] + BULLETINS[at + 1:]
    with pytest.raises(BulletinError, match=rf"^Line {at + 1} of the bulletin file: \S"):
        read_file(b"\n".join(lines) + b"\n")


@pytest.mark.parametrize("read", [FORMATS["receipt"][1], FORMATS["bulletin"][1], read_file],
                         ids=["receipt", "bulletin", "bulletin-file"])
def test_a_json_number_too_long_for_python_is_refused_not_crashed(read):
    with pytest.raises(SyncError):
        read(b"1" * 5000)


# --- spreadsheet import ------------------------------------------------------------------

HEADERS = ["Code", "Substance", "CAS", "Purity", "Received", "Status", "Quantity", "Remaining", "Unit", "Notes"]
FORMULAS = ["=cmd|' /C calc'!A0", "@SUM(1)", "+1+1", "-2+3", '=HYPERLINK("http://x","y")', "=1+2"]
HOSTILE = st.text(max_size=12) | st.sampled_from(FORMULAS + ["", "abc", "31/02/2024", "02/03/2024", "1e400", "nan",
                                                             "-5", "yes", "1,2,3", '"', "'=x", "n.d.", "2999-01-01"])
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
CODES = itertools.count(1)  # one catalogue serves every example of a test: new codes, so rows are new records


def good_row(code: int) -> list[str]:
    return [f"RS-{code}", "Cocaine HCl", "53-21-4", "99.2", days(-30), "in use", "100", "80", "mg", "fine"]


@st.composite
def csv_files(draw) -> bytes:
    rows = [[draw(HOSTILE) if draw(st.integers(0, 5)) == 0 else cell for cell in good_row(next(CODES))]
            for _ in range(draw(st.integers(0, 30)))]
    rows = [row[:draw(st.integers(0, len(row)))] if draw(st.integers(0, 8)) == 0 else row for row in rows]  # ragged
    if rows and rows[-1] and draw(st.integers(0, 5)) == 0:
        rows[-1][-1] = "x" * 100_000  # a huge cell (a spreadsheet cell holds at most 32,767 characters)
    delimiter, out = draw(st.sampled_from(",;\t|")), csv.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([HEADERS] + rows)
    text = out.getvalue() if draw(st.booleans()) else "\n".join(map(delimiter.join, [HEADERS] + rows))  # no quoting
    text = draw(st.sampled_from(["", f"sep={delimiter}\n"])) + text  # Excel's "sep=" line
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"])), errors="replace")


def snapshot(cat) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in cat.iter_records("reference_sample"))


def note_event(text: str) -> None:
    """hypothesis's statistics, when inside a hypothesis test (the XLSX case is a plain test)."""
    try:
        event(text)
    except InvalidArgument:
        pass


def import_checked(cat, path, skip_invalid: bool):
    """Import; check it was all or nothing (or the bad rows reported), or refused whole with a message."""
    before = snapshot(cat)
    try:
        report = import_file(cat, "reference-samples", path, skip_invalid=skip_invalid)
    except CatalogueError as exc:
        assert str(exc).strip() and snapshot(cat) == before
        note_event("refused whole with a CatalogueError")
        return None
    assert cat.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert all(p.reason.strip() and p.row_number >= 2 for p in report.problems)
    after = snapshot(cat)
    note_event(f"written={report.written}, refused={report.refused}, rows reported={bool(report.problems)}")
    if not report.written:
        assert after == before and (report.refused or report.rows_read == len(report.invalid_rows))
    else:
        assert not report.refused and len(after) == len(before) + report.inserted
        assert report.inserted + report.updated + report.unchanged + report.skipped == report.rows_read
    return report


@pytest.mark.slow   # hypothesis imports hundreds of files: minutes
@FILES
@given(data=csv_files() | st.binary(max_size=3000)
       | st.sampled_from([b"", b"\xef\xbb\xbf", ",".join(HEADERS).encode()]), skip_invalid=st.booleans())
def test_any_csv_file_imports_all_or_nothing_or_is_refused_with_a_catalogue_error(cat, tmp_path, data, skip_invalid):
    (tmp_path / "samples.csv").write_bytes(data)
    import_checked(cat, tmp_path / "samples.csv", skip_invalid)


@FILES
@given(formula=st.sampled_from(FORMULAS) | st.builds(str.__add__, st.sampled_from("=+-@"), TEXT))
def test_formula_looking_text_is_stored_as_text_and_never_evaluated(cat, tmp_path, formula):
    text_row, number_row = good_row(next(CODES)), good_row(next(CODES))
    text_row[1] = text_row[-1] = number_row[3] = formula  # Substance and Notes; Purity
    with (tmp_path / "formulas.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADERS, text_row, number_row])
    report = import_checked(cat, tmp_path / "formulas.csv", skip_invalid=True)
    stored = {r["inventory_code"]: r for r in cat.iter_records("reference_sample")}
    assert stored[text_row[0]]["notes"] == stored[text_row[0]]["substance"] == formula.strip()
    try:
        parse_number(formula)  # "-2" or "+1,5" is a number, not a formula
    except ValueError:
        assert number_row[0] not in stored and report.problems[0].column == "Purity"


XLSX_CELLS = st.one_of(
    st.sampled_from(FORMULAS + ["=1/0", "=A1", "#N/A", "", "  "]), TEXT, st.just("y" * 40_000), st.none(),
    st.booleans(), st.integers(-10**15, 10**15), st.floats(), st.datetimes(), st.dates(), st.times(),
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=9)))


@pytest.mark.slow   # 6 s under --durations
@FILES
@given(rows=st.lists(st.lists(XLSX_CELLS, max_size=12), max_size=30), skip_invalid=st.booleans(), text=st.booleans())
def test_any_xlsx_workbook_imports_all_or_nothing_or_is_refused(cat, tmp_path, rows, skip_invalid, text):
    wb, good = openpyxl.Workbook(), good_row(next(CODES))
    ws = wb.active
    ws.append(HEADERS)
    ws.append(good[:1] + ["=1+2"] + good[2:-1] + ["=1+2"])  # Substance: the text "=1+2"; Notes: a formula
    ws["B2"].data_type = "s"
    for r, row in enumerate(rows, 3):
        for c, value in enumerate(row, 1):
            if isinstance(ws.cell(r, c, value).value, str) and text:
                ws.cell(r, c).data_type = "s"  # "=1+2" as text, not a formula
    wb.save(tmp_path / "samples.xlsx")
    report = import_checked(cat, tmp_path / "samples.xlsx", skip_invalid)
    if report is not None and report.written:  # text stays text; a formula is never evaluated (no cached value)
        stored = {r["inventory_code"]: r for r in cat.iter_records("reference_sample")}[good[0]]
        assert stored["substance"] == "=1+2" and stored["notes"] is None


def test_an_xlsx_number_too_large_for_a_float_is_reported_not_crashed(cat, tmp_path):
    path, row, wb = tmp_path / "huge.xlsx", good_row(next(CODES)), openpyxl.Workbook()
    wb.active.append(HEADERS)
    wb.active.append(row[:3] + [123456789] + row[4:])  # Purity, made 400 digits long below (openpyxl cannot)
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name).replace(b">123456789<", b">" + b"9" * 400 + b"<") for name in z.namelist()}
    with zipfile.ZipFile(path, "w") as z:
        for name, blob in parts.items():
            z.writestr(name, blob)
    import_checked(cat, path, skip_invalid=False)


# --- export ---------------------------------------------------------------------------

@FILES
@given(text=st.builds(str.__add__, st.sampled_from("=+-@"), TEXT).map(str.strip))
def test_exported_text_starting_with_a_formula_sign_is_never_a_live_formula(cat, tmp_path, text):
    rec = cat.add("reference_sample", sample(inventory_code=f"RS-{next(CODES)}", notes=text, lot=text))
    for name in ("out.csv", "out.xlsx"):
        export_records(cat, "reference_sample", tmp_path / name, records=[rec])
    with open(tmp_path / "out.csv", newline="", encoding="utf-8-sig") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    number = r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?"  # a plain number is not a formula
    assert all(not c or c[0] not in "=+-@\t\r" or re.fullmatch(number, c) for c in cells), cells
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert import_file(cat, "reference_sample", tmp_path / "out.csv").unchanged == 1  # exact round trip
