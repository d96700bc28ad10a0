"""Search, filters, sorting, paging, and what needs attention."""


import pytest

from factories import days, profile, sample, training
from labnet.catalogue import queries
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.queries import Filter, Query
from labnet.catalogue.records import PROFILING_RESULT


@pytest.fixture
def stocked(cat):
    cat.add("reference_sample", sample(inventory_code="RS-1", substance="Cocaine hydrochloride",
                                       expiry_on=days(10)))
    cat.add("reference_sample", sample(inventory_code="RS-2", substance="Heroin base", cas_number="561-27-3",
                                       expiry_on=days(-5)))
    cat.add("reference_sample", sample(inventory_code="RS-3", substance="Caféine", cas_number="58-08-2",
                                       expiry_on=days(200), remaining_quantity=5))
    cat.add("reference_sample", sample(inventory_code="RS-4", substance="Levamisole", cas_number="14769-73-4",
                                       expiry_on=days(3), status="disposed"))
    cat.add("reference_sample", sample(inventory_code="RS-5", substance="Procaine", cas_number="59-46-1",
                                       expiry_on=days(300), remaining_quantity=30, low_stock_level=40))
    return cat


def codes(records):
    return [r["inventory_code"] for r in records]


def test_text_search_is_prefix_accent_and_case_insensitive(stocked):
    assert codes(queries.fetch(stocked, Query("reference_sample", search="coca"))) == ["RS-1"]
    assert codes(queries.fetch(stocked, Query("reference_sample", search="CAFEINE"))) == ["RS-3"]
    assert codes(queries.fetch(stocked, Query("reference_sample", search="rs-2"))) == ["RS-2"]
    assert queries.count(stocked, Query("reference_sample", search="safe 2")) == 5


@pytest.mark.parametrize("text", ['"', "'; DROP TABLE reference_samples; --", "NEAR(", "a OR", "*", "%_"])
def test_search_treats_anything_typed_as_text(stocked, text):
    queries.fetch(stocked, Query("reference_sample", search=text))
    assert stocked.count("reference_sample") == 5


def test_filters_sort_and_page(stocked):
    q = Query("reference_sample", filters=(Filter("status", "in", ["in_use", "quarantined"]),),
              order_by="expiry_on")
    assert codes(queries.fetch(stocked, q)) == ["RS-2", "RS-1", "RS-3", "RS-5"]
    assert codes(queries.fetch(stocked, q, offset=1, limit=2)) == ["RS-1", "RS-3"]
    desc = Query("reference_sample", order_by="expiry_on", descending=True)
    assert codes(queries.fetch(stocked, desc))[0] == "RS-5"
    rng = Query("reference_sample", filters=(Filter("expiry_on", ">=", days(0)), Filter("expiry_on", "<=", days(30))))
    assert sorted(codes(queries.fetch(stocked, rng))) == ["RS-1", "RS-4"]
    page = queries.fetch(stocked, q, columns=["inventory_code", "expiry_on"], limit=1)
    assert set(page[0]) == {"id", "inventory_code", "expiry_on"}


def test_filters_refuse_unknown_fields(stocked):
    with pytest.raises(CatalogueError, match="not a field"):
        queries.fetch(stocked, Query("reference_sample", filters=(Filter("1=1; --", "=", 1),)))
    with pytest.raises(CatalogueError, match="Cannot sort"):
        queries.fetch(stocked, Query("reference_sample", order_by="random()"))


def test_attention_expiring_expired_low_stock(stocked):
    att = queries.attention(stocked, 30)
    assert codes(att.expiring) == ["RS-1"]          # disposed RS-4 is off the shelf
    assert codes(att.expired) == ["RS-2"] and att.expired[0]["days_left"] == -5
    assert codes(att.low_stock) == ["RS-3", "RS-5"]  # 5 of 100 mg; 30 mg under its own level of 40


def test_requalification_due_only_for_the_latest_record(cat):
    cat.add("training_record", training(started_on=days(-700), ended_on=days(-699), requalification_due=days(5)))
    cat.add("training_record", training(staff_member="Kwame Asare", started_on=days(-400), ended_on=days(-399),
                                        requalification_due=days(20)))
    # Adwoa requalified since: her newer record supersedes the one due in 5 days.
    cat.add("training_record", training(activity_type="competence_assessment", started_on=days(-10),
                                        ended_on=days(-10), requalification_due=days(700)))
    due = queries.requalifications_due(cat, 30)
    assert [(r["staff_member"], r["days_left"]) for r in due] == [("Kwame Asare", 20)]


def test_profiles_by_drug_type_and_date(cat):
    cat.add("profiling_result", profile())
    cat.add("profiling_result", profile(lab_sample_number="LS-2", drug_type="cocaine", adulterants=["levamisole"], seizure_date=days(-400),
                                        analysed_on=days(-380)))
    q = Query("profiling_result", filters=(Filter("drug_type", "=", "cocaine"),
                                           Filter("seizure_date", ">=", days(-500))))
    assert [r["lab_sample_number"] for r in queries.fetch(cat, q)] == ["LS-2"]
    assert queries.count(cat, Query("profiling_result", search="caffeine")) == 1
    assert queries.distinct_values(cat, "profiling_result", "drug_type") == ["amphetamine", "cocaine"]


def test_search_index_follows_bulk_inserts_updates_and_deletes(cat):
    rows = [profile(lab_sample_number=f"LS-{i:04d}", form="tablet", logo="Tesla" if i % 7 == 0 else None)
            for i in range(300)]
    clean = [PROFILING_RESULT.validate(r)[0] for r in rows]
    cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", clean))
    assert queries.count(cat, Query("profiling_result", search="tesla")) == 43
    assert queries.count(cat, Query("profiling_result", search="LS-0299")) == 1
    target = queries.fetch(cat, Query("profiling_result", search="LS-0299"))[0]
    cat.update("profiling_result", target["id"], {"logo": "Rolex"})
    assert queries.count(cat, Query("profiling_result", search="rolex")) == 1
    cat.delete("profiling_result", target["id"])
    assert queries.count(cat, Query("profiling_result", search="LS-0299")) == 0
    # FTS5's own check that the index matches the table row for row.
    cat.conn.execute("INSERT INTO profiling_results_fts (profiling_results_fts, rank) VALUES ('integrity-check', 1)")


def test_empty_values_sort_last_in_both_directions_and_contains_filter(stocked):
    stocked.add("reference_sample", sample(inventory_code="RS-6", substance="Noscapine", cas_number="128-62-1",
                                           expiry_on=None, storage_location="Fridge 100%_A"))
    up = codes(queries.fetch(stocked, Query("reference_sample", order_by="expiry_on")))
    down = codes(queries.fetch(stocked, Query("reference_sample", order_by="expiry_on", descending=True)))
    assert up[-1] == "RS-6" and down[-1] == "RS-6"
    contains = Query("reference_sample", filters=(Filter("storage_location", "contains", "100%_"),))
    assert codes(queries.fetch(stocked, contains)) == ["RS-6"]  # % and _ are literal, not wildcards


def test_count_can_stop_early(stocked):
    assert queries.count(stocked, Query("reference_sample"), at_most=2) == 3  # "more than 2"
    assert queries.count(stocked, Query("reference_sample", search="safe"), at_most=10) == 5
    assert queries.count(stocked, Query("reference_sample", search="safe",
                                        filters=(Filter("status", "=", "in_use"),))) == 4


def test_a_single_letter_is_matched_as_a_word_not_a_prefix(stocked):
    assert queries.fts_expression("b") == '"b"'
    assert queries.fts_expression("RS-2 coc") == '"RS 2" AND "coc"*'
    assert queries.count(stocked, Query("reference_sample", search="b")) == 5  # "shelf B"


def test_a_broad_search_sorted_by_a_column_gives_the_same_page_through_the_sort_index(cat, monkeypatch):
    rows = [profile(lab_sample_number=f"LS-{(i * 7919) % 400:04d}-{i}", adulterants=["levamisole"],
                    seizure_date=None if i % 50 == 0 else days(-(i % 300) - 30)) for i in range(400)]
    cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result",
                                                         [PROFILING_RESULT.validate(r)[0] for r in rows]))
    for order_by, descending in (("lab_sample_number", False), ("seizure_date", True), ("seizure_date", False)):
        q = Query("profiling_result", search="levamisole", order_by=order_by, descending=descending)
        planner_choice = queries.fetch(cat, q, limit=30, offset=10, columns=["lab_sample_number"])
        monkeypatch.setattr(queries, "_BROAD_SEARCH", 10)   # now "broad": walks the index
        by_index = queries.fetch(cat, q, limit=30, offset=10, columns=["lab_sample_number"])
        monkeypatch.undo()
        assert by_index == planner_choice
    assert queries._index_starting_with(cat, "profiling_results", "lab_sample_number") == \
        "profiling_results_natural_key"
    assert queries._index_starting_with(cat, "profiling_results", "form") is None


def test_the_low_stock_filter_asks_what_the_dashboard_counts(stocked):
    shelf = Filter("status", "in", ["in_use", "quarantined"])
    low = Query("reference_sample", filters=(shelf, Filter("remaining_quantity", "low_stock")))
    assert sorted(codes(queries.fetch(stocked, low))) == codes(queries.attention(stocked, 30).low_stock)
    with pytest.raises(CatalogueError, match="Only reference samples have a stock"):
        queries.fetch(stocked, Query("training_record", filters=(Filter("hours", "low_stock"),)))
