"""Sentences that say a count (``Message.plural``): right in English on their own, extracted for the translators
as Qt plural ("numerus") entries, and said in another language through Qt's plural rules."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QTranslator

from labnet.catalogue.errors import Message
from labnet.catalogue.import_report import ImportReport, RowProblem
from labnet.common.messages import numerus_key
from labnet.desktop.i18n import say

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402  (a script, found through the line above)

ROWS = ("{n} row", "{n} rows")


def test_english_says_one_in_the_singular_and_every_other_count_in_the_plural():
    assert [Message.plural(*ROWS, n) for n in (0, 1, 2)] == ["0 rows", "1 row", "2 rows"]
    big = Message.plural("{n:,} row was skipped", "{n:,} rows were skipped", 12345)
    assert big == "12,345 rows were skipped" and big.values["n"] == 12345


def test_a_plural_message_keeps_its_forms_when_copied_or_capitalised():
    m = Message.plural("{n} row of {name}", "{n} rows of {name}", 1, name="f.csv")
    for copy in (pickle.loads(pickle.dumps(m)), m.capitalized()):
        assert copy.forms == ("{n} row of {name}", "{n} rows of {name}") and copy.values == m.values
    assert pickle.loads(pickle.dumps(m)) == "1 row of f.csv"


def test_a_count_qt_cannot_write_is_refused():
    with pytest.raises(ValueError):
        Message.plural("{n:>5} row", "{n:>5} rows", 2)


def test_the_count_becomes_qts_percent_n():
    assert numerus_key(("{n} row", "{n:,} rows")) == ("%Ln rows", "singular: %n row")


def test_the_import_report_says_one_skipped_row_in_the_singular():
    report = ImportReport("reference_sample", "f.csv", rows_read=3, inserted=2, written=True, skip_invalid=True,
                          problems=[RowProblem(2, "CAS number", "x", "bad")])
    assert report.summary() == ("Imported: 2 added, 0 updated, 0 unchanged. "
                                "1 row with problems was skipped (listed below).")
    report.problems.append(RowProblem(3, "CAS number", "y", "bad"))
    assert report.summary().endswith(" 2 rows with problems were skipped (listed below).")
    report.skip_invalid, report.written = False, False
    assert report.summary().startswith("Nothing was written, because 2 rows have problems (listed below).")
    assert report.summary().endswith("to bring in only the 1 good reference sample.")


def _compiled(tmp_path: Path, entries: dict[tuple[str, str], tuple[str, str]]) -> Path:
    """A tiny French .qm made by the lrelease the project uses: each plural message's two French forms."""
    messages = "".join(
        f'<message numerus="yes"><source>{escape(source)}</source><comment>{escape(note)}</comment><translation>'
        + "".join(f"<numerusform>{escape(form)}</numerusform>" for form in french) + "</translation></message>"
        for (source, note), french in entries.items())
    ts = tmp_path / "plurals_fr.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
                  f"<context><name>Catalogue messages</name>{messages}</context></TS>", encoding="utf-8")
    qm = tmp_path / "plurals_fr.qm"
    subprocess.run([update_translations.tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


@pytest.fixture
def french(qapp, tmp_path):
    skipped = ("{n:,} row with problems was skipped (listed below).",
               "{n:,} rows with problems were skipped (listed below).")
    qm = _compiled(tmp_path, {numerus_key(ROWS): ("%n ligne", "%n lignes"),
                              numerus_key(skipped): ("%Ln ligne erronée a été ignorée (voir ci-dessous).",
                                                     "%Ln lignes erronées ont été ignorées (voir ci-dessous).")})
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_french_says_the_form_of_its_own_plural_rule(french):
    # French puts 0 and 1 in the singular, where English says "0 rows".
    assert [say(Message.plural(*ROWS, n)) for n in (0, 1, 2)] == ["0 ligne", "1 ligne", "2 lignes"]


def test_the_import_reports_skipped_rows_are_said_in_french(french):
    report = ImportReport("reference_sample", "f.csv", rows_read=3, inserted=2, written=True, skip_invalid=True,
                          problems=[RowProblem(2, "CAS number", "x", "bad")])
    assert say(report.summary()).endswith(" 1 ligne erronée a été ignorée (voir ci-dessous).")


def test_an_untranslated_plural_stays_in_correct_english(qapp):
    assert [say(Message.plural("{n} tube", "{n} tubes", n)) for n in (1, 2)] == ["1 tube", "2 tubes"]


@pytest.mark.parametrize("language, forms", [("fr", 2), ("ru", 3), ("ar", 6)])
def test_the_extraction_lists_each_plural_message_as_a_numerus_entry(tmp_path, language, forms):
    texts = tmp_path / "catalogue_texts.py"
    texts.write_text(update_translations.texts_module(), encoding="utf-8")
    ts = tmp_path / f"labnet_{language}.ts"
    subprocess.run([update_translations.tool("pyside6-lupdate"), str(texts), "-locations", "none",
                    "-target-language", language, "-ts", str(ts)], check=True, capture_output=True)
    plural = {m.findtext("source"): m for m in ElementTree.parse(ts).getroot().iter("message")
              if m.get("numerus") == "yes"}
    source, note = numerus_key(("{n:,} row with problems was skipped (listed below).",
                                "{n:,} rows with problems were skipped (listed below)."))
    assert source in plural and plural[source].findtext("comment") == note
    assert len(list(plural[source].iter("numerusform"))) == forms
    assert set(plural) == {numerus_key(f)[0] for f in update_translations.plural_messages()}


def test_the_cores_other_counts_read_right_for_one():
    import zstandard

    from labnet.catalogue.tabular_table import _no_header_message
    from labnet.protocol.zstdframes import frames

    frame = zstandard.ZstdCompressor().compress(b"x")
    assert frames(frame + b"\x00")[1] == ["1 stray byte follows the last zstd frame"]
    assert frames(frame + b"\x00\x01")[1] == ["2 stray bytes follow the last zstd frame"]
    assert _no_header_message("f.csv", 3, 1) == "The header row 3 is past the end of f.csv, which has 1 row."
    assert _no_header_message("f.csv", 3, 2).endswith("which has 2 rows.")
