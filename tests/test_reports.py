"""The printed reports: a method's validation and one link, as PDF, with the figures they must carry."""

from __future__ import annotations

import re

import numpy as np
import pytest

from labnet.catalogue.demo import generate_profiles
from labnet.catalogue.store import Catalogue
from labnet.desktop.profiling_reports import link_report, lr_text, validation_report
from labnet.profiling.calibration import evaluate
from labnet.profiling.reporting import link_data, validation_data
from labnet.profiling.validation import validate
from labnet.profiling.workflows import calibrate, catalogue_population, save_calibrated_method


def pdf_pages(path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


@pytest.fixture(scope="module")
def validation():
    rng = np.random.default_rng(7)
    centres = rng.uniform(1, 100, size=(30, 12))
    values = np.vstack([c * rng.lognormal(0, 0.08, size=(4, 12)) for c in centres])
    groups = [f"SZ-{i // 4}" for i in range(len(values))]
    evaluation = evaluate(values, groups, pretreatments=("N", "N4R"), metrics=("cosine", "canberra"), fpr=0.01)
    chosen = validate(values, evaluation, resamples=200).to_json()
    return validation_data(evaluation, chosen, values=values, targets=[f"compound {i}" for i in range(12)], source="synthetic.csv",
                           ground_truth="same seizure", provenance={"data_sha256": "ab" * 32, "software": "LabNet test",
                                                                    "by": "amina"})


def test_the_validation_report_carries_every_figure_the_issue_names(validation, tmp_path):
    report = validation_report(validation)
    text = report.text()
    chosen = validation["chosen"]
    for expected in ("Validation of a profile comparison method", f"{chosen['auc']:.3f}",
                     f"{chosen['auc_interval']['low']:.3f}", f"{chosen['tpr']:.2%}", "Cllr", "Provenance",
                     "ab" * 32, "synthetic.csv", "same seizure", "resamples of whole groups",
                     lr_text(chosen["likelihood_ratio"]["bounds"][1])):
        assert expected in text, expected
    assert report.images == 5          # distributions, ROC, calibration, Tippett, ECE
    pages = report.write_pdf(tmp_path / "validation.pdf", author="amina")
    assert pages >= 2 and pdf_pages(tmp_path / "validation.pdf") == pages
    assert not list(tmp_path.glob("*.part"))


@pytest.fixture(scope="module")
def catalogue_with_method(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports") / "lab"
    with Catalogue.open(folder, user="amina") as cat:
        rows = list(generate_profiles(400, seed=5))
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
        population = catalogue_population(cat, "cocaine")
        method = save_calibrated_method(cat, "cocaine-report", population, calibrate(population, fpr=0.01))
        ids = population.labels
        groups = population.groups
        same = next((ids[i], ids[j]) for i in range(len(ids)) for j in range(i + 1, len(ids))
                    if groups[i] == groups[j])
    return folder, method, same


def test_the_link_report_shows_both_profiles_the_score_and_the_bounded_lr(catalogue_with_method, tmp_path):
    folder, method, (a, b) = catalogue_with_method
    with Catalogue.open(folder, user="amina") as cat:
        data = link_data(cat, method, a, b)
        first = cat.get("profiling_result", a)
    assert data["lr"] is not None and data["lr"]["bounds"][0] <= data["lr"]["value"] <= data["lr"]["bounds"][1]
    text = link_report(data).text()
    assert first["lab_sample_number"] in text and method.label in text and f"{data['score']:.4g}" in text
    assert lr_text(data["lr"]["value"]) in text and "not the probability" in text
    assert ("Linked:" in text) == data["linked"]
    for target in method.targets:
        assert target in text
    assert pdf_pages_written(link_report(data), tmp_path / "link.pdf") >= 1


def pdf_pages_written(report, path) -> int:
    pages = report.write_pdf(path)
    assert pdf_pages(path) == pages
    return pages


def test_a_pair_of_another_drug_is_refused_with_a_sentence(catalogue_with_method):
    folder, method, (a, _) = catalogue_with_method
    with Catalogue.open(folder, user="amina") as cat:
        other = next(r["id"] for r in cat.iter_records("profiling_result") if r["drug_type"] != method.drug_type)
        with pytest.raises(Exception, match="compares cocaine profiles"):
            link_data(cat, method, a, other)


@pytest.mark.parametrize("value, text", [(87.8, "87.8"), (1.1e7, "1.1×10⁷"), (0.02, "1/50.0"), (1.0, "1.00"),
                                         (6920.4, "6920"), (178.2, "178"), (0.00562, "1/178")])
def test_likelihood_ratios_are_written_as_a_chemist_reads_them(qapp, value, text):
    assert lr_text(value) == text


def test_a_printed_likelihood_ratio_is_written_as_the_window_writes_it_in_arabic(qapp):
    from labnet.desktop import i18n, linkage_common

    assert lr_text is linkage_common.lr_text   # one helper for the window and the paper
    i18n.install(qapp, "ar")
    try:
        assert lr_text(0.005) == "١/٢٠٠" and lr_text(87.8) == "٨٧٫٨"   # not "1/200" and Latin digits
    finally:
        i18n.install(qapp, "en")


# -- from the command line --------------------------------------------------------------------------------
def test_labnet_profiles_report_and_link_report_write_pdfs(catalogue_with_method, tmp_path, capsys):
    from labnet import cli

    folder, method, (a, b) = catalogue_with_method
    with Catalogue.open(folder, user="amina") as cat:
        number_a = cat.get("profiling_result", a)["lab_sample_number"]
    out = tmp_path / "validation.pdf"
    assert cli.main(["--data-dir", str(folder), "profiles", "report", "--catalogue", "cocaine", "--resamples", "50",
                     "--pretreatment", "N4R", "--metric", "cosine", "--out", str(out)]) == 0
    assert "Validation report written" in capsys.readouterr().out and pdf_pages(out) >= 2
    link = tmp_path / "link.pdf"
    assert cli.main(["--data-dir", str(folder), "profiles", "link-report", number_a, b, "--method", method.name,
                     "--out", str(link)]) == 0
    assert "Link report written" in capsys.readouterr().out and pdf_pages(link) >= 1
    # The same head and foot as the laboratory's other reports (tests/test_lab_reports.py): who, where, page N of M.
    from test_lab_reports import pdf_text
    for written in (out, link):
        text = " ".join(pdf_text(written).split())
        assert "Printed by" in text and str(folder.resolve()) in text and f"of {pdf_pages(written)}" in text


@pytest.mark.parametrize("args, says", [
    (["report", "--catalogue", "cocaine", "--out", "/no/such/folder/r.pdf"], "does not exist"),
    (["report", "--out", "r.pdf"], "one of the two"),
    (["link-report", "NOPE-1", "NOPE-2", "--out", "l.pdf"], "no profiling result"),
])
def test_report_commands_refuse_bad_input_with_a_sentence(catalogue_with_method, tmp_path, capsys, args, says,
                                                          monkeypatch):
    from labnet import cli

    monkeypatch.chdir(tmp_path)
    folder, _, _ = catalogue_with_method
    assert cli.main(["--data-dir", str(folder), "profiles", *args]) == 2
    assert says in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))


def test_a_pair_that_is_not_linked_says_so(catalogue_with_method):
    folder, method, (a, _) = catalogue_with_method
    with Catalogue.open(folder, user="amina") as cat:
        others = [r["id"] for r in cat.iter_records("profiling_result") if r["drug_type"] == method.drug_type]
        data = next(d for d in (link_data(cat, method, a, o) for o in others if o != a) if not d["linked"])
    text = link_report(data).text()
    assert "Not linked: the score does not pass the method's threshold." in text


def test_the_link_report_judges_a_pair_as_the_linkage_view_does(catalogue_with_method):
    from labnet.profiling.workflows import similar_profiles

    folder, method, (a, _) = catalogue_with_method
    with Catalogue.open(folder, user="amina") as cat:
        similar, _, _ = similar_profiles(cat, a, method, limit=10)
        for s in similar:
            data = link_data(cat, method, a, s.record_id)
            assert (data["score"], data["linked"]) == (s.score, s.linked)
            assert data["lr"] == {"value": s.likelihood_ratio, "bounds": list(s.lr_bounds)}


def test_tablets_that_differ_are_not_linked_when_the_method_requires_them_to_match(catalogue_with_method, tmp_path):
    import dataclasses
    import shutil

    folder, method, (a, b) = catalogue_with_method
    copy = tmp_path / "lab"
    shutil.copytree(folder, copy)
    strict = dataclasses.replace(method, require_physical=True)
    with Catalogue.open(copy, user="amina") as cat:
        assert link_data(cat, strict, a, b)["linked"]
        cat.update("profiling_result", a, {"form": "tablet", "logo": "dolphin"})
        cat.update("profiling_result", b, {"form": "tablet", "logo": "crown"})
        data = link_data(cat, strict, a, b)
    assert data["passes_threshold"] and not data["linked"] and data["physical_match"] is False
    assert "the tablets' physical characteristics differ" in link_report(data).text()


def test_an_older_unbounded_calibration_gives_no_likelihood_ratio_in_the_report(catalogue_with_method):
    import dataclasses

    from labnet.profiling.calibration import LikelihoodRatio

    folder, method, (a, b) = catalogue_with_method
    legacy = dataclasses.replace(method, likelihood_ratio=LikelihoodRatio.from_json({"grid": [0.0, 100.0],
                                                                                        "values": [0.01, 500.0]}))
    with Catalogue.open(folder, user="amina") as cat:
        data = link_data(cat, legacy, a, b)
    assert data["lr"] is None and data["lr_legacy"]
    assert "not reported: this method's calibration predates bounded likelihood ratios" in link_report(data).text()
