"""The demo laboratory's reference standards: about forty controlled substances, precursors and
adulterants, each received, released by the quality manager and withdrawn from for cases (its chain of
custody) as its scenario says (in use, expiring, expired, low in stock, consumed, disposed of, new)."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .demo_people import _ANALYSTS, _QM

if TYPE_CHECKING:
    from .store import Catalogue


# --- reference standards ------------------------------------------------------------------

UNODC = "UNODC Reference Standards Programme"
CERILLIANT = "Cerilliant (Merck)"
LGC = "LGC Standards"
LIPOMED = "Lipomed AG"
NMIA = "National Measurement Institute Australia (NMIA)"
EDQM = "EDQM (Ph. Eur. reference standard)"
CAYMAN = "Cayman Chemical"
SIGMA = "Sigma-Aldrich (Merck)"

_SAFE = ("Controlled-drug safe CD-1, shelf {n}", "15–25 °C, dry, protected from light")
_FRIDGE = ("Refrigerator F-2 (controlled drugs, locked), rack {n}", "+2 to +8 °C, protected from light")
_FREEZER = ("Freezer Z-1 (locked), box {n}", "−20 °C")
_PRECURSOR = ("Precursor cabinet PC-1 (ventilated, locked), shelf {n}", "15–25 °C, ventilated")
_FLAMMABLE = ("Flammables cabinet FC-1, shelf {n}", "15–25 °C, away from oxidisers")
_REAGENT = ("Reagent store R-3, shelf {n}", "15–25 °C, dry")

# scenario: how the standard's life has gone so far
#   use       released and in use, a few withdrawals
#   expiring  in use, expiry/retest within 30 days
#   overdue   in use, expiry passed last month and nobody has taken it out yet
#   expired   taken out of use as expired by the quality manager
#   low       in use, little left
#   consumed  used up
#   disposed  used up and disposed of by the quality manager
#   new       just received, in quarantine awaiting the certificate check
# (code, substance, CAS, salt form, schedule, provider, purity, ±, purity unit,
#  quantity, unit, storage, scenario)
_STANDARDS: tuple[tuple, ...] = (
    ("RS-COC-001", "Cocaine hydrochloride", "53-21-4", "hydrochloride", "1961-I", UNODC, 99.3, 0.4, "%", 100, "mg", _SAFE, "use"),
    ("RS-COC-002", "Cocaine", "50-36-2", "base", "1961-I", CERILLIANT, 1.000, 0.005, "mg/mL", 5, "mL", _FRIDGE, "expiring"),
    ("RS-COC-003", "Benzoylecgonine", "519-09-5", "base", "1961-I", LGC, 1.000, 0.006, "mg/mL", 2, "mL", _FREEZER, "expired"),
    ("RS-COC-004", "Ecgonine methyl ester", "7143-09-1", "base", "1961-I", LIPOMED, 98.5, 1.0, "%", 10, "mg", _FREEZER, "low"),
    ("RS-COC-005", "Tropacocaine", "537-26-8", "base", "none", LIPOMED, 98.0, 1.0, "%", 10, "mg", _FREEZER, "use"),
    ("RS-COC-006", "Cocaine hydrochloride", "53-21-4", "hydrochloride", "1961-I", UNODC, 99.1, 0.5, "%", 100, "mg", _SAFE, "disposed"),
    ("RS-HER-001", "Diacetylmorphine hydrochloride (heroin)", "1502-95-0", "hydrochloride", "1961-I", UNODC, 98.9, 0.6, "%", 100, "mg", _SAFE, "use"),
    ("RS-HER-002", "Diacetylmorphine (heroin)", "561-27-3", "base", "1961-I", LIPOMED, 99.0, 0.5, "%", 50, "mg", _SAFE, "overdue"),
    ("RS-HER-003", "6-Monoacetylmorphine (6-MAM)", "2784-73-8", "base", "1961-I", CERILLIANT, 1.000, 0.005, "mg/mL", 2, "mL", _FREEZER, "use"),
    ("RS-HER-004", "Acetylcodeine", None, "base", None, LGC, 0.100, 0.001, "mg/mL", 1, "mL", _FREEZER, "use"),
    ("RS-HER-005", "Morphine", "57-27-2", "base", "1961-I", LIPOMED, 99.2, 0.5, "%", 100, "mg", _SAFE, "use"),
    ("RS-HER-006", "Codeine", "76-57-3", "base", "1961-II", LIPOMED, 99.4, 0.4, "%", 100, "mg", _SAFE, "low"),
    ("RS-HER-007", "Noscapine", "128-62-1", "base", "none", SIGMA, 98.5, 1.0, "%", 1, "g", _REAGENT, "use"),
    ("RS-HER-008", "Papaverine", "58-74-2", "base", "none", SIGMA, 98.0, 1.0, "%", 1, "g", _REAGENT, "consumed"),
    ("RS-ATS-001", "Amphetamine sulfate", "60-13-9", "sulfate", "1971-II", UNODC, 99.1, 0.5, "%", 100, "mg", _SAFE, "use"),
    ("RS-ATS-002", "Amphetamine", "300-62-9", "base", "1971-II", CERILLIANT, 1.000, 0.005, "mg/mL", 5, "mL", _FRIDGE, "expiring"),
    ("RS-ATS-003", "Methamphetamine hydrochloride", "51-57-0", "hydrochloride", "1971-II", UNODC, 99.4, 0.4, "%", 100, "mg", _SAFE, "low"),
    ("RS-ATS-004", "Methamphetamine", "537-46-2", "base", "1971-II", NMIA, 99.0, 0.6, "%", 50, "mg", _SAFE, "new"),
    ("RS-ATS-005", "MDMA", "42542-10-9", "base", "1971-I", CERILLIANT, 1.000, 0.005, "mg/mL", 5, "mL", _FRIDGE, "use"),
    ("RS-ATS-006", "MDA", "4764-17-4", "base", "1971-I", CERILLIANT, 1.000, 0.005, "mg/mL", 2, "mL", _FRIDGE, "use"),
    ("RS-ATS-007", "Methcathinone", "5650-44-2", "base", "1971-I", LGC, 98.0, 1.0, "%", 10, "mg", _FREEZER, "expired"),
    ("RS-ATS-008", "Mephedrone (4-MMC)", "1189805-46-6", "base", "1971-II", CAYMAN, 98.0, 1.0, "%", 10, "mg", _FREEZER, "use"),
    ("RS-OPI-001", "Fentanyl citrate", "990-73-8", "citrate", "1961-I", CERILLIANT, 100.0, 0.5, "µg/mL", 1, "mL", _FRIDGE, "low"),
    ("RS-OPI-002", "Tramadol hydrochloride", "36282-47-0", "hydrochloride", "none", EDQM, 99.8, 0.2, "%", 200, "mg", _SAFE, "use"),
    ("RS-NPS-001", "Ketamine hydrochloride", "1867-66-9", "hydrochloride", "none", UNODC, 99.5, 0.3, "%", 100, "mg", _SAFE, "expiring"),
    ("RS-CAN-001", "Δ9-Tetrahydrocannabinol (dronabinol)", "1972-08-3", "base", "1971-II", CERILLIANT, 1.000, 0.005, "mg/mL", 1, "mL", _FREEZER, "use"),
    ("RS-PRE-001", "Ephedrine hydrochloride", "50-98-6", "hydrochloride", "1988-I", UNODC, 99.6, 0.3, "%", 100, "mg", _PRECURSOR, "use"),
    ("RS-PRE-002", "Pseudoephedrine hydrochloride", "345-78-8", "hydrochloride", "1988-I", EDQM, 99.7, 0.2, "%", 200, "mg", _PRECURSOR, "use"),
    ("RS-PRE-003", "1-Phenyl-2-propanone (P2P, BMK)", "103-79-7", None, "1988-I", SIGMA, 99.0, 0.5, "%", 5, "mL", _PRECURSOR, "use"),
    ("RS-PRE-004", "Safrole", "94-59-7", None, "1988-I", SIGMA, 97.0, 1.0, "%", 5, "mL", _PRECURSOR, "new"),
    ("RS-PRE-005", "Piperonal", "120-57-0", None, "1988-I", SIGMA, 99.0, 0.5, "%", 25, "g", _PRECURSOR, "use"),
    ("RS-PRE-006", "3,4-Methylenedioxyphenyl-2-propanone (PMK)", "4676-39-5", None, "1988-I", LGC, 98.0, 1.0, "%", 1, "g", _PRECURSOR, "expiring"),
    ("RS-PRE-007", "Acetic anhydride", "108-24-7", None, "1988-I", SIGMA, 99.5, 0.2, "%", 500, "mL", _FLAMMABLE, "use"),
    ("RS-PRE-008", "Potassium permanganate", "7722-64-7", None, "1988-I", SIGMA, 99.0, 0.5, "%", 250, "g", _REAGENT, "use"),
    ("RS-PRE-009", "alpha-Phenylacetoacetonitrile (APAAN)", "4468-48-8", None, "1988-I", CAYMAN, 98.0, 1.0, "%", 100, "mg", _PRECURSOR, "use"),
    ("RS-PRE-010", "Norephedrine (phenylpropanolamine)", "14838-15-4", "base", "1988-I", LGC, 98.5, 1.0, "%", 100, "mg", _PRECURSOR, "overdue"),
    ("RS-PRE-011", "Toluene", "108-88-3", None, "1988-II", SIGMA, 99.8, 0.1, "%", 1, "L", _FLAMMABLE, "use"),
    ("RS-ADL-001", "Levamisole hydrochloride", "16595-80-5", "hydrochloride", "none", EDQM, 99.6, 0.3, "%", 200, "mg", _REAGENT, "use"),
    ("RS-ADL-002", "Phenacetin", "62-44-2", "base", "none", SIGMA, 98.0, 1.0, "%", 1, "g", _REAGENT, "low"),
    ("RS-ADL-003", "Caffeine", "58-08-2", "base", "none", EDQM, 99.9, 0.1, "%", 1, "g", _REAGENT, "use"),
    ("RS-ADL-004", "Paracetamol", "103-90-2", "base", "none", EDQM, 99.9, 0.1, "%", 1, "g", _REAGENT, "use"),
    ("RS-ADL-005", "Lidocaine", "137-58-6", "base", "none", EDQM, 99.8, 0.2, "%", 1, "g", _REAGENT, "use"),
    ("RS-ADL-006", "Procaine", "59-46-1", "base", "none", SIGMA, 99.0, 0.5, "%", 1, "g", _REAGENT, "new"),
    ("RS-ADL-007", "Theophylline", "58-55-9", "base", "none", SIGMA, 99.0, 0.5, "%", 1, "g", _REAGENT, "disposed"),
    ("RS-ADL-008", "Diltiazem", "42399-41-7", "base", "none", SIGMA, 98.0, 1.0, "%", 500, "mg", _REAGENT, "use"),
    ("RS-ADL-009", "Benzocaine", "94-09-7", "base", "none", SIGMA, 99.0, 0.5, "%", 1, "g", _REAGENT, "use"),
)


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _add_standards(cat: Catalogue, rng: random.Random, today: dt.date) -> None:
    from . import attachments, custody

    days = dt.timedelta
    certificates = Path(tempfile.mkdtemp(prefix="labnet-demo-"))
    cases = [f"NDLEA/{today.year - 1}/{n:05d}" for n in range(101, 160, 7)] + \
            [f"NACOC/{today.year}/{n:05d}" for n in range(12, 80, 9)]
    purposes = ("calibration for case analysis", "identification (GC-MS) of seized powder",
                "quantification (GC-FID) of seized samples", "profiling run: control sample",
                "method validation", "proficiency test (UNODC ICE)")
    try:
        for n, spec in enumerate(_STANDARDS):
            (code, substance, cas, salt, schedule, provider, purity, unc, purity_unit, quantity, unit,
             storage, scenario) = spec
            receiver = _ANALYSTS[n % len(_ANALYSTS)]
            received = today - days(rng.randint(15, 40) if scenario == "new" else rng.randint(200, 650))
            expiry = {
                "expiring": today + days(rng.randint(4, 27)),
                "overdue": today - days(rng.randint(3, 25)),
                "expired": today - days(rng.randint(45, 150)),
            }.get(scenario, received + days(rng.choice((3, 4, 5)) * 365))
            lot = {UNODC: f"UNODC-RS-{received.year}-{rng.randint(100, 999)}",
                   CERILLIANT: f"FE{rng.randint(10000000, 99999999)}",
                   LGC: f"G{rng.randint(100000, 999999)}", LIPOMED: f"{rng.randint(1000, 9999)}.{rng.randint(1, 9)}B",
                   NMIA: f"NMIA-D{rng.randint(100, 999)}", EDQM: f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
                   CAYMAN: f"0{rng.randint(600000, 699999)}", SIGMA: f"MKC{rng.randint(1000, 9999)}"}[provider]
            location, conditions = storage
            cat.act_as(receiver.username)
            sample = cat.add("reference_sample", {
                "inventory_code": code, "substance": substance, "cas_number": cas, "salt_form": salt,
                "schedule": schedule, "provider": provider, "lot": lot, "purity": purity,
                "purity_uncertainty": unc, "purity_unit": purity_unit, "received_on": _iso(received),
                "expiry_on": _iso(expiry), "quantity": quantity, "remaining_quantity": quantity, "unit": unit,
                "low_stock_level": None if scenario != "low" else quantity * 0.2,
                "storage_location": location.format(n=1 + n % 4), "storage_conditions": conditions,
                "status": "quarantined", "shareable": provider == UNODC,
                "notes": ("Received through the UNODC programme; free of charge to national laboratories."
                          if provider == UNODC else
                          "CAS number to be confirmed from the certificate." if cas is None else None),
            })
            if scenario == "new":
                continue  # awaiting the quality manager's check of the certificate
            cat.act_as(_QM.username)
            certificate = certificates / f"{code}-certificate.txt"
            certificate.write_text(
                f"CERTIFICATE OF ANALYSIS (demo)\n{provider}\nProduct: {substance}\nCAS: {cas or 'n/a'}\n"
                f"Lot: {lot}\nCertified purity: {purity} ± {unc} {purity_unit} (k = 2)\n"
                f"Valid until: {_iso(expiry)}\n", encoding="utf-8")
            attachments.attach_certificate(cat, "reference_sample", sample["id"], certificate)
            cat.update("reference_sample", sample["id"], {"status": "in_use"})
            _withdrawals(cat, custody, rng, sample["id"], scenario, quantity, unit, received, expiry,
                         today, cases, purposes)
            cat.act_as(_QM.username)
            if scenario == "expired":
                cat.update("reference_sample", sample["id"], {"status": "expired"})
            elif scenario == "disposed":
                cat.update("reference_sample", sample["id"], {
                    "status": "disposed", "notes": "Empty vial disposed of with the controlled-drug waste; "
                                                   "witnessed by the quality manager."})
    finally:
        for f in certificates.iterdir():
            f.unlink()
        certificates.rmdir()


def _withdrawals(cat, custody, rng, sample_id, scenario, quantity, unit, received, expiry, today,
                 cases, purposes) -> None:
    """Withdrawals spread between receipt and today (or expiry), in the standard's unit family."""
    small = {"mg": ("mg", 1.0), "g": ("mg", 1000.0), "mL": ("µL", 1000.0), "L": ("mL", 1000.0)}
    w_unit, factor = small[unit]
    total = quantity * factor  # in the withdrawal unit
    if scenario in ("consumed", "disposed"):
        fractions = [0.3, 0.25, 0.25, 0.2]
    elif scenario == "low":
        fractions = [0.25, 0.2, 0.2, 0.15, 0.1]  # 10 % left, below the 20 % level
    else:
        k = rng.randint(2, 6)
        fractions = [rng.uniform(0.02, 0.08) for _ in range(k)]
    last_day = min(today, expiry - dt.timedelta(days=1))
    first_day = received + dt.timedelta(days=10)
    span = max(1, (last_day - first_day).days)
    dates = sorted(first_day + dt.timedelta(days=rng.randint(0, span)) for _ in fractions)
    remaining = total
    for i, (fraction, day) in enumerate(zip(fractions, dates)):
        last = scenario in ("consumed", "disposed") and i == len(fractions) - 1
        amount = round(remaining, 6) if last else round(total * fraction, 1)
        remaining -= amount
        analyst = rng.choice(_ANALYSTS)
        cat.act_as(analyst.username)
        custody.withdraw(cat, sample_id, amount, w_unit, withdrawn_by=analyst.full_name,
                         case_number=rng.choice(cases), purpose=rng.choice(purposes),
                         taken_at=f"{day.isoformat()}T{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:00Z",
                         today=day)
