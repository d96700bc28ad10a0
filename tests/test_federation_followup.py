"""Follow-ups of a cross-network hit (issue 20), end to end: two hub processes, a laboratory on each set up with
``labnet init`` and ``labnet enrol``, profiles shared by ``labnet sync`` under a sharing policy that lets them
beyond the network (the manifest carries it), a search, then ``labnet federation ask`` at one side and
``labnet federation answer`` at the other, approved once and declined once; every step in both hubs' audit
trails and both laboratories' catalogues."""

from __future__ import annotations

import json

import pytest

from hub_server import LAB_PASSPHRASE, HubProcess
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.hub.linking import NetworkLinker
from labnet.hub.store_federation import of as federation_store
from labnet.sync.policy import DEFAULT_POLICY_TOML
from test_federation import METHOD, Opened, audit_actions, bulletins, peer_by_file, policies
from test_federation import cli as hub_cli
from test_hub_linking import BATCH, OTHER, near

pytestmark = pytest.mark.slow

BEYOND_TOML = DEFAULT_POLICY_TOML.replace("[profiling_result]\nshare = true\n",
                                          "[profiling_result]\nshare = true\nbeyond_network = true\n")


def lab(tmp_path, hub: HubProcess, name: str, country: str, *peaks: dict) -> tuple:
    folder = tmp_path / name
    assert cli.main(["--data-dir", str(folder), "init", "--lab", name, "--country", country]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code(name, country)]) == 0
    (folder / "sharing-policy.toml").write_text(BEYOND_TOML, encoding="utf-8")
    with Catalogue.open(folder) as cat:
        ids = [cat.add("profiling_result", {"lab_sample_number": f"{name}-{n}", "drug_type": "amphetamine",
                                            "seizure_country": country, "shareable": True, "peaks": p,
                                            "seizure_reference": f"SZ-{name}-{n}"})["id"]
               for n, p in enumerate(peaks, start=1)]
    assert cli.main(["--data-dir", str(folder), "sync"]) == 0
    return folder, ids


def run(folder, capsys, *args: str) -> tuple[int, str]:
    status = cli.main(["--data-dir", str(folder), *args])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def catalogue_actions(folder) -> list[str]:
    with Catalogue.open(folder, reader=True) as cat:
        return [row["action"] for row in cat.conn.execute("SELECT action FROM audit_log ORDER BY seq")]


def test_a_follow_up_approved_and_one_declined(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    west, east = HubProcess(tmp_path / "west"), HubProcess(tmp_path / "east")
    try:
        for process in (west, east):
            with Opened(process) as hub:
                NetworkLinker(hub).publish_method(METHOD.to_json())
        accra, accra_ids = lab(tmp_path, west, "accra", "GH", BATCH, OTHER)
        nairobi, nairobi_ids = lab(tmp_path, east, "nairobi", "KE", near(BATCH, 1.1), near(OTHER, 0.9))
        peer_by_file(west, east, tmp_path)
        policies(west, east)   # east releases no field with a hit (its policy lists none)
        assert "1 answered" in hub_cli(west, "peer", "search", "east").stdout
        capsys.readouterr()

        status, out = run(accra, capsys, "federation", "hits", "--json")
        hits = json.loads(out)
        assert status == 0 and sorted(h["record_id"] for h in hits) == sorted(accra_ids)
        assert all(h["side"] == "asked" and h["fields"] == {} for h in hits)
        by_record = {h["record_id"]: h for h in hits}
        batch, other = by_record[accra_ids[0]], by_record[accra_ids[1]]

        status, out = run(accra, capsys, "federation", "ask", batch["hit_ref"], "--query", batch["query_ref"],
                          "--question", "Same batch? May we see the seizure's month and region?")
        assert status == 0, out
        status, out = run(accra, capsys, "federation", "ask", other["hit_ref"], "--query", other["query_ref"])
        assert status == 0, out

        status, out = run(nairobi, capsys, "federation", "follow-ups", "--json")
        asked = {f["record_id"]: f for f in json.loads(out)}
        assert status == 0 and set(asked) == set(nairobi_ids)
        assert asked[nairobi_ids[0]]["question"].startswith("Same batch?")
        # the owner chooses what to release, from what its network holds of the record
        status, out = run(nairobi, capsys, "federation", "answer", asked[nairobi_ids[0]]["request_id"], "--approve",
                          "--release", "seizure_country,lab_sample_number")
        assert status == 0, out
        status, out = run(nairobi, capsys, "federation", "answer", asked[nairobi_ids[1]]["request_id"], "--decline",
                          "--note", "an open investigation")
        assert status == 0, out
        status, out = run(nairobi, capsys, "federation", "answer", asked[nairobi_ids[1]]["request_id"], "--approve")
        assert status == 2 and "federation-follow-up-decided" in out

        status, out = run(accra, capsys, "federation", "follow-ups", "--json")
        mine = {f["record_id"]: f for f in json.loads(out)}
        approved, declined = mine[accra_ids[0]], mine[accra_ids[1]]
        assert approved["state"] == "approved" and approved["released"]["seizure_country"] == "KE"
        assert approved["released"]["lab_sample_number"].startswith("ps:")   # as nairobi's policy let it leave
        assert declined["state"] == "declined" and declined["released"] is None and declined["note"]

        assert cli.main(["--data-dir", str(accra), "sync"]) == 0
        capsys.readouterr()
        with Opened(west) as hub:
            from labnet.protocol.keyfile import load_identity
            accra_lab = load_identity(accra, LAB_PASSPHRASE).public
            answers = bulletins(hub, accra_lab, "federation-follow-up-answer")
            assert sorted(b.content["state"] for b in answers) == ["approved", "declined"]
            assert {"federation.follow-up-asked", "federation.follow-up-approved-received",
                    "federation.follow-up-declined-received"} <= set(audit_actions(hub))
            assert federation_store(hub.store).waiting() == []
        with Opened(east) as hub:
            assert {"federation.follow-up-received", "federation.follow-up-approved",
                    "federation.follow-up-declined"} <= set(audit_actions(hub))
            assert federation_store(hub.store).waiting() == []
        assert {"federation-ask"} <= set(catalogue_actions(accra))
        assert {"federation-approved", "federation-declined"} <= set(catalogue_actions(nairobi))
    finally:
        west.stop()
        east.stop()
