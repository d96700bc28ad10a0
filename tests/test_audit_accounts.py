"""The accounts under the audit chain (issue 14): an account added, promoted, re-enabled, given another
password or deleted with sqlite3 is named by ``labnet audit verify`` (exit 3) and may not sign in; every
account command LabNet has leaves a catalogue that verifies clean; an older catalogue's accounts are
sealed once by migration 8."""

import json
import sqlite3

import pytest

from factories import STAFF_PASSWORDS, add_staff, sample
from labnet.catalogue import accounts, audit, database, integrity
from labnet.catalogue.account_digests import ACCOUNT_COLUMNS, ACCOUNTS_SCHEMA
from labnet.catalogue.attachments import attachment_dir
from labnet.catalogue.errors import CatalogueError, PermissionDenied
from labnet.catalogue.store import Catalogue
from labnet.catalogue.users import hash_password
from labnet.cli import main

KNOWN = "known-to-the-intruder-1"


@pytest.fixture
def staffed(tmp_path, monkeypatch):
    """A catalogue whose accounts went through every life-cycle command: added, disabled and enabled,
    promoted, a password changed and one reset; ``old`` left disabled."""
    data = tmp_path / "data"
    with Catalogue.open(data, user="owner") as cat:
        add_staff(cat)
        cat.add("reference_sample", sample(inventory_code="RS-001"))
        cat.act_as("admin")
        cat.add_user("old", "Former Analyst", "analyst", "former-analyst-pw")
        cat.add_user("later", "Password Later", "analyst")            # no password yet
        accounts.set_active(cat, "ana", False)
        accounts.set_active(cat, "ana", True)
        accounts.set_role(cat, "qm", "administrator")
        accounts.set_role(cat, "qm", "quality_manager")
        accounts.reset_password(cat, "later", "set-by-the-admin-1")
        accounts.set_active(cat, "old", False)
        cat.sign_in("ana", STAFF_PASSWORDS["ana"])
        accounts.change_password(cat, STAFF_PASSWORDS["ana"], "ana-new-secret")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    return data


def report_of(data):
    with Catalogue.open(data, user="auditor", reader=True) as cat:
        return integrity.verify(cat.conn, attachment_dir(cat))


def behind_labnets_back(data, *sql):
    conn = sqlite3.connect(data / "catalogue.db")
    for statement, *params in sql:
        conn.execute(statement, *params)
    conn.commit()
    conn.close()


def verify_cli(data, capsys):
    code = main(["--data-dir", str(data), "audit", "verify"])
    return code, capsys.readouterr().out


def test_every_account_command_leaves_a_catalogue_that_verifies(staffed, capsys):
    report = report_of(staffed)
    assert report.ok, report.problems
    assert report.accounts == 5
    code, out = verify_cli(staffed, capsys)
    assert code == 0 and "1 record, 0 deletions, 5 accounts and 0 attached files as the trail last recorded" in out
    with Catalogue.open(staffed, user="auditor", reader=True) as cat:
        entries = [e for e in cat.audit_entries(kind="user")]
    assert {e["action"] for e in entries} == {"add_user", "disable_user", "enable_user", "change_role",
                                              "reset_password", "change_password"}
    assert all(len(e["detail"]["account_sha256"]) == 64 for e in entries)


def test_the_digest_covers_every_column_of_the_accounts_table(staffed):
    conn = sqlite3.connect(staffed / "catalogue.db")
    assert tuple(r[1] for r in conn.execute("PRAGMA table_info(users)")) == ACCOUNT_COLUMNS


def test_an_administrator_inserted_with_sqlite3_is_named_and_cannot_sign_in(staffed, capsys, monkeypatch):
    behind_labnets_back(staffed, ("INSERT INTO users VALUES ('x1', 'mallory', 'Mallory', 'administrator', ?, 1,"
                                  " '2026-01-01T00:00:00Z', 'admin')", (hash_password(KNOWN),)))
    code, out = verify_cli(staffed, capsys)
    assert code == 3
    assert "The account “mallory” (administrator) was added outside LabNet: no audit entry records it" in out
    with Catalogue.open(staffed, user="auditor", reader=True) as cat:
        with pytest.raises(PermissionDenied, match="“mallory” was added outside LabNet.*labnet audit verify"):
            cat.sign_in("mallory", KNOWN)
    with pytest.raises(PermissionDenied, match="added outside LabNet"):
        Catalogue.open(staffed, user="mallory")
    # Nor on the command line, with the password the intruder knows: nothing is changed.
    monkeypatch.setenv("LABNET_PASSWORD", KNOWN)
    assert main(["--data-dir", str(staffed), "--user", "mallory", "users", "role", "ana", "administrator"]) != 0
    assert "was added outside LabNet" in capsys.readouterr().err
    conn = sqlite3.connect(staffed / "catalogue.db")
    assert conn.execute("SELECT role FROM users WHERE username = 'ana'").fetchone() == ("analyst",)


def test_an_analyst_promoted_with_sqlite3_is_named_with_both_roles(staffed, capsys):
    behind_labnets_back(staffed, ("UPDATE users SET role = 'administrator' WHERE username = 'ana'",))
    code, out = verify_cli(staffed, capsys)
    assert code == 3
    assert "The role of the account “ana” was changed outside LabNet: analyst in its last audit entry" in out
    assert "administrator in the catalogue" in out
    with Catalogue.open(staffed, user="auditor", reader=True) as cat:
        with pytest.raises(PermissionDenied, match="“ana” was changed outside LabNet"):
            cat.sign_in("ana", "ana-new-secret")


def test_a_disabled_account_enabled_with_sqlite3_is_named_and_stays_out(staffed, capsys):
    assert accounts_state(staffed, "old") == 0
    behind_labnets_back(staffed, ("UPDATE users SET active = 1 WHERE username = 'old'",))
    code, out = verify_cli(staffed, capsys)
    assert code == 3
    assert "The account “old” was enabled outside LabNet: its last audit entry" in out
    assert "records it disabled" in out
    with Catalogue.open(staffed, user="auditor", reader=True) as cat:
        with pytest.raises(PermissionDenied, match="“old” was changed outside LabNet"):
            cat.sign_in("old", "former-analyst-pw")


def test_a_password_replaced_with_sqlite3_is_named_and_the_known_password_refused(staffed, capsys):
    behind_labnets_back(staffed, ("UPDATE users SET password_hash = ? WHERE username = 'admin'",
                                  (hash_password(KNOWN),)))
    code, out = verify_cli(staffed, capsys)
    assert code == 3
    assert "The password of the account “admin” was changed outside LabNet" in out
    assert "role of" not in out and "enabled outside" not in out    # only what changed is named
    with Catalogue.open(staffed, user="auditor", reader=True) as cat:
        with pytest.raises(PermissionDenied, match="“admin” was changed outside LabNet"):
            cat.sign_in("admin", KNOWN)
        assert accounts.failures(cat.conn, "admin")[0] == 0   # refused before any password is looked at


def test_an_account_deleted_with_sqlite3_is_named(staffed, capsys):
    behind_labnets_back(staffed, ("DELETE FROM users WHERE username = 'qm'",))
    code, out = verify_cli(staffed, capsys)
    assert code == 3
    assert "The account “qm” was deleted outside LabNet: audit entry" in out
    assert "no longer in the catalogue" in out


def test_an_account_disabled_with_sqlite3_is_named(staffed, capsys):
    behind_labnets_back(staffed, ("UPDATE users SET active = 0 WHERE username = 'qm'",))
    code, out = verify_cli(staffed, capsys)
    assert code == 3 and "The account “qm” was disabled outside LabNet: its last audit entry" in out


def test_every_account_deleted_is_named_and_the_catalogue_not_handed_to_whoever_opens_it(staffed, capsys,
                                                                                          monkeypatch):
    """Without accounts a catalogue is its owner's, with no password: emptying ``users`` with sqlite3 must not
    make it so when the trail records accounts (LabNet deletes none)."""
    behind_labnets_back(staffed, ("DELETE FROM users",))
    code, out = verify_cli(staffed, capsys)                     # reading still works, as the login
    assert code == 3
    assert all(f"The account “{name}” was deleted outside LabNet" in out
               for name in ("admin", "ana", "qm", "old", "later"))
    with pytest.raises(PermissionDenied, match="no accounts left.*deleted outside LabNet.*labnet audit verify"):
        Catalogue.open(staffed, user="someone")
    monkeypatch.setenv("LABNET_PASSWORD", KNOWN)
    assert main(["--data-dir", str(staffed), "--user", "someone", "users", "add", "mallory", "--name", "M",
                 "--role", "administrator"]) != 0
    assert "no accounts left" in capsys.readouterr().err
    conn = sqlite3.connect(staffed / "catalogue.db")
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0


def test_the_json_report_counts_the_accounts_and_names_the_finding(staffed, capsys):
    behind_labnets_back(staffed, ("UPDATE users SET full_name = 'Someone Else' WHERE username = 'ana'",))
    assert main(["--data-dir", str(staffed), "audit", "verify", "--json"]) == 3
    said = json.loads(capsys.readouterr().out)
    assert said["accounts"] == 5 and not said["ok"]
    assert said["problems"] == ["the account “ana” was altered outside LabNet (full_name): it differs from its "
                                f"last audit entry ({last_entry(staffed, 'ana')})"]


def test_an_administrator_setting_an_account_right_is_recorded_and_verifies(staffed):
    """The decision documented in docs/catalogue.md: LabNet's own correction is a new audit entry under the
    administrator's name, after which the account verifies and signs in again; the finding stays in the
    earlier verifications (and the trail shows who set it right, when)."""
    behind_labnets_back(staffed, ("UPDATE users SET active = 1 WHERE username = 'old'",))
    assert not report_of(staffed).ok
    with Catalogue.open(staffed, user="auditor", reader=True) as cat:
        cat.sign_in("admin", STAFF_PASSWORDS["admin"])
        accounts.set_active(cat, "old", False)
        assert cat.audit_entries(kind="user")[-1]["action"] == "disable_user"
    assert report_of(staffed).ok


def test_the_seal_is_not_made_again_when_the_schema_number_is_set_back(staffed):
    behind_labnets_back(staffed, ("INSERT INTO users VALUES ('x1', 'mallory', 'Mallory', 'administrator', NULL, 1,"
                                  " '2026-01-01T00:00:00Z', 'admin')",),
                        (f"PRAGMA user_version = {ACCOUNTS_SCHEMA - 1}",))
    with pytest.raises(CatalogueError, match="already under the audit trail.*changed outside LabNet"):
        Catalogue.open(staffed, user="auditor", reader=True)
    conn = sqlite3.connect(staffed / "catalogue.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == ACCOUNTS_SCHEMA - 1   # left as it was
    assert conn.execute("SELECT count(*) FROM audit_log WHERE action = 'seal_account'").fetchone()[0] == 0


# -- an older catalogue -------------------------------------------------------------------------

def older_catalogue(path):
    """A catalogue at schema 7 with accounts as that version wrote them (entries without digests)."""
    conn = database.connect(path)
    database.migrate(conn, path, upto=ACCOUNTS_SCHEMA - 1)
    with database.transaction(conn):
        for i, (name, role, active) in enumerate([("amina", "administrator", 1), ("kofi", "analyst", 1),
                                                  ("gone", "analyst", 0)]):
            conn.execute("INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', 'owner')",
                         (f"u{i}", name, name.title(), role, hash_password(f"{name}-password-1"), active))
            audit.append(conn, [audit.AuditEvent("2026-01-01T00:00:00Z", "owner", "add_user", "user", f"u{i}",
                                                 {"username": name, "role": role})])
    conn.close()


def test_an_older_catalogues_accounts_are_sealed_once_then_checked(tmp_path, capsys):
    data = tmp_path / "old"
    data.mkdir()
    older_catalogue(data / "catalogue.db")
    with Catalogue.open(data, user="auditor", reader=True) as cat:
        assert database.schema_version(cat.conn) >= ACCOUNTS_SCHEMA
        seals = [e for e in cat.audit_entries(kind="user") if e["action"] == "seal_account"]
        assert sorted(e["detail"]["username"] for e in seals) == ["amina", "gone", "kofi"]
        assert cat.sign_in("amina", "amina-password-1").role == "administrator"   # sealed accounts sign in
        report = integrity.verify(cat.conn, attachment_dir(cat))
    assert report.ok and report.accounts == 3, report.problems
    assert any("were sealed as they were then" in n and f"schema {ACCOUNTS_SCHEMA}" in n for n in report.notes)
    with Catalogue.open(data, user="auditor", reader=True) as cat:   # opened again: not sealed twice
        assert sum(e["action"] == "seal_account" for e in cat.audit_entries(kind="user")) == 3
    behind_labnets_back(data, ("UPDATE users SET active = 1 WHERE username = 'gone'",))
    code, out = verify_cli(data, capsys)
    assert code == 3 and "The account “gone” was enabled outside LabNet" in out


def test_a_new_catalogue_without_accounts_seals_nothing(tmp_path):
    with Catalogue.open(tmp_path / "new", user="owner") as cat:
        assert cat.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
        assert cat.verify().ok and cat.verify().accounts == 0


def test_a_catalogue_not_yet_migrated_signs_in_and_says_its_accounts_are_not_checked(tmp_path):
    """The command line checks a password on the bare file before opening (and migrating) it."""
    path = tmp_path / "catalogue.db"
    older_catalogue(path)
    conn = database.connect(path)
    assert accounts.authenticate(conn, "kofi", "kofi-password-1").role == "analyst"
    report = integrity.verify(conn, None)
    assert report.ok and any("not yet under the audit chain" in n for n in report.notes)
    conn.close()


def accounts_state(data, name):
    conn = sqlite3.connect(data / "catalogue.db")
    try:
        return conn.execute("SELECT active FROM users WHERE username = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


def last_entry(data, name):
    conn = sqlite3.connect(data / "catalogue.db")
    try:
        return conn.execute("SELECT max(seq) FROM audit_log WHERE kind = 'user' AND json_extract(detail,"
                            " '$.username') = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


def test_the_window_opens_and_refuses_the_sign_in_of_an_account_changed_outside_labnet(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from factories import staffed_catalogue
    from windows import open_window

    path = staffed_catalogue(tmp_path / "lab")
    behind_labnets_back(path.parent if path.is_file() else path,
                        ("UPDATE users SET role = 'administrator' WHERE username = 'ana'",))
    window = open_window(qtbot, path, tmp_path, user="ana")   # her name from the command line: still opens
    dialog = window.login_dialog
    assert dialog is not None and dialog.isVisible() and not window.session.ready
    qtbot.keyClicks(dialog.password, STAFF_PASSWORDS["ana"])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and not window.session.ready
    assert "“ana” was changed outside LabNet" in dialog.message.text()
    assert "labnet audit verify" in dialog.message.text()
    dialog.users.setCurrentRow([dialog.users.item(r).data(Qt.ItemDataRole.UserRole)
                                for r in range(dialog.users.count())].index("qm"))
    dialog.password.setText(STAFF_PASSWORDS["qm"])
    dialog.attempt()                                            # an intact account still signs in
    assert window.session.ready and window.session.username == "qm"
    window.close()


def test_the_window_opens_a_catalogue_whose_accounts_were_all_deleted_and_changes_nothing(qtbot, tmp_path):
    from factories import staffed_catalogue
    from windows import open_window

    path = staffed_catalogue(tmp_path / "lab")
    behind_labnets_back(path.parent, ("DELETE FROM users",))
    window = open_window(qtbot, path, tmp_path, user="ana")
    out = []
    window.tasks.run(lambda cat: cat.actor.role, out.append)
    assert out == ["reader"]        # no permission at all: not the owner's catalogue
    window.show_section("reference-samples")
    assert not window.new_action.isEnabled()
    window.close()
