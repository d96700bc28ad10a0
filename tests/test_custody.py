"""Withdrawals: the chain of custody and the stock move together."""

import datetime as dt
import sqlite3

import pytest

from factories import days, sample
from labnet.catalogue import custody
from labnet.catalogue.errors import CatalogueError


@pytest.fixture
def standard(cat):
    return cat.add("reference_sample", sample(opened_on=None))


def test_a_withdrawal_is_logged_lowers_the_stock_and_opens_the_standard(cat, standard):
    entry = custody.withdraw(cat, standard["id"], "0,0125", "g", case_number="CR/2025/17", purpose="calibration")
    assert entry["quantity_in_sample_unit"] == 12.5 and entry["remaining_after"] == 67.5
    after = cat.get("reference_sample", standard["id"])
    assert after["remaining_quantity"] == 67.5 and after["version"] == 2
    assert after["opened_on"] == dt.date.today().isoformat()
    custody.withdraw(cat, standard["id"], 7.5, "mg")
    log = custody.usage_log(cat, standard["id"])
    assert [(e["entry_number"], e["remaining_after"], e["withdrawn_by"]) for e in log] == [
        (1, 67.5, "amina"), (2, 60.0, "amina")]
    assert [a["action"] for a in cat.audit_entries(record_id=standard["id"])][-1] == "withdraw"


def test_never_below_zero(cat, standard):
    with pytest.raises(CatalogueError, match="Only 80 mg of RS-2025-001 remain; 81 mg cannot be withdrawn"):
        custody.withdraw(cat, standard["id"], 81, "mg")
    assert cat.get("reference_sample", standard["id"])["remaining_quantity"] == 80
    assert custody.usage_log(cat, standard["id"]) == []


def test_taking_the_last_of_it_marks_the_standard_consumed(cat, standard):
    custody.withdraw(cat, standard["id"], 0.08, "g")
    assert cat.get("reference_sample", standard["id"])["status"] == "consumed"


@pytest.mark.parametrize("quantity,unit,message", [
    (0, "mg", "more than zero"), (-3, "mg", "more than zero"), ("lots", "mg", "not a number"),
    (2, "mL", "one is a mass and the other a volume"), (2, "spoons", "not a unit LabNet knows"),
])
def test_bad_withdrawals(cat, standard, quantity, unit, message):
    with pytest.raises(CatalogueError, match=message):
        custody.withdraw(cat, standard["id"], quantity, unit)
    assert custody.usage_log(cat, standard["id"]) == []


@pytest.mark.parametrize("over,message", [
    ({"status": "quarantined"}, "is quarantined; only a standard in use"),
    ({"expiry_on": days(-1)}, "expired on"),
])
def test_unusable_standards(cat, over, message):
    rec = cat.add("reference_sample", sample(**over))
    with pytest.raises(CatalogueError, match=message):
        custody.withdraw(cat, rec["id"], 1, "mg")


def test_the_usage_log_cannot_be_edited(cat, standard):
    custody.withdraw(cat, standard["id"], 1, "mg")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        cat.conn.execute("UPDATE usage_log SET quantity = 0.5")
