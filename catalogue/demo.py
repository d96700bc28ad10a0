"""A demo catalogue: a realistic, invented laboratory to try LabNet on.

``create_demo_catalogue(data_dir)`` fills an empty data folder with what a
drug-analysis laboratory in a West African forensic network would keep:

- six accounts, all with the password ``labnet-demo`` (``DEMO_PASSWORD``):

  ==========  =========================  ================
  user name   name                       role
  ==========  =========================  ================
  admin       Aminata Diallo             administrator
  kmensah     Kwame Mensah               quality manager
  cokafor     Chidinma Okafor            analyst
  mquispe     María Fernanda Quispe      analyst
  nthilan     Nguyễn Thị Lan             analyst
  skone       Souleymane Koné            analyst
  ==========  =========================  ================

- about forty reference standards of controlled substances, precursors and
  common adulterants, with their real CAS numbers and international control
  status, received, released by the quality manager, withdrawn from for
  cases (so each has a chain of custody), some expiring within 30 days, some
  expired, some low in stock, consumed or disposed of;
- training records for each analyst (courses, workshops, supervised
  practice, competence assessments, authorisations by the quality manager,
  UNODC ICE proficiency tests with z-scores), some requalifications due soon;
- ``profiles`` profiling results (600 by default) of amphetamine, MDMA
  tablets, cocaine and heroin seized over the last two years, mostly in West
  Africa.  Samples come in production batches of 3 to 8 that share a
  chemical profile (target-compound peak areas, with 5–10 % analytical noise)
  and, for tablets, a logo, colour and size; each result's notes say which
  batch it came from ("demo batch B017"), the ground truth for linkage.

Dates are offsets from the day the demo is created, so the dashboard always
has something to show on that day.  Everything else is fixed by ``seed``:
the same seed on the same day gives the same catalogue.

The target-compound lists are read from ``resources/targets/<drug>.json``,
the same lists profiling uses.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import math
import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import CatalogueError, Message
from .records import PROFILING_RESULT
from .store import Catalogue

DEMO_PASSWORD = "labnet-demo"
DEMO_META_KEY = "demo_catalogue"
PROFILED_DRUGS = ("amphetamine", "mdma", "cocaine", "heroin")


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str


DEMO_USERS = (
    DemoUser("admin", "Aminata Diallo", "administrator"),
    DemoUser("kmensah", "Kwame Mensah", "quality_manager"),
    DemoUser("cokafor", "Chidinma Okafor", "analyst"),
    DemoUser("mquispe", "María Fernanda Quispe", "analyst"),
    DemoUser("nthilan", "Nguyễn Thị Lan", "analyst"),
    DemoUser("skone", "Souleymane Koné", "analyst"),
)
DEMO_DEFAULT_USER = "cokafor"  # whom the demo window acts as, unless told otherwise
_ADMIN, _QM = DEMO_USERS[0], DEMO_USERS[1]
_ANALYSTS = DEMO_USERS[2:]


# --- target compounds --------------------------------------------------------------

_DEMO_TARGETS = {"amphetamine": 12}   # how many of a list's compounds (from the start) the demo invents areas for


@cache
def load_targets(drug_type: str) -> tuple[str, ...]:
    """The target compounds of ``drug_type`` from ``resources/targets``."""
    path = files("labnet.resources") / "targets" / f"{drug_type}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(Message("There is no target-compound list for {drug}; "
                                     "reinstall LabNet (resources/targets is missing a file).",
                                     drug=drug_type)) from None
    return tuple(data["targets"])


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

# --- places, people and things seen in seizures -------------------------------------------

# country -> (weight, case-file prefix, [(region, place code, place)])
_COUNTRIES: dict[str, tuple[int, str, list[tuple[str, str, str]]]] = {
    "NG": (30, "NDLEA", [("Lagos", "LOS", "Murtala Muhammed International Airport"),
                         ("Lagos", "APP", "Apapa port"),
                         ("Kano", "KAN", "Mallam Aminu Kano International Airport"),
                         ("FCT", "ABV", "Nnamdi Azikiwe International Airport"),
                         ("Ogun", "IDI", "Idiroko border post")]),
    "GH": (18, "NACOC", [("Greater Accra", "ACC", "Kotoka International Airport"),
                         ("Greater Accra", "TEM", "Port of Tema"),
                         ("Volta", "AFL", "Aflao border post")]),
    "SN": (12, "OCRTIS", [("Dakar", "DKR", "Port autonome de Dakar"),
                          ("Dakar", "DSS", "Aéroport international Blaise-Diagne"),
                          ("Ziguinchor", "ZIG", "Route nationale 4, Ziguinchor")]),
    "CI": (12, "DPSD", [("Abidjan", "ABJ", "Port autonome d'Abidjan"),
                        ("Abidjan", "FHB", "Aéroport Félix-Houphouët-Boigny"),
                        ("San-Pédro", "SPY", "Port de San-Pédro")]),
    "BJ": (8, "OCERTID", [("Littoral", "COO", "Port autonome de Cotonou"),
                          ("Ouémé", "SEM", "Poste frontalier de Sèmè-Kraké")]),
    "TG": (7, "OCRTIDB", [("Maritime", "LOM", "Port autonome de Lomé"),
                          ("Maritime", "LFW", "Aéroport international Gnassingbé-Eyadéma")]),
    "BF": (6, "CNLD", [("Centre", "OUA", "Aéroport de Ouagadougou"),
                       ("Hauts-Bassins", "BOY", "Poste de contrôle de Bobo-Dioulasso")]),
    "ML": (3, "OCS", [("Bamako", "BKO", "Aéroport de Bamako-Sénou")]),
    "GW": (2, "PJ", [("Bissau", "OXB", "Porto de Bissau")]),
    "BR": (1, "PF", [("São Paulo", "GRU", "Aeroporto de Guarulhos (postal hub)")]),
    "ES": (1, "GC", [("Madrid", "MAD", "Aeropuerto Adolfo Suárez Madrid-Barajas")]),
    "NL": (1, "FIOD", [("Zuid-Holland", "RTM", "Port of Rotterdam")]),
}
_COUNTRY_CODES = tuple(_COUNTRIES)
_COUNTRY_WEIGHTS = tuple(w for w, _, _ in _COUNTRIES.values())

# drug -> (weight, main substance, method, instrument, internal standard, reference standards used)
_DRUGS: dict[str, tuple[int, str, str, str, str, tuple[str, ...]]] = {
    "cocaine": (35, "cocaine hydrochloride", "GC-FID, minor alkaloids (silylated), UNODC/Lausanne",
                "Agilent 8890 GC-FID (GC-FID-01)", "tetracosane", ("RS-COC-001", "RS-COC-004", "RS-COC-005")),
    "heroin": (20, "diacetylmorphine", "GC-FID, major and minor alkaloids (silylated)",
               "Agilent 8890 GC-FID (GC-FID-01)", "tetracosane", ("RS-HER-001", "RS-HER-003", "RS-HER-005")),
    "amphetamine": (20, "amphetamine sulfate", "GC-MS impurity profiling, CHAMP harmonised method",
                    "Agilent 7890B/5977B GC-MS (GC-MS-02)", "eicosane", ("RS-ATS-001", "RS-PRE-003")),
    "mdma": (25, "MDMA hydrochloride", "GC-MS impurity profiling of MDMA tablets",
             "Agilent 7890B/5977B GC-MS (GC-MS-02)", "diphenylamine", ("RS-ATS-005", "RS-ATS-006")),
}
_DRUG_CODES = tuple(_DRUGS)
_DRUG_WEIGHTS = tuple(v[0] for v in _DRUGS.values())

_ADULTERANTS = {
    "cocaine": ("levamisole", "phenacetin", "lidocaine", "caffeine", "diltiazem", "hydroxyzine", "procaine",
                "benzocaine"),
    "heroin": ("caffeine", "paracetamol", "dextromethorphan", "griseofulvin", "phenobarbital"),
    "amphetamine": ("caffeine", "paracetamol"),
    "mdma": ("caffeine",),
}
_DILUENTS = {
    "cocaine": ("mannitol", "lactose", "sucrose", "inositol", "starch"),
    "heroin": ("lactose", "glucose", "starch", "calcium carbonate"),
    "amphetamine": ("glucose", "lactose", "creatine", "starch"),
    "mdma": ("microcrystalline cellulose", "lactose", "sorbitol", "magnesium stearate"),
}
_PACKAGING = {
    "cocaine": ("bricks in cling film and tape, stamped", "pellets (body packer)",
                "vacuum-sealed bags in luggage lining", "bricks in carbon paper and rubber"),
    "heroin": ("pellets (body packer)", "plastic bags in a false-bottomed suitcase", "small paper wraps"),
    "amphetamine": ("zip bags", "plastic bags in a postal parcel", "tablets in blister strips"),
    "mdma": ("zip bags of tablets", "tablets in a postal parcel", "tablets hidden in sweets packets"),
}
_MDMA_TABLETS = (  # logo, colour, shape, diameter mm, thickness mm, weight mg, score line
    ("Tesla", "red", "shield", 11.0, 5.2, 430, "none"),
    ("Philipp Plein", "pink", "skull", 12.5, 5.8, 480, "none"),
    ("Superman", "blue", "round", 9.8, 4.6, 350, "none"),
    ("Rolex", "yellow", "round", 9.0, 4.4, 300, "single"),
    ("Red Bull", "blue", "rectangular", 11.8, 4.9, 410, "none"),
    ("Punisher", "blue", "round", 9.5, 5.0, 380, "none"),
    ("Heineken", "green", "round", 9.2, 4.8, 330, "single"),
    ("Donkey Kong", "brown", "round", 10.0, 5.1, 400, "none"),
    ("Bugatti", "grey", "round", 9.6, 4.7, 360, "cross"),
    ("Mitsubishi", "white", "round", 8.5, 4.2, 280, "none"),
    ("Dior", "purple", "round", 9.3, 4.5, 340, "single"),
    ("Ferrari", "orange", "round", 9.4, 4.9, 370, "none"),
)
_CAPTAGON = ("two crescents", "white", "round", 7.5, 3.8, 170, "none")


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


# --- profiling results -----------------------------------------------------------------------

def generate_profiles(n: int, *, seed: int = 2026, today: dt.date | None = None,
                      start: int = 0) -> Iterator[dict[str, Any]]:
    """``n`` invented profiling results as clean field values, in batches.

    Samples of one production batch (3 to 8 of them, spread over 1 to 3
    seizures, possibly in several countries) share a base chemical profile
    and differ by 5–10 % analytical noise per peak; different batches differ
    much more.  ``notes`` names the batch ("demo batch B017").  ``start``
    offsets the lab sample numbers so that two runs can be given distinct
    keys.  Nothing is held in memory beyond the current batch.
    """
    rng = random.Random(seed)
    today = _today(today)
    oldest = 730  # days: everything was seized within the last two years
    analysts = [u.full_name for u in _ANALYSTS]
    seizure_counter: dict[tuple[str, int], int] = {}
    case_counter: dict[tuple[str, int], int] = {}
    produced, batch_no = 0, 0
    # The demo's profiles are made over the compounds each list had when the demo was written (the amphetamine
    # list has grown since); the compounds added later are simply not detected, so a seed gives the same data.
    targets = {d: load_targets(d)[:_DEMO_TARGETS.get(d)] for d in _DRUG_CODES}
    later = {d: load_targets(d)[len(targets[d]):] for d in _DRUG_CODES}
    # The population each drug's batches are drawn from: a typical level per
    # target (log scale), fixed by the seed.
    typical = {d: [rng.uniform(math.log(2e3), math.log(2e5)) for _ in targets[d]] for d in _DRUG_CODES}
    gauss, uniform, randint, choice, random_ = rng.gauss, rng.uniform, rng.randint, rng.choice, rng.random
    while produced < n:
        batch_no += 1
        drug = rng.choices(_DRUG_CODES, _DRUG_WEIGHTS)[0]
        _, main, method, instrument, istd, refs = _DRUGS[drug]
        names = targets[drug]
        base = [0.0 if random_() < 0.1 else math.exp(mu + gauss(0.0, 0.9)) for mu in typical[drug]]
        noise = uniform(0.05, 0.10)
        purity = {"cocaine": uniform(35, 92), "heroin": uniform(15, 70), "amphetamine": uniform(5, 55),
                  "mdma": uniform(20, 45)}[drug]
        adulterants = rng.sample(_ADULTERANTS[drug], k=min(len(_ADULTERANTS[drug]), randint(0, 2)))
        if drug == "cocaine" and random_() < 0.5 and "levamisole" not in adulterants:
            adulterants.insert(0, "levamisole")  # by far the commonest cutting agent of cocaine
        if drug == "heroin" and random_() < 0.6:
            adulterants = ["caffeine", "paracetamol"]
        diluents = rng.sample(_DILUENTS[drug], k=randint(0, 2))
        tablet = None
        form = "powder"
        if drug == "mdma":
            tablet, form = choice(_MDMA_TABLETS), "tablet"
        elif drug == "amphetamine" and random_() < 0.2:
            tablet, form = _CAPTAGON, "tablet"
        elif drug == "cocaine" and random_() < 0.05:
            form, main = "paste", "cocaine (base)"
        packaging = choice(_PACKAGING[drug])
        size = randint(3, 8)
        first = randint(3, oldest)
        seizures: list[dict[str, Any]] = []
        for _ in range(randint(1, min(3, size))):
            cc = rng.choices(_COUNTRY_CODES, _COUNTRY_WEIGHTS)[0]
            agency, places = _COUNTRIES[cc][1], _COUNTRIES[cc][2]
            region, code, place = choice(places)
            when = today - dt.timedelta(days=min(oldest, max(3, first + randint(-60, 60))))
            key = (cc, when.year)
            seizure_counter[key] = seizure_counter.get(key, 0) + 1
            case_counter[key] = case_counter.get(key, 0) + randint(1, 3)
            seizures.append({
                "seizure_reference": f"{cc}-{code}-{when.year}-{seizure_counter[key]:05d}",
                "case_number": f"{agency}/{when.year}/{case_counter[key]:05d}",
                "seizure_date": when.isoformat(), "seizure_country": cc, "seizure_region": region,
                "seizure_place": place, "packaging": packaging, "_date": when})
        for k in range(min(size, n - produced)):
            seizure = seizures[k % len(seizures)]
            scale = uniform(0.6, 1.6)
            peaks = {name: (float(f"{b * scale * math.exp(gauss(0.0, noise)):.4g}") if b else 0.0)
                     for name, b in zip(names, base)}
            peaks.update({name: 0.0 for name in later[drug]})   # compounds added to the list later: not detected
            analysed = min(today, seizure["_date"] + dt.timedelta(days=randint(3, 90)))
            number = start + produced + 1
            row: dict[str, Any] = {
                "lab_sample_number": f"FDL-{analysed.year}-{number:06d}",
                **{k2: v for k2, v in seizure.items() if k2 != "_date"},
                "drug_type": drug, "form": form, "main_substance": main,
                "purity": round(max(0.5, min(99.0, purity * (1 + gauss(0.0, 0.03)))), 1),
                "adulterants": list(adulterants) or None, "diluents": list(diluents) or None, "peaks": peaks,
                "method": method, "instrument": instrument, "internal_standard": istd,
                "logo": None, "colour": None, "diameter_mm": None, "thickness_mm": None, "weight_mg": None,
                "score_line": None, "shape": None,
                "analyst": choice(analysts), "analysed_on": analysed.isoformat(),
                "reference_samples_used": list(refs), "shareable": random_() < 0.9,
                "notes": f"demo batch B{batch_no:03d}",
            }
            if tablet:
                logo, colour, shape, diameter, thickness, weight, score = tablet
                row.update(logo=logo, colour=colour, shape=shape, score_line=score,
                           diameter_mm=round(diameter + gauss(0.0, 0.04), 2),
                           thickness_mm=round(thickness + gauss(0.0, 0.05), 2),
                           weight_mg=round(weight * (1 + gauss(0.0, 0.02)), 1))
            produced += 1
            yield row


def profile_csv_columns() -> list[str]:
    """The columns of the profiling CSV: field names, then one ``peak:NAME`` per target."""
    fields = [f.name for f in PROFILING_RESULT.fields if f.name != "peaks"]
    peaks = list(dict.fromkeys(name for d in PROFILED_DRUGS for name in load_targets(d)))
    return fields + [f"peak:{name}" for name in peaks]


def demo_profile_rows_csv(path: str | Path, n: int, seed: int = 2026, *, today: dt.date | None = None,
                          start: int = 0) -> Path:
    """Write ``n`` generated profiling results to ``path`` as a CSV in the import format.

    Headers are field names, with a ``peak:NAME`` column per target compound
    (empty where the drug type has no such target); lists are joined with
    "; ", yes/no for booleans, dates as YYYY-MM-DD.
    """
    path = Path(path)
    columns = profile_csv_columns()
    fields = [PROFILING_RESULT.field(c) for c in columns if not c.startswith("peak:")]
    peak_names = [c[5:] for c in columns if c.startswith("peak:")]

    def text(value: Any) -> str:  # Field.to_text, inlined for the common types (speed)
        if value is None:
            return ""
        if value is True or value is False:
            return "yes" if value else "no"
        if isinstance(value, str):
            return value
        if isinstance(value, list):
            return "; ".join(value)
        return repr(value)

    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in generate_profiles(n, seed=seed, today=today, start=start):
            peaks = row["peaks"]
            writer.writerow([text(row[f.name]) for f in fields]
                            + [repr(peaks[p]) if p in peaks else "" for p in peak_names])
    return path


# --- the demo catalogue ---------------------------------------------------------------------

def is_demo_catalogue(cat: Catalogue) -> bool:
    return cat.conn.execute("SELECT 1 FROM meta WHERE key = ?", (DEMO_META_KEY,)).fetchone() is not None


def create_demo_catalogue(data_dir: str | Path, *, profiles: int = 600, seed: int = 2026,
                          today: dt.date | None = None) -> Path:
    """Create the demo catalogue in ``data_dir`` and return its database file.

    A demo catalogue already there is left as it is.  A folder holding a
    catalogue that is not a demo is refused: invented records are never
    mixed into a laboratory's real data.  Everything is written in one
    transaction, so an interrupted build leaves an empty catalogue, not half
    a demo.  Accounts: see the module documentation (password
    ``labnet-demo``).
    """
    data_dir = Path(data_dir)
    today = _today(today)
    cat = Catalogue.open(data_dir, user=_ADMIN.username)
    try:
        if is_demo_catalogue(cat):
            return cat.path
        if cat.conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() or any(
                cat.count(kind) for kind in ("reference_sample", "training_record", "profiling_result")):
            raise CatalogueError(Message(
                "{path} already holds a catalogue that is not the demo; LabNet never mixes invented "
                "records into real ones. Choose an empty folder for the demo.", path=cat.path))
        rng = random.Random(seed)
        with cat.transaction():
            _add_users(cat)
            _add_standards(cat, rng, today)
            _add_training(cat, rng, today)
            _add_profiles(cat, profiles, seed, today)
            cat.act_as(_ADMIN.username)
            cat.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (DEMO_META_KEY, json.dumps(
                {"seed": seed, "profiles": profiles, "created_for": today.isoformat()})))
        return cat.path
    finally:
        cat.close()


def _add_users(cat: Catalogue) -> None:
    # The owner of the fresh catalogue creates the administrator, who creates the rest.
    cat.add_user(_ADMIN.username, _ADMIN.full_name, _ADMIN.role, DEMO_PASSWORD)
    cat.act_as(_ADMIN.username)
    for user in DEMO_USERS[1:]:
        cat.add_user(user.username, user.full_name, user.role, DEMO_PASSWORD)


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


def _add_profiles(cat: Catalogue, n: int, seed: int, today: dt.date) -> None:
    """Profiles in bulk (plan_upsert/apply_upsert), a chunk at a time."""
    from .errors import ValidationError

    cat.act_as(_ANALYSTS[0].username)
    generated = generate_profiles(n, seed=seed, today=today)
    while True:
        rows = []
        for raw in itertools.islice(generated, 5000):
            clean, problems = PROFILING_RESULT.validate(raw)
            if problems:  # a bug in the generator, not something a user did
                raise ValidationError(problems)
            rows.append(clean)
        if not rows:
            return
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows),
                         source={"demo": True, "seed": seed})
