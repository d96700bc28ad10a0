"""Profiling results on the form: the target-compound list of the drug type, and
the tablet section shown only for tablets and capsules."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QPushButton

from labnet.catalogue.errors import Problem
from labnet.catalogue.records import TABLET_FORMS
from labnet.catalogue.users import Actor
from labnet.desktop.i18n import number
from labnet.resources import resource_path

from .extras import FormExtras
from .number_inputs import PeaksInput

TABLET_SECTION = "tablet"


def target_list(drug_type: str | None) -> list[str] | None:
    """The harmonised target compounds of ``drug_type`` (resources/targets/<type>.json), if shipped."""
    if not drug_type:
        return None
    path = resource_path("targets", f"{drug_type}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    targets = data.get("targets") if isinstance(data, dict) else data
    return [str(t) for t in targets] if isinstance(targets, list) else None


class ProfilingExtras(FormExtras):
    def __init__(self, editor):
        super().__init__(editor)
        self.load_button: QPushButton | None = None
        self._targets_for: str | None = None
        self._targets: list[str] | None = None

    def _peaks(self) -> PeaksInput | None:
        peaks = self.editor.inputs.get("peaks")
        return peaks if isinstance(peaks, PeaksInput) else None

    def loaded(self) -> None:
        peaks = self._peaks()
        if peaks is not None and self.load_button is None:
            self.load_button = QPushButton(self.tr("Load target list"))
            self.load_button.setObjectName("load-target-list")
            self.load_button.setAccessibleName(self.tr("Load the target list of the drug type"))
            self.load_button.clicked.connect(self.load_targets)
            peaks.add_button_widget(self.load_button)

    def actor_known(self, actor: Actor) -> None:
        analyst = self.editor.inputs.get("analyst")
        if self.editor.record_id is None and analyst is not None and not analyst.raw() and not self.editor.record:
            analyst.set_value(actor.username)
            self.editor.baseline["analyst"] = analyst.state()  # a default, not a change

    def targets(self, drug_type: str | None) -> list[str] | None:
        if drug_type != self._targets_for:
            self._targets_for, self._targets = drug_type, target_list(drug_type)
        return self._targets

    def load_targets(self) -> None:
        peaks = self._peaks()
        drug_type = self.editor.inputs["drug_type"].raw()
        names = self.targets(drug_type)
        if peaks is None or not names:
            return
        added = peaks.fill_names(names)
        self.editor.touched.add("peaks")
        self.editor.validate()
        self.load_button.setToolTip(self.tr("{n} compounds added from the {drug} target list; fill in the peak "
                                            "areas (leave blank what was not reported).").format(n=number(added), drug=drug_type))

    def values_changed(self, values: dict[str, Any], clean: dict[str, Any]) -> None:
        if self.load_button is not None:
            drug_type = values.get("drug_type")
            available = bool(self.targets(drug_type))
            self.load_button.setEnabled(available)
            if not available:
                self.load_button.setToolTip(self.tr("Choose a drug type that has a harmonised target list.")
                                            if not drug_type else
                                            self.tr("LabNet has no target list for this drug type."))
        tablet_fields = [e for e in self.editor.rt.tablet_fields if e in self.editor.inputs]
        show = values.get("form") in TABLET_FORMS or any(
            str(values.get(name) or "").strip() for name in tablet_fields)
        for widget in self.editor.section_widgets.get(TABLET_SECTION, []):
            if widget not in self._error_widgets():  # error lines show themselves
                widget.setVisible(show)

    def _section(self, key: str) -> tuple[str, ...]:
        from .sections import sections_for
        return next((entries for k, _t, entries in sections_for(self.editor.rt) if k == key), ())

    def _error_widgets(self) -> list:
        return [self.editor.errors[name] for name in self._section(TABLET_SECTION) if name in self.editor.errors]

    def extra_problems(self, values: dict[str, Any], clean: dict[str, Any]) -> list[Problem]:
        peaks = self._peaks()
        if peaks is None:
            return []
        return [Problem("peaks", name, self.tr("compound {name} appears twice").format(name=name))
                for name in peaks.duplicate_names()]
