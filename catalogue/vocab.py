"""Controlled vocabularies shared by validation, import, the GUI and sync.

Values are stored as the short codes below; labels are for people.  Import
accepts the code, the label, or a listed synonym, case- and space-insensitively.
"""

from __future__ import annotations

# Reference-sample life cycle (ISO/IEC 17025 §6.4: equipment and reference
# materials are identified, their status is known, and they are taken out of
# service when no longer fit).
SAMPLE_STATUSES = {
    "quarantined": "Quarantined",
    "in_use": "In use",
    "expired": "Expired",
    "consumed": "Consumed",
    "disposed": "Disposed",
}

# Allowed status changes.  "expired" may go back to "quarantined" so that a
# standard can be retested and re-released; nothing comes back from disposal.
SAMPLE_TRANSITIONS = {
    "quarantined": {"in_use", "expired", "disposed"},
    "in_use": {"quarantined", "expired", "consumed", "disposed"},
    "expired": {"quarantined", "disposed"},
    "consumed": {"disposed"},
    "disposed": set(),
}

STATUS_SYNONYMS = {
    "in use": "in_use", "in-use": "in_use", "active": "in_use", "released": "in_use",
    "quarantine": "quarantined", "on hold": "quarantined",
    "used up": "consumed", "empty": "consumed", "finished": "consumed",
    "discarded": "disposed", "destroyed": "disposed",
}

# International control: the schedules of the 1961 and 1971 conventions and
# the tables of the 1988 convention (precursors).
SCHEDULES = {
    "1961-I": "1961 Convention, Schedule I",
    "1961-II": "1961 Convention, Schedule II",
    "1961-III": "1961 Convention, Schedule III",
    "1961-IV": "1961 Convention, Schedule IV",
    "1971-I": "1971 Convention, Schedule I",
    "1971-II": "1971 Convention, Schedule II",
    "1971-III": "1971 Convention, Schedule III",
    "1971-IV": "1971 Convention, Schedule IV",
    "1988-I": "1988 Convention, Table I",
    "1988-II": "1988 Convention, Table II",
    "none": "Not under international control",
}

SCHEDULE_SYNONYMS = {
    **{f"{c} {s}": f"{c}-{s}" for c in ("1961", "1971") for s in ("I", "II", "III", "IV")},
    **{f"{c} schedule {s}": f"{c}-{s}" for c in ("1961", "1971") for s in ("I", "II", "III", "IV")},
    "1988 table i": "1988-I", "1988 table ii": "1988-II", "table i": "1988-I", "table ii": "1988-II",
    "1988 i": "1988-I", "1988 ii": "1988-II",
    "not controlled": "none", "uncontrolled": "none", "not scheduled": "none",
}

SALT_FORMS = {
    "base": "Base",
    "hydrochloride": "Hydrochloride",
    "sulfate": "Sulfate",
    "phosphate": "Phosphate",
    "hydrobromide": "Hydrobromide",
    "tartrate": "Tartrate",
    "citrate": "Citrate",
    "other_salt": "Other salt",
}
SALT_SYNONYMS = {"hcl": "hydrochloride", "free base": "base", "freebase": "base",
                 "sulphate": "sulfate", "hbr": "hydrobromide"}

MASS_UNITS = {"µg": 1e-6, "mg": 1e-3, "g": 1.0, "kg": 1e3}
VOLUME_UNITS = {"µL": 1e-3, "mL": 1.0, "L": 1e3}
UNIT_SYNONYMS = {"ug": "µg", "mcg": "µg", "μg": "µg", "ul": "µL", "μl": "µL", "µl": "µL",
                 "ml": "mL", "l": "L", "gram": "g", "grams": "g", "milligram": "mg",
                 "milligrams": "mg"}

# How a certified purity or concentration is expressed, with its allowed range.
PURITY_UNITS = {
    "%": (0.0, 100.0),        # mass fraction in per cent
    "mg/g": (0.0, 1000.0),
    "mg/mL": (0.0, 1000.0),   # solutions
    "µg/mL": (0.0, 1.0e6),
}
PURITY_UNIT_SYNONYMS = {"% w/w": "%", "%w/w": "%", "percent": "%", "ug/ml": "µg/mL",
                        "mg/ml": "mg/mL"}

TRAINING_ACTIVITIES = {
    "course": "Course",
    "workshop": "Workshop",
    "supervised_practice": "Supervised practice",
    "competence_assessment": "Competence assessment",
    "proficiency_test": "Proficiency test",
    "authorisation": "Authorisation",
}
ACTIVITY_SYNONYMS = {"training course": "course", "seminar": "workshop",
                     "supervised practice": "supervised_practice", "practice": "supervised_practice",
                     "competence assessment": "competence_assessment", "assessment": "competence_assessment",
                     "proficiency test": "proficiency_test", "pt": "proficiency_test",
                     "proficiency testing": "proficiency_test", "authorization": "authorisation",
                     "authorisation to work": "authorisation"}

TRAINING_OUTCOMES = {
    "passed": "Passed",
    "failed": "Failed",
    "attended": "Attended",
    "satisfactory": "Satisfactory (|z| ≤ 2)",
    "questionable": "Questionable (2 < |z| < 3)",
    "unsatisfactory": "Unsatisfactory (|z| ≥ 3)",
    "authorised": "Authorised",
}
OUTCOME_SYNONYMS = {"pass": "passed", "fail": "failed", "ok": "passed",
                    "authorized": "authorised", "completed": "attended"}

DRUG_TYPES = {
    "amphetamine": "Amphetamine",
    "methamphetamine": "Methamphetamine",
    "mdma": "MDMA (ecstasy)",
    "cocaine": "Cocaine",
    "heroin": "Heroin",
    "cannabis": "Cannabis",
    "nps": "New psychoactive substance",
    "other": "Other",
}
DRUG_SYNONYMS = {"ecstasy": "mdma", "speed": "amphetamine", "meth": "methamphetamine",
                 "crystal meth": "methamphetamine", "ats": "amphetamine", "diamorphine": "heroin"}

DRUG_FORMS = {
    "powder": "Powder", "tablet": "Tablet", "crystal": "Crystal", "capsule": "Capsule",
    "liquid": "Liquid", "resin": "Resin", "herbal": "Herbal material", "paste": "Paste",
    "other": "Other",
}
FORM_SYNONYMS = {"pill": "tablet", "tablets": "tablet", "crystals": "crystal", "plant": "herbal"}

SCORE_LINES = {"none": "None", "single": "Single", "cross": "Cross", "other": "Other"}

ROLES = {
    "analyst": "Analyst",
    "quality_manager": "Quality manager",
    "administrator": "Administrator",
}
