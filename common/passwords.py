"""The rules for a password and an account name, and how fast guesses may go: the same for the laboratory's
catalogue accounts (``labnet.catalogue.users``) and the hub's named administrators (``labnet.hub.admins``),
which may not import the catalogue; here, at the bottom, both can.
"""

from __future__ import annotations

import functools
import re

from .messages import Message

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


# -- slowing down guesses ----------------------------------------------------------------------

FREE_FAILURES = 3        # typing mistakes cost nothing
MAX_DELAY_S = 15 * 60    # at most ~100 guesses a day on one account, once the delay has grown


def signin_delay(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` wrong passwords in a row:
    none for the first few, then doubling (2, 4, 8 … s) up to a quarter of an hour."""
    if failures < FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES + 1), MAX_DELAY_S)
