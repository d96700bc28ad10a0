"""The application's languages: choosing one, loading its translations, formatting for its locale.

Every user-visible string goes through Qt's translation: ``self.tr`` in
widgets, ``translate(context, text)`` in plain functions, and
``catalogue_text`` for the words the headless core supplies (record types,
field labels, vocabularies, comparison metrics), which are listed for the
translators in the generated ``desktop/catalogue_texts.py``.

The language follows the system unless the user picks one in Settings (kept
in QSettings under ``language``). Numbers and dates are formatted for the
same locale, and Arabic turns the layout right-to-left.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterable
from pathlib import Path, PurePath

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QSettings, QTime, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from labnet.catalogue.errors import Message, message_of
from labnet.common.messages import Number, numerus_key
from labnet.resources import resource_path

# Languages with a translation, by their own names: a user who cannot read the
# current language still finds theirs.  English is the source language.
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية", "ru": "Русский"}
SETTING = "language"
SYSTEM = ""  # the stored value meaning "follow the system"

_installed: list[QTranslator] = []
_language = "en"  # the language installed last


def translations_dir() -> Path:
    return resource_path("translations")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (``n`` chooses a plural form for texts with ``%n``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)  # i18n: the helper itself


# What translates the core's words and sentences: the application's translators, or, in a process without a
# QCoreApplication (the command line, which must not make one: a report it prints needs a QApplication), the
# translator ``use_translator`` was given.
_translator: QTranslator | None = None


def use_translator(translator: QTranslator | None) -> None:
    """``say`` and ``catalogue_text`` translate with ``translator`` alone (None: the application's again)."""
    global _translator
    _translator = translator


def speak_without_application() -> str:
    """For a process with no QCoreApplication (the command line): the language chosen in the window's Settings,
    else the system's, its translation given to ``say``; returns the language (English: nothing to load)."""
    language = resolve(chosen_language(QSettings("LabNet", "LabNet")))   # the window's settings (desktop/app.py)
    if language == "en":
        return language
    translator = QTranslator()
    if not translator.load(f"labnet_{language}", str(translations_dir())):
        return "en"
    use_translator(translator)
    QLocale.setDefault(locale_for(language))   # numbers in the sentences as the language writes them
    return language


def _lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _translator is None:
        return QCoreApplication.translate(context, text, disambiguation, n)  # i18n: the helper itself
    return _translator.translate(context, text, disambiguation, n) or text  # i18n: "" is not translated


def catalogue_text(text: str) -> str:
    """A word the core supplies (a field label, a status, a record type) in the current language."""
    return _lookup("Catalogue", text) if text else text  # i18n: listed in catalogue_texts.py


def say(text: object) -> str:
    """A sentence from the core in the current language: a ``labnet.catalogue.errors.Message`` is translated
    (its template, then its values filled in: core words among them translated too); other text as it is."""
    if not isinstance(text, Message):
        return str(text)
    template = _template(text)
    values = {key: say(value) if isinstance(value, Message) else _word(value) for key, value in text.values.items()}
    try:
        said = _LOCALE_NUMBERS.format(template, **values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English still says it
        return str(text)
    return bidi(said[:1].upper() + said[1:] if text.capital else said)


def _template(text: Message) -> str:
    """The template of a core sentence in the current language; for a ``Message.plural``, the form Qt's plural
    lookup picks for its count, with the count already written in (``%n``)."""
    if text.forms is None:
        return _lookup("Catalogue messages", text.template)  # i18n: listed in catalogue_texts.py
    source, note = numerus_key(text.forms)
    # Without a translation Qt would give back the English plural, "1 rows": asked with no count (-1), it
    # answers the source itself when nothing translates it, and then the English form chosen by the core stays.
    if _lookup("Catalogue messages", source, note, -1) == source:  # i18n: catalogue_texts.py
        return text.template
    n = text.values["n"]
    form = _lookup("Catalogue messages", source, note, n)  # i18n: as above
    # Qt writes %n in Latin digits ("1234") beside the locale's digits of every other number in an Arabic view
    # (%Ln it writes in the locale's): that count, a run of exactly its digits, is written again in the locale's.
    # (A translation holding that very number as a literal would have it in the locale's digits too.)
    return re.sub(rf"(?<![0-9]){n}(?![0-9])", lambda _m: locale_digits(str(n)), form)


def say_error(exc: BaseException) -> str:
    """The sentence an exception carries (a sync error's ``user_message``), in the current language
    when the core made it a ``Message``."""
    return say(getattr(exc, "user_message", None) or message_of(exc))


def _word(value: object) -> object:
    """A value put into a core sentence: a core word ("reference sample", "in use") translated, data as it is."""
    if isinstance(value, PurePath):
        return isolate(value)
    if isinstance(value, Number):
        return _number_said(value)
    if not isinstance(value, str) or not value:
        return value
    said = catalogue_text(value)
    if said == value and value[0].islower():  # the core lowercases its labels inside sentences
        capital = value[0].upper() + value[1:]
        said = catalogue_text(capital)
        said = said.lower() if said != capital else value
    # Data (a date, a CAS number, what was typed) keeps its own direction in an Arabic sentence:
    # without it "2026-01-05" reads "05-01-2026".
    return isolate(value) if said == value else said


def _number_said(value: Number) -> str:
    """A core sentence's ``Number`` in the view's digit system: an Arabic view's digits, its "٫" and minus sign.
    A Latin-digit view keeps the core's text as it is (the number a person can type back in any view)."""
    text = str(value)
    if QLocale().zeroDigit() == "0" or "e" in text.lower() or text.lstrip("-") in ("nan", "inf"):
        return text   # (an exponent or infinity: Latin letters around it, left as Python wrote it, as ``fill`` does)
    return locale_digits(text)


def chosen_language(settings: QSettings | None = None) -> str:
    """The language picked in Settings, or SYSTEM."""
    value = (settings or QSettings()).value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def choose_language(language: str, settings: QSettings | None = None) -> None:
    if language != SYSTEM and language not in LANGUAGES:
        raise ValueError(f"no translation for {language!r}")
    (settings or QSettings()).setValue(SETTING, language)


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to use: the choice, else the first of the system's languages LabNet has, else English."""
    if choice in LANGUAGES:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def locale_for(language: str) -> QLocale:
    """The locale that formats numbers and dates: the system's own if it speaks ``language``."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system  # keeps the user's country: fr-CA and fr-SN write dates differently
    if language == "en":
        return QLocale("en_GB")  # day before month, as in most of the networks' English-speaking countries
    return QLocale(language)


def install(app: QCoreApplication, language: str) -> QLocale:
    """Load ``language``'s translations (LabNet's and Qt's own dialogs'), replacing any loaded before.

    Returns the locale now used by default for numbers and dates.
    """
    global _language
    use_translator(None)   # the application's translators, even where the command line had set its own
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(language)
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    # English has a file too: the plural forms of texts such as "%n compound(s)".
    for folder, name in ((translations_dir(), "labnet"),) + (((qt, "qtbase"),) if language != "en" else ()):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale)
    if isinstance(app, QApplication):
        app.setLayoutDirection(locale.textDirection())
    _language = language
    return locale


def installed_language() -> str:
    """The language whose translations are loaded now."""
    return _language


def loaded_files() -> int:
    """How many translation files are loaded (LabNet's, and Qt's own for its standard dialogs)."""
    return len(_installed)


# -- formatting for the locale ---------------------------------------------------------
def isolate(text: object) -> str:
    """``text`` (a path, a code) kept in its own direction inside a sentence of the other one.

    Without it, "/tmp/demo/catalogue.db" inside an Arabic sentence shows as "tmp/demo/catalogue.db/".
    """
    if not QGuiApplication.isRightToLeft():
        return str(text)  # left to right, a path reads right as it is (and titles stay plain text)
    return f"\u2068{text}\u2069"  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE


def locale_digits(text: str, locale: QLocale | None = None) -> str:
    """A number Python wrote (``f"{n:,}"``, ``f"{x:.2f}"``) in the locale's digits, separators and minus sign.

    The one rule of the views: every number shown is in the view's locale, so an Arabic line never mixes
    "1,234" with "١٬٢٣٤".  Python's own format keeps the template's choices (grouping, decimals).  ``locale``:
    a view's own (default: the application's)."""
    locale = locale if locale is not None else QLocale()
    zero = locale.zeroDigit()
    marks = {",": locale.groupSeparator(), ".": locale.decimalPoint(), "-": locale.negativeSign(),
             "+": locale.positiveSign()}
    if len(zero) == 1:
        marks.update({str(d): chr(ord(zero) + d) for d in range(10)})
    return "".join(marks.get(ch, ch) for ch in text)


class _LocaleNumbers(string.Formatter):
    """``str.format`` whose numbers (not booleans) come out in the locale's digits and separators."""

    def format_field(self, value: object, format_spec: str) -> str:
        formatted = super().format_field(value, format_spec)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "e" in formatted.lower() or formatted.lower() in ("nan", "inf", "-inf"):
                return formatted  # an exponent or infinity: Latin letters around it, left as Python wrote it
            return locale_digits(formatted)
        return formatted


_LOCALE_NUMBERS = _LocaleNumbers()


def fill(template: str, /, **values: object) -> str:
    """``template.format(**values)`` with every number in the locale's digits (``{auc:.4f}``, ``{n:,}`` kept)."""
    return _LOCALE_NUMBERS.format(template, **values)


# A run written left to right inside a right-to-left sentence: a formula "|z| ≤ 2", a standard "ISO/IEC 17025",
# a clause "§6.4", an amount and its unit "5 mg".  It starts and ends on a letter, digit, § or |, and holds no
# bracket (brackets around it are the sentence's own, mirrored with it).  Once begun on a Latin character it may
# hold and end on the locale's Arabic digits, separators and minus mark: "FPR ≤ ٠٫٠١" is one run, or its "≤" mirrors.
_ARABIC_NUMBER = "\u0660-\u066c\u06f0-\u06f9\u061c"
_LTR_RUN = re.compile(rf"[A-Za-z0-9§|µ][A-Za-z0-9§|µ ./:\-+×≤≥<>=·′_%,{_ARABIC_NUMBER}]*[A-Za-z0-9|%′µ\u0660-\u0669\u06f0-\u06f9]"
                      r"|[A-Za-z0-9§]")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ISOLATED = re.compile("(\u2068[^\u2069]*\u2069)")
_TAG = re.compile(r"<[A-Za-z/][^>]*>")


def bidi(text: str) -> str:
    """``text`` with each left-to-right run of a right-to-left sentence isolated (FSI … PDI), so that Arabic shows
    "(|z| ≤ 2)", "ISO/IEC 17025, §6.4" and "5 mg" in their own order.  Text already isolated, text without a
    right-to-left letter and any text in a left-to-right layout come back as they are."""
    if not text or not QGuiApplication.isRightToLeft() or not _RTL_LETTER.search(text) or _TAG.search(text):
        return text   # (rich text: an isolate inside a tag would break it; such labels isolate their values)
    parts = _ISOLATED.split(text)   # odd parts: already isolated
    return "".join(part if i % 2 else _LTR_RUN.sub(lambda m: f"\u2068{m.group(0)}\u2069", part)
                   for i, part in enumerate(parts))


def number(value: float | int, decimals: int | None = None) -> str:
    """``value`` with the locale's digits and separators (``decimals`` fixed, else as needed)."""
    locale = QLocale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    if decimals is None:
        return locale.toString(float(value), "g", 6)
    return locale.toString(float(value), "f", decimals)


def date_text(value: dt.date | str | None) -> str:
    """A date as the locale writes it briefly (``value`` may be ISO text); blank stays blank."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        if _MONTH.fullmatch(value):
            return month_text(int(value[:4]), int(value[5:]))  # a date a sharing policy generalised to its month
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value  # not a date after all: shown as it is
    if isinstance(value, dt.datetime):
        value = value.date()
    return QLocale().toString(QDate(value.year, value.month, value.day), short_date_format())


_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def month_text(year: int, month: int) -> str:
    """A month as the locale names it, with its year in the locale's digits: "February 2026", "février 2026",
    "فبراير ٢٠٢٦" (the standalone name: Russian "февраль", not "февраля")."""
    locale = QLocale()
    return f"{locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)} " \
           f"{locale.toString(QDate(year, month, 1), 'yyyy')}"


def short_date_format() -> str:
    # The locale's short form, but never a two-digit year: an expiry date in 2031 must not read "31".
    if QLocale().language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # no locale at all (a bare server, CI): ISO, which nobody misreads
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def long_date_text(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def datetime_text(value: dt.datetime | str | None) -> str:
    """A moment as the locale writes it briefly, in local time (``value`` may be ISO text)."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if value.tzinfo is not None:
        value = value.astimezone()
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(moment, short_date_format() + " " + QLocale().timeFormat(QLocale.FormatType.ShortFormat))


def field_list(pairs: Iterable[tuple[str, object]]) -> str:
    """Named values in a line, "Country: NG; Date: …", with the language's own punctuation (French's narrow
    no-break space before ":" and ";", Arabic's "؛"): the separators are translated like any text."""
    item = translate("FieldList", "{name}: {value}")
    return translate("FieldList", "; ", "between the items of a list of named values").join(
        item.format(name=name, value=value) for name, value in pairs)


def word_list(words: Iterable[str]) -> str:
    """Words in a line, "cocaine, heroin", with the language's comma (Arabic "،")."""
    return translate("FieldList", ", ", "between the words of a list").join(words)


def core_word(value: str) -> str:
    """A word the core or the data supplies ("cocaine"), translated as the core's sentences and the charts
    translate it; data that is no known word keeps its own direction."""
    return str(_word(value))
