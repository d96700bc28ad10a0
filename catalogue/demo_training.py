"""The demo laboratory's training records: for each analyst, courses, supervised practice, competence
assessments, authorisations by the quality manager (some due for requalification soon) and UNODC ICE
proficiency tests with their z-scores."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING, Any

from .demo_people import _ANALYSTS, _QM, DemoUser

if TYPE_CHECKING:
    from .store import Catalogue


_AREAS = ("GC-MS impurity profiling of ATS", "Cocaine profiling (GC-FID)", "Heroin profiling",
          "Tablet physical profiling", "Reference standard handling", "Clandestine laboratory investigation")
_PT_AREAS = {"GC-MS impurity profiling of ATS", "Cocaine profiling (GC-FID)", "Heroin profiling"}
_COURSES = {
    "GC-MS impurity profiling of ATS": ("course", "Harmonised impurity profiling of amphetamine (CHAMP method)",
                                        "UNODC Laboratory and Scientific Service", 35),
    "Cocaine profiling (GC-FID)": ("course", "Chemical profiling of cocaine: minor alkaloids by GC-FID",
                                   "UNODC Laboratory and Scientific Service", 35),
    "Heroin profiling": ("workshop", "Regional workshop on heroin signature analysis",
                         "West African forensic network, Accra", 24),
    "Tablet physical profiling": ("workshop", "Physical profiling of ecstasy and captagon tablets",
                                  "Regional forensic network workshop, Dakar", 16),
    "Reference standard handling": ("course", "Management of reference materials under ISO/IEC 17025",
                                    "In-house quality unit", 8),
    "Clandestine laboratory investigation": ("course", "Clandestine laboratory investigation and safety",
                                             "UNODC Global SMART / CLEAN programme", 40),
}
_PLAN = {  # analyst -> areas
    "cokafor": ("GC-MS impurity profiling of ATS", "Cocaine profiling (GC-FID)", "Reference standard handling",
                "Clandestine laboratory investigation"),
    "mquispe": ("Cocaine profiling (GC-FID)", "Heroin profiling", "Reference standard handling"),
    "nthilan": ("GC-MS impurity profiling of ATS", "Tablet physical profiling", "Reference standard handling",
                "Clandestine laboratory investigation"),
    "skone": ("Heroin profiling", "Tablet physical profiling", "Reference standard handling"),
}
# Authorisations that fall due for requalification soon (days from today; negative: overdue).
_DUE_SOON = {("cokafor", "Reference standard handling"): 12, ("mquispe", "Heroin profiling"): 25,
             ("nthilan", "Clandestine laboratory investigation"): -6}
_IN_TRAINING = {("skone", "Tablet physical profiling")}  # newest analyst, still under supervision
# Fixed z-scores, so the demo shows each outcome whatever the seed.
_FIXED_Z = {("mquispe", "Cocaine profiling (GC-FID)", 0): 2.4, ("skone", "Heroin profiling", 0): -3.3}


def _add_training(cat: Catalogue, rng: random.Random, today: dt.date) -> None:
    days = dt.timedelta
    validity = 730  # authorisations are valid for two years
    for analyst in _ANALYSTS:
        for area in _PLAN[analyst.username]:
            due = _DUE_SOON.get((analyst.username, area))
            if due is not None:
                start = today - days(validity - due + 100)
            else:  # long enough ago for at least one proficiency-test round since authorisation
                start = today - days(rng.randint(420, 650))
            if (analyst.username, area) in _IN_TRAINING:
                start = today - days(rng.randint(40, 60))
            activity, title, provider, hours = _COURSES[area]
            cat.act_as(analyst.username)
            records = [
                {"activity_type": activity, "title": title, "provider": provider, "started_on": start,
                 "ended_on": start + days(max(1, hours // 8) - 1), "hours": hours, "outcome": "attended"},
                {"activity_type": "supervised_practice", "title": f"Supervised casework: {area.lower()}",
                 "provider": f"In-house, supervised by {_QM.full_name}", "started_on": start + days(20),
                 "ended_on": None if (analyst.username, area) in _IN_TRAINING else start + days(80),
                 "hours": rng.choice((60, 80, 120)),
                 "outcome": None if (analyst.username, area) in _IN_TRAINING else "passed"},
            ]
            for values in records:
                _training(cat, analyst, area, values)
            if (analyst.username, area) in _IN_TRAINING:
                continue
            _training(cat, analyst, area, {
                "activity_type": "competence_assessment", "title": f"Competence assessment: {area}",
                "provider": "In-house quality unit", "started_on": start + days(90),
                "ended_on": start + days(90), "hours": 4, "outcome": "passed",
                "score": float(rng.randint(78, 97))})
            authorised = start + days(100)
            cat.act_as(_QM.username)
            _training(cat, analyst, area, {
                "activity_type": "authorisation", "title": f"Authorised to report casework: {area}",
                "provider": "Laboratory management", "started_on": authorised, "outcome": "authorised",
                "authorised_by": _QM.full_name, "requalification_due": authorised + days(validity)})
            if area not in _PT_AREAS:
                continue
            cat.act_as(analyst.username)
            for i, round_day in enumerate(_ice_rounds(authorised, today)):
                z = _FIXED_Z.get((analyst.username, area, i), round(rng.gauss(0.0, 1.0), 2))
                outcome = "satisfactory" if abs(z) <= 2 else "questionable" if abs(z) < 3 else "unsatisfactory"
                _training(cat, analyst, area, {
                    "activity_type": "proficiency_test", "title": "International Collaborative Exercises",
                    "provider": "UNODC Laboratory and Scientific Service", "started_on": round_day,
                    "ended_on": round_day + days(42), "pt_scheme": "UNODC ICE",
                    "pt_round": f"{round_day.year}/{1 if round_day.month <= 6 else 2}", "z_score": z,
                    "outcome": outcome,
                    "notes": None if outcome == "satisfactory" else
                    "Root-cause analysis opened; result reviewed with the quality manager."})


def _ice_rounds(after: dt.date, today: dt.date) -> list[dt.date]:
    """UNODC ICE rounds (two a year, opening in March and September) between ``after`` and today."""
    out = []
    for year in range(after.year, today.year + 1):
        for month in (3, 9):
            day = dt.date(year, month, 15)
            if after < day and day + dt.timedelta(days=42) <= today:
                out.append(day)
    return out


def _training(cat: Catalogue, analyst: DemoUser, area: str, values: dict[str, Any]) -> None:
    record = {"staff_member": analyst.full_name, "competence_area": area, "shareable": False}
    for key, value in values.items():
        record[key] = value.isoformat() if isinstance(value, dt.date) else value
    cat.add("training_record", record)
