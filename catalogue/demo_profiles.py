"""The generator of invented profiling results: ``generate_profiles`` (the demo catalogue's results, and the
benchmarks' and tests' rows) and ``demo_profile_rows_csv`` (the same rows as a CSV file in the import format).

Samples come in production batches that share a chemical profile over the target compounds read from
``resources/targets/<drug>.json`` (the same lists profiling uses); everything is fixed by ``seed`` and
``today``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import random
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from .demo_people import _ANALYSTS
from .errors import CatalogueError, Message
from .records import PROFILING_RESULT

PROFILED_DRUGS = ("amphetamine", "mdma", "cocaine", "heroin")


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
