"""A printed Arabic report keeps a formula, a standard's number and an amount in their own order (issue 22), as
the window does: "(|z| ≤ 2)" in a competence record's proficiency-test outcome, not "(z| ≤ 2|)".  Read back from
the PDF with pdftotext, which gives each line in the order it is seen on the page."""

from __future__ import annotations

from labnet.catalogue.store import Catalogue
from labnet.desktop.reports import Report, printing_application
from test_lab_reports import demo, pdf_text, report  # noqa: F401 (the demo fixture)

OUTCOMES = ("(|z| ≤ 2)", "(2 < |z| < 3)", "(|z| ≥ 3)")


def _proficiency_tester(folder) -> str:
    with Catalogue.open(folder, user="admin", reader=True) as cat:
        return cat.conn.execute("SELECT staff_member FROM training_records WHERE activity_type = "
                                "'proficiency_test' AND abs(z_score) <= 2 ORDER BY staff_member").fetchone()[0]


def test_the_arabic_competence_records_outcomes_read_as_formulas(demo, tmp_path):  # noqa: F811
    person = _proficiency_tester(demo)
    code, english = report(demo, tmp_path, "competence", person, name="en.pdf")
    assert code == 0 and "Satisfactory (|z| ≤ 2)" in english   # the English record, as it always was
    code, arabic = report(demo, tmp_path, "competence", person, "--language", "ar", name="ar.pdf")
    assert code == 0
    seen = [line for line in arabic.splitlines() if "z|" in line]   # old: "(z| ≤ 2|)"
    assert seen and "(|z| ≤ 2)" in "\n".join(seen)
    for line in seen:   # each outcome's formula whole, its bars and brackets where they belong
        assert any(formula in line for formula in OUTCOMES), line


def test_an_arabic_paragraph_and_cell_keep_standards_and_amounts_in_order(qapp, tmp_path):
    printing_application("ar")   # conftest puts English and left to right back afterwards
    sentence = "المتطلب ISO/IEC 17025, §6.4 مستوفى"
    amount = "الكمية 5 mg"
    page = Report("تقرير")
    page.paragraph(sentence)
    page.table([["المعيار", "ISO/IEC 17025, §6.4"], ["النتيجة", "مُرضٍ (|z| ≤ 2)"], ["المخزون", amount]],
               ["الحقل", "القيمة"])
    text = page.text()   # the isolates are in the document itself, around each left-to-right run only
    assert "\u2068ISO/IEC 17025, §6.4\u2069" in text and "(\u2068|z| ≤ 2\u2069)" in text
    assert "\u20685 mg\u2069" in text
    page.write_pdf(tmp_path / "ar.pdf")
    seen = pdf_text(tmp_path / "ar.pdf")   # (pdftotext cuts "مُرضٍ" at its vowel marks: the record's test reads it)
    assert seen.count("ISO/IEC 17025, §6.4") == 2 and "5 mg" in seen


def test_a_left_to_right_report_is_written_as_it_was(qapp):
    page = Report("Register")
    page.paragraph("Requirement ISO/IEC 17025, §6.4 met (|z| ≤ 2)")
    page.table([["Outcome", "Satisfactory (|z| ≤ 2)"]])
    text = page.text()
    assert "\u2068" not in text and "Satisfactory (|z| ≤ 2)" in text
