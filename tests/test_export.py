"""Exporting: stable columns, exact round trips through CSV and XLSX, formula injection neutralised."""

import csv
import io

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import days, profile, sample, training
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.exporting import export_headers, export_records
from labnet.catalogue.field_types import (
    CAS_NUMBER,
    CHOICE,
    COUNTRY,
    DATE,
    INTEGER,
    NUMBER,
    PEAK_TABLE,
    TEXT,
    TEXT_LIST,
    YES_NO,
)
from labnet.catalogue.importing import import_file
from labnet.catalogue.records import PROFILING_RESULT, RECORD_TYPES, SYSTEM_FIELDS
from labnet.catalogue.store import Catalogue
from labnet.cli import main


def tricky_catalogue(cat):
    """Records whose values test every field type and every awkward character."""
    cat.add("reference_sample", sample(
        substance='=HYPERLINK("http://evil.example","click")', lot="@lot-7", provider="'=quoted already",
        notes="-5", storage_location="+shelf", storage_conditions="2–8 °C, dark; «sec» \"dry\"",
        certificate="Liège ✓ 日本 📦", purity=99.123456789, purity_uncertainty=0.1, quantity=1e-7,
        remaining_quantity=0, unit="µg", shareable=True, low_stock_level=0.30000000000000004))
    cat.add("reference_sample", sample(inventory_code="0123", substance="Heroin base", cas_number="561-27-3",
                                       salt_form="base", schedule="none", purity=None, purity_uncertainty=None,
                                       shareable=False, notes="line one\nline two, with comma"))
    cat.add("training_record", training(
        activity_type="proficiency_test", pt_scheme="UNODC ICE", pt_round="2024-1", z_score=-1.5,
        outcome=None, title="=1+2", hours=7.5, score=0.1 + 0.2, notes="@mention first", shareable=True))
    cat.add("training_record", training(staff_member="Kofi Boateng", activity_type="authorisation",
                                        authorised_by="Dr Quality", outcome="authorised"))
    cat.add("profiling_result", profile(
        peaks={"P2P": 1.2, "1,2-dimethyl-3-phenylaziridine": 0.000123, "α-phenylethylamine": 12345678.9,
               "=evil": 3.0, "zero": 0.0},
        adulterants=["caffeine", "lido;caine"], diluents=["-glucose"], logo="=", case_number="0042",
        reference_samples_used=["RS-2025-001", "RS 2"], shareable=False, form="tablet", weight_mg=250.5,
        diameter_mm=8.0, score_line="cross"))
    cat.add("profiling_result", profile(lab_sample_number="LS-2025-0002", peaks=None, adulterants=None,
                                        diluents=None, notes="Ünïcödé"))


def fields_of(rec, rt):
    return {name: rec[name] for name in rt.field_names}


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", list(RECORD_TYPES))
def test_round_trip_into_a_fresh_catalogue_and_back_into_the_same(cat, tmp_path, kind, ext):
    tricky_catalogue(cat)
    rt = RECORD_TYPES[kind]
    path = tmp_path / f"{kind}.{ext}"
    assert export_records(cat, kind, path) == 2

    with Catalogue.open(tmp_path / "fresh", user="amina") as fresh:
        report = import_file(fresh, kind, path)
        assert (report.inserted, report.problems, report.warnings) == (2, [], []), report.to_text()
        originals = {tuple(r[k] for k in rt.natural_key): fields_of(r, rt) for r in cat.iter_records(kind)}
        copies = {tuple(r[k] for k in rt.natural_key): fields_of(r, rt) for r in fresh.iter_records(kind)}
        assert copies == originals

    again = import_file(cat, kind, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert len([i for i in again.info if "“id” and “version”" in i]) == 1


def test_headers_are_field_names_then_sorted_peak_columns_then_identity(cat, tmp_path):
    tricky_catalogue(cat)
    path = tmp_path / "p.csv"
    export_records(cat, "profiles", path)
    header = next(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    peaks = ["peak:1,2-dimethyl-3-phenylaziridine", "peak:=evil", "peak:P2P", "peak:zero", "peak:α-phenylethylamine"]
    assert header == export_headers(PROFILING_RESULT, [p[5:] for p in peaks])
    assert header[:3] == ["lab_sample_number", "seizure_reference", "case_number"]
    assert header[-2:] == ["id", "version"]
    at = header.index(peaks[0])
    assert header[at:at + len(peaks)] == peaks  # in place of the peaks field, sorted by compound
    assert "peaks" not in header and not set(header) & (set(SYSTEM_FIELDS) - {"id", "version"})


def test_csv_export_neutralises_formulas_but_keeps_numbers_numbers(cat, tmp_path):
    tricky_catalogue(cat)
    path = tmp_path / "t.csv"
    export_records(cat, "training", path)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    pt = next(r for r in rows if r["activity_type"] == "proficiency_test")
    assert pt["title"] == "'=1+2" and pt["notes"] == "'@mention first"
    assert pt["z_score"] == "-1.5"  # a number is not a formula: no quote
    assert pt["started_on"] == days(-300) and pt["shareable"] == "yes" and pt["outcome"] == "satisfactory"

    path = tmp_path / "s.csv"
    export_records(cat, "reference-samples", path)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    one = next(r for r in rows if r["inventory_code"] == "RS-2025-001")
    assert one["substance"].startswith("'=") and one["lot"] == "'@lot-7" and one["storage_location"] == "'+shelf"
    assert one["provider"] == "''=quoted already" and one["notes"] == "-5"


def test_xlsx_export_has_no_formula_cells_and_numbers_are_numbers(cat, tmp_path):
    tricky_catalogue(cat)
    for kind in RECORD_TYPES:
        path = tmp_path / f"{kind}.xlsx"
        export_records(cat, kind, path)
        ws = openpyxl.load_workbook(path).active
        assert ws.freeze_panes == "A2" and ws["A1"].font.b
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (kind, c.coordinate, c.value)
    ws = openpyxl.load_workbook(tmp_path / "training_record.xlsx").active
    header = [c.value for c in ws[1]]
    values = {h: c for h, c in zip(header, ws[2])}
    assert values["title"].value == "=1+2" and values["title"].data_type == "s"
    assert values["z_score"].value == -1.5 and values["z_score"].data_type == "n"
    assert values["started_on"].value == days(-300)  # dates as ISO text, never locale-dependent date cells
    ws = openpyxl.load_workbook(tmp_path / "profiling_result.xlsx").active
    header = [c.value for c in ws[1]]
    assert ws.cell(2, header.index("peak:α-phenylethylamine") + 1).value == 12345678.9


def test_export_of_a_filtered_view(cat, tmp_path):
    tricky_catalogue(cat)
    subset = [r for r in cat.iter_records("profiling_result") if r["peaks"] is None]
    path = tmp_path / "view.csv"
    assert export_records(cat, "profiles", path, records=subset) == 1
    header = path.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert "peak:" not in header  # only the compounds of the exported records


def test_export_refuses_an_unknown_extension(cat, tmp_path):
    with pytest.raises(CatalogueError, match=r"\.csv"):
        export_records(cat, "profiles", tmp_path / "out.pdf")


def test_cli_export_then_import(tmp_path, capsys):
    data = tmp_path / "data"
    with Catalogue.open(data, user="amina") as cat:
        tricky_catalogue(cat)
    out = tmp_path / "profiles.xlsx"
    assert main(["--data-dir", str(data), "export", "--kind", "profiles", str(out)]) == 0
    assert "Exported 2 profiling results" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "other"), "--user", "amina", "import", "--kind", "profiles",
                 str(out)]) == 0
    assert "Imported: 2 added" in capsys.readouterr().out


# --- Field.to_text and Field.parse agree for every field of every record type ------------

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
_CLEAN_TEXT = _TEXT.map(str.strip).filter(bool)


def _cas() -> st.SearchStrategy[str]:
    def make(body: str) -> str:
        digits = body[::-1]
        check = sum((i + 1) * int(c) for i, c in enumerate(digits)) % 10
        return f"{body[:-2]}-{body[-2:]}-{check}"
    return st.from_regex(r"[1-9]\d{3,8}", fullmatch=True).map(make)


def _strategy(f):
    if f.type is TEXT:
        return _CLEAN_TEXT
    if f.type is NUMBER:
        lo = -1e12 if f.minimum is None else f.minimum
        hi = 1e12 if f.maximum is None else f.maximum
        return st.floats(min_value=lo, max_value=hi, allow_nan=False, allow_infinity=False)
    if f.type is INTEGER:
        return st.integers(-10**9, 10**9)
    if f.type is DATE:
        return st.dates().map(lambda d: d.isoformat())
    if f.type is YES_NO:
        return st.booleans()
    if f.type is CHOICE:
        return st.sampled_from(sorted(f.choices))
    if f.type is CAS_NUMBER:
        return _cas()
    if f.type is COUNTRY:
        return st.from_regex(r"[A-Z]{2}", fullmatch=True)
    if f.type is TEXT_LIST:
        return st.lists(_CLEAN_TEXT, min_size=1, max_size=5)
    if f.type is PEAK_TABLE:
        return st.dictionaries(_CLEAN_TEXT, st.floats(min_value=0, max_value=1e12), min_size=1, max_size=5)
    raise AssertionError(f.type)


_FIELDS = [f for rt in RECORD_TYPES.values() for f in rt.fields]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_every_field_value_survives_to_text_and_parse(data):
    f = data.draw(st.sampled_from(_FIELDS))
    value = data.draw(_strategy(f))
    assert f.parse(f.to_text(value)) == value
