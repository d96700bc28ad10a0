"""What to tell staff without their opening the dashboard (Qt-free): standards expiring or expired,
requalifications falling due or overdue — and which of those have not been told yet today.

The desktop asks at start and once a day while it runs (``labnet.desktop.notifications``); each item is
announced at most once a day, however often the list is refreshed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import queries

if TYPE_CHECKING:
    from .store import Catalogue

DAYS_AHEAD = 30   # as the dashboard's cards

EXPIRED, EXPIRING = "expired", "expiring"
OVERDUE, DUE = "requalification_overdue", "requalification_due"


@dataclass(frozen=True)
class Notice:
    reason: str          # EXPIRED, EXPIRING, OVERDUE or DUE
    kind: str            # the record's kind, to open it
    record_id: str
    due_on: str          # ISO date: the expiry or the requalification
    days_left: int       # negative once past
    subject: str         # the standard's code, or the staff member
    detail: str          # the substance, or the competence area

    @property
    def key(self) -> str:
        """One item's identity across refreshes and days (a standard that passes its expiry is told again)."""
        return f"{self.reason}:{self.record_id}"


def due_notices(cat: Catalogue, today: dt.date | None = None, days: int = DAYS_AHEAD) -> list[Notice]:
    """Everything to tell today, the most urgent first."""
    today = today or dt.date.today()
    notices = [Notice(EXPIRED if s["days_left"] < 0 else EXPIRING, "reference_sample", s["id"], s["expiry_on"],
                      s["days_left"], s["inventory_code"], s["substance"] or "")
               for s in queries.expiring_samples(cat, days, today=today)]
    notices += [Notice(OVERDUE if r["days_left"] < 0 else DUE, "training_record", r["id"], r["requalification_due"],
                       r["days_left"], r["staff_member"], r["competence_area"] or "")
                for r in queries.requalifications_due(cat, days, today=today)]
    return sorted(notices, key=lambda n: (n.days_left, n.subject))


def to_announce(notices: list[Notice], announced: Mapping[str, str],
                today: dt.date) -> tuple[list[Notice], dict[str, str]]:
    """The notices not announced yet ``today``, and the record of announcements to keep (``key`` → ISO
    date), pruned of items no longer due."""
    day = today.isoformat()
    fresh = [n for n in notices if announced.get(n.key) != day]
    return fresh, {n.key: day for n in notices}
