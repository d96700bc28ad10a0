"""How each record type's fields are grouped on its form.

The grouping is declared with the record type (``RecordType.sections`` in
``labnet.catalogue.records``), with the fields themselves (labels, types, units,
choices, which describe a tablet).  A field the definition gains later and
that no section lists still appears, in an "Other" section, so the form never
hides part of a record.  Entries starting with "@" are places where the form
puts a panel of its own (the certificate).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from labnet.catalogue.records import RecordType

# Fields kept by a panel rather than typed (the certificate is a file digest).
PANEL_FIELDS = {"certificate"}

OTHER = QT_TRANSLATE_NOOP("Catalogue", "Other")  # translated with the titles, by catalogue_text


def sections_for(rt: RecordType) -> list[tuple[str, str, tuple[str, ...]]]:
    """The sections of ``rt``'s form (titles in English: the core's words), with any field not placed added
    at the end."""
    sections = [(key, title, tuple(f"@{e}" if e in PANEL_FIELDS else e for e in entries if rt.has_field(e)))
                for key, title, entries in rt.sections]
    placed = {e.lstrip("@") for section in sections for e in section[2]}
    rest = tuple(f.name for f in rt.fields if f.name not in placed and f.name not in PANEL_FIELDS)
    if rest:
        sections.append(("other", OTHER, rest))
    return sections
