"""The window's network status reads every stored receipt (``Outbox.sent_bundles``) on the catalogue worker
while a sync runs; a receipt lists each record of its part (3.4 MB for 33,000). One plain ``json.loads`` of it
held Python's lock 25-30 ms, several in a row, and the window froze (issue 23): the parse now comes back to
Python's eval loop at each object, where another thread can take the lock, with the same values."""

from __future__ import annotations

import json
import sys

from labnet.catalogue.store import Catalogue
from labnet.sync.outbox import Outbox


def _receipt(bundle_id: str, records: int) -> str:
    rows = [{"id": f"r{k:05d}", "kind": "profiling_result",
             "result": "rejected" if k % 97 == 0 else "accepted",
             **({"reason": f"field {k} is out of range"} if k % 97 == 0 else {})} for k in range(records)]
    rejected = sum(r["result"] == "rejected" for r in rows)
    return json.dumps({"receipt": {"bundle_id": bundle_id, "counts": {"accepted": records - rejected, "duplicate": 0,
                                                                       "rejected": rejected},
                                   "reason": None, "records": rows, "status": "partial"}, "signature": "x"})


def _stored(cat, bundle_id: str, raw: str) -> None:
    cat.conn.execute(
        "INSERT INTO outbox_bundles (bundle_id, batch_id, part_index, part_count, hub_key_id, seq_from, seq_to,"
        " records, payload_sha256, size, created_at, created_by, policy_sha256)"
        " VALUES (?, 'batch', 1, 1, 'hub', 1, 2000, 2000, 'sha', 1, '2026-12-05T06:00:00Z', 'amina', 'policy')",
        (bundle_id,))
    Outbox(cat).store.receipted(bundle_id, "2026-12-05T06:01:00Z", "partial", raw)


def test_sent_bundles_reads_the_receipt_in_steps_with_the_same_values(tmp_path):
    raw = _receipt("b1", 2000)
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        _stored(cat, "b1", raw)
        from_python = []   # Python calls made from inside json's decoder while sent_bundles parses

        def profile(frame, event, arg):
            if event == "call" and frame.f_back is not None and frame.f_back.f_code.co_name == "raw_decode" \
                    and frame.f_back.f_code.co_filename.endswith("decoder.py"):
                from_python.append(frame.f_code.co_name)

        sys.setprofile(profile)
        try:
            [bundle] = Outbox(cat).sent_bundles()
        finally:
            sys.setprofile(None)

    expected = json.loads(raw)["receipt"]
    assert bundle["bundle_id"] == "b1" and bundle["receipt_status"] == "partial"
    assert bundle["counts"] == expected["counts"] == {"accepted": 1979, "duplicate": 0, "rejected": 21}
    assert bundle["reason"] is None
    assert bundle["rejected"] == [("profiling_result", r["id"], r["reason"]) for r in expected["records"]
                                  if r["result"] == "rejected"]
    assert len(bundle["rejected"]) == 21
    # once per object (2,000 records, the counts, the receipt, the document): the lock can change hands
    # between any two of them, where one C call held it for the whole document before
    assert len(from_python) >= 2000, len(from_python)
