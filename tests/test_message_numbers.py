"""Numbers inside the core's sentences are numbers (issue 22, "one digit system per view").

The core used to pass them to a ``Message`` as text (``fmt_number``), so an Arabic view wrote them in Latin digits
beside its own; a ``Number`` keeps the English text byte for byte and lets ``say`` write the view's digits."""

import pickle
import re

import pytest

from labnet.catalogue.errors import Message
from labnet.catalogue.numbers import ambiguous_reason
from labnet.catalogue.parsing import fmt_number, parse_number
from labnet.catalogue.records import RECORD_TYPES
from labnet.common.messages import Number
from labnet.desktop import i18n
from test_forms import make_tasks, no_blocking_message_boxes, open_editor, type_into  # noqa: F401 (a fixture)

LATIN_DIGIT = re.compile(r"[0-9]")


def _refusal(kind: str, name: str, raw: object) -> Message:
    with pytest.raises(ValueError) as refused:
        RECORD_TYPES[kind].field(name).parse(raw)
    return refused.value.args[0]


def _ambiguous(raw: str) -> Message:
    with pytest.raises(ValueError) as refused:
        parse_number(raw)
    return refused.value.args[0]


# Each converted sentence, as the core makes it now, and its English text as the old code wrote it.
CASES = [
    (lambda: _refusal("training_record", "z_score", "120"), "120 is above the maximum of 100"),
    (lambda: _refusal("training_record", "z_score", "-100.5"), "-100.5 is below the minimum of -100"),
    (lambda: _refusal("profiling_result", "weight_mg", "100000.25"), "100000.25 is above the maximum of 100000"),
    (lambda: _ambiguous("12,500"), "“12,500” could be 12.5 or 12500: write 12.5 or 12500"),
    (lambda: ambiguous_reason("1,234", 1234.0, 1.234),
     "“1,234” is 1234 in a file with a decimal point but 1.234 in a file with a decimal comma, and no other cell "
     "of this column shows whether “,” is the decimal separator; write it as 1234 or 1.234 without a thousands "
     "separator, or choose the file's decimal separator (--decimal-point or --decimal-comma)"),
]


def _as_before(message: Message) -> Message:
    """The same sentence made the old way: its numbers passed as ``fmt_number`` text."""
    values = {k: fmt_number(v.value) if isinstance(v, Number) else v for k, v in message.values.items()}
    return Message._made(message.template, values, message.capital, message.forms)


def test_a_number_says_exactly_the_text_fmt_number_wrote():
    for value in (120.0, 100, -100.5, 0.1 + 0.2, 1e20, 12.5, 1e15, float("inf")):
        assert str(Number(value)) == f"{Number(value)}" == fmt_number(value)
    assert pickle.loads(pickle.dumps(Number(0.5))) == Number(0.5)


@pytest.mark.parametrize("make, english", CASES)
def test_the_english_text_and_the_command_line_are_unchanged(make, english):
    message = make()
    assert any(isinstance(v, Number) for v in message.values.values())   # the number travels as a number
    assert str(message) == english == str(_as_before(message))
    again = pickle.loads(pickle.dumps(message))
    assert str(again) == english and again.values == message.values


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru"])
def test_latin_digit_views_say_exactly_what_they_said_before(qapp, language):
    i18n.install(qapp, language)   # conftest puts English back before the next test
    for make, english in CASES:
        message = make()
        said = i18n.say(message)
        assert said == i18n.say(_as_before(message)), (language, said)
        if language == "en":
            assert said == english
        else:
            assert said != english   # the translation was used
    if language == "fr":
        assert i18n.say(CASES[1][0]()) == "-100.5 est inférieur au minimum de -100"


def test_an_arabic_view_says_the_numbers_in_its_own_digits(qapp):
    i18n.install(qapp, "ar")
    said = [i18n.say(make()) for make, _ in CASES]
    for text in said:   # data (what was typed, isolated in its own direction) is not the sentence's number
        assert not LATIN_DIGIT.search(re.sub("\u2068[^\u2069]*\u2069", "", text)), text
    assert all(LATIN_DIGIT.search(i18n.say(_as_before(make()))) for make, _ in CASES)   # as numbers were passed before
    assert "١٢٠" in said[0] and "١٠٠" in said[0]
    assert "١٠٠٫٥" in said[1]
    assert "١٠٠٠٠٠٫٢٥" in said[2]
    assert "١٢٫٥" in said[3] and "١٢٥٠٠" in said[3] and "12,500" in said[3]   # what was typed stays as typed
    assert "١٫٢٣٤" in said[4] and "١٢٣٤" in said[4]
    assert parse_number("١٢٫٥") == 12.5 and parse_number("١٢٥٠٠") == 12500   # the advice can be typed as said


def test_the_arabic_record_form_refuses_12000_hours_in_arabic_digits(qtbot, qapp, tmp_path):
    i18n.install(qapp, "ar")
    tasks = make_tasks(tmp_path)
    try:
        editor = open_editor(qtbot, tasks, "training_record")
        type_into(qtbot, editor, "hours", "12000")
        refusal = editor.field_error("hours")
        assert "الحد الأقصى" in refusal, refusal   # the Arabic sentence, under the field
        assert "١٢٠٠٠" in refusal and "١٠٠٠٠" in refusal and not LATIN_DIGIT.search(refusal), refusal
        assert not editor.save_button.isEnabled()
        editor.close()
    finally:
        tasks.shutdown()
