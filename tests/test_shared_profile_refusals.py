"""The hub's shared-profile route refuses what is not shared now (issue 22): a linked profile withdrawn since is not
served (410, before the link job forgets the link; 404 after), nor one whose new version the policy sends without
its peaks (403), nor one to a laboratory it is not linked with (404).  In the hub's process, the link job run by
hand so that each moment between a bundle and its link job is seen."""

from __future__ import annotations

import pytest

from labnet.hub.linking import NetworkLinker
from labnet.hub.shared_profiles import shared_profiles
from labnet.hub.store import HubError
from labnet.sync.outbox import Outbox
from labnet.sync.policy import parse_policy
from test_hub_ingest import POLICY, enrol, hub  # noqa: F401  (the hub fixture)
from test_hub_linking import BATCH, OTHER, labs, method, near, result, send  # noqa: F401  (labs: a fixture)


def refusal(hub, lab, record_id: str, other) -> tuple[str, int]:  # noqa: F811
    with pytest.raises(HubError) as refused:
        shared_profiles(hub.store, lab.identity_id, record_id, other.identity_id)
    return refused.value.code, refused.value.status


@pytest.fixture
def linked(hub, labs):  # noqa: F811
    (a, cat_a), (b, cat_b) = labs
    linker = NetworkLinker(hub)
    linker.publish_method(method().to_json())
    mine = cat_a.add("profiling_result", result(lab_sample_number="ACC-1", peaks=BATCH))
    unlinked = cat_a.add("profiling_result", result(lab_sample_number="ACC-2", peaks=OTHER))
    send(hub, a, cat_a)
    theirs = cat_b.add("profiling_result", result(lab_sample_number="LOM-7", peaks=near(BATCH, 3.1)))
    send(hub, b, cat_b)
    assert linker.run_pending() == 1
    return labs, linker, mine["id"], unlinked["id"], theirs["id"]


def test_a_linked_profile_is_served_to_the_linked_laboratory_only(hub, linked):  # noqa: F811
    ((a, _), (b, _)), _, mine, unlinked, theirs = linked
    answer = shared_profiles(hub.store, a.identity_id, mine, b.identity_id)
    [served] = answer["profiles"]
    assert served["record_id"] == theirs and served["peaks"] == near(BATCH, 3.1)
    assert served["method"] == "amphetamine-network" and served["score"] > 95
    # And the other way round: B sees A's.
    [back] = shared_profiles(hub.store, b.identity_id, theirs, a.identity_id)["profiles"]
    assert back["record_id"] == mine
    assert refusal(hub, a, unlinked, b) == ("shared-profile-not-found", 404)   # not linked with this record
    assert refusal(hub, a, mine, a) == ("shared-profile-not-found", 404)       # a laboratory's own
    third = enrol(hub, "Lab Nairobi")
    assert refusal(hub, third, mine, a) == ("shared-profile-not-found", 404)   # a laboratory not linked


def test_a_withdrawn_profile_is_not_served_even_before_its_links_are_dropped(hub, linked):  # noqa: F811
    ((a, _), (b, cat_b)), linker, mine, _, theirs = linked
    cat_b.delete("profiling_result", theirs)
    send(hub, b, cat_b)
    assert refusal(hub, a, mine, b) == ("shared-profile-withdrawn", 410)       # the link is still stored
    linker.run_pending()
    assert refusal(hub, a, mine, b) == ("shared-profile-not-found", 404)       # the link went with it


def test_a_profile_no_longer_marked_shareable_is_withdrawn_by_the_policy_and_not_served(hub, linked):  # noqa: F811
    ((a, _), (b, cat_b)), linker, mine, _, theirs = linked
    cat_b.update("profiling_result", theirs, {"shareable": False})
    send(hub, b, cat_b)
    assert refusal(hub, a, mine, b) == ("shared-profile-withdrawn", 410)
    linker.run_pending()
    assert refusal(hub, a, mine, b) == ("shared-profile-not-found", 404)


def test_a_profile_whose_peaks_the_policy_keeps_is_refused(hub, linked):  # noqa: F811
    ((a, _), (b, cat_b)), _, mine, _, theirs = linked
    keeps_peaks = parse_policy(_policy_text().replace('peaks = "keep"', 'peaks = "drop"'))
    cat_b.update("profiling_result", theirs, {"purity": 31.0})   # a new version, sent under the new policy
    for _, data in Outbox(cat_b).export(b, hub.identity.public, keeps_peaks).parts:
        from labnet.hub.ingest import Ingestor

        assert Ingestor(hub).ingest(data, source="file").status == "processed"
    assert refusal(hub, a, mine, b) == ("shared-profile-withheld", 403)


def _policy_text() -> str:
    from labnet.sync import policy

    text = policy.DEFAULT_POLICY_TOML
    assert 'peaks = "keep"' in text
    return text
