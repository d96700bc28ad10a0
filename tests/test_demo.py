"""The demo catalogue: realistic, valid, idempotent, and with linkage ground truth."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import math
import re
from collections import defaultdict
from importlib.resources import files

import pytest

from labnet import cli
from labnet.catalogue import demo, demo_standards, queries
from labnet.catalogue.custody import usage_log
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.fields import cas_is_valid
from labnet.catalogue.records import PROFILING_RESULT
from labnet.catalogue.store import Catalogue
from labnet.catalogue.vocab import SCHEDULES

PROFILES = 600


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo")
    demo.create_demo_catalogue(path, profiles=PROFILES)
    return path


@pytest.fixture
def cat(demo_dir):
    with Catalogue.open(demo_dir, user="cokafor") as opened:
        yield opened


def batch_of(record) -> str:
    m = re.search(r"demo batch (B\d+)", record["notes"] or "")
    assert m, record["notes"]
    return m.group(1)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    names = sorted(set(a) | set(b))
    sa, sb = sum(a.values()) or 1.0, sum(b.values()) or 1.0
    x = [a.get(n, 0.0) / sa for n in names]
    y = [b.get(n, 0.0) / sb for n in names]
    dot = sum(p * q for p, q in zip(x, y))
    return dot / (math.sqrt(sum(p * p for p in x)) * math.sqrt(sum(q * q for q in y)))


def test_demo_catalogue_has_everything_a_lab_keeps(cat):
    assert cat.count("reference_sample") >= 40
    assert cat.count("training_record") >= 40
    assert cat.count("profiling_result") == PROFILES
    roles = {u["role"] for u in cat.users()}
    assert roles == {"administrator", "quality_manager", "analyst"}
    assert len([u for u in cat.users() if u["role"] == "analyst"]) in (3, 4)


def test_every_demo_user_signs_in_with_the_documented_password(cat):
    for user in demo.DEMO_USERS:
        assert cat.sign_in(user.username, demo.DEMO_PASSWORD).role == user.role
    assert demo.DEMO_PASSWORD in demo.__doc__


def test_reference_standards_are_real_and_valid(cat):
    samples = list(cat.iter_records("reference_sample"))
    with_cas = [s for s in samples if s["cas_number"]]
    assert len(with_cas) >= 40
    for s in with_cas:
        assert cas_is_valid(s["cas_number"]), s
    by_cas = {s["cas_number"]: s for s in with_cas}
    assert by_cas["53-21-4"]["substance"] == "Cocaine hydrochloride" and by_cas["53-21-4"]["schedule"] == "1961-I"
    assert by_cas["561-27-3"]["schedule"] == "1961-I"
    assert by_cas["60-13-9"]["schedule"] == "1971-II"
    assert by_cas["42542-10-9"]["schedule"] == "1971-I"
    assert by_cas["103-79-7"]["schedule"] == "1988-I"
    assert by_cas["14769-73-4" if "14769-73-4" in by_cas else "16595-80-5"]["schedule"] == "none"
    assert all(s["schedule"] in SCHEDULES for s in samples if s["schedule"])
    assert any(s["provider"] == demo_standards.UNODC for s in samples)
    statuses = {s["status"] for s in samples}
    assert statuses == {"quarantined", "in_use", "expired", "consumed", "disposed"}


def test_standards_have_chains_of_custody(cat):
    withdrawn = 0
    for s in cat.iter_records("reference_sample"):
        log = usage_log(cat, s["id"])
        withdrawn += bool(log)
        if log:
            assert all(e["case_number"] for e in log)
            assert log[-1]["remaining_after"] == pytest.approx(s["remaining_quantity"])
            assert s["opened_on"] and s["opened_on"] >= s["received_on"]
    assert withdrawn >= 30


def test_dashboard_has_something_to_show(cat):
    attention = queries.attention(cat)
    assert attention.expiring and all(0 <= s["days_left"] <= 30 for s in attention.expiring)
    assert attention.expired
    assert attention.low_stock
    assert attention.requalifications_due
    assert any(r["days_left"] >= 0 for r in attention.requalifications_due)


def test_training_covers_the_life_of_a_competence(cat):
    records = list(cat.iter_records("training_record"))
    assert {r["activity_type"] for r in records} == {"course", "workshop", "supervised_practice",
                                                     "competence_assessment", "authorisation", "proficiency_test"}
    authorisations = [r for r in records if r["activity_type"] == "authorisation"]
    assert all(r["authorised_by"] == "Kwame Mensah" for r in authorisations)
    assert {r["created_by"] for r in authorisations} == {"kmensah"}
    pts = [r for r in records if r["activity_type"] == "proficiency_test"]
    assert {r["outcome"] for r in pts} == {"satisfactory", "questionable", "unsatisfactory"}
    assert all(r["pt_scheme"] == "UNODC ICE" and re.fullmatch(r"\d{4}/[12]", r["pt_round"]) for r in pts)


def test_audit_chain_verifies(cat):
    report = cat.verify()
    assert report.ok, report.problems
    assert report.entries > 100


def test_creating_it_again_changes_nothing(demo_dir, cat):
    before = (cat.last_change_seq(), cat.verify().entries, cat.count("profiling_result"))
    assert demo.create_demo_catalogue(demo_dir, profiles=PROFILES) == cat.path
    assert (cat.last_change_seq(), cat.verify().entries, cat.count("profiling_result")) == before


def test_a_real_catalogue_is_never_filled_with_demo_data(tmp_path):
    with Catalogue.open(tmp_path, user="someone") as real:
        real.add("profiling_result", {"lab_sample_number": "REAL-1", "drug_type": "cocaine"})
    with pytest.raises(CatalogueError, match="not the demo"):
        demo.create_demo_catalogue(tmp_path, profiles=10)
    with Catalogue.open(tmp_path, user="someone") as real:
        assert real.count("profiling_result") == 1


def test_profiles_come_in_batches_with_similar_chemistry(cat):
    profiles = list(cat.iter_records("profiling_result"))
    batches = defaultdict(list)
    for p in profiles:
        batches[batch_of(p)].append(p)
    sizes = [len(v) for k, v in sorted(batches.items())]
    assert all(3 <= s <= 8 for s in sizes[:-1])  # the last batch may be cut short
    for members in batches.values():
        assert len({(m["drug_type"], m["logo"], m["colour"]) for m in members}) == 1
    assert {p["drug_type"] for p in profiles} == set(demo.PROFILED_DRUGS)
    assert {p["form"] for p in profiles if p["drug_type"] == "mdma"} == {"tablet"}
    # Same batch: near-identical normalised profiles; different batches of the same drug: clearly less.
    same, different = [], []
    by_drug = defaultdict(list)
    for p in profiles:
        by_drug[p["drug_type"]].append(p)
    for members in by_drug.values():
        for a, b in itertools.combinations(members[:80], 2):
            (same if batch_of(a) == batch_of(b) else different).append(cosine(a["peaks"], b["peaks"]))
    assert len(same) > 30 and len(different) > 300
    mean_same, mean_diff = sum(same) / len(same), sum(different) / len(different)
    assert mean_same > 0.98
    assert mean_diff < mean_same - 0.15
    assert sorted(same)[len(same) // 10] > sorted(different)[len(different) // 2]


def test_profiles_use_the_shipped_target_lists(cat):
    for drug in demo.PROFILED_DRUGS:
        data = json.loads((files("labnet.resources") / "targets" / f"{drug}.json").read_text(encoding="utf-8"))
        assert data["drug_type"] == drug and data["source"] and len(data["targets"]) >= 8
    for p in cat.iter_records("profiling_result"):
        assert set(p["peaks"]) == set(demo.load_targets(p["drug_type"]))
        assert p["seizure_date"] <= p["analysed_on"] <= dt.date.today().isoformat()


def test_generated_profiles_are_deterministic_and_valid():
    day = dt.date(2026, 1, 15)
    first = list(demo.generate_profiles(50, seed=7, today=day))
    assert first == list(demo.generate_profiles(50, seed=7, today=day))
    assert first != list(demo.generate_profiles(50, seed=8, today=day))
    assert len({r["lab_sample_number"] for r in first}) == 50
    for row in first:
        _clean, problems = PROFILING_RESULT.validate(row)
        assert not problems, problems
        assert "2024-01-15" <= row["seizure_date"] <= "2026-01-15"


def test_profile_csv_is_in_the_import_format(tmp_path):
    path = demo.demo_profile_rows_csv(tmp_path / "profiles.csv", 40, seed=3, today=dt.date(2026, 1, 15))
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 40
    generated = list(demo.generate_profiles(40, seed=3, today=dt.date(2026, 1, 15)))
    for row, original in zip(rows, generated):
        values = {k: v for k, v in row.items() if not k.startswith("peak:")}
        values["peaks"] = {k[5:]: v for k, v in row.items() if k.startswith("peak:") and v != ""}
        clean, problems = PROFILING_RESULT.validate(values)
        assert not problems, problems
        assert clean == PROFILING_RESULT.validate(original)[0]


def test_labnet_demo_data_command(tmp_path, capsys):
    assert cli.main(["--data-dir", str(tmp_path), "demo-data", "--profiles", "30"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "demo" / "catalogue.db") in out
    assert demo.DEMO_PASSWORD in out and "Chidinma Okafor" in out
    assert not (tmp_path / "catalogue.db").exists()  # the real catalogue's place is untouched
    with Catalogue.open(tmp_path / "demo", user="admin") as made:
        assert made.count("profiling_result") == 30
    # Again, with --data-dir after the command: left as it is.
    assert cli.main(["demo-data", "--data-dir", str(tmp_path), "--profiles", "50"]) == 0
    assert "left as it is" in capsys.readouterr().out
    with Catalogue.open(tmp_path / "demo", user="admin") as made:
        assert made.count("profiling_result") == 30
