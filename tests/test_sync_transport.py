"""The laboratory's wire to the hub under the faults a real network has: a chunk stalled on the way, an
answer cut short, a hub that cannot answer, a reverse proxy in front of the hub, a kept upload address
that stopped working.  Each was a failed sync (or the wrong exit status) before."""

from __future__ import annotations

import functools
import json
import sqlite3

import pytest
import requests

import labnet.hub.app as hub_app
from factories import profile
from http_proxy import ReverseProxy
from hub_server import LAB_PASSPHRASE, HubProcess, RunningHub
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.hub.tus import tus_router
from labnet.protocol.keyfile import load_identity
from labnet.sync.client import HubClient, HubUnreachable, sync_once
from labnet.sync.policy import load_policy
from labnet.sync.state import load_state, save_state
from labnet.sync.transport import HubTransport


@pytest.fixture
def lab_dir(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Tema port lab", "--country", "GH"]) == 0
    capsys.readouterr()
    return folder


def labnet(folder, *argv: str) -> int:
    return cli.main(["--data-dir", str(folder), *argv])


def add_profiles(folder, n: int, start: int = 0) -> None:
    with Catalogue.open(folder, user="amina") as cat:
        for i in range(n):
            cat.add("profiling_result", profile(lab_sample_number=f"TM-{start + i:05d}", shareable=True))


def reach_through(folder, url: str) -> None:
    state = load_state(folder)
    state["hub_url"] = url
    save_state(folder, state)


def unfinished_uploads(hub: HubProcess) -> int:
    """Uploads begun and never completed: each holds space at the hub until it expires."""
    conn = sqlite3.connect(f"file:{hub.folder / 'uploads' / 'uploads.db'}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM uploads WHERE completed_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def test_a_stalled_chunk_is_waited_out_not_hammered_into_the_rate_limit(tmp_path, lab_dir, monkeypatch):
    # A chunk stalled on the way holds the upload busy until the hub's idle timeout ends it. The client
    # used to loop PATCH → 423 → HEAD at once (~300 pairs in 2 s), hit the laboratory's rate limit, and
    # this sync and the next failed with 429 for a minute.
    monkeypatch.setattr(hub_app, "tus_router", functools.partial(tus_router, idle_timeout=3))
    running = RunningHub(tmp_path / "hub", requests_per_minute=40)
    patches = iter(range(1000))
    proxy = ReverseProxy(running.port, fault=lambda method, path: "stall" if method == "PATCH"
                         and next(patches) == 0 else None)
    try:
        code = requests.post(f"{running.url}/v1/admin/enrolment-codes", json={"lab": "Tema", "country": "GH"},
                             headers=running.admin, timeout=10).json()["code"]
        assert labnet(lab_dir, "enrol", code) == 0
        reach_through(lab_dir, proxy.url)
        add_profiles(lab_dir, 300)
        with Catalogue.open(lab_dir, user="amina") as cat:
            report = sync_once(lab_dir, cat, load_identity(lab_dir, LAB_PASSPHRASE), load_policy(lab_dir),
                               client=HubClient(proxy.url, timeout=2), chunk_bytes=16 * 1024)
        assert report.records["accepted"] == 300
        statuses = proxy.statuses()
        assert 429 not in statuses
        assert proxy.statuses("PATCH").count(423) <= 3, proxy.statuses("PATCH")
        assert len(statuses) < 30, f"{len(statuses)} requests for one sync"
    finally:
        proxy.close()
        running.stop()


def test_a_cut_answer_to_the_uploads_creation_is_asked_again_and_leaves_one_upload(hub, lab_dir, capsys):
    # The 201 arrived without its Location: the sync ended with exit 2 ("no Location").
    created = iter(range(1000))
    proxy = ReverseProxy(hub.port, fault=lambda method, path: "cut" if method == "POST" and path == "/v1/uploads"
                         and next(created) == 0 else None)
    try:
        assert labnet(lab_dir, "enrol", hub.enrolment_code()) == 0
        reach_through(lab_dir, proxy.url)
        add_profiles(lab_dir, 20)
        capsys.readouterr()
        assert labnet(lab_dir, "sync", "--json") == 0
        assert json.loads(capsys.readouterr().out)["records"]["accepted"] == 20
        assert [m for m, p, s in proxy.seen if p == "/v1/uploads"] == ["POST", "POST"]
        assert unfinished_uploads(hub) == 0   # the creation asked again got the same upload, now complete
    finally:
        proxy.close()


@pytest.mark.parametrize("status", [503, 502, 500, 504, 429])
def test_a_hub_that_cannot_answer_now_is_exit_3_not_a_mistake(lab_dir, monkeypatch, capsys, status):
    # A 503 to /v1/hub ended with exit 2 ("did not give its identity"): nothing was lost, nothing to fix.
    monkeypatch.setattr(HubTransport, "pause", lambda self, attempt, retry_after=None: None)
    proxy = ReverseProxy(9, fault=lambda method, path: status)
    try:
        save_state(lab_dir, {"hub_url": proxy.url, "uploads": {}})
        assert labnet(lab_dir, "sync") == 3
        assert f"HTTP {status}" in capsys.readouterr().err
    finally:
        proxy.close()


def test_a_wrong_hub_address_is_the_laboratorys_to_fix(lab_dir, monkeypatch, capsys):
    proxy = ReverseProxy(9, fault=lambda method, path: 404)
    try:
        save_state(lab_dir, {"hub_url": proxy.url, "uploads": {}})
        assert labnet(lab_dir, "sync") == 2
        assert "did not give its identity" in capsys.readouterr().err
    finally:
        proxy.close()


def test_behind_a_proxy_that_passes_its_backend_name_as_host_the_sync_goes_through(hub, lab_dir, capsys):
    # nginx's default: Host is the backend's name; upload addresses were built from it, so every chunk
    # went to "labnet-backend:8765", which the laboratory cannot reach.
    proxy = ReverseProxy(hub.port, backend_name="labnet-backend:8765")
    try:
        assert labnet(lab_dir, "enrol", hub.enrolment_code()) == 0
        reach_through(lab_dir, proxy.url)
        add_profiles(lab_dir, 50)
        capsys.readouterr()
        assert labnet(lab_dir, "sync", "--json") == 0
        assert json.loads(capsys.readouterr().out)["records"]["accepted"] == 50
        assert proxy.hosts == {"labnet-backend:8765"} and 204 in proxy.statuses("PATCH")
        assert load_state(lab_dir)["uploads"] == {}
    finally:
        proxy.close()


def test_a_kept_upload_address_that_stopped_working_is_dropped_and_the_upload_made_again(hub, lab_dir, capsys):
    # An older hub behind the proxy gave an address on the backend's name; kept in network.json, it
    # blocked that bundle even after the proxy was fixed.
    proxy = ReverseProxy(hub.port, fault=lambda method, path: "absolute" if method == "POST"
                         and path == "/v1/uploads" else None)
    try:
        assert labnet(lab_dir, "enrol", hub.enrolment_code()) == 0
        reach_through(lab_dir, proxy.url)
        add_profiles(lab_dir, 20)
        with Catalogue.open(lab_dir, user="amina") as cat, pytest.raises(HubUnreachable):
            sync_once(lab_dir, cat, load_identity(lab_dir, LAB_PASSPHRASE), load_policy(lab_dir),
                      client=HubClient(proxy.url, retries=1, backoff=0.01))
        [kept] = load_state(lab_dir)["uploads"].values()
        assert kept.startswith(proxy.foreign)
        proxy.fault = None   # the proxy (or the hub) is fixed
        capsys.readouterr()
        assert labnet(lab_dir, "sync", "--json") == 0
        assert json.loads(capsys.readouterr().out)["records"]["accepted"] == 20
        assert load_state(lab_dir)["uploads"] == {}

        # A kept upload the hub no longer has (404) is made again too.
        add_profiles(lab_dir, 5, start=100)
        proxy.fault = lambda method, path: 503 if method == "PATCH" else None
        with Catalogue.open(lab_dir, user="amina") as cat, pytest.raises(HubUnreachable):
            sync_once(lab_dir, cat, load_identity(lab_dir, LAB_PASSPHRASE), load_policy(lab_dir),
                      client=HubClient(proxy.url, retries=1, backoff=0.001))
        state = load_state(lab_dir)
        [(bundle_id, kept)] = state["uploads"].items()
        assert kept.startswith("/v1/uploads/")   # the path is kept, not an address
        state["uploads"][bundle_id] = "/v1/uploads/" + "0" * 32
        save_state(lab_dir, state)
        proxy.fault = None
        assert labnet(lab_dir, "sync", "--json") == 0
        assert json.loads(capsys.readouterr().out)["records"]["accepted"] == 5
    finally:
        proxy.close()


# -- the wire on its own ------------------------------------------------------------------
class Canned(requests.Session):
    """Answers from a list instead of the network."""

    def __init__(self, *answers: tuple[int, dict[str, str]]):
        super().__init__()
        self.answers, self.asked = list(answers), 0

    def request(self, method, url, **kwargs) -> requests.Response:
        self.asked += 1
        response = requests.Response()
        response.status_code, headers = self.answers.pop(0)
        response.headers.update(headers)
        response._content = b'{"error": "not now"}'
        return response


def test_the_hubs_retry_after_is_honoured_and_bounded():
    slept: list[float] = []
    wire = HubTransport("http://hub.example", session=Canned((429, {"Retry-After": "7"}), (503, {}),
                                                               (200, {})), backoff=0.01, sleep=slept.append)
    assert wire.request("GET", "/v1/hub").status_code == 200
    assert slept[0] == 7 and slept[1] < 1
    slept.clear()
    wire = HubTransport("http://hub.example", session=Canned((429, {"Retry-After": "86400"}), (200, {})),
                        sleep=slept.append)
    wire.request("GET", "/v1/hub")
    assert slept == [60.0]   # a hub that asks for a day is asked again within a minute (or at the next sync)


def test_a_server_error_is_not_asked_again_at_once_and_is_exit_3_material():
    session = Canned((500, {}))
    with pytest.raises(HubUnreachable, match="HTTP 500"):
        HubTransport("http://hub.example", session=session, sleep=lambda s: None).request("GET", "/v1/hub")
    assert session.asked == 1


def test_the_rate_limit_says_when_to_come_back(tmp_path):
    running = RunningHub(tmp_path / "hub", requests_per_minute=2)
    try:
        for _ in range(2):
            requests.post(f"{running.url}/v1/session", json={}, timeout=10)
        r = requests.post(f"{running.url}/v1/session", json={}, timeout=10)
        # The limit is a sliding minute (hub/limits.py): a request fits again once the minute before's share
        # has fallen, which can be up to two minutes away (retry_seconds, tests/test_hub_queue.py).
        assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 120
    finally:
        running.stop()


def test_a_session_that_ends_during_a_long_upload_is_renewed_and_the_upload_goes_on(hub, lab_dir):
    # A token lasts an hour; a large part on a slow link takes longer. The chunk refused with 401 used
    # to end the sync as a refusal (exit 2) although nothing was wrong with the laboratory.
    assert labnet(lab_dir, "enrol", hub.enrolment_code()) == 0
    add_profiles(lab_dir, 300)
    ended = []

    def end_the_session(stage, done, total):
        # Once mid-upload (a chunk is refused), once when it is complete (the receipt is asked for).
        if stage == "upload" and ((done and not ended) or (done == total and len(ended) == 1)):
            conn = sqlite3.connect(hub.folder / "hub.db")
            with conn:
                ended.append(conn.execute("DELETE FROM sessions").rowcount)
            conn.close()

    with Catalogue.open(lab_dir, user="amina") as cat:
        report = sync_once(lab_dir, cat, load_identity(lab_dir, LAB_PASSPHRASE), load_policy(lab_dir),
                           progress=end_the_session, chunk_bytes=8 * 1024)
    assert ended == [1, 1] and report.records["accepted"] == 300
