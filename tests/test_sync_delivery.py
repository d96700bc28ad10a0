"""Withdrawn means withdrawn: what the hub holds follows the laboratory's word under every failure.

The lab's real outbox and the hub's real ingest (real keys, sealed bundles, signed receipts, both
SQLite stores), in one process so that hypothesis can try thousands of sequences: adds, edits,
withdrawals, deletions, policy changes, and syncs that fail at every point a real one can (the hub
down before anything is made, a sync killed after sealing, a link cut after the upload so the receipt
is lost, a stick lost or delivered late, out of order).  After every clean sync the hub's live records
of this lab must be exactly the records the policy shares, at their current versions and contents.
The real processes and links are tried in ``test_fault_trials.py``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

from factories import profile
from hub_server import PASSPHRASE, enrol
from labnet.catalogue.errors import NotFound
from labnet.catalogue.store import Catalogue
from labnet.hub import holdings
from labnet.hub.ingest import Ingestor
from labnet.hub.service import Hub
from labnet.protocol.payload import entry_sha256, line_sha256
from labnet.protocol.receipt import verify_receipt
from labnet.sync.delivery import Sent, decision_seq, hub_may_hold
from labnet.sync.outbox import Outbox
from labnet.sync.policy import DEFAULT_POLICY_TOML, default_policy, parse_policy

SHARED = default_policy()
# The same policy without profiling results, and one that shares them without the purity.
NOT_SHARED = parse_policy(DEFAULT_POLICY_TOML.replace("[profiling_result]\nshare = true",
                                                      "[profiling_result]\nshare = false"), "(no profiles)")
NO_PURITY = parse_policy(DEFAULT_POLICY_TOML.replace('main_substance = "keep"\npurity = "keep"',
                                                     'main_substance = "keep"\npurity = "drop"'), "(no purity)")
POLICIES = {"shared": SHARED, "not shared": NOT_SHARED, "no purity": NO_PURITY}
KIND = "profiling_result"


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    hub, _ = Hub.create(tmp_path_factory.mktemp("hub") / "hub", name="Hub", country="KE", passphrase=PASSPHRASE)
    yield hub
    hub.close()


class Laboratory:
    """One laboratory's catalogue and outbox, and the hub it sends to."""

    def __init__(self, hub: Hub, folder: Path):
        self.hub, self.lab = hub, enrol(hub)
        self.cat = Catalogue.open(folder, user="amina")
        self.policy = SHARED
        self.accepted: dict[tuple[str, int, int], int] = {}   # (record, version, seq) -> times applied

    def export(self):
        return Outbox(self.cat).export(self.lab, self.hub.identity.public, self.policy).parts

    def deliver(self, data: bytes):
        """The hub ingests a file; returns its receipt (the lab may never see it)."""
        result = Ingestor(self.hub).ingest(data, source="file")
        assert result.status in ("processed", "duplicate"), result
        receipt = verify_receipt(result.receipt, self.hub.identity.public, self.lab.identity_id)
        if result.status == "processed":
            for r in receipt.records:
                if r.result == "accepted":
                    seq = self.seq_held(r.record_id)
                    key = (r.record_id, r.version, seq)
                    self.accepted[key] = self.accepted.get(key, 0) + 1
        return receipt

    def seq_held(self, record_id: str) -> int:
        row = self.hub.store.query("SELECT seq FROM network_records WHERE lab_id = ? AND record_id = ?",
                                   (self.lab.identity_id, record_id))
        return row[0]["seq"]

    def confirm(self, receipt) -> None:
        Outbox(self.cat).apply_receipt(receipt, self.policy)

    def clean_sync(self) -> None:
        for _, data in self.export():
            self.confirm(self.deliver(data))

    def hub_live(self) -> dict[str, tuple[int, dict]]:
        rows = self.hub.store.query("SELECT record_id, version, record FROM network_records WHERE lab_id = ? "
                                    "AND deleted = 0", (self.lab.identity_id,))
        return {r["record_id"]: (r["version"], json.loads(r["record"])) for r in rows}

    def should_share(self) -> dict[str, tuple[int, dict]]:
        transform = self.policy.transformer(KIND, self.lab.pseudonym_secret)
        out = {}
        for record in self.cat.iter_records(KIND):
            shared = transform(record)
            if shared is not None:
                out[record["id"]] = (record["version"], json.loads(json.dumps(shared)))
        return out

    def pending(self) -> list[dict]:
        return Outbox(self.cat).pending(self.policy, self.lab.pseudonym_secret).entries

    def check(self) -> None:
        assert self.hub_live() == self.should_share()
        assert self.pending() == []
        assert all(n == 1 for n in self.accepted.values()), self.accepted


@pytest.fixture
def laboratory(hub, tmp_path):
    laboratory = Laboratory(hub, tmp_path / "lab")
    yield laboratory
    laboratory.cat.close()


def shared_record(laboratory, number="LS-1"):
    record = laboratory.cat.add(KIND, profile(lab_sample_number=number, shareable=True))
    laboratory.clean_sync()
    assert record["id"] in laboratory.hub_live()
    return record


# -- the rules, on their own ---------------------------------------------------------------------------

def sent(version, seq, op, result, line=None):
    return Sent(version, seq, op, line, result)


@pytest.mark.parametrize("history, may_hold", [
    ([], False),
    ([sent(1, 1, "upsert", None)], True),                                   # sent, never answered
    ([sent(1, 1, "upsert", "rejected")], False),                            # the hub refused it
    ([sent(1, 1, "upsert", "refused")], False),                             # the bundle was refused whole
    ([sent(1, 1, "upsert", "accepted"), sent(2, 2, "delete", None)], True),  # tombstone only sent
    ([sent(1, 1, "upsert", "accepted"), sent(2, 2, "delete", "accepted")], False),
    ([sent(1, 1, "upsert", "accepted"), sent(2, 2, "delete", "accepted"), sent(3, 3, "upsert", None)], True),
    ([sent(1, 1, "upsert", "unconfirmed")], True),                          # may still arrive on a stick
    ([sent(1, 1, "upsert", "superseded")], False),                          # the hub's list says otherwise
    # "outdated": the hub already held a later decision, which may be live; never a withdrawal
    ([sent(1, 1, "upsert", "accepted"), sent(1, 2, "delete", "outdated")], True),
    ([sent(1, 5, "delete", "outdated")], True),
    ([sent(1, 1, "upsert", "outdated")], True),
    ([sent(1, 1, "upsert", "outdated"), sent(2, 2, "delete", "accepted")], False),
])
def test_the_hub_may_hold_a_record_until_a_receipted_tombstone_says_otherwise(history, may_hold):
    assert hub_may_hold(history) is may_hold


def test_a_decision_goes_under_its_change_or_above_every_seq_sent():
    entry = {"kind": KIND, "id": "r", "op": "delete", "version": 2}
    line = entry_sha256({**entry, "seq": 5})
    assert decision_seq(entry, 5, [], 9) == 5                                       # a new change
    assert decision_seq(entry, 5, [sent(1, 3, "upsert", "accepted")], 9) == 5
    assert decision_seq(entry, 5, [sent(2, 5, "delete", None, line)], 9) == 5       # re-made: same seq, same id
    assert decision_seq(entry, 5, [sent(2, 5, "delete", "accepted", line)], 9) is None   # already held
    other = line_sha256(b"something else\n")
    assert decision_seq(entry, 5, [sent(2, 5, "upsert", "accepted", other)], 9) == 9   # taken again: above all
    assert decision_seq(entry, 5, [sent(2, 12, "upsert", "accepted", other)], 9) == 13
    assert decision_seq(entry, 5, [sent(2, 5, "delete", "superseded", line)], 9) == 9  # the hub lost it
    # Answered "outdated": settled, not sent again as it is (it would be outdated again, sync after sync).
    assert decision_seq(entry, 5, [sent(2, 5, "delete", "outdated", line)], 9) is None


# -- the sequences the fault campaign found, each on its own ------------------------------------------

def test_a_withdrawal_lost_with_a_failed_sync_is_sent_again_after_another_edit(laboratory):
    record = shared_record(laboratory)
    laboratory.cat.update(KIND, record["id"], {"shareable": False})
    laboratory.export()                      # the tombstone is sealed; the hub goes away mid-upload
    laboratory.cat.update(KIND, record["id"], {"purity": 12.0})     # still not shareable
    [entry] = laboratory.pending()
    assert entry["op"] == "delete" and entry["version"] == 3
    laboratory.clean_sync()
    assert laboratory.hub_live() == {}
    laboratory.check()


def test_a_deletion_after_a_lost_withdrawal_still_withdraws(laboratory):
    record = shared_record(laboratory)
    laboratory.cat.update(KIND, record["id"], {"shareable": False})
    laboratory.export()                      # the sync is killed after sealing
    laboratory.cat.delete(KIND, record["id"], reason="entered twice")
    laboratory.clean_sync()
    assert laboratory.hub_live() == {}
    laboratory.check()


def test_a_withdrawal_on_a_lost_stick_does_not_count(laboratory):
    record = shared_record(laboratory)
    laboratory.cat.update(KIND, record["id"], {"shareable": False})
    stick = laboratory.export()              # exported to a stick that never reaches the hub
    assert stick
    laboratory.cat.update(KIND, record["id"], {"purity": 5.0})
    laboratory.cat.update(KIND, record["id"], {"purity": 6.0})
    laboratory.clean_sync()
    laboratory.check()


def test_a_receipt_lost_on_a_cut_link_leaves_the_withdrawal_pending_and_the_hub_answers_again(laboratory):
    record = shared_record(laboratory)
    laboratory.cat.update(KIND, record["id"], {"shareable": False})
    [(_, data)] = laboratory.export()
    laboratory.deliver(data)                 # applied at the hub; the answer never came back
    laboratory.cat.update(KIND, record["id"], {"purity": 7.0})
    laboratory.clean_sync()
    laboratory.check()


def test_a_late_stick_cannot_bring_back_what_was_withdrawn_since(laboratory):
    record = shared_record(laboratory)
    laboratory.cat.update(KIND, record["id"], {"purity": 40.0})
    [(_, old)] = laboratory.export()        # version 2 on a stick, delivered weeks later
    laboratory.cat.update(KIND, record["id"], {"shareable": False})
    laboratory.clean_sync()
    laboratory.deliver(old)
    assert laboratory.hub_live() == {}
    laboratory.check()


def test_a_policy_that_stops_sharing_withdraws_what_was_delivered(laboratory):
    record = shared_record(laboratory)
    laboratory.policy = NOT_SHARED           # no change to the record itself
    [entry] = laboratory.pending()
    assert entry["op"] == "delete" and entry["version"] == record["version"]
    laboratory.clean_sync()
    assert laboratory.hub_live() == {}
    laboratory.policy = SHARED               # and back: the same version is live again
    laboratory.clean_sync()
    laboratory.check()


def test_a_policy_that_drops_a_field_sends_the_record_again_without_it(laboratory):
    record = shared_record(laboratory)
    laboratory.policy = NO_PURITY
    laboratory.clean_sync()
    assert "purity" not in laboratory.hub_live()[record["id"]][1]
    laboratory.check()


def test_a_policy_change_that_changes_nothing_for_a_record_sends_nothing(laboratory):
    shared_record(laboratory)
    laboratory.policy = parse_policy(DEFAULT_POLICY_TOML.replace("[training_record]\nshare = true",
                                                                 "[training_record]\nshare = false"), "(no training)")
    assert laboratory.policy.digest != SHARED.digest     # another policy, which shares this record as before
    assert laboratory.export() == []
    laboratory.check()


def test_a_catalogue_restored_from_an_older_backup_still_withdraws_what_the_hub_holds(laboratory, tmp_path):
    """The hub holds version 2, which the restored catalogue never made (it is at version 1). Its tombstone for
    version 1 is answered "outdated" — not "duplicate", which told the laboratory the withdrawal was held — and
    is never sent again as it is; once the hub's list is taken (labnet sync --reconcile) the tombstone goes above
    the version the hub holds, and the record is withdrawn. Before: "duplicate", and the hub kept version 2."""
    import shutil

    from labnet.catalogue.store import CATALOGUE_FILE

    record = shared_record(laboratory)
    folder = Path(laboratory.cat.path).parent
    laboratory.cat.close()
    shutil.copyfile(folder / CATALOGUE_FILE, tmp_path / "backup")
    laboratory.cat = Catalogue.open(folder, user="amina")
    laboratory.cat.update(KIND, record["id"], {"purity": 61.0})
    laboratory.clean_sync()
    assert laboratory.hub_live()[record["id"]][0] == 2
    laboratory.cat.close()
    shutil.copyfile(tmp_path / "backup", folder / CATALOGUE_FILE)   # the administrator restores the backup
    for leftover in (folder / f"{CATALOGUE_FILE}-wal", folder / f"{CATALOGUE_FILE}-shm"):
        leftover.unlink(missing_ok=True)
    laboratory.cat = Catalogue.open(folder, user="amina")
    laboratory.policy = NOT_SHARED
    [(_, data)] = laboratory.export()
    receipt = laboratory.deliver(data)
    assert [(r.result, r.version) for r in receipt.records] == [("outdated", 1)]
    laboratory.confirm(receipt)
    assert laboratory.pending() == [] and laboratory.export() == []      # answered: no resend loop
    held, following = holdings.held_records(laboratory.hub.store, laboratory.lab.identity_id)
    assert following is None
    Outbox(laboratory.cat).reconcile(held)
    [entry] = laboratory.pending()
    assert entry["op"] == "delete" and entry["version"] == 2              # at the version the hub holds
    laboratory.clean_sync()
    assert laboratory.hub_live() == {}
    assert laboratory.pending() == []


# -- every sequence --------------------------------------------------------------------------------------

class Withdrawals(RuleBasedStateMachine):
    """Random work and random failures at one laboratory; after each clean sync the hub agrees with it."""

    records = Bundle("records")

    def __init__(self, hub: Hub):   # one hub for every run; each run is a new laboratory
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.lab = Laboratory(hub, Path(self.folder.name))
        self.stick: list[bytes] = []
        self.numbers = 0
        self.hub_forgot = False   # the hub lost records behind the lab's back: only a reconciliation mends it

    def teardown(self):
        self.lab.cat.close()
        self.folder.cleanup()

    @rule(target=records, shareable=st.booleans())
    def add(self, shareable):
        self.numbers += 1
        return self.lab.cat.add(KIND, profile(lab_sample_number=f"LS-{self.numbers}", shareable=shareable))["id"]

    def _exists(self, record_id):
        try:
            self.lab.cat.get(KIND, record_id)
        except NotFound:
            return False
        return True

    @rule(record_id=records, purity=st.floats(1, 99).map(lambda x: round(x, 1)))
    def edit(self, record_id, purity):
        if self._exists(record_id):
            self.lab.cat.update(KIND, record_id, {"purity": purity})

    @rule(record_id=records, shareable=st.booleans())
    def mark(self, record_id, shareable):
        if self._exists(record_id):
            self.lab.cat.update(KIND, record_id, {"shareable": shareable})

    @rule(record_id=records)
    def delete(self, record_id):
        if self._exists(record_id):
            self.lab.cat.delete(KIND, record_id, reason="test")

    @rule(name=st.sampled_from(sorted(POLICIES)))
    def change_policy(self, name):
        self.lab.policy = POLICIES[name]

    @rule()
    def sync_killed_after_sealing(self):
        self.lab.export()                              # sealed and recorded as sent; nothing arrives

    @rule()
    def stick_made(self):
        self.stick += [data for _, data in self.lab.export()]

    @precondition(lambda self: self.stick)
    @rule(index=st.integers(0, 100), answered=st.booleans())
    def stick_delivered_late(self, index, answered):
        data = self.stick.pop(index % len(self.stick))
        receipt = self.lab.deliver(data)
        if answered:
            self.lab.confirm(receipt)

    @rule()
    def receipt_lost_on_a_cut_link(self):
        for _, data in self.lab.export():
            self.lab.deliver(data)                     # applied; the answer is cut

    @rule()
    def sync_cut_after_some_parts(self):
        parts = self.lab.export()
        for _, data in parts[:1]:
            self.lab.confirm(self.lab.deliver(data))

    @rule(index=st.integers(0, 100))
    def hub_restored_from_an_older_backup(self, index):
        rows = self.lab.hub.store.query("SELECT record_id FROM network_records WHERE lab_id = ? ORDER BY record_id",
                                        (self.lab.lab.identity_id,))
        if rows:
            lost = rows[index % len(rows)]["record_id"]
            with self.lab.hub.store.transaction() as conn:
                conn.execute("DELETE FROM network_records WHERE lab_id = ? AND record_id = ?",
                             (self.lab.lab.identity_id, lost))
            self.lab.accepted = {k: n for k, n in self.lab.accepted.items() if k[0] != lost}   # may come again
            self.hub_forgot = True

    @rule()
    def clean_sync(self):
        self.lab.clean_sync()
        if not self.hub_forgot:
            self.lab.check()

    @rule()
    def reconciling_sync(self):
        held, after = [], ("", "")
        while after is not None:
            page, after = holdings.held_records(self.lab.hub.store, self.lab.lab.identity_id, after=after, limit=7)
            held += page
        Outbox(self.lab.cat).reconcile(held)
        self.lab.clean_sync()
        self.lab.check()
        self.hub_forgot = False


@pytest.mark.slow   # hypothesis runs sequences of syncs and failures: 175 s under --durations
def test_every_sequence_of_work_and_failures_ends_with_the_hub_holding_exactly_what_the_policy_shares(hub):
    run_state_machine_as_test(lambda: Withdrawals(hub), settings=settings(
        max_examples=300, stateful_step_count=40, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


def test_a_record_withheld_then_sent_without_receipt_is_withdrawn_when_the_policy_withholds_it_again(hub):
    """Hypothesis found it: withheld under one policy (settled, the watermark past it), sent under another with
    the receipt cut (the hub holds it), then the first policy again: the old settled row and the watermark must
    not hide that the hub may hold it: a tombstone goes."""
    machine = Withdrawals(hub)
    machine.change_policy(name="not shared")
    machine.add(shareable=True)
    machine.clean_sync()
    machine.change_policy(name="no purity")
    machine.receipt_lost_on_a_cut_link()
    assert machine.lab.hub_live()                       # the hub took it; the laboratory never heard
    machine.change_policy(name="not shared")
    machine.clean_sync()
    assert machine.lab.hub_live() == {} == machine.lab.should_share()
