"""Report cells the core wrote as text with an f-string (issue 22, "one digit system per view"): a competence
record's z-scores and hours, a proficiency-test report's ± 2σ_pt and ± 3σ_pt intervals.  They are numbers now
(``Number(value, spec)``), so an Arabic report writes them in its own digits; every Latin-digit report writes
exactly the text the old f-string wrote."""

from __future__ import annotations

import re

import pytest

from labnet.catalogue.report_data import competence
from labnet.catalogue.store import Catalogue
from labnet.common.messages import Message, Number
from labnet.desktop import i18n
from labnet.desktop.catalogue_reports import said
from labnet.sync.pt_report import _interval
from test_lab_reports import demo, report  # noqa: F401 (the demo fixture)

LATIN_DIGIT = re.compile(r"[0-9]")
TO_ARABIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")

# (assigned, sigma_pt, k) and the text the old ``_interval`` wrote: f"{x - k*s:.4g} – {x + k*s:.4g}"
INTERVALS = [((5.0, 0.5, 2), "4 – 6"), ((5.0, 0.5, 3), "3.5 – 6.5"), ((31.4567, 1.2345, 2), "28.99 – 33.93"),
             ((0.001234, 0.0004, 3), "3.4e-05 – 0.002434"), ((-2.0, 1.5, 2), "-5 – 1")]
# z-scores and hours, and the old f"{z:+.2f}" / f"{hours:g}"
SCORES = [(1.234, "+1.23"), (-0.5, "-0.50"), (0.0, "+0.00"), (-3.456, "-3.46")]
HOURS = [(7.5, "7.5"), (40.0, "40"), (12000, "12000")]


def _cells():
    intervals = [(_interval({"assigned": x, "sigma_pt": s}, k), old) for (x, s, k), old in INTERVALS]
    return intervals + [(Number(z, "+.2f"), old) for z, old in SCORES] + [(Number(h, "g"), old) for h, old in HOURS]


def test_a_number_with_a_spec_says_exactly_the_old_f_string():
    for (x, s, k), old in INTERVALS:
        cell = _interval({"assigned": x, "sigma_pt": s}, k)
        assert isinstance(cell, Message) and str(cell) == old == f"{x - k * s:.4g} – {x + k * s:.4g}"
    for z, old in SCORES:
        assert str(Number(z, "+.2f")) == f"{Number(z, '+.2f')}" == old == f"{z:+.2f}"
    assert Number(1.5, "+.2f") != Number(1.5) and repr(Number(1.5, "g")) == "Number(1.5, 'g')"
    assert _interval({"assigned": None, "sigma_pt": 1.0}, 2) == ""


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru"])
def test_latin_digit_reports_write_the_old_text_byte_for_byte(qapp, language):
    i18n.install(qapp, language)   # conftest puts English back before the next test
    for cell, old in _cells():
        assert said(cell) == said(old) == old, (language, cell)


def test_an_arabic_report_writes_these_cells_in_arabic_digits(qapp):
    i18n.install(qapp, "ar")
    for cell, old in _cells():
        text = said(cell).replace("\u2068", "").replace("\u2069", "")
        assert LATIN_DIGIT.search(said(old))               # the old text: Latin digits in an Arabic report
        if "e" in old:   # an exponent keeps Python's Latin letters and digits (as ``say`` does everywhere)
            continue
        assert not LATIN_DIGIT.search(text), (old, text)
        assert text == i18n.locale_digits(old), (old, text)
    assert "٣٫٥" in said(_interval({"assigned": 5.0, "sigma_pt": 0.5}, 3))


def test_the_arabic_competence_pdf_writes_its_z_scores_in_arabic_digits(demo, tmp_path):  # noqa: F811
    with Catalogue.open(demo, user="admin", reader=True) as cat:
        person, z = cat.conn.execute("SELECT staff_member, z_score FROM training_records WHERE "
                                     "activity_type = 'proficiency_test' AND z_score IS NOT NULL LIMIT 1").fetchone()
        content = competence(cat, person)
    cells = [cell for kind, block in content.blocks if kind == "table" for row in block.rows for cell in row]
    assert Number(z, "+.2f") in cells
    code, english = report(demo, tmp_path, "competence", person, name="en.pdf")
    assert code == 0 and f"{z:+.2f}" in english
    code, arabic = report(demo, tmp_path, "competence", person, "--language", "ar", name="ar.pdf")
    assert code == 0
    digits = f"{abs(z):.2f}".translate(TO_ARABIC)
    assert digits in arabic and f"{abs(z):.2f}" not in arabic, arabic
