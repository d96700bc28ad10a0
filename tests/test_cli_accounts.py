"""The command line acts as an account only with its password (issue 14): prompt, $LABNET_PASSWORD or
--password-file; read-only commands run as the login name with none; the users commands."""

import argparse
import datetime as dt
import getpass
import sys

import pytest

from factories import STAFF_PASSWORDS, add_staff, sample
from labnet import cli
from labnet.catalogue import accounts
from labnet.catalogue.store import Catalogue
from labnet.cli import access

NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def lab(data_dir, monkeypatch):
    """A catalogue with accounts (admin, ana, qm), and no terminal to type a password in."""
    with Catalogue.open(data_dir, user="owner") as cat:
        add_staff(cat)
        cat.add("reference_sample", sample(inventory_code="RS-001"))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    return data_dir


def labnet(data_dir, *argv):
    return cli.main(["--data-dir", str(data_dir), *argv])


def usernames(data_dir):
    with Catalogue.open(data_dir, user="reading", reader=True) as cat:
        return {u["username"]: (u["role"], u["active"]) for u in cat.users()}


def user_entries(data_dir, action):
    """(who, what) of each entry of ``action``; every one also carries the account's digest and state
    (labnet.catalogue.account_digests, checked by tests/test_audit_accounts.py), left out here."""
    with Catalogue.open(data_dir, user="reading", reader=True) as cat:
        found = [(e["user"], e["detail"]) for e in cat.audit_entries(kind="user") if e["action"] == action]
    assert all(len(detail.pop("account_sha256")) == 64 and detail.pop("account") for _, detail in found)
    return found


def test_every_registered_command_is_classified():
    registered = access.command_paths(cli.build_parser())
    assert "users add" in registered and "audit verify" in registered and "profiles link" in registered
    assert sorted(set(registered) - set(access.ACCESS)) == []   # a new command must be classified
    assert sorted(set(access.ACCESS) - set(registered)) == []   # and nothing stale stays in the table
    assert set(access.ACCESS.values()) == {access.READ, access.ACT, access.APART}


def test_a_change_without_a_password_is_refused_and_changes_nothing(lab, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_NEW_PASSWORD", "kofi-secret-1")
    before = usernames(lab)
    assert labnet(lab, "--user", "admin", "users", "add", "kofi", "--name", "Kofi", "--role", "administrator") == 2
    err = capsys.readouterr().err
    assert "needs the password of “admin”" in err and "LABNET_PASSWORD" in err and "--password-file" in err
    assert usernames(lab) == before
    assert labnet(lab, "--user", "ana", "users", "role", "ana", "administrator") == 2
    assert usernames(lab) == before


def test_a_wrong_password_is_refused_with_exit_2(lab, labnet_password, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_NEW_PASSWORD", "kofi-secret-1")
    labnet_password("not-the-password")
    assert labnet(lab, "--user", "admin", "users", "add", "kofi", "--name", "Kofi", "--role", "analyst") == 2
    assert "The user name or password is wrong" in capsys.readouterr().err
    assert "kofi" not in usernames(lab)


def test_the_right_password_from_the_environment(lab, labnet_password, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_NEW_PASSWORD", "kofi-secret-1")
    labnet_password(STAFF_PASSWORDS["admin"])
    assert labnet(lab, "--user", "ADMIN", "users", "add", "kofi", "--name", "Kofi", "--role", "analyst") == 0
    assert "created by admin" in capsys.readouterr().out   # the account as stored, whatever the case typed
    assert usernames(lab)["kofi"] == ("analyst", 1)
    assert user_entries(lab, "add_user")[-1] == ("admin", {"username": "kofi", "role": "analyst"})


def test_the_right_password_from_a_file(lab, tmp_path, monkeypatch, capsys, labnet_password):
    monkeypatch.setenv("LABNET_NEW_PASSWORD", "kofi-secret-1")
    labnet_password("not-the-password")   # the file, given on the command line, wins
    secret = tmp_path / "admin.pw"
    secret.write_text(STAFF_PASSWORDS["admin"] + "\r\nthe rest of the file is not read\n")
    assert labnet(lab, "--user", "admin", "--password-file", str(secret), "users", "add", "kofi", "--name", "Kofi",
                  "--role", "analyst") == 0
    secret.write_text("\n")
    assert labnet(lab, "--user", "admin", "--password-file", str(secret), "users", "disable", "kofi") == 2
    assert "is empty" in capsys.readouterr().err
    assert labnet(lab, "--user", "admin", "--password-file", str(tmp_path / "missing"), "users", "disable",
                  "kofi") == 2
    assert "cannot be read" in capsys.readouterr().err
    assert usernames(lab)["kofi"] == ("analyst", 1)


def test_the_right_password_typed_at_the_prompt(lab, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    prompts = []
    typed = iter([STAFF_PASSWORDS["admin"], "kofi-secret-1", "kofi-secret-1"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": prompts.append(prompt) or next(typed))
    assert labnet(lab, "--user", "admin", "users", "add", "kofi", "--name", "Kofi", "--role", "analyst") == 0
    assert prompts == ["Password for admin: ", "New password for kofi: ", "Repeat the new password: "]
    assert "kofi" in usernames(lab)


def test_read_only_commands_need_no_password_and_run_as_the_login_name(lab, tmp_path, capsys):
    assert labnet(lab, "--user", "admin", "users", "list") == 0
    assert "ana" in capsys.readouterr().out
    assert labnet(lab, "audit", "verify") == 0
    assert labnet(lab, "attention") == 0
    out = tmp_path / "samples.csv"
    assert labnet(lab, "export", "--kind", "reference-samples", str(out)) == 0
    assert "RS-001" in out.read_text()
    # Whoever the command line claims, a reading command runs as the computer's login, with no rights.
    args = argparse.Namespace(data_dir=lab, user="admin", command_path="export", password_file=None)
    access.settle(args)
    assert (args.access, args.user, args.password) == (access.READ, access.login_name(), None)
    from labnet.cli.common import open_catalogue
    with open_catalogue(args) as cat:
        assert cat.actor.role == "reader"
        with pytest.raises(Exception, match="may not change records"):
            cat.add("reference_sample", sample(inventory_code="RS-002"))


def test_a_catalogue_without_accounts_is_run_by_its_owner_without_a_password(data_dir, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_NEW_PASSWORD", "first-admin-pw")
    assert labnet(data_dir, "--user", "amina", "users", "add", "amina", "--name", "Amina", "--role",
                  "administrator") == 0
    assert user_entries(data_dir, "add_user") == [("amina", {"username": "amina", "role": "administrator"})]


@pytest.mark.parametrize("name, password, why", [
    ("bad name!", "long-enough-1", "cannot be a user name"),
    ("kofi", "short", "at least 8 characters"),
    ("kofi", "password123", "most commonly used"),
    ("kofi", "kofi", "at least 8 characters"),
    ("kofiboateng", "kofiboateng", "not be the user name"),
])
def test_bad_names_and_weak_passwords_are_refused(data_dir, monkeypatch, capsys, name, password, why):
    monkeypatch.setenv("LABNET_NEW_PASSWORD", password)
    assert labnet(data_dir, "users", "add", name, "--name", "Kofi Boateng", "--role", "administrator") == 2
    assert why in capsys.readouterr().err
    assert usernames(data_dir) == {}


def test_the_life_cycle_on_the_command_line(lab, labnet_password, monkeypatch, capsys):
    labnet_password(STAFF_PASSWORDS["admin"])
    assert labnet(lab, "--user", "admin", "users", "disable", "ana") == 0
    assert usernames(lab)["ana"] == ("analyst", 0)
    assert labnet(lab, "users", "list") == 0
    assert "ana              analyst          Ana Analyst (disabled)" in capsys.readouterr().out

    labnet_password(STAFF_PASSWORDS["ana"])   # her own, right password: still refused
    assert labnet(lab, "--user", "ana", "users", "passwd") == 2
    assert "“ana” is disabled" in capsys.readouterr().err

    labnet_password(STAFF_PASSWORDS["admin"])
    assert labnet(lab, "--user", "admin", "users", "enable", "ana") == 0
    assert labnet(lab, "--user", "admin", "users", "role", "ana", "quality_manager") == 0
    monkeypatch.setenv("LABNET_NEW_PASSWORD", "a-fresh-start")
    assert labnet(lab, "--user", "admin", "users", "reset-password", "ana") == 0
    assert labnet(lab, "--user", "admin", "users", "disable", "admin") == 2
    assert "your own account" in capsys.readouterr().err
    assert labnet(lab, "--user", "admin", "users", "role", "admin", "analyst") == 2
    assert "last active administrator" in capsys.readouterr().err

    labnet_password("a-fresh-start")
    monkeypatch.setenv("LABNET_NEW_PASSWORD", "only-ana-knows")
    assert labnet(lab, "--user", "ana", "users", "passwd") == 0
    labnet_password("a-fresh-start")
    assert labnet(lab, "--user", "ana", "users", "passwd") == 2
    assert usernames(lab)["ana"] == ("quality_manager", 1)

    assert user_entries(lab, "disable_user") == [("admin", {"username": "ana"})]
    assert user_entries(lab, "enable_user") == [("admin", {"username": "ana"})]
    assert user_entries(lab, "change_role") == [("admin", {"username": "ana", "role": ["analyst",
                                                                                       "quality_manager"]})]
    assert user_entries(lab, "reset_password") == [("admin", {"username": "ana"})]
    assert user_entries(lab, "change_password") == [("ana", {"username": "ana"})]
    with Catalogue.open(lab, user="admin") as cat:
        assert cat.verify().ok


def test_wrong_passwords_slow_down_across_separate_invocations(lab, labnet_password, monkeypatch, capsys):
    # Every invocation at the same instant, so the test reads the counter, not the clock.
    monkeypatch.setattr(accounts, "_now", lambda now: now or NOW)
    labnet_password("a-wrong-guess")
    said = []
    for _ in range(3):
        assert labnet(lab, "--user", "ana", "users", "passwd") == 2
        said.append(capsys.readouterr().err)
    assert "Check both and try again" in said[0] and "Check both and try again" in said[1]
    assert "After 3 wrong passwords in a row, the next attempt for “ana” must wait 2 s" in said[2]
    labnet_password(STAFF_PASSWORDS["ana"])
    assert labnet(lab, "--user", "ana", "users", "passwd") == 2
    assert "Too many wrong passwords for “ana”: wait 2 s before trying again" in capsys.readouterr().err
    with Catalogue.open(lab, user="admin") as cat:
        assert accounts.failures(cat.conn, "ana") == (3, NOW)
    # The same counter holds in the window's sign-in.
    with Catalogue.open(lab, user="admin") as cat:
        with pytest.raises(Exception, match="wait 2 s"):
            cat.sign_in("ana", STAFF_PASSWORDS["ana"])
