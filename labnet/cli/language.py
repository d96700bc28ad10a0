"""The language the command line speaks to lab staff: the one chosen in the window's Settings, else the
system's (``LANG``, ``LC_ALL``, ``LC_MESSAGES``: ``LANG=fr_FR.UTF-8 labnet …`` speaks French), else English —
the desktop's own rule (``labnet.desktop.i18n.resolve``).

Only the sentences LabNet makes as a ``Message`` (``labnet.common.messages``) are translated, with the same
translation files as the window (``scripts/update_translations.py`` lists the command line's too); argparse's
usage lines and text a command writes as plain English stay English.  Qt is loaded the first time a sentence is
said, never for a command that says none, and without a QCoreApplication (a report printed later makes its
QApplication).  An installation without the desktop part (no Qt) speaks English.  ``labnet-hub`` stays English:
a hub's administrator and its HTTP refusals use one language across laboratories.
"""

from __future__ import annotations

from typing import Any

_said_by: Any = None     # the desktop's ``say``, once the translator is in place
_language: str | None = None


def language() -> str:
    """The language the command line speaks (loading the translation the first time)."""
    _load()
    return _language or "en"


def say(text: object) -> str:
    """``text`` in the command line's language when it is a ``Message``; anything else as it is."""
    from labnet.common.messages import Message

    if not isinstance(text, Message):
        return str(text)
    _load()
    return _said_by(text) if _said_by is not None else str(text)


def _load() -> None:
    global _said_by, _language
    if _language is not None:
        return
    _language = "en"
    try:
        from labnet.desktop import i18n
    except ImportError:   # the base installation (a hub server's): no Qt, no translations; English
        return
    _language = i18n.speak_without_application()
    if _language != "en":
        _said_by = i18n.say
