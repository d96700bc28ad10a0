"""A whole proficiency-test round through a real hub process (issue 21): three laboratories and one outside the
round, results sent signed with ``labnet pt submit``, refusals (a wrong unit, an analyte not in the round, a
laboratory outside the round, a late result), the close, the bulletins, the training records."""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
import time

import pytest
import requests

from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.profiling.proficiency import algorithm_a
from labnet.protocol.keyfile import load_identity
from labnet.protocol.pt_results import PtResult, make_submission, seal_submission

pytestmark = pytest.mark.slow  # a hub process, four laboratories and a deadline to wait for


def lab(tmp_path, hub, name, capsys):
    folder = tmp_path / name
    assert cli.main(["--data-dir", str(folder), "init", "--lab", name, "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code(name)]) == 0
    capsys.readouterr()
    return folder


def lab_id(folder) -> str:
    return load_identity(folder, LAB_PASSPHRASE).identity_id


def submit(folder, round_id, path, capsys):
    status = cli.main(["--data-dir", str(folder), "pt", "submit", "--round", round_id, str(path)])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_a_round_with_three_laboratories_through_a_hub_process(hub, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    labs = [lab(tmp_path, hub, name, capsys) for name in ("lab-a", "lab-b", "lab-c", "lab-outside")]
    a, b, c, outside = labs
    # the deadline is the hub process's own clock: a few seconds ahead, waited for below
    deadline = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=20)).replace(microsecond=0)
    created = requests.post(f"{hub.url}/v1/admin/pt", headers=hub.admin, timeout=30, json={
        "name": "PT-2026-1", "deadline": deadline.isoformat(), "labs": [lab_id(x) for x in (a, b, c)],
        "items": [{"material": "PT-A", "analyte": "cocaine", "unit": "%"},
                  {"material": "PT-A", "analyte": "levamisole", "unit": "%", "reference": 5.0, "sigma": 0.5}]})
    assert created.status_code == 200, created.text

    files = {}
    for folder, cocaine, levamisole in ((a, 30.0, 5.1), (b, 31.0, 4.8), (c, 33.5, 6.8)):
        path = tmp_path / f"{folder.name}.csv"
        path.write_text(f"material,analyte,value,unit\nPT-A,cocaine,{cocaine},%\nPT-A,levamisole,{levamisole},%\n",
                        encoding="utf-8")
        files[folder] = path
    wrong_unit = tmp_path / "wrong-unit.toml"
    wrong_unit.write_text('[[results]]\nmaterial = "PT-A"\nanalyte = "cocaine"\nvalue = 300\nunit = "mg/g"\n',
                          encoding="utf-8")
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("material,analyte,value,unit\nPT-A,heroin,12,%\n", encoding="utf-8")

    status, said = submit(a, "PT-2026-1", wrong_unit, capsys)
    assert status == 2 and "pt-wrong-unit" in said and "not mg/g" in said
    status, said = submit(a, "PT-2026-1", unknown, capsys)
    assert status == 2 and "pt-unknown-analyte" in said
    status, said = submit(outside, "PT-2026-1", files[a], capsys)
    assert status == 2 and "pt-not-participant" in said
    for folder in (a, b, c):
        status, said = submit(folder, "PT-2026-1", files[folder], capsys)
        assert status == 0, said
        assert "The hub kept 2 results for round PT-2026-1" in said

    # a forged submission: lab-a's session, lab-b's name, lab-a's key
    identity = load_identity(a, LAB_PASSPHRASE)
    forged = seal_submission(identity, hub.identity.public.keys, make_submission(
        identity, hub_id=hub.identity.identity_id, round_id="PT-2026-1", created_at="2026-01-01T00:00:00Z",
        results=[PtResult("PT-A", "cocaine", 1.0, "%")])).replace(identity.identity_id.encode(), lab_id(b).encode())
    token = _session(hub, a)
    refused = requests.post(f"{hub.url}/v1/pt/PT-2026-1/results", data=forged, timeout=30,
                            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert refused.status_code == 422 and refused.json()["code"] == "signature-invalid"

    # closing before the deadline is refused; after it, a late result is refused too
    early = requests.post(f"{hub.url}/v1/admin/pt/PT-2026-1/close", headers=hub.admin, timeout=30)
    assert early.status_code == 409 and early.json()["code"] == "conflict"
    while dt.datetime.now(dt.UTC) <= deadline + dt.timedelta(seconds=1):
        time.sleep(0.5)
    status, said = submit(c, "PT-2026-1", files[a], capsys)
    assert status == 2 and "pt-late" in said
    closed = requests.post(f"{hub.url}/v1/admin/pt/PT-2026-1/close", headers=hub.admin, timeout=60)
    assert closed.status_code == 200, closed.text
    summary = closed.json()

    cocaine, levamisole = summary["items"]
    robust = algorithm_a([30.0, 31.0, 33.5])
    assert cocaine["assigned"] == pytest.approx(robust.mean) and cocaine["sigma_pt"] == pytest.approx(robust.sd)
    assert (levamisole["assigned"], levamisole["sigma_pt"], levamisole["method"]) == (5.0, 0.5, "reference")
    # the results the hub scored are the last ones each laboratory sent, signed and kept
    assert sorted(r["value"] for r in cocaine["results"]) == [30.0, 31.0, 33.5]
    conn = sqlite3.connect(hub.folder / "hub.db")
    try:
        kept = conn.execute("SELECT count(*) FROM pt_submissions").fetchone()[0]
    finally:
        conn.close()
    assert kept == 3

    listed = requests.get(f"{hub.url}/v1/admin/pt", headers=hub.admin, timeout=30).json()
    assert [(r["round"], r["results"], r["closed_at"] is not None) for r in listed] == [("PT-2026-1", 6, True)]

    # each laboratory syncs, sees its result and records it in its training records
    for folder, lev_value in ((a, 5.1), (b, 4.8), (c, 6.8)):
        assert cli.main(["--data-dir", str(folder), "sync"]) == 0
        capsys.readouterr()
        assert cli.main(["--data-dir", str(folder), "bulletins", "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        kinds = [x["kind"] for x in shown]
        assert kinds.count("pt-round") == 1 and kinds.count("pt-result") == 1 and kinds.count("pt-summary") == 1
        assert cli.main(["--data-dir", str(folder), "pt", "record", "--staff", "Ama Mensah"]) == 0
        assert "2 proficiency-test entries added" in capsys.readouterr().out
        assert cli.main(["--data-dir", str(folder), "pt", "record", "--staff", "Ama Mensah"]) == 0
        assert "0 proficiency-test entries added" in capsys.readouterr().out  # once each
        with Catalogue.open(folder, reader=True) as cat:
            entries = {r["competence_area"]: r for r in cat.iter_records("training_record")
                       if r["activity_type"] == "proficiency_test"}
        lev = entries["levamisole in PT-A"]
        assert lev["z_score"] == pytest.approx((lev_value - 5.0) / 0.5)
        assert lev["outcome"] == ("unsatisfactory" if math.isclose(lev_value, 6.8) else "satisfactory")
        assert (lev["pt_round"], lev["staff_member"]) == ("PT-2026-1", "Ama Mensah")
    # the outsider got the summary (anonymous codes) but no round and no result of its own
    assert cli.main(["--data-dir", str(outside), "sync"]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", str(outside), "bulletins", "--json"]) == 0
    kinds = [x["kind"] for x in json.loads(capsys.readouterr().out)]
    assert "pt-summary" in kinds and "pt-result" not in kinds and "pt-round" not in kinds


def _session(hub, folder) -> str:
    from labnet.protocol.pinning import load_pinned_hub
    from labnet.sync.client import HubClient

    client = HubClient(hub.url)
    client.sign_in(load_identity(folder, LAB_PASSPHRASE), load_pinned_hub(folder).signing_key_id)
    return client.token
