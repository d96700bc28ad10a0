"""Importing spreadsheets: tolerant headers, every bad value reported, all or nothing, no duplicates."""

import datetime as dt
import itertools
import json

import openpyxl
import pytest

from factories import days
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.importing import ImportCancelled, import_file, suggest_mapping
from labnet.catalogue.records import PROFILING_RESULT, REFERENCE_SAMPLE, TRAINING_RECORD
from labnet.catalogue.store import Catalogue
from labnet.cli import main


def write(path, text: str, encoding: str = "utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def stored(cat, kind):
    return {tuple(r[k] for k in cat_key(kind)): r for r in cat.iter_records(kind)}


def cat_key(kind):
    return {"reference_sample": REFERENCE_SAMPLE, "training_record": TRAINING_RECORD,
            "profiling_result": PROFILING_RESULT}[kind].natural_key


def cli(data_dir, *argv):
    return main(["--data-dir", str(data_dir), "--user", "amina", *argv])


SAMPLES_CSV = (
    "Code,Substance,CAS,Purity,Received,Status,Quantity,Remaining,Unit\n"
    f"RS-1,Cocaine hydrochloride,53-21-4,99.2,{days(-30)},in use,100,80,mg\n"
    f"RS-2,Heroin base,561-27-3,98,{days(-20)},quarantined,50,50,mg\n"
)


# --- messy files -------------------------------------------------------------------

def test_messy_profiling_csv_bom_semicolons_decimal_commas_and_synonyms(cat, tmp_path):
    f = write(tmp_path / "labo.csv", (
        "\ufeffLAB SAMPLE NO.;Seizure Ref;Date of seizure;Country code;Drug;Physical form;Purity (%);"
        "Cutting agents;Peak: Caffeine;peak_P2P;Peak DPIA;Analysed by;Shareable;Colour scheme\n"
        "LS-1;SZ-9;2023-01-05;gh;Speed;Powder;23,5;caffeine| lactose;1.234,5;n.d.;;A. Mensah;yes;blue\n"
        "LS-2;SZ-9;05 Jan 2023;GH;meth;crystal;80;;12,5;<LOD;0,7;A. Mensah;no;\n"))
    report = import_file(cat, "profiles", f)
    assert report.written and not report.problems, report.to_text()
    assert (report.inserted, report.updated, report.unchanged) == (2, 0, 0)
    recs = stored(cat, "profiling_result")
    one, two = recs[("LS-1",)], recs[("LS-2",)]
    assert one["seizure_country"] == "GH" and one["drug_type"] == "amphetamine" and one["form"] == "powder"
    assert one["purity"] == 23.5 and one["adulterants"] == ["caffeine", "lactose"]
    # A blank peak cell: not reported; n.d. and <LOD: looked for and not found, area 0.
    assert one["peaks"] == {"Caffeine": 1234.5, "P2P": 0.0}
    assert two["peaks"] == {"Caffeine": 12.5, "P2P": 0.0, "DPIA": 0.7}
    assert two["seizure_date"] == "2023-01-05" and two["drug_type"] == "methamphetamine"
    assert one["analyst"] == "A. Mensah" and one["shareable"] is True and two["shareable"] is False
    assert any("“Colour scheme”" in w and "ignored" in w for w in report.warnings)


def test_cp1252_file_keeps_its_accents(cat, tmp_path):
    f = write(tmp_path / "stock.csv", (
        "Code,Substance,CAS,Received,Status,Storage location,Notes\n"
        f"RS-9,Cocaïne HCl,53-21-4,{days(-5)},En service,Armoire réfrigérée,Reçu de l’ONUDC\n"
        .replace("En service", "In use")), encoding="cp1252")
    # One short line of French: Windows-1250 would read “Cocaďne”; the bytes do not say which, so LabNet asks.
    with pytest.raises(CatalogueError, match="Windows-1252.*--encoding"):
        import_file(cat, "reference-samples", f)
    report = import_file(cat, "reference-samples", f, encoding="cp1252")
    assert report.inserted == 1, report.to_text()
    rec = stored(cat, "reference_sample")[("RS-9",)]
    assert rec["substance"] == "Cocaïne HCl" and rec["storage_location"] == "Armoire réfrigérée"
    assert rec["notes"] == "Reçu de l’ONUDC"
    assert any("Windows-1252" in w for w in report.warnings)


def test_xlsx_with_date_cells_and_a_blank_row_reports_excel_row_numbers(cat, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Staff", "Competence", "Activity", "Start date", "End date", "Hours", "Result"])
    ws.append(["Adwoa Mensah", "GC-MS profiling", "Course", dt.datetime(2024, 1, 8), dt.datetime(2024, 1, 12), 32,
               "Passed"])
    ws.append([None] * 7)
    ws.append(["Kofi Boateng", "Cannabis ID", "Workshop", dt.datetime(2024, 2, 1), dt.datetime(2024, 1, 1), 8,
               "attended"])
    path = tmp_path / "training.xlsx"
    wb.save(path)

    report = import_file(cat, "training", path)
    assert report.refused and cat.count("training_record") == 0
    [problem] = report.problems
    assert (problem.row_number, problem.column) == (4, "End date")
    assert "before the start date" in problem.reason

    report = import_file(cat, "training", path, skip_invalid=True)
    assert report.written and report.inserted == 1 and report.skipped == 1
    rec = next(cat.iter_records("training_record"))
    assert rec["started_on"] == "2024-01-08" and rec["ended_on"] == "2024-01-12" and rec["hours"] == 32.0


# --- every bad value is reported with its row, column and reason --------------------

def test_every_kind_of_bad_value_gets_row_column_and_reason(cat, tmp_path):
    rows = [
        f"RS-1,Cocaine hydrochloride,53-21-4,99.2,{days(-30)},in use,100,80,mg",       # 2 fine
        f"RS-3,Cocaine,50-36-3,99,{days(-30)},in use,10,5,mg",                        # 3 CAS check digit
        f"RS-4,Cocaine,53-21-4,abc,{days(-30)},in use,10,5,mg",                       # 4 not a number
        "RS-5,Cocaine,53-21-4,99,31/31/2024,in use,10,5,mg",                          # 5 not a date
        f"RS-6,Cocaine,53-21-4,99,{days(-30)},lost,10,5,mg",                          # 6 not a status
        f"RS-7,Cocaine,53-21-4,99,{days(-30)},in use,10,50,mg",                       # 7 rule: remaining > qty
        f"RS-8,,53-21-4,99,{days(-30)},in use,10,5,mg",                               # 8 required
        f"RS-9,Cocaine,53-21-4,99,{days(-30)},in use,10,5,furlong",                   # 9 not a unit
        f"RS-1,Cocaine again,53-21-4,99,{days(-30)},in use,10,5,mg",                  # 10 repeated key
        f"RS-11,Cocaine,53-21-4,99,{days(30)},in use,10,5,mg",                        # 11 in the future
        f"RS-12,Cocaine,53-21-4,99,{days(-30)},in use,-5,,mg",                        # 12 below minimum
        f"RS-13,Cocaine,53-21-4,120,{days(-30)},in use,10,5,mg",                      # 13 impossible purity
    ]
    f = write(tmp_path / "bad.csv", "Code,Substance,CAS,Purity,Received,Status,Quantity,Remaining,Unit\n"
              + "\n".join(rows) + "\n")
    report = import_file(cat, "reference-samples", f)

    assert report.refused and not report.written
    assert cat.count("reference_sample") == 0 and cat.changes_since(0) == []
    found = {(p.row_number, p.column): p for p in report.problems}
    assert set(found) == {(3, "CAS"), (4, "Purity"), (5, "Received"), (6, "Status"), (7, "Remaining"),
                          (8, "Substance"), (9, "Unit"), (10, "Code"), (11, "Received"), (12, "Quantity"),
                          (13, "Purity")}
    assert found[(3, "CAS")].to_text() == ("Row 3, column “CAS”: “50-36-3” — the check digit of CAS number "
                                           "50-36-3 is wrong; check for a typing error")
    assert "not a number" in found[(4, "Purity")].reason
    assert "not a real calendar date" in found[(5, "Received")].reason
    assert "is not one of" in found[(6, "Status")].reason
    assert "more than was received" in found[(7, "Remaining")].reason
    assert found[(8, "Substance")].reason == "Substance is required" and found[(8, "Substance")].value == ""
    assert found[(10, "Code")].reason == "repeats inventory code RS-1 from row 2"
    assert "in the future" in found[(11, "Received")].reason
    assert "below the minimum" in found[(12, "Quantity")].reason
    assert "impossible" in found[(13, "Purity")].reason
    assert report.invalid_rows == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]

    text = report.to_text()
    assert "Nothing was written" in text and "Row 8, column “Substance”: empty — Substance is required" in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["refused"] is True and len(data["problems"]) == len(report.problems)
    assert {"row": 3, "column": "CAS", "value": "50-36-3",
            "reason": "the check digit of CAS number 50-36-3 is wrong; check for a typing error"} in data["problems"]


def test_bad_peak_areas_are_reported_in_their_own_column(cat, tmp_path):
    f = write(tmp_path / "p.csv", "sample,drug,peak:caffeine,peak:P2P\nLS-1,cocaine,-2,abc\nLS-2,heroin,1,2\n")
    report = import_file(cat, "profiles", f)
    found = {(p.row_number, p.column): p.reason for p in report.problems}
    assert found == {(2, "peak:caffeine"): "a peak area cannot be negative",
                     (2, "peak:P2P"): ("“abc” is not a peak area (a number). Leave the cell blank if P2P was not "
                                       "reported, or write n.d. if it was not detected")}


def test_problems_found_by_the_store_status_changes_and_rights(cat, tmp_path):
    f = write(tmp_path / "s.csv", SAMPLES_CSV)
    assert import_file(cat, "reference-samples", f).inserted == 2
    # RS-2 was quarantined; "consumed" is not a step it may take.
    f2 = write(tmp_path / "s2.csv", SAMPLES_CSV.replace("quarantined,50,50", "consumed,50,0"))
    report = import_file(cat, "reference-samples", f2)
    [problem] = report.problems
    assert (problem.row_number, problem.column) == (3, "Status")
    assert "cannot become consumed" in problem.reason

    cat.add_user("qm", "Quality Manager", "quality_manager")
    cat.add_user("ana", "Ana Analyst", "analyst")
    cat.act_as("ana")
    t = write(tmp_path / "t.csv", "staff,competence,activity,start,authorised by\n"
              f"Kofi,GC-MS,authorisation,{days(-3)},Dr Q\n")
    report = import_file(cat, "training", t)
    [problem] = report.problems
    assert problem.column == "" and "Only a quality manager may authorise" in problem.reason
    assert problem.to_text().startswith("Row 2: Only a quality manager")


def test_training_duplicates_name_the_whole_natural_key(cat, tmp_path):
    f = write(tmp_path / "t.csv", "staff,competence,activity,start\n"
              "Kofi,GC-MS,course,2024-01-02\nKofi,GC-MS,Course,02 Jan 2024\n")
    [problem] = import_file(cat, "training", f).problems
    assert problem.row_number == 3 and problem.column == ""
    assert problem.reason == ("repeats staff member Kofi, competence area GC-MS, activity course, "
                              "start date 2024-01-02 from row 2")


# --- all or nothing, skip-invalid, dry run, re-import ---------------------------------

def test_cli_refuses_the_whole_file_with_exit_2_and_writes_nothing(tmp_path, capsys):
    data = tmp_path / "data"
    f = write(tmp_path / "s.csv", SAMPLES_CSV + f"RS-3,Cocaine,50-36-3,99,{days(-3)},in use,10,5,mg\n")
    assert cli(data, "import", "--kind", "reference-samples", str(f)) == 2
    out, err = capsys.readouterr()
    assert "Row 4, column “CAS”: “50-36-3”" in out and "refused" in err
    with Catalogue.open(data, user="amina") as cat:
        assert cat.count("reference_sample") == 0

    assert cli(data, "import", "--kind", "reference-samples", "--dry-run", "--skip-invalid", str(f)) == 1
    assert "Dry run" in capsys.readouterr().out
    with Catalogue.open(data, user="amina") as cat:
        assert cat.count("reference_sample") == 0

    assert cli(data, "import", "--kind", "reference-samples", "--skip-invalid", "--json", str(f)) == 1  # rows skipped
    report = json.loads(capsys.readouterr().out)
    assert (report["inserted"], report["skipped"], report["written"]) == (2, 1, True)
    assert [p["row"] for p in report["problems"]] == [4]
    with Catalogue.open(data, user="amina") as cat:
        assert sorted(r["inventory_code"] for r in cat.iter_records("reference_sample")) == ["RS-1", "RS-2"]


def test_cli_bad_file_is_a_sentence_and_exit_2(tmp_path, capsys):
    f = write(tmp_path / "report.csv", "%PDF-1.4 whatever")
    assert cli(tmp_path / "d", "import", "--kind", "profiles", str(f)) == 2
    assert "is a PDF document" in capsys.readouterr().err


def test_dry_run_writes_nothing_but_says_what_would_happen(cat, tmp_path):
    f = write(tmp_path / "s.csv", SAMPLES_CSV)
    report = import_file(cat, "reference-samples", f, dry_run=True)
    assert (report.inserted, report.written, report.dry_run) == (2, False, True)
    assert cat.count("reference_sample") == 0 and cat.changes_since(0) == []
    assert "would give: 2 added" in report.to_text()


def test_reimport_changes_nothing_and_an_edited_row_updates(cat, tmp_path):
    f = write(tmp_path / "s.csv", SAMPLES_CSV)
    first = import_file(cat, "reference-samples", f)
    assert (first.inserted, first.updated, first.unchanged) == (2, 0, 0)
    seq = cat.last_change_seq()
    again = import_file(cat, "reference-samples", f)
    assert (again.inserted, again.updated, again.unchanged, again.written) == (0, 0, 2, True)
    assert cat.count("reference_sample") == 2 and cat.last_change_seq() == seq

    edited = write(tmp_path / "s2.csv", SAMPLES_CSV.replace("100,80,mg", "100,75,mg"))
    report = import_file(cat, "reference-samples", edited)
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 1)
    rec = stored(cat, "reference_sample")[("RS-1",)]
    assert rec["remaining_quantity"] == 75 and rec["version"] == 2
    entries = [e for e in cat.audit_entries("reference_sample") if e["action"] == "import"]
    assert entries[0]["detail"]["source"]["file"] == "s.csv" and len(entries[0]["detail"]["source"]["sha256"]) == 64


def test_progress_is_reported_and_cancel_writes_nothing(cat, tmp_path):
    lines = [f"LS-{i},cocaine" for i in range(2500)]
    f = write(tmp_path / "many.csv", "sample,drug\n" + "\n".join(lines) + "\n")
    calls = []
    report = import_file(cat, "profiles", f, progress=lambda done, total: calls.append((done, total)))
    assert report.inserted == 2500 and calls == [(1000, 2500), (2000, 2500), (2500, 2500)]

    other = write(tmp_path / "more.csv", "sample,drug\n" + "\n".join(f"X-{i},heroin" for i in range(2500)))
    with pytest.raises(ImportCancelled, match="nothing was written"):
        import_file(cat, "profiles", other, progress=lambda done, total: done < 2000)
    assert cat.count("profiling_result") == 2500


# --- columns ------------------------------------------------------------------------------

def test_suggest_mapping_tolerates_case_punctuation_synonyms_units_and_peaks():
    headers = ["Lab Sample No.", "SEIZURE_DATE", "seizureCountry", "Weight (mg)", "Diameter [mm]", "Peak: Caffeine",
               "peak_P2P", "peak DPIA", "Peak areas", "Tablet colour", "id", "version", "Something else", ""]
    assert suggest_mapping(PROFILING_RESULT, headers) == {
        "Lab Sample No.": "lab_sample_number", "SEIZURE_DATE": "seizure_date", "seizureCountry": "seizure_country",
        "Weight (mg)": "weight_mg", "Diameter [mm]": "diameter_mm", "Peak: Caffeine": "peak:Caffeine",
        "peak_P2P": "peak:P2P", "peak DPIA": "peak:DPIA", "Peak areas": "peaks", "Tablet colour": "colour",
        "id": None, "version": None, "Something else": None, "": None}
    assert suggest_mapping("reference-samples", ["CAS No.", "Inventory #", "Expiry date", "Qty"]) == {
        "CAS No.": "cas_number", "Inventory #": None, "Expiry date": "expiry_on", "Qty": "quantity"}


def test_explicit_mapping_overrides_the_suggestion(cat, tmp_path):
    f = write(tmp_path / "odd.csv", f"Ref,What,When,State,Junk\nQ-1,Fentanyl citrate,{days(-9)},in use,zzz\n")
    with pytest.raises(CatalogueError, match="None of the columns of odd.csv"):
        import_file(cat, "reference-samples", f)
    with pytest.raises(CatalogueError, match=r"has no column for Received \(received_on\), Status \(status\)"):
        import_file(cat, "reference-samples", f, mapping={"Ref": "inventory_code", "What": "substance"})
    mapping = {"Ref": "inventory_code", "What": "Substance", "When": "received_on", "State": "status", "Junk": None}
    assert import_file(cat, "reference-samples", f, mapping=mapping, dry_run=True).inserted == 1
    report = import_file(cat, "reference-samples", f, mapping=mapping)
    assert report.inserted == 1 and report.warnings == []
    assert any("“Junk”" in i for i in report.info)
    assert stored(cat, "reference_sample")[("Q-1",)]["substance"] == "Fentanyl citrate"
    with pytest.raises(CatalogueError, match="not a field of a reference sample"):
        import_file(cat, "reference-samples", f, mapping={**mapping, "Junk": "colour"})
    with pytest.raises(CatalogueError, match="not a column of odd.csv"):
        import_file(cat, "reference-samples", f, mapping={"Nope": "lot"})


def test_file_level_mistakes_are_sentences(cat, tmp_path):
    two = write(tmp_path / "two.csv", "CAS,CAS number,code,substance,received,status\n1,2,3,4,5,6\n")
    with pytest.raises(CatalogueError, match="“CAS” and “CAS number” both hold the cas number"):
        import_file(cat, "reference-samples", two)
    alien = write(tmp_path / "alien.csv", "foo,bar\n1,2\n")
    with pytest.raises(CatalogueError, match="None of the columns of alien.csv"):
        import_file(cat, "reference-samples", alien)
    with pytest.raises(CatalogueError, match="There is no record type"):
        import_file(cat, "cars", alien)


def test_unknown_unnamed_and_system_columns_are_reported_not_silently_dropped(cat, tmp_path):
    f = write(tmp_path / "x.csv", "sample,drug,Colur,,id,version\nLS-1,cocaine,red,lost value,abc,3\n")
    report = import_file(cat, "profiles", f)
    assert report.inserted == 1
    assert any("“Colur”" in w and "Did you mean “colour”" in w for w in report.warnings)
    assert any("Column D has no header" in w and "row 2" in w for w in report.warnings)
    assert len([i for i in report.info if "“id” and “version”" in i]) == 1
    assert not any("“id”" in w for w in report.warnings)


def test_header_only_file_imports_nothing(cat, tmp_path):
    report = import_file(cat, "profiles", write(tmp_path / "h.csv", "sample,drug\n"))
    assert report.rows_read == 0 and not report.refused and not report.written
    assert "no rows of data" in report.warnings[0]


def test_peaks_column_and_peak_columns_are_merged(cat, tmp_path):
    f = write(tmp_path / "p.csv", 'sample,drug,peaks,peak:DPIA\nLS-1,cocaine,"caffeine=1; P2P=2",0.5\n'
                                  'LS-2,cocaine,"DPIA=1",0.5\n')
    report = import_file(cat, "profiles", f)
    [problem] = report.problems
    assert (problem.row_number, problem.column) == (3, "peak:DPIA")
    report = import_file(cat, "profiles", f, skip_invalid=True)
    assert stored(cat, "profiling_result")[("LS-1",)]["peaks"] == {"caffeine": 1.0, "P2P": 2.0, "DPIA": 0.5}


# --- the fast column-wise parsing gives exactly what RecordType.validate gives --------------

def test_import_agrees_with_record_type_validate(cat, tmp_path):
    variants = {
        # A column reads numbers by one convention (catalogue.numbers): decimal commas here, points below.
        "purity": ["12,5", " 7 ", "1e1", "nan", "inf", "-3", "1 234,5", "abc", "", "−2", "1_0"],
        "thickness_mm": ["5.", ".5", "2", "1e1"],
        "diameter_mm": ["-1", "101", "0", "1,5", "  ", "100"],
        "seizure_date": ["2023-01-02", "02/01/2023", "13/01/2023", "2023-02-30", "5 Jan 2023", "", "2023.03.04"],
        "analysed_on": [days(-1), "", "2022-12-31", days(3)],
        "drug_type": ["Speed", "MDMA (ecstasy)", "xyz", " cocaine ", "", "CRYSTAL METH"],
        "seizure_country": ["gh", "GHA", " ke ", "", "1A"],
        "form": ["tablet", "Pill", "powder", "gas", ""],
        "logo": ["", "WY", "  ", "=1+2"],
        "shareable": ["Yes", "0", "x", "maybe", "", "oui"],
        "adulterants": ["a; b", '["x", "y"]', ";", "[bad", "", "caffeine|lidocaine"],
        "peaks": ["a=1; b=2", "a=-1", "a", '{"a": 1}', "", "a=1; a=2"],
        "seizure_region": ["North", "", "x" * 4001],
    }
    names = ["lab_sample_number", *variants]
    rows = []
    cycles = {name: itertools.cycle(values) for name, values in variants.items()}
    for i in range(40):
        rows.append({"lab_sample_number": f"LS-{i}", **{name: next(cycles[name]) for name in variants}})

    def cell(v):
        return '"' + v.replace('"', '""') + '"'
    text = ",".join(names) + "\n" + "\n".join(",".join(cell(r[n]) for n in names) for r in rows) + "\n"
    f = write(tmp_path / "variants.csv", text)
    report = import_file(cat, "profiles", f, skip_invalid=True)
    by_row = {}
    for p in report.problems:
        by_row.setdefault(p.row_number, set()).add(p.column)
    recs = stored(cat, "profiling_result")
    for i, raw in enumerate(rows):
        clean, problems = PROFILING_RESULT.validate(raw)
        expected = {p.field for p in problems}
        assert by_row.get(i + 2, set()) == expected, (raw, problems)
        if not problems:
            got = recs[(raw["lab_sample_number"],)]
            assert {k: got[k] for k in clean} == clean


def test_cli_kinds_are_the_record_types_command_line_names():
    from labnet.catalogue.records import RECORD_TYPES
    from labnet.cli.catalogue_commands import KINDS

    assert set(KINDS) == {rt.cli_name for rt in RECORD_TYPES.values()}


def test_long_reports_are_cut_in_text_but_complete_in_json(cat, tmp_path):
    f = write(tmp_path / "bad.csv", "sample,drug\n" + "".join(f"LS-{i},unobtainium\n" for i in range(250)))
    report = import_file(cat, "profiles", f)
    text = report.to_text()
    assert text.count("\n  Row ") == 200 and "… and 50 more problems in 50 more rows" in text
    assert len(report.to_dict()["problems"]) == 250
