"""A link notice overlays the profile the other laboratory shared (issue 22): the hub serves it to the laboratory it
linked, in its signed-in session (GET /v1/shared-profiles/{record_id}?lab=…), the window asks for it when the
notice is opened and the Linkage view draws both profiles under the hub's method, with the hub's score; a
profile withdrawn, no longer shared, or whose values the policy keeps is refused, and the view says why.

Against a real hub process on loopback, two laboratories enrolled and synced through the command line."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
import requests
from PySide6.QtCore import Qt

import windows
from factories import profile
from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.desktop.network_bulletins import SEQ
from labnet.profiling.pretreat import pretreat
from labnet.protocol.keyfile import load_identity
from labnet.sync.shared_profile import NOT_FOUND, NotShared, shared_profiles
from test_hub_linking import BATCH, OTHER, OTHER2, method, near

THEIRS = near(BATCH, 3.1)


def wait_for_links(hub) -> None:  # noqa: F811
    for _ in range(600):
        if requests.get(f"{hub.url}/v1/admin/links", params={"limit": 1}, headers=hub.admin,
                        timeout=10).json()["pending_jobs"] == 0:
            return
        import time

        time.sleep(0.05)
    raise AssertionError("the hub's link jobs did not end")


def laboratory(hub, folder, name: str, country: str, profiles: list[dict]) -> dict[str, str]:  # noqa: F811
    """A laboratory made, enrolled and synced through the command line; its records' ids by sample number."""
    assert cli.main(["--data-dir", str(folder), "init", "--lab", name, "--country", country]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code(name, country)]) == 0
    with Catalogue.open(folder, user="ana") as cat:
        ids = {p["lab_sample_number"]: cat.add("profiling_result", profile(shareable=True, **p))["id"]
               for p in profiles}
    assert cli.main(["--data-dir", str(folder), "sync"]) == 0
    return ids


@pytest.fixture
def network(hub, tmp_path, monkeypatch, capsys):  # noqa: F811
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    requests.post(f"{hub.url}/v1/admin/methods", json=method().to_json(), headers=hub.admin,
                  timeout=30).raise_for_status()
    accra = laboratory(hub, tmp_path / "accra", "Lab Accra", "GH",
                       [{"lab_sample_number": "ACC-1", "seizure_reference": "SZ-ACC-9", "peaks": BATCH},
                        {"lab_sample_number": "ACC-2", "peaks": OTHER}])
    lome = laboratory(hub, tmp_path / "lome", "Lab Lomé", "TG",
                      [{"lab_sample_number": "LOM-7", "seizure_reference": "SZ-LOM-3", "seizure_country": "TG",
                        "peaks": THEIRS}, {"lab_sample_number": "LOM-8", "peaks": OTHER2}])
    wait_for_links(hub)
    capsys.readouterr()
    return tmp_path / "accra", accra, tmp_path / "lome", lome


def open_link_notice(qtbot, window):
    page = window.show_section("network")
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)   # brings the link bulletin, adopts the method
    [item] = [page.bulletins.item(i) for i in range(page.bulletins.count())
              if page.bulletins.item(i).data(SEQ) is not None
              and page.shown_bulletins[page.bulletins.item(i).data(SEQ)].kind == "link"]
    page.bulletins.itemActivated.emit(item)   # what a double-click does
    return window.linkage_page.similar_tab


def bars(plot) -> list[np.ndarray]:
    return [np.asarray(item.opts["height"]) for item in plot.getPlotItem().items if isinstance(item, pg.BarGraphItem)]


@pytest.mark.slow   # a hub process, two laboratories enrolled and synced: ~10 s
def test_a_link_notice_overlays_the_other_laboratorys_shared_profile_and_says_when_it_is_withdrawn(
        qtbot, hub, network, tmp_path, capsys):  # noqa: F811
    accra_dir, accra, lome_dir, lome = network
    window = windows.open_window(qtbot, accra_dir / "catalogue.db", tmp_path / "window")
    tab = open_link_notice(qtbot, window)
    note = tab.link_overlay.note
    assert not tab.pair.isHidden() and tab.record_id == accra["ACC-1"]
    assert note.text().startswith("Overlaid: the profile Lab Lomé shared with the network"), note.text()

    # The two profiles drawn are this laboratory's and the one Lomé shared, pretreated under the hub's method.
    expected = pretreat(np.array([[BATCH.get(t, 0) for t in method().targets],
                                  [THEIRS.get(t, 0) for t in method().targets]]), "N", method().reference)
    drawn = bars(tab.plot)
    assert len(drawn) == 2
    np.testing.assert_allclose(drawn[0], expected[0])
    np.testing.assert_allclose(drawn[1], expected[1])
    assert [label.text for _sample, label in tab.legend.items] == ["ACC-1", "Lab Lomé"]
    link = tab.link_overlay.link
    assert f"score {link['score']:.4g}" in tab.plot.getPlotItem().titleLabel.text
    assert "Recomputed here" not in note.text()   # the score recomputed here is the hub's
    assert tab.plot.isVisible() and tab.plot.height() >= 150, tab.plot.height()   # seen, not squeezed away
    qtbot.wait(100)   # laid out at its new size before the picture
    window.grab().save(str(tmp_path / "link-overlay.png"))

    # Lomé withdraws its profile: the hub serves it no more, and the view says why the overlay is missing.
    with Catalogue.open(lome_dir, user="ana") as cat:
        cat.delete("profiling_result", lome["LOM-7"])
    assert cli.main(["--data-dir", str(lome_dir), "sync"]) == 0
    wait_for_links(hub)
    with pytest.raises(NotShared) as refused:
        shared_profiles(accra_dir, load_identity(accra_dir, LAB_PASSPHRASE), accra["ACC-1"], link["other_lab_id"])
    assert refused.value.code == NOT_FOUND   # its links went with it
    page = window.show_section("network")
    item = next(page.bulletins.item(i) for i in range(page.bulletins.count())
                if page.bulletins.item(i).data(SEQ) is not None
                and page.shown_bulletins[page.bulletins.item(i).data(SEQ)].kind == "link")
    page.bulletins.itemActivated.emit(item)
    assert note.text() == ("No overlay: Lab Lomé has not shared this profile with the network, or it is no longer "
                           "linked with this one."), note.text()
    assert bars(tab.plot) == []
    window.close()


@pytest.mark.slow
def test_a_profile_the_policy_no_longer_shares_is_refused_and_only_a_linked_laboratory_may_ask(
        hub, network, tmp_path, monkeypatch):  # noqa: F811
    accra_dir, accra, lome_dir, lome = network
    accra_keys = load_identity(accra_dir, LAB_PASSPHRASE)
    [served] = shared_profiles(accra_dir, accra_keys, accra["ACC-1"], _lab_id(lome_dir))
    assert served["record_id"] == lome["LOM-7"] and served["peaks"] == THEIRS
    assert served["lab_sample_number"].startswith("ps:") and "LOM-7" not in str(served)   # as the policy shares it
    assert set(served) <= {"lab_id", "record_id", "version", "received_at", "method", "method_version", "score",
                           "found_at", "drug_type", "peaks", "lab_sample_number", "seizure_reference",
                           "seizure_country", "seizure_date", "form"}   # nothing else of the record

    # A record not linked with this laboratory's (its own, or another of Lomé's) is not served.
    for record, lab in ((accra["ACC-2"], _lab_id(lome_dir)), (accra["ACC-1"], _lab_id(accra_dir))):
        with pytest.raises(NotShared) as refused:
            shared_profiles(accra_dir, accra_keys, record, lab)
        assert refused.value.code == NOT_FOUND

    # Lomé's record no longer marked shareable: its policy withholds it, the next bundle withdraws it.
    with Catalogue.open(lome_dir, user="ana") as cat:
        cat.update("profiling_result", lome["LOM-7"], {"shareable": False})
    assert cli.main(["--data-dir", str(lome_dir), "sync"]) == 0
    wait_for_links(hub)
    with pytest.raises(NotShared) as refused:
        shared_profiles(accra_dir, accra_keys, accra["ACC-1"], _lab_id(lome_dir))
    assert refused.value.code == NOT_FOUND



def _lab_id(folder) -> str:
    return load_identity(folder, LAB_PASSPHRASE).identity_id


def test_a_bulletin_entry_names_one_shared_profile_or_none():
    from labnet.sync.shared_profile import linked_profile

    def served(record: str, sample: str | None, score: float, version: int = 1) -> dict:
        return {"record_id": record, "method": "m", "method_version": version, "score": score, "peaks": {"a": 1},
                **({"lab_sample_number": sample} if sample else {})}

    entry = {"method": {"name": "m", "method_version": 1}, "score": 97.1234561, "other_lab_sample_number": "ps:1"}
    both = [served("r1", "ps:1", 97.1234561), served("r2", "ps:2", 97.1234561)]
    assert linked_profile(both, entry)["record_id"] == "r1"                   # by the shared sample number
    unnamed = {k: v for k, v in entry.items() if k != "other_lab_sample_number"}
    by_score = [served("r1", None, 97.123456), served("r2", None, 99.5)]
    assert linked_profile(by_score, unnamed)["record_id"] == "r1"             # by the score (6 places sent)
    assert linked_profile([served("r1", None, 97.1), served("r2", None, 97.1)], unnamed) is None   # no guess
    assert linked_profile([served("r1", "ps:1", 97.1234561, version=2)], entry) is None            # another version
