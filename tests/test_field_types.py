"""Field types as classes (labnet.catalogue.field_types): each type's reading, storage, spreadsheet text, JSON form and
the quick canonical check of the bundle rules agree, for every field of every record type; what the schema
declares once (units, tablet attributes, filters) is what the rest reads; no code compares a type by name."""

from __future__ import annotations

import ast
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from labnet.catalogue.field_types import FIELD_TYPES, FieldType, number_range
from labnet.catalogue.fields import Field, FilterSpec
from labnet.catalogue.parsing import cas_is_valid
from labnet.catalogue.records import PROFILING_RESULT, RECORD_TYPES, REFERENCE_SAMPLE, TABLET_FORMS

ROOT = Path(__file__).resolve().parents[1]
FIELDS = [(rt.kind, f) for rt in RECORD_TYPES.values() for f in rt.fields]

_NAME = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).map(str.strip).filter(bool)


def _cas(digits: int, middle: int) -> str:
    text = f"{digits}-{middle:02d}-"
    body = (str(digits) + f"{middle:02d}")[::-1]
    return text + str(sum((i + 1) * int(c) for i, c in enumerate(body)) % 10)


def values_of(f: Field) -> st.SearchStrategy:
    """Canonical values of ``f``: what ``f.parse`` gives."""
    low = f.minimum if f.minimum is not None else -1e12
    high = f.maximum if f.maximum is not None else 1e12
    t = f.type
    if t.vocabulary:
        return st.sampled_from(sorted(f.choices or {}))
    if t.flag:
        return st.booleans()
    if t.quantity and not t.fractional:
        return st.integers(int(low), int(high))
    if t.quantity:
        return st.floats(low, high, allow_nan=False, allow_infinity=False)
    if t.per_compound:
        return st.dictionaries(_NAME, st.floats(0, 1e9, allow_nan=False), min_size=1, max_size=5)
    if t.many:
        return st.lists(_NAME, min_size=1, max_size=5)
    if t is FIELD_TYPES["date"]:
        return st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    if t is FIELD_TYPES["cas"]:
        return st.builds(_cas, st.integers(10, 9_999_999), st.integers(0, 99))
    if t is FIELD_TYPES["country"]:
        return st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
    assert t.plain, t
    return _NAME


@pytest.mark.parametrize(("kind", "f"), FIELDS, ids=[f"{k}.{f.name}" for k, f in FIELDS])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_field_round_trips_through_text_sql_json_and_the_quick_check(kind, f, data):
    value = data.draw(values_of(f))
    if f.type.vocabulary and f.parse(value) != value:
        return  # a code that reads as another code (none today): never canonical, the quick check says so
    assert f.parse(value) == value                          # canonical: read back unchanged (the "keep" form)
    assert f.parse(f.to_text(value)) == value               # the spreadsheet cell reads back
    assert f.from_sql(f.to_sql(value)) == value             # storage
    assert json.loads(json.dumps(value)) == value           # the payload's JSON
    assert isinstance(value, f.type.json_types) and f.type.json_shape(value)
    quick = f.type.quick_check(f)
    if f.type is not FIELD_TYPES["cas"]:
        assert quick(value) is True
    assert quick(f.to_text(value)) is False or f.to_text(value) == value


@given(st.one_of(st.text(max_size=12), st.integers(), st.floats(), st.booleans(), st.lists(st.text(max_size=3)),
                 st.dictionaries(st.text(max_size=3), st.floats())))
@settings(max_examples=150, deadline=None)
@example(2 ** 53 + 1)   # reads as the float 2**53: not canonical for a number field (hypothesis found it)
@example(10 ** 400)     # beyond any float
def test_the_quick_check_never_accepts_what_the_full_check_refuses(value):
    for _kind, f in FIELDS:
        if f.type.quick_check(f)(value):
            assert f.parse(value) == value, (f.name, value)


def test_each_type_owns_its_sql_column_as_the_migrations_built_it(cat):
    for rt in RECORD_TYPES.values():
        declared = {row[1]: row[2] for row in cat.conn.execute(f"PRAGMA table_info({rt.table})")}
        for f in rt.fields:
            assert declared[f.name] == f.type.sql == f.sql_type, (rt.kind, f.name)


def test_policy_treatments_and_generalisation_by_type():
    by_name = {name: set(t.treatments) for name, t in FIELD_TYPES.items()}
    assert by_name == {"text": {"keep", "pseudonymise", "drop"}, "list": {"keep", "pseudonymise", "drop"},
                       "date": {"keep", "generalise", "drop"}, "float": {"keep", "generalise", "drop"},
                       "int": {"keep", "generalise", "drop"}, "bool": {"keep", "drop"}, "choice": {"keep", "drop"},
                       "cas": {"keep", "drop"}, "country": {"keep", "drop"}, "peaks": {"keep", "drop"}}
    assert FIELD_TYPES["date"].generaliser(None)("2024-03-17", {}) == "2024-03"
    assert FIELD_TYPES["float"].generaliser(10)(23.5, {}) == number_range(23.5, 10) == [20.0, 30.0]
    assert FIELD_TYPES["text"].generaliser(None) is None   # a place is generalised by its record (the policy)


def test_a_field_is_given_its_type_by_name_or_by_class():
    by_name, by_type = Field("x", "float", "X"), Field("x", FIELD_TYPES["float"], "X")
    assert by_name.type is by_type.type is FIELD_TYPES["float"] and by_name == by_type
    assert isinstance(by_name.type, FieldType) and by_name.type.name == "float" == str(by_name.type)
    with pytest.raises(KeyError):
        Field("x", "decimal", "X")


def test_units_tablet_attributes_and_filters_are_declared_on_the_fields():
    assert {f.name: f.unit_field for f in REFERENCE_SAMPLE.fields if f.unit_field} == {
        "purity": "purity_unit", "purity_uncertainty": "purity_unit", "quantity": "unit",
        "remaining_quantity": "unit", "low_stock_level": "unit"}
    assert REFERENCE_SAMPLE.field("quantity").unit_of({"unit": "mg"}) == "mg"
    assert PROFILING_RESULT.field("diameter_mm").unit_of({"unit": "mg"}) == "mm"
    assert PROFILING_RESULT.physical_fields == ("logo", "colour", "diameter_mm", "thickness_mm", "weight_mg")
    assert PROFILING_RESULT.tablet_fields == (*PROFILING_RESULT.physical_fields, "score_line", "shape")
    assert dict((k, e) for k, _t, e in PROFILING_RESULT.sections)["tablet"] == PROFILING_RESULT.tablet_fields
    for rt in RECORD_TYPES.values():  # every field placed once on its form
        placed = [e for _k, _t, entries in rt.sections for e in entries]
        assert sorted(placed) == sorted(rt.field_names), rt.kind
    problems = PROFILING_RESULT.check_record({"form": "powder", "shape": "round"})
    assert [p.field for p in problems if p.field == "form"] == ["form"]
    assert not [p for p in PROFILING_RESULT.check_record({"form": sorted(TABLET_FORMS)[0], "shape": "round"})
                if p.field == "form"]
    assert {rt.kind: [f.filter.key for f in rt.filter_fields if f.filter] for rt in RECORD_TYPES.values()} == {
        "reference_sample": ["status", "expiry", "low_stock"], "training_record": ["staff", "activity", "requalification"],
        "profiling_result": ["drug", "country", "date"]}
    assert all(isinstance(f.filter, FilterSpec) for rt in RECORD_TYPES.values() for f in rt.filter_fields)


def test_cas_numbers_built_here_are_valid():
    assert cas_is_valid(_cas(50, 36)) and _cas(50, 36) == "50-36-2"


def _name_comparisons(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Attribute) and node.left.attr == "type":
            for c in node.comparators:
                items = c.elts if isinstance(c, (ast.Tuple, ast.List, ast.Set)) else [c]
                if any(isinstance(x, ast.Constant) and isinstance(x.value, str) for x in items):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_scan_finds_a_comparison_by_name(tmp_path):
    sample = ROOT / "tests" / "_field_type_scan_sample.py"
    try:
        sample.write_text('def f(field):\n    return field.type in ("int", "float")\n', encoding="utf-8")
        assert _name_comparisons(sample) == ['tests/_field_type_scan_sample.py:2: field.type in (\'int\', \'float\')']
    finally:
        sample.unlink()


def test_a_field_type_never_equals_its_name():
    """No bridge between a type and its name: a comparison left as ``f.type == "float"`` (or a lookup of a type
    in a collection of names) is then False, not silently right for some types."""
    for name, t in FIELD_TYPES.items():
        assert t != name and name != t and not t == name, name
        assert t not in (name,) and name not in (t,) and t not in {name} and {name: 1}.get(t) is None, name  # type: ignore[comparison-overlap]
        assert t == FIELD_TYPES[name] and t.name == name and str(t) == name


def test_no_code_compares_a_field_type_by_name():
    found = [hit for package in ("catalogue", "common", "desktop", "hub", "labnet", "profiling", "protocol", "sync",
                                 "tests", "benchmarks")
             if (ROOT / package).is_dir() for path in sorted((ROOT / package).rglob("*.py"))
             for hit in _name_comparisons(path)]
    assert found == [], "ask the type by its attributes (labnet.catalogue.field_types):\n" + "\n".join(found)
