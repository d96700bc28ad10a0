"""Accounts: signing in, and their life cycle (add, disable, enable, passwords, roles).

The window and the command line both come here, so an account follows the
same rules wherever it is used: the user-name pattern and password rules of
``users``, the slowdown after wrong passwords (its counter kept in the
catalogue, so neither a new command-line process nor a restarted window
starts it again at zero), and an audit entry, naming who did it, for every
change to an account, carrying the digest of the account's row
(``account_digests``).  A disabled account cannot sign in; the entries made
under it stay as they are.  Nor can an account that is not as the audit
trail last recorded it (changed with another tool than LabNet).
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
import uuid
from typing import Any

from labnet.common import clock

from . import account_digests, audit, database, vocab
from .errors import CatalogueError, Message, NotFound, PermissionDenied
from .users import OWNER, READER, Actor, check_new_password, check_password, check_username, hash_password, signin_delay

_FAILURES_KEY = "signin_failures:"   # + the user name folded; in meta: "<count> <time of the last failure>"


@functools.lru_cache(maxsize=1)
def _no_such_user() -> str:
    """Checked against when the user name is unknown, so that a wrong name takes as long as a wrong password."""
    return hash_password("no such user: only timed, never matched")


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or clock.now()


def _stamp(moment: dt.datetime) -> str:
    return clock.stamp(moment)


def has_accounts(conn: sqlite3.Connection) -> bool:
    """Whether this catalogue is run by accounts (else by its owner, with no password).  A catalogue whose
    trail records accounts keeps them even when its ``users`` table was emptied outside LabNet (LabNet
    deletes no account): deleting them all must not hand the catalogue to whoever opens it."""
    return (conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None
            or account_digests.had_accounts(conn))


def accounts_deleted(conn: sqlite3.Connection) -> Message | None:
    """Why nobody can act in this catalogue when its accounts were all deleted outside LabNet; else None."""
    if conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None and account_digests.had_accounts(conn):
        return Message("This catalogue has no accounts left, though its audit trail records some: they were "
                       "deleted outside LabNet, so nobody may change it. Run “labnet audit verify” and tell your "
                       "quality manager; to keep working, restore a backup into another folder.")
    return None


# -- signing in ------------------------------------------------------------------------------------------

def failures(conn: sqlite3.Connection, username: str) -> tuple[int, dt.datetime | None]:
    """Wrong passwords in a row for ``username``, and when the last was typed."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_FAILURES_KEY + username.casefold(),)).fetchone()
    if row is None:
        return 0, None
    count, _, at = row[0].partition(" ")
    return int(count), clock.parse(at)


def wait_before_next(conn: sqlite3.Connection, username: str, now: dt.datetime | None = None) -> int:
    """Whole seconds ``username`` must still wait before a password is checked again (0: none)."""
    count, last = failures(conn, username)
    if last is None:
        return 0
    remaining = signin_delay(count) - (_now(now) - last).total_seconds()
    return max(0, int(-(-remaining // 1)))


def _record_failure(conn: sqlite3.Connection, username: str, count: int, now: dt.datetime) -> None:
    with database.transaction(conn):
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (_FAILURES_KEY + username.casefold(), f"{count} {_stamp(now)}"))


def _clear_failures(conn: sqlite3.Connection, username: str) -> None:
    with database.transaction(conn):
        conn.execute("DELETE FROM meta WHERE key = ?", (_FAILURES_KEY + username.casefold(),))


def authenticate(conn: sqlite3.Connection, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """The account ``username`` if ``password`` is its password and it is enabled; else PermissionDenied.

    After a few wrong passwords in a row, each further attempt must wait
    longer (``users.signin_delay``); an attempt made before the wait is over
    is refused without looking at the password, saying how long is left."""
    now = _now(now)
    row = conn.execute("SELECT id, username, role, password_hash, active FROM users WHERE username = ?",
                       (username,)).fetchone()
    if row is None:
        check_password(password, _no_such_user())
        raise PermissionDenied(accounts_deleted(conn) or
                               Message("The user name or password is wrong. Check both and try again."))
    name = row["username"]
    # Before the password: an account not as the trail last recorded it (added, promoted, enabled or given
    # another password with sqlite3) never signs in, whatever password is typed.
    tampered = account_digests.sign_in_problem(conn, row["id"])
    if tampered is not None:
        raise PermissionDenied(tampered)
    wait = wait_before_next(conn, name, now)
    if wait:
        raise PermissionDenied(Message("Too many wrong passwords for “{user}”: wait {seconds} s before trying "
                                       "again.", user=name, seconds=wait))
    if not check_password(password, row["password_hash"]):
        count = failures(conn, name)[0] + 1
        _record_failure(conn, name, count, now)
        delay = signin_delay(count)
        if delay:
            raise PermissionDenied(Message("The user name or password is wrong. After {count} wrong passwords in a "
                                           "row, the next attempt for “{user}” must wait {seconds} s.",
                                           count=count, user=name, seconds=delay))
        raise PermissionDenied(Message("The user name or password is wrong. Check both and try again."))
    if failures(conn, name)[0]:
        _clear_failures(conn, name)
    if not row["active"]:
        raise PermissionDenied(Message("The account “{user}” is disabled. Ask an administrator to enable it "
                                       "again.", user=name))
    return Actor(name, row["role"])


def sign_in(cat: Any, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    cat.actor = authenticate(cat.conn, username, password, now)
    return cat.actor


# -- the life cycle -------------------------------------------------------------------------------------

def _account(cat: Any, username: str) -> sqlite3.Row:
    row = cat.conn.execute("SELECT id, username, full_name, role, active FROM users WHERE username = ?",
                           (username,)).fetchone()
    if row is None:
        raise NotFound(Message("There is no account named “{user}” in this catalogue.", user=username))
    return row


def _administrators_left(cat: Any, without: str) -> int:
    return cat.conn.execute("SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1"
                            " AND username != ?", (without,)).fetchone()[0]


def _log(cat: Any, action: str, account: sqlite3.Row, **detail: Any) -> None:
    """The write's audit entry, with the digest of the account's row as the write left it."""
    audit.append(cat.conn, [audit.AuditEvent(_stamp(_now(None)), cat.actor.username, action, "user", account["id"],
                                             {"username": account["username"], **detail,
                                              **account_digests.recorded(cat.conn, account["id"])})])


def add_user(cat: Any, username: str, full_name: str, role: str, password: str | None = None) -> dict:
    """A new account.  Without a password it cannot sign in until an administrator sets one."""
    if has_accounts(cat.conn):
        cat.actor.require("manage_users")
    if role not in vocab.ROLES:
        raise CatalogueError(Message("“{role}” is not a role; use one of: {roles}.", role=role,
                                     roles=", ".join(vocab.ROLES)))
    username, full_name = username.strip(), full_name.strip()
    if not username or not full_name:
        raise CatalogueError(Message("A user needs a user name and a full name."))
    check_username(username)
    if password is not None:
        check_new_password(password, username, full_name)
    user = {"id": str(uuid.uuid4()), "username": username, "full_name": full_name,
            "role": role, "password_hash": hash_password(password) if password else None,
            "active": 1, "created_at": _stamp(_now(None)), "created_by": cat.actor.username}
    with database.transaction(cat.conn):
        if cat.conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
            raise CatalogueError(Message("There is already a user named “{user}”.", user=username))
        cat.conn.execute("INSERT INTO users (id, username, full_name, role, password_hash, active, created_at,"
                         " created_by) VALUES (:id, :username, :full_name, :role, :password_hash, :active,"
                         " :created_at, :created_by)", user)
        audit.append(cat.conn, [audit.AuditEvent(user["created_at"], cat.actor.username, "add_user", "user",
                                                 user["id"], {"username": username, "role": role,
                                                              **account_digests.recorded(cat.conn, user["id"])})])
    return {k: v for k, v in user.items() if k != "password_hash"}


def set_active(cat: Any, username: str, active: bool) -> None:
    """Disable an account (it can no longer sign in; its entries stay) or enable it again."""
    cat.actor.require("manage_users")
    with database.transaction(cat.conn):
        account = _account(cat, username)
        if bool(account["active"]) == active:
            return
        if not active:
            if account["username"].casefold() == cat.actor.username.casefold():
                raise CatalogueError(Message("You cannot disable your own account; another administrator can."))
            if account["role"] == "administrator" and not _administrators_left(cat, account["username"]):
                raise CatalogueError(Message("“{user}” is the last active administrator: enable or appoint "
                                             "another one first, or nobody could manage the accounts.",
                                             user=account["username"]))
        cat.conn.execute("UPDATE users SET active = ? WHERE id = ?", (int(active), account["id"]))
        if active:
            cat.conn.execute("DELETE FROM meta WHERE key = ?", (_FAILURES_KEY + account["username"].casefold(),))
        _log(cat, "enable_user" if active else "disable_user", account)


def set_role(cat: Any, username: str, role: str) -> None:
    cat.actor.require("manage_users")
    if role not in vocab.ROLES:
        raise CatalogueError(Message("“{role}” is not a role; use one of: {roles}.", role=role,
                                     roles=", ".join(vocab.ROLES)))
    with database.transaction(cat.conn):
        account = _account(cat, username)
        if account["role"] == role:
            return
        if (account["role"] == "administrator" and account["active"]
                and not _administrators_left(cat, account["username"])):
            raise CatalogueError(Message("“{user}” is the last active administrator: appoint another one first, "
                                         "or nobody could manage the accounts.", user=account["username"]))
        cat.conn.execute("UPDATE users SET role = ? WHERE id = ?", (role, account["id"]))
        _log(cat, "change_role", account, role=[account["role"], role])
    if account["username"].casefold() == cat.actor.username.casefold():
        cat.actor = Actor(cat.actor.username, role)


def change_password(cat: Any, old: str, new: str, now: dt.datetime | None = None) -> None:
    """The signed-in person changes their own password, proving the current one first."""
    if cat.actor.role in (OWNER, READER):
        raise CatalogueError(Message("Only a signed-in account has a password to change."))
    authenticate(cat.conn, cat.actor.username, old, now)
    account = _account(cat, cat.actor.username)
    check_new_password(new, account["username"], account["full_name"])
    if new == old:
        raise CatalogueError(Message("The new password is the same as the current one."))
    with database.transaction(cat.conn):
        cat.conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (hash_password(new), account["id"]))
        _log(cat, "change_password", account)


def reset_password(cat: Any, username: str, new: str) -> None:
    """An administrator sets another person's password (forgotten, or never set); the wait after wrong
    passwords ends with it."""
    cat.actor.require("manage_users")
    account = _account(cat, username)
    if account["username"].casefold() == cat.actor.username.casefold():
        raise CatalogueError(Message("To change your own password, change it with your current one; a reset is "
                                     "for another person's account."))
    check_new_password(new, account["username"], account["full_name"])
    with database.transaction(cat.conn):
        cat.conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (hash_password(new), account["id"]))
        cat.conn.execute("DELETE FROM meta WHERE key = ?", (_FAILURES_KEY + account["username"].casefold(),))
        _log(cat, "reset_password", account)
