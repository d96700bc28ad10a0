"""How each record type's fields are grouped on its form.

Only the grouping lives here; the fields themselves (labels, types, units,
choices, which describe a tablet) come from ``catalogue.records``.  A field the definition gains later
and that is not listed below still appears, in an "Other" section, so the form
never hides part of a record.  Entries starting with "@" are places where the
form puts a panel of its own (the certificate).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from catalogue.records import PROFILING_RESULT, RecordType

# (section key, section title, entries); the form translates the titles.
SECTIONS: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "reference_sample": [
        ("identity", QT_TRANSLATE_NOOP("RecordEditor", "Identity"),
         ("inventory_code", "substance", "cas_number", "salt_form", "schedule", "provider", "lot")),
        ("certificate", QT_TRANSLATE_NOOP("RecordEditor", "Certificate & purity"),
         ("@certificate", "purity_unit", "purity", "purity_uncertainty")),
        ("dates", QT_TRANSLATE_NOOP("RecordEditor", "Dates"), ("received_on", "opened_on", "expiry_on")),
        ("stock", QT_TRANSLATE_NOOP("RecordEditor", "Stock"),
         ("unit", "quantity", "remaining_quantity", "low_stock_level")),
        ("storage", QT_TRANSLATE_NOOP("RecordEditor", "Storage & status"),
         ("storage_location", "storage_conditions", "status", "shareable", "notes")),
    ],
    "training_record": [
        ("who", QT_TRANSLATE_NOOP("RecordEditor", "Who & what"),
         ("staff_member", "competence_area", "activity_type", "title", "provider")),
        ("dates", QT_TRANSLATE_NOOP("RecordEditor", "Dates & hours"), ("started_on", "ended_on", "hours")),
        ("outcome", QT_TRANSLATE_NOOP("RecordEditor", "Outcome"),
         ("outcome", "score", "z_score", "pt_scheme", "pt_round", "@certificate")),
        ("authorisation", QT_TRANSLATE_NOOP("RecordEditor", "Authorisation"),
         ("requalification_due", "authorised_by", "shareable", "notes")),
    ],
    "profiling_result": [
        ("seizure", QT_TRANSLATE_NOOP("RecordEditor", "Seizure"),
         ("lab_sample_number", "seizure_reference", "case_number", "seizure_date", "seizure_country",
          "seizure_region", "seizure_place")),
        ("composition", QT_TRANSLATE_NOOP("RecordEditor", "Composition"),
         ("drug_type", "form", "main_substance", "purity", "adulterants", "diluents", "packaging")),
        ("chemical", QT_TRANSLATE_NOOP("RecordEditor", "Chemical profile"),
         ("peaks", "method", "instrument", "internal_standard")),
        ("tablet", QT_TRANSLATE_NOOP("RecordEditor", "Tablet"), PROFILING_RESULT.tablet_fields),
        ("analysis", QT_TRANSLATE_NOOP("RecordEditor", "Analysis & traceability"),
         ("analyst", "analysed_on", "reference_samples_used", "shareable", "notes")),
    ],
}

# Fields kept by a panel rather than typed (the certificate is a file digest).
PANEL_FIELDS = {"certificate"}

def sections_for(rt: RecordType) -> list[tuple[str, str, tuple[str, ...]]]:
    """The sections of ``rt``'s form, with any field not placed added at the end."""
    sections = [(k, t, tuple(e for e in entries if e.startswith("@") or rt.has_field(e)))
                for k, t, entries in SECTIONS.get(rt.kind, [])]
    placed = {e for section in sections for e in section[2]}
    rest = tuple(f.name for f in rt.fields if f.name not in placed and f.name not in PANEL_FIELDS)
    if rest:
        sections.append(("other", QT_TRANSLATE_NOOP("RecordEditor", "Other"), rest))
    return sections
