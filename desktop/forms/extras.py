"""What a record type adds to its generated form (a side panel, smarter choices).

``RecordEditor`` calls these hooks; each record type that needs more than the
generated fields subclasses ``FormExtras`` (see samples.py, training.py,
profiling.py).  The hooks run on the GUI thread and must stay cheap: anything
touching the catalogue goes through ``editor.tasks``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from labnet.catalogue.errors import Problem
from labnet.catalogue.users import Actor

if TYPE_CHECKING:
    from .editor import RecordEditor


class FormExtras(QObject):
    def __init__(self, editor: RecordEditor):
        super().__init__(editor)
        self.editor = editor

    def panel(self, name: str) -> QWidget | None:
        """The widget for an "@name" entry of the sections, if this type has one."""
        if name == "certificate" and self.editor.rt.has_field("certificate"):
            from .certificate import CertificatePanel
            return CertificatePanel(self.editor)
        return None

    def side_panel(self) -> QWidget | None:
        return None

    def defaults(self) -> dict[str, Any]:
        """Values a new record starts with."""
        return {}

    def loaded(self) -> None:
        """The record (or a new one) has been put into the form."""

    def actor_known(self, actor: Actor) -> None:
        """Who is working is now known (it is asked of the worker)."""

    def values_changed(self, values: dict[str, Any], clean: dict[str, Any]) -> None:
        """After each validation: adjust what the form offers or shows."""

    def extra_problems(self, values: dict[str, Any], clean: dict[str, Any]) -> list[Problem]:
        """Problems the record definition cannot know (they depend on the form or the stored record)."""
        return []

    def focus_widgets(self) -> list[QWidget]:
        """Inputs of the side panel, in tab order."""
        return []
