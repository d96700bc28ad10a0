"""Every validation rule, with a good and a bad value, and what the analyst reads."""

import pytest

from factories import days, profile, sample, training
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.records import PROFILING_RESULT, REFERENCE_SAMPLE, TRAINING_RECORD, record_type


def problems(rt, values):
    return {p.field: p.message for p in rt.validate(values)[1]}


@pytest.mark.parametrize("rt,factory", [(REFERENCE_SAMPLE, sample), (TRAINING_RECORD, training),
                                        (PROFILING_RESULT, profile)])
def test_the_factories_are_valid(rt, factory):
    assert problems(rt, factory()) == {}


def test_required_fields_are_named():
    found = problems(REFERENCE_SAMPLE, sample(inventory_code="", substance=None, status="  "))
    assert found["inventory_code"] == "Inventory code is required"
    assert found["substance"] == "Substance is required"
    assert found["status"] == "Status is required"


def test_cas_check_digit():
    assert "check digit" in problems(REFERENCE_SAMPLE, sample(cas_number="53-21-5"))["cas_number"]


@pytest.mark.parametrize("purity,unit,ok", [(0, "%", True), (100, "%", True), (100.1, "%", False),
                                            (-1, "%", False), (998, "mg/g", True), (1001, "mg/g", False)])
def test_purity_range_depends_on_its_unit(purity, unit, ok):
    assert ("purity" not in problems(REFERENCE_SAMPLE, sample(purity=purity, purity_unit=unit,
                                                              purity_uncertainty=None))) is ok


def test_uncertainty_needs_a_purity_and_cannot_be_negative():
    assert "without the purity" in problems(REFERENCE_SAMPLE, sample(purity=None))["purity_uncertainty"]
    assert "minimum" in problems(REFERENCE_SAMPLE, sample(purity_uncertainty=-0.1))["purity_uncertainty"]


def test_dates_in_order_received_opened_expiry():
    found = problems(REFERENCE_SAMPLE, sample(received_on=days(-10), opened_on=days(-20), expiry_on=days(300)))
    assert found["opened_on"].startswith("the date opened")
    assert "before the date received" in found["opened_on"]
    found = problems(REFERENCE_SAMPLE, sample(opened_on=None, expiry_on=days(-300)))
    assert "before the date received" in found["expiry_on"]


def test_receipt_cannot_be_in_the_future():
    assert "in the future" in problems(REFERENCE_SAMPLE, sample(received_on=days(30), opened_on=None))["received_on"]


def test_the_future_begins_the_day_after_the_clock_says_today(monkeypatch):
    """The rule's date is made once a second (records._tomorrow), yet follows the clock as date.today():
    tomorrow is accepted (a day's slack for time zones), the day after is not, also across midnight."""
    import datetime as dt
    import time

    from labnet.catalogue import records

    def received(day):
        return problems(REFERENCE_SAMPLE, sample(received_on=day.isoformat(), opened_on=None)).get("received_on")
    for moment in (time.time(), time.mktime((2031, 3, 4, 23, 59, 59, 0, 0, -1))):
        for second in (moment, moment + 1):
            monkeypatch.setattr(records.time, "time", lambda second=second: second)
            today = dt.date.fromtimestamp(second)
            assert received(today + dt.timedelta(days=1)) is None
            assert "in the future" in received(today + dt.timedelta(days=2))


def test_quantities_and_units():
    assert "minimum" in problems(REFERENCE_SAMPLE, sample(quantity=-5))["quantity"]
    assert "more than was received" in problems(REFERENCE_SAMPLE, sample(remaining_quantity=120))["remaining_quantity"]
    assert "unit of the quantity is missing" in problems(REFERENCE_SAMPLE, sample(unit=None))["unit"]
    assert "not one of" in problems(REFERENCE_SAMPLE, sample(unit="spoons"))["unit"]
    assert problems(REFERENCE_SAMPLE, sample(unit="ug")) == {}


def test_status_values_and_consumed_means_empty():
    assert "not one of" in problems(REFERENCE_SAMPLE, sample(status="lost"))["status"]
    assert "no remaining quantity" in problems(REFERENCE_SAMPLE, sample(status="consumed"))["status"]
    assert problems(REFERENCE_SAMPLE, sample(status="consumed", remaining_quantity=0)) == {}


def test_a_typo_is_reported_once_not_again_by_every_rule():
    found = REFERENCE_SAMPLE.validate(sample(received_on="last week"))[1]
    assert [p.field for p in found] == ["received_on"]


def test_proficiency_test_needs_scheme_round_and_derives_the_outcome_from_z():
    rec, found = TRAINING_RECORD.validate(training(activity_type="proficiency_test", outcome=None, z_score=2.4,
                                                   pt_scheme=None, pt_round=None))
    assert {p.field for p in found} == {"pt_scheme", "pt_round"}
    rec, found = TRAINING_RECORD.validate(training(activity_type="proficiency_test", outcome=None, z_score=-2.4,
                                                   pt_scheme="UNODC ICE", pt_round="2025/1"))
    assert found == [] and rec["outcome"] == "questionable"
    found = problems(TRAINING_RECORD, training(activity_type="proficiency_test", outcome="satisfactory",
                                               z_score=3.1, pt_scheme="UNODC ICE", pt_round="2025/1"))
    assert found["outcome"] == "a z-score of 3.1 is unsatisfactory, not satisfactory"


def test_z_score_only_for_proficiency_tests_and_authorisation_names_its_authoriser():
    assert "only to a proficiency test" in problems(TRAINING_RECORD, training(z_score=1.0))["z_score"]
    assert "who authorised" in problems(TRAINING_RECORD, training(activity_type="authorisation"))["authorised_by"]


def test_training_dates_in_order():
    found = problems(TRAINING_RECORD, training(ended_on=days(-400)))
    assert "before the start date" in found["ended_on"]


def test_profile_rules():
    assert "between 0 and 100" in problems(PROFILING_RESULT, profile(purity=140))["purity"]
    assert "two-letter" in problems(PROFILING_RESULT, profile(seizure_country="Ghana"))["seizure_country"]
    assert "form is not tablet" in problems(PROFILING_RESULT, profile(logo="Tesla"))["form"]
    assert problems(PROFILING_RESULT, profile(form="tablet", logo="Tesla", weight_mg=310)) == {}
    assert "before the seizure date" in problems(PROFILING_RESULT, profile(analysed_on=days(-90)))["analysed_on"]


def test_record_type_lookup_by_any_name_and_a_clear_error():
    assert record_type("profiles") is PROFILING_RESULT
    assert record_type("training_record") is TRAINING_RECORD
    with pytest.raises(CatalogueError, match="reference-samples, training, profiles"):
        record_type("samples")


def test_personal_and_sensitive_fields_are_marked():
    assert REFERENCE_SAMPLE.field("inventory_code").personal is False
    assert TRAINING_RECORD.field("staff_member").personal
    assert PROFILING_RESULT.field("analyst").personal
    assert PROFILING_RESULT.field("case_number").sensitive
