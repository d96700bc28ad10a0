"""What the laboratory's printed reports say, gathered from the catalogue as plain data (no Qt, no layout).

Each function returns a ``Content``: a title and blocks (headings, sentences,
tables) whose words are ``Message``s or catalogue labels (``Word``), dates and
moments marked as such (``Day``, ``Moment``) so the desktop's report module
(``labnet.desktop.reports``) says them in the reader's language and lays them out;
``Printed`` says who printed it, when, from which laboratory and with which LabNet.
The delivery report, which reads the outbox, is gathered in ``labnet.sync.delivery_report``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from labnet.common.messages import Number

from .custody import usage_log
from .errors import CatalogueError, Message
from .records import record_type
from .store import Catalogue


class Word(str):
    """A label of the catalogue's own ("In use", "Proficiency test", a field's label): said in the reader's
    language."""


class Day(str):
    """An ISO date (written the reader's way)."""


class Moment(str):
    """An ISO timestamp in UTC (written in the reader's local time)."""


class Amount(str):
    """Amounts and their unit as Python writes them ("168.4 / 200 mg"): written with the reader's digits and
    decimal mark (an Arabic register's stock column said "168.4" beside its dates in Arabic-Indic digits)."""


@dataclass(frozen=True)
class Printed:
    laboratory: str
    by: str
    at: dt.datetime          # aware, UTC
    software: str


def printed(laboratory: str, by: str, *, now: dt.datetime | None = None) -> Printed:
    from labnet import __version__

    return Printed(laboratory, by, (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC), f"LabNet {__version__}")


@dataclass
class Table:
    header: list[Any]
    rows: list[list[Any]]


@dataclass
class Content:
    """One report: its kind (register, competence, matrix, audit, delivery), title and blocks in order.

    A block is ("heading", Message), ("paragraph", Message) or ("table", Table)."""

    kind: str
    title: Message
    blocks: list[tuple[str, Any]] = field(default_factory=list)

    def heading(self, text: Message) -> None:
        self.blocks.append(("heading", text))

    def paragraph(self, text: Message) -> None:
        self.blocks.append(("paragraph", text))

    def table(self, header: list[Any], rows: list[list[Any]]) -> None:
        self.blocks.append(("table", Table(header, rows)))

    def facts(self, rows: list[list[Any]]) -> None:
        """A two-column table of labels and values, without a header."""
        self.blocks.append(("table", Table([], rows)))


def _label(kind: str, name: str) -> Word:
    return Word(record_type(kind).field(name).label)


def _choice(kind: str, name: str, code: Any) -> Any:
    choices = record_type(kind).field(name).choices or {}
    return Word(choices[code]) if code in choices else (code or "")


def _day(value: Any) -> Any:
    return Day(value) if value else ""


def _quantity(value: Any, unit: Any) -> str:
    return "" if value is None else Amount(f"{value:g} {unit or ''}".strip())


def _stock(sample: dict[str, Any]) -> str:
    left, whole = sample.get("remaining_quantity"), sample.get("quantity")
    if left is None and whole is None:
        return ""
    said = "—" if left is None else f"{left:g}"
    return Amount(f"{said} / {_quantity(whole, sample.get('unit')) or '—'}")


# -- the reference-standard register ---------------------------------------------------------------------
SAMPLE = "reference_sample"


def register(cat: Catalogue, *, today: dt.date | None = None) -> Content:
    """Every reference standard: its certificate, expiry, status and stock."""
    today = today or dt.date.today()
    content = Content("register", Message("Register of reference standards"))
    samples = sorted(cat.iter_records(SAMPLE), key=lambda r: (r.get("inventory_code") or "", r["id"]))
    if not samples:
        content.paragraph(Message("The register holds no reference standard."))
        return content
    expired = sum(1 for s in samples if s.get("expiry_on") and s["expiry_on"] < today.isoformat()
                  and s.get("status") not in ("consumed", "disposed"))
    no_certificate = sum(1 for s in samples if not s.get("certificate"))
    content.paragraph(Message.plural("{n:,} reference standard, as on {day}.", "{n:,} reference standards, as on "
                                     "{day}.", len(samples), day=Day(today.isoformat())))
    content.paragraph(Message("Past their expiry date and not consumed or disposed of: {expired}. Without an "
                              "attached certificate: {missing}.", expired=expired, missing=no_certificate))
    names = cat_certificates(cat, [s.get("certificate") for s in samples])
    content.table([_label(SAMPLE, n) for n in ("inventory_code", "substance", "lot", "certificate", "expiry_on",
                                                "status", "remaining_quantity")],
                  [[s.get("inventory_code") or "", s.get("substance") or "", s.get("lot") or "",
                    names.get(s.get("certificate") or "", Message("none")),
                    _day(s.get("expiry_on")), _choice(SAMPLE, "status", s.get("status")),
                    _stock(s)]
                   for s in samples])
    return content


def cat_certificates(cat: Catalogue, digests: list[Any]) -> dict[str, str]:
    """The file name of each attached certificate, by its SHA-256 (the name and the digest's first 12 digits)."""
    wanted = sorted({d for d in digests if d})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = cat.conn.execute(f"SELECT sha256, filename FROM attachments WHERE sha256 IN "
                                f"({', '.join('?' * len(chunk))})", chunk)
        found.update({sha: f"{name} ({sha[:12]})" for sha, name in rows})
    return {d: found.get(d, f"{d[:12]}…") for d in wanted}


def custody(cat: Catalogue, code: str) -> Content:
    """One standard (by inventory code or id): what it is, and its custody history (every withdrawal from the
    usage log, every change from the audit trail)."""
    sample = cat.find(SAMPLE, {"inventory_code": code})
    if sample is None:
        try:
            sample = cat.get(SAMPLE, code)
        except CatalogueError:
            raise CatalogueError(Message("No reference standard has the inventory code or id “{code}”.",
                                         code=code)) from None
    content = Content("custody", Message("Custody history of reference standard {code}",
                                         code=sample.get("inventory_code") or sample["id"]))
    certificate = cat_certificates(cat, [sample.get("certificate")]).get(sample.get("certificate") or "")
    content.facts([[_label(SAMPLE, "substance"), sample.get("substance") or ""],
                   [_label(SAMPLE, "provider"), sample.get("provider") or ""],
                   [_label(SAMPLE, "lot"), sample.get("lot") or ""],
                   [_label(SAMPLE, "certificate"), certificate or Message("none")],
                   [_label(SAMPLE, "received_on"), _day(sample.get("received_on"))],
                   [_label(SAMPLE, "expiry_on"), _day(sample.get("expiry_on"))],
                   [_label(SAMPLE, "status"), _choice(SAMPLE, "status", sample.get("status"))],
                   [_label(SAMPLE, "quantity"), _quantity(sample.get("quantity"), sample.get("unit"))],
                   [_label(SAMPLE, "remaining_quantity"),
                    _quantity(sample.get("remaining_quantity"), sample.get("unit"))],
                   [_label(SAMPLE, "storage_location"), sample.get("storage_location") or ""]])
    content.heading(Message("Withdrawals (usage log)"))
    uses = usage_log(cat, sample["id"])
    if uses:
        content.table([Message("No."), Message("Taken at"), Message("Quantity"), Message("Left after"),
                       Message("Withdrawn by"), Message("Case"), Message("Purpose")],
                      [[u["entry_number"], Moment(u["taken_at"]), _quantity(u["quantity"], u["unit"]),
                        _quantity(u["remaining_after"], sample.get("unit")), u["withdrawn_by"],
                        u.get("case_number") or "", u.get("purpose") or ""] for u in uses])
    else:
        content.paragraph(Message("Nothing has been withdrawn from this standard."))
    content.heading(Message("Changes (audit trail)"))
    content.table([Message("Entry"), Message("When"), Message("Who"), Message("Action"), Message("What")],
                  [[e["seq"], Moment(e["at"]), e["user"], Word(e["action"]), _detail(e["detail"])]
                   for e in cat.audit_entries(SAMPLE, sample["id"])])
    return content


def _detail(detail: Any) -> str:
    """An audit entry's detail, briefly: the fields it changed (old → new when short), else its short values."""
    if not isinstance(detail, dict):
        return str(detail or "")
    changes = detail.get("changes")
    if isinstance(changes, dict):
        parts = [f"{key}: {_short(pair[0])} → {_short(pair[1])}" if isinstance(pair, list) and len(pair) == 2
                 else f"{key}: {_short(pair)}" for key, pair in changes.items()]
    else:
        parts = [f"{key}: {_short(value)}" for key, value in detail.items()
                 if not key.endswith("sha256") and key not in _UNSAID]
    text = "; ".join(parts)
    return text if len(text) <= 300 else text[:299] + "…"


# What an entry's detail holds that the report leaves out: ids and bookkeeping that the other columns say.
_UNSAID = ("id", "change_log", "record", "account", "recorded_at", "recorded_by", "quantity_in_sample_unit",
           "entry_number")


def _short(value: Any) -> str:
    if value is None:
        return "—"
    text = str(value)
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return text[:12] + "…"   # a digest
    return text if len(text) <= 60 else text[:59] + "…"


# -- competence --------------------------------------------------------------------------------------------
TRAINING = "training_record"
_LEARNING = ("course", "workshop", "supervised_practice", "competence_assessment")


def _staff_records(cat: Catalogue, staff: str | None = None) -> list[dict[str, Any]]:
    sql, params = "SELECT id FROM training_records", []
    if staff is not None:
        sql, params = sql + " WHERE staff_member = ? COLLATE NOCASE", [staff]
    ids = [r[0] for r in cat.conn.execute(sql, params)]
    return sorted((cat.get(TRAINING, i) for i in ids),
                  key=lambda r: (r.get("started_on") or "", r.get("competence_area") or "", r["id"]))


def _standing(record: dict[str, Any], today: str) -> Message:
    due = record.get("requalification_due")
    if not due:
        return Message("no requalification date")
    return Message("overdue") if due < today else Message("current")


def competence(cat: Catalogue, staff: str, *, today: dt.date | None = None) -> Content:
    """A staff member's competence record: training, authorisations with their requalification dates, and
    proficiency-test results."""
    day = (today or dt.date.today()).isoformat()
    records = _staff_records(cat, staff)
    if not records:
        raise CatalogueError(Message("No training record names the staff member “{staff}”.", staff=staff))
    name = records[0]["staff_member"]
    content = Content("competence", Message("Competence record of {staff}", staff=name))
    content.paragraph(Message.plural("{n:,} training record, as on {day}.", "{n:,} training records, as on {day}.",
                                     len(records), day=Day(day)))
    sections = (
        (Message("Training"), [r for r in records if r.get("activity_type") in _LEARNING],
         [Message("Started"), _label(TRAINING, "competence_area"), _label(TRAINING, "activity_type"),
          _label(TRAINING, "title"), _label(TRAINING, "provider"), _label(TRAINING, "hours"),
          _label(TRAINING, "outcome")],
         lambda r: [_day(r.get("started_on")), r.get("competence_area") or "",
                    _choice(TRAINING, "activity_type", r.get("activity_type")), r.get("title") or "",
                    r.get("provider") or "", "" if r.get("hours") is None else Number(r["hours"], "g"),
                    _choice(TRAINING, "outcome", r.get("outcome"))]),
        (Message("Authorisations and requalifications"),
         [r for r in records if r.get("activity_type") == "authorisation" or
          (r.get("requalification_due") and r.get("activity_type") not in _LEARNING + ("proficiency_test",))],
         [Message("Authorised on"), _label(TRAINING, "competence_area"), _label(TRAINING, "authorised_by"),
          _label(TRAINING, "requalification_due"), Message("Standing")],
         lambda r: [_day(r.get("started_on")), r.get("competence_area") or "", r.get("authorised_by") or "",
                    _day(r.get("requalification_due")), _standing(r, day)]),
        (Message("Proficiency tests"), [r for r in records if r.get("activity_type") == "proficiency_test"],
         [Message("Date"), _label(TRAINING, "competence_area"), _label(TRAINING, "pt_scheme"),
          _label(TRAINING, "pt_round"), _label(TRAINING, "z_score"), _label(TRAINING, "outcome")],
         lambda r: [_day(r.get("started_on")), r.get("competence_area") or "", r.get("pt_scheme") or "",
                    r.get("pt_round") or "", "" if r.get("z_score") is None else Number(r["z_score"], "+.2f"),
                    _choice(TRAINING, "outcome", r.get("outcome"))]),
    )
    for heading, rows, header, cells in sections:
        content.heading(heading)
        if rows:
            content.table(header, [cells(r) for r in rows])
        else:
            content.paragraph(Message("None recorded."))
    return content


def matrix(cat: Catalogue, *, today: dt.date | None = None) -> Content:
    """The laboratory's competence matrix: each member of staff against each competence area, with the date
    their latest authorisation falls due for requalification."""
    day = (today or dt.date.today()).isoformat()
    content = Content("matrix", Message("Competence matrix"))
    records = _staff_records(cat)
    if not records:
        content.paragraph(Message("The catalogue holds no training record."))
        return content
    staff = sorted({r["staff_member"] for r in records if r.get("staff_member")})
    areas = sorted({r["competence_area"] for r in records if r.get("competence_area")})
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    trained: set[tuple[str, str]] = set()
    for r in records:   # oldest first: the last authorisation seen is the latest
        key = (r.get("staff_member") or "", r.get("competence_area") or "")
        trained.add(key)
        if r.get("activity_type") == "authorisation":
            latest[key] = r
    content.paragraph(Message("As on {day}. Each cell gives the latest authorisation's requalification date "
                              "(“overdue” when it has passed); “in training” when there are records but no "
                              "authorisation; empty when there is nothing.", day=Day(day)))

    def cell(person: str, area: str) -> Any:
        record = latest.get((person, area))
        if record is None:
            return Message("in training") if (person, area) in trained else ""
        due = record.get("requalification_due")
        if not due:
            return Message("authorised")
        return Message("overdue since {day}", day=Day(due)) if due < day else Day(due)

    content.table([_label(TRAINING, "staff_member")] + list(areas),
                  [[person] + [cell(person, area) for area in areas] for person in staff])
    return content


# -- the audit trail -----------------------------------------------------------------------------------------
# What ``labnet audit verify`` proves and what it cannot, said with every result (also in docs/catalogue.md).
AUDIT_PROVES = Message(
    "What this proves: no entry of the audit trail was altered, removed or added, and every record, "
    "deletion, account and attached file is exactly as LabNet last recorded it; a change made with another tool "
    "(sqlite3, a hex editor, one table copied from elsewhere) is named above.")
AUDIT_CANNOT = Message(
    "What it cannot prove: someone who has the catalogue file and recomputes every digest, the whole chain "
    "and its head can make a forgery this check accepts (a copy of the chain's head kept elsewhere, such as "
    "a backup, shows it); and a change made through LabNet is not hidden but recorded, with who and when, "
    "in the audit trail.")
AUDIT_SCOPE = f"{AUDIT_PROVES}\n{AUDIT_CANNOT}"
MOST_ENTRIES = 20_000   # an extract longer than this is refused: a narrower period says what is wanted


def record_entries(cat: Catalogue, given: str) -> tuple[str, list[dict[str, Any]]]:
    """The audit entries of one record, found by id, inventory code or lab sample number (with its label)."""
    for kind, key in ((SAMPLE, "inventory_code"), ("profiling_result", "lab_sample_number")):
        found = cat.find(kind, {key: given})
        if found is not None:
            return given, cat.audit_entries(kind, found["id"])
    rows = cat.conn.execute("SELECT seq FROM audit_log WHERE record_id = ? LIMIT 1", (given,)).fetchone()
    if rows is None:
        raise CatalogueError(Message("The audit trail names no record “{record}” (an id, an inventory code or a "
                                     "lab sample number).", record=given))
    return given, cat.audit_entries(None, given)


def period_entries(cat: Catalogue, since: dt.date, until: dt.date) -> list[dict[str, Any]]:
    """The audit entries made from ``since`` to ``until`` (whole UTC days, both included)."""
    if until < since:
        raise CatalogueError(Message("The period ends ({until}) before it begins ({since}).",
                                     until=until.isoformat(), since=since.isoformat()))
    end = (until + dt.timedelta(days=1)).isoformat()
    count = cat.conn.execute("SELECT count(*) FROM audit_log WHERE at >= ? AND at < ?",
                             (since.isoformat(), end)).fetchone()[0]
    if count > MOST_ENTRIES:
        raise CatalogueError(Message("The period holds {count:,} audit entries, more than a report of {most:,} "
                                     "can show; choose a shorter period.", count=count, most=MOST_ENTRIES))
    rows = cat.conn.execute("SELECT * FROM audit_log WHERE at >= ? AND at < ? ORDER BY seq",
                            (since.isoformat(), end))
    import json

    return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]


def audit_extract(entries: list[dict[str, Any]], what: Message, verification: Any) -> Content:
    """The entries (``record_entries`` or ``period_entries``) and the whole catalogue's verification
    (``Catalogue.verify``: an ``integrity.IntegrityReport``) with what that check proves and cannot."""
    content = Content("audit", Message("Extract of the audit trail"))
    content.paragraph(what)
    if entries:
        content.table([Message("Entry"), Message("When"), Message("Who"), Message("Action"), Message("Record"),
                       Message("What"), Message("Hash")],
                      [[e["seq"], Moment(e["at"]), e["user"], Word(e["action"]),
                        f"{e.get('kind') or ''} {(e.get('record_id') or '')[:13]}".strip(), _detail(e["detail"]),
                        e["hash"][:12] + "…"] for e in entries])
    else:
        content.paragraph(Message("No audit entry falls in this extract."))
    content.heading(Message("Verification of the whole catalogue"))
    if verification.ok:
        content.paragraph(Message("Everything matches the audit trail: {entries:,} entries chained one to the next; "
                                  "{records:,} records, {deleted:,} deletions, {accounts:,} accounts and {files:,} "
                                  "attached files as the trail last recorded them.", entries=verification.entries,
                                  records=verification.records, deleted=verification.deleted,
                                  accounts=verification.accounts, files=verification.attachments))
    else:
        content.paragraph(Message("The catalogue does not match its audit trail ({count:,} findings). Keep this "
                                  "catalogue as it is for investigation and tell your quality manager.",
                                  count=len(verification.problems)))
        content.table([Message("Finding")], [[problem] for problem in verification.problems])
    for note in verification.notes:
        content.paragraph(note)
    content.paragraph(AUDIT_PROVES)
    content.paragraph(AUDIT_CANNOT)
    return content
