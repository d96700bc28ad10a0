"""A link the hub announced, shown side by side in the Linkage view: this laboratory's seizure beside the other
laboratory's (the facts the link notice carries), with the score and likelihood ratio the hub computed and the
method it used.  The notice carries no profile values: the other laboratory's, as it shared them with the network,
are asked of the hub and overlaid beneath (``linkage_shared``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from labnet.desktop.i18n import catalogue_text, date_text, fill, isolate
from labnet.desktop.linkage_common import lr_text


class LinkedPair(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setObjectName("linked-pair")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(240)
        self.hide()   # shown when a link notice is opened

    def show_link(self, me: dict[str, Any], link: dict[str, Any], lab_name: str = "") -> None:
        """``me``: this laboratory's profiling result (``record_info``'s fields); ``link``: the notice's entry,
        with its ``method``."""
        method = link.get("method") or {}
        self.setHorizontalHeaderLabels([lab_name or self.tr("This laboratory"),
                                        fill(self.tr("{lab} ({country})"), lab=isolate(link.get("other_lab", "?")),
                                             country=isolate(link.get("other_lab_country") or "?"))])
        facts = [(self.tr("Lab sample number"), "lab_sample_number", isolate),
                 (self.tr("Seizure"), "seizure_reference", isolate),
                 (self.tr("Country"), "seizure_country", isolate),
                 (self.tr("Seized on"), "seizure_date", date_text),
                 (self.tr("Form"), "form", lambda v: catalogue_text(str(v)))]
        rows = [(label, show(me[key]) if me.get(key) else "", show(link[f"other_{key}"]) if link.get(f"other_{key}")
                 else "") for label, key, show in facts]
        lr = link.get("likelihood_ratio")
        both = [(self.tr("Score"), fill("{s:.4g}", s=float(link.get("score", 0)))),
                (self.tr("Likelihood ratio"), lr_text(float(lr)) if isinstance(lr, (int, float)) else "–"),
                (self.tr("Method"), fill(self.tr("{name} v{version}, threshold {t:.4g}"),
                                         name=isolate(method.get("name", "?")),
                                         version=int(method.get("method_version", 0) or 0),
                                         t=float(method.get("threshold", 0) or 0)))]
        rows += [(label, text, text) for label, text in both]
        self.setRowCount(len(rows))
        self.setVerticalHeaderLabels([label for label, _, _ in rows])
        for r, (_, mine, theirs) in enumerate(rows):
            self.setItem(r, 0, QTableWidgetItem(mine))
            self.setItem(r, 1, QTableWidgetItem(theirs))
        self.show()
