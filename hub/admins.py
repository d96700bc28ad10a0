"""The hub's named administrators: two roles, their own passwords, short sessions, and a record of each act.

- **network-admin** may do everything the administration API offers; **reviewer** may read all of it
  (every ``GET /v1/admin/…``) and change nothing (its ``POST`` is refused 403 ``admin-role-forbidden``).
- A password is kept as an Argon2id hash (OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane;
  0.03-0.05 s of CPU per check measured here) and follows the catalogue accounts' rules (``labnet.common.passwords``).
- ``POST /v1/admin/session`` with a name and password gives a session token valid for an hour; only its
  digest is stored.  After three wrong passwords in a row the next attempt waits 2, 4, 8 … s (at most a
  quarter of an hour); an attempt before then is refused 429 ``admin-sign-in-delayed``, right password or not.
- A hub made before named administrators had one shared token: its migration turned it into the account
  ``admin`` (network administrator) without a password, and that token now serves once, to set the password
  (``POST /v1/admin/first-password``); ``labnet-hub init`` makes the same one-time token for a new hub.
- Every act is an entry in the hub's audit trail (``labnet.hub.audit``); an account's change, a sign-in and its
  entry are one transaction.
"""

from __future__ import annotations

import datetime as dt
import getpass
import secrets

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from labnet.common.passwords import password_problem, signin_delay, username_problem

from .errors import Forbidden, HubError, Unauthenticated
from .store import HubStore
from .store_admins import NETWORK_ADMIN, REVIEWER, ROLES, Admin
from .store_labs import digest

SESSION_LIFETIME = dt.timedelta(hours=1)
FIRST_ADMIN = "admin"


def _kdf(salt: bytes) -> Argon2id:
    return Argon2id(salt=salt, length=32, iterations=2, lanes=1, memory_cost=19 * 1024)


# Checked when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY = _kdf(b"labnet-no-admin!").derive_phc_encoded(b"nobody")


class SignInDelayed(HubError):
    code = "admin-sign-in-delayed"

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


def hash_password(password: str) -> str:
    return _kdf(secrets.token_bytes(16)).derive_phc_encoded(password.encode("utf-8"))


def password_matches(password: str, stored: str | None) -> bool:
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), stored or _DUMMY)
    except (InvalidKey, ValueError):
        return False
    return stored is not None


def local_actor() -> str:
    """Who acts through ``labnet-hub`` on the hub's machine: the operating-system login."""
    try:
        return "local:" + getpass.getuser()
    except (KeyError, OSError):   # no login name (a container's numeric user)
        return "local:?"


def utc_text(when: str) -> str:
    """An ISO 8601 date or time as the hub stores its times (UTC, to the second), to compare with them; a time
    without a zone is UTC."""
    try:
        moment = dt.datetime.fromisoformat(when.strip())
    except ValueError:
        raise HubError(f"“{when}” is not an ISO 8601 date or time (e.g. 2026-12-01)") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC).replace(
        microsecond=0).isoformat()


def check_new_account(name: str, role: str) -> None:
    if (problem := username_problem(name)) is not None:
        raise HubError(problem)
    if role not in ROLES:
        raise HubError(f"“{role}” is not a role; choose {NETWORK_ADMIN} or {REVIEWER}")


def check_new_password(password: str, name: str) -> None:
    if (problem := password_problem(password, name)) is not None:
        raise HubError(problem, code="admin-password-weak")


def record(store: HubStore, actor: str, action: str, target: str = "", **detail: object) -> None:
    """One audit entry in a transaction of its own (for acts whose own writes are already committed)."""
    with store.transaction() as conn:
        store.admins.record(conn, actor, action, target, detail)


# -- account changes ------------------------------------------------------------------------------------------
def add(store: HubStore, actor: str, name: str, role: str, password: str) -> Admin:
    check_new_account(name, role)
    check_new_password(password, name)
    hashed = hash_password(password)
    with store.transaction() as conn:
        store.admins.add(conn, name, role, hashed)
        store.admins.record(conn, actor, "admin.add", name, {"role": role})
    return store.admins.account(name)


def add_first(store: HubStore) -> str:
    """A new hub's first account, ``admin`` (network administrator), with a one-time set-up token (returned)."""
    token = "lnadm_" + secrets.token_urlsafe(32)
    with store.transaction() as conn:
        store.admins.add(conn, FIRST_ADMIN, NETWORK_ADMIN, None, digest(token))
        store.admins.record(conn, local_actor(), "admin.add", FIRST_ADMIN,
                            {"role": NETWORK_ADMIN, "password": "to be set with the one-time token"})
    return token


def set_enabled(store: HubStore, actor: str, name: str, enabled: bool) -> bool:
    with store.transaction() as conn:
        changed = store.admins.set_enabled(conn, name, enabled)
        if changed:
            store.admins.record(conn, actor, "admin.enable" if enabled else "admin.disable", name, {})
    return changed


def set_password(store: HubStore, actor: str, name: str, password: str) -> None:
    store.admins.account(name)
    check_new_password(password, name)
    hashed = hash_password(password)
    with store.transaction() as conn:
        store.admins.set_password(conn, name, hashed)
        store.admins.record(conn, actor, "admin.password", name, {})


# -- signing in ---------------------------------------------------------------------------------------------------
def sign_in(store: HubStore, name: str, password: str, client: str) -> dict:
    """Check ``name``'s password; a session (``{"token", "expires_at", "name", "role"}``) or a refusal."""
    account = store.admins.get(name)
    now = store.clock()
    if account is not None and account.next_attempt_at:
        wait = (dt.datetime.fromisoformat(account.next_attempt_at) - now).total_seconds()
        if wait > 0:
            record(store, f"client:{client}", "admin.sign-in-delayed", name)
            raise SignInDelayed("too many wrong passwords for this administrator; wait before trying again",
                                retry_after=max(1, int(wait + 0.999)))
    right = password_matches(password, account.password_hash if account else None)
    if account is None or not right:
        with store.transaction() as conn:
            if account is not None:
                failures = account.failures + 1
                delay = signin_delay(failures)
                store.admins.note_failure(conn, name, failures,
                                          (now + dt.timedelta(seconds=delay)).isoformat() if delay else None)
            store.admins.record(conn, f"client:{client}", "admin.sign-in-failed", name[:64],
                                {"known": account is not None})
        raise Unauthenticated("the administrator's name or password is wrong", code="admin-sign-in-failed")
    if not account.enabled:
        record(store, name, "admin.sign-in-refused", name, reason="disabled")
        raise Forbidden(f"the administrator account “{name}” is disabled", code="admin-disabled")
    return _session(store, account, client, "admin.sign-in")


def set_first_password(store: HubStore, token: str, password: str, client: str) -> dict:
    """Spend a one-time set-up token (a new hub's, or the shared token of a hub made before named
    administrators): its account gets ``password`` and a session."""
    account = store.admins.setup_account(token.strip()) if token.strip() else None
    if account is None:
        record(store, f"client:{client}", "admin.first-password-failed")
        raise Unauthenticated("this one-time administrator token is unknown or was already used; sign in with "
                              "a name and password", code="admin-token-required")
    check_new_password(password, account.name)
    hashed = hash_password(password)
    with store.transaction() as conn:
        store.admins.set_password(conn, account.name, hashed)
        store.admins.record(conn, f"client:{client}", "admin.password", account.name, {"with": "one-time token"})
    return _session(store, store.admins.account(account.name), client, "admin.sign-in")


def _session(store: HubStore, account: Admin, client: str, action: str) -> dict:
    with store.transaction() as conn:
        token, expires = store.admins.new_session(conn, account.name, SESSION_LIFETIME)
        store.admins.record(conn, account.name, action, account.name, {"client": client})
    return {"token": token, "expires_at": expires, "name": account.name, "role": account.role}


def admin_for(store: HubStore, authorization: str | None, *, change: bool) -> Admin:
    """The administrator an ``Authorization: Bearer`` session speaks for, allowed to ``change`` things or not."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("sign in as a hub administrator first (POST /v1/admin/session), then send "
                              "Authorization: Bearer <session token>", code="admin-token-required")
    account = store.admins.session_admin(token.strip())
    if change and account.role != NETWORK_ADMIN:
        raise Forbidden(f"“{account.name}” is a {account.role}: this needs a network administrator",
                        code="admin-role-forbidden")
    return account
