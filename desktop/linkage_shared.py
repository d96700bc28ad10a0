"""A link notice's other profile in the Linkage view (issue 22): the profile the other laboratory shared with the
network, fetched from the hub in the background when the notice is opened (``NetworkPage.fetch_shared_profile``),
overlaid beside this laboratory's own under the method the hub used, with the score and likelihood ratio the hub
computed; or, beneath the pair, why there is no overlay (not shared, withdrawn, values withheld, the method not
adopted here, the hub out of reach).  Both profiles are pretreated here, and the score recomputed: a score that
differs from the hub's is said, not hidden."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject

from labnet.desktop import errors, linkage_queries, style
from labnet.desktop.i18n import fill, isolate, say_error
from labnet.desktop.linkage_common import set_axis_label
from labnet.desktop.plot_axes import sentence
from labnet.sync.shared_profile import NOT_FOUND, WITHDRAWN, WITHHELD, linked_profile

MINE, THEIRS = "#2a6f97", "#e07a2f"


def draw_pair(plot: pg.PlotWidget, legend: Any, targets: tuple[str, ...], axis_label: str,
              mine: tuple[np.ndarray, str], theirs: tuple[np.ndarray, str], title: str) -> None:
    """Two pretreated profiles as bars side by side per target compound, with a legend, the value axis's title
    and a title."""
    plot.clear()
    legend.clear()
    x = np.arange(len(targets))
    for offset, (values, label), colour in ((-0.2, mine, MINE), (0.2, theirs, THEIRS)):
        bars = pg.BarGraphItem(x=x + offset, height=values, width=0.38, brush=colour)
        plot.addItem(bars)
        legend.addItem(bars, label)
    # Named where either profile has the compound: twenty names side by side overlapped into none readable.
    present = np.maximum(np.abs(mine[0]), np.abs(theirs[0])) > 0
    # Room above the tallest bar for the legend, which stood over the first bars.
    low = min(0.0, float(np.min(mine[0])), float(np.min(theirs[0])))
    high = max(float(np.max(mine[0])), float(np.max(theirs[0])), low + 1e-9)
    plot.setYRange(low, high + 0.4 * (high - low), padding=0.02)
    plot.getAxis("bottom").setTicks([[(i, short(t)) for i, t in enumerate(targets) if present[i]],
                                     [(i, "") for i in range(len(targets)) if not present[i]]])
    set_axis_label(plot, "left", axis_label)
    plot.setTitle(sentence(title))   # the plot is laid out left to right; its title reads in the view's direction


def short(name: str, width: int = 12) -> str:
    return name if len(name) <= width else name[:width - 1] + "…"


class LinkOverlay(QObject):
    """The Similar profiles tab's overlay of a link notice's two profiles, and the line that says what it shows."""

    def __init__(self, tab: Any) -> None:
        super().__init__(tab)
        self.tab = tab
        self.note = style.muted("")
        self.note.setObjectName("link-overlay-note")
        self.note.setWordWrap(True)
        self.note.hide()
        # Set by the window: ``fetch(record_id, other_lab_id, done, failed)`` asks the hub on the network worker.
        self.fetch: Callable[[str, str, Callable[[Any], None], Callable[[Any], None]], None] | None = None
        self.link: dict[str, Any] | None = None
        self.record_id: str | None = None
        self.overlay: linkage_queries.LinkedOverlay | None = None
        self._asked: object | None = None   # the request in hand; an answer to an older one is dropped
        self.settled = True                  # nothing asked, or drawn, or said why not

    @property
    def active(self) -> bool:
        """Whether a link notice is the subject of the tab (until another profile is chosen)."""
        return self.link is not None

    def start(self, record_id: str, link: dict[str, Any]) -> None:
        """The notice was opened: ask the hub for the other laboratory's profile."""
        self.link, self.record_id, self.overlay, self.settled = link, record_id, None, False
        asked = self._asked = object()
        if self.fetch is None or not link.get("other_lab_id"):
            self._missing(self.tr("No overlay of {lab}'s profile: this window is not connected to the network's "
                                  "hub.").format(lab=self._lab()))
            return
        self._say(self.tr("Asking the hub for the profile {lab} shared…").format(lab=self._lab()), None)
        self.fetch(record_id, str(link["other_lab_id"]),
                   lambda profiles: asked is self._asked and self._fetched(profiles),
                   lambda exc: asked is self._asked and self._refused(exc))

    def stop(self) -> None:
        """Another profile was chosen: the link is no longer the subject."""
        self.link = self.overlay = self._asked = None
        self.settled = True
        self.note.hide()

    def _fetched(self, profiles: list[dict[str, Any]]) -> None:
        link = self.link or {}
        chosen = linked_profile(profiles, link)
        if chosen is None:
            self._missing(self.tr("No overlay: the hub holds no profile of {lab} that fits this notice (linked "
                                  "again since, under another method?).").format(lab=self._lab()))
            return
        method = link.get("method") or {}
        name, version = str(method.get("name", "")), int(method.get("method_version", 0) or 0)
        record_id, peaks, asked = self.record_id or "", chosen["peaks"], self._asked
        self.tab.page.tasks.run(lambda cat: linkage_queries.linked_overlay(cat, name, version, record_id, peaks),
                                lambda made: asked is self._asked and self._computed(made),
                                lambda exc: asked is self._asked and self._refused(exc), description="linked overlay")

    def _computed(self, made: linkage_queries.LinkedOverlay | str) -> None:
        method = (self.link or {}).get("method") or {}
        if isinstance(made, str):
            reasons = {
                "no-method": self.tr("No overlay: this laboratory has not adopted the method {name} v{version} the "
                                     "hub used (it is adopted at the next sync)."),
                "mine": self.tr("No overlay: this laboratory's profile is not one the method {name} v{version} "
                                "compares."),
                "theirs": self.tr("No overlay: the profile {lab} shared has none of the compounds the method {name} "
                                  "v{version} compares.")}
            self._missing(reasons[made].format(name=isolate(method.get("name", "?")),
                                               version=int(method.get("method_version", 0) or 0), lab=self._lab()))
            return
        self.overlay = made
        self.settled = True
        self.draw()

    def draw(self) -> bool:
        """Draw the two profiles on the tab's plot (True), when the other one has arrived."""
        if self.overlay is None or self.link is None:
            return False
        link, made, tab = self.link, self.overlay, self.tab
        mine_label = (tab.result.me["lab_sample_number"] if tab.result is not None else "") or self.tr("This laboratory")
        hub_score = float(link.get("score", math.nan))
        draw_pair(tab.plot, tab.legend, made.targets,
                  QCoreApplication.translate("SimilarTab", "Pretreated value ({p})").format(p=made.pretreatment),
                  (made.mine, mine_label),
                  (made.theirs, str(link.get("other_lab", "?"))),
                  fill(self.tr("{a} and the profile {lab} shared: score {score:.4g}"), a=isolate(mine_label),
                       lab=isolate(link.get("other_lab", "?")), score=hub_score))
        said = self.tr("Overlaid: the profile {lab} shared with the network, as the hub holds it, under {method}; the "
                       "score and likelihood ratio are the hub's.").format(lab=self._lab(), method=isolate(made.method))
        if not math.isclose(made.score, hub_score, rel_tol=1e-6, abs_tol=1e-6):
            self._say(said + " " + fill(self.tr("Recomputed here the score is {here:.6g}, not the hub's {hub:.6g}: "
                                                "the method or a profile differs between here and the hub."),
                                        here=made.score, hub=hub_score), "warning")
        else:
            self._say(said, "ok")
        return True

    def _refused(self, exc: BaseException | None) -> None:
        lab = self._lab()
        code = getattr(exc, "code", None)
        if exc is None:
            text = self.tr("No overlay of {lab}'s profile: the laboratory's keys were not unlocked.").format(lab=lab)
        elif code == WITHDRAWN:
            text = self.tr("No overlay: {lab} has withdrawn this profile from the network; the hub no longer serves "
                           "it.").format(lab=lab)
        elif code == WITHHELD:
            text = self.tr("No overlay: {lab}'s sharing policy keeps this profile's values in the laboratory.").format(
                lab=lab)
        elif code == NOT_FOUND:
            text = self.tr("No overlay: {lab} has not shared this profile with the network, or it is no longer "
                           "linked with this one.").format(lab=lab)
        elif errors.is_expected(exc):
            text = self.tr("No overlay of {lab}'s profile: {reason}").format(lab=lab, reason=say_error(exc))
        else:
            errors.show_error(self.tab, exc)
            text = self.tr("No overlay of {lab}'s profile: it could not be drawn.").format(lab=lab)
        self._missing(text)

    def _missing(self, text: str) -> None:
        self.overlay, self.settled = None, True
        self.tab.plot.clear()
        self.tab.legend.clear()
        self._say(text, "warning")

    def _say(self, text: str, tone: str | None) -> None:
        self.note.setText(text)
        style.set_tone(self.note, tone)
        self.note.show()

    def _lab(self) -> str:
        return isolate((self.link or {}).get("other_lab", "?"))
