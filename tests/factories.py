"""Valid records to start tests from; each test changes what it is about."""

import datetime as dt

TODAY = dt.date.today()


def days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


def sample(**over):
    values = {
        "inventory_code": "RS-2025-001", "substance": "Cocaine hydrochloride", "cas_number": "53-21-4",
        "salt_form": "hydrochloride", "schedule": "1961-I", "provider": "UNODC Reference Standards Programme",
        "lot": "L-4471", "purity": 99.2, "purity_uncertainty": 0.4, "purity_unit": "%",
        "received_on": days(-200), "opened_on": days(-150), "expiry_on": days(400),
        "quantity": 100, "remaining_quantity": 80, "unit": "mg", "storage_location": "Safe 2, shelf B",
        "storage_conditions": "2–8 °C, dark", "status": "in_use",
    }
    values.update(over)
    return values


def training(**over):
    values = {
        "staff_member": "Adwoa Mensah", "competence_area": "GC-MS impurity profiling of ATS",
        "activity_type": "course", "title": "CHAMP harmonised profiling", "provider": "UNODC",
        "started_on": days(-300), "ended_on": days(-296), "hours": 32, "outcome": "passed",
        "requalification_due": days(400),
    }
    values.update(over)
    return values


def profile(**over):
    values = {
        "lab_sample_number": "LS-2025-0001", "seizure_reference": "SZ-ACC-1187", "case_number": "CR/2025/311",
        "seizure_date": days(-60), "seizure_country": "GH", "seizure_region": "Greater Accra",
        "drug_type": "amphetamine", "form": "powder", "main_substance": "amphetamine sulfate", "purity": 23.5,
        "adulterants": ["caffeine"], "diluents": ["glucose"],
        "peaks": {"1-phenyl-2-propanone": 1.2, "N-formylamphetamine": 8.4, "DPIA": 0.7},
        "method": "GC-MS, CHAMP", "analysed_on": days(-40),
    }
    values.update(over)
    return values


STAFF_PASSWORDS = {"admin": "admin-pass", "ana": "ana-pass", "qm": "qm-passwd"}


def staffed_catalogue(folder):
    """A catalogue in ``folder`` with the staff of ``add_staff`` and one reference sample; its file."""
    from labnet.catalogue.store import Catalogue

    with Catalogue.open(folder, user="owner") as cat:
        add_staff(cat)
        cat.add("reference_sample", sample())
    return folder / "catalogue.db"


def add_staff(cat):
    """An administrator, an analyst (ana) and a quality manager (qm); leaves the analyst acting."""
    cat.add_user("admin", "Aminata Diallo", "administrator", STAFF_PASSWORDS["admin"])
    cat.act_as("admin")
    cat.add_user("ana", "Ana Analyst", "analyst", STAFF_PASSWORDS["ana"])
    cat.add_user("qm", "Kwame Mensah", "quality_manager", STAFF_PASSWORDS["qm"])
    cat.act_as("ana")


def add_shared_profiles(folder, n: int, start: int = 0, prefix: str = "GH") -> list[str]:
    """``n`` shareable profiling results numbered ``<prefix>-<start>``…, added to the catalogue in ``folder``
    as the analyst amina; their ids."""
    from labnet.catalogue.store import Catalogue

    with Catalogue.open(folder, user="amina") as cat:
        return [cat.add("profiling_result", profile(lab_sample_number=f"{prefix}-{start + i:05d}", shareable=True))
                ["id"] for i in range(n)]
