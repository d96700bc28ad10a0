"""Every view in one locale (issue 22): one digit system per sentence, dates in one form, Arabic kept in order."""

import re

from labnet.catalogue.errors import Message
from labnet.desktop import i18n

LATIN_DIGIT = re.compile(r"[0-9]")
ARABIC_INDIC_DIGIT = re.compile("[\u0660-\u0669]")


def _no_header_column(n: int, row: int) -> Message:
    # The core's own sentence (catalogue/import_columns.py), translated into Arabic with six plural forms.
    return Message.plural(
        "Column {column} has no header but holds {n:,} value (in row {row}); it was ignored. "
        "Give the column a name and import again if it matters.",
        "Column {column} has no header but holds {n:,} values (the first in row {row}); they were "
        "ignored. Give the column a name and import again if they matter.", n, column="C", row=row)


def test_an_arabic_core_sentence_has_one_digit_system(qapp):
    i18n.install(qapp, "ar")  # conftest puts English back before the next test
    said = i18n.say(_no_header_column(1234, 12345))
    assert "عمود" in said  # the translation was used, not the English
    assert not LATIN_DIGIT.search(said), said
    assert "١٬٢٣٤" in said and "١٢٣٤٥" in said  # the count grouped as the template says, the row as written


def test_numbers_in_a_plain_core_sentence_follow_the_locale(qapp):
    message = Message("{size:,} bytes, {z:g} and {ok}", size=1234567, z=-2.5, ok=True)
    i18n.install(qapp, "ar")
    said = i18n.say(message)
    assert not LATIN_DIGIT.search(said) and ARABIC_INDIC_DIGIT.search(said), said
    assert "True" in said  # a boolean is not a number to write in digits
    i18n.install(qapp, "fr")
    assert i18n.say(message).startswith("1\u202f234\u202f567 bytes, -2,5")
    i18n.install(qapp, "en")
    assert i18n.say(message) == "1,234,567 bytes, -2.5 and True" == str(message)


def test_the_plural_form_of_a_translated_count_keeps_the_count_in_the_locale_digits(qapp):
    i18n.install(qapp, "ar")
    assert "قيمتين" in i18n.say(_no_header_column(2, 7))  # the dual form, Qt's plural choice still used
    assert "١٢" in i18n.say(_no_header_column(12, 7)) and "٧" in i18n.say(_no_header_column(12, 7))


FSI, PDI = "\u2068", "\u2069"


def test_latin_runs_in_an_arabic_sentence_are_isolated(qapp):
    i18n.install(qapp, "ar")
    assert i18n.bidi("مُرضٍ (|z| ≤ 2)") == f"مُرضٍ ({FSI}|z| ≤ 2{PDI})"
    assert i18n.bidi("المعايير (ISO/IEC 17025، §6.4 و§6.5).") == (
        f"المعايير ({FSI}ISO/IEC 17025{PDI}، {FSI}§6.4{PDI} و{FSI}§6.5{PDI}).")
    assert i18n.bidi("الكمية 5 mg متبقية") == f"الكمية {FSI}5 mg{PDI} متبقية"   # the unit after its amount
    already = f"العيّنة {FSI}GH-1 (2026){PDI} هنا"
    assert i18n.bidi(already) == already                      # a value isolated before is left whole
    assert i18n.bidi("<b>ISO 17025</b> نص") == "<b>ISO 17025</b> نص"   # rich text is not cut inside its tags
    assert i18n.bidi("Satisfactory (|z| ≤ 2)") == "Satisfactory (|z| ≤ 2)"  # no Arabic letter: nothing to do
    # A formula in the view's Arabic digits is one run, whole: else the "≤" between them mirrors to "≥".
    assert i18n.bidi("وعند FPR ≤ ٠٫٠١ تكشف") == f"وعند {FSI}FPR ≤ ٠٫٠١{PDI} تكشف"
    assert i18n.bidi("الكمية ١٢ متبقية") == "الكمية ١٢ متبقية"   # an Arabic number alone is the sentence's own


def test_in_a_left_to_right_language_nothing_is_added(qapp):
    i18n.install(qapp, "fr")
    assert i18n.bidi("مُرضٍ (|z| ≤ 2)") == "مُرضٍ (|z| ≤ 2)"


def test_the_arabic_views_show_formulas_and_standards_in_order(qapp):
    from labnet.desktop import style
    from labnet.desktop.record_model import RecordTexts

    i18n.install(qapp, "ar")
    shown = RecordTexts().label("Satisfactory (|z| ≤ 2)")   # the training table's outcome, translated
    assert shown != "Satisfactory (|z| ≤ 2)" and f"{FSI}|z| ≤ 2{PDI}" in shown
    description = i18n.translate("MainWindow", "Training and competence of each member of staff (ISO/IEC 17025 "
                                 "§6.2): courses, supervised practice, assessments, proficiency tests, "
                                 "authorisations and requalification dates.")
    label = style.muted(description)
    assert f"{FSI}ISO/IEC 17025{PDI}" in label.text() and f"{FSI}§6.2{PDI}" in label.text(), label.text()
