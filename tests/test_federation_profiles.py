"""The profiles a peer's search is compared with are held between searches and brought forward from the hub's
changes (issue 20, ``labnet.hub.federation_profiles``): a record withdrawn after they were read is never a hit, a
laboratory that lowers or raises its ceiling leaves or joins at once, and the answer is the very answer the
profiles read whole from the store give — in memory, brought forward, read from the file kept beside the store,
or read whole again. Two hubs in this process, real bundles from laboratories' catalogues."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from factories import profile
from hub_server import PASSPHRASE, enrol, execute, peer_by_file
from labnet.catalogue.store import Catalogue
from labnet.hub import federation, federation_policy, federation_profiles, federation_search
from labnet.hub.ingest import Ingestor
from labnet.hub.linking import NetworkLinker
from labnet.hub.service import Hub
from labnet.profiling.linkage import links_against
from labnet.protocol.federation import Answer, MethodKey, Search, method_fingerprint
from labnet.sync.outbox import Outbox
from labnet.sync.policy import DEFAULT_POLICY_TOML, parse_policy
from test_hub_linking import BATCH, OTHER, OTHER2, method, near

BEYOND = parse_policy(DEFAULT_POLICY_TOML.replace("[profiling_result]\nshare = true\n",
                                                  "[profiling_result]\nshare = true\nbeyond_network = true\n"))
HOME = parse_policy(DEFAULT_POLICY_TOML)
METHOD = method()
FINGERPRINT = method_fingerprint(METHOD.to_json())


class Lab:
    """A laboratory of a hub: its catalogue, and each sync sends what changed."""

    def __init__(self, hub: Hub, folder: Path, name: str):
        self.hub, self.folder, self.identity = hub, folder, enrol(hub, name)
        self.added = 0

    def add(self, *peaks: dict) -> list[str]:
        ids = []
        with Catalogue.open(self.folder, user="analyst") as cat:
            for p in peaks:
                self.added += 1
                ids.append(cat.add("profiling_result", profile(shareable=True, lab_sample_number=f"S-{self.added}",
                                                               peaks=p))["id"])
        return ids

    def withdraw(self, record_id: str) -> None:
        with Catalogue.open(self.folder, user="analyst") as cat:
            cat.delete("profiling_result", record_id, reason="withdrawn")

    def sync(self, policy) -> None:
        with Catalogue.open(self.folder, user="analyst") as cat:
            for _, data in Outbox(cat).export(self.identity, self.hub.identity.public, policy).parts:
                assert Ingestor(self.hub).ingest(data, source="file").status == "processed"


@pytest.fixture
def hubs(tmp_path):
    west, _ = Hub.create(tmp_path / "west", name="West", country="GH", passphrase=PASSPHRASE)
    east, _ = Hub.create(tmp_path / "east", name="East", country="KE", passphrase=PASSPHRASE)
    try:
        for hub in (west, east):
            NetworkLinker(hub).publish_method(METHOD.to_json())
            federation.store(hub)
        peer_by_file(west, east, METHOD.label, {"lab_sample_number": "keep"})
        accra = Lab(west, tmp_path / "accra", "Lab Accra")
        accra.add(BATCH, OTHER, OTHER2)
        accra.sync(BEYOND)
        yield west, east
    finally:
        west.close()
        east.close()


def search(west: Hub, east: Hub) -> dict[str, list[tuple]]:
    """West searches east; per west record: east's hits (reference, score, LR, fields) in the answer's order."""
    [search_id] = federation_search.build(west, "east", "test")
    answer = federation_search.receive(east, federation_search.export(west, search_id), "test")
    assert federation_search.receive_reply(west, answer, "test")["already"] is False
    _, content, _ = federation_search._open(west, answer)
    queries = federation.store(west).queries(search_id)
    return {queries[ref][1]: [(h.ref, h.score, h.likelihood_ratio, h.fields) for h in hits]
            for ref, hits in Answer.from_json(content).results.items()}


def held(east: Hub) -> set[tuple[str, str]]:
    return set(federation_search.network_profiles(east, METHOD, FINGERPRINT).keys)


def prepared_as_anew(east: Hub) -> None:
    """The comparator held (brought forward, or loaded from the file) is the one made anew on the rows held."""
    import numpy as np

    from labnet.profiling.metrics import Comparator

    profiles = federation_search.network_profiles(east, METHOD, FINGERPRINT)
    anew = Comparator(METHOD.metric, profiles.treated, dtype=np.float32)
    assert profiles.comparator is not None and profiles.comparator.values is profiles.treated
    assert profiles.comparator.dtype is anew.dtype
    np.testing.assert_allclose(profiles.comparator.prepared, anew.prepared, rtol=1e-6)


def restart(east: Hub) -> None:
    """What a new process of the hub holds: nothing in memory, the file as the last writer left it."""
    federation_profiles.flush()
    federation_profiles.forget(east)


def test_a_withdrawn_record_is_never_a_hit_and_every_way_of_holding_the_profiles_gives_the_same_answer(
        hubs, tmp_path, caplog):
    west, east = hubs
    nairobi = Lab(east, tmp_path / "nairobi", "Lab Nairobi")
    near_ids = nairobi.add(near(BATCH, 1.1), near(BATCH, 0.9), OTHER2)
    nairobi.sync(BEYOND)
    kampala = Lab(east, tmp_path / "kampala", "Lab Kampala")
    [kampala_id] = kampala.add(BATCH)
    kampala.sync(HOME)   # stays home: not searched

    first = search(west, east)
    assert sorted(len(hits) for hits in first.values()) == [0, 1, 2]   # BATCH: Nairobi's two; OTHER2: one
    two = next(hits for hits in first.values() if len(hits) == 2)
    assert two[0][1] >= two[1][1]   # best first
    assert held(east) == {(nairobi.identity.identity_id, i) for i in near_ids}

    # After the profiles are held: Nairobi withdraws a hit and shares a new one; Kampala lets its record go beyond.
    nairobi.withdraw(near_ids[0])
    [new_id] = nairobi.add(near(OTHER, 1.05))
    nairobi.sync(BEYOND)
    kampala.sync(BEYOND)
    caplog.set_level(logging.INFO, logger="labnet.hub.federation")
    caplog.clear()
    forward = search(west, east)
    assert "brought forward" in caplog.text and "whole" not in caplog.text
    keys = held(east)
    assert (nairobi.identity.identity_id, near_ids[0]) not in keys
    assert keys == {(nairobi.identity.identity_id, near_ids[1]), (nairobi.identity.identity_id, near_ids[2]),
                    (nairobi.identity.identity_id, new_id), (kampala.identity.identity_id, kampala_id)}
    withdrawn = federation_search.hit_ref(east, "west", nairobi.identity.identity_id, near_ids[0])
    assert withdrawn not in {h[0] for hits in forward.values() for h in hits}
    assert sorted(len(hits) for hits in forward.values()) == [1, 1, 2]   # BATCH: Nairobi's other and Kampala's
    prepared_as_anew(east)

    # A restart: the file beside the store is brought forward, not the store read whole.
    restart(east)
    caplog.clear()
    assert search(west, east) == forward
    assert "whole" not in caplog.text
    prepared_as_anew(east)

    # Read whole again (no file, nothing held): the very same answer.
    restart(east)
    federation_profiles.path(east, FINGERPRINT).unlink()
    caplog.clear()
    assert search(west, east) == forward
    assert "whole" in caplog.text

    # A laboratory lowering its ceiling leaves at once.
    kampala.add(OTHER2)
    kampala.sync(HOME)
    assert all(k[0] != kampala.identity.identity_id for k in held(east))


def test_a_damaged_file_is_ignored_and_the_profiles_read_from_the_store(hubs, tmp_path, caplog):
    import numpy as np

    west, east = hubs
    nairobi = Lab(east, tmp_path / "nairobi", "Lab Nairobi")
    nairobi.add(near(BATCH, 1.1))
    nairobi.sync(BEYOND)
    first = search(west, east)
    restart(east)
    kept = federation_profiles.path(east, FINGERPRINT)
    kept.write_bytes(kept.read_bytes()[:200])
    caplog.set_level(logging.INFO, logger="labnet.hub.federation")
    assert search(west, east) == first
    assert "was not used" in caplog.text and "whole" in caplog.text

    # The comparator's prepared rows kept beside the values, not those of the values: not used either.
    restart(east)
    with np.load(kept) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["prepared"] = arrays["prepared"] * 0.5 + 0.25
    with open(kept, "wb") as out:
        np.savez(out, **arrays)
    caplog.clear()
    assert search(west, east) == first
    assert "was not used" in caplog.text and "whole" in caplog.text


def test_a_record_withdrawn_while_the_comparison_runs_is_no_hit(hubs, tmp_path):
    west, east = hubs
    nairobi = Lab(east, tmp_path / "nairobi", "Lab Nairobi")
    ids = nairobi.add(near(BATCH, 1.1), near(BATCH, 0.9))
    nairobi.sync(BEYOND)
    profiles = federation_search.network_profiles(east, METHOD, FINGERPRINT)   # read before the withdrawal
    nairobi.withdraw(ids[0])
    nairobi.sync(BEYOND)
    queries = federation_search.network_profiles(west, METHOD, FINGERPRINT)
    search = Search("s" * 32, MethodKey(METHOD.name, METHOD.version, FINGERPRINT), ("q:1",) * len(queries.keys),
                    queries.treated)
    found = links_against(search.values, profiles.treated, METHOD.metric, METHOD.threshold)
    assert {profiles.keys[j][1] for j in found.j.tolist()} == set(ids)   # both compared, as held
    peer = federation.store(east).peer("west")
    results, rows, _ = federation_search._hits(east, peer, search, METHOD, profiles, found,
                                               federation_policy.load(east.folder, "west"))
    assert {row[4] for row in rows} == {ids[1]}


@pytest.mark.sqlite_only   # a job's id rewritten to stand for a commit that came late (PostgreSQL's identity column)
def test_a_change_committed_late_under_a_lower_job_id_is_brought_in(hubs, tmp_path):
    west, east = hubs
    nairobi = Lab(east, tmp_path / "nairobi", "Lab Nairobi")
    nairobi.add(near(BATCH, 1.1))
    nairobi.sync(BEYOND)
    # A gap below the highest job, as two ingests at once leave it until the first commits.
    execute(east, "UPDATE link_jobs SET job_id = job_id + 1 WHERE job_id = (SELECT max(job_id) FROM link_jobs)")
    before = held(east)
    [late] = nairobi.add(OTHER)
    nairobi.sync(BEYOND)
    execute(east, "UPDATE link_jobs SET job_id = job_id - 2 WHERE job_id = (SELECT max(job_id) FROM link_jobs)")
    assert held(east) == before | {(nairobi.identity.identity_id, late)}


@pytest.mark.sqlite_only   # no store
def test_profiles_read_together_are_read_as_the_profiling_engine_reads_them():
    from labnet.profiling.targets import TargetList, profile_matrix
    from test_hub_linking import TARGETS

    a, b, c = TARGETS[:3]
    rows = [{a: 1.0, b: 2.5}, {a: -1.0, b: 2.0}, {a: 0.0, b: 0.0}, {a: 3, b: 1}, {a: float("inf"), b: 1.0},
            {a: 10 ** 30, b: 1.0}, {b: 2.0, a: 1.0}, {a: 1.0, b: True}, {a: "2.5", b: 1.0}, {a: 1.0, a.upper(): 2.0},
            {a: 1.0, b: 2.0, c: None}, {a: 1.0, b: 2.0, "not a target": 9.0}, {}, {a: 4.0, b: 0.5}]
    keyed = [(("lab", str(n)), peaks) for n, peaks in enumerate(rows)]
    keys, values = federation_profiles.read_matrix(keyed, METHOD)
    expected = profile_matrix(((str(n), p) for n, p in enumerate(rows)), TargetList("amphetamine", TARGETS))
    assert [k[1] for k in keys] == expected.labels   # the same rows, in the same order
    assert values.tolist() == expected.values.tolist()
    assert len(keys) == 10   # refused: a negative, all zero, an infinity, no peaks


@pytest.mark.sqlite_only   # no store
@pytest.mark.parametrize("name", ["pearson", "cosine", "euclidean", "manhattan", "canberra"])
def test_a_comparator_brought_forward_or_loaded_links_as_one_made_anew(name):
    """After a change the kept rows' preparation is copied and only the new rows prepared; after a restart the
    prepared rows come from the file: either way the links are those of a comparator made anew on the rows."""
    import numpy as np

    from labnet.profiling.metrics import Comparator

    rng = np.random.default_rng(7)
    values = rng.random((3000, 19))
    queries = np.vstack([values[::50] * 1.001, rng.random((40, 19))])
    threshold = 99.0 if name in ("pearson", "cosine") else 0.05
    keep = rng.random(len(values)) > 0.1
    added = np.vstack([queries[:30] * 0.999, rng.random((200, 19))])
    old = Comparator(name, values, dtype=np.float32)
    forward = old.kept_and_added(keep, added)
    anew = Comparator(name, np.vstack([values[keep], added]), dtype=np.float32)
    assert forward.values.tolist() == anew.values.tolist() and forward.dtype is anew.dtype
    np.testing.assert_allclose(forward.prepared, anew.prepared, rtol=1e-6)
    expected = links_against(queries, anew.values, name, threshold, comparator=anew)
    assert len(expected) > 30
    for comparator in (forward, Comparator.from_prepared(name, forward.values, forward.prepared)):
        found = links_against(queries, comparator.values, name, threshold, comparator=comparator)
        assert (found.i.tolist(), found.j.tolist(), found.scores.tolist()) == \
            (expected.i.tolist(), expected.j.tolist(), expected.scores.tolist())

    # The pre-filter's precision follows the rows: a value outside float32's safe range added, then withdrawn.
    huge = added[:1] * 1e20
    wide = forward.kept_and_added(np.ones(len(forward), dtype=bool), huge)
    assert wide.dtype is np.float64 is Comparator(name, wide.values, dtype=np.float32).dtype
    narrow = wide.kept_and_added(np.arange(len(wide)) < len(forward), huge[:0])
    assert narrow.dtype is forward.dtype and narrow.values.tolist() == forward.values.tolist()

    # Prepared rows that are not those of the values are refused.
    damaged = forward.prepared.copy()
    damaged[::7] = damaged[::7] * 0.5 + 0.25
    with pytest.raises(ValueError):
        Comparator.from_prepared(name, forward.values, damaged)


def _records(lab_id: str) -> list[tuple]:
    """Network rows of profiles whose peaks are every kind the store packs or leaves to its JSON: floats at the
    edges of float64, integers exact and not, text, booleans, nulls, names to tidy, compounds not targets."""
    from test_hub_linking import TARGETS

    a, b, c = TARGETS[:3]
    peaks = [{a: 0.1, b: 2.5, c: 1 / 3}, {a: 5e-324, b: 1.7976931348623157e308}, {a: 3, b: 1},
             {a: 2 ** 53, b: 1.0}, {a: 2 ** 53 + 1, b: 1.0}, {a: 10 ** 30, b: 1.0}, {a: -1.0, b: 2.0},
             {a: 0.0, b: 0.0}, {b: 2.0, a: 1.0}, {a: 1.0, b: True}, {a: "2.5", b: 1.0}, {a.upper(): 2.0, b: 1.0},
             {f" {a} ": 1.5, b: 0.25}, {a: 1.0, b: None}, {a: 1.0, "not a target": 9.0}, {}, {a: 1e-300, c: 7e22},
             {a: 123456789.12345679, b: 0.30000000000000004}]
    records = [{"drug_type": "amphetamine", "lab_sample_number": f"S-{n}", "peaks": p} for n, p in enumerate(peaks)]
    records += [{"drug_type": "cocaine", "peaks": {a: 1.0}}, {"drug_type": "amphetamine", "peaks": "not peaks"}]
    import json

    return [(lab_id, "profiling_result", f"r-{n:03d}", 1, n + 1, 0, "bundle", "2026-12-05T00:00:00Z",
             json.dumps(r)) for n, r in enumerate(records)]


def test_packed_profiles_read_as_their_json_reads(hubs):
    """The values kept packed at ingest are read into the very matrix their JSON gives (float64 exactly, the same
    rows refused), and what the store does not pack is read from its JSON."""
    _, east = hubs
    lab = enrol(east, "Lab Packed").identity_id
    with east.store.transaction() as conn:
        east.store.received.upsert_records(conn, _records(lab))
    assert east.store.peaks.pack_bundle(lab, "bundle") == 13   # as its link job does (12 amphetamine, 1 cocaine)
    labs = frozenset({lab})
    packed = [r for _, page in east.store.peaks.packed_of("amphetamine", labs) for r in page]
    unpacked = east.store.peaks.unpacked_of("amphetamine", labs)
    assert len(packed) == 12 and len(unpacked) == 7   # text, true, null, 2^53 + 1, 10^30, {}, peaks not an object
    keys, values = federation_profiles.read_labs(east.store, METHOD, labs)
    json_keys, json_values = federation_profiles.read_json(east.store, METHOD, labs)
    assert sorted(zip(keys, values.tolist())) == sorted(zip(json_keys, json_values.tolist()))
    assert len(keys) == len(json_keys) == 15   # refused as the JSON reading refuses them: negative, all zero…
    assert values.dtype == np.float64 and np.float64(5e-324) in values and np.float64(1 / 3) in values


def test_the_apply_leaves_peaks_unpacked_and_a_replaced_version_never_keeps_its_older_values(hubs):
    """The apply writes no packed peaks (packing is the link job's, off the apply's path): a profile not packed
    yet is read from its JSON; a version that replaces a packed one is held unpacked until its own bundle's
    packing, which packs what its JSON says."""
    import json

    _, east = hubs
    lab = enrol(east, "Lab Replaced").identity_id
    rows = _records(lab)[:3]
    with east.store.transaction() as conn:
        east.store.received.upsert_records(conn, rows)
    labs = frozenset({lab})
    assert [r for _, page in east.store.peaks.packed_of("amphetamine", labs) for r in page] == []
    assert len(east.store.peaks.unpacked_of("amphetamine", labs)) == 3
    assert east.store.peaks.pack_bundle(lab, "bundle") == 3
    assert east.store.peaks.pack_bundle(lab, "bundle") == 0   # once
    first = {k: v.tolist() for k, v in zip(*federation_profiles.read_labs(east.store, METHOD, labs))}

    record = json.loads(rows[0][8])
    record["peaks"] = {name: value * 2 for name, value in record["peaks"].items()}
    newer = (lab, "profiling_result", rows[0][2], 2, 10, 0, "later", "2026-12-05T01:00:00Z", json.dumps(record))
    with east.store.transaction() as conn:
        east.store.received.upsert_records(conn, [newer])
    assert len(east.store.peaks.unpacked_of("amphetamine", labs)) == 1   # the older values not kept
    assert east.store.peaks.pack_bundle(lab, "bundle") == 0   # the older bundle packs nothing of the newer version
    after = {k: v.tolist() for k, v in zip(*federation_profiles.read_labs(east.store, METHOD, labs))}
    assert east.store.peaks.pack_bundle(lab, "later") == 1
    packed = {k: v.tolist() for k, v in zip(*federation_profiles.read_labs(east.store, METHOD, labs))}
    assert packed == after != first
    key = next(k for k in after if k[1] == rows[0][2])
    assert after[key] == [2 * v for v in first[key]]


@pytest.mark.filterwarnings("ignore:overflow encountered in multiply")   # N of 1.8e308: as the JSON
def test_the_profiles_read_whole_a_page_at_a_time_are_those_read_at_once(hubs, monkeypatch):
    """Read whole, the profiles are pretreated a page at a time as they are read (a page of four here, of 100,000
    in a hub; a page mixing packed profiles and profiles read from their JSON): the very keys and values of the
    JSON's profiles pretreated at once, and a page whose bytes are not its names' still sends the whole read to
    the JSON."""
    from labnet.hub import store_peaks

    _, east = hubs
    lab = enrol(east, "Lab Pages").identity_id
    with east.store.transaction() as conn:
        east.store.received.upsert_records(conn, _records(lab))
    assert east.store.peaks.pack_bundle(lab, "bundle") == 13   # as its link job does (12 amphetamine, 1 cocaine)
    labs = frozenset({lab})
    monkeypatch.setattr(store_peaks, "PAGE", 4)
    assert [len(page) for _, page in east.store.peaks.profiles_of("amphetamine", labs)] == [4, 4, 4, 4, 3]

    def treat(values):
        return federation_profiles._pretreat(values, METHOD)

    keys, treated = federation_profiles.read_labs(east.store, METHOD, labs, treat)
    json_keys, json_values = federation_profiles.read_json(east.store, METHOD, labs)
    expected = sorted(zip(json_keys, treat(json_values).tolist()))
    assert len(keys) == 15 and sorted(zip(keys, treated.tolist())) == expected
    assert not np.array_equal(treated, federation_profiles.read_labs(east.store, METHOD, labs)[1])   # pretreated

    with east.store.transaction() as conn:
        conn.execute("UPDATE network_records SET peak_values = ? WHERE lab_id = ? AND record_id = 'r-017'",
                     (b"\0" * 12, lab))
    keys, treated = federation_profiles.read_labs(east.store, METHOD, labs, treat)
    assert sorted(zip(keys, treated.tolist())) == expected


def test_the_migration_packs_the_profiles_held_and_damaged_bytes_are_not_used(tmp_path, caplog):
    """A store of step 9 (profiles held, none packed) migrated: every profile it can pack is packed, read as its
    JSON reads; a packed row whose bytes are not its names' is not used, the JSON read instead."""
    from hub_server import store_target
    from labnet.hub.store import MIGRATIONS, HubStore

    target = store_target(tmp_path / "hub.db")
    old = HubStore(target, migrations=MIGRATIONS[:9], backup_dir=tmp_path)
    rows = _records("lab-old")
    with old.transaction() as conn:
        for row in rows:
            conn.execute("INSERT INTO network_records (lab_id, kind, record_id, version, seq, deleted, bundle_id, "
                         "received_at, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    old.close()
    store = HubStore(target, backup_dir=tmp_path)
    try:
        labs = frozenset({"lab-old"})
        assert sum(len(page) for _, page in store.peaks.packed_of("amphetamine", labs)) == 12
        keys, values = federation_profiles.read_labs(store, METHOD, labs)
        json_keys, json_values = federation_profiles.read_json(store, METHOD, labs)
        assert sorted(zip(keys, values.tolist())) == sorted(zip(json_keys, json_values.tolist()))

        with store.transaction() as conn:
            conn.execute("UPDATE network_records SET peak_values = ? WHERE record_id = 'r-000'", (b"\0" * 12,))
        caplog.set_level(logging.WARNING, logger="labnet.hub.federation")
        damaged_keys, damaged = federation_profiles.read_labs(store, METHOD, labs)
        assert "were not used" in caplog.text
        assert sorted(zip(damaged_keys, damaged.tolist())) == sorted(zip(json_keys, json_values.tolist()))
    finally:
        store.close()


def test_the_worker_brings_the_profiles_forward_after_its_link_jobs_and_keeps_them(hubs, tmp_path, caplog):
    """After the link jobs of a bundle the hub's worker brings the searched profiles forward and writes the kept
    file, so the next search finds them current (nothing read, nothing brought forward) with the same answer."""
    from labnet.hub.ingest import IngestWorker

    west, east = hubs
    nairobi = Lab(east, tmp_path / "nairobi", "Lab Nairobi")
    nairobi.add(near(BATCH, 1.1))
    nairobi.sync(BEYOND)
    search(west, east)
    restart(east)
    federation_profiles.path(east, FINGERPRINT).unlink()   # nothing kept, nothing held
    [late] = nairobi.add(near(OTHER, 1.05))
    nairobi.sync(BEYOND)
    caplog.set_level(logging.INFO, logger="labnet.hub.federation")
    caplog.clear()
    assert IngestWorker(Ingestor(east), NetworkLinker(east))._link()
    assert "whole" in caplog.text and east.store.links.pending_count() == 0
    packed = {r[0] for _, page in east.store.peaks.packed_of(METHOD.drug_type, {nairobi.identity.identity_id})
              for r in page}
    assert late in packed   # the link job packed the bundle's profiles (the apply does not)
    federation_profiles.flush()
    kept = federation_profiles.load(federation_profiles.path(east, FINGERPRINT), FINGERPRINT, len(METHOD.targets),
                                    METHOD)
    assert (nairobi.identity.identity_id, late) in set(kept.keys)
    caplog.clear()
    answer = search(west, east)
    assert "whole" not in caplog.text and "brought forward" not in caplog.text
    restart(east)
    federation_profiles.path(east, FINGERPRINT).unlink()
    assert search(west, east) == answer
