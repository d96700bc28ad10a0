"""Tablets in a cross-network hit (issue 20): physical agreement weighed as the local linkage weighs it, with the
physical attributes the peer released; none released, the hit says physical agreement unknown, never "agrees"."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from hub_server import HubProcess, enrol
from labnet.hub.federation_physical import released, verdict
from labnet.hub.linking import NetworkLinker
from labnet.hub.store_federation import of as federation_store
from labnet.profiling.tablets import Tolerances
from test_federation import BEYOND, Opened, audit_actions, bulletins, cli, peer_by_file, share
from test_hub_linking import BATCH, method, near

TABLETS = replace(method(name="amphetamine-tablets"), require_physical=True)
SHARE = f'methods = ["{TABLETS.name} v{TABLETS.version}"]\n'
PILL = {"form": "tablet", "colour": "pink", "diameter_mm": 8.0}


def test_the_verdict_uses_only_what_was_released_as_it_is():
    own = {"form": "tablet", "logo": "Star", "colour": "pink", "diameter_mm": 8.0}
    assert verdict({**own, "form": "powder"}, {"logo": "star"}, Tolerances()) is None   # not a tablet
    assert verdict(own, {}, Tolerances())["state"] == "unknown"
    # A pseudonymised logo and a generalised size say nothing of the tablet: not compared, so unknown.
    hidden = {"logo": "ps:" + "0" * 32, "diameter_mm": "5-10", "seizure_country": "KE"}
    assert released(hidden) == {} and verdict(own, hidden, Tolerances())["state"] == "unknown"
    assert verdict(own, {"colour": "pink"}, Tolerances())["state"] == "unknown"   # too little to compare
    agrees = verdict(own, {"logo": " STAR ", "colour": "Pink", "diameter_mm": 8.1}, Tolerances())
    assert agrees == {"state": "agrees", "compared": ["logo", "colour", "diameter_mm"],
                      "agreeing": ["logo", "colour", "diameter_mm"]}
    assert verdict(own, {"logo": "moon", "diameter_mm": 8.0}, Tolerances())["state"] == "disagrees"


@pytest.mark.slow
def test_a_cross_network_tablet_hit_honours_physical_agreement(tmp_path):
    west, east = HubProcess(tmp_path / "west"), HubProcess(tmp_path / "east")
    try:
        with Opened(west) as hub:
            NetworkLinker(hub).publish_method(TABLETS.to_json())
            accra = enrol(hub, "Lab Accra")
            star, moon, powder = share(hub, accra, tmp_path / "accra", BEYOND,
                                       {"lab_sample_number": "ACC-1", "peaks": BATCH, "logo": "Star", **PILL},
                                       {"lab_sample_number": "ACC-2", "peaks": BATCH, "logo": "Moon", **PILL},
                                       {"lab_sample_number": "ACC-3", "peaks": BATCH})
        with Opened(east) as hub:
            NetworkLinker(hub).publish_method(TABLETS.to_json())
            nairobi = enrol(hub, "Lab Nairobi", "KE")
            share(hub, nairobi, tmp_path / "nairobi", BEYOND,
                  {"lab_sample_number": "NBO-7", "peaks": near(BATCH, 1.1), "logo": "star", "form": "tablet",
                   "colour": "Pink", "diameter_mm": 8.1})
        peer_by_file(west, east, tmp_path)
        (west.folder / "federation").mkdir(exist_ok=True)
        (west.folder / "federation" / "east.toml").write_text(SHARE, encoding="utf-8")
        (east.folder / "federation").mkdir(exist_ok=True)
        policy = east.folder / "federation" / "west.toml"

        # East releases the tablet's logo, colour and diameter as they are.
        policy.write_text(SHARE + '[fields]\nlogo = "keep"\ncolour = "keep"\ndiameter_mm = "keep"\n',
                          encoding="utf-8")
        assert "1 answered" in cli(west, "peer", "search", "east").stdout
        with Opened(west) as hub:
            hits = {h["record_id"]: json.loads(h["physical"]) if h["physical"] else None
                    for h in federation_store(hub.store).hits("asked")}
            # The star tablet agrees; the moon tablet disagrees, and under a method that requires physical
            # agreement it is no hit (as a local link would not be one); the powder has no physical verdict.
            assert set(hits) == {star, powder}
            assert hits[star]["state"] == "agrees" and hits[star]["compared"] == ["logo", "colour", "diameter_mm"]
            assert hits[powder] is None
            [told] = bulletins(hub, accra, "federation-hit")
            assert {h["record_id"]: (h["physical"] or {}).get("state") for h in told.content["hits"]} == \
                {star: "agrees", powder: None}
            [entry] = [e for e in hub.store.admins.entries(None, 10_000)
                       if e["action"] == "federation.answer-received"]
            assert json.loads(entry["detail"])["physically_disagreeing"] == 1

        # East releases nothing of the tablet: every tablet hit says physical agreement unknown.
        policy.write_text(SHARE, encoding="utf-8")
        assert "1 answered" in cli(west, "peer", "search", "east").stdout
        with Opened(west) as hub:
            second = [h for h in federation_store(hub.store).hits("asked") if h["search_id"] != told.content[
                "search_id"]]
            verdicts = {h["record_id"]: json.loads(h["physical"]) if h["physical"] else None for h in second}
            assert set(verdicts) == {star, moon, powder}
            assert verdicts[star]["state"] == verdicts[moon]["state"] == "unknown"
            assert "released none" in verdicts[moon]["reason"] and verdicts[powder] is None
            assert "federation.answer-received" in audit_actions(hub)
    finally:
        west.stop()
        east.stop()
