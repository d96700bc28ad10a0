"""The networks' languages: nothing escapes translation, every language is complete, and the
windows really speak them (right to left in Arabic), with numbers and dates as the locale writes them."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from factories import profile, sample, training
from i18n_lint import escapes
from labnet.desktop import i18n
from labnet.desktop.linkage_common import select_row
from windows import open_window

ROOT = Path(__file__).resolve().parents[1]
TRANSLATED = ("fr", "es", "ar", "ru")
PLURAL_FORMS = {"en": 2, "fr": 2, "es": 2, "ru": 3, "ar": 6}  # as Qt counts them for each language


def messages(language: str) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, translation element) of every message in ``language``'s .ts file."""
    root = ElementTree.parse(ROOT / "translations" / f"labnet_{language}.ts").getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def placeholders(text: str) -> Counter:
    return Counter(re.findall(r"\{[^{}]*\}|%L?n|%\d", text))


def accelerators(text: str) -> int:
    # "&File" marks Alt+F; "&&" is an ampersand, and so is one before a space ("Dates & hours").
    return len(re.findall(r"&(?=[^\s&])", text.replace("&&", "")))


# -- the source and the files ------------------------------------------------------------

def test_no_user_visible_text_in_the_desktop_escapes_translation():
    found = escapes(ROOT)
    assert not found, "text shown without translation:\n" + "\n".join(map(str, found))


def test_the_translation_files_are_current_with_the_source():
    # New or changed texts must reach the .ts files (and the compiled .qm the application loads).
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_and_keeps_what_the_code_fills_in(language):
    problems = []
    for context, source, translation in messages(language):
        where = f"[{context}] {source[:60]!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where}: not translated")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if len(forms) > 1 and len(forms) != PLURAL_FORMS[language]:
            problems.append(f"{where}: {len(forms)} plural forms, {language} has {PLURAL_FORMS[language]}")
        for text in forms:
            # A plural form may spell its number out (Arabic's "one" and "two"): %n may be left out there.
            ignored = ("%n", "%Ln") if len(forms) > 1 else ()
            wanted, found = (Counter({k: v for k, v in placeholders(t).items() if k not in ignored})
                             for t in (source, text))
            if not text.strip():
                problems.append(f"{where}: empty")
            elif found != wanted:
                problems.append(f"{where}: placeholders {dict(found)} for {dict(wanted)}")
            elif accelerators(text) != accelerators(source):
                problems.append(f"{where}: {accelerators(text)} keyboard accelerators for {accelerators(source)}")
            elif text.count("\n") != source.count("\n"):
                problems.append(f"{where}: line breaks changed")
    assert not problems, f"{len(problems)} problems in {language}:\n" + "\n".join(problems[:30])


def test_english_has_its_plural_forms():
    assert all(len(list(t.iter("numerusform"))) == 2 for _, _, t in messages("en"))


def test_every_language_has_the_same_texts():
    texts = {language: {(c, s) for c, s, _ in messages(language)} for language in TRANSLATED}
    assert all(texts[language] == texts["fr"] for language in TRANSLATED)
    assert len(texts["fr"]) > 800


# -- choosing the language ---------------------------------------------------------------

@pytest.mark.parametrize("system, expected", [
    ("fr_SN", "fr"), ("es_MX", "es"), ("ar_MA", "ar"), ("ru_KZ", "ru"), ("en_KE", "en"),
    ("de_DE", "en"), ("pt_BR", "en"),   # no translation: English
])
def test_the_language_follows_the_system(system, expected):
    assert i18n.resolve(i18n.SYSTEM, QLocale(system)) == expected


def test_a_language_chosen_in_settings_wins_over_the_system(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen_language(settings) == i18n.SYSTEM
    i18n.choose_language("ar", settings)
    assert i18n.resolve(i18n.chosen_language(settings), QLocale("fr_FR")) == "ar"
    with pytest.raises(ValueError):
        i18n.choose_language("xx", settings)
    settings.setValue(i18n.SETTING, "klingon")  # a hand-edited file: ignored, not a crash
    assert i18n.chosen_language(settings) == i18n.SYSTEM


@pytest.fixture
def speaking(qapp):
    """Install a language for one test (conftest puts English and the C locale back before the next)."""
    return lambda language: i18n.install(qapp, language)


def test_numbers_and_dates_are_written_as_the_locale_writes_them(speaking):
    QLocale.setDefault(QLocale("fr_FR"))
    assert i18n.number(1500.5, 1) == QLocale("fr_FR").toString(1500.5, "f", 1)
    assert i18n.number(1500.5, 1).replace("\u202f", " ").replace("\xa0", " ") == "1 500,5"
    assert i18n.date_text("2031-01-05") == "05/01/2031"
    QLocale.setDefault(QLocale("en_US"))
    assert i18n.number(1234567) == "1,234,567"
    assert i18n.date_text("2031-01-05") == "1/5/2031"   # never a two-digit year
    QLocale.setDefault(QLocale("ru_RU"))
    assert i18n.date_text("2031-01-05") == "05.01.2031"
    QLocale.setDefault(QLocale.c())
    assert i18n.date_text("2031-01-05") == "2031-01-05"  # no locale at all: ISO
    assert i18n.date_text("not a date") == "not a date" and i18n.date_text(None) == ""


# -- the windows -------------------------------------------------------------------------

@pytest.fixture
def catalogue_path(data_dir):
    from labnet.catalogue.store import Catalogue

    cat = Catalogue.open(data_dir, user="ana")
    cat.add("reference_sample", sample())
    cat.add("training_record", training())
    cat.add("profiling_result", profile())
    cat.close()
    return data_dir / "catalogue.db"


def shown_texts(root: QWidget) -> set[str]:
    """Every text a user can see on ``root`` and its children: labels, buttons, titles, items, headers."""
    texts = {root.windowTitle()}
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.add(w.text())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts |= {w.itemText(i) for i in range(w.count())}
        elif isinstance(w, QListWidget):
            texts |= {w.item(i).text() for i in range(w.count())}
        elif isinstance(w, QTabWidget):
            texts |= {w.tabText(i) for i in range(w.count())}
        model = getattr(w, "model", lambda: None)() if hasattr(w, "horizontalHeader") else None
        if model is not None:
            texts |= {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())}
    return {re.sub(r"<[^>]+>", "", t).replace("&", "").strip() for t in texts if t}


def english_that_should_not_show(language: str) -> set[str]:
    """The English sources whose translation differs (a word such as "OK" or "%" may stay the same)."""
    return {s.replace("&", "") for _, s, t in messages(language)
            if t.text and t.text.strip() != s.strip() and "{" not in s and len(s) > 2}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_section_of_the_main_window_speaks_the_language(qtbot, catalogue_path, tmp_path, speaking, language):
    speaking(language)
    window = open_window(qtbot, catalogue_path, tmp_path)
    english = english_that_should_not_show(language)
    translated = {t.text.replace("&", "") for _, _, t in messages(language) if t.text}
    assert len(shown_texts(window) & translated) >= 10  # the walk does see the translated window
    leaks = {}
    for info in window.page_infos():
        page = window.show_section(info.key)
        # A bounded wait on purpose: the page's queued updates run, and then no English text may show
        # (no condition can wait for something that must not happen).
        qtbot.wait(10)
        leaked = sorted(shown_texts(page) & english)
        if leaked:
            leaks[info.key] = leaked
    leaks["menus"] = sorted({a.text().replace("&", "") for a in window.menuBar().actions()} & english)
    assert not any(leaks.values()), f"English left in the {language} window: {leaks}"
    assert window.layoutDirection() == (Qt.LayoutDirection.RightToLeft if language == "ar"
                                        else Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_dialogs_speak_the_language(qtbot, catalogue_path, tmp_path, speaking, language):
    # The record forms (new and stored), the import wizards, the first-run wizard and the hub console.
    speaking(language)
    window = open_window(qtbot, catalogue_path, tmp_path)
    english = english_that_should_not_show(language)
    leaks: dict[str, list[str]] = {}

    def look_at(name: str, opened: Any) -> None:
        dialog = opened() if callable(opened) else opened
        qtbot.waitUntil(dialog.isVisible)
        if leaked := sorted(shown_texts(dialog) & english):
            leaks[name] = leaked
        dialog.close()

    for kind, page in window.record_pages.items():
        window.show_section(page.objectName().removeprefix("page-"))
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0)
        for name, action in (("new", page.new_record), ("import", page.import_file)):
            action()
            look_at(f"{name} {kind}", page._dialogs[-1])
        select_row(page.table, 0)   # QTableView.selectRow selects nothing right to left
        before = len(page._dialogs)
        page.open_selected()
        qtbot.waitUntil(lambda page=page, before=before: len(page._dialogs) > before)
        look_at(f"stored {kind}", page._dialogs[-1])
    look_at("first run", window.network_page.set_up)
    look_at("hub console", window.open_hub_console)
    assert not leaks, f"English left in the {language} dialogs: {leaks}"


def test_a_language_picked_in_settings_is_kept_and_a_restart_is_offered(qtbot, catalogue_path, tmp_path, monkeypatch):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    window = open_window(qtbot, catalogue_path, tmp_path)
    combo = window.settings_page.language
    assert combo.itemData(combo.currentIndex()) == i18n.SYSTEM
    assert [combo.itemText(i) for i in range(1, combo.count())] == list(i18n.LANGUAGES.values())

    combo.setCurrentIndex(combo.findData("es"))
    combo.activated.emit(combo.currentIndex())
    assert i18n.chosen_language(window.settings_store) == "es"
    (box,) = shown
    assert "Español" in box.text()
    later = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    later.click()
    assert not window.restart_requested and window.isVisible()

    combo.setCurrentIndex(combo.findData("ru"))
    combo.activated.emit(combo.currentIndex())
    box = shown[-1]
    now = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    now.click()
    assert window.restart_requested and not window.isVisible()  # app.run starts LabNet again from here
    assert i18n.chosen_language(window.settings_store) == "ru"


def test_the_restart_runs_the_same_command_again(monkeypatch):
    from labnet.desktop import app

    monkeypatch.setattr(sys, "argv", ["/somewhere/labnet/__main__.py", "--demo"])
    assert app.restart_command() == [sys.executable, "-m", "labnet", "--demo"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["C:/Program Files/LabNet/labnet.exe", "--data-dir", "D:/lab"])
    assert app.restart_command() == [sys.executable, "--data-dir", "D:/lab"]


# -- the core's sentences ----------------------------------------------------------------

def test_the_cores_sentences_are_said_in_the_language_with_their_values(speaking):
    from labnet.catalogue.records import REFERENCE_SAMPLE

    _, problems = REFERENCE_SAMPLE.validate({"inventory_code": "RS-1", "cas_number": "50-36-3",
                                             "received_on": "2026-03-02", "opened_on": "2026-01-05"})
    by_field = {p.field: p.message for p in problems}
    assert str(by_field["substance"]) == "Substance is required"   # the English stays the plain text
    speaking("fr")
    said = {field: i18n.say(message) for field, message in by_field.items()}
    assert "Substance" in said["substance"]                          # the label, French and English alike
    assert all(said[f] != str(by_field[f]) for f in said), said     # every one is French now
    assert "50-36-3" in said["cas_number"]                           # with its value
    assert "2026-01-05" in said["opened_on"] and "ouverture" in said["opened_on"].lower()  # core words too


def test_a_broken_translation_of_a_sentence_falls_back_to_english(speaking, monkeypatch):
    from labnet.catalogue.errors import Message

    speaking("fr")
    monkeypatch.setattr(i18n.QCoreApplication, "translate", lambda *args: "il manque {oops}")
    message = Message("“{raw}” is not a number", raw="x")
    assert i18n.say(message) == "“x” is not a number"


def test_plain_text_is_said_as_it_is():
    assert i18n.say("already a sentence") == "already a sentence" and i18n.say(3) == "3"


def test_the_form_shows_the_cores_problems_in_the_language(qtbot, catalogue_path, tmp_path, speaking):
    speaking("fr")
    window = open_window(qtbot, catalogue_path, tmp_path)
    page = window.record_pages["reference_sample"]
    window.show_section("reference-samples")
    page.new_record()
    editor = page._dialogs[-1]
    editor.inputs["cas_number"].focus.setText("50-36-3")   # a wrong check digit
    french = next(t.text for c, s, t in messages("fr") if s.startswith("the check digit of CAS number"))
    expected = french.format(cas="50-36-3")
    expected = expected[0].upper() + expected[1:]   # shown as a sentence
    qtbot.waitUntil(lambda: any(text.startswith(expected) for text in shown_texts(editor)))


def test_the_catalogues_refusals_and_errors_are_said_in_the_language(speaking):
    from labnet.catalogue.errors import Message, PermissionDenied, storage_error
    from labnet.catalogue.users import Actor

    with pytest.raises(PermissionDenied) as refused:
        Actor("ana", "analyst").require("dispose_standard")
    disk = storage_error(OSError("attempt to write a readonly database"), Message("the catalogue {path}", path="/d/c.db"))
    english = (i18n.say_error(refused.value), i18n.say_error(disk))
    speaking("es")
    said = (i18n.say_error(refused.value), i18n.say_error(disk))
    assert said[0] != english[0] and "ana" in said[0]
    assert said[1] != english[1] and "/d/c.db" in said[1] and said[1][0].isupper()   # "El catálogo /d/c.db …"


def test_the_networks_errors_are_said_in_the_language(tmp_path, speaking):
    from labnet.catalogue.errors import Message
    from labnet.protocol.errors import NoIdentity, PolicyError
    from labnet.protocol.keyfile import load_public_identity

    with pytest.raises(NoIdentity) as missing:
        load_public_identity(tmp_path)
    policy = PolicyError([Message("[{kind}] is not a record type; use one of: {known}", kind="x",
                                  known="reference_sample")])
    english = [i18n.say_error(missing.value), i18n.say_error(policy)]
    speaking("ru")
    said = [i18n.say_error(missing.value), i18n.say_error(policy)]
    assert all(s != e for s, e in zip(said, english)), said
    assert "labnet init --lab NAME --country CC" in said[0]     # commands stay as they are typed
    assert "reference_sample" in said[1]
