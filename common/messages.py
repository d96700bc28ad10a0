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
    can list them (``scripts/update_translations.py``).  A sentence that says a count
    is made with ``Message.plural`` (its ``forms`` are then the English singular and plural).
    """

    template: str
    values: dict
    capital: bool  # said with a capital first letter, though the template starts with a value
    forms: tuple[str, str] | None  # (singular, plural) English templates of a Message.plural, else None

    def __new__(cls, template: str, **values: object) -> Message:
        return cls._made(template, values, False)

    @classmethod
    def plural(cls, singular: str, plural: str, n: int, **values: object) -> Message:
        """A sentence that says a count ``n``: "{n} row was skipped" / "{n} rows were skipped".

        The count is the value ``n`` of both templates, written ``{n}`` (or ``{n:,}`` for thousands
        separators); other values are filled in as for ``Message``.  English picks the singular for
        n == 1 and the plural otherwise (0 rows, 2 rows), without Qt.  Other languages have other
        rules (Arabic six forms, Russian three), so the desktop asks Qt's plural ("numerus") lookup:
        ``numerus_source`` gives the text Qt knows it by, where ``{n}`` becomes ``%n`` and ``{n:,}``
        becomes ``%Ln`` (Qt writes the number in the locale's digits and separators).
        """
        for template in (singular, plural):
            numerus_source(template)  # refuses a count written in a way Qt cannot fill in
        return cls._made(singular if n == 1 else plural, {**values, "n": n}, False, (singular, plural))

    @classmethod
    def _made(cls, template: str, values: dict, capital: bool, forms: tuple[str, str] | None = None) -> Message:
        text = template.format(**values)
        text = super().__new__(cls, text[:1].upper() + text[1:] if capital else text)
        text.template, text.values, text.capital, text.forms = template, values, capital, forms
        return text

    def capitalized(self) -> Message:
        """The same sentence starting with a capital (for a template that starts with a fragment such as
        "{where} cannot be written", where the fragment is "the catalogue …")."""
        return Message._made(self.template, self.values, True, self.forms)

    def __reduce__(self):  # pickled and copied whole, not as its English text
        return Message._made, (self.template, self.values, self.capital, self.forms)


def number_text(value: float) -> str:
    """Shortest text that reads back as the same float ("120", "0.5", "1e+20")."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


class Number:
    """A number put into a sentence as a number, not as text: its English text is ``number_text``'s (so the
    command line and the English sentence stay as they were), and the desktop's ``say`` writes it in the
    view's digits (an Arabic view: "١٢٠", "٠٫٥").  For a number the core used to pass as ``fmt_number`` text.

    ``spec``: a format spec (``Number(z, "+.2f")``, ``Number(x, ".4g")``) for a number the core used to write
    with an f-string; its text is then exactly ``format(value, spec)``, the old text."""

    __slots__ = ("value", "spec")

    def __init__(self, value: float | int, spec: str = ""):
        self.value = value
        self.spec = spec

    def __str__(self) -> str:
        return format(self.value, self.spec) if self.spec else number_text(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Number({self.value!r}, {self.spec!r})" if self.spec else f"Number({self.value!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Number) and (self.value, self.spec) == (other.value, other.spec)

    def __hash__(self) -> int:
        return hash((self.value, self.spec))

    def __reduce__(self):
        return Number, (self.value, self.spec)


_COUNTS = {"{n}": "%n", "{n:,}": "%Ln"}


def numerus_source(template: str) -> str:
    """The template as Qt's plural lookup writes it: ``{n}`` as ``%n``, ``{n:,}`` as ``%Ln``."""
    if "{n:" in template.replace("{n:,}", ""):
        raise ValueError(f"a count is written {{n}} or {{n:,}}: {template!r}")  # internal: a template's own mistake
    for ours, qt in _COUNTS.items():
        template = template.replace(ours, qt)
    return template


def numerus_key(forms: tuple[str, str]) -> tuple[str, str]:
    """(source, disambiguation) that a ``Message.plural`` is translated by: the English plural is the source
    and the singular the translators' note.  (Qt's lupdate marks an entry as plural only when the call has a
    disambiguation, so the note is never empty.)"""
    singular, plural = forms
    return numerus_source(plural), "singular: " + numerus_source(singular)


def message_of(exc: BaseException) -> str:
    """The sentence an exception carries: its ``Message`` when it has one (``str(exc)`` would lose it)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Message) else str(exc)


class TranslatableError(Exception):
    """An error whose sentence is for the user: the command line prints it, the desktop translates it."""

    @property
    def user_message(self) -> str:
        """The sentence, as the ``Message`` it was raised with when there is one (the desktop translates it)."""
        return message_of(self)
