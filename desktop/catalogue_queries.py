"""Read-only catalogue questions the window asks, run on the catalogue worker.

No Qt here: every function takes the ``Catalogue`` the worker owns and returns
plain Python values that travel back to the GUI thread.  They build on the
public API of ``catalogue`` (``queries``, ``store``); the few places that need
more than that API offers say so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labnet.catalogue import database, queries, vocab
from labnet.catalogue.errors import PermissionDenied
from labnet.catalogue.queries import Query
from labnet.catalogue.record_reads import RecordReads
from labnet.catalogue.records import RECORD_TYPES
from labnet.catalogue.store import Catalogue, Record
from labnet.catalogue.users import OWNER, Actor
from labnet.desktop.i18n import catalogue_text, date_text, isolate, number, translate
from labnet.sync.outbox import pending_counts

# The role of the worker's catalogue while nobody has signed in yet: it may
# read (the window shows nothing until someone signs in) but change nothing,
# because no permission lists this role.
SIGNED_OUT = "signed_out"


def open_catalogue(path: str | Path, user: str) -> Catalogue:
    """Open the catalogue for the window.

    Without accounts (owner mode) ``user`` is who acts.  With accounts, the
    window asks who is working and checks the password, so until then the
    catalogue acts as nobody, whatever name the command line gave.
    """
    try:
        cat = Catalogue.open(path, user=user)
    except PermissionDenied:
        # ``user`` has no account here (or one changed outside LabNet, which may not act): open as a reader,
        # then at once as nobody; the window asks who is working.
        cat = Catalogue.open(path, user=user, reader=True)
    if has_accounts(cat):
        cat.actor = Actor(user, SIGNED_OUT)
    return cat


def has_accounts(cat: Catalogue) -> bool:
    return RecordReads(cat).has_active_account()


@dataclass
class SessionInfo:
    """Who is working, and what the login dialog needs to know."""

    has_accounts: bool
    username: str
    role: str
    full_name: str = ""
    users: list[Record] = field(default_factory=list)
    demo_password: str | None = None  # shown on the login dialog of the demo catalogue only
    demo_user: str | None = None


def session_info(cat: Catalogue) -> SessionInfo:
    users = [u for u in cat.users() if u.get("active")]
    names = {u["username"]: u["full_name"] for u in users}
    demo_password = demo_user = None
    try:
        from labnet.catalogue import demo
        if demo.is_demo_catalogue(cat):
            demo_password, demo_user = demo.DEMO_PASSWORD, demo.DEMO_DEFAULT_USER
    except ImportError:  # a version without the demo module
        pass
    return SessionInfo(has_accounts=bool(users), username=cat.actor.username, role=cat.actor.role,
                       full_name=names.get(cat.actor.username, ""), users=users,
                       demo_password=demo_password, demo_user=demo_user)


def sign_in(cat: Catalogue, username: str, password: str) -> SessionInfo:
    cat.sign_in(username, password)
    return session_info(cat)


def act_as_owner(cat: Catalogue) -> SessionInfo:
    return session_info(cat)


# -- the table views ---------------------------------------------------------------

@dataclass
class ViewCount:
    shown: int | None  # rows matching the query; None: not counted yet (a full first page)
    total: int         # rows of the record type
    first_page: list[Record]


def first_page(cat: Catalogue, q: Query, limit: int, columns: Sequence[str]) -> ViewCount:
    """The first page of a view, and its count when the page alone tells it.

    Counting a large match can take longer than reading its first rows, so the
    view shows the rows first and counts afterwards (``count_and_total``).
    """
    rows = fetch_page(cat, q, 0, limit, columns)
    return ViewCount(len(rows) if len(rows) < limit else None, -1, rows)


def count_and_total(cat: Catalogue, q: Query) -> tuple[int, int]:
    """Rows matching the view, and rows of its record type."""
    shown = queries.count(cat, q)
    return shown, shown if not (q.search.strip() or q.filters) else cat.count(q.kind)


def count_and_first_page(cat: Catalogue, q: Query, limit: int, columns: Sequence[str]) -> ViewCount:
    view = first_page(cat, q, limit, columns)
    view.shown, view.total = count_and_total(cat, q)
    return view


def fetch_page(cat: Catalogue, q: Query, offset: int, limit: int, columns: Sequence[str]) -> list[Record]:
    return queries.fetch(cat, q, offset=offset, limit=limit, columns=columns)


def export_view(cat: Catalogue, q: Query, path: str | Path, context: Any = None) -> int:
    """Write the records of a view (its search, filters and order) to a CSV or XLSX file.

    Reports progress while reading and stops when ``context`` says the user cancelled;
    nothing is written before every record has been read.
    """
    from labnet.catalogue.exporting import export_records

    total = queries.count(cat, q)

    def records() -> Iterator[Record]:
        for done, record in enumerate(queries.iterate(cat, q)):
            if context is not None and done % 500 == 0:
                context.progress(done, total, "")
            yield record
        if context is not None:
            context.progress(total, total, "")

    return export_records(cat, q.kind, path, records=records)


def count_view(cat: Catalogue, q: Query) -> int:
    return queries.count(cat, q)


def distinct(cat: Catalogue, kind: str, field_name: str) -> list[Any]:
    return queries.distinct_values(cat, kind, field_name)


def describe_record(rt: Any, record: dict[str, Any]) -> str:
    """How a record is named in a question: its code, and what it is.  Its data (code, substance, person, area)
    are isolated as the activity lines' are, so that in an Arabic question they keep their own order and the code
    reads first; in a left-to-right view the text is as before (``isolate`` adds nothing there)."""
    if rt.kind == "reference_sample":
        return f"{isolate(record.get('inventory_code'))} ({isolate(record.get('substance'))})"
    if rt.kind == "training_record":
        activity = rt.field("activity_type").choices.get(record.get("activity_type"), record.get("activity_type"))
        return translate("Activity", "{activity} “{area}” of {person}, {date}").format(
            activity=catalogue_text(activity or ""), area=isolate(record.get("competence_area")),
            person=isolate(record.get("staff_member")), date=date_text(record.get("started_on")))
    return isolate(record.get(rt.natural_key[0]))


# -- the dashboard ------------------------------------------------------------------

@dataclass
class DashboardData:
    today: str
    attention: queries.Attention
    counts: dict[str, int]
    unshared: int      # records changed since the hub last confirmed them (sync.outbox.pending_counts)
    recent: list[Activity] = field(default_factory=list)


def dashboard(cat: Catalogue, days: int = 30, today: dt.date | None = None) -> DashboardData:
    today = today or dt.date.today()
    return DashboardData(
        today=today.isoformat(),
        attention=queries.attention(cat, days, today=today),
        counts={kind: cat.count(kind) for kind in RECORD_TYPES},
        unshared=sum(pending_counts(cat).values()),
        recent=recent_activity(cat),
    )


@dataclass
class Activity:
    at: str            # UTC ISO time
    who: str           # full name, or user name
    text: str          # what was done, for a person
    kind: str | None = None
    record_id: str | None = None


def recent_activity(cat: Catalogue, limit: int = 6) -> list[Activity]:
    """The latest entries of the audit trail, told in words.  Data written in Latin script (a record's code, a
    person, a competence area, a unit, an account) is isolated, so that it keeps its order in an Arabic line as on
    the dashboard's cards; in a left-to-right view the text is as before (``isolate`` adds nothing there)."""
    names = {u["username"]: u["full_name"] for u in cat.users()}
    rows = RecordReads(cat).latest_audit_entries(limit)
    out = []
    for at, user, action, kind, record_id, detail in rows:
        info = json.loads(detail or "{}")
        rt = RECORD_TYPES.get(kind) if kind else None
        thing = catalogue_text(rt.label).lower() if rt else (kind or "")
        name = _record_name(cat, rt, record_id, info) if rt and record_id else ""
        if action == "insert":
            text = translate("Activity", "added {thing} {name}").format(thing=thing, name=name)
        elif action == "update":
            changed = [catalogue_text(rt.field(f).label).lower()
                       for f in info.get("changes", {}) if rt and rt.has_field(f)]
            text = (translate("Activity", "changed {thing} {name} ({fields})").format(
                thing=thing, name=name, fields=", ".join(changed[:3])) if changed else
                translate("Activity", "changed {thing} {name}").format(thing=thing, name=name))
        elif action == "delete":
            text = translate("Activity", "deleted {thing} {name}").format(thing=thing, name=name)
        elif action == "withdraw":
            text = translate("Activity", "recorded a withdrawal of {quantity} {unit} from {name}").format(
                quantity=number(float(info.get("quantity", 0))), unit=_datum(info.get("unit")), name=name)
        elif action == "import":
            n = info.get("inserted", 0)
            text = translate("Activity", "imported {n} {things}").format(
                n=number(n), things=catalogue_text(rt.plural).lower() if rt and n != 1 else thing)
        elif action == "add_user":
            role = info.get("role", "")
            text = translate("Activity", "added the account {user} ({role})").format(
                user=_datum(info.get("username")), role=catalogue_text(vocab.ROLES.get(role, role.replace("_", " "))))
        else:
            text = f"{action.replace('_', ' ')} {thing} {name}".strip()  # i18n: an action newer than this version
        out.append(Activity(at, names.get(user, user), " ".join(text.split()), kind, record_id))
    return out


def _record_name(cat: Catalogue, rt: Any, record_id: str, detail: dict[str, Any]) -> str:
    record = detail.get("record")
    if not record:
        record = RecordReads(cat).natural_key(rt.table, rt.natural_key, record_id)
    key = record.get(rt.natural_key[0])
    if rt.kind == "training_record" and record:
        return translate("Activity", "of {person} ({area})").format(person=_datum(record.get("staff_member")),
                                                                    area=_datum(record.get("competence_area")))
    return _datum(key)


def _datum(value: object) -> str:
    """A datum of an activity line (blank stays blank) in its own direction inside the line."""
    return isolate(value) if value else ""


# -- settings -----------------------------------------------------------------------

@dataclass
class CatalogueFacts:
    path: str
    data_dir: str
    schema: int
    latest_schema: int
    size_bytes: int
    counts: dict[str, int]
    users: list[Record]
    catalogue_id: str


def catalogue_facts(cat: Catalogue) -> CatalogueFacts:
    try:
        size = sum(p.stat().st_size for p in (cat.path, Path(f"{cat.path}-wal")) if p.exists())
    except OSError:
        size = 0
    return CatalogueFacts(
        path=str(cat.path), data_dir=str(cat.data_dir), schema=database.schema_version(cat.conn),
        latest_schema=database.LATEST, size_bytes=size,
        counts={kind: cat.count(kind) for kind in RECORD_TYPES},
        users=cat.users(), catalogue_id=cat.catalogue_id,
    )


def is_owner(role: str) -> bool:
    return role == OWNER


__all__ = ["SIGNED_OUT", "open_catalogue", "session_info", "sign_in", "first_page", "count_and_total", "count_and_first_page", "fetch_page",
           "dashboard", "catalogue_facts", "SessionInfo", "DashboardData", "CatalogueFacts",
           "ViewCount"]


def acting_as(info: Any, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``fn`` acting, on another worker's catalogue (the network worker's), as the person signed in to the window
    (``info``: the session's, or None), so the audit trail names them; the catalogue's actor is put back after."""
    def as_them(cat: Any) -> Any:
        before = cat.actor
        if info is not None and info.role != SIGNED_OUT:
            cat.actor = Actor(info.username, info.role)
        try:
            return fn(cat)
        finally:
            cat.actor = before
    return as_them
