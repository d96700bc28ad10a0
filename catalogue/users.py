"""Who is working, and what each role may do.

Separation of duties follows ISO/IEC 17025 practice: analysts keep the
records; only a quality manager disposes of a standard or authorises staff;
only an administrator manages accounts and settings.  A catalogue with no
accounts yet (a fresh install, before the first administrator is created) is
run by its owner, who may do everything.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

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
}

_DENIED = {
    "dispose_standard": Message("Only a quality manager may dispose of a reference standard."),
    "authorise_training": Message("Only a quality manager may authorise a training record."),
    "manage_users": Message("Only an administrator may manage user accounts."),
    "change_settings": Message("Only an administrator may change settings."),
    "restore_backup": Message("Only an administrator may restore a backup."),
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


# -- the rules for a new account, the same in the window and on the command line ----------------------

# ASCII only: two accounts must never look alike (a Cyrillic “а” in “аdmin”); the full name carries any script.
USERNAME_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9._-]{1,31}")
MIN_PASSWORD = 8
MAX_PASSWORD = 256  # longer would only make every sign-in hash a megabyte for nothing


def username_problem(username: str) -> Message | None:
    """Why ``username`` cannot name an account, or None."""
    if not USERNAME_PATTERN.fullmatch(username):
        return Message("“{user}” cannot be a user name: use 2 to 32 letters (a–z, without accents), digits, "
                       "dots, hyphens or underscores, starting with a letter.", user=username)
    return None


@functools.lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    # zxcvbn's list: the 30,000 most frequent passwords in public breach corpora.
    from zxcvbn.frequency_lists import FREQUENCY_LISTS
    return frozenset(FREQUENCY_LISTS["passwords"])


def password_problem(password: str, username: str = "", full_name: str = "") -> Message | None:
    """Why ``password`` is too easy to guess for this account, or None.

    The rules of NIST SP 800-63B: a minimum length, no password from lists of
    those most often used (also with digits or signs added at the end, the
    usual way people “strengthen” one), none made of the account's own name,
    and no composition rules (they make passwords harder to remember, not to
    guess)."""
    if len(password) < MIN_PASSWORD:
        return Message("The password must have at least {n} characters.", n=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        return Message("The password may have at most {n} characters.", n=MAX_PASSWORD)
    folded = password.casefold()
    squeezed = "".join(folded.split())
    names = {n.casefold() for n in (username, full_name, "".join(full_name.split())) if n.strip()}
    if squeezed in names or squeezed[::-1] in names:
        return Message("The password must not be the user name or the full name.")
    if len(set(folded)) < 4:
        return Message("The password must use at least 4 different characters.")
    common = _common_passwords()
    stem = folded.rstrip("0123456789!@#$%^&*?.,;:-_+=~ ")
    if folded in common or (len(stem) >= 4 and stem in common):
        return Message("This password is one of the most commonly used ones and would be guessed first; "
                       "choose another.")
    return None


def check_new_password(password: str, username: str = "", full_name: str = "") -> None:
    problem = password_problem(password, username, full_name)
    if problem is not None:
        raise CatalogueError(problem)


def check_username(username: str) -> None:
    problem = username_problem(username)
    if problem is not None:
        raise CatalogueError(problem)


# -- slowing down guesses ----------------------------------------------------------------------

FREE_FAILURES = 3        # typing mistakes cost nothing
MAX_DELAY_S = 15 * 60    # at most ~100 guesses a day on one account, once the delay has grown


def signin_delay(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` wrong passwords in a row:
    none for the first few, then doubling (2, 4, 8 … s) up to a quarter of an hour."""
    if failures < FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES + 1), MAX_DELAY_S)
