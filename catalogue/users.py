"""Who is working, and what each role may do.

Separation of duties follows ISO/IEC 17025 practice: analysts keep the
records; only a quality manager disposes of a standard or authorises staff;
only an administrator manages accounts and settings.  A catalogue with no
accounts yet (a fresh install, before the first administrator is created) is
run by its owner, who may do everything.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from labnet.common.passwords import (  # noqa: F401  (the catalogue's names for them)
    FREE_FAILURES,
    MAX_DELAY_S,
    MAX_PASSWORD,
    MIN_PASSWORD,
    USERNAME_PATTERN,
    _common_passwords,
    password_problem,
    signin_delay,
    username_problem,
)

from . import vocab
from .errors import CatalogueError, Message, PermissionDenied

OWNER = "owner"  # the role of whoever works in a catalogue that has no accounts yet
# The role of whoever runs a read-only command in a catalogue that has accounts: recorded under the
# operating-system login, without a password, and allowed nothing that changes the catalogue.
READER = "reader"

PERMISSIONS = {
    "edit_records": {"analyst", "quality_manager", "administrator", OWNER},
    "dispose_standard": {"quality_manager", OWNER},
    "authorise_training": {"quality_manager", OWNER},
    "manage_users": {"administrator", OWNER},
    "change_settings": {"administrator", OWNER},
    "restore_backup": {"administrator", OWNER},
    "restore_version": {"administrator", "quality_manager", OWNER},   # a record's earlier values (history)
}

_DENIED = {
    "dispose_standard": Message("Only a quality manager may dispose of a reference standard."),
    "authorise_training": Message("Only a quality manager may authorise a training record."),
    "manage_users": Message("Only an administrator may manage user accounts."),
    "change_settings": Message("Only an administrator may change settings."),
    "restore_backup": Message("Only an administrator may restore a backup."),
    "restore_version": Message("Only an administrator or a quality manager may restore an earlier version of a record."),
    "edit_records": Message("Your account may not change records."),
}


@dataclass(frozen=True)
class Actor:
    username: str
    role: str

    def can(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]

    def require(self, permission: str) -> None:
        if not self.can(permission):
            role = vocab.ROLES.get(self.role, self.role).lower()
            raise PermissionDenied(Message("{rule} You are signed in as {user} ({role}).",
                                           rule=_DENIED[permission], user=self.username, role=role))


# scrypt parameters: ~16 MiB and ~50 ms per check, enough to slow guessing
# on a stolen workstation without making sign-in feel slow.
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${b64(salt)}${b64(digest)}"


def check_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def check_new_password(password: str, username: str = "", full_name: str = "") -> None:
    problem = password_problem(password, username, full_name)
    if problem is not None:
        raise CatalogueError(problem)


def check_username(username: str) -> None:
    problem = username_problem(username)
    if problem is not None:
        raise CatalogueError(problem)
