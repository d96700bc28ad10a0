"""Dates in one form per locale (issue 22): a date a sharing policy generalised to its month ("2026-02") is written
as the locale names the month, in the Network view's cross-network matches and the link overlay's other-lab column,
as full dates already are."""

from __future__ import annotations

from labnet.desktop import i18n
from labnet.desktop.linkage_pair import LinkedPair
from labnet.desktop.network_federation import released_text


def test_a_month_is_written_as_the_locale_names_it(qapp):
    i18n.install(qapp, "ar")   # conftest puts English back before the next test
    assert i18n.date_text("2026-02") == "فبراير ٢٠٢٦"
    i18n.install(qapp, "ru")
    assert i18n.date_text("2026-02") == "февраль 2026"   # the month's own name, not the genitive "февраля"
    i18n.install(qapp, "en")
    assert i18n.date_text("2026-02") == "February 2026" and i18n.date_text("2026-13") == "2026-13"   # no month


def test_released_fields_of_a_cross_network_match_write_their_month_in_the_locale(qapp):
    i18n.install(qapp, "ar")
    said = released_text({"seizure_date": "2026-02", "seizure_country": "KE"})
    assert "فبراير ٢٠٢٦" in said and "2026-02" not in said and "KE" in said, said


def test_the_other_laboratorys_column_writes_its_month_in_the_locale(qtbot, qapp):
    i18n.install(qapp, "ar")
    pair = LinkedPair()
    qtbot.addWidget(pair)
    pair.show_link({"lab_sample_number": "ACC-1", "seizure_date": "2026-01-05"},
                   {"other_lab": "nairobi", "other_lab_country": "KE", "other_seizure_date": "2025-11",
                    "score": 0.9, "method": {"name": "m", "method_version": 1, "threshold": 0.5}})
    seized = next(r for r in range(pair.rowCount()) if pair.verticalHeaderItem(r).text() ==
                  pair.tr("Seized on"))
    assert pair.item(seized, 1).text() == "نوفمبر ٢٠٢٥", pair.item(seized, 1).text()
    assert pair.item(seized, 0).text() == i18n.date_text("2026-01-05") == "٥\u200f/١\u200f/٢٠٢٦"
