"""Numbers the command line used to pass into its sentences as text (issue 22, "one digit system per view"):
``federation hits``' score and likelihood ratio, and a backup's size (``backup_archive.size_text``).  They are
``Number``s with the old format, so the English text is byte for byte the old one and an Arabic ``say`` writes
them in Arabic digits; a size is a translated sentence ("812 octets", "٣٫٤ ميغابايت")."""

from __future__ import annotations

import re

import pytest

from labnet.catalogue.backup_archive import size_text
from labnet.cli import language
from labnet.cli.federation_commands import hit_line
from labnet.common.messages import Message
from labnet.desktop import i18n

LATIN_DIGIT = re.compile(r"[0-9]")
ISOLATED = re.compile("\u2068[^\u2069]*\u2069")   # data (a peer's name, a reference) kept in its own direction


def _hit(score: float, lr: float | None) -> dict:
    """A hit as the hub's /v1/federation/hits lists it (the fields ``federation hits`` reads)."""
    return {"side": "asked", "peer": "east", "method": "amphetamine-gcms", "record_id": "rec-accra-1",
            "hit_ref": "hit-ab12", "query_ref": "query-cd34", "score": score, "likelihood_ratio": lr,
            "fields": {}}


HITS = [_hit(0.91324, 1234.5), _hit(0.5, None), _hit(0.987654321, 2.5)]


def _old_line(h: dict) -> Message:
    """The line as the old ``run_hits`` made it: score and LR written as text."""
    lr = h["likelihood_ratio"]
    return Message("{side} · peer {peer} · {method}: record {record} ~ {hit} (query {query}), score {score}, LR "
                   "{lr}", side=h["side"], peer=h["peer"], method=h["method"], record=h["record_id"],
                   hit=h["hit_ref"], query=h["query_ref"], score=f"{h['score']:.4f}",
                   lr="-" if lr is None else f"{lr:.3g}")


def test_the_english_line_is_the_old_one():
    assert str(hit_line(HITS[0])) == ("asked · peer east · amphetamine-gcms: record rec-accra-1 ~ hit-ab12 "
                                      "(query query-cd34), score 0.9132, LR 1.23e+03")
    for h in HITS:
        assert str(hit_line(h)) == str(_old_line(h))


@pytest.mark.parametrize("language_code", ["en", "fr", "es", "ru"])
def test_latin_digit_languages_say_the_old_line(qapp, language_code):
    i18n.install(qapp, language_code)   # conftest puts English back before the next test
    for h in HITS:
        assert i18n.say(hit_line(h)) == i18n.say(_old_line(h))


def test_arabic_says_the_score_and_lr_in_arabic_digits(qapp, monkeypatch):
    i18n.install(qapp, "ar")
    monkeypatch.setattr(language, "_language", "ar")
    monkeypatch.setattr(language, "_said_by", i18n.say)   # the command line's say once Arabic is loaded
    said = language.say(hit_line(HITS[2]))
    assert "٠٫٩٨٧٧" in said and "٢٫٥" in said, said
    assert not LATIN_DIGIT.search(ISOLATED.sub("", said)), said
    assert "0.9877" in language.say(_old_line(HITS[2])) and "0.9877" not in said   # before: Latin digits
    assert "٠٫٥٠٠٠" in language.say(hit_line(HITS[1]))


# backup_archive.size_text: a translated sentence with its number as a number (before: English text, "bytes"
# untranslated, Latin digits in every language).  The English text as the old code wrote it, except "1 byte"
# (the old "1 bytes").
SIZES = [(0, "0 bytes"), (1, "1 byte"), (812, "812 bytes"), (999, "999 bytes"), (1000, "1.0 kB"),
         (1234, "1.2 kB"), (999_949, "999.9 kB"), (3_400_000, "3.4 MB"), (1_234_567_890, "1.2 GB"),
         (5 * 10**12, "5.0 TB"), (2 * 10**15, "2000.0 TB")]


def test_a_size_is_a_sentence_whose_english_text_is_the_old_one():
    for size, english in SIZES:
        said = size_text(size)
        assert isinstance(said, Message) and str(said) == english, (size, said)
    assert f"({size_text(3_400_000)})." == "(3.4 MB)."   # as the backup command writes it


@pytest.mark.parametrize(("language_code", "expected"), [
    ("en", {812: "812 bytes", 1: "1 byte", 3_400_000: "3.4 MB", 1234: "1.2 kB"}),
    ("fr", {812: "812 octets", 1: "1 octet", 3_400_000: "3.4 Mo", 1234: "1.2 ko"}),
    ("es", {812: "812 bytes", 1: "1 byte", 3_400_000: "3.4 MB", 1_234_567_890: "1.2 GB"}),
    ("ru", {812: "812 байт", 2: "2 байта", 21: "21 байт", 3_400_000: "3.4 МБ", 5 * 10**12: "5.0 ТБ"}),
])
def test_each_language_says_a_size_in_its_words(qapp, language_code, expected):
    i18n.install(qapp, language_code)
    for size, text in expected.items():
        assert i18n.say(size_text(size)) == text, (language_code, size)


def test_arabic_says_a_size_in_arabic_digits_and_words(qapp):
    i18n.install(qapp, "ar")
    assert i18n.say(size_text(812)) == "٨١٢ بايت"
    assert i18n.say(size_text(3_400_000)) == "٣٫٤ ميغابايت"
    free = Message("Checking {path} needs {size} of free space in {folder}, which has {free}; make room there "
                   "first.", path="b.labnet-backup", size=size_text(1_234_567_890), folder="/media/usb",
                   free=size_text(999))
    said = i18n.say(free)   # the refusal of a restore without room, as backup_archive makes it
    assert "١٫٢ غيغابايت" in said and "٩٩٩ بايت" in said and not LATIN_DIGIT.search(ISOLATED.sub("", said)), said
