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

The profiles come from ``labnet.catalogue.demo_profiles`` (the generator the
benchmarks use too); the standards, the training records and the accounts from
``demo_standards``, ``demo_training`` and ``demo_people``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from pathlib import Path

from .demo_people import _ADMIN, _ANALYSTS, DEMO_DEFAULT_USER, DEMO_USERS, DemoUser
from .demo_profiles import (
    PROFILED_DRUGS,
    _today,
    demo_profile_rows_csv,
    generate_profiles,
    load_targets,
    profile_csv_columns,
)
from .demo_standards import _add_standards
from .demo_training import _add_training
from .errors import CatalogueError, Message
from .records import PROFILING_RESULT
from .store import Catalogue

DEMO_PASSWORD = "labnet-demo"
DEMO_META_KEY = "demo_catalogue"


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


# What other modules import from here; the generator and the demo's records live in the demo_* modules.
__all__ = ["DEMO_PASSWORD", "DEMO_META_KEY", "DEMO_USERS", "DEMO_DEFAULT_USER", "DemoUser", "PROFILED_DRUGS",
           "create_demo_catalogue", "is_demo_catalogue", "generate_profiles", "demo_profile_rows_csv",
           "profile_csv_columns", "load_targets"]
