"""The administrators' proficiency-test routes (issue 21) on a hub served on loopback: a reviewer reads the rounds
and a round's details but cannot create or close one; a closed round's details give the summary exactly as the
close did; each creation and close is in the audit trail under the administrator's name."""

from __future__ import annotations

import datetime as dt

import pytest
import requests

from hub_server import ADMIN_PASSWORD, RunningHub, enrol
from labnet.hub import admins, proficiency
from labnet.protocol.pt_results import PtResult, make_submission, seal_submission

REVIEWER_PASSWORD = "a reviewer's own long passphrase"


def session(hub, name: str, password: str) -> dict[str, str]:
    return {"Authorization": "Bearer " + admins.sign_in(hub.store, name, password, "test")["token"]}


@pytest.fixture
def running(tmp_path):
    hub = RunningHub(tmp_path / "hub")
    yield hub
    hub.stop()


def test_a_reviewer_reads_rounds_and_the_summary_is_the_close_s(running):
    hub = running.hub
    now = [dt.datetime(2026, 12, 1, tzinfo=dt.UTC)]
    hub.store.clock = lambda: now[0]
    labs = [enrol(hub, f"Lab {n}") for n in "ABC"]
    admins.add(hub.store, "test", "rita", "reviewer", REVIEWER_PASSWORD)
    reviewer = session(hub, "rita", REVIEWER_PASSWORD)
    round_ = {"name": "PT-R", "deadline": "2026-12-10T00:00:00Z", "labs": [lab.identity_id for lab in labs],
              "items": [{"material": "PT-A", "analyte": "cocaine", "unit": "%"},
                        {"material": "PT-A", "analyte": "levamisole", "unit": "%", "reference": 5.0, "sigma": 0.5}]}
    refused = requests.post(f"{running.url}/v1/admin/pt", json=round_, headers=reviewer, timeout=10)
    assert refused.status_code == 403 and refused.json()["code"] == "admin-role-forbidden"
    made = requests.post(f"{running.url}/v1/admin/pt", json=round_, headers=running.admin, timeout=10)
    assert made.status_code == 200, made.text
    for lab, cocaine, levamisole in zip(labs, (30.0, 31.0, 33.5), (5.1, 4.8, 6.8), strict=True):
        hub_ids = {"hub_id": hub.identity.identity_id, "round_id": "PT-R", "created_at": "2026-12-01T09:00:00Z"}
        sealed = seal_submission(lab, hub.identity.public.keys, make_submission(lab, **hub_ids, results=[
            PtResult("PT-A", "cocaine", cocaine, "%"), PtResult("PT-A", "levamisole", levamisole, "%")]))
        proficiency.receive(hub, lab.identity_id, "PT-R", sealed)
    listed = requests.get(f"{running.url}/v1/admin/pt", headers=reviewer, timeout=10).json()
    assert [(r["round"], r["labs"], r["submitted"], r["results"], r["closed_at"]) for r in listed] == [
        ("PT-R", 3, 3, 6, None)]
    opened = requests.get(f"{running.url}/v1/admin/pt/PT-R", headers=reviewer, timeout=10).json()
    assert opened["summary"] is None and opened["submitted"] == ["P01", "P02", "P03"]
    assert [(i["analyte"], i["reference"], i["sigma"]) for i in opened["items"]] == [("cocaine", None, None),
                                                                                    ("levamisole", 5.0, 0.5)]
    now[0] = dt.datetime(2026, 12, 11, tzinfo=dt.UTC)   # after the deadline: both sign in again (an hour's session)
    reviewer = session(hub, "rita", REVIEWER_PASSWORD)
    admin = session(hub, admins.FIRST_ADMIN, ADMIN_PASSWORD)
    refused = requests.post(f"{running.url}/v1/admin/pt/PT-R/close", headers=reviewer, timeout=10)
    assert refused.status_code == 403 and refused.json()["code"] == "admin-role-forbidden"
    closed = requests.post(f"{running.url}/v1/admin/pt/PT-R/close", headers=admin, timeout=10)
    assert closed.status_code == 200, closed.text
    details = requests.get(f"{running.url}/v1/admin/pt/PT-R", headers=reviewer, timeout=10).json()
    assert details["summary"] == closed.json()
    assert [r["outcome"] for r in details["summary"]["items"][1]["results"] if r["value"] == 6.8] == ["unsatisfactory"]
    unknown = requests.get(f"{running.url}/v1/admin/pt/PT-NONE", headers=reviewer, timeout=10)
    assert unknown.status_code == 404 and unknown.json()["code"] == "pt-round-unknown"
    trail = requests.get(f"{running.url}/v1/admin/audit", headers=reviewer, timeout=10).json()["entries"]
    assert [(e["actor"], e["action"], e["target"]) for e in trail if e["action"].startswith("pt.")] == [
        ("admin", "pt.create", "PT-R"), ("admin", "pt.close", "PT-R")]
