"""Proficiency-test rounds at the hub (issue 21): create, submit (and each refusal), close, the signed bulletins."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest

from hub_server import enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub import bulletins, proficiency
from labnet.hub.errors import HubError
from labnet.profiling.proficiency import algorithm_a
from labnet.protocol.bulletin import verify_bulletin

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
DEADLINE = "2026-12-20T18:00:00+00:00"
ITEMS = [{"material": "PT-A", "analyte": "cocaine", "unit": "%"},
         {"material": "PT-A", "analyte": "levamisole", "unit": "%", "reference": 5.0, "reference_uncertainty": 0.05,
          "sigma": 0.5},
         {"material": "PT-B", "analyte": "cocaine", "unit": "%"}]


def at(hub, when: dt.datetime) -> None:
    hub.store.clock = lambda: when


def bulletins_of(hub, lab, kind):
    out = [verify_bulletin(d, hub.identity.public, lab.identity_id) for d in bulletins.since(hub, lab.identity_id, 0)]
    return [b for b in out if b.kind == kind]


@pytest.fixture
def round_(hub):
    labs = [enrol(hub, f"Lab {n}") for n in "ABCD"]
    at(hub, T0)
    proficiency.create(hub, "admin", round_id="PT-2026-1", deadline=DEADLINE, items=ITEMS,
                       labs=[lab.identity_id for lab in labs[:3]])
    return labs


def sub(material, analyte, value, unit="%"):
    return proficiency.Submitted(material, analyte, value, unit)


def test_a_round_reaches_each_participant_as_a_signed_bulletin_with_its_code(hub, round_):
    a, b, c, outsider = round_
    codes = set()
    for lab in (a, b, c):
        [sent] = bulletins_of(hub, lab, "pt-round")
        assert sent.content["round"] == "PT-2026-1" and sent.content["deadline"] == DEADLINE
        assert sent.content["items"] == [{"material": i["material"], "analyte": i["analyte"], "unit": i["unit"]}
                                         for i in ITEMS]
        codes.add(sent.content["code"])
    assert codes == {"P01", "P02", "P03"}
    assert bulletins_of(hub, outsider, "pt-round") == []
    [listed] = proficiency.describe(hub.store)
    assert (listed["round"], listed["labs"], listed["results"], listed["closed_at"]) == ("PT-2026-1", 3, 0, None)


@pytest.mark.parametrize(("results", "code"), [
    ([sub("PT-A", "cocaine", 31.0, "mg/g")], "pt-wrong-unit"),
    ([sub("PT-A", "heroin", 31.0)], "pt-unknown-analyte"),
    ([sub("PT-C", "cocaine", 31.0)], "pt-unknown-analyte"),
    ([sub("PT-A", "cocaine", math.nan)], "pt-result-invalid"),
    ([sub("PT-A", "cocaine", 10 ** 400)], "pt-result-invalid"),
    ([sub("PT-A", "cocaine", 31.0), sub("PT-A", "cocaine", 32.0)], "pt-result-invalid"),
    (None, "pt-result-invalid"),  # nothing at all
])
def test_a_malformed_submission_is_refused_whole_with_its_reason(hub, round_, results, code):
    a = round_[0]
    with pytest.raises(HubError) as refused:
        proficiency.submit(hub, a.identity_id, "PT-2026-1",
                           [] if results is None else [sub("PT-B", "cocaine", 30.0), *results])
    assert refused.value.code == code
    assert proficiency.describe(hub.store)[0]["results"] == 0  # nothing of it was kept


def test_a_lab_outside_the_round_a_late_result_and_an_unknown_round_are_refused(hub, round_):
    a, outsider = round_[0], round_[3]
    with pytest.raises(HubError) as refused:
        proficiency.submit(hub, outsider.identity_id, "PT-2026-1", [sub("PT-A", "cocaine", 30.0)])
    assert refused.value.code == "pt-not-participant"
    with pytest.raises(HubError) as refused:
        proficiency.submit(hub, a.identity_id, "PT-2099", [sub("PT-A", "cocaine", 30.0)])
    assert refused.value.code == "pt-round-unknown" and refused.value.status == 404
    at(hub, dt.datetime(2026, 12, 20, 18, 0, 1, tzinfo=dt.UTC))
    with pytest.raises(HubError) as refused:
        proficiency.submit(hub, a.identity_id, "PT-2026-1", [sub("PT-A", "cocaine", 30.0)])
    assert refused.value.code == "pt-late" and "2026-12-20T18:00:00+00:00" in refused.value.user_message


def test_a_round_is_not_closed_before_its_deadline_nor_twice(hub, round_):
    with pytest.raises(HubError) as refused:
        proficiency.close(hub, "admin", "PT-2026-1")
    assert refused.value.code == "conflict"
    at(hub, dt.datetime(2026, 12, 21, tzinfo=dt.UTC))
    proficiency.close(hub, "admin", "PT-2026-1")
    with pytest.raises(HubError):
        proficiency.close(hub, "admin", "PT-2026-1")


def test_closing_scores_each_result_and_tells_each_lab_its_own_and_everyone_the_summary(hub, round_):
    a, b, c, outsider = round_
    ids = {"a": a.identity_id, "b": b.identity_id, "c": c.identity_id}
    values = {"a": 30.0, "b": 31.0, "c": 36.0}
    for name, v in values.items():
        proficiency.submit(hub, ids[name], "PT-2026-1",
                           [sub("PT-A", "cocaine", v), sub("PT-A", "levamisole", 5.0 + (v - 30.0) / 2)])
    # a result sent again before the deadline replaces the first (levamisole stays 8.0 for c)
    proficiency.submit(hub, ids["c"], "PT-2026-1", [sub("PT-A", "cocaine", 32.0)])
    values["c"] = 32.0
    at(hub, dt.datetime(2026, 12, 21, tzinfo=dt.UTC))
    summary = proficiency.close(hub, "admin", "PT-2026-1")

    cocaine, levamisole, b_cocaine = summary["items"]
    robust = algorithm_a([30.0, 31.0, 32.0])
    assert (cocaine["assigned"], cocaine["sigma_pt"], cocaine["method"]) == (robust.mean, robust.sd, "algorithm-a")
    assert cocaine["uncertainty"] == pytest.approx(1.25 * robust.sd / math.sqrt(3))
    # u = 0.72 s* > 0.3 σ_pt: z′
    assert {r["kind"] for r in cocaine["results"]} == {"z'"}
    assert (levamisole["assigned"], levamisole["sigma_pt"], levamisole["method"]) == (5.0, 0.5, "reference")
    assert (b_cocaine["assigned"], b_cocaine["results"]) == (None, [])
    assert "has 0 results" in b_cocaine["error"]

    codes = {}
    expected = {"a": (0.0, "satisfactory"), "b": (1.0, "satisfactory"), "c": (6.0, "unsatisfactory")}
    for name, lab in zip("abc", (a, b, c)):
        [mine] = bulletins_of(hub, lab, "pt-result")
        codes[name] = mine.content["code"]
        by_item = {(r["material"], r["analyte"]): r for r in mine.content["results"]}
        assert set(by_item) == {("PT-A", "cocaine"), ("PT-A", "levamisole")}
        lev = by_item[("PT-A", "levamisole")]
        assert (lev["kind"], lev["z"], lev["outcome"]) == ("z", pytest.approx(expected[name][0]), expected[name][1])
        z = by_item[("PT-A", "cocaine")]["z"]
        assert z == pytest.approx((values[name] - robust.mean)
                                  / math.sqrt(robust.sd ** 2 + (1.25 * robust.sd / math.sqrt(3)) ** 2))
    # everyone, the outsider too, gets the summary, which names codes and never laboratories
    for lab in round_:
        [seen] = bulletins_of(hub, lab, "pt-summary")
        assert seen.content == summary
    text = repr(summary)
    assert not any(lab.identity_id in text for lab in round_)
    assert sorted(r["code"] for r in cocaine["results"]) == sorted(codes.values())
    assert proficiency.describe(hub.store)[0]["closed_at"] == "2026-12-21T00:00:00+00:00"
    audited = [(e["actor"], e["action"], e["target"]) for e in hub.store.admins.entries()]
    assert ("admin", "pt.create", "PT-2026-1") in audited and ("admin", "pt.close", "PT-2026-1") in audited


@pytest.mark.parametrize(("changes", "said"), [
    ({"round_id": "PT 1"}, "a round's name"),
    ({"deadline": "2026-12-20"}, "time zone"),
    ({"deadline": "2026-11-20T00:00:00Z"}, "already passed"),
    ({"items": []}, "1 to 500 items"),
    ({"items": [ITEMS[0], ITEMS[0]]}, "given twice"),
    ({"items": [{"material": "A", "analyte": "cocaine"}]}, "a unit"),
    ({"items": [{**ITEMS[0], "sigma": 0}]}, "must be positive"),
    ({"items": [{**ITEMS[0], "reference": 10 ** 400}]}, "must be a number"),  # past a float's range
    ({"items": [{**ITEMS[0], "reference": True}]}, "must be a number"),
    ({"labs": []}, "participating laboratories"),
])
def test_a_round_badly_described_is_refused(hub, changes, said):
    lab = enrol(hub, "Lab A")
    at(hub, T0)
    args = {"round_id": "PT-1", "deadline": DEADLINE, "items": ITEMS, "labs": [lab.identity_id], **changes}
    with pytest.raises(HubError) as refused:
        proficiency.create(hub, "admin", **args)
    assert said in refused.value.user_message
    assert proficiency.describe(hub.store) == []


def test_labnet_hub_pt_create_list_close(tmp_path, capsys, monkeypatch):
    from hub_server import PASSPHRASE
    from labnet.common import clock
    from labnet.hub import cli
    from labnet.hub.service import Hub

    passfile = tmp_path / "passphrase.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    folder = tmp_path / "hub"
    monkeypatch.setattr(clock, "now", lambda: T0)
    assert cli.main(["init", "--data-dir", str(folder), "--country", "KE", "--passphrase-file", str(passfile)]) == 0
    hub = Hub.open(folder, PASSPHRASE)
    labs = [enrol(hub, f"Lab {n}").identity_id for n in "ABC"]
    hub.close()
    common = ["--data-dir", str(folder), "--passphrase-file", str(passfile)]
    # on the command line: every material × every analyte
    assert cli.main(["pt", "create", *common, "--name", "PT-1", "--materials", "PT-A,PT-B", "--analytes", "cocaine:%",
                     "--deadline", DEADLINE, "--labs", ",".join(labs)]) == 0
    assert "Round PT-1 created for 3 laboratories, 2 items" in capsys.readouterr().out
    # or in a TOML file, with a reference value
    toml = tmp_path / "round.toml"
    toml.write_text(f'name = "PT-2"\ndeadline = "{DEADLINE}"\nlabs = {labs[:2]!r}\n'
                    '[[items]]\nmaterial = "PT-A"\nanalyte = "heroin"\nunit = "mg/g"\nreference = 120.0\nsigma = 6.0\n',
                    encoding="utf-8")
    assert cli.main(["pt", "create", *common, "--file", str(toml)]) == 0
    capsys.readouterr()
    assert cli.main(["pt", "create", *common, "--file", str(toml), "--name", "PT-3"]) == 2
    assert "not both" in capsys.readouterr().err
    assert cli.main(["pt", "create", *common, "--name", "PT-3", "--materials", "A", "--analytes", "cocaine",
                     "--deadline", DEADLINE, "--labs", labs[0]]) == 2
    assert "ANALYTE:UNIT" in capsys.readouterr().err

    hub = Hub.open(folder, PASSPHRASE)
    for lab, v in zip(labs, (30.0, 31.0, 33.0)):
        proficiency.submit(hub, lab, "PT-1", [sub("PT-A", "cocaine", v)])
    hub.close()
    assert cli.main(["pt", "list", "--data-dir", str(folder), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["round"], r["labs"], r["results"], r["closed_at"]) for r in listed] == [
        ("PT-1", 3, 3, None), ("PT-2", 2, 0, None)]

    assert cli.main(["pt", "close", *common, "PT-1"]) == 2  # before the deadline
    assert "close it after that" in capsys.readouterr().err
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 21, tzinfo=dt.UTC))
    assert cli.main(["pt", "close", *common, "PT-1"]) == 0
    out = capsys.readouterr().out
    assert "PT-A × cocaine (%): assigned" in out and "PT-B × cocaine (%): no assigned value" in out
    assert out.count("satisfactory") == 3
    assert cli.main(["pt", "close", *common, "PT-9"]) == 2
    assert "no proficiency-test round named PT-9" in capsys.readouterr().err


def test_a_reviewer_reads_the_rounds_but_cannot_create_or_close_and_each_act_is_audited(tmp_path):
    import requests

    from hub_server import ADMIN_PASSWORD, RunningHub
    from labnet.hub import admins

    running = RunningHub(tmp_path / "hub")
    try:
        lab = enrol(running.hub, "Lab A")
        admins.add(running.hub.store, "test", "wanjiru", "reviewer", ADMIN_PASSWORD)
        token = admins.sign_in(running.hub.store, "wanjiru", ADMIN_PASSWORD, "test")["token"]
        reviewer = {"Authorization": f"Bearer {token}"}
        deadline = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(microsecond=0).isoformat()
        body = {"name": "PT-1", "deadline": deadline, "items": ITEMS, "labs": [lab.identity_id]}
        refused = requests.post(f"{running.url}/v1/admin/pt", json=body, headers=reviewer, timeout=30)
        assert (refused.status_code, refused.json()["code"]) == (403, "admin-role-forbidden")
        made = requests.post(f"{running.url}/v1/admin/pt", json=body, headers=running.admin, timeout=30)
        assert made.status_code == 200, made.text
        listed = requests.get(f"{running.url}/v1/admin/pt", headers=reviewer, timeout=30)
        assert [r["round"] for r in listed.json()] == ["PT-1"]
        closing = requests.post(f"{running.url}/v1/admin/pt/PT-1/close", headers=reviewer, timeout=30)
        assert (closing.status_code, closing.json()["code"]) == (403, "admin-role-forbidden")
        early = requests.post(f"{running.url}/v1/admin/pt/PT-1/close", headers=running.admin, timeout=30)
        assert (early.status_code, early.json()["code"]) == (409, "conflict")
        audited = [(e["actor"], e["action"], e["target"]) for e in running.hub.store.admins.entries()]
        assert ("admin", "pt.create", "PT-1") in audited
        assert not any(action.startswith("pt.") and actor == "wanjiru" for actor, action, _ in audited)
    finally:
        running.stop()
