"""Cross-laboratory linkage at the hub: harmonised methods, links after each ingest, bulletins to both sides."""

from __future__ import annotations

import json

import numpy as np
import pytest

from factories import profile
from labnet.catalogue.store import Catalogue
from labnet.hub.ingest import Ingestor
from labnet.hub.linking import NetworkLinker
from labnet.hub.store import Conflict, HubError
from labnet.profiling.method import ComparisonMethod
from labnet.profiling.pretreat import ReferenceStats
from labnet.profiling.targets import load_target_list
from labnet.protocol.bulletin import verify_bulletin
from labnet.sync.outbox import Outbox
from test_hub_ingest import POLICY, enrol, hub  # noqa: F401  (the hub fixture)

TARGETS = load_target_list("amphetamine").targets
BATCH = {"1-phenyl-2-propanone": 1.2, "N-formylamphetamine": 8.4, "DPIA": 0.7, "benzaldehyde": 2.0}
OTHER = {"N-acetylamphetamine": 5.0, "4-benzylpyrimidine": 3.0, "N-benzoylamphetamine": 0.2}
OTHER2 = {"2,4-dimethyl-3,5-diphenylpyridine": 4.0, "N-acetylamphetamine": 0.3, "DPIA": 6.0}


def method(version: int = 1, threshold: float = 95.0, name: str = "amphetamine-network") -> ComparisonMethod:
    rows = np.array([[BATCH.get(t, 0) for t in TARGETS], [OTHER.get(t, 0) for t in TARGETS],
                     [OTHER2.get(t, 0) for t in TARGETS]], dtype=float)
    return ComparisonMethod(name, "amphetamine", TARGETS, "N", "pearson", threshold, ReferenceStats.of(rows),
                            auc=0.97, version=version)


_numbers = iter(range(1, 10**6))


def result(**values) -> dict:
    """A shareable amphetamine profile with a sample number of its own."""
    values.setdefault("lab_sample_number", f"LS-{next(_numbers):05d}")
    return profile(shareable=True, **values)


def near(peaks: dict, factor: float) -> dict:
    return {k: round(v * factor + 0.01 * i, 4) for i, (k, v) in enumerate(peaks.items())}


@pytest.fixture
def labs(tmp_path, hub):  # noqa: F811
    """Two laboratories with their catalogues, enrolled at the hub."""
    a, b = enrol(hub, "Lab Accra"), enrol(hub, "Lab Lomé")
    with Catalogue.open(tmp_path / "a", user="amina") as cat_a, Catalogue.open(tmp_path / "b", user="kofi") as cat_b:
        yield (a, cat_a), (b, cat_b)


def send(hub, lab, cat) -> None:  # noqa: F811
    for _, data in Outbox(cat).export(lab, hub.identity.public, POLICY).parts:
        assert Ingestor(hub).ingest(data, source="file").status == "processed"


def bulletins_for(hub, lab, kind: str) -> list:  # noqa: F811
    rows = hub.store.query("SELECT document FROM bulletins WHERE to_lab IN (?, '*') AND kind = ? ORDER BY seq",
                           (lab.identity_id, kind))
    return [verify_bulletin(bytes(r["document"]), hub.identity.public, lab.identity_id) for r in rows]


def test_profiles_of_two_labs_from_one_batch_are_linked_and_both_labs_told(hub, labs):  # noqa: F811
    (a, cat_a), (b, cat_b) = labs
    linker = NetworkLinker(hub)
    published = linker.publish_method(method().to_json())
    assert published["bulletin"] >= 1 and linker.run_pending() == 0
    [announced] = bulletins_for(hub, a, "method")
    assert announced.content["name"] == "amphetamine-network" and announced.to == "*"

    a_batch = cat_a.add("profiling_result", result(lab_sample_number="ACC-1", seizure_reference="SZ-ACC-9",
                                                    peaks=BATCH))
    cat_a.add("profiling_result", result(lab_sample_number="ACC-2", peaks=OTHER))
    send(hub, a, cat_a)
    assert linker.run_pending() == 0          # one laboratory alone: nothing across borders
    b_batch = cat_b.add("profiling_result", result(lab_sample_number="LOM-7", seizure_reference="SZ-LOM-3",
                                                    seizure_country="TG", peaks=near(BATCH, 3.1)))
    cat_b.add("profiling_result", result(lab_sample_number="LOM-8", peaks=OTHER2))
    send(hub, b, cat_b)
    assert linker.run_pending() == 1

    [link_a] = bulletins_for(hub, a, "link")
    [link_b] = bulletins_for(hub, b, "link")
    [entry_a] = link_a.content["links"]
    [entry_b] = link_b.content["links"]
    assert entry_a["record_id"] == a_batch["id"] and entry_b["record_id"] == b_batch["id"]
    assert entry_a["other_lab"] == "Lab Lomé" and entry_b["other_lab"] == "Lab Accra"
    assert entry_a["score"] > 95 and entry_a["score"] == entry_b["score"]
    assert link_a.content["method"]["name"] == "amphetamine-network"
    # The method's version has one name on the wire, as in the method bulletin (protocol.notices).
    named = link_a.content["method"]
    assert named["method_version"] == announced.content["method_version"] and "version" not in named
    # Only the other laboratory's pseudonymised references travel, never its own numbers.
    assert entry_a["other_lab_sample_number"].startswith("ps:")
    assert entry_a["other_seizure_reference"].startswith("ps:")
    assert "LOM-7" not in link_a.raw.decode() and "SZ-LOM-3" not in link_a.raw.decode()
    assert entry_a["other_seizure_country"] == "TG"


def test_no_link_is_announced_twice_and_a_changed_profile_loses_its_link(hub, labs):  # noqa: F811
    (a, cat_a), (b, cat_b) = labs
    linker = NetworkLinker(hub)
    linker.publish_method(method().to_json())
    cat_a.add("profiling_result", result(peaks=BATCH))
    send(hub, a, cat_a)
    b_record = cat_b.add("profiling_result", result(peaks=near(BATCH, 0.5)))
    send(hub, b, cat_b)
    assert linker.run_pending() == 1
    # Another profile at B, unrelated: B's bundle brings no new link, and the old one is not announced again.
    cat_b.add("profiling_result", result(peaks=OTHER))
    send(hub, b, cat_b)
    assert linker.run_pending() == 0
    assert len(bulletins_for(hub, a, "link")) == 1
    # B corrects its profile: it no longer matches, the stored link goes.
    cat_b.update("profiling_result", b_record["id"], {"peaks": OTHER2})
    send(hub, b, cat_b)
    assert NetworkLinker(hub).run_pending() == 0
    assert hub.store.query("SELECT count(*) AS n FROM network_links")[0]["n"] == 0


def test_a_method_published_later_links_what_the_network_already_holds(hub, labs):  # noqa: F811
    (a, cat_a), (b, cat_b) = labs
    for k in range(3):
        cat_a.add("profiling_result", result(lab_sample_number=f"A{k}", peaks=near(BATCH, 1 + k)))
        cat_b.add("profiling_result", result(lab_sample_number=f"B{k}", peaks=near(BATCH, 2.5 + k)))
    cat_b.add("profiling_result", result(peaks=OTHER))
    send(hub, a, cat_a)
    send(hub, b, cat_b)
    linker = NetworkLinker(hub)
    assert linker.run_pending() == 0            # no method yet
    linker.publish_method(method().to_json())
    assert linker.run_pending() == 9            # 3 × 3 across the two labs; none within one lab
    [link_a] = bulletins_for(hub, a, "link")
    assert len(link_a.content["links"]) == 9
    # A stricter version takes over for amphetamine; its links are its own.
    strict = method(version=2, threshold=100.0)      # only identical profiles would pass
    NetworkLinker(hub).publish_method(strict.to_json())
    assert NetworkLinker(hub).run_pending() == 0
    listed = linker.methods()
    assert [m["version"] for m in listed] == [2, 1] and listed[0]["in_use"] and not listed[1]["in_use"]
    assert listed[0]["links"] == 0 and listed[1]["links"] == 9


def test_a_restarted_hub_does_the_link_jobs_left_undone(hub, labs):  # noqa: F811
    (a, cat_a), (b, cat_b) = labs
    NetworkLinker(hub).publish_method(method().to_json())
    cat_a.add("profiling_result", result(peaks=BATCH))
    cat_b.add("profiling_result", result(peaks=near(BATCH, 2)))
    send(hub, a, cat_a)
    send(hub, b, cat_b)
    # The ingest queued the jobs with the records; a linker started afterwards (a new process) finds them.
    assert NetworkLinker(hub).pending() == 3
    assert NetworkLinker(hub).run_pending() == 1
    assert NetworkLinker(hub).pending() == 0


def test_a_job_the_engine_refuses_is_recorded_and_does_not_block_later_jobs(hub, labs, monkeypatch):  # noqa: F811
    # A method too loose for the network makes the engine refuse (too many links). Before, that job stayed
    # first in the queue, failed again on every run, and no later bundle was ever linked — silently.
    from labnet.profiling import linkage
    (a, cat_a), (b, cat_b) = labs
    linker = NetworkLinker(hub)
    linker.publish_method(method().to_json())
    cat_a.add("profiling_result", result(peaks=BATCH))
    send(hub, a, cat_a)
    monkeypatch.setattr(linkage, "MAX_LINKS", 0)
    cat_b.add("profiling_result", result(peaks=near(BATCH, 2)))
    send(hub, b, cat_b)
    assert linker.run_pending() == 0
    assert linker.pending() == 0
    failed = linker.failed()
    assert failed and "too loose" in failed[0]["error"] and failed[0]["kind"] == "bundle"
    assert hub.store.query("SELECT count(*) AS n FROM network_links")[0]["n"] == 0
    monkeypatch.setattr(linkage, "MAX_LINKS", 5_000_000)
    cat_b.add("profiling_result", result(peaks=near(BATCH, 3)))
    send(hub, b, cat_b)
    assert linker.run_pending() >= 1  # the next job runs and links


def test_bad_methods_are_refused_with_a_reason(hub):  # noqa: F811
    linker = NetworkLinker(hub)
    with pytest.raises(HubError, match="not a LabNet comparison method"):
        linker.publish_method({"hello": "world"})
    with pytest.raises(HubError, match="incomplete or damaged"):
        linker.publish_method({**method().to_json(), "reference": {"mean": [1], "std": "x", "size": 2}})
    with pytest.raises(HubError, match="saved method"):
        linker.publish_method(method(version=0).to_json())
    with pytest.raises(HubError, match="incomplete or damaged|not a pretreatment"):
        linker.publish_method({**method().to_json(), "pretreatment": "magic"})
    linker.publish_method(method().to_json())
    linker.publish_method(method().to_json())   # the same again: harmless
    with pytest.raises(Conflict, match="new version"):
        linker.publish_method(method(threshold=80).to_json())
    assert len(linker.methods()) == 1


def test_the_lab_adopts_the_network_method_from_its_bulletin(hub, labs):  # noqa: F811
    from labnet.profiling import list_methods, load_method
    from labnet.sync.inbox import adopt_methods

    (a, cat_a), _ = labs
    NetworkLinker(hub).publish_method(method().to_json())
    bulletins = bulletins_for(hub, a, "method")
    assert adopt_methods(cat_a, bulletins) == ["amphetamine-network (network) v1"]
    assert adopt_methods(cat_a, bulletins) == []
    adopted = load_method(cat_a, "amphetamine-network (network)")
    assert adopted.threshold == 95.0 and adopted.targets == TARGETS
    assert [m["name"] for m in list_methods(cat_a)] == ["amphetamine-network (network)"]
    assert json.loads(json.dumps(adopted.to_json()))["method_version"] == 1


@pytest.mark.parametrize("legacy", [False, True])
def test_link_bulletins_carry_the_lr_with_its_calibration_and_bounds(hub, labs, legacy):  # noqa: F811
    import dataclasses

    from labnet.profiling.calibration import LikelihoodRatio

    (a, cat_a), (b, cat_b) = labs
    rng = np.random.default_rng(1)
    ratio = (LikelihoodRatio((90.0, 99.0, 100.0), (1.0, 120.0, 80.0)) if legacy else   # the old, non-monotone kind
             LikelihoodRatio.fit(rng.normal(98, 1.5, 300), rng.normal(60, 20, 5000)))
    NetworkLinker(hub).publish_method(dataclasses.replace(method(), likelihood_ratio=ratio).to_json())
    cat_a.add("profiling_result", result(peaks=BATCH))
    send(hub, a, cat_a)
    cat_b.add("profiling_result", result(peaks=near(BATCH, 0.5)))
    send(hub, b, cat_b)
    assert NetworkLinker(hub).run_pending() == 1
    [bulletin] = bulletins_for(hub, a, "link")        # verified against the hub's key
    [entry] = bulletin.content["links"]
    announced = bulletin.content["method"]
    assert announced["name"] == "amphetamine-network" and entry["score"] > 95    # the existing fields stay
    if legacy:
        assert entry["likelihood_ratio"] is None and announced["likelihood_ratio_calibration"] == "legacy"
    else:
        low, high = announced["likelihood_ratio_bounds"]
        assert announced["likelihood_ratio_calibration"] == "pav"
        assert (low, high) == ratio.bounds and low <= entry["likelihood_ratio"] <= high
        assert entry["likelihood_ratio"] == pytest.approx(float(ratio.at(entry["score"])), rel=1e-6)
