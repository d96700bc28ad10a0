"""The report of an import: what it did, and every problem of every row (see ``labnet.catalogue.importing``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import CatalogueError, Message
from .records import record_type

MAX_TEXT_PROBLEMS = 200  # lines of problems in ImportReport.to_text()


@dataclass(frozen=True)
class RowProblem:
    """One reason one row of the file cannot be imported."""

    row_number: int   # as Excel shows it (the header is row 1)
    column: str       # the column header as written in the file, or "" for the row as a whole
    value: Any        # the cell as read from the file
    reason: str       # a sentence fragment for an analyst

    def to_text(self) -> str:
        where = f"Row {self.row_number}"
        if self.column:
            return f"{where}, column “{self.column}”: {_show(self.value)} — {self.reason}"
        return f"{where}: {self.reason}"


@dataclass
class ImportReport:
    kind: str
    file: str
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)  # every problem of every invalid row
    warnings: list[str] = field(default_factory=list)  # Messages (the desktop says them in the user's language)
    info: list[str] = field(default_factory=list)      # notes, Messages too
    written: bool = False   # the import was carried out (committed), even if nothing needed changing
    dry_run: bool = False
    skip_invalid: bool = False
    sheet: str | None = None
    sha256: str = ""
    mapping: dict[str, str | None] = field(default_factory=dict)  # header -> field, "peak:NAME" or None
    first_seq: int | None = None
    last_seq: int | None = None

    @property
    def invalid_rows(self) -> list[int]:
        """Row numbers with at least one problem, in order."""
        return sorted({p.row_number for p in self.problems})

    @property
    def needs_decimal_choice(self) -> bool:
        """True when some problem is a number that choosing the file's decimal separator would settle."""
        from .numbers import asks_for_style

        return any(asks_for_style(p.reason) for p in self.problems)

    @property
    def refused(self) -> bool:
        """True when invalid rows stopped the whole import (all or nothing)."""
        return bool(self.problems) and not self.skip_invalid

    @property
    def skipped(self) -> int:
        return len(self.invalid_rows) if self.skip_invalid else 0

    def _noun(self, n: int) -> str:
        try:
            rt = record_type(self.kind)
            return rt.label.lower() if n == 1 else rt.plural.lower()
        except CatalogueError:
            return "record" if n == 1 else "records"

    def summary(self) -> str:
        """One or two sentences: what happened (a ``Message``, so the desktop says it in the user's language)."""
        bad = len(self.invalid_rows)
        good = self.rows_read - bad
        if self.rows_read == 0:
            return Message("Nothing was imported: the file has no rows under its header row.")
        if self.refused:
            why = Message.plural("{n:,} row has problems", "{n:,} rows have problems", bad)
            rest = Message.plural("the {n:,} good {things}", "the {n:,} good {things}", good, things=self._noun(good))
            if self.dry_run:
                return Message("Dry run: this import would be refused, because {why} (listed below). Correct them in "
                               "the file and import it again, or import again skipping invalid rows to bring in only "
                               "{rest}.", why=why, rest=rest)
            return Message("Nothing was written, because {why} (listed below). Correct them in the file and import it "
                           "again, or import again skipping invalid rows to bring in only {rest}.", why=why, rest=rest)
        counts = dict(inserted=self.inserted, updated=self.updated, unchanged=self.unchanged)
        if self.dry_run:
            text = Message("Dry run, nothing was written. Importing would give: {inserted:,} added, {updated:,} "
                           "updated, {unchanged:,} unchanged.", **counts)
        elif self.written:
            text = Message("Imported: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.", **counts)
        else:
            text = Message("Nothing was written.")
        if self.skip_invalid and bad:
            skipped = (Message.plural("{n:,} row with problems would be skipped (listed below).",
                                      "{n:,} rows with problems would be skipped (listed below).", bad)
                       if self.dry_run else
                       Message.plural("{n:,} row with problems was skipped (listed below).",
                                      "{n:,} rows with problems were skipped (listed below).", bad))
            text = Message("{summary} {skipped}", summary=text, skipped=skipped)
        return text

    def to_text(self) -> str:
        """The report for people: a summary, then the problems row by row, then warnings and notes."""
        what = self._noun(2)
        sheet = f", sheet “{self.sheet}”" if self.sheet else ""
        lines = [f"Import of {self.file}{sheet} ({what}): {self.rows_read:,} "
                 f"{'row' if self.rows_read == 1 else 'rows'} read.", self.summary()]
        if self.problems:
            lines += ["", "Problems:"]
            shown = self.problems[:MAX_TEXT_PROBLEMS]
            lines += [f"  {p.to_text()}" for p in shown]
            if len(self.problems) > len(shown):
                rest = self.problems[len(shown):]
                rows = len({p.row_number for p in rest})
                more_rows = Message.plural("{n:,} more row", "{n:,} more rows", rows)
                lines.append("  " + Message.plural(
                    "… and {n:,} more problem in {rows} (the JSON form of this report, labnet import --json, "
                    "lists them all).",
                    "… and {n:,} more problems in {rows} (the JSON form of this report, labnet import --json, "
                    "lists them all).", len(rest), rows=more_rows))
        if self.warnings:
            lines += ["", "Warnings:"] + [f"  {w}" for w in self.warnings]
        if self.info:
            lines += ["", "Notes:"] + [f"  {i}" for i in self.info]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        return {
            "kind": self.kind, "file": self.file, "sheet": self.sheet, "sha256": self.sha256,
            "rows_read": self.rows_read, "inserted": self.inserted, "updated": self.updated,
            "unchanged": self.unchanged, "invalid_rows": len(self.invalid_rows), "skipped": self.skipped,
            "written": self.written, "dry_run": self.dry_run, "skip_invalid": self.skip_invalid,
            "refused": self.refused, "summary": self.summary(),
            "problems": [{"row": p.row_number, "column": p.column, "value": _json_value(p.value),
                          "reason": p.reason} for p in self.problems],
            "warnings": list(self.warnings), "info": list(self.info), "mapping": dict(self.mapping),
            "first_seq": self.first_seq, "last_seq": self.last_seq,
        }



def _show(value: Any) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "empty"
    text = _json_value(value)
    text = text if len(text) <= 80 else text[:77] + "…"
    return f"“{text}”"


def _json_value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    return str(value)

