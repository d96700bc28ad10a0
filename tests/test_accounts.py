"""Accounts in the catalogue: the rules for names and passwords, the slowdown after wrong passwords,
and the life cycle (disable, enable, passwords, roles), each change in the audit trail."""

import datetime as dt
import json

import pytest

from factories import STAFF_PASSWORDS, add_staff, sample
from labnet.catalogue import accounts
from labnet.catalogue.errors import CatalogueError, NotFound, PermissionDenied
from labnet.catalogue.store import Catalogue
from labnet.catalogue.users import MAX_DELAY_S, password_problem, signin_delay, username_problem

T0 = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def cat(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="owner") as cat:
        add_staff(cat)
        cat.act_as("admin")
        yield cat


# -- rules ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["bad name!", "a", "x" * 33, "1abc", "-abc", "аdmin", "ana@lab", "", "ana lab"])
def test_user_names_outside_the_pattern_are_refused(name, cat):
    assert username_problem(name) is not None
    with pytest.raises(CatalogueError, match="cannot be a user name|needs a user name"):
        cat.add_user(name, "Someone", "analyst", "long-enough-1")


@pytest.mark.parametrize("name", ["ana", "k.boateng", "qm_2", "Efua-Asante", "ab", "a" * 32])
def test_user_names_inside_the_pattern_are_accepted(name):
    assert username_problem(name) is None


@pytest.mark.parametrize("password, why", [
    ("short1!", "at least 8"),
    ("password", "most commonly used"),
    ("password2026!", "most commonly used"),      # a common one with digits and a sign added
    ("qwertyuiop", "most commonly used"),
    ("12345678", "most commonly used"),
    ("aaaabbbb", "4 different"),
    ("kboateng", "user name"),
    ("gnetaobk", "user name"),                    # the name backwards
    ("Kofi Boateng", "full name"),
    ("x" * 257, "at most 256"),
])
def test_weak_passwords_are_refused(password, why, cat):
    assert why in password_problem(password, "kboateng", "Kofi Boateng")
    with pytest.raises(CatalogueError, match=why):
        cat.add_user("kboateng", "Kofi Boateng", "analyst", password)
    assert "kboateng" not in [u["username"] for u in cat.users()]


@pytest.mark.parametrize("password", ["correct horse battery", "s3cret-kofi", "ana-pass", "Wüstenfuchs-17",
                                      "пароль-лаборатории"])
def test_reasonable_passwords_are_accepted(password):
    assert password_problem(password, "kboateng", "Kofi Boateng") is None


# -- the slowdown after wrong passwords -------------------------------------------------------------------

def test_the_delay_is_free_for_a_few_typing_mistakes_then_doubles_up_to_a_cap():
    assert [signin_delay(n) for n in range(0, 8)] == [0, 0, 0, 2, 4, 8, 16, 32]
    assert signin_delay(11) == 512 and signin_delay(12) == MAX_DELAY_S == 900 and signin_delay(40) == 900


def test_wrong_passwords_slow_down_and_the_counter_outlives_the_connection(cat, tmp_path):
    for _n in (1, 2):
        with pytest.raises(PermissionDenied, match="^The user name or password is wrong. Check both"):
            accounts.authenticate(cat.conn, "ana", "wrong", now=T0)
    with pytest.raises(PermissionDenied, match="After 3 wrong passwords in a row, the next attempt for “ana” must "
                                               "wait 2 s"):
        accounts.authenticate(cat.conn, "ana", "wrong", now=T0)
    # Another process (a new connection) sees the same count: the right password is not even looked at.
    with Catalogue.open(tmp_path / "lab", user="admin") as other:
        with pytest.raises(PermissionDenied, match="Too many wrong passwords for “ana”: wait 2 s"):
            accounts.authenticate(other.conn, "ana", STAFF_PASSWORDS["ana"], now=T0)
        assert accounts.wait_before_next(other.conn, "ana", T0 + dt.timedelta(seconds=1.5)) == 1
    with pytest.raises(PermissionDenied, match="must wait 4 s"):
        accounts.authenticate(cat.conn, "ANA", "wrong", now=T0 + dt.timedelta(seconds=2))  # names ignore case
    with pytest.raises(PermissionDenied, match="wait 3 s"):
        accounts.authenticate(cat.conn, "ana", STAFF_PASSWORDS["ana"], now=T0 + dt.timedelta(seconds=3))
    assert accounts.authenticate(cat.conn, "ana", STAFF_PASSWORDS["ana"], now=T0 + dt.timedelta(seconds=6)).role \
        == "analyst"
    assert accounts.failures(cat.conn, "ana") == (0, None)   # a success starts again from nothing


def test_an_unknown_name_counts_nothing_and_says_the_same(cat):
    with pytest.raises(PermissionDenied, match="^The user name or password is wrong. Check both"):
        accounts.authenticate(cat.conn, "nobody", "whatever-it-is", now=T0)
    assert cat.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'signin_failures:%'").fetchone()[0] == 0


# -- the life cycle ----------------------------------------------------------------------------------

def entries(cat, action):
    return [e for e in cat.audit_entries(kind="user") if e["action"] == action]


def test_a_disabled_account_cannot_sign_in_and_its_entries_stay(cat):
    cat.act_as("ana")
    added = cat.add("reference_sample", sample(inventory_code="RS-900"))
    cat.act_as("admin")
    accounts.set_active(cat, "ana", False)
    assert [u["active"] for u in cat.users() if u["username"] == "ana"] == [0]
    with pytest.raises(PermissionDenied, match="“ana” is disabled"):
        cat.sign_in("ana", STAFF_PASSWORDS["ana"])
    with pytest.raises(PermissionDenied, match="no active account named “ana”"):
        cat.act_as("ana")
    with pytest.raises(PermissionDenied, match="password is wrong"):   # a wrong password says nothing more
        cat.sign_in("ana", "not-her-password")
    assert cat.get("reference_sample", added["id"])["created_by"] == "ana"
    assert [e["user"] for e in cat.audit_entries(record_id=added["id"])] == ["ana"]
    (entry,) = entries(cat, "disable_user")
    assert entry["user"] == "admin" and entry["detail"]["username"] == "ana"

    cat.act_as("admin")
    accounts.set_active(cat, "ana", True)
    assert cat.sign_in("ana", STAFF_PASSWORDS["ana"]).username == "ana"
    (entry,) = entries(cat, "enable_user")
    assert entry["user"] == "admin"
    assert cat.verify().ok


def test_only_an_administrator_manages_accounts(cat):
    cat.act_as("qm")
    for action in (lambda: accounts.set_active(cat, "ana", False), lambda: accounts.set_role(cat, "ana", "qm"),
                   lambda: accounts.reset_password(cat, "ana", "a-new-password")):
        with pytest.raises(PermissionDenied, match="Only an administrator may manage user accounts"):
            action()


def test_the_last_active_administrator_is_never_disabled_nor_demoted(cat):
    cat.add_user("boss", "Second Admin", "administrator", "second-admin-pw")
    with pytest.raises(CatalogueError, match="your own account"):
        accounts.set_active(cat, "admin", False)
    cat.act_as("boss")
    accounts.set_role(cat, "admin", "analyst")            # another administrator is left: boss
    with pytest.raises(CatalogueError, match="“boss” is the last active administrator"):
        accounts.set_role(cat, "boss", "analyst")
    cat.act_as("boss")
    accounts.set_role(cat, "admin", "administrator")
    cat.act_as("admin")
    accounts.set_active(cat, "boss", False)
    with pytest.raises(CatalogueError, match="“admin” is the last active administrator"):
        accounts.set_role(cat, "admin", "quality_manager")
    roles = [(e["user"], e["detail"]["username"], e["detail"]["role"]) for e in entries(cat, "change_role")]
    assert roles == [("boss", "admin", ["administrator", "analyst"]), ("boss", "admin", ["analyst", "administrator"])]
    with pytest.raises(NotFound):
        accounts.set_role(cat, "nobody", "analyst")


def test_a_person_changes_their_own_password_with_the_current_one(cat):
    cat.sign_in("ana", STAFF_PASSWORDS["ana"])
    with pytest.raises(PermissionDenied, match="password is wrong"):
        accounts.change_password(cat, "not-the-current", "brand-new-secret")
    with pytest.raises(CatalogueError, match="at least 8"):
        accounts.change_password(cat, STAFF_PASSWORDS["ana"], "short")
    accounts.change_password(cat, STAFF_PASSWORDS["ana"], "brand-new-secret")
    with pytest.raises(PermissionDenied):
        cat.sign_in("ana", STAFF_PASSWORDS["ana"])
    assert cat.sign_in("ana", "brand-new-secret").username == "ana"
    (entry,) = entries(cat, "change_password")
    assert entry["user"] == "ana" and entry["detail"]["username"] == "ana"
    never_in_the_trail(cat, entry, "ana", "brand-new-secret")


def test_an_administrator_resets_another_persons_password_and_the_wait_with_it(cat):
    for minute in range(5):   # each after the wait of the one before
        with pytest.raises(PermissionDenied, match="password is wrong"):
            accounts.authenticate(cat.conn, "qm", "guess-guess", now=T0 + dt.timedelta(minutes=minute))
    assert accounts.failures(cat.conn, "qm")[0] == 5
    assert accounts.wait_before_next(cat.conn, "qm", T0 + dt.timedelta(minutes=4)) == 8
    with pytest.raises(CatalogueError, match="the user name or the full name"):
        accounts.reset_password(cat, "qm", "kwamemensah")
    with pytest.raises(CatalogueError, match="your own password"):
        accounts.reset_password(cat, "admin", "a-new-password")
    accounts.reset_password(cat, "qm", "handed-over-1")
    assert accounts.failures(cat.conn, "qm") == (0, None)
    assert cat.sign_in("qm", "handed-over-1").role == "quality_manager"
    (entry,) = entries(cat, "reset_password")
    assert entry["user"] == "admin" and entry["detail"]["username"] == "qm"
    never_in_the_trail(cat, entry, "qm", "handed-over-1")


def never_in_the_trail(cat, entry, username, password):
    """An account entry holds neither the password nor its stored hash: only digests (the hash is salted, so
    a digest of it tells nothing of the password), and what else the account row says."""
    stored = cat.conn.execute("SELECT password_hash FROM users WHERE username = ?", (username,)).fetchone()[0]
    text = json.dumps(entry["detail"])
    assert password not in text and stored not in text and stored.split("$")[-1] not in text
    assert set(entry["detail"]) == {"username", "account", "account_sha256"}
    assert "password_hash" not in entry["detail"]["account"]


def test_an_owner_without_accounts_has_no_password_to_change(tmp_path):
    with Catalogue.open(tmp_path / "bare", user="someone") as cat:
        with pytest.raises(CatalogueError, match="Only a signed-in account"):
            accounts.change_password(cat, "x" * 8, "y" * 8)
