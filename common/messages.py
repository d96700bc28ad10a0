"""Sentences for people that can be said in another language, and the error that carries one.

Every room raises its user-facing errors with a ``Message`` (``tests/test_messages.py`` forbids plain text in
the core); ``TranslatableError`` is their common base, so the command line and the desktop can show (and
translate) any room's error the same way.  This module imports nothing of LabNet: it is the bottom.
"""

from __future__ import annotations


class Message(str):
    """A sentence for people, in English, that remembers how it was made so it can be said in another language.

    It *is* the English text (a ``str``: the command line, logs and tests use it
    as it is); ``template`` and ``values`` let the desktop translate the template
    and fill in the same values.  Templates are literals, so the translation tools
    can list them (``scripts/update_translations.py``).
    """

    template: str
    values: dict
    capital: bool  # said with a capital first letter, though the template starts with a value

    def __new__(cls, template: str, **values: object) -> "Message":
        return cls._made(template, values, False)

    @classmethod
    def _made(cls, template: str, values: dict, capital: bool) -> "Message":
        text = template.format(**values)
        text = super().__new__(cls, text[:1].upper() + text[1:] if capital else text)
        text.template, text.values, text.capital = template, values, capital
        return text

    def capitalized(self) -> "Message":
        """The same sentence starting with a capital (for a template that starts with a fragment such as
        "{where} cannot be written", where the fragment is "the catalogue …")."""
        return Message._made(self.template, self.values, True)

    def __reduce__(self):  # pickled and copied whole, not as its English text
        return Message._made, (self.template, self.values, self.capital)


def message_of(exc: BaseException) -> str:
    """The sentence an exception carries: its ``Message`` when it has one (``str(exc)`` would lose it)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Message) else str(exc)


class TranslatableError(Exception):
    """An error whose sentence is for the user: the command line prints it, the desktop translates it."""

    @property
    def user_message(self) -> str:
        """The sentence, as the ``Message`` it was raised with when there is one (the desktop translates it)."""
        return message_of(self)
