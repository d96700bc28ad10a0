"""Named hub administrators (issue 19): roles on every administration route, sign-in and its slowing down,
the shared token's migration, the ``admin`` commands and the hub's audit trail with ``audit --verify``."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
import requests

from hub_server import ADMIN_PASSWORD, PASSPHRASE, RunningHub, execute, store_target
from labnet.hub import admins, cli
from labnet.hub.openapi import ADMIN_PREFIX, ADMIN_SIGN_IN
from labnet.hub.service import Hub, database_target
from labnet.hub.store import MIGRATIONS, HubStore, Unauthenticated

REVIEWER_PASSWORD = "a reviewer reads but never writes"


@pytest.fixture
def running(tmp_path):
    hub = RunningHub(tmp_path / "hub", requests_per_minute=10_000)
    yield hub
    hub.stop()


def sign_in(url: str, name: str, password: str) -> requests.Response:
    return requests.post(f"{url}/v1/admin/session", json={"name": name, "password": password}, timeout=10)


def bearer(response: requests.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def admin_routes(url: str) -> list[tuple[str, str]]:
    """Every administration route the hub serves (from its own OpenAPI document), but the sign-ins."""
    paths = requests.get(f"{url}/openapi.json", timeout=10).json()["paths"]
    return [(method, path) for path, operations in paths.items() for method in operations
            if path.startswith(ADMIN_PREFIX) and path not in ADMIN_SIGN_IN]


def call(url: str, method: str, path: str, headers: dict[str, str]) -> requests.Response:
    return requests.request(method.upper(), url + path.format(lab_id="no-such-lab", round_id="no-such-round",
                                                              name="no-such-peer"), json={}, headers=headers, timeout=30)


def test_a_reviewer_reads_every_admin_route_and_changes_none(running):
    admins.add(running.hub.store, "test", "rita", admins.REVIEWER, REVIEWER_PASSWORD)
    reviewer = bearer(sign_in(running.url, "rita", REVIEWER_PASSWORD))
    assert sign_in(running.url, "rita", REVIEWER_PASSWORD).json()["role"] == "reviewer"
    routes = admin_routes(running.url)
    assert {"get", "post"} <= {m for m, _ in routes} <= {"get", "post", "put", "delete"} and len(routes) >= 12
    for method, path in routes:
        as_reviewer = call(running.url, method, path, reviewer)
        as_admin = call(running.url, method, path, running.admin)
        if method == "get" and "{" in path:
            # A reviewer passes the role check; the made-up round or peer is then not found (the same for both).
            assert as_reviewer.status_code in (200, 404), (path, as_reviewer.text)
            assert (as_reviewer.status_code, as_reviewer.text) == (as_admin.status_code, as_admin.text), path
        elif method == "get":
            assert as_reviewer.status_code == 200, (path, as_reviewer.text)
        else:
            assert (as_reviewer.status_code, as_reviewer.json()["code"]) == (403, "admin-role-forbidden"), path
            # The network administrator passes the role check (its empty body is then refused on its merits).
            assert as_admin.status_code not in (401, 403), (path, as_admin.text)
        nobody = call(running.url, method, path, {})
        assert (nobody.status_code, nobody.json()["code"]) == (401, "admin-token-required"), path
    # Nothing a reviewer asked for happened.
    assert running.hub.store.enrolment_codes() == [] and running.hub.store.bulletins.since("x", 0, 10) == []


def test_a_disabled_administrator_is_refused_and_its_sessions_end(running, tmp_path, capsys):
    admins.add(running.hub.store, "test", "omar", admins.NETWORK_ADMIN, "omar's long and own passphrase")
    session = bearer(sign_in(running.url, "omar", "omar's long and own passphrase"))
    assert requests.get(f"{running.url}/v1/admin/labs", headers=session, timeout=10).status_code == 200
    assert cli.main(["admin", "disable", "omar", "--data-dir", str(running.hub.folder)]) == 0
    r = requests.get(f"{running.url}/v1/admin/labs", headers=session, timeout=10)
    assert (r.status_code, r.json()["code"]) == (401, "admin-token-required")
    r = sign_in(running.url, "omar", "omar's long and own passphrase")
    assert (r.status_code, r.json()["code"]) == (403, "admin-disabled")
    assert cli.main(["admin", "enable", "omar", "--data-dir", str(running.hub.folder)]) == 0
    assert sign_in(running.url, "omar", "omar's long and own passphrase").status_code == 200
    listing = capsys.readouterr()
    assert cli.main(["admin", "list", "--json", "--data-dir", str(running.hub.folder)]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert {a["name"]: (a["role"], a["disabled_at"]) for a in listing} == {
        "admin": ("network-admin", None), "omar": ("network-admin", None)}


def test_the_last_network_administrator_cannot_be_disabled(tmp_path, capsys, monkeypatch):
    hub, _ = Hub.create(tmp_path / "hub", name="Hub", country="KE", passphrase=PASSPHRASE)
    hub.close()
    folder = str(tmp_path / "hub")
    monkeypatch.setenv("LABNET_HUB_PASSWORD", REVIEWER_PASSWORD)
    assert cli.main(["admin", "add", "rita", "--role", "reviewer", "--data-dir", folder]) == 0
    assert cli.main(["admin", "disable", "admin", "--data-dir", folder]) == 2
    assert "last enabled network administrator" in capsys.readouterr().err
    monkeypatch.setenv("LABNET_HUB_PASSWORD", "password1")
    assert cli.main(["admin", "add", "weak", "--role", "reviewer", "--data-dir", folder]) == 2
    assert "most commonly used" in capsys.readouterr().err
    monkeypatch.setenv("LABNET_HUB_PASSWORD", "a second long passphrase")
    assert cli.main(["admin", "add", "rita", "--role", "reviewer", "--data-dir", folder]) == 2
    assert "already exists" in capsys.readouterr().err
    store = HubStore(database_target(tmp_path / "hub"), backup_dir=tmp_path / "hub")   # hub.db, or its database
    try:
        assert [a.name for a in store.admins.accounts() if a.enabled] == ["admin", "rita"]
    finally:
        store.close()


def test_wrong_passwords_slow_the_next_attempts_down(tmp_path):
    now = [dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)]
    store = HubStore(store_target(tmp_path / "hub.db"), clock=lambda: now[0], backup_dir=tmp_path)
    try:
        admins.add(store, "test", "omar", admins.NETWORK_ADMIN, ADMIN_PASSWORD)
        for _ in range(admins_free_failures()):
            with pytest.raises(Unauthenticated):
                admins.sign_in(store, "omar", "not the password", "198.51.100.7")
        # The third wrong password in a row: 2 s to wait, then 4 s after the next one…
        with pytest.raises(admins.SignInDelayed) as delayed:
            admins.sign_in(store, "omar", ADMIN_PASSWORD, "198.51.100.7")
        assert delayed.value.retry_after == 2 and delayed.value.code == "admin-sign-in-delayed"
        now[0] += dt.timedelta(seconds=2)
        with pytest.raises(Unauthenticated):
            admins.sign_in(store, "omar", "still not it", "198.51.100.7")
        now[0] += dt.timedelta(seconds=3)
        with pytest.raises(admins.SignInDelayed) as delayed:
            admins.sign_in(store, "omar", ADMIN_PASSWORD, "198.51.100.7")
        assert delayed.value.retry_after == 1
        now[0] += dt.timedelta(seconds=1)
        assert admins.sign_in(store, "omar", ADMIN_PASSWORD, "198.51.100.7")["role"] == "network-admin"
        assert store.admins.account("omar").failures == 0
        actions = [e["action"] for e in store.admins.entries()]
        assert actions.count("admin.sign-in-failed") == 4 and actions.count("admin.sign-in-delayed") == 2
        assert actions[-1] == "admin.sign-in"
        # An unknown name is refused like a wrong password, and recorded.
        with pytest.raises(Unauthenticated):
            admins.sign_in(store, "nobody", ADMIN_PASSWORD, "198.51.100.7")
        assert store.admins.entries()[-1]["target"] == "nobody"
    finally:
        store.close()


def admins_free_failures() -> int:
    from labnet.common.passwords import FREE_FAILURES

    return FREE_FAILURES


def old_hub(folder, token: str) -> None:
    """A hub as made before named administrators: its store at the hub room's step 7 holding the digest of
    the shared administrator token."""
    hub, _ = Hub.create(folder, name="Old hub", country="KE", passphrase=PASSPHRASE)
    hub.close()
    for suffix in ("", "-wal", "-shm"):
        (folder / f"hub.db{suffix}").unlink(missing_ok=True)
    store = HubStore(folder / "hub.db", migrations=MIGRATIONS[:7])
    store.set_meta("admin_token_sha256", hashlib.sha256(token.encode()).hexdigest())
    store.close()


@pytest.mark.sqlite_only   # an hub.db of step 7: tests/test_hub_postgres.py migrates a PostgreSQL store from step 7
def test_the_shared_token_becomes_the_first_account_and_works_once_to_set_its_password(tmp_path):
    old_token = "lnadm_the-shared-token-of-an-older-hub"
    old_hub(tmp_path / "hub", old_token)
    hub = Hub.open(tmp_path / "hub", PASSPHRASE)
    running = RunningHub(tmp_path / "hub", hub=hub)
    try:
        assert hub.store.get_meta("admin_token_sha256") is None
        assert list((tmp_path / "hub").glob("hub.before-schema-hub-8.*.db")), "no copy taken before the migration"
        [account] = hub.store.admins.accounts()
        assert (account.name, account.role, account.password_hash) == ("admin", "network-admin", None)
        # The old token no longer opens any administration route…
        for method, path in admin_routes(running.url):
            r = call(running.url, method, path, {"Authorization": f"Bearer {old_token}"})
            assert (r.status_code, r.json()["code"]) == (401, "admin-token-required"), path
        # …it only sets the first password, once (a weak password leaves it unspent).
        first = f"{running.url}/v1/admin/first-password"
        r = requests.post(first, json={"token": old_token, "password": "admin"}, timeout=10)
        assert (r.status_code, r.json()["code"]) == (400, "admin-password-weak")
        r = requests.post(first, json={"token": old_token, "password": ADMIN_PASSWORD}, timeout=10)
        assert r.status_code == 200 and r.json()["name"] == "admin"
        assert requests.get(f"{running.url}/v1/admin/labs", headers=bearer(r), timeout=10).status_code == 200
        again = requests.post(first, json={"token": old_token, "password": "another long passphrase"}, timeout=10)
        assert (again.status_code, again.json()["code"]) == (401, "admin-token-required")
        assert sign_in(running.url, "admin", ADMIN_PASSWORD).status_code == 200
        wrong = sign_in(running.url, "admin", "another long passphrase")
        assert (wrong.status_code, wrong.json()["code"]) == (401, "admin-sign-in-failed")
    finally:
        running.stop()


def test_every_administrative_act_is_in_the_audit_trail_and_verify_finds_an_edit(running, tmp_path, capsys,
                                                                                monkeypatch):
    url, folder = running.url, str(running.hub.folder)
    monkeypatch.setenv("LABNET_HUB_PASSWORD", REVIEWER_PASSWORD)
    assert cli.main(["admin", "add", "rita", "--role", "reviewer", "--data-dir", folder]) == 0
    code = requests.post(f"{url}/v1/admin/enrolment-codes", json={"lab": "Lab A", "country": "KE"},
                         headers=running.admin, timeout=10)
    assert code.status_code == 200
    assert requests.post(f"{url}/v1/admin/notices", json={"text": "hello", "to": "*"}, headers=running.admin,
                         timeout=10).status_code == 200
    assert sign_in(url, "rita", "wrong password here").status_code == 401
    reviewer = bearer(sign_in(url, "rita", REVIEWER_PASSWORD))
    assert call(url, "post", "/v1/admin/notices", reviewer).status_code == 403
    monkeypatch.setenv("LABNET_HUB_PASSWORD", "rita's second long passphrase")
    assert cli.main(["admin", "password", "rita", "--data-dir", folder]) == 0
    assert cli.main(["admin", "disable", "rita", "--data-dir", folder]) == 0
    capsys.readouterr()

    trail = requests.get(f"{url}/v1/admin/audit", headers=running.admin, timeout=10).json()
    acts = [(e["actor"].split(":")[0], e["action"], e["target"]) for e in trail["entries"]]
    assert acts == [
        ("local", "admin.add", "admin"), ("test", "admin.password", "admin"), ("admin", "admin.sign-in", "admin"),
        ("local", "admin.add", "rita"), ("admin", "lab.enrolment-code", "Lab A"), ("admin", "notice", "*"),
        ("client", "admin.sign-in-failed", "rita"), ("rita", "admin.sign-in", "rita"),
        ("local", "admin.password", "rita"), ("local", "admin.disable", "rita")]
    assert all(e["at"] and len(e["hash"]) == 64 for e in trail["entries"])
    assert trail["head"] == trail["entries"][-1]["hash"]
    since = requests.get(f"{url}/v1/admin/audit", params={"since": trail["entries"][5]["at"]},
                         headers=running.admin, timeout=10).json()["entries"]
    assert since and all(e["at"] >= trail["entries"][5]["at"] for e in since)
    assert requests.get(f"{url}/v1/admin/audit", params={"since": "2999-01-01"}, headers=running.admin,
                        timeout=10).json()["entries"] == []
    bad = requests.get(f"{url}/v1/admin/audit", params={"since": "last tuesday"}, headers=running.admin, timeout=10)
    assert (bad.status_code, bad.json()["code"]) == (400, "invalid-request")
    assert cli.main(["audit", "--since", "last tuesday", "--data-dir", folder]) == 2
    assert "not an ISO 8601" in capsys.readouterr().err

    assert cli.main(["audit", "--verify", "--data-dir", folder]) == 0
    assert "is whole" in capsys.readouterr().out
    with pytest.raises(Exception, match="append-only"):   # sqlite3.IntegrityError, or psycopg's RaiseException
        execute(running.hub, "UPDATE hub_audit SET actor = 'someone else' WHERE seq = 5")
    # Someone who drops the trigger and edits an entry is still found.
    on_table = " ON hub_audit" if running.hub.store.dialect == "postgresql" else ""
    execute(running.hub, f"DROP TRIGGER hub_audit_no_update{on_table}")
    execute(running.hub, "UPDATE hub_audit SET target = 'Lab B' WHERE seq = 5")
    assert cli.main(["audit", "--verify", "--data-dir", folder]) == 2
    out = capsys.readouterr().out
    assert "entry 5 was changed" in out and "does NOT verify" in out


def test_a_new_hubs_one_time_token_sets_the_first_password_once(tmp_path):
    hub, token = Hub.create(tmp_path / "hub", name="New hub", country="KE", passphrase=PASSPHRASE)
    running = RunningHub(tmp_path / "hub", hub=hub)
    try:
        r = call(running.url, "get", "/v1/admin/labs", {"Authorization": f"Bearer {token}"})
        assert (r.status_code, r.json()["code"]) == (401, "admin-token-required")
        first = f"{running.url}/v1/admin/first-password"
        r = requests.post(first, json={"token": token, "password": ADMIN_PASSWORD}, timeout=10)
        assert r.status_code == 200 and (r.json()["name"], r.json()["role"]) == ("admin", "network-admin")
        r = requests.post(first, json={"token": token, "password": ADMIN_PASSWORD}, timeout=10)
        assert (r.status_code, r.json()["code"]) == (401, "admin-token-required")
    finally:
        running.stop()


@pytest.mark.slow   # three derivations of the hub's key file (rotate-keys, revoke-key)
def test_the_acts_on_labs_keys_methods_and_bundles_are_in_the_trail(running, tmp_path, capsys):
    from test_hub_linking import method

    folder = str(running.hub.folder)
    passfile = tmp_path / "passphrase.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    hub_args = ["--data-dir", folder, "--passphrase-file", str(passfile)]
    r = requests.post(f"{running.url}/v1/admin/methods", json=method().to_json(), headers=running.admin, timeout=30)
    assert r.status_code == 200, r.text
    r = requests.post(f"{running.url}/v1/admin/import", data=b"not a bundle", headers=running.admin, timeout=30)
    assert r.status_code == 200 and r.json()["status"] == "refused"
    previous = running.hub.key_id
    assert cli.main(["enroll", "--lab", "Lab C", "--country", "GH", *hub_args]) == 0
    assert cli.main(["notice", "--text", "maintenance tonight", *hub_args]) == 0
    assert cli.main(["rotate-keys", *hub_args]) == 0
    assert cli.main(["revoke-key", previous, "--reason", "a laptop was stolen", *hub_args]) == 0
    (tmp_path / "junk.lnb").write_bytes(b"not a bundle either")
    assert cli.main(["import", str(tmp_path / "junk.lnb"), *hub_args]) == 2
    capsys.readouterr()
    assert cli.main(["audit", "--json", "--verify", "--data-dir", folder]) == 0
    trail = json.loads(capsys.readouterr().out)
    acts = [(e["actor"].split(":")[0], e["action"], e["target"]) for e in trail["entries"]][3:]
    assert acts == [("admin", "method.publish", "amphetamine-network v1"), ("admin", "bundle.import", ""),
                    ("local", "lab.enrolment-code", "Lab C"), ("local", "notice", "*"),
                    ("local", "hub.rotate-keys", acts[4][2]), ("local", "hub.revoke-key", previous),
                    ("local", "bundle.import", "")]
    assert acts[4][2] != previous and trail["problems"] == []
    assert json.loads(trail["entries"][-1]["detail"])["status"] == "refused"
