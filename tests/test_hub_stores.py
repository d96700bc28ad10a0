"""The hub's store classes answer the administrator's and the laboratories' reads as the routes show them:
the statistics, the bundle and refused-file listings, the network catalogue's filters and the held pages
(what tests/test_hub_ingest.py's route tests do not look at: refused files, deletions, another lab's filter)."""

from __future__ import annotations

from factories import profile
from hub_server import enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub.admin_routes import network_statistics
from labnet.hub.holdings import held_records
from labnet.hub.ingest import Ingestor
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy

POLICY = default_policy()


def deliver(cat, lab, hub) -> str:
    [(header, data)] = Outbox(cat).export(lab, hub.identity.public, POLICY).parts
    result = Ingestor(hub).ingest(data, source="file")
    assert result.status == "processed"
    return header.bundle_id


def test_statistics_listings_and_filters_count_what_was_received(cat, hub):
    lab = enrol(hub)
    records = [cat.add("profiling_result", profile(lab_sample_number=f"S-{i}", shareable=True)) for i in range(3)]
    first = deliver(cat, lab, hub)
    cat.delete("profiling_result", records[0]["id"], reason="entered twice")
    second = deliver(cat, lab, hub)
    assert Ingestor(hub).ingest(b"not a bundle", source="file").status == "refused"

    stats = network_statistics(hub)
    assert stats["records"] == [{"lab_id": lab.identity_id, "lab": "Forensic Lab A", "kind": "profiling_result",
                                 "records": 2, "deleted": 1}]
    assert stats["bundles"] == {"processed": 2, "rejected": 0, "refused_files": 1}
    assert sum(day["accepted"] for day in stats["received_per_day"]) == 4     # 3 records, then 1 withdrawal
    [last] = stats["last_sync"]
    received = hub.store.received.bundles_newest_first(10)
    assert last["last_bundle"] == max(b["received_at"] for b in received) and last["lab"] == "Forensic Lab A"
    assert {b["bundle_id"] for b in received} == {first, second} and {b["lab_name"] for b in received} == {"Forensic Lab A"}
    [refused] = hub.store.received.refused_newest_first(10)
    assert refused["source"] == "file" and refused["claimed_bundle_id"] is None

    page = hub.store.received.records_page
    assert page(kind=None, lab=None, include_deleted=False, limit=10, offset=0)[0] == 2
    total, rows = page(kind="profiling_result", lab=lab.identity_id, include_deleted=True, limit=2, offset=0)
    assert total == 3 and len(rows) == 2
    assert page(kind=None, lab="another-lab", include_deleted=True, limit=10, offset=0) == (0, [])
    assert page(kind="sample", lab=None, include_deleted=True, limit=10, offset=0)[0] == 0


def test_held_pages_follow_one_another_in_kind_and_id_order(cat, hub):
    lab = enrol(hub)
    for i in range(5):
        cat.add("profiling_result", profile(lab_sample_number=f"S-{i}", shareable=True))
    deliver(cat, lab, hub)
    seen, after = [], ("", "")
    while True:
        page, following = held_records(hub.store, lab.identity_id, after=after, limit=2)
        seen += [entry["id"] for entry in page]
        if following is None:
            break
        after = following
    assert seen == sorted(seen) and len(seen) == 5
    assert held_records(hub.store, "another-lab") == ([], None)
