"""The record types of the catalogue: one definition each, used by the store,
validation, import/export, the desktop forms, the sharing policy and sync.

Every stored record also carries the system fields in ``SYSTEM_FIELDS``
(identity, version counter, who changed it and when); those are set by the
store, never typed by a person.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from . import vocab
from .errors import Message, Problem, message_of
from .field_types import CAS_NUMBER, CHOICE, COUNTRY, DATE, NUMBER, PEAK_TABLE, TEXT, TEXT_LIST, YES_NO
from .fields import Field, FilterSpec

SYSTEM_FIELDS = ("id", "version", "created_at", "created_by", "updated_at", "updated_by")

Rule = Callable[[dict[str, Any]], list[Problem]]
Section = tuple[str, str, tuple[str, ...]]


@dataclass(frozen=True)
class RecordType:
    kind: str          # code used in the change log and bundles: "reference_sample"
    table: str         # SQLite table
    cli_name: str      # name on the command line: "reference-samples"
    label: str
    plural: str
    fields: tuple[Field, ...]
    natural_key: tuple[str, ...]  # what makes a re-import update instead of duplicate
    rules: tuple[Rule, ...] = ()
    list_columns: tuple[str, ...] = ()  # shown first in tables
    extra_columns: tuple[str, ...] = ()  # then these, a text column to fill the width
    default_order: tuple[str | None, bool] = (None, False)  # (field, descending) a table starts in
    custody: bool = False  # a stock withdrawn from and disposed of, with a chain of custody
    shelf_statuses: tuple[str, ...] = ()  # statuses of what is still usable (past expiry is a warning)
    spent_statuses: tuple[str, ...] = ()  # statuses of what is gone (shown greyed)
    sections: tuple[Section, ...] = ()  # how a form groups the fields: (key, title, field names)
    authorises: bool = False  # a record can authorise staff: writing one needs the authorise_training right

    def field(self, name: str) -> Field:
        return self._by_name()[name]

    def has_field(self, name: str) -> bool:
        return name in self._by_name()

    def _by_name(self) -> dict[str, Field]:
        cache = self.__dict__.get("_field_map")
        if cache is None:
            cache = {f.name: f for f in self.fields}
            object.__setattr__(self, "_field_map", cache)
        return cache

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def search_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.searchable)

    @cached_property
    def peaks_field(self) -> Field | None:
        """The peak table, spread over one spreadsheet column per compound (None: the type has none)."""
        return next((f for f in self.fields if f.type.per_compound), None)

    @cached_property
    def tablet_fields(self) -> tuple[str, ...]:
        """The fields that describe a tablet, given only for the forms in ``TABLET_FORMS``."""
        return tuple(f.name for f in self.fields if f.tablet)

    @cached_property
    def physical_fields(self) -> tuple[str, ...]:
        """A tablet's physical attributes that are compared between tablets (``labnet.profiling.tablets``)."""
        return tuple(f.name for f in self.fields if f.physical)

    @cached_property
    def filter_fields(self) -> tuple[Field, ...]:
        """The fields the table can be filtered by, in the filter bar's order."""
        return tuple(sorted((f for f in self.fields if f.filter is not None), key=lambda f: f.filter.order if f.filter else 0))

    @cached_property
    def due_fields(self) -> tuple[str, ...]:
        """Dates that need attention when past or near (expiry, requalification)."""
        return tuple(f.name for f in self.fields if f.due)

    def validate(self, values: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
        """Parse every field of ``values`` and check the record as a whole.

        Returns the clean record (all fields present, None where blank) and
        every problem found; the record is acceptable when the list is empty.
        Unknown keys are ignored here; the store rejects them separately.
        """
        clean: dict[str, Any] = {}
        problems: list[Problem] = []
        for f in self.fields:
            raw = values.get(f.name)
            try:
                clean[f.name] = f.parse(raw)
            except ValueError as exc:
                problems.append(Problem(f.name, raw, message_of(exc)))
                clean[f.name] = None
                continue
        problems.extend(self.check_record(clean, frozenset(p.field for p in problems)))
        return clean, problems

    def check_record(self, clean: dict[str, Any], bad: frozenset[str] = frozenset()) -> list[Problem]:
        """Required fields and whole-record rules, on parsed values.

        ``bad`` names the fields that already have a problem (they did not
        parse): a rule only speaks about fields that parsed, so one typo is
        reported once rather than again by every rule that reads it.
        """
        problems = [Problem(f.name, None, Message("{field} is required", field=f.label)) for f in self._required
                    if f.name not in bad and clean.get(f.name) in (None, [], {})]
        if problems:
            bad = bad | {p.field for p in problems}
        for rule in self.rules:
            problems.extend(p for p in rule(clean) if p.field not in bad)
        return problems

    @cached_property
    def _required(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)


# --- cross-field rules --------------------------------------------------------

def _dates_in_order(*names: str, labels: dict[str, str]) -> Rule:
    def rule(r: dict[str, Any]) -> list[Problem]:
        present = [(n, r[n]) for n in names if r.get(n)]
        out = []
        for (a, va), (b, vb) in zip(present, present[1:]):
            if va > vb:
                out.append(Problem(b, vb, Message("{later} ({later_date}) is before {earlier} ({earlier_date})",
                                                  later=labels[b], later_date=vb, earlier=labels[a], earlier_date=va)))
        return out
    return rule


def _purity_in_range(value_field: str, unit_field: str, unc_field: str) -> Rule:
    def rule(r: dict[str, Any]) -> list[Problem]:
        value, unit, unc = r.get(value_field), r.get(unit_field) or "%", r.get(unc_field)
        out = []
        lo, hi = vocab.PURITY_UNITS.get(unit, (0.0, 100.0))
        if value is not None and not lo <= value <= hi:
            out.append(Problem(value_field, value, Message(
                "a purity of {value:g} {unit} is impossible; it must lie between {low:g} and {high:g} {unit}",
                value=value, unit=unit, low=lo, high=hi)))
        if unc is not None:
            if value is None:
                out.append(Problem(unc_field, unc, Message("an uncertainty is given without the purity it belongs to")))
            elif value is not None and unc > max(value, hi - value) and lo <= value <= hi:
                out.append(Problem(unc_field, unc, Message(
                    "an uncertainty of ±{uncertainty:g} {unit} is larger than the value itself", uncertainty=unc,
                    unit=unit)))
        return out
    return rule


def _unit_of(unit_field: str, *quantity_fields: str) -> Rule:
    def rule(r: dict[str, Any]) -> list[Problem]:
        if any(r.get(q) is not None for q in quantity_fields) and not r.get(unit_field):
            return [Problem(unit_field, None, Message("the unit of the quantity is missing (mg, g, mL…)"))]
        return []
    return rule


def _remaining_not_above_quantity(r: dict[str, Any]) -> list[Problem]:
    q, rem = r.get("quantity"), r.get("remaining_quantity")
    if q is not None and rem is not None and rem > q:
        return [Problem("remaining_quantity", rem,
                        Message("the remaining quantity ({remaining:g}) is more than was received ({received:g})",
                                remaining=rem, received=q))]
    return []


def _consumed_means_empty(r: dict[str, Any]) -> list[Problem]:
    if r.get("status") == "consumed" and (r.get("remaining_quantity") or 0) > 0:
        return [Problem("status", "consumed", Message("a standard marked consumed must have no remaining quantity"))]
    return []


def _proficiency_test(r: dict[str, Any]) -> list[Problem]:
    """ISO 13528: |z| ≤ 2 satisfactory, 2 < |z| < 3 questionable, |z| ≥ 3 unsatisfactory."""
    out = []
    z = r.get("z_score")
    if r.get("activity_type") == "proficiency_test":
        if not r.get("pt_scheme"):
            out.append(Problem("pt_scheme", None, Message("a proficiency test needs its scheme (e.g. UNODC ICE)")))
        if not r.get("pt_round"):
            out.append(Problem("pt_round", None, Message("a proficiency test needs its round")))
        if z is not None:
            expected = "satisfactory" if abs(z) <= 2 else "questionable" if abs(z) < 3 else "unsatisfactory"
            outcome = r.get("outcome")
            if outcome is None:
                r["outcome"] = expected  # derived, so the record states it explicitly
            elif outcome != expected:
                out.append(Problem("outcome", outcome,
                                   Message("a z-score of {z:g} is {expected}, not {outcome}", z=z,
                                           expected=expected, outcome=outcome)))
    elif z is not None:
        out.append(Problem("z_score", z, Message("a z-score belongs only to a proficiency test")))
    return out


def _authorisation(r: dict[str, Any]) -> list[Problem]:
    if r.get("activity_type") == "authorisation" and not r.get("authorised_by"):
        return [Problem("authorised_by", None, Message("an authorisation must name who authorised it"))]
    return []


# The forms of a drug that have the tablet fields (logo, colour, size…).
TABLET_FORMS = frozenset({"tablet", "capsule"})


def _tablet_fields(r: dict[str, Any]) -> list[Problem]:
    if r.get("form") not in (None, *TABLET_FORMS) and any(r.get(f) is not None
                                                           for f in PROFILING_RESULT.tablet_fields):
        return [Problem("form", r.get("form"),
                        Message("tablet characteristics (logo, colour, size…) are given but the form is not tablet"))]
    return []


def _purity_percent(field_name: str) -> Rule:
    def rule(r: dict[str, Any]) -> list[Problem]:
        v = r.get(field_name)
        if v is not None and not 0 <= v <= 100:
            return [Problem(field_name, v, Message(
                "a purity of {value:g} % is impossible; it must lie between 0 and 100 %", value=v))]
        return []
    return rule


def _not_in_future(*names: str) -> Rule:
    def rule(r: dict[str, Any]) -> list[Problem]:
        today = _tomorrow()  # a day's slack for time zones
        return [Problem(n, r[n], Message("{date} is in the future", date=r[n]))
                for n in names if r.get(n) and r[n] > today]
    return rule


_TOMORROW: list[Any] = [None, ""]  # the second of the clock it was made in, and the date


def _tomorrow() -> str:
    """The local date after today, ISO, as ``date.today()`` gives it, made again only when the clock's
    second changes (an import checks every row: 0.24 s instead of 0.82 s per 100,000 rows, timeit
    at load 9).  Within one second the local date cannot change: time zones are offsets of whole
    seconds."""
    now = int(time.time())
    if _TOMORROW[0] != now:
        _TOMORROW[1] = (dt.date.fromtimestamp(now) + dt.timedelta(days=1)).isoformat()
        _TOMORROW[0] = now
    return _TOMORROW[1]


# --- the record types -----------------------------------------------------------

_SAMPLE_DATE_LABELS = {"received_on": "the date received", "opened_on": "the date opened",
                       "expiry_on": "the expiry date"}

REFERENCE_SAMPLE = RecordType(
    kind="reference_sample", table="reference_samples", cli_name="reference-samples",
    label="Reference sample", plural="Reference samples",
    natural_key=("inventory_code",),
    list_columns=("inventory_code", "substance", "status", "remaining_quantity", "unit", "expiry_on", "storage_location"),
    default_order=("inventory_code", False), custody=True,
    sections=(
        ("identity", "Identity", ("inventory_code", "substance", "cas_number", "salt_form", "schedule", "provider", "lot")),
        ("certificate", "Certificate & purity", ("certificate", "purity_unit", "purity", "purity_uncertainty")),
        ("dates", "Dates", ("received_on", "opened_on", "expiry_on")),
        ("stock", "Stock", ("unit", "quantity", "remaining_quantity", "low_stock_level")),
        ("storage", "Storage & status", ("storage_location", "storage_conditions", "status", "shareable", "notes")),
    ),
    shelf_statuses=("quarantined", "in_use"), spent_statuses=("consumed", "disposed"),
    fields=(
        Field("inventory_code", TEXT, "Inventory code", required=True, searchable=True,
              headers=("code", "inventory no", "inventory number", "id code", "item code", "ref code")),
        Field("substance", TEXT, "Substance", required=True, searchable=True,
              headers=("compound", "name", "substance name", "analyte")),
        Field("cas_number", CAS_NUMBER, "CAS number", headers=("cas", "cas no", "cas rn", "cas registry number")),
        Field("salt_form", CHOICE, "Salt/base form", choices=vocab.SALT_FORMS, synonyms=vocab.SALT_SYNONYMS,
              headers=("form", "salt", "salt form")),
        Field("schedule", CHOICE, "International control", choices=vocab.SCHEDULES,
              synonyms=vocab.SCHEDULE_SYNONYMS, headers=("schedule", "convention", "control")),
        Field("provider", TEXT, "Supplier/provider", searchable=True,
              headers=("supplier", "source", "manufacturer", "vendor")),
        Field("lot", TEXT, "Lot", searchable=True, headers=("lot number", "batch", "lot no", "batch number")),
        Field("purity", NUMBER, "Certified purity", unit_field="purity_unit", headers=("certified purity", "purity value", "assay")),
        Field("purity_uncertainty", NUMBER, "Purity uncertainty (±)", minimum=0, unit_field="purity_unit",
              headers=("uncertainty", "u", "expanded uncertainty", "purity uncertainty")),
        Field("purity_unit", CHOICE, "Purity unit", choices={u: u for u in vocab.PURITY_UNITS},
              synonyms=vocab.PURITY_UNIT_SYNONYMS),
        Field("certificate", TEXT, "Certificate (SHA-256)", help="attached certificate file, by content digest"),
        Field("received_on", DATE, "Received", required=True, headers=("date received", "received date", "receipt date")),
        Field("opened_on", DATE, "Opened", headers=("date opened", "opening date")),
        Field("expiry_on", DATE, "Expiry/retest", due=True,
              filter=FilterSpec("expiry", "expiry", order=1, texts=("Any expiry date", "Expiry", "Past its expiry date",
                                                     "Expiring within", "Expiring within how many days")),
              headers=("expiry", "expiry date", "expires", "retest date", "retest", "expiration date")),
        Field("quantity", NUMBER, "Quantity received", minimum=0, unit_field="unit", headers=("quantity received", "amount", "qty")),
        Field("remaining_quantity", NUMBER, "Remaining", minimum=0, unit_field="unit", headers=("remaining", "remaining qty", "stock", "left"),
              filter=FilterSpec("low", "low_stock", order=2, texts=("Low in stock",))),
        Field("unit", CHOICE, "Unit", choices={u: u for u in (*vocab.MASS_UNITS, *vocab.VOLUME_UNITS)},
              synonyms=vocab.UNIT_SYNONYMS, headers=("units", "quantity unit")),
        Field("low_stock_level", NUMBER, "Low-stock level", minimum=0, unit_field="unit",
              help="warn when the remaining quantity falls to this level"),
        Field("storage_location", TEXT, "Storage location", searchable=True, headers=("location", "storage", "stored in")),
        Field("storage_conditions", TEXT, "Storage conditions", headers=("conditions", "storage temperature")),
        Field("status", CHOICE, "Status", required=True, choices=vocab.SAMPLE_STATUSES, synonyms=vocab.STATUS_SYNONYMS,
              filter=FilterSpec("statuses", "status", order=0)),
        Field("shareable", YES_NO, "Shareable with the network"),
        Field("notes", TEXT, "Notes", searchable=True, headers=("comments", "remarks")),
    ),
    rules=(
        _dates_in_order("received_on", "opened_on", "expiry_on", labels=_SAMPLE_DATE_LABELS),
        _purity_in_range("purity", "purity_unit", "purity_uncertainty"),
        _unit_of("unit", "quantity", "remaining_quantity", "low_stock_level"),
        _remaining_not_above_quantity,
        _consumed_means_empty,
        _not_in_future("received_on", "opened_on"),
    ),
)

TRAINING_RECORD = RecordType(
    kind="training_record", table="training_records", cli_name="training",
    label="Training record", plural="Training records",
    natural_key=("staff_member", "competence_area", "activity_type", "started_on"),
    list_columns=("staff_member", "competence_area", "activity_type", "started_on", "outcome", "requalification_due"),
    extra_columns=("provider",), default_order=("started_on", True), authorises=True,
    sections=(
        ("who", "Who & what", ("staff_member", "competence_area", "activity_type", "title", "provider")),
        ("dates", "Dates & hours", ("started_on", "ended_on", "hours")),
        ("outcome", "Outcome", ("outcome", "score", "z_score", "pt_scheme", "pt_round", "certificate")),
        ("authorisation", "Authorisation", ("requalification_due", "authorised_by", "shareable", "notes")),
    ),
    fields=(
        Field("staff_member", TEXT, "Staff member", required=True, personal=True, searchable=True,
              filter=FilterSpec("values", "staff", ("All staff", "Staff member"), order=0),
              headers=("staff", "name", "employee", "analyst", "trainee", "person")),
        Field("competence_area", TEXT, "Competence area", required=True, searchable=True,
              headers=("competence", "area", "skill", "method", "topic")),
        Field("activity_type", CHOICE, "Activity", required=True, choices=vocab.TRAINING_ACTIVITIES,
              filter=FilterSpec("choice", "activity", ("All activities", "Activity"), order=1),
              synonyms=vocab.ACTIVITY_SYNONYMS, headers=("activity", "type", "training type")),
        Field("title", TEXT, "Title", searchable=True, headers=("course", "course title", "description")),
        Field("provider", TEXT, "Provider", searchable=True, headers=("organiser", "organizer", "trainer", "institution")),
        Field("started_on", DATE, "Start date", required=True, headers=("start", "date", "from", "start date")),
        Field("ended_on", DATE, "End date", headers=("end", "to", "end date", "completed on")),
        Field("hours", NUMBER, "Hours", unit="h", minimum=0, maximum=10000, headers=("duration", "duration h")),
        Field("outcome", CHOICE, "Outcome", choices=vocab.TRAINING_OUTCOMES, synonyms=vocab.OUTCOME_SYNONYMS,
              headers=("result", "status")),
        Field("score", NUMBER, "Score", headers=("mark", "grade")),
        Field("z_score", NUMBER, "z-score", minimum=-100, maximum=100, headers=("z", "zscore")),
        Field("pt_scheme", TEXT, "Proficiency-test scheme", headers=("scheme", "pt scheme")),
        Field("pt_round", TEXT, "Proficiency-test round", headers=("round", "pt round")),
        Field("certificate", TEXT, "Certificate (SHA-256)"),
        Field("requalification_due", DATE, "Requalification due", due=True,
              filter=FilterSpec("due", "requalification", order=2, texts=(
                  "Any requalification date", "Requalification", "Requalification due within",
                  "Requalification due within how many days")),
              headers=("requalification", "requalify by", "due", "next assessment", "valid until")),
        Field("authorised_by", TEXT, "Authorised by", personal=True, headers=("authorized by", "approver")),
        Field("shareable", YES_NO, "Shareable with the network"),
        Field("notes", TEXT, "Notes", searchable=True, headers=("comments", "remarks")),
    ),
    rules=(
        _dates_in_order("started_on", "ended_on", "requalification_due",
                        labels={"started_on": "the start date", "ended_on": "the end date",
                                "requalification_due": "the requalification date"}),
        _proficiency_test,
        _authorisation,
    ),
)

PROFILING_RESULT = RecordType(
    kind="profiling_result", table="profiling_results", cli_name="profiles",
    label="Profiling result", plural="Profiling results",
    natural_key=("lab_sample_number",),
    list_columns=("lab_sample_number", "seizure_reference", "seizure_date", "seizure_country", "drug_type", "form", "purity"),
    extra_columns=("main_substance", "adulterants"),
    default_order=(None, True),  # newest first: also the order a search finds them in
    sections=(
        ("seizure", "Seizure", ("lab_sample_number", "seizure_reference", "case_number", "seizure_date",
                                "seizure_country", "seizure_region", "seizure_place")),
        ("composition", "Composition", ("drug_type", "form", "main_substance", "purity", "adulterants", "diluents",
                                        "packaging")),
        ("chemical", "Chemical profile", ("peaks", "method", "instrument", "internal_standard")),
        ("tablet", "Tablet", ("logo", "colour", "diameter_mm", "thickness_mm", "weight_mg", "score_line", "shape")),
        ("analysis", "Analysis & traceability", ("analyst", "analysed_on", "reference_samples_used", "shareable",
                                                 "notes")),
    ),
    fields=(
        Field("lab_sample_number", TEXT, "Lab sample number", required=True, searchable=True,
              headers=("sample", "sample number", "sample no", "lab number", "lab no", "sample id", "lab sample no")),
        Field("seizure_reference", TEXT, "Seizure reference", searchable=True,
              headers=("seizure", "seizure ref", "seizure no", "seizure id")),
        Field("case_number", TEXT, "Case number", sensitive=True, searchable=True, headers=("case", "case no", "case ref")),
        Field("seizure_date", DATE, "Seizure date",
              filter=FilterSpec("period", "date", ("Seized from", "Seized on or after", "to", "Seized on or before"),
                                order=2, preset="seized"),
              headers=("date of seizure", "seized on")),
        Field("seizure_country", COUNTRY, "Country",
              filter=FilterSpec("values", "country", ("All countries", "Country"), order=1), headers=("country", "country code")),
        Field("seizure_region", TEXT, "Region", searchable=True, headers=("region", "province", "state")),
        Field("seizure_place", TEXT, "Place of seizure", sensitive=True, searchable=True,
              headers=("place", "location", "city", "site")),
        Field("drug_type", CHOICE, "Drug type", required=True, choices=vocab.DRUG_TYPES,
              filter=FilterSpec("choice", "drug", ("All drug types", "Drug type"), order=0),
              synonyms=vocab.DRUG_SYNONYMS, headers=("drug", "substance type")),
        Field("form", CHOICE, "Form", choices=vocab.DRUG_FORMS, synonyms=vocab.FORM_SYNONYMS,
              headers=("physical form", "presentation")),
        Field("main_substance", TEXT, "Main substance", searchable=True, headers=("main compound", "active")),
        Field("purity", NUMBER, "Purity", unit="%", headers=("purity %", "content", "concentration")),
        Field("adulterants", TEXT_LIST, "Adulterants", searchable=True, headers=("cutting agents", "adulterant")),
        Field("diluents", TEXT_LIST, "Diluents", searchable=True, headers=("diluent", "excipients", "fillers")),
        Field("peaks", PEAK_TABLE, "Target compounds (peak areas)",
              help="compound=area pairs; in a spreadsheet, one column per compound headed peak:NAME"),
        Field("method", TEXT, "Method", headers=("analytical method", "profiling method")),
        Field("instrument", TEXT, "Instrument", headers=("gc ms", "equipment")),
        Field("internal_standard", TEXT, "Internal standard", headers=("istd", "is")),
        Field("logo", TEXT, "Logo", searchable=True, tablet=True, physical=True, headers=("tablet logo", "imprint")),
        Field("colour", TEXT, "Colour", tablet=True, physical=True, headers=("color", "tablet colour", "tablet color")),
        Field("diameter_mm", NUMBER, "Diameter", unit="mm", tablet=True, physical=True, minimum=0, maximum=100, headers=("diameter",)),
        Field("thickness_mm", NUMBER, "Thickness", unit="mm", tablet=True, physical=True, minimum=0, maximum=100, headers=("thickness",)),
        Field("weight_mg", NUMBER, "Weight", unit="mg", tablet=True, physical=True, minimum=0, maximum=100000, headers=("weight", "tablet weight", "mass")),
        Field("score_line", CHOICE, "Score line", tablet=True, choices=vocab.SCORE_LINES, headers=("score", "break line")),
        Field("shape", TEXT, "Shape", tablet=True, headers=("tablet shape",)),
        Field("packaging", TEXT, "Packaging", searchable=True, headers=("package", "wrapping")),
        Field("analyst", TEXT, "Analyst", personal=True, headers=("analysed by", "analyzed by")),
        Field("analysed_on", DATE, "Analysed on", headers=("analysis date", "analyzed on", "date analysed")),
        Field("reference_samples_used", TEXT_LIST, "Reference samples used",
              headers=("reference standards", "standards used", "references")),
        Field("shareable", YES_NO, "Shareable with the network"),
        Field("notes", TEXT, "Notes", searchable=True, headers=("comments", "remarks")),
    ),
    rules=(
        _purity_percent("purity"),
        _dates_in_order("seizure_date", "analysed_on",
                        labels={"seizure_date": "the seizure date", "analysed_on": "the analysis date"}),
        _not_in_future("seizure_date", "analysed_on"),
        _tablet_fields,
    ),
)

RECORD_TYPES: dict[str, RecordType] = {rt.kind: rt for rt in (REFERENCE_SAMPLE, TRAINING_RECORD, PROFILING_RESULT)}


def record_type(name: str) -> RecordType:
    """Look a record type up by kind ("reference_sample") or CLI name ("reference-samples")."""
    for rt in RECORD_TYPES.values():
        if name in (rt.kind, rt.cli_name, rt.table):
            return rt
    known = ", ".join(rt.cli_name for rt in RECORD_TYPES.values())
    from .errors import CatalogueError
    raise CatalogueError(Message("There is no record type “{name}”; use one of: {known}.", name=name, known=known))
