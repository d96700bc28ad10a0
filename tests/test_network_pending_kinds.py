"""The Network view's pending changes by kind (issue 22) in each language's punctuation: "{kind}: {n}" and the
list's comma are translated texts, so French puts its no-break space before the colon and Arabic its comma;
English says exactly what it said."""

from __future__ import annotations

import pytest

import windows
from factories import sample
from hub_server import network_lab
from labnet.desktop import i18n


@pytest.fixture
def lab(tmp_path, monkeypatch, capsys):
    """A laboratory with network keys and shareable records of two kinds, none yet confirmed by a hub."""
    return network_lab(tmp_path, monkeypatch, capsys, more=[("reference_sample", sample(shareable=True))])


def pending(qtbot, qapp, lab, tmp_path, language: str) -> str:
    i18n.install(qapp, language)   # conftest puts English back before the next test
    window = windows.open_window(qtbot, lab / "catalogue.db", tmp_path)
    window.show_section("network")
    return window.network_page.pending_label.text()


def test_french_puts_a_no_break_space_before_the_colon_of_each_kind(qtbot, qapp, lab, tmp_path):
    text = pending(qtbot, qapp, lab, tmp_path, "fr")
    assert "résultat de profilage\u00a0: 3" in text, text
    assert "échantillon de référence\u00a0: 1" in text, text
    assert " :" not in text.replace("\u00a0:", ""), text   # no colon after a plain space, none without one
    assert "profilage: " not in text and "référence: " not in text, text


def test_arabic_separates_the_kinds_with_its_own_comma(qtbot, qapp, lab, tmp_path):
    text = pending(qtbot, qapp, lab, tmp_path, "ar")
    kinds = text[text.index("(") + 1:text.rindex(")")]
    assert "\u060c " in kinds and ", " not in kinds, kinds


def test_english_says_what_it_said(qtbot, qapp, lab, tmp_path):
    # Recorded from the code before the change.
    assert pending(qtbot, qapp, lab, tmp_path, "en") == (
        "4 change(s) not yet confirmed by the hub (profiling result: 3, reference sample: 1).")
