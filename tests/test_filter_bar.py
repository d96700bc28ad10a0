"""The filter bar is built from the record type's filterable fields (labnet.catalogue.fields.FilterSpec): the same
widgets, object names and presets as the three bars once written by hand, and a bar for any record type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QSpinBox

from labnet.catalogue import vocab
from labnet.catalogue.fields import Field, FilterSpec
from labnet.catalogue.queries import Filter
from labnet.catalogue.records import RecordType
from labnet.desktop.filters import ON_THE_SHELF, FilterBar, StatusPicker, filter_bar_for


def widgets(bar: FilterBar) -> list[tuple[str, str]]:
    row = bar.row
    return [(type(w).__name__, w.objectName()) for w in (row.itemAt(i).widget() for i in range(row.count()))]


def test_the_bars_have_the_widgets_of_the_hand_written_ones(qtbot):
    bars = {kind: filter_bar_for(kind) for kind in ("reference_sample", "training_record", "profiling_result")}
    for bar in bars.values():
        qtbot.addWidget(bar)
    assert widgets(bars["reference_sample"]) == [
        ("StatusPicker", "filter-status"), ("QComboBox", "filter-expiry"), ("QSpinBox", "filter-expiry-days"),
        ("QCheckBox", "filter-low_stock")]   # the dashboard's Low-stock card opens the list with it ticked
    assert widgets(bars["training_record"]) == [
        ("QComboBox", "filter-staff"), ("QComboBox", "filter-activity"), ("QComboBox", "filter-requalification"),
        ("QSpinBox", "filter-requalification-days")]
    assert widgets(bars["profiling_result"]) == [
        ("QComboBox", "filter-drug"), ("QComboBox", "filter-country"), ("QCheckBox", "filter-dated"),
        ("QDateEdit", "filter-date-from"), ("QLabel", ""), ("QDateEdit", "filter-date-to")]
    samples, training, profiles = bars.values()
    assert isinstance(samples.status, StatusPicker) and isinstance(samples.days, QSpinBox)
    assert training.days is training.requalification_days and isinstance(training.requalification, QComboBox)
    assert isinstance(profiles.dated, QCheckBox) and isinstance(profiles.to_label, QLabel)
    assert isinstance(profiles.date_from, QDateEdit) and profiles.drug.count() == len(vocab.DRUG_TYPES) + 1
    assert samples.expiry.accessibleName() == "Expiry" and training.staff.accessibleName() == "Staff member"
    assert [samples.expiry.itemData(i) for i in range(samples.expiry.count())] == [None, "expired", "within"]
    assert [training.requalification.itemData(i) for i in range(training.requalification.count())] == [None, "within"]
    assert samples.fields_with_values() == [] and training.fields_with_values() == ["staff_member"]
    assert profiles.fields_with_values() == ["seizure_country"]


def test_presets_give_the_filters_the_dashboard_asks_for(qtbot):
    today = dt.date.today()
    samples = filter_bar_for("reference_sample")
    qtbot.addWidget(samples)
    with qtbot.waitSignal(samples.changed):
        samples.apply_preset({"status": ON_THE_SHELF, "expiry": "within", "days": 10})
    shelf = tuple(code for code in vocab.SAMPLE_STATUSES if code in ON_THE_SHELF)
    assert samples.filters() == (Filter("status", "in", shelf), Filter("expiry_on", ">=", today.isoformat()),
                                 Filter("expiry_on", "<=", (today + dt.timedelta(days=10)).isoformat()))
    assert samples.days.isVisibleTo(samples)
    samples.apply_preset({"status": ON_THE_SHELF, "expiry": "expired"})
    assert samples.filters()[1:] == (Filter("expiry_on", "<", today.isoformat()),)
    assert not samples.days.isVisibleTo(samples)
    samples.reset()
    assert samples.filters() == ()

    training = filter_bar_for("training_record")
    qtbot.addWidget(training)
    training.apply_preset({"staff_member": "Kofi Boateng", "activity_type": "course", "requalification": "within",
                           "days": 30})
    assert training.filters() == (Filter("staff_member", "=", "Kofi Boateng"), Filter("activity_type", "=", "course"),
                                  Filter("requalification_due", "<=", (today + dt.timedelta(days=30)).isoformat()))
    training.set_values("staff_member", ["Amina Yusuf", "Kofi Boateng"])
    assert training.staff.count() == 3 and training.staff.currentData() == "Kofi Boateng"

    profiles = filter_bar_for("profiling_result")
    qtbot.addWidget(profiles)
    profiles.apply_preset({"drug_type": "heroin", "seizure_country": "KE", "seized_from": "2024-06-30",
                           "seized_to": "2024-01-01"})
    assert profiles.dated.isChecked() and profiles.date_to.isEnabled()
    assert profiles.filters() == (Filter("drug_type", "=", "heroin"), Filter("seizure_country", "=", "KE"),
                                  Filter("seizure_date", ">=", "2024-01-01"), Filter("seizure_date", "<=", "2024-06-30"))
    profiles.reset()
    assert profiles.filters() == () and not profiles.date_to.isEnabled()


def test_a_bar_is_generated_for_any_record_type_from_its_fields(qtbot):
    rt = RecordType(
        kind="tablet_sighting", table="tablet_sightings", cli_name="sightings", label="Sighting", plural="Sightings",
        natural_key=("code",),
        fields=(Field("code", "text", "Code"),
                Field("seen_on", "date", "Seen on", filter=FilterSpec("due", "seen", (
                    "Any date", "Seen", "Seen within", "Seen within how many days"), order=1)),
                Field("colour", "choice", "Colour", choices={"red": "Red", "blue": "Blue"},
                      filter=FilterSpec("choice", "colour", ("All colours", "Colour"), order=0))))
    bar = FilterBar(rt)
    qtbot.addWidget(bar)
    assert widgets(bar) == [("QComboBox", "filter-colour"), ("QComboBox", "filter-seen"),
                            ("QSpinBox", "filter-seen-days")]
    assert [bar.colour.itemText(i) for i in range(bar.colour.count())] == ["All colours", "Red", "Blue"]
    with qtbot.waitSignal(bar.changed):
        bar.colour.setCurrentIndex(bar.colour.findData("blue"))
    bar.seen.setCurrentIndex(bar.seen.findData("within"))
    bar.days.setValue(7)
    cutoff = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    assert bar.filters() == (Filter("colour", "=", "blue"), Filter("seen_on", "<=", cutoff))
