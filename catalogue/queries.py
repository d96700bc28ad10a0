"""Finding records: search, filters, sorting and paging in SQL, and the
questions the dashboard asks every morning (what expires, what runs low, who
must requalify).

Everything here builds SQL from the record definitions; field names are checked
against them and values are always bound parameters, so nothing a user types
ever becomes SQL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import CatalogueError, Message
from .records import SYSTEM_FIELDS, RecordType, record_type
from .store import Catalogue, Record, from_row

_OPS = {"=": "=", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">=", "in": "IN",
        "is_null": "IS NULL", "not_null": "IS NOT NULL", "contains": "LIKE", "low_stock": ""}
# A standard is low in stock at or below its low-stock level; without one, at a tenth of what was received
# (the dashboard's card and the table's "Low in stock" filter both ask this).
LOW_STOCK_SQL = ("{t}.remaining_quantity IS NOT NULL"
                 " AND {t}.remaining_quantity <= coalesce({t}.low_stock_level, 0.1 * {t}.quantity)")


@dataclass(frozen=True)
class Filter:
    field: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class Query:
    """A view of one record type: what the table shows, page by page."""

    kind: str
    search: str = ""
    filters: tuple[Filter, ...] = ()
    order_by: str | None = None
    descending: bool = False


def fts_expression(text: str) -> str:
    """User text to an FTS5 query: every term must match, its end as a prefix.

    A term is what the user separated by spaces; punctuation inside it keeps
    its parts together as a phrase, so "RS-20" finds the code RS-2024-001 but
    not a record that merely mentions "RS" and "20…" apart.  A phrase ending in
    a single character is matched exactly: a one-letter prefix expands to a
    large part of the index (about a second on a million records).
    Everything is quoted: FTS5 operators typed by a user are plain text.
    """
    phrases = []
    for term in text.split():
        words = re.findall(r"\w+", term, flags=re.UNICODE)
        if words:
            star = "*" if len(words[-1]) > 1 else ""
            phrases.append('"' + " ".join(words) + '"' + star)
    return " AND ".join(phrases)


def _source(rt: RecordType, q: Query) -> tuple[str, str, list[Any]]:
    """FROM and WHERE for a query, and their parameters.

    With a search in the default order, rows are read by walking the
    full-text matches in rowid order (CROSS JOIN pins that order): no sorting
    at all, and SQLite never re-runs the full-text query once per table row,
    which a plain join lets its planner do.
    """
    clauses, params = [], []
    source = rt.table
    expr = fts_expression(q.search) if q.search.strip() else ""
    if expr and q.order_by is None:
        source = f"{rt.table}_fts CROSS JOIN {rt.table} ON {rt.table}.pk = {rt.table}_fts.rowid"
        clauses.append(f"{rt.table}_fts MATCH ?")
        params.append(expr)
    elif expr:
        # Sorted by a column: let SQLite walk that column's index and test each
        # row against the set of matches, stopping after a page, rather than
        # sort every match of a common word.
        clauses.append(f"{rt.table}.pk IN (SELECT rowid FROM {rt.table}_fts WHERE {rt.table}_fts MATCH ?)")
        params.append(expr)
    for f in q.filters:
        if f.field not in rt.field_names and f.field not in SYSTEM_FIELDS:
            raise CatalogueError(Message("“{name}” is not a field of a {thing}.", name=f.field,
                                         thing=rt.label.lower()))
        if f.op not in _OPS:
            raise CatalogueError(Message("“{operation}” is not a filter operation.", operation=f.op))
        column = f"{rt.table}.{f.field}"
        if f.op == "in":
            values = list(f.value)
            if not values:
                clauses.append("0")
                continue
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
        elif f.op in ("is_null", "not_null"):
            clauses.append(f"{column} {_OPS[f.op]}")
        elif f.op == "low_stock":
            if not rt.custody:
                raise CatalogueError(Message("Only reference samples have a stock to run low."))
            clauses.append(LOW_STOCK_SQL.format(t=rt.table))
        elif f.op == "contains":
            clauses.append(f"{column} LIKE ? ESCAPE '\\'")
            params.append("%" + re.sub(r"([%_\\])", r"\\\1", str(f.value)) + "%")
        else:
            clauses.append(f"{column} {_OPS[f.op]} ?")
            params.append(f.value)
    return source, (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(rt: RecordType, q: Query, source: str) -> str:
    direction = "DESC" if q.descending else "ASC"
    if q.order_by is None:
        if source != rt.table:
            # With a search, walk the full-text matches in rowid order (the
            # same as pk) instead of sorting them all.
            return f" ORDER BY {rt.table}_fts.rowid {direction}"
        return f" ORDER BY {rt.table}.pk {direction}"
    if q.order_by not in rt.field_names and q.order_by not in SYSTEM_FIELDS:
        raise CatalogueError(Message("Cannot sort by “{name}”: it is not a field of a {thing}.", name=q.order_by,
                                     thing=rt.label.lower()))
    # NULLs last either way; pk breaks ties so that paging is stable.  Written
    # as NULLS LAST (not "col IS NULL, col") so that an index can give the order.
    return f" ORDER BY {rt.table}.{q.order_by} {direction} NULLS LAST, {rt.table}.pk {direction}"


def count(cat: Catalogue, q: Query, *, at_most: int | None = None) -> int:
    """How many records match; with ``at_most``, stop counting past that
    (the view then shows "10,000+" instead of waiting for an exact figure)."""
    rt = record_type(q.kind)
    if q.search.strip() and not q.filters:
        expr = fts_expression(q.search)
        if expr:  # the full-text index alone can answer
            sql, params = f"SELECT 1 FROM {rt.table}_fts WHERE {rt.table}_fts MATCH ?", [expr]
            return _count(cat, sql, params, at_most)
    source, where, params = _source(rt, q)
    return _count(cat, f"SELECT 1 FROM {source}{where}", params, at_most)


def _count(cat: Catalogue, select: str, params: list[Any], at_most: int | None) -> int:
    if at_most is None:
        return cat.conn.execute(f"SELECT count(*) FROM ({select})", params).fetchone()[0]
    return cat.conn.execute(f"SELECT count(*) FROM ({select} LIMIT ?)", [*params, at_most + 1]).fetchone()[0]


def fetch(cat: Catalogue, q: Query, *, offset: int = 0, limit: int = 200,
          columns: Sequence[str] | None = None) -> list[Record]:
    """One page of records in the view's order; ``columns`` limits what is read.

    Read in two steps: first the page's keys alone (SQLite walks a narrow
    index for them, however deep the page), then only those rows.  Deep pages
    of a million-row table stay quick this way.
    """
    rt = record_type(q.kind)
    source, where, params = _source(rt, q)
    order = _order(rt, q, source)
    if q.order_by and q.search.strip() and not q.filters:
        source = _sorted_search_source(cat, rt, q, source)
    keys = [r[0] for r in cat.conn.execute(f"SELECT {rt.table}.pk FROM {source}{where}{order}"
                                           " LIMIT ? OFFSET ?", [*params, limit, offset])]
    if not keys:
        return []
    marks = ", ".join("?" * len(keys))
    if columns is None:
        rows = cat.conn.execute(f"SELECT * FROM {rt.table} WHERE pk IN ({marks})", keys).fetchall()
        by_key = {r["pk"]: from_row(rt, r) for r in rows}
    else:
        cols = [c for c in dict.fromkeys(["id", *columns]) if c in rt.field_names or c in SYSTEM_FIELDS]
        rows = cat.conn.execute(f"SELECT pk, {', '.join(cols)} FROM {rt.table} WHERE pk IN ({marks})",
                                keys).fetchall()
        decoders = [(i + 1, c, rt.field(c).from_sql if rt.has_field(c) else None) for i, c in enumerate(cols)]
        by_key = {row[0]: {c: (decode(row[i]) if decode else row[i]) for i, c, decode in decoders}
                  for row in rows}
    return [by_key[k] for k in keys if k in by_key]


# A search matching more rows than this, sorted by a column, walks that column's
# index: SQLite cannot know how many rows a full-text query matches, and would
# rather fetch and sort them all (1.8 s for 350,000 matches, 0.1 s by the index).
_BROAD_SEARCH = 5_000


def _sorted_search_source(cat: Catalogue, rt: RecordType, q: Query, source: str) -> str:
    index = _index_starting_with(cat, rt.table, q.order_by)
    if index is None or count(cat, Query(q.kind, search=q.search), at_most=_BROAD_SEARCH) <= _BROAD_SEARCH:
        return source
    return f"{rt.table} INDEXED BY {index}"


def _index_starting_with(cat: Catalogue, table: str, column: str | None) -> str | None:
    """The name of an index whose first column is ``column`` (names come from the schema, not from users)."""
    cache = cat.__dict__.setdefault("_sort_indexes", {})
    if (table, column) not in cache:
        cache[(table, column)] = next((ix.name for ix in cat.db.table(table).indexes if ix.columns[:1] == [column]),
                                      None)
    return cache[(table, column)]


def iterate(cat: Catalogue, q: Query, *, batch: int = 1000) -> Iterator[Record]:
    """Every record of a view, whole, in the view's order, with one cursor
    (paging by OFFSET would cost more the deeper it goes: quadratic for an export)."""
    rt = record_type(q.kind)
    source, where, params = _source(rt, q)
    cursor = cat.conn.execute(f"SELECT {rt.table}.* FROM {source}{where}{_order(rt, q, source)}", params)
    try:
        while rows := cursor.fetchmany(batch):
            for row in rows:
                yield from_row(rt, row)
    finally:
        cursor.close()


def distinct_values(cat: Catalogue, kind: str, field_name: str, limit: int = 500) -> list[Any]:
    rt = record_type(kind)
    if field_name not in rt.field_names:
        raise CatalogueError(Message("“{name}” is not a field of a {thing}.", name=field_name,
                                     thing=rt.label.lower()))
    rows = cat.conn.execute(f"SELECT DISTINCT {field_name} FROM {rt.table} WHERE {field_name} IS NOT NULL"
                            f" ORDER BY {field_name} LIMIT ?", (limit,))
    return [r[0] for r in rows]


# -- what needs attention ------------------------------------------------------------

@dataclass
class Attention:
    expiring: list[Record] = field(default_factory=list)
    expired: list[Record] = field(default_factory=list)
    low_stock: list[Record] = field(default_factory=list)
    requalifications_due: list[Record] = field(default_factory=list)


def _cutoff(days: int, today: dt.date | None) -> tuple[str, str]:
    today = today or dt.date.today()
    return today.isoformat(), (today + dt.timedelta(days=days)).isoformat()


def expiring_samples(cat: Catalogue, days: int = 30, *, today: dt.date | None = None,
                     include_expired: bool = True) -> list[Record]:
    """Standards still on the shelf whose expiry or retest date falls within ``days``.

    Each record gets ``days_left`` (negative once expired).
    """
    now, cutoff = _cutoff(days, today)
    lower = "" if include_expired else " AND expiry_on >= :now"
    rows = cat.conn.execute(
        "SELECT * FROM reference_samples WHERE status IN ('in_use', 'quarantined')"
        f" AND expiry_on IS NOT NULL AND expiry_on <= :cutoff{lower} ORDER BY expiry_on, inventory_code",
        {"cutoff": cutoff, "now": now}).fetchall()
    return _with_days_left(record_type("reference_sample"), rows, "expiry_on", now)


def low_stock(cat: Catalogue) -> list[Record]:
    """Standards in use or quarantined at or below their low-stock level.

    Without a level of its own, a standard is low when a tenth or less of
    what was received remains.
    """
    rows = cat.conn.execute(
        "SELECT * FROM reference_samples WHERE status IN ('in_use', 'quarantined')"
        f" AND {LOW_STOCK_SQL.format(t='reference_samples')}"
        " ORDER BY remaining_quantity / nullif(quantity, 0), inventory_code").fetchall()
    rt = record_type("reference_sample")
    return [from_row(rt, r) for r in rows]


def requalifications_due(cat: Catalogue, days: int = 30, *, today: dt.date | None = None) -> list[Record]:
    """For each staff member and competence area, the latest requalification date,
    where it falls within ``days`` (or has passed).  A later record for the same
    person and competence supersedes an earlier one."""
    now, cutoff = _cutoff(days, today)
    rows = cat.conn.execute(
        "SELECT * FROM training_records t WHERE requalification_due IS NOT NULL"
        " AND requalification_due = (SELECT max(requalification_due) FROM training_records u"
        "   WHERE u.staff_member = t.staff_member AND u.competence_area = t.competence_area)"
        " AND requalification_due <= ? ORDER BY requalification_due, staff_member", (cutoff,)).fetchall()
    return _with_days_left(record_type("training_record"), rows, "requalification_due", now)


def _with_days_left(rt: RecordType, rows: list, date_field: str, today: str) -> list[Record]:
    """Records with ``days_left`` until ``date_field`` (negative once past)."""
    base = dt.date.fromisoformat(today)
    out = []
    for row in rows:
        rec = from_row(rt, row)
        rec["days_left"] = (dt.date.fromisoformat(rec[date_field]) - base).days
        out.append(rec)
    return out


def attention(cat: Catalogue, days: int = 30, *, today: dt.date | None = None) -> Attention:
    samples = expiring_samples(cat, days, today=today)
    return Attention(
        expiring=[s for s in samples if s["days_left"] >= 0],
        expired=[s for s in samples if s["days_left"] < 0],
        low_stock=low_stock(cat),
        requalifications_due=requalifications_due(cat, days, today=today),
    )
