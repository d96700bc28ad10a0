"""Profiles from a file, read rather than guessed (sheets, target columns, ground truth), presets as data,
signed variables, method provenance, and ``labnet profiles link FILE``."""

from __future__ import annotations

import csv
import json

import numpy as np
import openpyxl
import pytest

from labnet import cli
from labnet.catalogue.errors import CatalogueError
from labnet.profiling.calibration import evaluate
from labnet.profiling.filetable import parse_linked_if, read_file_population
from labnet.profiling.method import ComparisonMethod, method_from_evaluation, population_sha256
from labnet.profiling.pretreat import ReferenceStats, pretreat
from labnet.profiling.targets import available_presets, load_preset, load_target_list, profile_matrix
from test_hub_ingest import enrol, hub  # noqa: F401  (the hub fixture)

COMPOUNDS = ["c1", "c2", "c3", "c4", "c5", "c6"]


def synthetic(seed: int = 7):
    """24 specimens: 2 routes × 2 precursors × 2 seizures × 3 specimens.

    The profile is set by route and precursor (plus a little noise); the seizure does not change it.
    So "same route and same precursor" is what the chemistry shows; "same route" alone is not.
    """
    rng = np.random.default_rng(seed)
    centre = {(r, p): rng.uniform(1, 100, len(COMPOUNDS)) for r in "AB" for p in "PQ"}
    rows = []
    n = 0
    for (route, precursor), base in centre.items():
        for seizure in range(2):
            for _ in range(3):
                n += 1
                areas = base * rng.normal(1, 0.01, len(COMPOUNDS))
                rows.append({"Specimen": f"S{n:02d}", "Seizure": f"Z-{route}{precursor}{seizure}",
                             "route": route, "precursor": precursor, "Year": 2015 + n % 5,
                             "Purity": round(float(rng.uniform(5, 80)), 1), "Postcode": 3000 + n,
                             "latitude": -37.8 + n / 100, "longitude": 144.9 + n / 100,
                             **{c: round(float(a), 4) for c, a in zip(COMPOUNDS, areas)}})
    return rows


@pytest.fixture
def workbook(tmp_path):
    """A published workbook as it is: a GCMS sheet (with a Purity column) and a Lookup sheet of metadata."""
    rows = synthetic()
    wb = openpyxl.Workbook()
    gcms = wb.active
    gcms.title = "GCMS"
    gcms.append(["Specimen", "Seizure", "Purity", *COMPOUNDS])
    for r in rows:
        gcms.append([r["Specimen"], r["Seizure"], r["Purity"], *(r[c] for c in COMPOUNDS)])
    lookup = wb.create_sheet("Lookup")
    lookup.append(["Specimen", "Year", "Purity", "Postcode", "latitude", "longitude", "route", "precursor"])
    for r in rows:
        lookup.append([r["Specimen"], r["Year"], r["Purity"], r["Postcode"], r["latitude"], r["longitude"],
                       r["route"], r["precursor"]])
    path = tmp_path / "published.xlsx"
    wb.save(path)
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(["profiles", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


# -- a workbook is read, not guessed ------------------------------------------------------------
def test_a_workbook_with_two_sheets_and_no_sheet_named_is_refused_with_the_list(workbook, capsys):
    code, out, err = run(capsys, "evaluate", workbook, "--id-column", "Specimen", "--group-column", "Seizure")
    assert code == 2 and out == ""
    assert "GCMS" in err and "Lookup" in err and "--sheet" in err


def test_the_sheet_chosen_is_read_and_metadata_is_never_a_target(workbook, capsys):
    code, out, err = run(capsys, "evaluate", workbook, "--sheet", "GCMS", "--id-column", "Specimen",
                         "--group-column", "Seizure", "--targets", "c1..c6", "--pretreatment", "N",
                         "--metric", "pearson", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["sheet"] == "GCMS" and report["targets"] == COMPOUNDS
    assert report["unused_columns"] == ["Purity"]              # reported, not used
    assert report["profiles"] == 24 and report["rejected"] == []
    assert report["ground_truth"] == "same Seizure"


def test_without_a_target_list_the_numeric_columns_are_named_not_used(workbook, capsys):
    code, out, err = run(capsys, "evaluate", workbook, "--sheet", "gcms", "--id-column", "Specimen",
                         "--group-column", "Seizure")
    assert code == 2 and "--targets" in err and "Purity" in err and "c1" in err


@pytest.mark.parametrize("argv, words", [
    (["--sheet", "Nope", "--group-column", "Seizure", "--targets", "c1"], "no sheet “Nope”"),
    (["--sheet", "GCMS", "--targets", "c1"], "--linked-if"),
    (["--sheet", "GCMS", "--linked-if", "route", "--targets", "c1"], "no column “route”"),
    (["--sheet", "GCMS", "--linked-if", "Seizure,", "--targets", "c1"], "separated by commas"),
    (["--sheet", "GCMS", "--group-column", "Seizure", "--targets", "c6..c1"], "range"),
    (["--sheet", "GCMS", "--group-column", "Seizure", "--targets", "Seizure,c1"], "both a target"),
    (["--lookup", "Lookup", "--linked-if", "route", "--targets", "c1"], "--lookup-key"),
    (["--sheet", "GCMS", "--lookup", "Elsewhere", "--lookup-key", "Specimen", "--linked-if", "route",
      "--targets", "c1"], "neither a sheet"),
    (["--sheet", "GCMS", "--group-column", "Seizure", "--preset", "nope"], "no comparison preset"),
])
def test_bad_reading_options_are_refused_with_a_reason(workbook, capsys, argv, words):
    code, out, err = run(capsys, "evaluate", workbook, "--id-column", "Specimen", *argv)
    assert code == 2 and out == "" and words in err, err


def test_a_csv_has_no_sheets(tmp_path, capsys):
    path = tmp_path / "p.csv"
    path.write_text("id,g,peak:a\n1,x,1\n2,x,2\n3,y,3\n", encoding="utf-8")
    code, _, err = run(capsys, "evaluate", path, "--id-column", "id", "--group-column", "g", "--sheet", "S1")
    assert code == 2 and "no sheets" in err


# -- only one ground truth no more -------------------------------------------------------------
def _evaluate(capsys, workbook, *rule):
    code, out, err = run(capsys, "evaluate", workbook, "--id-column", "Specimen", "--lookup", "Lookup",
                         "--lookup-key", "Specimen", "--targets", "c1..c6", "--pretreatment", "N2R",
                         "--metric", "pearson", *rule, "--json")
    assert code == 0, err
    return json.loads(out)


def test_linked_if_rules_decide_which_pairs_are_linked(workbook, capsys):
    both = _evaluate(capsys, workbook, "--linked-if", "route,precursor")
    route = _evaluate(capsys, workbook, "--linked-if", "route")
    seizure = _evaluate(capsys, workbook, "--group-column", "Seizure")
    # 4 route × precursor classes of 6 specimens: 4 × 15 pairs; 2 routes of 12: 2 × 66; 8 seizures of 3: 8 × 3
    assert (both["linked_pairs"], route["linked_pairs"], seizure["linked_pairs"]) == (60, 132, 24)
    assert both["ground_truth"] == "same route and same precursor"
    assert both["best"]["auc"] > 0.99 > route["best"]["auc"]
    assert both["sheet"] == "GCMS"          # the lookup sheet is not a candidate for the profiles


def test_the_lookup_join_reports_the_profiles_it_cannot_place(workbook, tmp_path):
    wb = openpyxl.load_workbook(workbook)
    lookup = wb["Lookup"]
    lookup.delete_rows(2)                   # S01 loses its metadata
    lookup["G2"] = None                     # S02 (now on row 2) has no route
    path = tmp_path / "gaps.xlsx"
    wb.save(path)
    population = read_file_population(path, "Specimen", None, ["c1..c6"], lookup="Lookup", lookup_key="Specimen",
                                      linked_if=parse_linked_if("route,precursor"))
    assert len(population.labels) == 22
    reasons = dict(population.rejected)
    assert "no row for Specimen “S01”" in reasons["S01"] and "no value in route" in reasons["S02"]


def test_a_lookup_with_two_different_rows_for_one_key_is_refused(workbook, tmp_path):
    wb = openpyxl.load_workbook(workbook)
    wb["Lookup"].append(["S01", 1999, 1, 1, 1, 1, "B", "Q"])
    path = tmp_path / "dup.xlsx"
    wb.save(path)
    with pytest.raises(CatalogueError, match="two different rows for Specimen “S01”"):
        read_file_population(path, "Specimen", None, ["c1"], lookup="Lookup", lookup_key="Specimen",
                             linked_if=["route"])


def test_a_lookup_in_another_file(workbook, tmp_path, capsys):
    other = tmp_path / "meta.csv"
    with other.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Specimen", "route", "precursor"])
        for r in synthetic():
            writer.writerow([r["Specimen"], r["route"], r["precursor"]])
    report = _evaluate(capsys, workbook, "--sheet", "GCMS", "--lookup", str(other), "--linked-if",
                       "route,precursor")
    assert report["linked_pairs"] == 60


# -- presets as data -------------------------------------------------------------------------------
def test_presets_load_with_what_they_are_harmonised_for_and_their_reference():
    names = {p.name for p in available_presets()}
    assert {"amphetamine-champ", "cocaine-lociciro-2008", "cocaine-carby-robinson-2021", "heroin-lausanne"} <= names
    carby, cocaine = load_preset("cocaine-carby-robinson-2021")
    assert (carby.pretreatment, carby.metric, carby.fpr) == ("S+N", "canberra", 0.005)
    assert cocaine.drug_type == "cocaine" and any("10.1002/dta.3130" in r for r in cocaine.references)
    lociciro, _ = load_preset("cocaine-lociciro-2008")
    assert (lociciro.pretreatment, lociciro.metric) == ("N+S", "cosine") and ("N+S", "pearson") in lociciro.alternatives
    for preset in available_presets():
        assert preset.harmonised_for and preset.reference
    amphetamine = load_target_list("amphetamine")
    assert len(amphetamine.targets) > 12 and "PARTIAL" in amphetamine.completeness
    assert "methamphetamine" in [p.drug_type for p in [load_target_list("methamphetamine")]]
    assert "NOT HARMONISED" in load_target_list("methamphetamine").completeness


def test_the_presets_command_lists_them(capsys):
    code, out, _ = run(capsys, "presets")
    assert code == 0 and "cocaine-carby-robinson-2021: S+N + canberra at FPR 0.005" in out
    code, out, _ = run(capsys, "presets", "--json")
    assert any(t["drug_type"] == "cocaine" and len(t["presets"]) == 2 for t in json.loads(out))


def test_a_preset_fixes_the_combination_and_its_fpr(tmp_path, capsys):
    path = tmp_path / "coca.csv"
    targets = load_target_list("cocaine").targets
    rng = np.random.default_rng(3)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "batch", *targets, "Year"])
        for g in range(6):
            base = rng.uniform(1, 50, len(targets))
            for k in range(3):
                writer.writerow([f"{g}-{k}", f"B{g}", *np.round(base * rng.normal(1, 0.02, len(targets)), 3), 2020])
    code, out, err = run(capsys, "evaluate", path, "--id-column", "id", "--group-column", "batch", "--preset",
                         "cocaine-carby-robinson-2021", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert [(c["pretreatment"], c["metric"]) for c in report["combinations"]] == [("S+N", "canberra")]
    assert report["fpr_target"] == 0.005 and report["unused_columns"] == ["Year"]
    assert report["preset"]["name"] == "cocaine-carby-robinson-2021"


def test_canberra_ignores_the_order_only_when_scaling_comes_last():
    rng = np.random.default_rng(1)
    x = rng.uniform(0.5, 30, (20, 5))
    stats = ReferenceStats.of(x)
    from labnet.profiling.metrics import pair_scores
    i, j = np.triu_indices(20, 1)

    def scores(p):
        t = pretreat(x, p, stats)
        return pair_scores("canberra", t[i], t[j])
    assert np.allclose(scores("N+S"), scores("N"))            # a constant factor per target changes nothing
    assert not np.allclose(scores("S+N"), scores("N"))


# -- signed variables ------------------------------------------------------------------------------
def test_signed_variables_keep_their_sign_and_are_standardised():
    matrix = profile_matrix([("a", {"d13C": -27.5, "d15N": 2.1}), ("b", {"d13C": -30.0, "d15N": -1.0}),
                             ("c", {"d13C": -25.0, "d15N": ""}), ("d", {"d13C": 0, "d15N": 0})],
                            ("d13C", "d15N"), signed=True)
    assert matrix.labels == ["a", "b", "d"] and "no value for d15N" in dict(matrix.rejected)["c"]
    stats = ReferenceStats.of(matrix.values)
    z = pretreat(matrix.values, "Z", stats)
    assert np.allclose(z.mean(axis=0), 0) and np.allclose(z.std(axis=0, ddof=1), 1)
    with pytest.raises(CatalogueError, match="use the Z pretreatment"):
        pretreat(matrix.values, "N2R", stats)
    with pytest.raises(CatalogueError, match="negative"):
        pretreat(matrix.values, "N", stats)
    assert "must be a finite number ≥ 0" in dict(profile_matrix([("a", {"d13C": -27.5})], ("d13C",)).rejected)["a"]


def test_a_method_keeps_the_raw_reference_and_an_old_method_reads_as_it_was():
    stats = ReferenceStats.of(np.array([[1.0, -2.0], [3.0, -4.0], [2.0, 0.5]]))
    assert ReferenceStats.from_json(stats.to_json()) == stats
    old = {"mean": [1.0, 2.0], "std": [0.5, 0.5], "size": 3}
    assert ReferenceStats.from_json(old).to_json() == old


@pytest.fixture
def isotopes(tmp_path):
    path = tmp_path / "isotopes.csv"
    rng = np.random.default_rng(11)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["sample", "batch", "d13C", "d15N", "d2H"])
        for g in range(6):
            centre = rng.normal([-30, 0, -150], [2, 3, 20])
            for k in range(3):
                writer.writerow([f"{g}-{k}", f"B{g}", *np.round(centre + rng.normal(0, [0.1, 0.1, 1]), 3)])
    return path


def test_isotope_ratios_are_refused_without_signed_and_compared_with_it(isotopes, capsys):
    base = ["evaluate", isotopes, "--id-column", "sample", "--group-column", "batch", "--targets", "d13C,d15N,d2H"]
    code, out, err = run(capsys, *base)
    assert code == 2 and "--signed" in err and "d13C" in err
    code, out, err = run(capsys, *base, "--signed", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert {c["pretreatment"] for c in report["combinations"]} == {"none", "Z"} and report["rejected"] == []
    assert max(c["auc"] for c in report["combinations"] if c["pretreatment"] == "Z") > 0.95
    code, _, err = run(capsys, *base, "--signed", "--pretreatment", "N")
    assert code == 2 and "normalising to a total means nothing" in err


# -- provenance ------------------------------------------------------------------------------------
def test_provenance_travels_with_the_method_and_is_stable(workbook):
    def method():
        population = read_file_population(workbook, "Specimen", "Seizure", ["c1..c6"], sheet="GCMS")
        ev = evaluate(population.values, population.groups, pretreatments=("N2R",), metrics=("pearson",),
                      keep_scores=True)
        return method_from_evaluation("pub", "file", population.targets.targets, ev, ev.combinations[0],
                                      source=population.provenance["source_file"],
                                      provenance=population.provenance)
    first, second = method(), method()
    p = first.to_json()["provenance"]
    assert p == second.to_json()["provenance"]                      # the same data, the same record
    assert len(p["data_sha256"]) == 64 and len(p["source_file_sha256"]) == 64 and p["sheet"] == "GCMS"
    assert p["ground_truth"] == "same Seizure" and p["software"] == "LabNet" and p["software_version"]
    assert p["validation"]["auc"] == round(first.auc, 6) and p["validation"]["linked_pairs"] == 24
    again = ComparisonMethod.from_json(json.loads(json.dumps(first.to_json())))
    assert again.to_json() == first.to_json()
    # a method without provenance (saved before it existed) keeps its JSON exactly
    bare = ComparisonMethod.from_json({k: v for k, v in first.to_json().items() if k != "provenance"})
    assert "provenance" not in bare.to_json()


def test_the_data_hash_is_that_of_the_data():
    values = np.array([[1.0, 2.0], [3.0, 4.5]])
    one = population_sha256(("a", "b"), ["x", "y"], ["g", "g"], values)
    assert one == population_sha256(("a", "b"), ["x", "y"], ["g", "g"], values.copy())
    assert one != population_sha256(("a", "b"), ["x", "y"], ["g", "h"], values)
    assert one != population_sha256(("a", "b"), ["x", "y"], ["g", "g"], values + [[0, 1e-9], [0, 0]])


def test_saving_records_who_calibrated_and_when(tmp_path):
    from labnet.catalogue.store import Catalogue
    from labnet.profiling.method import load_method, save_method

    values = np.array([[1.0, 2, 3], [1.1, 2, 3], [5, 1, 0.5], [5.2, 1, 0.4]])
    ev = evaluate(values, ["a", "a", "b", "b"], pretreatments=("N",), metrics=("pearson",), keep_scores=True)
    method = method_from_evaluation("m", "cocaine", ("x", "y", "z"), ev, ev.combinations[0],
                                    provenance={"data_sha256": "0" * 64})
    with Catalogue.open(tmp_path / "cat", user="amina") as cat:
        saved = save_method(cat, method)
        loaded = load_method(cat, "m")
    assert loaded.provenance == saved.provenance
    assert loaded.provenance["calibrated_by"] == "amina" and loaded.provenance["calibrated_at"] == saved.created_at


def test_a_method_published_at_the_hub_keeps_its_provenance_and_its_bulletin_verifies(hub, workbook):  # noqa: F811
    from dataclasses import replace

    from labnet.hub.linking import NetworkLinker
    from labnet.protocol.bulletin import verify_bulletin

    population = read_file_population(workbook, "Specimen", "Seizure", ["c1..c6"], sheet="GCMS")
    ev = evaluate(population.values, population.groups, pretreatments=("N2R",), metrics=("pearson",),
                  keep_scores=True)
    method = replace(method_from_evaluation("published", "file", population.targets.targets, ev, ev.combinations[0],
                                            provenance=population.provenance), version=1)
    lab = enrol(hub, "Lab Accra")
    linker = NetworkLinker(hub)
    first = linker.publish_method(method.to_json())
    assert linker.publish_method(method.to_json())["bulletin"] == first["bulletin"]   # the same method again
    rows = hub.store.query("SELECT document FROM bulletins WHERE kind = 'method'")
    [bulletin] = [verify_bulletin(bytes(r["document"]), hub.identity.public, lab.identity_id) for r in rows]
    assert bulletin.content["provenance"] == method.to_json()["provenance"]
    assert ComparisonMethod.from_json(bulletin.content).provenance["data_sha256"] == population.provenance["data_sha256"]


# -- labnet profiles link FILE ---------------------------------------------------------------------
@pytest.fixture
def profiles_csv(tmp_path):
    path = tmp_path / "profiles.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "Year", "peak:a", "peak:b", "peak:c"])
        for name, row in [("A1", [10, 20, 30]), ("A2", [11, 20, 29]), ("A3", [10, 21, 30]),
                          ("B1", [30, 5, 1]), ("B2", [29, 5, 1.2]), ("C1", [1, 1, 50])]:
            writer.writerow([name, 2020, *row])
    return path


def test_link_a_file_with_a_combination(profiles_csv, tmp_path, capsys):
    out_csv = tmp_path / "links.csv"
    code, out, err = run(capsys, "link", profiles_csv, "--id-column", "id", "--pretreatment", "N", "--metric",
                         "pearson", "--threshold", "99", "--out", out_csv)
    assert code == 0, err
    assert "6 profiles of profiles.csv" in out and "4 links" in out and "Year" in out
    with out_csv.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["profile_a"], r["profile_b"]) for r in rows] == [("A1", "A2"), ("A1", "A3"), ("A2", "A3"),
                                                                 ("B1", "B2")]
    assert all(float(r["score"]) >= 99 and r["likelihood_ratio"] == "" for r in rows)


def test_link_a_file_with_a_method_file_gives_the_lr(profiles_csv, tmp_path, capsys):
    values = np.array([[10, 20, 30], [11, 20, 29], [30, 5, 1], [29, 5, 1.2], [1, 1, 50], [1.1, 1, 49]], float)
    groups = ["a", "a", "b", "b", "c", "c"]
    ev = evaluate(values, groups, pretreatments=("N",), metrics=("euclidean",), keep_scores=True)
    method = method_from_evaluation("file-method", "test", ("a", "b", "c"), ev, ev.combinations[0])
    method_json = tmp_path / "method.json"
    method_json.write_text(json.dumps(method.to_json()), encoding="utf-8")
    out_csv = tmp_path / "links.csv"
    code, out, err = run(capsys, "link", profiles_csv, "--id-column", "id", "--method", method_json, "--out",
                         out_csv, "--json")
    assert code == 0, err
    summary = json.loads(out)
    with out_csv.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert summary["links"] == len(rows) > 0 and summary["method"] == "file-method"
    assert summary["likelihood_ratio"] is True
    low, high = method.likelihood_ratio.bounds
    assert all(low * (1 - 1e-5) <= float(r["likelihood_ratio"]) <= high * (1 + 1e-5) for r in rows)  # 6 digits
    assert {(r["profile_a"], r["profile_b"]) for r in rows} >= {("A1", "A2"), ("B1", "B2")}


@pytest.mark.parametrize("argv, words", [
    (["--pretreatment", "N", "--metric", "pearson", "--threshold", "99"], "--out"),
    (["--metric", "pearson", "--threshold", "99", "--out", "x.csv"], "Say how to compare"),
    (["--method", "m", "--metric", "pearson", "--out", "x.csv"], "not both"),
    (["--pretreatment", "N", "--metric", "euclidean", "--threshold", "-1", "--out", "x.csv"], "zero or more"),
    (["--pretreatment", "N", "--metric", "pearson", "--threshold", "99", "--out", "no/such/dir/x.csv"],
     "cannot be written"),
    (["--pretreatment", "N", "--metric", "pearson", "--threshold", "99", "--out", "x.csv", "--sheet", "S"],
     "no sheets"),
    (["--method", "missing.json", "--out", "x.csv"], "cannot be read"),
    (["--pretreatment", "N", "--metric", "pearson", "--threshold", "99", "--out", "profiles.csv"],
     "the file being linked"),
])
def test_link_a_file_refuses_bad_input(profiles_csv, tmp_path, capsys, monkeypatch, argv, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "link", profiles_csv, "--id-column", "id", *argv)
    assert code == 2 and words in err, err
    assert not (tmp_path / "x.csv").exists()
    assert profiles_csv.read_text(encoding="utf-8").startswith("id,Year,peak:a")     # the input is untouched


def test_file_options_without_a_file_are_refused(tmp_path, capsys):
    code, _, err = run(capsys, "link", "--pretreatment", "N", "--threshold", "99")
    assert code == 2 and "--pretreatment, --threshold go with a FILE" in err


def test_link_a_file_with_z_on_signed_values(isotopes, tmp_path, capsys):
    out_csv = tmp_path / "links.csv"
    code, out, err = run(capsys, "link", isotopes, "--id-column", "sample", "--targets", "d13C,d15N,d2H",
                         "--pretreatment", "Z", "--metric", "euclidean", "--threshold", "0.5", "--out", out_csv,
                         "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["profiles"] == 18 and summary["reference"] == "the file's own profiles"
    with out_csv.open(encoding="utf-8") as f:
        pairs = [(r["profile_a"], r["profile_b"]) for r in csv.DictReader(f)]
    assert pairs and all(a.split("-")[0] == b.split("-")[0] for a, b in pairs)


def test_a_csv_in_a_legacy_encoding_is_refused_then_read_with_encoding(tmp_path, capsys):
    # Compound names in Cyrillic, one short file: the bytes alone do not say Windows-1251.
    path = tmp_path / "p.csv"
    path.write_bytes("образец,партия,peak:кофеин,peak:прокаин\n1,x,1,4\n2,x,2,5\n3,y,3,9\n".encode("cp1251"))
    code, _, err = run(capsys, "evaluate", path, "--id-column", "образец", "--group-column", "партия")
    assert code == 2 and "--encoding" in err
    population = read_file_population(path, "образец", "партия", encoding="cp1251")
    assert list(population.targets.targets) == ["кофеин", "прокаин"] and population.labels == ["1", "2", "3"]
