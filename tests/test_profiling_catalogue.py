"""Profiling on a catalogue and on files: demo batches are found, methods are versioned, the cache follows
the change log, and the ``labnet profiles`` commands — including bad input."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from factories import profile
from labnet import cli
from labnet.catalogue.demo import demo_profile_rows_csv, generate_profiles
from labnet.catalogue.errors import CatalogueError, NotFound
from labnet.catalogue.store import Catalogue
from labnet.profiling import (
    ComparisonMethod,
    calibrate,
    catalogue_population,
    link_catalogue,
    list_methods,
    load_method,
    load_profiles,
    save_calibrated_method,
    similar_profiles,
    stored_links,
)
from labnet.profiling.tablets import Tolerances, compare_tablets
from labnet.profiling.targets import load_target_list


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("profiling") / "lab"
    with Catalogue.open(folder, user="amina") as cat:
        rows = list(generate_profiles(1500, seed=11))
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
    return folder


def batches(cat) -> dict[str, str]:
    return {r[0]: r[1] for r in cat.conn.execute("SELECT id, notes FROM profiling_results")}


def test_calibration_on_the_demo_separates_seizures_and_links_batches(demo):
    with Catalogue.open(demo, user="amina") as cat:
        population = catalogue_population(cat, "cocaine")
        evaluation = calibrate(population, fpr=0.01)
        assert evaluation.best.auc > 0.95 and evaluation.best.tpr > 0.9
        method = save_calibrated_method(cat, "cocaine-test", population, evaluation)
        report = link_catalogue(cat, method)
        batch_of = batches(cat)
        # Links join profiles of one production batch (the demo's ground truth), rarely two batches.
        links = stored_links(cat, method)
        same_batch = sum(batch_of[a] == batch_of[b] for a, b, _ in links)
        # (The calibration groups are seizures, and a batch spreads over several: some pairs it calls
        # unlinked are chemically one batch, so a few links join batches with close profiles.)
        assert links and same_batch / len(links) > 0.85
        assert report.classes and all(len(c) >= 2 for c in report.classes)
        # Ranked similar profiles: the top ones come from the same batch.
        record_id = population.labels[0]
        similar, rows, me = similar_profiles(cat, record_id, method, 5)
        assert batch_of[similar[0].record_id] == batch_of[record_id] and similar[0].linked
        assert similar[0].likelihood_ratio > 1
        assert set(rows) >= {"self", similar[0].record_id}


def test_methods_are_versioned_frozen_and_audited(demo):
    with Catalogue.open(demo, user="amina") as cat:
        population = catalogue_population(cat, "heroin")
        evaluation = calibrate(population, pretreatments=("N2R",), metrics=("pearson", "cosine"))
        first = save_calibrated_method(cat, "heroin-net", population, evaluation)
        second = save_calibrated_method(cat, "heroin-net", population, evaluation, "N2R", "pearson")
        assert (first.version, second.version) == (1, 2)
        assert load_method(cat, "heroin-net").version == 2
        assert load_method(cat, "heroin-net", 1).metric == first.metric
        assert ComparisonMethod.from_json(json.loads(json.dumps(second.to_json()))) == second
        assert any(e["action"] == "save_method" for e in cat.audit_entries())
        assert cat.verify().ok
        with pytest.raises(NotFound, match="heroin-net” v9"):
            load_method(cat, "heroin-net", 9)
        assert {m["name"] for m in list_methods(cat)} >= {"heroin-net"}


def test_the_profile_cache_follows_adds_updates_and_deletes(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        a = cat.add("profiling_result", profile(lab_sample_number="A", drug_type="cocaine",
                                                peaks={"norcocaine": 100.0, "tropacocaine": 3.0}))
        first = load_profiles(cat, "cocaine")
        assert first.ids.tolist() == [a["id"]]
        b = cat.add("profiling_result", profile(lab_sample_number="B", drug_type="cocaine",
                                                peaks={"norcocaine": 50.0, "tropacocaine": 9.0}))
        cat.update("profiling_result", a["id"], {"peaks": {"norcocaine": 10.0, "tropacocaine": 1.0}})
        second = load_profiles(cat, "cocaine")
        assert sorted(second.ids.tolist()) == sorted([a["id"], b["id"]])
        column = list(second.targets.targets).index("norcocaine")
        assert second.values[second.index_of(a["id"]), column] == 10.0
        cat.delete("profiling_result", b["id"], reason="test")
        third = load_profiles(cat, "cocaine")
        assert third.ids.tolist() == [a["id"]]
        assert np.array_equal(third.values, load_profiles(cat, "cocaine", use_cache=False).values)


def test_a_profile_with_no_target_is_left_out_with_its_reason(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        empty = cat.add("profiling_result", profile(lab_sample_number="E", drug_type="cocaine",
                                                    peaks={"caffeine": 12.0}))
        profiles = load_profiles(cat, "cocaine")
        assert empty["id"] not in profiles.ids.tolist()
        assert "none of the target compounds" in dict(profiles.rejected)[empty["id"]]


def test_too_few_profiles_to_calibrate_is_a_clear_error(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        with pytest.raises(CatalogueError, match="at least three"):
            catalogue_population(cat, "mdma")


def test_tablets_compare_physically_within_tolerances():
    a = {"logo": "Tesla ", "colour": "Red", "diameter_mm": 9.0, "thickness_mm": 4.5, "weight_mg": 300}
    b = {"logo": "tesla", "colour": "red", "diameter_mm": 9.15, "thickness_mm": 4.6, "weight_mg": 312}
    same = compare_tablets(a, b)
    assert same.match and same.score == 1.0
    other = compare_tablets(a, {**b, "logo": "Ferrari", "weight_mg": 330})
    assert other.match is False and other.score == pytest.approx(3 / 5)
    assert compare_tablets({"logo": None}, {"logo": "x"}).match is None  # a powder: nothing to compare
    assert compare_tablets(a, b, Tolerances(diameter_mm=0.1)).match is False


def test_target_lists_can_be_overridden_and_bad_ones_are_explained(tmp_path):
    shipped = load_target_list("heroin")
    assert "papaverine" in [t.lower() for t in shipped.targets] or len(shipped.targets) > 3
    (tmp_path / "targets").mkdir()
    (tmp_path / "targets" / "heroin.json").write_text(json.dumps({"targets": ["a", "b"]}))
    assert load_target_list("heroin", tmp_path).targets == ("a", "b")
    (tmp_path / "targets" / "heroin.json").write_text(json.dumps({"targets": ["a", "A"]}))
    with pytest.raises(CatalogueError, match="listed twice"):
        load_target_list("heroin", tmp_path)
    (tmp_path / "targets" / "heroin.json").write_text("{oops")
    with pytest.raises(CatalogueError, match="not valid JSON"):
        load_target_list("heroin", tmp_path)
    with pytest.raises(CatalogueError, match="no target-compound list"):
        load_target_list("khat")


# -- the command line ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def labelled_csv(tmp_path_factory):
    """The demo's profiles as a file: lab sample number, batch (from the notes), peak:NAME columns."""
    folder = tmp_path_factory.mktemp("file")
    source = demo_profile_rows_csv(folder / "demo.csv", 600, seed=5)
    out = folder / "labelled.csv"
    with source.open(encoding="utf-8") as f, out.open("w", encoding="utf-8", newline="") as g:
        reader = csv.DictReader(f)
        peaks = [c for c in reader.fieldnames if c.startswith("peak:")]
        writer = csv.writer(g)
        writer.writerow(["sample", "batch", *peaks])
        for row in reader:
            if row["drug_type"] == "cocaine":
                writer.writerow([row["lab_sample_number"], row["notes"], *(row[p] for p in peaks)])
    return out


def test_evaluate_prints_the_table_and_the_best_combination(labelled_csv, capsys):
    assert cli.main(["profiles", "evaluate", str(labelled_csv), "--id-column", "sample", "--group-column", "batch",
                     "--fpr", "0.01"]) == 0
    out = capsys.readouterr().out
    assert "Best:" in out and "AUC" in out and "linked pairs" in out
    assert cli.main(["profiles", "evaluate", str(labelled_csv), "--id-column", "sample", "--group-column", "batch",
                     "--pretreatment", "N2R", "--metric", "pearson", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(c["pretreatment"], c["metric"]) for c in report["combinations"]] == [("N2R", "pearson")]
    assert report["best"]["auc"] > 0.95 and report["linked_pairs"] > 0


@pytest.mark.parametrize("argv, words", [
    (["--id-column", "nope", "--group-column", "batch"], "no column “nope”"),
    (["--id-column", "sample", "--group-column", "batch", "--targets", "peak:cocaine,unobtainium"], "unobtainium"),
    (["--id-column", "sample", "--group-column", "sample"], "no linked pair"),
    (["--id-column", "sample", "--group-column", "batch", "--fpr", "2"], "--fpr: “2” must lie between 0 and 1"),
])
def test_evaluate_refuses_bad_input_with_a_reason(labelled_csv, capsys, argv, words):
    assert cli.main(["profiles", "evaluate", str(labelled_csv), *argv]) == 2
    assert words in capsys.readouterr().err


def test_evaluate_on_a_file_that_is_not_a_table(tmp_path, capsys):
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"")
    assert cli.main(["profiles", "evaluate", str(bad), "--id-column", "a", "--group-column", "b"]) == 2
    assert "empty" in capsys.readouterr().err


def test_calibrate_link_and_export_on_the_catalogue(demo, tmp_path, capsys):
    assert cli.main(["--data-dir", str(demo), "profiles", "calibrate", "--drug-type", "cocaine",
                     "--name", "cli-method"]) == 0
    assert "Saved as comparison method “cli-method v1”" in capsys.readouterr().out
    links_csv = tmp_path / "links.csv"
    assert cli.main(["--data-dir", str(demo), "profiles", "link", "--method", "cli-method", "--export",
                     str(links_csv), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["links"] > 0 and result["classes"][0]["size"] >= 2
    with links_csv.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == result["links"] and rows[0]["method"] == "cli-method v1"
    assert cli.main(["--data-dir", str(demo), "profiles", "methods"]) == 0
    assert "cli-method v1" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(demo), "profiles", "link", "--method", "nope"]) == 2
    assert "no comparison method “nope”" in capsys.readouterr().err
